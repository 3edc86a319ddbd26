"""File ▸ 备份数据库… and 恢复备份…: the backups listed by date with what each holds, backing up now,
restoring the selected one after a confirmation naming what it replaces, and the window showing
the restored database; all by keyboard, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window, reopen_window, restore_and_reopen
from desktop_app.domain.periods import Period
from desktop_app.persistence.backup_files import BackupKind, backups_folder
from desktop_app.services.backups import make_backup
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import ValueService
from desktop_app.ui.backup_dialog import BackupDialog, BackupTableModel
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_model import ReturnTableModel

FEB = Period.month(2016, 2)


@pytest.fixture
def county(store: Store) -> Store:
    store.set_home_region("511921")
    ValueService(store.sessions, "clerk").set_text("511921", "D02", FEB, "300")
    return store


class Answers:
    """The clerk's answer to the confirmation, and the questions asked."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: QWidget, text: str) -> bool:
        self.asked.append(text)
        return self.answer


def test_model_lists_backups_newest_first_and_passes_the_model_tester(
    county: Store, qtmodeltester: object, qtbot: QtBot
) -> None:
    assert county.path is not None
    make_backup(county.path, BackupKind.BEFORE_IMPORT)
    (backups_folder(county.path) / "notes.txt").write_text("x", encoding="utf-8")
    dialog = BackupDialog(county.path, "en")
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rows = {
        model.index(r, BackupTableModel.COL_KIND).data(): [
            model.index(r, c).data() for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }
    assert rows["before import"][2:5] == ["1", "Feb 2016", "1"]
    assert rows["other file"][2:5] == ["—", "—", "—"]
    # The usable backup is selected, so Enter restores it
    assert dialog.selected() is not None and dialog.selected().kind is BackupKind.BEFORE_IMPORT  # type: ignore[union-attr]


def test_back_up_now_adds_a_backup_to_the_list(county: Store, qtbot: QtBot) -> None:
    assert county.path is not None
    dialog = BackupDialog(county.path, "en")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    # Tab from the list reaches the buttons; Space presses the focused one
    assert dialog.view.hasFocus() or dialog.focusWidget() is dialog.view
    dialog.back_up_button.setFocus()
    QTest.keyClick(dialog.back_up_button, Qt.Key.Key_Space)
    assert dialog.model.rowCount() == 1
    assert dialog.restore_button.isEnabled()
    assert str(backups_folder(county.path)) in dialog.status.text()


def test_restore_asks_naming_what_is_replaced_and_a_no_restores_nothing(
    county: Store, qtbot: QtBot
) -> None:
    assert county.path is not None
    make_backup(county.path, BackupKind.MANUAL)
    ValueService(county.sessions, "clerk").set_text("511921", "D02", Period.month(2016, 3), "9")
    answers = Answers(False)
    dialog = BackupDialog(county.path, "en", ask=answers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.assertNotEmitted(dialog.restore_requested):
        QTest.keyClick(dialog.view, Qt.Key.Key_Return)
    (question,) = answers.asked
    assert str(county.path) in question
    # the current database (two values, March) and the backup (one value, February)
    assert "last period Mar 2016, 2 values" in question
    assert "last period Feb 2016, 1 values" in question

    answers.answer = True
    with qtbot.waitSignal(dialog.restore_requested) as chosen:
        QTest.keyClick(dialog.view, Qt.Key.Key_Return)
    assert chosen.args == [dialog.selected().path]  # type: ignore[union-attr]


def test_after_a_restore_the_window_shows_the_restored_database(
    county: Store, qtbot: QtBot, chinese: None
) -> None:
    assert county.path is not None
    backup = make_backup(county.path, BackupKind.MANUAL)
    ValueService(county.sessions, "clerk").set_text("511921", "D02", FEB, "555")
    window = build_main_window(county, "zh_CN")  # closed and deleted by reopen_window
    window.set_period(FEB)
    assert window.backup_action.isEnabled() and window.restore_action.isEnabled()
    model = window.page.model  # type: ignore[union-attr]
    assert model.index(model.row_of("D02"), ReturnTableModel.COL_CURRENT).data() == "555"

    restored = restore_and_reopen(county, backup, window)
    assert restored is not None
    try:
        new_window = reopen_window(window, restored, "zh_CN")
        qtbot.addWidget(new_window)
        new_window.set_period(FEB)
        model = new_window.page.model  # type: ignore[union-attr]
        assert model.index(model.row_of("D02"), ReturnTableModel.COL_CURRENT).data() == "300"
        assert str(backups_folder(county.path)) in new_window.statusBar().currentMessage()
    finally:
        restored.close()


def close_message_boxes(told: list[str]) -> None:
    """Read and close each message box as it appears (the clerk pressing Enter)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            told.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_a_refused_restore_is_told_and_the_window_keeps_working(
    county: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    told: list[str] = []
    close_message_boxes(told)
    window = build_main_window(county, "en")
    qtbot.addWidget(window)
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")

    assert restore_and_reopen(county, empty, window) is None

    assert told and str(empty) in told[0]
    window.set_period(FEB)
    model = window.page.model  # type: ignore[union-attr]
    assert model.index(model.row_of("D02"), ReturnTableModel.COL_CURRENT).data() == "300"


def test_file_menu_backs_up_to_a_chosen_file(county: Store, qtbot: QtBot, tmp_path: Path) -> None:
    window: MainWindow = build_main_window(county, "en")
    qtbot.addWidget(window)
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = window.back_up(stick / "county.sqlite3")
    assert copy == stick / "county.sqlite3"
    reopened = open_sqlite_store(copy)
    try:
        assert reopened.home_region() == "511921"
    finally:
        reopened.close()
    # A name that exists already is refused with a sentence in the status bar
    assert window.back_up(stick / "county.sqlite3") is None
    assert "exists already" in window.statusBar().currentMessage()


def test_a_damaged_database_at_start_up_offers_the_newest_backup(
    county: Store, qtbot: QtBot
) -> None:
    from desktop_app.app import offer_restore
    from desktop_app.domain.issues import DomainError

    assert county.path is not None
    database = county.path
    backup = make_backup(database, BackupKind.MANUAL)
    county.close()
    database.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    with pytest.raises(DomainError) as refused:
        open_sqlite_store(database)

    told: list[str] = []

    def press_restore() -> None:
        # the clerk reads the message and presses “Restore a backup…”
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_restore)
            return
        told.append(box.text())
        (restore,) = [b for b in box.buttons() if b.text() == "Restore a backup…"]
        QTimer.singleShot(20, choose_newest)
        restore.click()

    def choose_newest() -> None:
        # then Enter on the newest backup in the list, and Yes to the question
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupDialog):
            QTimer.singleShot(20, choose_newest)
            return
        QTimer.singleShot(20, answer_yes)
        QTest.keyClick(dialog.view, Qt.Key.Key_Return)

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_yes)
            return
        told.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(20, press_restore)
    assert offer_restore(None, database, refused.value.issue, "en")

    assert str(backup) in told[0] and "xianbao restore" in told[0]
    assert str(database) in told[1]
    reopened = open_sqlite_store(database)
    try:
        assert reopened.home_region() == "511921"
    finally:
        reopened.close()


def test_a_backup_file_name_is_shown_whole_on_one_line(county: Store, qtbot: QtBot) -> None:
    assert county.path is not None
    make_backup(county.path, BackupKind.MANUAL)
    make_backup(county.path, BackupKind.BEFORE_IMPORT)
    dialog = BackupDialog(county.path, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view, column = dialog.view, BackupTableModel.COL_FILE
    metrics = view.fontMetrics()
    assert not view.wordWrap()  # a name is never broken onto a second line
    for row in range(dialog.model.rowCount()):
        name = dialog.model.index(row, column).data()
        assert name.endswith(".sqlite3")
        # and not cut: the column holds the whole name with the cell's margins, or, where the
        # screen is too narrow for that (the test's offscreen screen is 800 wide), the dialog
        # takes the screen's width and the name loses its middle
        room = dialog.screen().availableGeometry()
        assert view.columnWidth(column) >= metrics.horizontalAdvance(name) + 2 * 3 or (
            dialog.frameGeometry().width() >= room.width() - 40
            and view.textElideMode() is Qt.TextElideMode.ElideMiddle
        ), name
    # and the dialog fits the screen it is on
    assert dialog.frameGeometry().width() <= room.width()
