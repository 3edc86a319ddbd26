"""年度目标 (Return ▸ Annual targets…): a region's indicators for a year with each target's kind,
figure, note, goal, progress and pace (behind pace in red), edited in place; 分解到下级… splits
a target among the children with the sum shown and checked; 载入示例目标… loads a set file."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.figures import DASH, display_figure, display_growth
from desktop_app.domain.indicators import ValueKind, unit_label
from desktop_app.domain.issues import DomainError
from desktop_app.domain.targets import ChildrenTotal, SplitMethod, TargetKind
from desktop_app.domain.values import Figure, format_number, parse_input
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, issue_message, translate
from desktop_app.services.figures import IndicatorFigures
from desktop_app.services.targets import TARGET_SETS, SplitPlan, TargetService
from desktop_app.target_text import (
    KIND_LABELS,
    figure_text,
    goal_text,
    kind_label,
    progress_tooltip,
)
from desktop_app.ui.table_model_base import HeaderedTableModel, Index

BEHIND_BRUSH = QBrush(QColor("#b00020"))
EDITABLE_BRUSH = QBrush(QColor("#ffffff"))
READ_ONLY_BRUSH = QBrush(QColor("#f3f3f3"))
ERROR_BRUSH = QBrush(QColor("#f8d7da"))


def _language() -> str:
    return current_language() or "zh_CN"


def _plain(number: Decimal, scale: int) -> str:
    return format_number(number, scale, grouping=False)


class TargetsTableModel(HeaderedTableModel):
    """One line per indicator: its target as set (editable) and what it means this month."""

    COL_CODE = 0
    COL_NAME = 1
    COL_UNIT = 2
    COL_KIND = 3
    COL_FIGURE = 4
    COL_NOTE = 5
    COL_GOAL = 6
    COL_DONE = 7
    COL_PROGRESS = 8
    COL_PACE = 9
    COL_CHILDREN = 10

    HEADERS = (
        QT_TRANSLATE_NOOP("TargetsTableModel", "Code"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Indicator"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Unit"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Target"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Source / note"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Goal for the year"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Done so far"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Progress (%)"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Expected by now (%)"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Divisions' targets"),
    )
    EDITABLE = (COL_KIND, COL_FIGURE, COL_NOTE)

    #: A person changed a cell: indicator code, column, the text typed (a kind: its value).
    edit_requested = Signal(str, int, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IndicatorFigures] = []
        #: The kind chosen for an indicator that has no target yet, used when its figure is typed.
        self._drafts: dict[str, TargetKind] = {}
        self._totals: dict[str, ChildrenTotal] = {}

    def set_rows(
        self, rows: Sequence[IndicatorFigures], totals: dict[str, ChildrenTotal] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._totals = dict(totals or {})
        self._drafts = {
            code: kind
            for code, kind in self._drafts.items()
            if any(r.indicator.code == code and r.target_set is None for r in self._rows)
        }
        self.endResetModel()

    def row_at(self, row: int) -> IndicatorFigures:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        for i, row in enumerate(self._rows):
            if row.indicator.code == code:
                return i
        return -1

    def kind_of(self, code: str) -> TargetKind:
        """The kind a figure typed for the indicator is stored as."""
        row = self._rows[self.row_of(code)]
        if row.target_set is not None:
            return row.target_set.kind
        if code in self._drafts:
            return self._drafts[code]
        return TargetKind.SHARE if row.indicator.kind is ValueKind.RATIO else TargetKind.ABSOLUTE

    def set_draft_kind(self, code: str, kind: TargetKind) -> None:
        self._drafts[code] = kind
        at = self.row_of(code)
        self.dataChanged.emit(self.index(at, self.COL_KIND), self.index(at, self.COL_KIND))

    # --- Qt overrides --------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(row, col)
        behind_cell = row.behind and col in (self.COL_PROGRESS, self.COL_PACE)
        if role == Qt.ItemDataRole.ForegroundRole and behind_cell:
            return BEHIND_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_CHILDREN:
            total = self._totals.get(row.indicator.code)
            if total is not None and total.complete and not total.adds_up:
                return BEHIND_BRUSH
        if role == Qt.ItemDataRole.BackgroundRole:
            return EDITABLE_BRUSH if col in self.EDITABLE else READ_ONLY_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.COL_FIGURE,
            self.COL_GOAL,
            self.COL_DONE,
            self.COL_PROGRESS,
            self.COL_PACE,
            self.COL_CHILDREN,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() not in self.EDITABLE:
            return False
        code = self._rows[index.row()].indicator.code
        self.edit_requested.emit(code, index.column(), "" if value is None else str(value))
        return True

    # --- pieces --------------------------------------------------------------------------------
    def _display(self, row: IndicatorFigures, col: int) -> str:
        ind, target = row.indicator, row.target_set
        if col == self.COL_CODE:
            return ind.code
        if col == self.COL_NAME:
            name = ind.name_en if _language() == "en" else ind.name_zh
            return ("    " if ind.parent_code else "") + name
        if col == self.COL_UNIT:
            return unit_label(ind.unit, _language())
        if col == self.COL_KIND:
            if target is None and ind.code not in self._drafts:
                return ""
            return kind_label(self.kind_of(ind.code))
        if target is None:
            return ""
        if col == self.COL_FIGURE:
            return figure_text(target, ind)
        if col == self.COL_NOTE:
            return target.note or ""
        if col == self.COL_GOAL:
            return goal_text(row.target, ind)
        if col == self.COL_DONE:
            if row.done is None:
                return DASH
            return display_figure(row.done, ind.scale) + ("%" if ind.unit == "%" else "")
        if col == self.COL_PROGRESS:
            return display_growth(row.progress)
        if col == self.COL_CHILDREN:
            total = self._totals.get(ind.code)
            if total is None or not total.counted:
                return ""  # no division holds one yet: nothing to add up
            text = display_figure(total.total, ind.scale)
            if not total.complete:
                text += f" ({total.counted}/{total.expected})"
            return text
        return DASH if row.pace is None else display_growth(row.pace)

    def _edit_text(self, row: IndicatorFigures, col: int) -> str:
        target = row.target_set
        if col == self.COL_KIND:
            return self.kind_of(row.indicator.code).value
        if target is None:
            return ""
        if col == self.COL_FIGURE:
            return _plain(target.figure, _places(target.figure))
        if col == self.COL_NOTE:
            return target.note or ""
        return self._display(row, col)

    def _tooltip(self, row: IndicatorFigures, col: int) -> str | None:
        target = row.target_set
        if target is None:
            return None
        if col == self.COL_NOTE and target.note:
            return target.note
        if col == self.COL_CHILDREN and row.indicator.code in self._totals:
            return self._children_tooltip(self._totals[row.indicator.code], row)
        if col in (self.COL_PROGRESS, self.COL_PACE, self.COL_GOAL):
            return progress_tooltip(
                target,
                row.indicator,
                row.target,
                row.done,
                row.progress,
                row.pace,
                row.pace_basis,
                row.behind,
            )
        return None

    def _children_tooltip(self, total: ChildrenTotal, row: IndicatorFigures) -> str:
        scale = row.indicator.scale
        if not total.complete:
            return (
                self.tr("%1 of %2 divisions hold a target that adds up with this one.")
                .replace("%1", str(total.counted))
                .replace("%2", str(total.expected))
            )
        if total.adds_up:
            return self.tr("The divisions' targets add up to this one.")
        return (
            self.tr("The divisions' targets add up to %1, not %2 (a difference of %3).")
            .replace("%1", display_figure(total.total, scale))
            .replace("%2", display_figure(total.whole, scale))
            .replace("%3", display_figure(total.total - total.whole, scale))
        )


def _places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


class KindDelegate(QStyledItemDelegate):
    """A combo of the four kinds for the Kind column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for kind in KIND_LABELS:
            combo.addItem(kind_label(kind), kind.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TargetsDialog(QDialog):
    """The targets of one region for a year, measured at the end of a month."""

    #: Targets were stored (the return's grid shows them: read it again).
    targets_changed = Signal()

    def __init__(
        self,
        service: TargetService,
        region_code: str,
        year: int,
        month: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.region_code = region_code
        self.setWindowTitle(self.tr("Annual targets"))
        self.resize(1240, 640)
        self.region_label = QLabel(self)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(1990, 2100)
        self.year_box.setValue(year)
        self.year_box.setSuffix(self.tr(" (year)"))
        self.month_box = QSpinBox(self)
        self.month_box.setRange(1, 12)
        self.month_box.setValue(month)
        self.month_box.setPrefix(self.tr("progress to the end of month "))
        self.month_box.setSuffix(self.tr(" (month)"))
        self.only_box = QCheckBox(self.tr("Only indicators with a target"), self)
        top = QHBoxLayout()
        top.addWidget(self.region_label, 1)
        top.addWidget(self.only_box)
        top.addWidget(self.year_box)
        top.addWidget(self.month_box)

        self.model = TargetsTableModel(self)
        # Queued: the rows are read again after the editor has closed, not inside its commit.
        self.model.edit_requested.connect(self._edit, Qt.ConnectionType.QueuedConnection)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(TargetsTableModel.COL_KIND, KindDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.load_button = QPushButton(self.tr("Load example targets…"), self)
        self.load_button.setAutoDefault(False)
        self.load_button.clicked.connect(self.load_set)
        self.import_button = QPushButton(self.tr("Import from a sheet…"), self)
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.import_sheet)
        self.split_button = QPushButton(self.tr("Split among divisions…"), self)
        self.split_button.setAutoDefault(False)
        self.split_button.clicked.connect(self.split_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.load_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.split_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.children_count = 0
        self.reload()
        self.year_box.valueChanged.connect(lambda _v: self.reload())
        self.month_box.valueChanged.connect(lambda _v: self.reload())
        self.only_box.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())

    @property
    def year(self) -> int:
        return self.year_box.value()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()  # the viewport's width is known now

    def reload(self) -> None:
        current = self.view.currentIndex()
        view = self.service.view(self.region_code, self.year, self.month_box.value())
        self.children_count = len(view.children)
        self.region_label.setText(
            self.tr("%1: targets of %2")
            .replace("%1", view.region_name)
            .replace("%2", str(self.year))
        )
        rows = view.rows
        if self.only_box.isChecked():
            rows = tuple(row for row in rows if row.target_set is not None)
        self.model.set_rows(rows, view.children_totals)
        self._fit_columns()
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Every column fitted to its text, the indicator's name at most 260 px; the note
        takes the room left, 160 px at least (the table scrolls sideways if it must)."""
        note = TargetsTableModel.COL_NOTE
        used = 0
        for col in range(self.model.columnCount()):
            if col != note:
                self.view.resizeColumnToContents(col)
                used += self.view.columnWidth(col)
        name = TargetsTableModel.COL_NAME
        if self.view.columnWidth(name) > 260:
            used -= self.view.columnWidth(name) - 260
            self.view.setColumnWidth(name, 260)
        room = self.view.viewport().width() - used
        self.view.setColumnWidth(note, max(160, room))

    def _update_buttons(self) -> None:
        index = self.view.currentIndex()
        has_target = index.isValid() and self.model.row_at(index.row()).target_set is not None
        self.split_button.setEnabled(bool(self.children_count) and has_target)

    def show_message(self, text: str, *, refusal: bool = False) -> None:
        colour = "#b00020" if refusal else "#1d5e2e"
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)

    # --- edits ---------------------------------------------------------------------------------
    def _edit(self, code: str, column: int, text: str) -> None:
        row = self.model.row_at(self.model.row_of(code))
        target = row.target_set
        try:
            if column == TargetsTableModel.COL_KIND:
                kind = TargetKind(text)
                if target is None:
                    self.model.set_draft_kind(code, kind)
                    return
                figure = _plain(target.figure, _places(target.figure))
                self.service.set_text(self.region_code, code, self.year, figure, kind, target.note)
            elif column == TargetsTableModel.COL_FIGURE:
                kind = self.model.kind_of(code)
                note = target.note if target is not None else None
                self.service.set_text(self.region_code, code, self.year, text, kind, note)
            else:
                if target is None:
                    self.show_message(
                        self.tr("Type the target first; a note goes with a target."), refusal=True
                    )
                    return
                figure = _plain(target.figure, _places(target.figure))
                self.service.set_text(self.region_code, code, self.year, figure, target.kind, text)
        except DomainError as error:
            self.show_message(issue_message(error.issue), refusal=True)
            return
        self.show_message(self.tr("Saved the target of %1.").replace("%1", code))
        self.reload()
        self.targets_changed.emit()

    def load_set(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Load example targets"),
            str(TARGET_SETS),
            self.tr("Target sets (*.toml)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            loaded = self.service.load_file(path)
        except DomainError as error:
            self.show_message(issue_message(error.issue), refusal=True)
            return
        text = (
            self.tr("Loaded %1 targets of %2 for %3.")
            .replace("%1", str(len(loaded.stored)))
            .replace("%2", loaded.region_name)
            .replace("%3", str(loaded.year))
        )
        if loaded.unmapped:
            text += " " + self.tr("Not mapped to an indicator: %1.").replace(
                "%1", translate("TargetsDialog", ", ").join(u.item for u in loaded.unmapped)
            )
        if loaded.absent:
            text += " " + self.tr("Not in the catalogue: %1.").replace(
                "%1", ", ".join(loaded.absent)
            )
        if loaded.region_code == self.region_code and loaded.year != self.year:
            self.year_box.setValue(loaded.year)  # reloads
        else:
            self.reload()
        self.show_message(text)
        self.targets_changed.emit()

    def import_sheet(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import targets from a sheet"),
            "",
            self.tr("Workbooks and CSV files (*.xlsx *.csv)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import a sheet of targets: every refused row said with its line, or what was stored."""
        try:
            result = self.service.import_sheet(path)
        except DomainError as error:
            self.show_message(issue_message(error.issue), refusal=True)
            return
        if result.refused:
            lines = [
                self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", issue_message(why))
                for line, why in result.refused
            ]
            head = self.tr("Nothing was imported: %n row(s) refused.", "", len(result.refused))
            self.show_message("\n".join([head, *lines]), refusal=True)
            return
        self.reload()
        self.show_message(
            self.tr("Imported %n target(s) from %1.", "", result.stored).replace("%1", result.file)
        )
        self.targets_changed.emit()

    def split_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        code = self.model.row_at(index.row()).indicator.code
        try:
            plan = self.service.split_plan(self.region_code, code, self.year, SplitMethod.EQUAL)
        except DomainError as error:
            self.show_message(issue_message(error.issue), refusal=True)
            return
        dialog = SplitDialog(self.service, plan, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.reload()  # the divisions' total
                self.show_message(
                    self.tr("The target of %1 was split among %2 divisions.")
                    .replace("%1", code)
                    .replace("%2", str(len(plan.children)))
                )
                self.targets_changed.emit()
        finally:
            dialog.deleteLater()


# --- the split ---------------------------------------------------------------------------------------
class SplitTableModel(HeaderedTableModel):
    COL_NAME = 0
    COL_LAST_YEAR = 1
    COL_PART = 2
    HEADERS = (
        QT_TRANSLATE_NOOP("SplitTableModel", "Division"),
        QT_TRANSLATE_NOOP("SplitTableModel", "Last year"),
        QT_TRANSLATE_NOOP("SplitTableModel", "Part"),
    )

    #: The parts changed (typed, or proposed by a method).
    parts_changed = Signal()

    def __init__(self, plan: SplitPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.scale = plan.indicator.scale
        self._rows: list[tuple[str, str, Figure]] = [
            (code, name, plan.last_year.get(code)) for code, name in plan.children
        ]
        self.texts: dict[str, str] = {}
        self.set_parts(plan.parts)

    def set_parts(self, parts: dict[str, Decimal]) -> None:
        self.texts = {code: _plain(parts[code], self.scale) for code, _n, _l in self._rows}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.COL_PART), self.index(len(self._rows) - 1, self.COL_PART)
            )
        self.parts_changed.emit()

    def numbers(self) -> dict[str, Decimal | None]:
        """Each part as a number; None where the text is not one."""
        found: dict[str, Decimal | None] = {}
        for code, text in self.texts.items():
            try:
                found[code] = parse_input(text).number
            except DomainError:
                found[code] = None
        return found

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.COL_PART:
            return base | Qt.ItemFlag.ItemIsEditable
        return base if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        code, name, last_year = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_NAME:
                return name
            if col == self.COL_LAST_YEAR:
                return display_figure(last_year, self.scale)
            return self.texts.get(code, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COL_PART:
            return ERROR_BRUSH if self.numbers().get(code) is None else EDITABLE_BRUSH
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self.COL_PART:
            return False
        code = self._rows[index.row()][0]
        self.texts[code] = "" if value is None else str(value).strip()
        self.dataChanged.emit(index, index)
        self.parts_changed.emit()
        return True


class SplitDialog(QDialog):
    """A target in parts for the children: a method proposes them, each may be edited, the sum
    is shown against the whole, and 保存 stays disabled until they add up."""

    METHODS = (
        (SplitMethod.EQUAL, QT_TRANSLATE_NOOP("SplitDialog", "Equally")),
        (SplitMethod.LAST_YEAR, QT_TRANSLATE_NOOP("SplitDialog", "In proportion to last year")),
        (SplitMethod.BY_HAND, QT_TRANSLATE_NOOP("SplitDialog", "By hand")),
    )

    def __init__(self, service: TargetService, plan: SplitPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.plan = plan
        ind = plan.indicator
        name = ind.name_en if _language() == "en" else ind.name_zh
        self.setWindowTitle(self.tr("Split a target among divisions"))
        self.resize(560, 460)
        whole = display_figure(plan.whole, ind.scale) + " " + unit_label(ind.unit, _language())
        heading = QLabel(
            self.tr("%1 %2: %3 (%4) to split.")
            .replace("%1", ind.code)
            .replace("%2", name)
            .replace("%3", whole)
            .replace("%4", figure_text(plan.target, ind)),
            self,
        )
        heading.setWordWrap(True)
        self.method_box = QComboBox(self)
        for method, label in self.METHODS:
            self.method_box.addItem(translate("SplitDialog", label), method.value)
        self.model = SplitTableModel(plan, self)
        self.model.parts_changed.connect(self._check)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            SplitTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.sum_label = QLabel(self)
        self.sum_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        method_row = QHBoxLayout()
        method_row.addWidget(QLabel(self.tr("Split:"), self))
        method_row.addWidget(self.method_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(method_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.sum_label)
        layout.addWidget(self.buttons)
        self.method_box.currentIndexChanged.connect(lambda _i: self._propose())
        self._check()

    @property
    def method(self) -> SplitMethod:
        return SplitMethod(self.method_box.currentData())

    def _propose(self) -> None:
        if self.method is SplitMethod.BY_HAND:
            self._check()
            return  # the parts shown stay, to be edited
        try:
            plan = self.service.split_plan(
                self.plan.region_code, self.plan.indicator.code, self.plan.year, self.method
            )
        except DomainError as error:
            self._say(issue_message(error.issue), refusal=True)
            return
        self.model.set_parts(plan.parts)

    def _check(self) -> None:
        numbers = self.model.numbers()
        scale = self.plan.indicator.scale
        bad = [code for code, n in numbers.items() if n is None]
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        whole = display_figure(self.plan.whole, scale)
        if bad:
            names = dict(self.plan.children)
            self._say(
                self.tr("Not a number: %1. Type a number for every division (0 for none).").replace(
                    "%1", "、".join(names[c] for c in bad)
                ),
                refusal=True,
            )
            save.setEnabled(False)
            return
        total = sum((n for n in numbers.values() if n is not None), Decimal(0))
        if total == self.plan.whole:
            self._say(
                self.tr("The parts add up to %1, the whole target.").replace(
                    "%1", display_figure(total, scale)
                )
            )
            save.setEnabled(True)
            return
        self._say(
            self.tr("The parts add up to %1, not %2 (a difference of %3). Change the parts.")
            .replace("%1", display_figure(total, scale))
            .replace("%2", whole)
            .replace("%3", display_figure(total - self.plan.whole, scale)),
            refusal=True,
        )
        save.setEnabled(False)

    def _say(self, text: str, *, refusal: bool = False) -> None:
        self.sum_label.setStyleSheet(f"color: {'#b00020' if refusal else '#1d5e2e'};")
        self.sum_label.setText(text)

    def save(self) -> None:
        try:
            self.service.split(self.plan, self.method, self.model.texts)
        except DomainError as error:
            self._say(issue_message(error.issue), refusal=True)
            return
        self.accept()
