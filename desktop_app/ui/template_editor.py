"""The template editor: open a province's workbook, click a cell, say what goes in it, save.

The workbook is never changed: a new template's workbook is copied byte for byte into the user's
template folder, and only the mapping (a TOML file beside it) is written. A shipped sample edited
here is saved to the user's folder under the same id, so it replaces the sample.

Mappings are immutable and shared (the templates cache feeds export and import): the editor works
on a draft, a new TemplateMapping made with dataclasses.replace at each change and kept on an undo
stack, and saves it through ExcelReturns.save_template. Nothing the clerk has not saved reaches an
export.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.indicators import unit_label
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import MAX_YEAR, MIN_YEAR, Period, PeriodKind
from desktop_app.exporting.excel.check import check_template_file
from desktop_app.exporting.excel.mapping import (
    MAPPING_SUFFIX,
    MAX_ROW,
    REGION_LEVELS,
    Anchor,
    FieldCell,
    HeaderField,
    Measure,
    RegionTable,
    RowMatch,
    SheetGrid,
    SheetKind,
    SheetMapping,
    TableColumn,
    Template,
    TemplateMapping,
    ValueCell,
    copy_untouched,
    keyed_problems,
    mapping_text,
    mapping_to_dict,
    sheet_grid,
    split_coordinate,
    validate_mapping,
)
from desktop_app.exporting.excel.names import build_file_name, file_name_fields
from desktop_app.exporting.excel.read import screen_file
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate
from desktop_app.ui.table_model_base import Index

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

    from desktop_app.domain.regions import Region
    from desktop_app.services.excel_returns import ExcelReturns

MEASURE_TEXTS = {
    Measure.CURRENT: QT_TRANSLATE_NOOP("TemplateEditor", "This period (本期)"),
    Measure.CUMULATIVE: QT_TRANSLATE_NOOP("TemplateEditor", "Year to date (1–N月累计)"),
    Measure.LAST_YEAR: QT_TRANSLATE_NOOP("TemplateEditor", "Same period last year"),
    Measure.LAST_YEAR_CUMULATIVE: QT_TRANSLATE_NOOP("TemplateEditor", "Last year to date"),
    Measure.YOY: QT_TRANSLATE_NOOP("TemplateEditor", "Year on year (%)"),
    Measure.YOY_CUMULATIVE: QT_TRANSLATE_NOOP("TemplateEditor", "Year to date, year on year (%)"),
    Measure.MOM: QT_TRANSLATE_NOOP("TemplateEditor", "On the previous period (%)"),
    Measure.PREVIOUS: QT_TRANSLATE_NOOP("TemplateEditor", "Previous period"),
    Measure.TARGET: QT_TRANSLATE_NOOP("TemplateEditor", "Annual target"),
    Measure.PROGRESS: QT_TRANSLATE_NOOP("TemplateEditor", "Progress to target (%)"),
}
#: The short words a marked cell shows after the indicator's name (网络零售额·本期).
MEASURE_SHORT = {
    Measure.CURRENT: QT_TRANSLATE_NOOP("TemplateEditor", "this period"),
    Measure.CUMULATIVE: QT_TRANSLATE_NOOP("TemplateEditor", "year to date"),
    Measure.LAST_YEAR: QT_TRANSLATE_NOOP("TemplateEditor", "last year"),
    Measure.LAST_YEAR_CUMULATIVE: QT_TRANSLATE_NOOP("TemplateEditor", "last year to date"),
    Measure.YOY: QT_TRANSLATE_NOOP("TemplateEditor", "YoY %"),
    Measure.YOY_CUMULATIVE: QT_TRANSLATE_NOOP("TemplateEditor", "YTD YoY %"),
    Measure.MOM: QT_TRANSLATE_NOOP("TemplateEditor", "MoM %"),
    Measure.PREVIOUS: QT_TRANSLATE_NOOP("TemplateEditor", "previous period"),
    Measure.TARGET: QT_TRANSLATE_NOOP("TemplateEditor", "target"),
    Measure.PROGRESS: QT_TRANSLATE_NOOP("TemplateEditor", "progress %"),
}
FIELD_TEXTS = {
    HeaderField.BUREAU: QT_TRANSLATE_NOOP("TemplateEditor", "Reporting unit (填报单位)"),
    HeaderField.REGION_NAME: QT_TRANSLATE_NOOP("TemplateEditor", "Region name"),
    HeaderField.REGION_CODE: QT_TRANSLATE_NOOP("TemplateEditor", "Region code"),
    HeaderField.PERIOD: QT_TRANSLATE_NOOP("TemplateEditor", "Reporting period (报告期)"),
    HeaderField.PERIOD_YTD: QT_TRANSLATE_NOOP("TemplateEditor", "Period as 1–N月"),
    HeaderField.YEAR: QT_TRANSLATE_NOOP("TemplateEditor", "Year"),
    HeaderField.UNIT_HEAD: QT_TRANSLATE_NOOP("TemplateEditor", "Bureau head (单位负责人)"),
    HeaderField.STATISTICS_HEAD: QT_TRANSLATE_NOOP("TemplateEditor", "Statistics lead"),
    HeaderField.PREPARER: QT_TRANSLATE_NOOP("TemplateEditor", "Preparer (填表人)"),
    HeaderField.PHONE: QT_TRANSLATE_NOOP("TemplateEditor", "Telephone"),
    HeaderField.REPORT_DATE: QT_TRANSLATE_NOOP("TemplateEditor", "Date sent (报出日期)"),
}
KIND_TEXTS = {
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("TemplateEditor", "Monthly"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("TemplateEditor", "Quarterly"),
    PeriodKind.HALF_YEAR: QT_TRANSLATE_NOOP("TemplateEditor", "Half-yearly"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("TemplateEditor", "Annual"),
}
LEVEL_TEXTS = {
    "province": QT_TRANSLATE_NOOP("TemplateEditor", "Province"),
    "prefecture": QT_TRANSLATE_NOOP("TemplateEditor", "City or prefecture"),
    "county": QT_TRANSLATE_NOOP("TemplateEditor", "County"),
    "township": QT_TRANSLATE_NOOP("TemplateEditor", "Township"),
}
MATCH_TEXTS = {
    RowMatch.CODE: QT_TRANSLATE_NOOP("TemplateEditor", "The key column holds region codes"),
    RowMatch.NAME: QT_TRANSLATE_NOOP("TemplateEditor", "The key column holds region names"),
    RowMatch.ORDER: QT_TRANSLATE_NOOP(
        "TemplateEditor", "Empty rows: write the regions in code order"
    ),
}
MAPPED_VALUE = QBrush(QColor("#d9ead3"))
MAPPED_FIELD = QBrush(QColor("#cfe2f3"))
MAPPED_TABLE = QBrush(QColor("#fff2cc"))
ANCHOR = QBrush(QColor("#ead1dc"))
COVERED = QBrush(QColor("#eeeeee"))
BRUSHES = {"value": MAPPED_VALUE, "field": MAPPED_FIELD, "table": MAPPED_TABLE, "anchor": ANCHOR}
# A column holding markers (⟨indicator·measure⟩) widens to its widest one up to this many pixels;
# a longer marker wraps and its row grows.
MARKER_WIDTH = 170


def tr(text: str) -> str:
    return translate("TemplateEditor", text)


def open_for_editing(path: Path) -> Workbook:
    """The whole workbook (merges, formulas, widths), after the same screening as an import."""
    import openpyxl

    screen_file(path)  # refuses .xls, encrypted, damaged or enormous files, with a reason
    try:
        return openpyxl.load_workbook(path)
    except Exception as exc:  # openpyxl raises anything from KeyError to lxml errors
        raise DomainError.of("import_damaged", file=path.name) from exc


def coordinate(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


def default_template(templates: list[Template], home: Region | None) -> Template | None:
    """The template to open first: one made for the home region's province and level.

    Preference: the province and level fit (a template of that very province before one for
    any province, the clerk's own before a sample, one made for fewer levels first), then the
    province alone, then the first.
    """
    if not templates:
        return None
    if home is None:
        return templates[0]

    def rank(template: Template) -> tuple[int, int, int, int]:
        mapping = template.mapping
        province = (2 if mapping.province and home.code.startswith(mapping.province) else 0) or (
            1 if not mapping.province else 0
        )
        level = 1 if home.level.value in mapping.levels else 0
        # Fewer levels is more specific: a city bureau gets the city summary before a form that
        # cities and counties both fill.
        return (-(province > 0 and level), -province, int(mapping.sample), len(mapping.levels))

    return min(templates, key=rank)


class WrappedLabel(QLabel):
    """A word-wrapped label as high as its lines at the width it is given: nested form layouts
    (the region table's group box) otherwise size it for a wider line and cut its lines off."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


def problem_label() -> QLabel:
    """The sentence shown under a field of the form when its value would be refused."""
    label = WrappedLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setVisible(False)
    return label


def with_problem(field: QWidget | QHBoxLayout, problem: QLabel) -> QWidget:
    """A form's field with its problem sentence right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QHBoxLayout):
        layout.addLayout(field)
    else:
        layout.addWidget(field)
    layout.addWidget(problem)
    return box


#: Where a long word of a sentence may break: after the dots, brackets and underscores of a
#: mapping file's key ("sheet[1].table.first_row"), which would otherwise widen the form.
_KEY_BREAK = re.compile(r"([.\]_])(?=\w)")
ZERO_WIDTH_SPACE = "\u200b"


def show_problem(label: QLabel, sentences: list[str]) -> None:
    """The sentences under a field; a long key breaks onto the next line instead of widening
    the form (ZERO_WIDTH_SPACE marks where, and is all that differs from the sentences)."""
    label.setText(_KEY_BREAK.sub(rf"\1{ZERO_WIDTH_SPACE}", "\n".join(sentences)))
    label.setVisible(bool(sentences))


class SheetModel(QAbstractTableModel):
    """One sheet of the workbook, read-only, with the cells the mapping writes marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: SheetGrid | None = None
        self.mapped: dict[str, tuple[str, str]] = {}  # coordinate → (kind, what is put there)

    def set_sheet(self, grid: SheetGrid, mapped: dict[str, tuple[str, str]]) -> None:
        self.beginResetModel()
        self.grid, self.mapped = grid, dict(mapped)
        self.endResetModel()

    def set_mapped(self, mapped: dict[str, tuple[str, str]]) -> None:
        self.mapped = dict(mapped)
        if self.grid is not None and self.grid.rows and self.grid.columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.grid.rows - 1, self.grid.columns - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else self.grid.rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else self.grid.columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return get_column_letter(section + 1)
        return str(section + 1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        cell = self.grid.cell(index.row() + 1, index.column() + 1)
        where = coordinate(cell.row, cell.column)
        marked = self.mapped.get(where)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text if marked is None or marked[0] == "anchor" else f"⟨{marked[1]}⟩"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{where}: {marked[1] if marked else cell.text}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.covered:
                return COVERED
            if marked is not None:
                return BRUSHES[marked[0]]
        return None


class DraftChange(QUndoCommand):
    """One edit of the draft: the mapping before and after (both immutable)."""

    def __init__(
        self, editor: TemplateEditor, before: TemplateMapping, after: TemplateMapping, text: str
    ) -> None:
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after

    def redo(self) -> None:
        self.editor._apply_draft(self.after)

    def undo(self) -> None:
        self.editor._apply_draft(self.before)
        self.editor.status.setText(
            translate("TemplateEditor", "Undone: {change}").replace("{change}", self.text())
        )


class TemplateEditor(QDialog):
    def __init__(
        self,
        excel: ExcelReturns,
        user_folder: Path,
        parent: QWidget | None = None,
        *,
        home: Region | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TemplateEditor", "Templates"))
        self.resize(1200, 700)
        self.excel = excel
        self.user_folder = user_folder
        self.home = home
        self.language = "en" if QLocale().name().startswith("en") else "zh_CN"
        self.template: Template | None = None
        self.draft: TemplateMapping | None = None
        self.saved: TemplateMapping | None = None  # the draft as last loaded or saved
        self.workbook: Workbook | None = None
        self._indicator_names, self._indicator_units = self._indicators()
        self._filling = False  # while the Template tab is filled from the draft
        self._form_sheet = ""  # the sheet whose region table the Template tab shows
        self._templates: list[Template] = []
        self.undo_stack = QUndoStack(self)
        self.unsaved_box: QMessageBox | None = None  # while the unsaved-changes question shows

        self.template_combo = QComboBox()
        self.template_combo.activated.connect(self._template_chosen)
        new_button = QPushButton(translate("TemplateEditor", "New from a workbook…"))
        new_button.clicked.connect(self.new_from_dialog)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._show_sheet)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("TemplateEditor", "Template:")))
        top.addWidget(self.template_combo, 1)
        top.addWidget(new_button)
        top.addWidget(QLabel(translate("TemplateEditor", "Sheet:")))
        top.addWidget(self.sheet_combo)

        self.model = SheetModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(lambda cur, _prev: self._cell_chosen(cur))

        self.tabs = QTabWidget()
        self.tabs.addTab(self._cell_tab(), translate("TemplateEditor", "Cell"))
        self.tabs.addTab(self._template_tab(), translate("TemplateEditor", "Template"))
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        # Mapping files of the template folders that could not be loaded, each with all its
        # problems. A label wraps long sentences reliably (a list's items get elided).
        self.refused_text = QLabel()
        self.refused_text.setWordWrap(True)
        self.refused_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.refused_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused = QScrollArea()
        self.refused.setWidgetResizable(True)
        self.refused.setWidget(self.refused_text)
        self.refused_sentences: list[str] = []
        self.refused_label = QLabel(translate("TemplateEditor", "Templates not loaded:"))
        side = QVBoxLayout()
        side.addWidget(self.tabs, 3)  # the Template tab is a long form (it scrolls)
        side.addWidget(QLabel(translate("TemplateEditor", "Problems:")))
        side.addWidget(self.problems, 1)
        side.addWidget(self.refused_label)
        side.addWidget(self.refused, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 2)
        middle.addLayout(side, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = self.buttons.addButton(
            translate("TemplateEditor", "&Undo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_action = self.undo_stack.createUndoAction(
            self, translate("TemplateEditor", "Undo")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(
            self, translate("TemplateEditor", "Redo")
        )
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.save_button = self.buttons.addButton(
            translate("TemplateEditor", "&Save mapping"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.clicked.connect(self.save_from_dialog)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._templates = excel.templates()
        codes = set(self._indicator_names)
        self.refused_sentences = [
            "\n".join(issue_message(i) for i in check_template_file(r.path, codes))
            or issue_message(r.issue)
            for r in excel.refused_templates()
        ]
        self.refused_text.setText("\n\n".join(self.refused_sentences))
        self.refused_label.setVisible(bool(self.refused_sentences))
        self.refused.setVisible(bool(self.refused_sentences))
        for template in self._templates:
            self.template_combo.addItem(self._template_label(template.mapping), template.id)
        first = default_template(self._templates, home)
        if first is not None:
            self.open_template(first)

    # --- the side panel ----------------------------------------------------------------------------
    def _cell_tab(self) -> QWidget:
        self.cell_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(translate("TemplateEditor", "Not mapped"), "none")
        self.kind_combo.addItem(translate("TemplateEditor", "A figure"), "value")
        self.kind_combo.addItem(translate("TemplateEditor", "A header or footer field"), "field")
        self.kind_combo.addItem(
            translate("TemplateEditor", "A column of the region table"), "column"
        )
        self.kind_combo.addItem(
            translate("TemplateEditor", "Fixed text that identifies the template"), "anchor"
        )
        self.indicator_combo = QComboBox()
        for code, name in self._indicator_names.items():
            self.indicator_combo.addItem(
                translate("TemplateEditor", "{code} {name} ({unit})")
                .replace("{code}", code)
                .replace("{name}", name)
                .replace("{unit}", self._indicator_units[code]),
                code,
            )
        self.measure_combo = QComboBox()
        for measure, text in MEASURE_TEXTS.items():
            self.measure_combo.addItem(tr(text), measure.value)
        self.field_combo = QComboBox()
        for header_field, text in FIELD_TEXTS.items():
            self.field_combo.addItem(tr(text), header_field.value)
        self.number_format_edit = QLineEdit()
        self.number_format_edit.setPlaceholderText(
            translate("TemplateEditor", "empty: from the indicator's decimals, e.g. #,##0.00")
        )
        self.number_format_problem = problem_label()
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.assign_button = QPushButton(translate("TemplateEditor", "&Assign"))
        self.assign_button.setDefault(True)
        self.assign_button.clicked.connect(self.assign_current)
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(translate("TemplateEditor", "Cell:"), self.cell_label)
        form.addRow(translate("TemplateEditor", "Holds:"), self.kind_combo)
        form.addRow(translate("TemplateEditor", "Indicator:"), self.indicator_combo)
        form.addRow(translate("TemplateEditor", "Measure:"), self.measure_combo)
        form.addRow(
            translate("TemplateEditor", "Number format:"),
            with_problem(self.number_format_edit, self.number_format_problem),
        )
        form.addRow(translate("TemplateEditor", "Field:"), self.field_combo)
        self.prefix_edit = QLineEdit()
        self.suffix_edit = QLineEdit()
        self.prefix_edit.setPlaceholderText(translate("TemplateEditor", "e.g. 填报单位（盖章）："))
        self.field_text_problem = problem_label()
        form.addRow(translate("TemplateEditor", "Text before it:"), self.prefix_edit)
        form.addRow(
            translate("TemplateEditor", "Text after it:"),
            with_problem(self.suffix_edit, self.field_text_problem),
        )
        form.addRow(self.assign_button)
        self._kind_chosen()
        return tab

    def _kind_chosen(self) -> None:
        """Only a figure or a table column has an indicator, a measure and a number format."""
        kind = self.kind_combo.currentData()
        figure = kind in ("value", "column")
        for widget in (self.indicator_combo, self.measure_combo, self.number_format_edit):
            widget.setEnabled(figure)
        for widget in (self.field_combo, self.prefix_edit, self.suffix_edit):
            widget.setEnabled(kind == "field")

    def _template_tab(self) -> QWidget:
        """The mapping's own keys and the current sheet's region table, as a form.

        Each field is checked as the clerk types, by the rules a mapping file is loaded with
        (keyed_problems, which `xianbao templates --check` runs too); a refusal is a sentence
        under its field, and Apply takes the form into the draft only when there is none.
        """
        self.title_edit = QLineEdit()
        self.form_number_edit = QLineEdit()
        self.authority_edit = QLineEdit()
        self.approval_edit = QLineEdit()
        self.province_edit = QLineEdit()
        self.province_edit.setMaxLength(2)
        self.province_edit.setPlaceholderText(
            translate("TemplateEditor", "2 digits, e.g. 51; empty for any province")
        )
        self.level_boxes = {level: QCheckBox(tr(LEVEL_TEXTS[level])) for level in REGION_LEVELS}
        levels = QGridLayout()
        for number, box in enumerate(self.level_boxes.values()):
            levels.addWidget(box, number // 2, number % 2)
        self.period_kind_combo = QComboBox()
        for kind, text in KIND_TEXTS.items():
            self.period_kind_combo.addItem(tr(text), kind.value)
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for spin in (self.first_year, self.last_year):
            spin.setRange(MIN_YEAR, MAX_YEAR)
            spin.setGroupSeparatorShown(False)
        years = QHBoxLayout()
        years.addWidget(self.first_year)
        years.addWidget(QLabel(translate("TemplateEditor", "to")))
        years.addWidget(self.last_year)
        years.addStretch(1)
        self.na_text_edit = QLineEdit()
        self.na_text_edit.setPlaceholderText(
            translate("TemplateEditor", "empty: such a cell is left empty")
        )
        self.file_name_edit = QLineEdit()
        self.file_name_edit.setToolTip(
            translate(
                "TemplateEditor",
                "Fixed text and the fields {region_name}, {region_code}, {form_number}, {title}, "
                "{period}, {period_code}",
            )
        )
        self.file_name_example = QLabel()
        self.file_name_example.setWordWrap(True)
        self.table_box = QGroupBox(
            translate("TemplateEditor", "This sheet is a region table (regions as rows)")
        )
        self.table_box.setCheckable(True)
        self.first_row = QSpinBox()
        self.last_row = QSpinBox()
        self.total_row = QSpinBox()
        for spin in (self.first_row, self.last_row, self.total_row):
            spin.setRange(0, MAX_ROW)
        self.total_row.setSpecialValueText(translate("TemplateEditor", "none"))
        self.key_column = QLineEdit()
        self.name_column = QLineEdit()
        for edit in (self.key_column, self.name_column):
            edit.setMaxLength(3)
        self.match_combo = QComboBox()
        for match, text in MATCH_TEXTS.items():
            self.match_combo.addItem(tr(text), match.value)
        # Its longest choice would make the form wider than the side panel (a sideways scroll
        # bar); the combo takes the width the form has and its list shows every choice whole.
        self.match_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.match_combo.setMinimumContentsLength(8)
        # The key of the mapping file each field edits → the sentence shown under the field
        self.form_problem_labels = {
            key: problem_label()
            for key in (
                "title",
                "form_number",
                "authority",
                "approval",
                "province",
                "levels",
                "period_kind",
                "years",
                "na_text",
                "file_name",
                "table.first_row",
                "table.last_row",
                "table.total_row",
                "table.key_column",
                "table.match",
                "table.name_column",
            )
        }
        labels = self.form_problem_labels
        table_form = QFormLayout(self.table_box)
        for text, widget, key in (
            (translate("TemplateEditor", "First region row:"), self.first_row, "table.first_row"),
            (translate("TemplateEditor", "Last region row:"), self.last_row, "table.last_row"),
            (translate("TemplateEditor", "Total row (合计):"), self.total_row, "table.total_row"),
            (translate("TemplateEditor", "Key column:"), self.key_column, "table.key_column"),
            (translate("TemplateEditor", "Rows:"), self.match_combo, "table.match"),
            (translate("TemplateEditor", "Name column:"), self.name_column, "table.name_column"),
        ):
            table_form.addRow(text, with_problem(widget, labels[key]))
        self.table_columns_label = QLabel()
        self.table_columns_label.setWordWrap(True)
        table_form.addRow(translate("TemplateEditor", "Columns:"), self.table_columns_label)
        self.apply_button = QPushButton(translate("TemplateEditor", "A&pply"))
        self.apply_button.clicked.connect(self.apply_template_form)
        tab = QWidget()
        form = QFormLayout(tab)
        file_name = QVBoxLayout()
        file_name.setSpacing(2)
        file_name.addWidget(self.file_name_edit)
        file_name.addWidget(self.file_name_example)
        file_name_box = QWidget()
        file_name_box.setLayout(file_name)
        file_name.setContentsMargins(0, 0, 0, 0)
        for text, field, key in (
            (translate("TemplateEditor", "Title:"), self.title_edit, "title"),
            (
                translate("TemplateEditor", "Form number (表号):"),
                self.form_number_edit,
                "form_number",
            ),
            (
                translate("TemplateEditor", "Authority (制定机关):"),
                self.authority_edit,
                "authority",
            ),
            (
                translate("TemplateEditor", "Approval number (批准文号):"),
                self.approval_edit,
                "approval",
            ),
            (translate("TemplateEditor", "Province:"), self.province_edit, "province"),
            (translate("TemplateEditor", "For regions of level:"), levels, "levels"),
            (translate("TemplateEditor", "Reported:"), self.period_kind_combo, "period_kind"),
            (translate("TemplateEditor", "Valid for the years:"), years, "years"),
            (
                translate("TemplateEditor", "A figure marked 无 is written as:"),
                self.na_text_edit,
                "na_text",
            ),
            (translate("TemplateEditor", "Exported file name:"), file_name_box, "file_name"),
        ):
            if isinstance(field, QGridLayout):
                holder = QWidget()
                holder.setLayout(field)
                field.setContentsMargins(0, 0, 0, 0)
                form.addRow(text, with_problem(holder, labels[key]))
            elif field is file_name_box:
                # A pattern is long ({region_name}_{form_number}_{period}.xlsx): its field
                # takes the form's whole width, under its label.
                label = QLabel(text)
                label.setBuddy(self.file_name_edit)
                form.addRow(label)
                form.addRow(with_problem(field, labels[key]))
            else:
                form.addRow(text, with_problem(field, labels[key]))
        form.addRow(self.table_box)
        form.addRow(self.apply_button)
        for edit in (
            self.title_edit,
            self.form_number_edit,
            self.authority_edit,
            self.approval_edit,
            self.province_edit,
            self.na_text_edit,
            self.file_name_edit,
            self.key_column,
            self.name_column,
        ):
            edit.textChanged.connect(self._form_edited)
        for spin in (
            self.first_year,
            self.last_year,
            self.first_row,
            self.last_row,
            self.total_row,
        ):
            spin.valueChanged.connect(self._form_edited)
        for combo in (self.period_kind_combo, self.match_combo):
            combo.currentIndexChanged.connect(self._form_edited)
        for check in self.level_boxes.values():
            check.toggled.connect(self._form_edited)
        self.table_box.toggled.connect(self._form_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(tab)
        return scroll

    def _fill_template_form(self) -> None:
        draft = self.draft
        if draft is None:
            return
        self._filling = True
        try:
            self.title_edit.setText(draft.title)
            self.form_number_edit.setText(draft.form_number)
            self.authority_edit.setText(draft.authority)
            self.approval_edit.setText(draft.approval)
            self.province_edit.setText(draft.province)
            for level, box in self.level_boxes.items():
                box.setChecked(level in draft.levels)
            self.period_kind_combo.setCurrentIndex(
                self.period_kind_combo.findData(draft.period_kind.value)
            )
            self.first_year.setValue(draft.first_year)
            self.last_year.setValue(draft.last_year)
            self.na_text_edit.setText(draft.na_text)
            self.file_name_edit.setText(draft.file_name)
            self.file_name_edit.setCursorPosition(0)  # the pattern's start, should it not fit
            self._form_sheet = self.sheet_combo.currentText()
            sheet = self._sheet_named(self._form_sheet)
            table = sheet.table if sheet is not None else None
            self.table_box.setChecked(table is not None)
            shown = table or RegionTable(first_row=0, last_row=0, key_column="")
            self.first_row.setValue(shown.first_row)
            self.last_row.setValue(shown.last_row)
            self.total_row.setValue(shown.total_row or 0)
            self.key_column.setText(shown.key_column)
            self.name_column.setText(shown.name_column or "")
            self.match_combo.setCurrentIndex(self.match_combo.findData(shown.match.value))
        finally:
            self._filling = False
        self._show_table_columns()
        self._form_edited()

    def _show_table_columns(self) -> None:
        sheet = self._sheet_named(self._form_sheet)
        columns = sheet.table.columns if sheet is not None and sheet.table is not None else ()
        self.table_columns_label.setText(
            ", ".join(f"{c.column}: {self._value_label(c.indicator, c.measure)}" for c in columns)
            or translate(
                "TemplateEditor",
                "none yet: click a cell of a column, choose "
                "“A column of the region table” and Assign",
            )
        )

    def _form_part(self, mapping: TemplateMapping) -> tuple[TemplateMapping, RegionTable | None]:
        """What the Template tab edits of a mapping: its own keys and the shown sheet's table
        without its columns (those are mapped on the Cell tab)."""
        sheet = next((s for s in mapping.sheets if s.name == self._form_sheet), None)
        table = sheet.table if sheet is not None else None
        return replace(mapping, sheets=()), replace(table, columns=()) if table else None

    def form_draft(self) -> TemplateMapping | None:
        """The draft as the Template tab's fields say (the draft itself until one is edited)."""
        draft = self.draft
        if draft is None:
            return None
        changed = replace(
            draft,
            title=self.title_edit.text().strip(),
            form_number=self.form_number_edit.text().strip(),
            authority=self.authority_edit.text().strip(),
            approval=self.approval_edit.text().strip(),
            province=self.province_edit.text().strip(),
            levels=self._form_levels(draft.levels),
            period_kind=PeriodKind(str(self.period_kind_combo.currentData())),
            first_year=self.first_year.value(),
            last_year=self.last_year.value(),
            na_text=self.na_text_edit.text(),  # spaces are the clerk's choice here
            file_name=self.file_name_edit.text().strip(),
        )
        name = self._form_sheet
        sheet = self._sheet_named(name)
        if self.table_box.isChecked() and name:
            sheet = sheet or SheetMapping(name)
            old = sheet.table
            table = RegionTable(
                first_row=self.first_row.value(),
                last_row=self.last_row.value(),
                key_column=self.key_column.text().strip().upper(),
                match=RowMatch(str(self.match_combo.currentData())),
                name_column=self.name_column.text().strip().upper() or None,
                total_row=self.total_row.value() or None,
                columns=old.columns if old is not None else (),
            )
            sheet = replace(sheet, kind=SheetKind.TABLE, table=table)
        elif sheet is not None:
            sheet = replace(sheet, kind=SheetKind.FORM, table=None)
        return self._with_sheet(changed, sheet) if sheet is not None else changed

    def _form_levels(self, before: tuple[str, ...]) -> tuple[str, ...]:
        """The levels ticked, in the draft's order and the new ones after (order is no change)."""
        ticked = [level for level, box in self.level_boxes.items() if box.isChecked()]
        return tuple(
            [lv for lv in before if lv in ticked] + [lv for lv in ticked if lv not in before]
        )

    @property
    def form_pending(self) -> bool:
        """The Template tab holds edits not yet applied to the draft."""
        return self.draft is not None and self.form_draft() != self.draft

    def form_problems(self) -> dict[str, list[str]]:
        """The sentences of the Template tab's fields, by the key of the mapping file they edit.

        The form's draft is checked whole by keyed_problems, the function that checks a mapping
        file (`xianbao templates --check`); only the problems of keys the form shows are kept.
        """
        candidate = self.form_draft()
        if candidate is None:
            return {}
        names = [s.name for s in candidate.sheets]
        shown = self._form_sheet
        table = f"sheet[{names.index(shown) + 1}].table." if shown in names else None
        found: dict[str, list[str]] = {}
        for problem in keyed_problems(mapping_to_dict(candidate), candidate.id + MAPPING_SUFFIX):
            key = problem.key
            if table is not None and key.startswith(table):
                key = "table." + key[len(table) :]
            if key in self.form_problem_labels:
                found.setdefault(key, []).append(issue_message(problem.issue))
        return found

    def _form_edited(self) -> None:
        """A field of the Template tab changed: its sentence, the example name and the title."""
        if self._filling or self.draft is None:
            return
        found = self.form_problems()
        for key, label in self.form_problem_labels.items():
            show_problem(label, found.get(key, []))
        self._show_file_name_example("file_name" not in found)
        self._update_title()

    def _show_file_name_example(self, valid: bool) -> None:
        candidate = self.form_draft()
        self.file_name_example.setVisible(candidate is not None and valid)
        if candidate is None or not valid:
            self.file_name_example.clear()
            return
        home = self.home
        period = Period(candidate.period_kind, candidate.last_year, 1)
        fields = file_name_fields(
            region_name=home.name
            if home is not None
            else translate("TemplateEditor", "Tongjiang County"),
            region_code=home.code if home is not None else "511921",
            form_number=candidate.form_number,
            title=candidate.title,
            period=period,
        )
        name = build_file_name(candidate.file_name, fields, candidate.id)
        self.file_name_example.setText(
            translate("TemplateEditor", "For example: {name}").replace("{name}", name)
        )

    def apply_template_form(self) -> bool:
        """Put the Template tab's keys and region table into the draft (one undoable change).

        False, with the fields' sentences shown, while a field holds what a mapping refuses.
        """
        changed = self.form_draft()
        if changed is None or self.draft is None:
            return False
        found = self.form_problems()
        if found:
            for key, label in self.form_problem_labels.items():
                show_problem(label, found.get(key, []))
            self._show_problems([sentence for key in found for sentence in found[key]])
            self.status.setText(
                translate(
                    "TemplateEditor",
                    "The template settings were not applied: correct the fields marked in red "
                    "on the Template tab first.",
                )
            )
            return False
        if changed != self.draft:
            self._change(changed, translate("TemplateEditor", "template settings changed"))
        return True

    # --- loading ---------------------------------------------------------------------------------
    def _indicators(self) -> tuple[dict[str, str], dict[str, str]]:
        """Code → name and code → unit of the active indicators, in the interface's language."""
        english = self.language == "en"
        names: dict[str, str] = {}
        units: dict[str, str] = {}
        for indicator in self.excel.indicators():
            names[indicator.code] = indicator.name_en if english else indicator.name_zh
            units[indicator.code] = unit_label(indicator.unit, self.language)
        return names, units

    @staticmethod
    def _template_label(mapping: TemplateMapping) -> str:
        sample = translate("TemplateEditor", " (sample)") if mapping.sample else ""
        province = f" [{mapping.province}]" if mapping.province else ""
        return f"{mapping.form_number} {mapping.title}{province}{sample}"

    @property
    def mapping(self) -> TemplateMapping | None:
        """The draft being edited (read-only: change it through assign or the Template tab)."""
        return self.draft

    @property
    def dirty(self) -> bool:
        """Changes not saved: in the draft, or typed on the Template tab and not yet applied."""
        return self.draft is not None and (self.draft != self.saved or self.form_pending)

    def _template_chosen(self, index: int) -> None:
        template = self._templates[index]
        if self.template is not None and template.id == self.template.id:
            return
        if not self.confirm_leaving():
            if self.template is not None:
                self.template_combo.setCurrentIndex(self.template_combo.findData(self.template.id))
            return
        self.open_template(template)

    def open_template(self, template: Template, *, saved: bool = True) -> None:
        try:
            workbook = open_for_editing(template.workbook_path)
        except DomainError as exc:
            self._show_problems([issue_message(exc.issue)])
            return
        self.template, self.workbook = template, workbook
        self.draft = template.mapping
        self.saved = template.mapping if saved else None
        self.undo_stack.clear()
        index = self.template_combo.findData(template.id)
        if index >= 0:
            self.template_combo.setCurrentIndex(index)
        self._form_sheet = ""  # the form shows the template being left: nothing to apply
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(workbook.sheetnames)
        self.sheet_combo.blockSignals(False)
        self._show_sheet(workbook.sheetnames[0])
        self.status.clear()
        self._update_title()
        self.validate()

    def new_from_workbook(
        self,
        source: Path,
        title: str,
        form_number: str,
        period_kind: PeriodKind,
        levels: tuple[str, ...] | None = None,
    ) -> Template:
        """A new, empty mapping for a province's workbook, copied untouched into the user folder.

        Made for the home region's province and level unless `levels` says otherwise; it is a
        draft until saved.
        """
        open_for_editing(source)  # refuses .xls, damaged, encrypted or enormous files
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:10]
        template_id = f"user-{digest}"
        workbook_name = f"{template_id}.xlsx"
        copy_untouched(source, self.user_folder / workbook_name)
        wb = open_for_editing(self.user_folder / workbook_name)
        year = date.today().year
        home = self.home
        mapping = TemplateMapping(
            id=template_id,
            title=title,
            form_number=form_number,
            workbook=workbook_name,
            period_kind=period_kind,
            first_year=year - 1,
            last_year=year + 4,
            province=home.code[:2] if home is not None else "",
            levels=levels or ((home.level.value,) if home is not None else ("county",)),
            description=source.name,
            sheets=(SheetMapping(wb.sheetnames[0]),),
        )
        template = Template(mapping, self.user_folder / f"{template_id}.toml")
        self.template_combo.addItem(self._template_label(mapping), template_id)
        self._templates.append(template)
        self.open_template(template, saved=False)
        return template

    def new_from_dialog(self) -> None:
        if not self.confirm_leaving():
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("TemplateEditor", "The province's workbook"),
            str(Path.home()),
            translate("TemplateEditor", "Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        title, ok = QInputDialog.getText(
            self,
            translate("TemplateEditor", "New template"),
            translate("TemplateEditor", "Title of the return:"),
        )
        if not ok or not title.strip():
            return
        number, ok = QInputDialog.getText(
            self,
            translate("TemplateEditor", "New template"),
            translate("TemplateEditor", "Form number (表号):"),
        )
        if not ok:
            return
        kinds = list(KIND_TEXTS)
        label, ok = QInputDialog.getItem(
            self,
            translate("TemplateEditor", "New template"),
            translate("TemplateEditor", "How often:"),
            [tr(KIND_TEXTS[k]) for k in kinds],
            0,
            False,
        )
        if not ok:
            return
        kind = kinds[[tr(KIND_TEXTS[k]) for k in kinds].index(label)]
        try:
            self.new_from_workbook(Path(chosen), title.strip(), number.strip(), kind)
        except DomainError as exc:
            self._show_problems([issue_message(exc.issue)])

    # --- the sheet -------------------------------------------------------------------------------
    def _current_sheet(self) -> SheetMapping | None:
        return self._sheet_named(self.sheet_combo.currentText())

    def _sheet_named(self, name: str) -> SheetMapping | None:
        if self.draft is None:
            return None
        return next((s for s in self.draft.sheets if s.name == name), None)

    @staticmethod
    def _with_sheet(draft: TemplateMapping, sheet: SheetMapping) -> TemplateMapping:
        """The draft with `sheet` in place of the sheet of its name (added when it had none)."""
        if any(s.name == sheet.name for s in draft.sheets):
            sheets = tuple(sheet if s.name == sheet.name else s for s in draft.sheets)
        else:
            sheets = (*draft.sheets, sheet)
        return replace(draft, sheets=sheets)

    def _value_label(self, indicator: str, measure: Measure) -> str:
        name = self._indicator_names.get(indicator, indicator)
        return f"{name}·{tr(MEASURE_SHORT[measure])}"

    def _mapped(self, grid: SheetGrid) -> dict[str, tuple[str, str]]:
        """Coordinate → (kind, what the mapping writes there), in the clerk's language."""
        if self.draft is None:
            return {}
        names = grid.defined_names

        def at(address: str) -> str:
            return names.get(address, address).upper()

        shown: dict[str, tuple[str, str]] = {}
        for sheet in self.draft.sheets:
            if sheet.name != grid.name:
                continue
            for anchor in sheet.anchors:
                shown[at(anchor.cell)] = ("anchor", anchor.text)
            if sheet.table is not None:
                table = sheet.table
                labels = {
                    c.column: self._value_label(c.indicator, c.measure) for c in table.columns
                }
                labels[table.key_column] = (
                    translate("TemplateEditor", "region name")
                    if table.match is RowMatch.NAME
                    else translate("TemplateEditor", "region code")
                )
                if table.name_column:
                    labels[table.name_column] = translate("TemplateEditor", "region name")
                for cell in table.cells():
                    column = cell.rstrip("0123456789")
                    shown[cell] = ("table", labels.get(column, ""))
            for value in sheet.values:
                shown[at(value.cell)] = ("value", self._value_label(value.indicator, value.measure))
            for header in sheet.fields:
                shown[at(header.cell)] = ("field", tr(FIELD_TEXTS[header.field]))
        return shown

    def _show_sheet(self, name: str) -> None:
        if self.workbook is None or not name:
            return
        left = self._form_sheet
        if left and left != name and self.form_pending and not self.apply_template_form():
            # What was typed on the Template tab (its region table is the sheet's being left)
            # is applied on the way; while a field is refused, the clerk stays on that sheet.
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.setCurrentText(left)
            self.sheet_combo.blockSignals(False)
            self.tabs.setCurrentIndex(1)
            return
        grid = sheet_grid(self.workbook, name)
        self.model.set_sheet(grid, self._mapped(grid))
        self.view.clearSpans()
        for cell in grid.cells.values():
            if cell.span != (1, 1):
                self.view.setSpan(cell.row - 1, cell.column - 1, *cell.span)
        for column, width in grid.column_widths.items():
            self.view.setColumnWidth(column - 1, int(width * 7.5))
        self._fit_markers()
        self._fill_template_form()

    def _fit_markers(self) -> None:
        """Every marker is read whole: a column holding markers widens to its widest one (up to
        MARKER_WIDTH), and a row grows to the lines its markers wrap onto."""
        grid = self.model.grid
        if grid is None:
            return
        view = self.view
        metrics = view.fontMetrics()
        style = view.style()
        # The item delegate's text margins (QCommonStyle: the focus frame's margin + 1 each side)
        h_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        v_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, view) + 1)
        single: list[tuple[int, int, str]] = []  # (row, column, marker), both from 0
        for where, (kind, _label) in self.model.mapped.items():
            row, column = split_coordinate(where)
            cell = grid.cell(row, column)
            if kind == "anchor" or cell.covered or cell.span != (1, 1):
                continue  # an anchor shows the sheet's text; a merged cell has its own room
            marker = self.model.data(self.model.index(row - 1, column - 1))
            if isinstance(marker, str):
                single.append((row - 1, column - 1, marker))
        widest: dict[int, int] = {}
        for _row, column, marker in single:
            need = metrics.horizontalAdvance(marker) + h_margin + 2
            widest[column] = max(widest.get(column, 0), need)
        for column, need in widest.items():
            now = view.columnWidth(column)
            view.setColumnWidth(column, max(now, min(need, MARKER_WIDTH)))
        high: dict[int, int] = {}
        for row, column, marker in single:
            room = QRect(0, 0, max(1, view.columnWidth(column) - h_margin), 100_000)
            lines = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, marker)
            high[row] = max(high.get(row, 0), lines.height() + v_margin + 2)
        for row, need in high.items():
            if view.rowHeight(row) < need:
                view.setRowHeight(row, need)

    def _cell_chosen(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        where = coordinate(current.row() + 1, current.column() + 1)
        marked = self.model.mapped.get(where)
        self.cell_label.setText(f"{where}  {marked[1]}" if marked else where)
        sheet = self._current_sheet()
        if sheet is None:  # nothing mapped on this sheet yet
            return
        names = self.model.grid.defined_names if self.model.grid else {}
        self.number_format_edit.clear()
        self.prefix_edit.clear()
        self.suffix_edit.clear()
        show_problem(self.field_text_problem, [])
        show_problem(self.number_format_problem, [])
        figures: list[tuple[str, ValueCell | TableColumn]] = [
            ("value", v) for v in sheet.values if names.get(v.cell, v.cell).upper() == where
        ]
        table = sheet.table
        if table is not None and table.first_row <= current.row() + 1 <= table.last_row:
            column = get_column_letter(current.column() + 1)
            figures += [("column", c) for c in table.columns if c.column == column]
        for kind, figure in figures:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
            self.indicator_combo.setCurrentIndex(self.indicator_combo.findData(figure.indicator))
            self.measure_combo.setCurrentIndex(self.measure_combo.findData(figure.measure.value))
            self.number_format_edit.setText(figure.number_format or "")
            return
        for header in sheet.fields:
            if names.get(header.cell, header.cell).upper() == where:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData("field"))
                self.field_combo.setCurrentIndex(self.field_combo.findData(header.field.value))
                self.prefix_edit.setText(header.prefix)
                self.suffix_edit.setText(header.suffix)
                return

    # --- editing -------------------------------------------------------------------------------
    def _change(self, after: TemplateMapping, text: str) -> None:
        assert self.draft is not None
        self.undo_stack.push(DraftChange(self, self.draft, after, text))

    def _apply_draft(self, draft: TemplateMapping) -> None:
        # A cell mapped (or that undone) while fields typed on the Template tab are not yet
        # applied keeps them typed: the change did not touch what the form edits.
        keep_typed = (
            self.draft is not None
            and self.form_pending
            and self._form_part(self.draft) == self._form_part(draft)
        )
        self.draft = draft
        index = self.template_combo.findData(draft.id)
        if index >= 0:  # the title or 表号 may have changed
            self.template_combo.setItemText(index, self._template_label(draft))
        if self.model.grid is not None:
            self.model.set_mapped(self._mapped(self.model.grid))
            self._fit_markers()
        if keep_typed:
            self._show_table_columns()
            self._form_edited()
        else:
            self._fill_template_form()
        self._update_title()
        self.validate()
        self._cell_chosen(self.view.currentIndex())  # the cell's line says what it holds now

    def _update_title(self) -> None:
        title = translate("TemplateEditor", "Templates")
        if self.draft is not None:
            title += f" — {self.draft.form_number} {self.draft.title}"
            if self.dirty:
                title += " *"
        self.setWindowTitle(title)

    def assign(
        self,
        sheet_name: str,
        where: str,
        *,
        indicator: str | None = None,
        measure: Measure | None = None,
        header_field: HeaderField | None = None,
        prefix: str = "",
        suffix: str = "",
        table_column: bool = False,
        anchor: bool = False,
        number_format: str | None = None,
    ) -> bool:
        """Map one cell: a figure, a field, a table column, an anchor, or nothing.

        What the cell held before is replaced, and the status line says so (Ctrl+Z undoes it).
        False, with the reason in the status line, when the cell cannot take it.
        """
        if self.draft is None:
            return False
        where = where.upper()
        row, column_number = split_coordinate(where)  # refuses a malformed address
        column = get_column_letter(column_number)
        sheet = next((s for s in self.draft.sheets if s.name == sheet_name), None)
        sheet = sheet or SheetMapping(sheet_name)
        grid = self.model.grid if self.model.grid and self.model.grid.name == sheet_name else None
        names = grid.defined_names if grid is not None else {}
        before = self._mapped(grid).get(where) if grid is not None else None
        table = sheet.table
        in_table = table is not None and table.first_row <= row <= table.last_row
        if table_column:
            if table is None or not in_table:
                self.status.setText(
                    translate(
                        "TemplateEditor",
                        "{cell} is not in the rows of a region table. Set the table's rows on "
                        "the Template tab first.",
                    ).replace("{cell}", where)
                )
                return False
        elif (
            in_table
            and table is not None
            and column in {c.column for c in table.columns}
            and (indicator is not None or header_field is not None or anchor)
        ):
            self.status.setText(
                translate(
                    "TemplateEditor",
                    "{cell} is in column {column} of the region table. Remove the column "
                    "(choose “Not mapped” with a cell of it) before mapping a single cell there.",
                )
                .replace("{cell}", where)
                .replace("{column}", column)
            )
            return False

        def elsewhere(address: str) -> bool:
            return names.get(address, address).upper() != where

        sheet = replace(
            sheet,
            values=tuple(v for v in sheet.values if elsewhere(v.cell)),
            fields=tuple(f for f in sheet.fields if elsewhere(f.cell)),
            anchors=tuple(a for a in sheet.anchors if elsewhere(a.cell)),
        )
        if table is not None and in_table:
            columns = tuple(c for c in table.columns if c.column != column)
            if table_column and indicator is not None and measure is not None:
                columns = tuple(
                    sorted(
                        (*columns, TableColumn(column, indicator, measure, number_format)),
                        key=lambda c: (len(c.column), c.column),
                    )
                )
            sheet = replace(sheet, table=replace(table, columns=columns))
        after = None
        if table_column:
            if indicator is not None and measure is not None:
                after = self._value_label(indicator, measure)
        elif indicator is not None and measure is not None:
            value = ValueCell(where, indicator, measure, number_format)
            sheet = replace(sheet, values=(*sheet.values, value))
            after = self._value_label(indicator, measure)
        elif header_field is not None:
            header = FieldCell(where, header_field, prefix, suffix)
            sheet = replace(sheet, fields=(*sheet.fields, header))
            after = tr(FIELD_TEXTS[header_field])
        elif anchor:
            text = grid.cell(row, column_number).text if grid is not None else ""
            if not text.strip():
                self.status.setText(
                    translate(
                        "TemplateEditor",
                        "{cell} is empty: an anchor is a cell whose fixed text identifies the template.",
                    ).replace("{cell}", where)
                )
                return False
            sheet = replace(sheet, anchors=(*sheet.anchors, Anchor(where, text)))
            after = text
        draft = self._with_sheet(self.draft, sheet)
        # Checked by the rules a mapping file is read with; the loaded draft met them all, so a
        # problem of a number format, prefix or suffix is one of this cell's
        problems = keyed_problems(mapping_to_dict(draft), draft.id + MAPPING_SUFFIX)
        formats = [issue_message(p.issue) for p in problems if p.key.endswith(".number_format")]
        texts = [issue_message(p.issue) for p in problems if p.key.endswith((".prefix", ".suffix"))]
        show_problem(self.number_format_problem, formats)
        show_problem(self.field_text_problem, texts)
        refused = formats + texts
        if refused:
            self.status.setText("\n".join(refused))
            return False
        if draft == self.draft:
            self.status.setText(
                translate("TemplateEditor", "{cell}: nothing changed.").replace("{cell}", where)
            )
            return True
        old = before[1] if before is not None else ""
        if old and old == after:
            said = translate("TemplateEditor", "{cell}: {new}, settings changed. Ctrl+Z undoes it.")
        elif old and after:
            said = translate(
                "TemplateEditor", "{cell}: “{old}” replaced by “{new}”. Ctrl+Z undoes it."
            )
        elif old:
            said = translate("TemplateEditor", "{cell}: “{old}” removed. Ctrl+Z undoes it.")
        else:
            said = translate("TemplateEditor", "{cell}: {new}.")
        said = said.replace("{cell}", where).replace("{old}", old).replace("{new}", after or "")
        self._change(draft, said)
        self.status.setText(said)
        return True

    def assign_current(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid() or self.draft is None:
            return
        where = coordinate(current.row() + 1, current.column() + 1)
        kind = self.kind_combo.currentData()
        sheet = self.sheet_combo.currentText()
        indicator = str(self.indicator_combo.currentData())
        measure = Measure(str(self.measure_combo.currentData()))
        number_format = self.number_format_edit.text().strip() or None
        if kind == "value":
            done = self.assign(
                sheet, where, indicator=indicator, measure=measure, number_format=number_format
            )
        elif kind == "column":
            done = self.assign(
                sheet,
                where,
                indicator=indicator,
                measure=measure,
                table_column=True,
                number_format=number_format,
            )
        elif kind == "field":
            header = HeaderField(str(self.field_combo.currentData()))
            done = self.assign(
                sheet,
                where,
                header_field=header,
                prefix=self.prefix_edit.text(),
                suffix=self.suffix_edit.text(),
            )
        elif kind == "anchor":
            done = self.assign(sheet, where, anchor=True)
        else:
            done = self.assign(sheet, where)
        if done:
            below = self.model.index(
                min(current.row() + 1, self.model.rowCount() - 1), current.column()
            )
            self.view.setCurrentIndex(below)

    def validate(self) -> list[str]:
        if self.draft is None or self.workbook is None:
            return []
        problems = [
            issue_message(p.issue)
            for p in validate_mapping(self.draft, self.workbook, set(self._indicator_names))
        ]
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(
            problems or [translate("TemplateEditor", "None: every mapped cell can be written.")]
        )

    def save(self) -> Path | None:
        """Validate, then save the draft into the user folder. None when it has problems."""
        if self.draft is None or self.template is None:
            return None
        if self.form_pending and not self.apply_template_form():
            self.tabs.setCurrentIndex(1)  # where the fields marked in red are
            return None
        if self.validate():
            return None
        draft = replace(
            self.draft,
            sheets=tuple(s for s in self.draft.sheets if s.values or s.fields or s.table),
        )
        try:
            mapping_text(draft, f"{draft.id}.toml")  # refuses, among others, a mapping of nothing
            saved = self.excel.save_template(draft, self.template.workbook_path, self.user_folder)
        except DomainError as exc:  # also a full disk or a folder that cannot be written
            self._show_problems([issue_message(exc.issue)])
            return None
        self.template, self.saved = saved, self.draft
        self._templates = [saved if t.id == saved.id else t for t in self._templates]
        self._update_title()
        return saved.mapping_path

    def save_from_dialog(self) -> None:
        path = self.save()
        if path is not None:
            said = translate("TemplateEditor", "Saved {path}").replace("{path}", str(path))
            self.problems.clear()
            self.problems.addItem(said)
            self.status.setText(said)

    # --- leaving -----------------------------------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel, asked in a message box (`self.unsaved_box` while it shows)."""
        assert self.draft is not None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("TemplateEditor", "Unsaved mapping"),
            translate(
                "TemplateEditor",
                "The mapping of “{title}” has changes that are not saved. Save them?",
            ).replace("{title}", f"{self.draft.form_number} {self.draft.title}"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        self.unsaved_box = box
        try:
            return QMessageBox.StandardButton(box.exec())
        finally:
            self.unsaved_box = None
            box.deleteLater()

    def confirm_leaving(self) -> bool:
        """True when the draft may be left: nothing unsaved, saved now, or discarded."""
        if not self.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save() is not None
        return answer == QMessageBox.StandardButton.Discard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Z / Ctrl+Y reach here from the sheet when the shortcut did not take them (the
        # dialog not yet the active window); the undo actions take them otherwise.
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.undo_stack.redo()
        else:
            super().keyPressEvent(event)

    def reject(self) -> None:  # Close, Esc and the window's close button
        if self.confirm_leaving():
            super().reject()


def open_template_editor(
    excel: ExcelReturns, user_folder: Path, parent: QWidget | None, home: Region | None = None
) -> None:
    editor = TemplateEditor(excel, user_folder, parent, home=home)
    try:
        editor.exec()
    finally:
        editor.deleteLater()
