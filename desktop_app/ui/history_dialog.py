"""A cell's history: old → new, who, when, and how (typed, pasted, copied, imported, undo).

The audit trail keeps each figure at its indicator's scale ("1234.50"); the dialog shows it as the
return does, with thousands separators ("1,234.50").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.values import with_separators
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.locks import as_local
from desktop_app.services.values import AuditEntry
from desktop_app.ui.table_model_base import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex

SOURCE_NAMES = {
    "typed": QT_TRANSLATE_NOOP("HistoryTableModel", "typed"),
    "pasted": QT_TRANSLATE_NOOP("HistoryTableModel", "pasted"),
    "copied": QT_TRANSLATE_NOOP("HistoryTableModel", "copied"),
    "imported": QT_TRANSLATE_NOOP("HistoryTableModel", "imported"),
    "cli": QT_TRANSLATE_NOOP("HistoryTableModel", "command line"),
    "undone": QT_TRANSLATE_NOOP("HistoryTableModel", "undone import"),
    "undo": QT_TRANSLATE_NOOP("HistoryTableModel", "undo"),
    "redo": QT_TRANSLATE_NOOP("HistoryTableModel", "redo"),
}


class HistoryTableModel(HeaderedTableModel):
    COL_WHEN = 0
    COL_WHO = 1
    COL_OLD = 2
    COL_NEW = 3
    COL_SOURCE = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryTableModel", "When"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Who"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Old"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "New"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "How"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []

    def set_rows(self, rows: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_OLD, self.COL_NEW):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # as in the return
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._rows[index.row()]
        if col == self.COL_WHEN:
            return as_local(entry.at).strftime("%Y-%m-%d %H:%M:%S")
        if col == self.COL_WHO:
            return entry.who
        if col == self.COL_OLD:
            return with_separators(entry.old_text) or "—"
        if col == self.COL_NEW:
            return with_separators(entry.new_text) or "—"
        source = translate("HistoryTableModel", SOURCE_NAMES.get(entry.source, entry.source))
        return f"{source} ({entry.detail})" if entry.detail else source


class HistoryDialog(QDialog):
    def __init__(self, code: str, entries: list[AuditEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", code))
        self.model = HistoryTableModel(self)
        self.model.set_rows(entries)
        view = self.view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)  # a time on two lines doubled every row's height
        view.resizeColumnsToContents()
        for column in (HistoryTableModel.COL_OLD, HistoryTableModel.COL_NEW):
            view.setColumnWidth(column, max(view.columnWidth(column), 90))  # room for a change
        view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        # Wide enough for every column (an imported file's name is long), within the screen.
        columns = sum(view.columnWidth(c) for c in range(self.model.columnCount()))
        width = max(640, columns + view.verticalScrollBar().sizeHint().width() + 40)
        screen = self.screen()
        if screen is not None:
            width = min(width, int(screen.availableGeometry().width() * 0.9))
        self.resize(width, 320)
