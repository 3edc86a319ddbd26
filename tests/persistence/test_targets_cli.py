"""xianbao target / targets load / targets show / targets import through the command line's
entry point, in this process, on a real database file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from desktop_app.__main__ import main
from desktop_app.services.targets import TARGET_SETS

#: About the SQLite file itself (its copies, its disk, its locks, its upgrade).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> QApplication:
    return qapp  # `main` uses the application it finds


def xianbao(
    db: Path, *args: str, capsys: pytest.CaptureFixture[str]
) -> subprocess.CompletedProcess[str]:
    capsys.readouterr()
    code = main(["--db", str(db), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, out, err)


def test_targets_cli_load_show_and_set_by_kind(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loaded = xianbao(
        db_path, "targets", "load", str(TARGET_SETS / "sichuan_2016.toml"), capsys=capsys
    )
    assert loaded.returncode == 0, loaded.stderr
    assert "Stored 9 targets of 510000 for 2016" in loaded.stdout
    shown = xianbao(db_path, "targets", "show", "510000", "2016", "3", capsys=capsys)
    assert shown.returncode == 0, shown.stderr
    lines = {line.split()[0]: line for line in shown.stdout.splitlines() if line[:1] in "ABCDF"}
    assert "25% growth" in lines["C02"] and "4,000" in lines["A08"] and "60%" in lines["F02"]
    # A growth target set by hand, with where it comes from
    done = xianbao(
        db_path,
        "target",
        "511921",
        "C02",
        "2016",
        "１２.５",
        "--kind",
        "growth",
        "--note",
        "县定",
        capsys=capsys,
    )
    assert done.returncode == 0, done.stderr
    shown = xianbao(db_path, "targets", "show", "511921", "2016", capsys=capsys)
    assert "12.5% growth" in shown.stdout
    # Refusals: a growth below −100%, new units on a flow, a month that is none
    for args in (
        ("target", "511921", "C02", "2016", "-150", "--kind", "growth"),
        ("target", "511921", "C02", "2016", "10", "--kind", "new_units"),
        ("targets", "show", "511921", "2016", "13"),
    ):
        refused = xianbao(db_path, *args, capsys=capsys)
        assert refused.returncode == 2 and refused.stderr.strip(), args
        assert "Traceback" not in refused.stderr
