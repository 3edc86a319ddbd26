"""The window on a database another program has open: it says who, and a save that finds the
file locked waits under a progress dialog that can be cancelled."""

from __future__ import annotations

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
    share_store(win, store)
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
    type_text(qtbot, window, "7")
    assert stored(store, "A01") is None
    assert window.page is not None
    assert "stopped waiting" in window.page.message_line.text()
    holder.join()
