"""The layers' import contracts (pyproject's [tool.importlinter]) hold, and the check can fail.

CI runs `lint-imports` itself (.ci/run); these tests make sure the check is not one that passes
whatever the code does: a copy of the package with one forbidden import must break it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    if not LINT_IMPORTS.exists():
        pytest.fail(f"{LINT_IMPORTS} is missing: install the dev requirements (make setup-dev)")
    env = {**os.environ, "PYTHONPATH": str(cwd), "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _copy_project(target: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    shutil.copytree(
        ROOT / "desktop_app",
        target / "desktop_app",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    return target / "desktop_app"


def test_the_project_keeps_its_contracts() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("domain/periods.py", "import sqlalchemy", "The domain uses no framework"),
        ("exporting/excel/export.py", "import PySide6.QtCore", "Nothing below the window"),
        ("cli_shared.py", "import desktop_app.ui.settings", "Nothing below the window"),
        (
            "ui/period_picker.py",
            "import desktop_app.persistence.models",
            "The window reaches the store only through the services",
        ),
    ],
)
def test_a_forbidden_import_breaks_a_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    package = _copy_project(tmp_path)
    path = package / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # deliberate\n", "utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    broken = [ln for ln in result.stdout.splitlines() if ln.endswith("BROKEN")]
    assert any(ln.startswith(contract) for ln in broken), result.stdout
    # ... and it is broken by this very import, not only by some other fault of the tree
    dotted = "desktop_app." + module.removesuffix(".py").replace("/", ".")
    target = line.split()[1]
    if not target.startswith("desktop_app."):
        target = target.split(".")[0]  # import-linter names an outside package by its top level
    assert f"{dotted} -> {target} " in result.stdout, result.stdout
