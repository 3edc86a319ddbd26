"""Input queued while the store opens is dropped, not handed to the live page (ui/input_guard.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.input_guard import InputGuard


def typed(text: str) -> list[QKeyEvent]:
    """The key presses of `text` and an Enter, as the window system delivers them."""
    keys = [(Qt.Key(ord(ch)), ch) for ch in text] + [(Qt.Key.Key_Return, "\r")]
    return [
        QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch) for key, ch in keys
    ]


def window_with_field(qtbot: QtBot) -> tuple[QWidget, QLineEdit]:
    window = QWidget()
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, field


def post(widget: QWidget, text: str) -> None:
    """Queued, as a clerk's typing is while the event loop waits for the store."""
    for event in typed(text):
        QCoreApplication.postEvent(widget, event)


def test_input_guard_drops_what_was_typed_while_the_store_opened(qtbot: QtBot) -> None:
    window, field = window_with_field(qtbot)
    guard = InputGuard(window)
    post(field, "57")  # typed while the store opened
    guard.release_after_queued()  # the store is open: the live page is attached
    assert field.text() == ""
    assert guard.dropped >= 3  # each key, with the shortcut check Qt makes before it
    # What is typed after that is the window's at once
    post(field, "8")
    QCoreApplication.processEvents()
    assert field.text() == "8"


def test_input_guard_lets_a_dialog_of_its_own_be_answered(qtbot: QtBot) -> None:
    # The login or a message box shown while the store opens is a window of its own
    window, field = window_with_field(qtbot)
    dialog = QDialog()
    answer = QLineEdit(dialog)
    qtbot.addWidget(dialog)
    guard = InputGuard(window)
    post(answer, "王芳")
    post(field, "9")
    QCoreApplication.processEvents()
    assert answer.text() == "王芳"
    assert field.text() == ""
    guard.release()
