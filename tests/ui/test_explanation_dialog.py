"""The 情况说明 dialog: Enter writes a new line, Ctrl+Enter confirms, "Go back and fix" returns to
the grid on the offending cell. Driven with real key events; the submit flow on a real database."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.services.store import Store
from desktop_app.ui.explanation_dialog import ExplanationDialog, ExplanationOutcome
from desktop_app.ui.main_window import MainWindow
from tests.ui.test_main_window import FEB, fill_everything

CTRL = Qt.KeyboardModifier.ControlModifier


def test_enter_is_a_new_line_and_ctrl_enter_confirms(qtbot: QtBot) -> None:
    dialog = ExplanationDialog("指标 A04 比上期减少。")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text_edit, "two points merged")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text_edit, "see the notice")
    assert dialog.isVisible()  # Enter did not close it
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert dialog.outcome is ExplanationOutcome.EXPLAINED
    assert dialog.text() == "two points merged\nsee the notice"


def test_ctrl_enter_on_an_empty_explanation_keeps_the_dialog(qtbot: QtBot) -> None:
    dialog = ExplanationDialog("指标 A04 比上期减少。")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text_edit, "   ")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Enter, CTRL)  # the keypad's Enter too
    assert dialog.isVisible()
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert dialog.outcome is ExplanationOutcome.CANCELLED


@pytest.fixture
def window(store: Store, qtbot: QtBot, chinese: None) -> MainWindow:
    store.set_home_region("511921")
    fill_everything(store)  # A04 dropped from 12 to 10: a warning that needs 情况说明
    win = build_main_window(store, "zh_CN", user="李四")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    return win


def answer_dialog(qtbot: QtBot, act: Callable[[ExplanationDialog], None]) -> list[str]:
    """Answers the explanation dialog when it opens; returns the messages it showed."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExplanationDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog.message_label.text())
        act(dialog)

    QTimer.singleShot(0, answer)
    return seen


def test_submit_by_keyboard_explains_with_ctrl_enter(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    page = window.page
    assert page is not None and page.last_check is not None
    assert [i.params["indicator"] for i in page.last_check.unexplained] == ["A04"]

    def explain(dialog: ExplanationDialog) -> None:
        qtbot.keyClicks(dialog.text_edit, "merged")
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, CTRL)

    seen = answer_dialog(qtbot, explain)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter submits the return
    assert seen and "A04" in seen[0]
    assert page.services.returns.state("511921", FEB).locked


def test_go_back_and_fix_returns_to_the_offending_cell(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    page = window.page
    assert page is not None
    page.view.go_to(page.model.index(0, page.model.COL_NAME))

    def go_back(dialog: ExplanationDialog) -> None:
        dialog.fix_button.setFocus()
        qtbot.keyClick(dialog.fix_button, Qt.Key.Key_Space)

    answer_dialog(qtbot, go_back)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return, CTRL)
    assert not page.services.returns.state("511921", FEB).locked
    current = page.view.currentIndex()
    assert current.data(page.model.CodeRole) == "A04"
    assert page.model.is_editable(current)
    assert window.focusWidget() is page.view  # the keyboard's place in the window
    assert "A04" in page.message_line.text()
    # The clerk types the corrected figure straight away: the warning is gone
    window.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
    qtbot.keyClicks(page.view, "1")  # typing on the cell opens its editor
    editor = QApplication.focusWidget()
    assert editor is not page.view
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.state() != page.view.State.EditingState, timeout=2000)
    assert page.last_check is not None and page.last_check.unexplained == []
