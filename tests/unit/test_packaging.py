"""The installable program's parts that can be checked without building it.

The bundle itself is built and run in CI (.ci/run: `make bundle`, then packaging/smoke_test.sh,
`--self-test` included); these catch, in the test suite, what would otherwise show only there
or only on Windows: a version that differs between pyproject.toml and the running program, a
hidden import PyInstaller would merely warn about, shipped files looked for outside the bundle,
and an uninstaller that would delete some other folder than the program's data.
"""

from __future__ import annotations

import ast
import importlib
import re
import sys
import tomllib
from pathlib import Path

import pytest

import desktop_app
from desktop_app import paths

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "xianbao.spec"
INSTALLER = ROOT / "packaging" / "xianbao.iss"


def _spec_list(name: str) -> list[str]:
    """A list of strings assigned at the top of the spec (`hiddenimports = [...]`)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(item) for item in value]
    raise AssertionError(f"packaging/xianbao.spec assigns no {name}")


def _iss_define(name: str) -> str:
    found = re.search(rf'^#define {name} "([^"]*)"', INSTALLER.read_text(encoding="utf-8"), re.M)
    assert found, f"packaging/xianbao.iss defines no {name}"
    return found.group(1)


def test_packaging_version_of_program_is_pyproject_version() -> None:
    # The spec names and versions the bundle from pyproject.toml; the program reports its own
    # __version__ (the self-test's first line): the two must be one number.
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    assert desktop_app.__version__ == project["version"]
    assert project["name"] == "xianbao"  # the executable's name in README, CI and the installer


def test_packaging_hidden_imports_exist() -> None:
    # PyInstaller only warns about a hidden import it cannot find; the bundle would then fail
    # on a county PC when the migration or the server driver first needs the module.
    hidden = _spec_list("hiddenimports")
    assert "sqlalchemy.dialects.postgresql.psycopg" in hidden
    failed = []
    for name in hidden:  # in the spec's order: psycopg before its binary part, as it loads
        try:
            importlib.import_module(name)
        except ImportError as exc:
            failed.append(f"{name}: {exc}")
    assert failed == []


def test_packaging_bundle_finds_shipped_files_inside_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the program runs from a bundle unpacked into tmp_path (PyInstaller sets _MEIPASS)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    # Then the catalogue, templates, translations and migrations are read from the bundle
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.migrations_dir() == tmp_path / "db"
    # And the user's data is kept outside it, where an upgrade or uninstall does not reach
    assert not paths.user_data_dir().is_relative_to(tmp_path)
    assert not paths.default_database_path().is_relative_to(tmp_path)


def test_packaging_source_tree_is_the_root_outside_a_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.install_root() == ROOT
    assert (paths.migrations_dir() / "env.py").is_file()
    assert (paths.resources_dir() / "catalogue" / "indicators.toml").is_file()


def test_packaging_uninstaller_deletes_only_the_programs_data_folder() -> None:
    # platformdirs keeps the data in %LOCALAPPDATA%\<author>\<name> on Windows; the uninstaller
    # removes the author's folder when the user asks, and nothing broader.
    assert _iss_define("DataFolder") == "{localappdata}\\" + paths.APP_AUTHOR
    assert paths.APP_AUTHOR.strip() not in ("", ".", "..")
    assert _iss_define("SettingsKey") == "Software\\Xianbao"  # QSettings("Xianbao", "Xianbao")
