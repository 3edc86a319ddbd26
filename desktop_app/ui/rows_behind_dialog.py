"""The rows of a register behind a derived figure (村级电子商务服务点 = 3: which three?).

Opened from the return grid by a double-click or Ctrl+B on a figure counted from a register; it
lists the rows the figure counts, with their place and every field of the register.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.registers import REGISTERS, RegisterRow
from desktop_app.i18n import register_value_text, translate

Index = QModelIndex | QPersistentModelIndex


class RowsBehindDialog(QDialog):
    def __init__(
        self,
        heading: str,
        register: str,
        rows: Sequence[RegisterRow],
        places: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        spec = REGISTERS[register]
        title = translate("Registers", spec.title)
        self.setWindowTitle(self.tr("Rows behind the figure"))
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        model = self.model = QStandardItemModel(len(rows), len(spec.fields) + 1, self)
        headers = [self.tr("Place"), *(translate("Registers", f.label) for f in spec.fields)]
        model.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            place = places.get(row.region_code, row.region_code)
            item = QStandardItem(place)
            item.setToolTip(row.region_code)
            model.setItem(r, 0, item)
            for c, fs in enumerate(spec.fields, start=1):
                model.setItem(r, c, QStandardItem(register_value_text(fs, row.get(fs.key))))
        view = self.view = QTableView()
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.resizeColumnsToContents()
        view.horizontalHeader().setStretchLastSection(True)
        count = QLabel(self.tr("%n rows of the register “%1”.", "", len(rows)).replace("%1", title))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(view)
        layout.addWidget(count)
        layout.addWidget(buttons)
        columns = sum(view.columnWidth(c) for c in range(model.columnCount()))
        width = max(640, columns + 60)
        screen = self.screen()
        if screen is not None:
            width = min(width, int(screen.availableGeometry().width() * 0.9))
        self.resize(width, 360)

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and a screen reader's sake)."""
        model = self.model
        return [
            [str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
