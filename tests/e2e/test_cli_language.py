"""The command line speaks Chinese by default and English with --lang en, without Qt: one process
runs the commands a clerk uses (set, show, a PDF report, an Excel export) in both languages, and
PySide6 is never imported."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

#: Runs each command through desktop_app.__main__.main in this one process, its output captured,
#: then reports what it printed and which Qt modules were loaded.
DRIVER = """
import contextlib, io, json, sys, time
from desktop_app.__main__ import main

runs = []
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        start = time.perf_counter()
        code = main(argv)
    runs.append({"argv": argv, "code": code, "out": out.getvalue(), "err": err.getvalue(),
                 "seconds": time.perf_counter() - start})
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"runs": runs, "qt": qt}))
"""


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture(scope="module")
def session(prepared_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One process running every command once (started once for the module)."""
    folder = tmp_path_factory.mktemp("cli_language")
    db = folder / "xianbao.sqlite3"
    shutil.copy(prepared_db, db)
    none = str(folder / "no_templates")

    def both(*args: str, output: str | None = None) -> list[list[str]]:
        runs = []
        for language in ("zh_CN", "en"):
            tail = ["-o", str(folder / f"{language}_{output}")] if output else []
            runs.append(["--db", str(db), "--lang", language, *args, *tail])
        return runs

    commands = [
        ["--db", str(db), "init", "--region", "511921", "--bureau", "通江县商务局"],
        ["--db", str(db), "set", "511921", "C02", "2025-03", "1234.5"],
        ["--db", str(db), "set", "511921", "A01", "2025-03", "3"],
        ["--db", str(db), "--lang", "en", "set", "511921", "A01", "2025-03", "4"],
        *both("show", "2025-03"),
        *both("report", "monthly", "--period", "2025-03", output="summary.pdf"),
        *both(
            "export",
            "--template",
            "sc-county-monthly",
            "--period",
            "2025-03",
            "--templates",
            none,
            output="return.xlsx",
        ),
    ]
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, json.dumps(commands)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    result["folder"] = folder
    for run in result["runs"]:
        assert run["code"] == 0, run
    return result


def runs_of(session: dict[str, Any], command: str) -> dict[str, dict[str, Any]]:
    """The runs of a command by language."""
    found = {}
    for run in session["runs"]:
        argv = run["argv"]
        if command in argv and "--lang" in argv:
            found[argv[argv.index("--lang") + 1]] = run
    return found


def test_cli_imports_no_qt(session: dict[str, Any]) -> None:
    assert session["qt"] == []


def test_cli_show_speaks_the_chosen_language(session: dict[str, Any]) -> None:
    runs = runs_of(session, "show")
    chinese, english = runs["zh_CN"]["out"], runs["en"]["out"]
    assert "指标名称" in chinese and "本月" in chinese and "1-本月累计" in chinese
    assert "Indicator" in english and "This month" in english and "Year to date" in english
    # Units and the year-to-date span in English too; the region's name is data.
    assert "Mar 2025; year to date Jan–Mar 2025" in english and " no. " in english
    names = set(re.findall(r"[\u4e00-\u9fff]+", english))
    assert "通江县" in names and all(name[-1] in "县市区" for name in names), names


def test_cli_set_names_the_period_in_the_language(session: dict[str, Any]) -> None:
    runs = runs_of(session, "set")
    assert runs["en"]["out"].startswith("Saved A01 for 511921, Mar 2025: 3 → 4")


def test_cli_report_speaks_the_chosen_language(session: dict[str, Any]) -> None:
    runs = runs_of(session, "report")
    folder: Path = session["folder"]
    chinese = pdf_text(folder / "zh_CN_summary.pdf")
    english = pdf_text(folder / "en_summary.pdf")
    assert runs["zh_CN"]["out"].startswith("已生成 ")
    assert runs["en"]["out"].startswith("Wrote ")
    assert "通江县电子商务发展情况月报（2025年3月）" in chinese and "万元" in chinese
    assert "monthly report" in english and "This month" in english
    # Units as the English grid writes them; the only Chinese left is data (the region's names).
    assert "¥10k" in english and "no." in english
    assert set(re.findall(r"[\u4e00-\u9fff]+", english)) <= {"通江县", "通江县商务局"}


def test_cli_export_speaks_the_chosen_language(session: dict[str, Any]) -> None:
    runs = runs_of(session, "export")
    folder: Path = session["folder"]
    assert runs["zh_CN"]["out"].startswith("已写入") or not runs["zh_CN"]["out"].isascii()
    assert runs["en"]["out"].startswith("Written: ")
    for language in ("zh_CN", "en"):
        # The province's workbook is the province's, in Chinese whatever the interface language.
        sheet = load_workbook(folder / f"{language}_return.xlsx").worksheets[0]
        texts = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
        assert "报告期：2025年3月" in texts


#: Imports every module of the layers that must not need Qt, then lists the Qt modules loaded.
IMPORT_ALL = """
import importlib, pkgutil, sys
import desktop_app
names = ["desktop_app.i18n", "desktop_app.__main__"]
names += [f"desktop_app.{m.name}" for m in pkgutil.iter_modules(desktop_app.__path__)
          if m.name.startswith("cli") or m.name in ("backup_text", "import_summary", "last_resort")]
for package in ("domain", "services", "exporting", "persistence"):
    module = importlib.import_module(f"desktop_app.{package}")
    names += [m.name for m in pkgutil.walk_packages(module.__path__, f"desktop_app.{package}.")]
for name in names:
    importlib.import_module(name)
print(len(names), sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")))
"""


def test_layers_below_the_window_import_no_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    count, qt = done.stdout.split(" ", 1)
    assert int(count) > 50 and qt.strip() == "[]", done.stdout
