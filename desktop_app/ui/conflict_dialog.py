"""The clerk's choice when a save met a figure someone else saved since it was read.

A save states the version of the cell the grid showed; another clerk's figure saved since makes
the service refuse it (value_changed_since / value_cleared_since, with their figure, who and
when, and the version of their figure). The grid then shows theirs, and this dialog asks which
figure should stay, for one cell or for every refused cell of a pasted block:

- Take theirs (the default: Enter, Esc, or closing the dialog): nothing more is written.
- Keep mine (Ctrl+Enter, or its button): the page saves the clerk's entry again, based on the
  version of *their* figure shown here, so that a third change made meanwhile is refused again
  (and offered again), never overwritten unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import Issue
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_params, translate
from desktop_app.ui.table_model_base import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex

__all__ = ["Conflict", "ConflictDialog", "ConflictTableModel"]


@dataclass(frozen=True)
class Conflict:
    """One cell whose save was refused because another clerk changed it since."""

    code: str  # the indicator
    name: str  # the indicator's name as the grid shows it
    mine: str  # what the clerk entered (saved again on "keep mine")
    issue: Issue  # the refusal: their figure, who, when, and its version
    source: str = "typed"  # how the clerk's entry came (typed, pasted, undo, redo)
    region_code: str = ""  # the region of the cell, where a grid holds several (乡镇分列)

    @property
    def version(self) -> int:
        """The version of their figure: "keep mine" replaces exactly that one."""
        return int(self.issue.params.get("version", 0) or 0)

    @property
    def cleared(self) -> bool:
        return self.issue.code == "value_cleared_since"

    @property
    def who(self) -> str:
        return str(self.issue.params.get("who", ""))

    @property
    def at(self) -> str:
        return str(self.issue.params.get("at", ""))

    def theirs_text(self) -> str:
        if self.cleared:
            return translate("ConflictDialog", "(cleared)")
        return str(issue_params(self.issue).get("value") or "—")

    def mine_text(self) -> str:
        shown = str(issue_params(self.issue).get("mine") or "")
        return shown or self.mine.strip() or "—"


class ConflictTableModel(HeaderedTableModel):
    """The refused cells: indicator, their figure, who saved it and when, and mine."""

    COL_INDICATOR = 0
    COL_THEIRS = 1
    COL_WHO = 2
    COL_AT = 3
    COL_MINE = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictTableModel", "Indicator"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Their figure"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Saved by"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "At"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Your entry"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = []

    def set_rows(self, rows: list[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_THEIRS, self.COL_MINE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # as in the return
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        conflict = self._rows[index.row()]
        if col == self.COL_INDICATOR:
            return f"{conflict.code} {conflict.name}".strip()
        if col == self.COL_THEIRS:
            return conflict.theirs_text()
        if col == self.COL_WHO:
            return conflict.who
        if col == self.COL_AT:
            return conflict.at
        if col == self.COL_MINE:
            return conflict.mine_text()
        return None


class ConflictDialog(QDialog):
    """Which figure stays: theirs (Enter, the default) or mine (Ctrl+Enter)."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert conflicts
        self.conflicts = list(conflicts)
        self.keep_mine = False
        self.setWindowTitle(self.tr("Changed by someone else"))

        first = conflicts[0]
        if len(conflicts) == 1:
            if first.cleared:
                text = self.tr(
                    "%1 cleared %2 at %3, after you read it. Your entry %4 was not saved; the "
                    "cell is blank now. Which should stay?"
                )
            else:
                text = self.tr(
                    "%1 changed %2 to %5 at %3, after you read it. Your entry %4 was not "
                    "saved; the cell shows theirs now. Which should stay?"
                )
            text = (
                text.replace("%1", first.who or "?")
                .replace("%2", f"{first.code} {first.name}".strip())
                .replace("%3", first.at)
                .replace("%4", first.mine_text())
                .replace("%5", first.theirs_text())
            )
        else:
            text = self.tr(
                "%1 of your entries were not saved: someone else changed these figures after "
                "you read them, and the grid shows theirs now. Which should stay?"
            ).replace("%1", str(len(conflicts)))
        self.message_label = QLabel(text)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ConflictTableModel(self)
        self.model.set_rows(self.conflicts)
        view = self.table = QTableView()
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter belongs to the default button
        view.resizeColumnsToContents()
        view.horizontalHeader().setStretchLastSection(True)

        many = len(conflicts) > 1
        self.theirs_button = QPushButton(
            self.tr("Take theirs for all (Enter)") if many else self.tr("Take theirs (Enter)")
        )
        self.mine_button = QPushButton(
            self.tr("Keep mine for all (Ctrl+Enter)") if many else self.tr("Keep mine (Ctrl+Enter)")
        )
        self.theirs_button.setDefault(True)
        self.theirs_button.setAutoDefault(True)
        self.mine_button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button.clicked.connect(self.take_theirs)
        self.mine_button.clicked.connect(self.choose_mine)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.choose_mine)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(view)
        layout.addWidget(buttons)
        # A row or a few without scrolling, every column readable.
        columns = sum(view.columnWidth(c) for c in range(self.model.columnCount()))
        rows = min(len(conflicts), 8)
        height = view.horizontalHeader().sizeHint().height() + rows * view.rowHeight(0) + 4
        if len(conflicts) <= rows:
            view.setFixedHeight(height)  # no empty space under a single row
        else:
            view.setMinimumHeight(height)
        width = max(560, columns + view.verticalScrollBar().sizeHint().width() + 40)
        screen = self.screen()
        if screen is not None:
            width = min(width, int(screen.availableGeometry().width() * 0.9))
        self.resize(width, self.sizeHint().height())
        self.theirs_button.setFocus()

    def choose_mine(self) -> None:
        self.keep_mine = True
        self.accept()

    def take_theirs(self) -> None:
        self.keep_mine = False
        self.reject()

    def reject(self) -> None:  # Esc and the window's close button: theirs stays
        self.keep_mine = False
        super().reject()


class ConflictQuestion:
    """A page's one open question about conflicts (the return page, 乡镇分列): asking closes a
    question still open without acting on it (the newest counts), `drop` closes it when the
    page moves to another return, and `answered` is called with the dialog once the clerk
    chose."""

    def __init__(self, parent: QWidget, answered: Callable[[ConflictDialog], None]) -> None:
        self._parent = parent
        self._answered = answered
        self.dialog: ConflictDialog | None = None

    def ask(self, conflicts: list[Conflict]) -> None:
        self.drop()
        dialog = self.dialog = ConflictDialog(conflicts, self._parent)
        dialog.finished.connect(lambda _result: self._finished(dialog))
        dialog.open()
        # The keyboard goes to the question at once (Enter: theirs), even when it was asked
        # while the grid's window was taking the keyboard back from the last one.
        dialog.activateWindow()

    def drop(self) -> None:
        """Close the question asked, if any, without acting on it (their figures stay)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finished.disconnect()
            dialog.close()
            dialog.deleteLater()

    def _finished(self, dialog: ConflictDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self._answered(dialog)
