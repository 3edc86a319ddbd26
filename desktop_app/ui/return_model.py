"""The return grid's item model: indicators grouped as the catalogue groups them.

Rows are the immutable rows of the return screen's view (services/return_screen.py): set with
set_rows() when another return is shown (a reset), updated with update_rows() after a save, which
emits dataChanged for the rows the save changed only. data() never touches the database. An edit
is not saved here: setData() emits edit_requested and the page saves it through the screen
service.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.figures import DASH, display_figure, display_growth
from desktop_app.domain.indicators import Basis, unit_label
from desktop_app.domain.issues import Severity
from desktop_app.domain.periods import PeriodKind
from desktop_app.domain.registers import REGISTERS
from desktop_app.domain.values import format_number
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.figures import Coverage
from desktop_app.services.return_screen import ScreenRow
from desktop_app.target_text import figure_text, goal_text, kind_label, progress_tooltip
from desktop_app.ui.table_model_base import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex

ERROR_BRUSH = QBrush(QColor("#f8d7da"))
WARNING_BRUSH = QBrush(QColor("#fff3cd"))
COPIED_BRUSH = QBrush(QColor("#e2e3f3"))
READ_ONLY_BRUSH = QBrush(QColor("#f3f3f3"))
#: A figure derived from a register (台账): counted, not keyed.
DERIVED_BRUSH = QBrush(QColor("#e3f1ea"))
GROUP_BRUSH = QBrush(QColor("#dde6f0"))
#: Text of a rolled-up figure that not every child contributed to (dark amber: reads on white,
#: on the warning yellow and in greyscale print).
INCOMPLETE_BRUSH = QBrush(QColor("#8a5300"))
#: Progress behind the pace expected by the end of the period (text colour).
BEHIND_BRUSH = QBrush(QColor("#b00020"))


#: One line of the grid (a group heading, or an indicator with its figures): the view's row.
ReturnRow = ScreenRow


#: Headers that depend on the period shown: (column, period kind) → text (context ReturnTableModel).
#: Columns 4 (累计) and 7 (环比) of ReturnTableModel; a month keeps the HEADERS text.
PERIOD_HEADERS = {
    (4, PeriodKind.QUARTER): QT_TRANSLATE_NOOP("ReturnTableModel", "Quarters to date"),
    (4, PeriodKind.HALF_YEAR): QT_TRANSLATE_NOOP("ReturnTableModel", "Halves to date"),
    (4, PeriodKind.YEAR): QT_TRANSLATE_NOOP("ReturnTableModel", "Whole year"),
    (7, PeriodKind.QUARTER): QT_TRANSLATE_NOOP("ReturnTableModel", "QoQ (%)"),
    (7, PeriodKind.HALF_YEAR): QT_TRANSLATE_NOOP("ReturnTableModel", "vs previous half (%)"),
    (7, PeriodKind.YEAR): QT_TRANSLATE_NOOP("ReturnTableModel", "vs previous year (%)"),
}


class ReturnTableModel(HeaderedTableModel):
    COL_CODE = 0
    COL_NAME = 1
    COL_UNIT = 2
    COL_CURRENT = 3
    COL_CUMULATIVE = 4
    COL_LAST_YEAR = 5
    COL_YOY = 6
    COL_MOM = 7
    COL_TARGET = 8
    COL_PROGRESS = 9
    COL_NOTE = 10

    HEADERS = (
        QT_TRANSLATE_NOOP("ReturnTableModel", "Code"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "Indicator"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "This period"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "Year to date"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "Same period last year"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "YoY (%)"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "MoM (%)"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "Annual target"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "Progress (%)"),
        QT_TRANSLATE_NOOP("ReturnTableModel", "Note"),
    )
    EDITABLE = (COL_CURRENT, COL_CUMULATIVE, COL_NOTE)
    #: Columns where a figure is keyed; Enter moves down among them.
    FIGURE_COLUMNS = (COL_CURRENT, COL_CUMULATIVE)
    #: Columns of percentages, narrower than those of amounts (ReturnTableView.size_columns).
    PERCENT_COLUMNS = (COL_YOY, COL_MOM, COL_PROGRESS)

    CodeRole = Qt.ItemDataRole.UserRole + 1
    SeverityRole = Qt.ItemDataRole.UserRole + 2
    #: "4/5" for a rolled-up figure that lacks some children, else None.
    CoverageRole = Qt.ItemDataRole.UserRole + 3
    EditTextRole = Qt.ItemDataRole.EditRole

    #: The measure (a name in services.figures.MEASURES) each figure column shows.
    MEASURE_OF: ClassVar[dict[int, str]] = {
        COL_CURRENT: "current",
        COL_CUMULATIVE: "cumulative",
        COL_LAST_YEAR: "last_year",
        COL_YOY: "yoy",
        COL_MOM: "mom",
    }
    #: The mark after a figure that not every child region contributed to.
    INCOMPLETE_MARK = "*"

    #: A person changed a cell: indicator code, column, text as typed.
    edit_requested = Signal(str, int, str)

    def __init__(self, language: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(parent)
        self._period_kind = PeriodKind.MONTH
        self._rows: list[ReturnRow] = []
        self._language = language
        self._locked_reason: str | None = None
        self._messages: dict[str, str] = {}  # indicator code → translated issue text
        self._roll_up_tip = ""  # why a rolled-up figure cannot be keyed here
        # What data() and flags() answered for a cell, by row: a repaint asks ~150 of them per
        # row, each a call into Python. Forgotten for a row when the row changes, and wholly
        # when the rows, the lock or the period kind change.
        self._memo: dict[int, dict[tuple[int, int], Any]] = {}
        self._flags_memo: dict[tuple[int, int], Qt.ItemFlag] = {}

    # --- content -------------------------------------------------------------------------------
    def set_rows(
        self,
        rows: list[ReturnRow],
        messages: dict[str, str] | None = None,
        roll_up_tip: str = "",
    ) -> None:
        """Replace the content: another return (region or period) is shown. The model is reset.

        `roll_up_tip` is the tooltip of a rolled-up figure (ReturnRow.rolled_up)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._messages = dict(messages or {})
        self._roll_up_tip = roll_up_tip
        self._forget()
        self.endResetModel()

    def _forget(self, rows: Collection[int] | None = None) -> None:
        """Forget what data() and flags() answered: for `rows`, or for every row."""
        if rows is None:
            self._memo.clear()
            self._flags_memo.clear()
            return
        for row in rows:
            self._memo.pop(row, None)
        if self._flags_memo:
            wanted = set(rows)
            for key in [k for k in self._flags_memo if k[0] in wanted]:
                del self._flags_memo[key]

    def update_rows(
        self, rows: list[ReturnRow], changed: Collection[str], messages: dict[str, str]
    ) -> None:
        """The same lines with new content (after a save): dataChanged for the rows of the
        indicators in `changed` only, runs of neighbours together; `messages`: the issues'
        text of those rows (the others keep theirs). Other lines: set_rows() (then `messages`
        must be every row's)."""
        if [r.code for r in rows] != [r.code for r in self._rows]:
            self.set_rows(rows, messages, self._roll_up_tip)
            return
        self._rows = list(rows)
        wanted = set(changed)
        for code in wanted:
            self._messages.pop(code, None)
        self._messages.update({c: m for c, m in messages.items() if c in wanted})
        positions = [i for i, row in enumerate(rows) if row.code in wanted]
        self._forget(positions)
        last = self.columnCount() - 1
        start = previous = -2
        for i in [*positions, -2]:
            if i != previous + 1:
                if start >= 0:
                    self.dataChanged.emit(self.index(start, 0), self.index(previous, last))
                start = i
            previous = i

    def set_period_kind(self, kind: PeriodKind) -> None:
        """The headers say what the columns hold for a month, a quarter, a half or a year."""
        if kind is not self._period_kind:
            self._period_kind = kind
            self._forget()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def header_source(self, section: int) -> str:
        return PERIOD_HEADERS.get((section, self._period_kind), self.HEADERS[section])

    def set_locked(self, reason: str | None) -> None:
        """A submitted return: every cell read-only, with the reason as tooltip."""
        if reason == self._locked_reason:
            return
        self._locked_reason = reason
        self._forget()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COL_NOTE))

    def codes(self) -> list[str | None]:
        """The indicator code of each line (None for a group heading)."""
        return [row.code for row in self._rows]

    def row_of(self, code: str) -> int:
        for i, row in enumerate(self._rows):
            if row.code == code:
                return i
        return -1

    def row_at(self, row: int) -> ReturnRow:
        return self._rows[row]

    def keyed_column(self, row: ReturnRow) -> int:
        """Where a clerk types this indicator: 本期, or 1-N月累计 for one keyed year to date."""
        if row.item is not None and row.item.indicator.entry_basis is Basis.YTD:
            return self.COL_CUMULATIVE
        return self.COL_CURRENT

    def is_editable(self, index: Index) -> bool:
        return bool(self.flags(index) & Qt.ItemFlag.ItemIsEditable)

    # --- Qt overrides --------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        key = (index.row(), index.column())
        known = self._flags_memo.get(key)
        if known is None:
            known = self._flags_memo[key] = self._flags(index)
        return known

    def _flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        if row.item is None or self._locked_reason is not None:
            return base
        if index.column() == self.COL_NOTE or (
            index.column() == self.keyed_column(row)
            and not row.item.indicator.is_computed
            and not row.rolled_up
            and row.item.derived_from is None
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number = index.row()
        if number >= len(self._rows):
            return None
        cells = self._memo.get(number)
        if cells is None:
            cells = self._memo[number] = {}
        key = (index.column(), role)
        if key in cells:
            return cells[key]
        answer = cells[key] = self._data(index, role)
        return answer

    def _data(self, index: Index, role: int) -> Any:
        row, col = self._rows[index.row()], index.column()
        if row.item is None:
            return self._group_data(row, col, role)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(row, col)
            return text + self.INCOMPLETE_MARK if self._incomplete(row, col) else text
        if role == Qt.ItemDataRole.ForegroundRole and self._incomplete(row, col) is not None:
            return INCOMPLETE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_PROGRESS and row.item.behind:
            return BEHIND_BRUSH
        if role == self.CoverageRole:
            coverage = self._incomplete(row, col)
            return coverage.label if coverage else None
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COL_CURRENT <= col < self.COL_NOTE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == self.CodeRole:
            return row.code
        if role == self.SeverityRole:
            return self._severity(row)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index):
            return False
        code = self._rows[index.row()].code
        assert code is not None
        self.edit_requested.emit(code, index.column(), "" if value is None else str(value))
        return True

    # --- pieces ----------------------------------------------------------------------------------
    def _group_data(self, row: ReturnRow, col: int, role: int) -> Any:
        assert row.group is not None
        if role == Qt.ItemDataRole.DisplayRole and col == self.COL_NAME:
            return row.group.name_en if self._language == "en" else row.group.name_zh
        if role == Qt.ItemDataRole.DisplayRole and col == self.COL_CODE:
            return row.group.code
        if role == Qt.ItemDataRole.BackgroundRole:
            return GROUP_BRUSH
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: ReturnRow, col: int) -> str:
        assert row.item is not None
        ind, fig = row.item.indicator, row.item.figures
        if col == self.COL_CODE:
            return ind.code
        if col == self.COL_NAME:
            name = ind.name_en if self._language == "en" else ind.name_zh
            return ("    " if ind.parent_code else "") + name
        if col == self.COL_UNIT:
            return unit_label(ind.unit, self._language)
        if col == self.COL_CURRENT:
            return display_figure(fig.current, ind.scale)
        if col == self.COL_CUMULATIVE:
            return display_figure(fig.cumulative, ind.scale)
        if col == self.COL_LAST_YEAR:
            return display_figure(fig.last_year, ind.scale)
        if col == self.COL_YOY:
            return display_growth(fig.yoy)
        if col == self.COL_MOM:
            return display_growth(fig.mom)
        if col == self.COL_TARGET:
            item = row.item
            if item.target_set is None:
                return ""
            if item.target is None:  # a goal resting on a missing figure of last year
                return figure_text(item.target_set, ind)
            return goal_text(item.target, ind)
        if col == self.COL_PROGRESS:
            if row.item.target_set is None:
                return ""
            return display_growth(row.item.progress)
        return row.comment

    def _edit_text(self, row: ReturnRow, col: int) -> str:
        assert row.item is not None
        if col == self.COL_NOTE:
            return row.comment
        figures = row.item.figures
        value = figures.cumulative if col == self.COL_CUMULATIVE else figures.current
        if value is None:
            return ""
        if isinstance(value, Decimal):
            # At the indicator's scale, without separators: "9000", "1234.50", not "9000.0000"
            return format_number(value, row.item.indicator.scale, grouping=False)
        return str(value)

    def _incomplete(self, row: ReturnRow, col: int) -> Coverage | None:
        """The coverage of a rolled-up figure in this cell when some children lack it."""
        measure = self.MEASURE_OF.get(col)
        if measure is None or row.item is None or self._display(row, col) == DASH:
            return None  # "—" is no figure: nothing to mark
        return row.item.incomplete().get(measure)

    def _coverage_tooltip(self, coverage: Coverage) -> str:
        text = translate("ReturnTableModel", "{count} regions reported this figure.").format(
            count=coverage.label
        )
        separator = translate("ReturnTableModel", ", ")
        if coverage.missing:
            text += "\n" + translate("ReturnTableModel", "Missing: {names}").format(
                names=separator.join(coverage.missing)
            )
        if coverage.partial:
            text += "\n" + translate("ReturnTableModel", "Incomplete themselves: {names}").format(
                names=separator.join(coverage.partial)
            )
        return text

    def _severity(self, row: ReturnRow) -> str | None:
        if any(i.severity is Severity.ERROR for i in row.issues):
            return Severity.ERROR.value
        if row.issues:
            return Severity.WARNING.value
        return None

    def _background(self, row: ReturnRow, index: Index) -> QBrush | None:
        col = index.column()
        if col == self.keyed_column(row):
            severity = self._severity(row)
            if severity == Severity.ERROR.value:
                return ERROR_BRUSH
            if severity == Severity.WARNING.value:
                return WARNING_BRUSH
            if row.copied:
                return COPIED_BRUSH
        if row.item is not None and row.item.derived_from and col in self.MEASURE_OF:
            return DERIVED_BRUSH
        if not self.is_editable(index):
            return READ_ONLY_BRUSH
        return None

    def _target_tooltip(self, row: ReturnRow, col: int) -> str | None:
        item = row.item
        if item is None or item.target_set is None:
            return None
        target, ind = item.target_set, item.indicator
        if col == self.COL_TARGET:
            lines = [
                translate("Targets", "{kind}: {figure}").format(
                    kind=kind_label(target.kind), figure=figure_text(target, ind)
                )
            ]
            if target.note:
                lines.append(target.note)
            return "\n".join(lines)
        return progress_tooltip(
            target,
            ind,
            item.target,
            item.done,
            item.progress,
            item.pace,
            item.pace_basis,
            item.behind,
        )

    def _tooltip(self, row: ReturnRow, col: int) -> str | None:
        if col in (self.COL_TARGET, self.COL_PROGRESS):
            return self._target_tooltip(row, col)
        if self._locked_reason and col in self.EDITABLE:
            return self._locked_reason
        keyed = col == self.keyed_column(row)
        coverage = self._incomplete(row, col)
        if row.item is not None and row.item.derived_from and col in self.MEASURE_OF:
            title = translate("Registers", REGISTERS[row.item.derived_from].title)
            tip = translate(
                "ReturnTableModel",
                "Counted from the register “{register}”; double-click or press Ctrl+B to see "
                "the rows behind it. Change the register, not the figure.",
            ).format(register=title)
            if keyed and row.code in self._messages:
                tip += "\n" + self._messages[row.code]
            return tip
        if keyed and row.rolled_up and self._roll_up_tip:
            parts = [self._roll_up_tip]
            if coverage is not None:
                parts.append(self._coverage_tooltip(coverage))
            if row.code in self._messages:
                parts.append(self._messages[row.code])
            return "\n".join(parts)
        if coverage is not None and not (keyed and row.code in self._messages):
            return self._coverage_tooltip(coverage)
        if keyed and row.code in self._messages:
            return self._messages[row.code]
        if keyed and row.copied:
            return translate("ReturnTableModel", "Copied from the last period; confirm with Enter.")
        if col == self.COL_NAME and row.item is not None:
            return (
                row.item.indicator.name_en if self._language != "en" else row.item.indicator.name_zh
            )
        return None
