"""Item model of derived figures: indicators as rows, measures as columns. Read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.figures import display_figure, display_growth
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.figures import IndicatorFigures

Index = QModelIndex | QPersistentModelIndex


class FiguresTableModel(QAbstractTableModel):
    COL_CODE = 0
    COL_NAME = 1
    COL_UNIT = 2
    COL_CURRENT = 3
    COL_CUMULATIVE = 4
    COL_LAST_YEAR = 5
    COL_LAST_YEAR_CUMULATIVE = 6
    COL_YOY = 7
    COL_YOY_CUMULATIVE = 8
    COL_MOM = 9

    HEADERS = (
        QT_TRANSLATE_NOOP("FiguresTableModel", "Code"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Indicator"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Unit"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "This period"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Year to date"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Same period last year"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Last year to date"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "YoY (%)"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "YTD YoY (%)"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "MoM (%)"),
    )

    #: The indicator code of a row, for views that jump to an indicator.
    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IndicatorFigures] = []
        self._language = language

    def set_rows(self, rows: list[IndicatorFigures]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return translate("FiguresTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.COL_CURRENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.CodeRole:
            return row.indicator.code
        return None

    def _display(self, row: IndicatorFigures, col: int) -> str:
        ind, fig = row.indicator, row.figures
        if col == self.COL_CODE:
            return ind.code
        if col == self.COL_NAME:
            name = ind.name_en if self._language == "en" else ind.name_zh
            return ("    " if ind.parent_code else "") + name
        if col == self.COL_UNIT:
            return ind.unit
        figures = {
            self.COL_CURRENT: fig.current,
            self.COL_CUMULATIVE: fig.cumulative,
            self.COL_LAST_YEAR: fig.last_year,
            self.COL_LAST_YEAR_CUMULATIVE: fig.last_year_cumulative,
        }
        if col in figures:
            return display_figure(figures[col], ind.scale)
        growth = {
            self.COL_YOY: fig.yoy,
            self.COL_YOY_CUMULATIVE: fig.yoy_cumulative,
            self.COL_MOM: fig.mom,
        }
        return display_growth(growth[col])
