"""The question after a stale save, without a database: its table model is a well-behaved Qt
model, and its keys choose as they say (Enter and Esc: theirs; Ctrl+Enter: mine)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.domain.issues import Issue
from desktop_app.ui.conflict_dialog import Conflict, ConflictDialog, ConflictTableModel


def conflict(code: str, value: str, mine: str, *, cleared: bool = False) -> Conflict:
    issue = Issue(
        "value_cleared_since" if cleared else "value_changed_since",
        params={
            "indicator": code,
            "value": value,
            "mine": mine,
            "scale": 2,
            "who": "王芳",
            "at": "2026-12-02 09:01:02",
            "version": 17,
        },
    )
    return Conflict(code, "网络零售额", mine, issue)


def test_conflict_table_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ConflictTableModel()
    model.set_rows([conflict("C02", "1234.5", "1300"), conflict("C03", "", "2", cleared=True)])
    qtmodeltester.check(model)
    row = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    assert row == ["C02 网络零售额", "1,234.50", "王芳", "2026-12-02 09:01:02", "1,300.00"]
    assert model.index(1, ConflictTableModel.COL_THEIRS).data() == "(cleared)"


@pytest.mark.parametrize(
    ("key", "modifier", "keep_mine"),
    [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, False),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, False),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, True),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier, True),
    ],
    ids=["Enter", "Esc", "Ctrl+Return", "Ctrl+Enter"],
)
def test_conflict_dialog_keys_choose(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier, keep_mine: bool
) -> None:
    dialog = ConflictDialog([conflict("C02", "1234.5", "1300")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)
    assert dialog.keep_mine is keep_mine
