"""`xianbao --self-test` as an IT helper runs it on a new PC: a separate process with its own
home, data, settings and temporary folders; its table is read, and nothing may be left behind."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from desktop_app.i18n import set_language, translate
from desktop_app.self_test import (
    STEPS,
    SelfTestRun,
    Step,
    qt_reason,
    run_step,
    self_test,
    step_print,
)

#: The step names and results as the Chinese catalogue writes them (the default language).
NAMES = [s.name for s in STEPS] + ["Temporary folder"]


def zh(text: str) -> str:
    set_language("zh_CN")
    return translate("SelfTest", text)


def fresh_pc(tmp_path: Path) -> dict[str, Path]:
    """A home, data, settings, cache and temporary folder of their own, all empty."""
    folders = {
        name: tmp_path / name for name in ("home", "data", "config", "cache", "runtime", "tmp")
    }
    for folder in folders.values():
        folder.mkdir()
    return folders


def run_self_test(
    folders: dict[str, Path], *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "HOME": str(folders["home"]),
        "XDG_DATA_HOME": str(folders["data"]),
        "XDG_CONFIG_HOME": str(folders["config"]),
        "XDG_CACHE_HOME": str(folders["cache"]),
        "XDG_RUNTIME_DIR": str(folders["runtime"]),
        "TMPDIR": str(folders["tmp"]),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    environment.pop("XIANBAO_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=180,
        check=False,
    )


def rows_of(stdout: str, names: list[str]) -> dict[str, str]:
    """Each step's line of the table, by step name (as printed)."""
    rows: dict[str, str] = {}
    for line in stdout.splitlines():
        for name in names:
            if line.startswith(name + " "):
                rows[name] = line
    return rows


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.mark.slow  # the whole self-test: 6-10 s on 2 busy cores
def test_self_test_passes_prints_the_table_and_leaves_nothing(tmp_path: Path) -> None:
    # Given a PC whose user has a database of their own (here bytes no database could open)
    folders = fresh_pc(tmp_path)
    own = folders["data"] / "Xianbao" / "xianbao.sqlite3"
    own.parent.mkdir()
    own.write_bytes(b"the clerk's own database")

    done = run_self_test(folders, XIANBAO_DB=str(own))

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    names = [zh(n) for n in NAMES]
    rows = rows_of(done.stdout, names)
    assert list(rows) == names, done.stdout
    passed, info = zh("passed"), zh("info")
    for name, line in rows.items():
        expected = info if name == zh("Versions") else passed
        assert re.match(rf"{re.escape(name)}\s+{expected}\s+\d+\.\d\d s  \S", line), line
    # The figures keyed are the ones found again: 120 in the workbook's cell, 1,234.56 in the PDF.
    assert "D14 = 120" in rows[zh("Excel export")]
    assert "1,234.56" in rows[zh("PDF text")] and "通江县" in rows[zh("PDF text")]
    assert ".ttc" in rows[zh("Chinese font")] or ".ttf" in rows[zh("Chinese font")]
    assert "0010" in rows[zh("Database")]
    assert "Python 3." in rows[zh("Versions")] and "SQLite 3." in rows[zh("Versions")]
    # The user's database untouched, and nothing left in their data, settings or temporary
    # folders.
    assert files_under(folders["data"]) == [own]
    assert own.read_bytes() == b"the clerk's own database"
    for kind in ("config", "tmp"):
        assert files_under(folders[kind]) == [], kind
    assert list(folders["tmp"].iterdir()) == []


@pytest.mark.slow  # the self-test up to the font: 4-6 s
def test_self_test_without_a_chinese_font_fails_and_says_what_to_install(tmp_path: Path) -> None:
    folders = fresh_pc(tmp_path)
    done = run_self_test(folders, XIANBAO_FONT_DIRS="")

    assert done.returncode == 1, done.stdout + done.stderr
    names = [zh(n) for n in NAMES]
    rows = rows_of(done.stdout, names)
    font = rows[zh("Chinese font")]
    assert zh("FAILED") in font
    assert "fonts-wqy-microhei" in font and "msyh.ttc" in font and "微软雅黑" in font
    for later in ("Monthly PDF", "PDF text", "Print rendering"):
        assert zh("not run") in rows[zh(later)], rows[zh(later)]
    for fine in ("Database", "Keying values", "Return checks", "Excel export", "Temporary folder"):
        assert zh("passed") in rows[zh(fine)], rows[zh(fine)]
    assert zh("Chinese font") in done.stdout.strip().splitlines()[-1]
    assert list(folders["tmp"].iterdir()) == []


def test_self_test_speaks_english_and_removes_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In this process, with the first step only: the table's words and the clean-up.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    set_language("en")
    out = io.StringIO()

    results = self_test("en", out, steps=STEPS[:1])

    assert [(r.key, r.outcome.value) for r in results] == [
        ("versions", "info"),
        ("folder", "passed"),
    ]
    lines = out.getvalue().splitlines()
    assert lines[0] == "Xianbao self-test"
    assert re.match(r"Step\s+Result\s+Time\s+Detail$", lines[2])
    assert re.match(r"Versions\s+info\s+\d+\.\d\d s  Xianbao ", lines[4])
    assert re.match(r"All 2 steps passed \(\d+\.\d s\)\.$", lines[-1])
    assert list(tmp_path.iterdir()) == []


def test_self_test_says_when_no_temporary_folder_can_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
    set_language("en")
    out = io.StringIO()

    results = self_test("en", out, steps=STEPS[:1])

    assert [(r.name, r.outcome.value) for r in results] == [("Temporary folder", "failed")]
    assert f"No temporary folder could be made in {tmp_path / 'gone'}: " in out.getvalue()


@pytest.fixture
def latin_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "page.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Xianbao self-test")
    canvas.save()
    return path


def test_self_test_print_step_fails_with_qts_reason_when_qt_cannot_start(
    tmp_path: Path, latin_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a Qt whose platform plugin cannot be loaded (as on a PC missing its libraries)
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    run = SelfTestRun(tmp_path, "en", pdf=latin_pdf)
    step = Step("print", "Print rendering", step_print)

    result = run_step(step, run)
    run.close()

    assert result.outcome.value == "failed"
    assert result.detail.startswith("Qt could not start (exit code ")
    assert 'Could not find the Qt platform plugin "no-such-platform"' in result.detail
    assert "\n" not in result.detail


def test_self_test_qt_reason_is_qts_own_words_on_one_line() -> None:
    # What Qt 6 says on a Linux PC with a screen but without libxcb-cursor0
    stderr = (
        "qt.qpa.xcb: could not connect to display \n"
        "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt "
        "xcb platform plugin.\n"
        'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was '
        "found.\n"
        "This application failed to start because no Qt platform plugin could be initialized.\n"
        "\nAvailable platform plugins are: minimal, offscreen, xcb.\n"
    )
    assert qt_reason(stderr) == (
        "could not connect to display / From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to "
        'load the Qt xcb platform plugin. / Could not load the Qt platform plugin "xcb" in "" '
        "even though it was found."
    )
    assert qt_reason("Segmentation fault\n") == "Segmentation fault"
    assert qt_reason("") == "—"


def test_self_test_print_step_paints_a_page(
    tmp_path: Path, latin_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    run = SelfTestRun(tmp_path, "en", pdf=latin_pdf)

    result = run_step(Step("print", "Print rendering", step_print), run)
    run.close()

    assert result.outcome.value == "passed", result.detail
    assert "Page 1 painted at 300 dpi" in result.detail
    assert (tmp_path / "print.pdf").stat().st_size > 0
