"""The 情况说明 (explanation) asked for a warning before a return is submitted.

Enter writes a new line in the explanation; Ctrl+Enter confirms it (as in the grid, where
Ctrl+Enter submits). "Go back and fix" closes the dialog so that the clerk corrects the figure
instead: the page then puts the cursor on the offending cell.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate


class ExplanationOutcome(Enum):
    EXPLAINED = "explained"
    GO_BACK = "go_back"  # fix the figure instead
    CANCELLED = "cancelled"


class ExplanationDialog(QDialog):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExplanationDialog", "Explanation (情况说明)"))
        self.outcome = ExplanationOutcome.CANCELLED

        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        prompt = QLabel(
            translate(
                "ExplanationDialog",
                "Explain this figure for the return (Ctrl+Enter confirms), or go back and fix it:",
            )
        )
        prompt.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.installEventFilter(self)
        self.text_edit.textChanged.connect(self._text_changed)

        buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(translate("ExplanationDialog", "Confirm (Ctrl+Enter)"))
        self.confirm_button.setEnabled(False)
        self.confirm_button.setAutoDefault(False)
        self.fix_button = QPushButton(translate("ExplanationDialog", "Go back and fix"))
        self.fix_button.setAutoDefault(False)
        self.cancel_button = QPushButton(translate("ExplanationDialog", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.clicked.connect(self.confirm)
        self.fix_button.clicked.connect(self.go_back)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(prompt)
        layout.addWidget(self.text_edit)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.text_edit.setFocus()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def confirm(self) -> None:
        if not self.text():  # an empty explanation explains nothing
            self.text_edit.setFocus()
            return
        self.outcome = ExplanationOutcome.EXPLAINED
        self.accept()

    def go_back(self) -> None:
        self.outcome = ExplanationOutcome.GO_BACK
        self.done(QDialog.DialogCode.Rejected.value)

    def reject(self) -> None:  # Esc and the window's close button too
        if self.outcome is not ExplanationOutcome.GO_BACK:
            self.outcome = ExplanationOutcome.CANCELLED
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Enter confirms; a plain Enter stays a new line in the explanation.
        if (
            watched is self.text_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.confirm()
            return True
        return False

    def _text_changed(self) -> None:
        self.confirm_button.setEnabled(bool(self.text()))


def ask_explanation(message: str, parent: QWidget | None) -> tuple[ExplanationOutcome, str]:
    """Shows the dialog modally: what the clerk chose, and the explanation written."""
    dialog = ExplanationDialog(message, parent)
    try:
        dialog.exec()
        return dialog.outcome, dialog.text()
    finally:
        dialog.deleteLater()
