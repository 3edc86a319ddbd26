"""The window on a database another program has open: it says who, and a save that finds the
file locked waits under a progress dialog that can be cancelled."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window, share_store
from desktop_app.domain.periods import Period
from desktop_app.services.presence import Presence
from desktop_app.services.store import Store
from desktop_app.services.values import current_user
from desktop_app.ui.main_window import MainWindow
from tests.persistence.test_shared_file import hold_write_lock
from tests.ui.test_main_window import go, stored, type_text

FEB = Period.month(2016, 2)


@pytest.fixture
def colleague(db_path: Path) -> Iterator[Presence]:
    """王芳's program on PC-02 has the file open."""
    presence = Presence(db_path, "王芳", computer="PC-02", pid=4242).start()
    yield presence
    presence.stop()


@pytest.fixture
def window(store: Store, qtbot: QtBot, colleague: Presence) -> Iterator[MainWindow]:
    store.set_home_region("511921")
    win = build_main_window(store, "en", user="李四")
    share_store(win)
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    yield win
    store.sessions.lock_wait.waiter = None


def test_window_says_who_else_has_the_database_open(window: MainWindow) -> None:
    label = window.findChild(QLabel, "sharedFileLabel")
    assert label is not None and label.isVisible()
    assert "王芳" in label.text() and "PC-02" in label.text()
    assert "王芳" in window.statusBar().currentMessage()


def test_the_others_see_the_person_not_the_login_and_a_new_name_at_once(
    window: MainWindow, colleague: Presence
) -> None:
    # Given the window opened for 李四 (the 填表人), seen from 王芳's program
    login = current_user()
    (me,) = colleague.others()
    assert (me.user, me.login) == ("李四", login)
    assert me.name == ("李四" if login == "李四" else f"李四 [{login}]")
    # When the person is changed in the settings
    window.set_person("赵六")
    # Then 王芳 sees the new name without waiting for the next heartbeat
    assert [h.user for h in colleague.others()] == ["赵六"]
    # and an empty 填表人 is the login, named once
    window.set_person(None)
    (me,) = colleague.others()
    assert me.name == login and colleague.holders_text() == f"{login} ({me.computer})"


def test_a_save_waits_for_the_lock_under_a_progress_dialog(
    window: MainWindow, qtbot: QtBot, store: Store, db_path: Path
) -> None:
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog):
            seen.append(dialog.labelText())

    go(window, "A01")
    holder = hold_write_lock(db_path, 1.6)
    QTimer.singleShot(1100, look)
    type_text(qtbot, window, "7")
    holder.join()
    assert stored(store, "A01") == Decimal(7)
    assert len(seen) == 1 and "王芳 (PC-02)" in seen[0]
    assert QApplication.activeModalWidget() is None


def test_waiting_for_the_lock_can_be_cancelled(
    window: MainWindow, qtbot: QtBot, store: Store, db_path: Path
) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QProgressDialog)
        dialog.cancel()

    go(window, "A01")
    holder = hold_write_lock(db_path, 2.5)
    QTimer.singleShot(900, cancel)
    type_text(qtbot, window, "7", refused=True)  # the 7 stays in its cell, to save again
    assert stored(store, "A01") is None
    assert window.page is not None
    assert "stopped waiting" in window.page.message_line.text()
    holder.join()


GUI = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from desktop_app.app import run_gui
from desktop_app.ui.main_window import MainWindow

app = QApplication(sys.argv)
seen, opened = [], []

def look():
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QProgressDialog) and not seen:
        seen.append(True)
        print("PROGRESS:" + dialog.labelText().replace("\\n", " "), flush=True)
    for top in QApplication.topLevelWidgets():
        if isinstance(top, MainWindow) and top.page is not None and not opened:
            opened.append(True)
            print("OPENED:" + top.windowTitle(), flush=True)
            QTimer.singleShot(300, app.quit)
    QTimer.singleShot(50, look)

QTimer.singleShot(50, look)
sys.exit(run_gui(Path(sys.argv[1]), "en"))
"""


def test_the_window_opens_a_database_another_program_is_writing(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    # Given a database another program holds the write lock of for 6 s
    store.set_home_region("511921")
    store.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    holder = hold_write_lock(db_path, 6.0)
    # When the program starts on it, its opening writes wait under the progress dialog
    done = subprocess.run(
        [sys.executable, "-c", GUI, str(db_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    holder.join()
    # Then it opens once the lock is released, without a traceback
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("PROGRESS:Another Xianbao is writing") for line in lines), lines
    assert any(line.startswith("OPENED:") and "通江县" in line for line in lines), lines
    assert "Traceback" not in done.stderr
