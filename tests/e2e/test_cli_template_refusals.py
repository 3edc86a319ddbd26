"""xianbao templates / export with a broken user template: named with its reason, never replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.paths import resources_dir
from tests.e2e.test_cli import county, run

__all__ = ["county"]

SHIPPED = resources_dir() / "templates"
MAPPING = SHIPPED / "sc_county_monthly_样表.toml"


def broken_user_template(folder: Path) -> Path:
    """The clerk's own sc-county-monthly, whose file_name uses a field that does not exist."""
    folder.mkdir()
    shutil.copyfile(MAPPING.with_suffix(".xlsx"), folder / MAPPING.with_suffix(".xlsx").name)
    text = MAPPING.read_text(encoding="utf-8").replace("{region_name}_", "{nosuchkey}_")
    (folder / "mine.toml").write_text(text, encoding="utf-8")
    return folder


def test_templates_names_the_broken_one_and_lists_the_others(county: Path, tmp_path: Path) -> None:
    folder = broken_user_template(tmp_path / "mine")
    done = run(county, "templates", "--templates", str(folder), lang="en")
    assert done.returncode == 0, done.stderr
    assert "sc-city-summary" in done.stdout and "qh-county-annual" in done.stdout
    listed, _, refused = done.stdout.partition("Templates not loaded:")
    assert "sc-county-monthly" not in listed  # withdrawn, not silently the sample
    assert "mine.toml" in refused and "nosuchkey" in refused and "{period_code}" in refused
    assert "Traceback" not in done.stdout + done.stderr


def test_export_with_a_broken_user_template_says_why(county: Path, tmp_path: Path) -> None:
    folder = broken_user_template(tmp_path / "mine")
    out = tmp_path / "out"
    out.mkdir()
    done = run(
        county,
        "export",
        "--template",
        "sc-county-monthly",
        "--period",
        "2025-03",
        "-o",
        str(out),
        "--templates",
        str(folder),
        lang="en",
    )
    assert done.returncode == 2
    assert "mine.toml" in done.stderr and "nosuchkey" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(out.iterdir()) == []
