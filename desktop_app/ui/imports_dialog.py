"""The Excel imports a database has taken, newest first, and undoing one whole (导入记录).

Undoing puts every value of the import back as it was before it, as one action; it is refused,
changing nothing, when a value was changed since (the sentence names one) or a return was locked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, period_label, translate
from desktop_app.services.imports import ImportHistory, ImportRecord
from desktop_app.services.locks import as_local
from desktop_app.ui.table_model_base import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
TIME = "%Y-%m-%d %H:%M"


class ImportsTableModel(HeaderedTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportsTableModel", "When"),
        QT_TRANSLATE_NOOP("ImportsTableModel", "Who"),
        QT_TRANSLATE_NOOP("ImportsTableModel", "File"),
        QT_TRANSLATE_NOOP("ImportsTableModel", "Return"),
        QT_TRANSLATE_NOOP("ImportsTableModel", "Values"),
        QT_TRANSLATE_NOOP("ImportsTableModel", "Periods"),
        QT_TRANSLATE_NOOP("ImportsTableModel", "State"),
        QT_TRANSLATE_NOOP("ImportsTableModel", "Number"),
    )
    COL_VALUES = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRecord] = []

    def set_rows(self, rows: list[ImportRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> ImportRecord:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_VALUES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return as_local(record.at).strftime(TIME)
        if col == 1:
            return record.who
        if col == 2:
            return record.file
        if col == 3:  # the template's title; its id only where the template is gone
            return record.template_title or record.template_id or ""
        if col == 4:
            return str(record.values)
        if col == 5:
            first, last = period_label(record.first_period), period_label(record.last_period)
            return first if first == last else f"{first}–{last}"
        if col == 6:
            if record.undone_at is None:
                return translate("ImportsTableModel", "imported")
            return translate("ImportsTableModel", "undone {when} by {who}").format(
                when=as_local(record.undone_at).strftime(TIME), who=record.undone_by or ""
            )
        return record.batch


class ImportsDialog(QDialog):
    #: An import was undone: the window reloads what it shows.
    values_changed = Signal()

    def __init__(self, history: ImportHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(self.tr("Excel imports"))
        self.model = ImportsTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.explanation = QLabel(
            self.tr(
                "Undoing an import puts every value it changed back as it was before it, in one "
                "step. It is refused if a value was changed after the import."
            )
        )
        self.explanation.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1040, 380)
        self.reload()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        self.view.setFocus()

    def reload(self) -> None:
        self.model.set_rows(self.history.imports())
        self.view.resizeColumnsToContents()
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.message.setText(self.tr("No Excel import has been taken into this database."))
        self._update_button()

    def selected(self) -> ImportRecord | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update_button(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(record is not None and not record.undone)

    def undo_selected(self, *, confirm: bool = True) -> int:
        """Undo the selected import after asking; returns the number of values put back."""
        record = self.selected()
        if record is None or record.undone:
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Undo the import"),
                self.tr(
                    "Put the {values} imported from {file} on {when} back as they were "
                    "before the import?"
                ).format(
                    values=self.tr("%n value(s)", "", record.values),
                    file=record.file,
                    when=as_local(record.at).strftime(TIME),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        try:
            count = self.history.undo(record.batch)
        except DomainError as exc:
            self.message.setText(issue_message(exc.issue))
            return 0
        self.values_changed.emit()
        self.reload()
        self.message.setText(
            self.tr("Undid the import of {file}: {values} put back as they were.").format(
                file=record.file, values=self.tr("%n value(s)", "", count)
            )
        )
        return count
