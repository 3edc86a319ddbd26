"""The window when a file is not there, the store says no, or nothing handled an error: a question
or a sentence, never an empty database made by mistake, never a traceback behind the window."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.app import workspace_for
from desktop_app.domain.issues import DomainError
from desktop_app.i18n import issue_message
from desktop_app.services.store import open_sqlite_store
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.refusals import database_to_open, last_resort_hook
from desktop_app.ui.report_preview import ReportPreviewDialog
from desktop_app.ui.return_model import ReturnTableModel
from tests.persistence.test_storage_refusals import counts, read_only
from tests.ui.test_report_preview import report

__all__ = ["report"]


def answer_message_boxes(told: list[str], button: str | None = None) -> None:
    """Read each message box as it appears and answer it: with the button whose text is
    `button`, or as a clerk pressing Enter (the default button) when None."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        told.append(box.text())
        if button is None:
            QTest.keyClick(box, Qt.Key.Key_Return)
            return
        chosen = next(b for b in box.buttons() if b.text() == button)
        assert isinstance(chosen, QPushButton)
        chosen.click()

    QTimer.singleShot(20, look)


def test_a_missing_database_is_not_created_when_the_clerk_presses_enter(
    tmp_path: Path, qapp: QApplication
) -> None:
    missing = tmp_path / "usb" / "xianbao.sqlite3"
    told: list[str] = []
    answer_message_boxes(told)
    assert database_to_open(missing, tmp_path / "default.sqlite3") is None
    assert told == [f"There is no database at {missing}."]
    assert not missing.parent.exists()


def test_a_missing_database_is_created_when_the_clerk_says_so(
    tmp_path: Path, qapp: QApplication
) -> None:
    missing = tmp_path / "new.sqlite3"
    told: list[str] = []
    answer_message_boxes(told, "Create a new database")
    assert database_to_open(missing, tmp_path / "default.sqlite3") == missing
    assert len(told) == 1


def test_the_default_database_and_an_existing_one_open_without_a_question(
    tmp_path: Path, db_path: Path, qapp: QApplication
) -> None:
    default = tmp_path / "first-start" / "xianbao.sqlite3"
    assert database_to_open(None, default) == default
    assert database_to_open(default, default) == default
    assert database_to_open(db_path, default) == db_path
    assert QApplication.activeModalWidget() is None


def test_a_save_in_the_grid_to_a_read_only_database_shows_the_sentence(
    db_path: Path, qtbot: QtBot
) -> None:
    store = open_sqlite_store(db_path)
    store.set_home_region("511921")
    store.close()
    before = counts(db_path)
    with read_only(db_path):
        store = open_sqlite_store(db_path)
        try:
            window = MainWindow(language="en")
            qtbot.addWidget(window)
            window.attach(workspace_for(store, "tester"))
            assert window.page is not None
            model = window.page.model
            index = model.index(model.row_of("D02"), ReturnTableModel.COL_CURRENT)
            assert model.setData(index, "12")
            message = window.statusBar().currentMessage()
        finally:
            store.close()
    assert "is read-only, so nothing was saved" in message, message
    assert counts(db_path) == before


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder (where the log is kept) in tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_the_last_resort_shows_a_store_refusal_and_logs_the_traceback(
    db_path: Path, data_home: Path, qapp: QApplication
) -> None:
    # A real SQLite refusal: a write on a connection that may only read.
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    except sqlite3.OperationalError as exc:
        error = exc
    finally:
        db.close()
    told: list[str] = []
    answer_message_boxes(told)
    last_resort_hook(lambda: None, lambda: db_path)(type(error), error, error.__traceback__)
    assert len(told) == 1
    assert f"The database {db_path} is read-only" in told[0]
    log = data_home / "Xianbao" / "logs" / "xianbao.log"
    assert f"The details were written to {log}." in told[0]
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "attempt to write a readonly database" in logged


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_the_last_resort_explains_a_full_disk_and_an_unexpected_error(
    data_home: Path, qapp: QApplication
) -> None:
    errors: list[BaseException] = []
    try:  # a real ENOSPC: /dev/full answers every write with "No space left on device"
        with open("/dev/full", "wb") as full:
            full.write(b"x")
    except OSError as exc:
        errors.append(exc)
    try:
        _ = 1 / len(errors[1:])
    except ZeroDivisionError as exc:
        errors.append(exc)
    told: list[str] = []
    hook = last_resort_hook(lambda: None, lambda: None)
    for error in errors:
        answer_message_boxes(told)
        hook(type(error), error, error.__traceback__)
    assert told[0].startswith("A disk is full, so Xianbao stopped")
    assert "unexpected problem (ZeroDivisionError)" in told[1]
    assert all("Traceback" not in text and "Errno" not in text for text in told)
    assert (data_home / "Xianbao" / "logs" / "xianbao.log").read_text().count("Traceback") == 2


GUI = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from desktop_app.app import run_gui

app = QApplication(sys.argv)
answer = sys.argv[2]
quit_after_box = len(sys.argv) > 3

def look():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print("BOX:" + box.text().replace("\\n", " "), flush=True)
        if answer == "enter":
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            next(b for b in box.buttons() if b.text() == answer).click()
        if quit_after_box:
            QTimer.singleShot(1000, app.quit)
    elif isinstance(box, QDialog):
        print("DIALOG:" + type(box).__name__, flush=True)
        box.reject()
    QTimer.singleShot(50, look)

QTimer.singleShot(50, look)
sys.exit(run_gui(Path(sys.argv[1]), "en"))
"""


def start_window(
    db: Path, answer: str, home: Path, *, quit_after_box: bool = False
) -> subprocess.CompletedProcess[str]:
    """The program as a clerk starts it with `--db DB`, answering each question with `answer`
    (and closing it a second after a message box, if asked); settings and the user data folder
    live in `home`."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.run(
        [sys.executable, "-c", GUI, str(db), answer, *(["quit"] if quit_after_box else [])],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_the_window_refuses_a_newer_xianbaos_database_with_the_sentence(
    db_path: Path, tmp_path: Path
) -> None:
    db = sqlite3.connect(db_path)
    with db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    db.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    done = start_window(db_path, "enter", tmp_path)
    assert done.returncode == 2, done.stderr
    boxes = [line for line in done.stdout.splitlines() if line.startswith("BOX:")]
    assert len(boxes) == 1 and "made by a newer version of Xianbao" in boxes[0], done.stdout
    assert "Traceback" not in done.stderr and "CommandError" not in done.stderr
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_the_window_asks_before_making_a_database_where_none_is(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite3"
    done = start_window(missing, "enter", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"BOX:There is no database at {missing}."), done.stdout
    assert not missing.exists()
    assert "Traceback" not in done.stderr
    # Saying yes makes it, then asks for the county (the first-run setup), as on a first start.
    done = start_window(missing, "Create a new database", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "DIALOG:SetupDialog" in done.stdout, done.stdout
    assert missing.exists()


def test_saving_a_previewed_report_where_it_cannot_go_is_a_sentence(
    report: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog = ReportPreviewDialog(report)
    qtbot.addWidget(dialog)
    nowhere = tmp_path / "no such folder" / "月报.pdf"
    with pytest.raises(DomainError) as refused:
        dialog.save_as(nowhere)
    assert refused.value.issue.code == "file_bad_place"
    assert issue_message(refused.value.issue).startswith(f"{nowhere} was not written")
    assert not nowhere.parent.exists()
    # Over an existing file, the copy replaces it whole.
    earlier = tmp_path / "earlier.pdf"
    earlier.write_bytes(b"an older report")
    assert dialog.save_as(earlier).read_bytes() == report.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []
    dialog.reject()  # as the clerk closes it: the PDF is let go (pdfium keeps it open until then)


def test_the_window_says_at_once_that_a_read_only_database_cannot_be_saved(
    db_path: Path, tmp_path: Path
) -> None:
    store = open_sqlite_store(db_path)
    store.set_home_region("511921")
    store.close()
    with read_only(db_path):
        done = start_window(db_path, "enter", tmp_path, quit_after_box=True)
    assert done.returncode == 0, done.stderr
    boxes = [line for line in done.stdout.splitlines() if line.startswith("BOX:")]
    assert boxes == [
        f"BOX:The database {db_path} is read-only: you can look at its figures and print "
        "reports, but nothing you type can be saved. To work in it, copy it to a folder where "
        "you may write (e.g. Documents) and open the copy, or ask for write access to the file."
    ], done.stdout
    assert "Traceback" not in done.stderr
