"""The template editor: open a province's workbook, click a cell, say what goes in it, save.

The workbook is never changed: a new template's workbook is copied byte for byte into the user's
template folder, and only the mapping (a TOML file beside it) is written. A shipped sample edited
here is saved to the user's folder under the same id, so it replaces the sample.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import PeriodKind
from desktop_app.exporting.excel.mapping import (
    MAPPING_SUFFIX,
    FieldCell,
    HeaderField,
    Measure,
    SheetGrid,
    SheetMapping,
    Template,
    TemplateMapping,
    ValueCell,
    mapping_text,
    sheet_grid,
    split_coordinate,
    validate_mapping,
)
from desktop_app.exporting.excel.read import screen_file
from desktop_app.files import file_write_error, write_file_atomically
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate
from desktop_app.ui.table_model_base import Index

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

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
MAPPED_VALUE = QBrush(QColor("#d9ead3"))
MAPPED_FIELD = QBrush(QColor("#cfe2f3"))
COVERED = QBrush(QColor("#eeeeee"))


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


def copy_untouched(source: Path, target: Path) -> None:
    """The province's workbook copied byte for byte, whole or not at all (DomainError if not)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
    except OSError as exc:
        raise file_write_error(target, exc) from exc
    write_file_atomically(target, data)


def coordinate(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


class SheetModel(QAbstractTableModel):
    """One sheet of the workbook, read-only, with the cells the mapping writes coloured."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: SheetGrid | None = None
        self.mapped: dict[str, str] = {}  # coordinate → what the mapping puts there

    def set_sheet(self, grid: SheetGrid, mapped: dict[str, str]) -> None:
        self.beginResetModel()
        self.grid, self.mapped = grid, dict(mapped)
        self.endResetModel()

    def set_mapped(self, mapped: dict[str, str]) -> None:
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
        if role == Qt.ItemDataRole.DisplayRole:
            mapped = self.mapped.get(where)
            return f"⟨{mapped}⟩" if mapped else cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{where}: {self.mapped.get(where, cell.text)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.covered:
                return COVERED
            mapped = self.mapped.get(where)
            if mapped:
                return MAPPED_FIELD if mapped.startswith("#") else MAPPED_VALUE
        return None


class TemplateEditor(QDialog):
    def __init__(
        self, excel: ExcelReturns, user_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TemplateEditor", "Templates"))
        self.resize(1200, 720)
        self.excel = excel
        self.user_folder = user_folder
        self.template: Template | None = None
        self.mapping: TemplateMapping | None = None
        self.workbook: Workbook | None = None
        self._indicator_names = self._indicators()
        self._templates: list[Template] = []

        self.template_combo = QComboBox()
        self.template_combo.activated.connect(lambda i: self.open_template(self._templates[i]))
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

        self.cell_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(translate("TemplateEditor", "Not mapped"), "none")
        self.kind_combo.addItem(translate("TemplateEditor", "A figure"), "value")
        self.kind_combo.addItem(translate("TemplateEditor", "A header or footer field"), "field")
        self.indicator_combo = QComboBox()
        for code, name in self._indicator_names.items():
            self.indicator_combo.addItem(f"{code} {name}", code)
        self.measure_combo = QComboBox()
        for measure, text in MEASURE_TEXTS.items():
            self.measure_combo.addItem(tr(text), measure.value)
        self.field_combo = QComboBox()
        for header_field, text in FIELD_TEXTS.items():
            self.field_combo.addItem(tr(text), header_field.value)
        self.assign_button = QPushButton(translate("TemplateEditor", "&Assign"))
        self.assign_button.setDefault(True)
        self.assign_button.clicked.connect(self.assign_current)
        form = QFormLayout()
        form.addRow(translate("TemplateEditor", "Cell:"), self.cell_label)
        form.addRow(translate("TemplateEditor", "Holds:"), self.kind_combo)
        form.addRow(translate("TemplateEditor", "Indicator:"), self.indicator_combo)
        form.addRow(translate("TemplateEditor", "Measure:"), self.measure_combo)
        form.addRow(translate("TemplateEditor", "Field:"), self.field_combo)
        form.addRow(self.assign_button)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        # Mapping files of the template folders that could not be loaded, each with its reason.
        # A label wraps long sentences reliably (a list's items get elided); it can be copied.
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
        side.addLayout(form)
        side.addWidget(QLabel(translate("TemplateEditor", "Problems:")))
        side.addWidget(self.problems, 1)
        side.addWidget(self.refused_label)
        side.addWidget(self.refused, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 3)
        middle.addLayout(side, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            translate("TemplateEditor", "&Save mapping"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.clicked.connect(self.save_from_dialog)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)

        self._templates = excel.templates()
        self.refused_sentences = [issue_message(r.issue) for r in excel.refused_templates()]
        self.refused_text.setText("\n\n".join(self.refused_sentences))
        self.refused_label.setVisible(bool(self.refused_sentences))
        self.refused.setVisible(bool(self.refused_sentences))
        for template in self._templates:
            self.template_combo.addItem(
                f"{template.mapping.form_number} {template.mapping.title}", template.id
            )
        if self._templates:
            self.open_template(self._templates[0])

    # --- loading ---------------------------------------------------------------------------------
    def _indicators(self) -> dict[str, str]:
        from desktop_app.persistence.repositories import IndicatorRepository

        with self.excel.sessions() as session:
            return {
                row.indicator.code: row.indicator.name_zh
                for row in IndicatorRepository(session).active()
            }

    def open_template(self, template: Template) -> None:
        try:
            workbook = open_for_editing(template.workbook_path)
        except DomainError as exc:
            self._show_problems([issue_message(exc.issue)])
            return
        self.template, self.mapping, self.workbook = template, template.mapping, workbook
        index = self.template_combo.findData(template.id)
        if index >= 0:
            self.template_combo.setCurrentIndex(index)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(workbook.sheetnames)
        self.sheet_combo.blockSignals(False)
        self._show_sheet(workbook.sheetnames[0])
        self.validate()

    def new_from_workbook(
        self,
        source: Path,
        title: str,
        form_number: str,
        period_kind: PeriodKind,
        levels: tuple[str, ...] = ("county",),
    ) -> Template:
        """A new, empty mapping for a province's workbook, copied untouched into the user folder."""
        open_for_editing(source)  # refuses .xls, damaged, encrypted or enormous files
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:10]
        template_id = f"user-{digest}"
        workbook_name = f"{template_id}.xlsx"
        copy_untouched(source, self.user_folder / workbook_name)
        year = date.today().year
        mapping = TemplateMapping(
            id=template_id,
            title=title,
            form_number=form_number,
            workbook=workbook_name,
            period_kind=period_kind,
            first_year=year - 1,
            last_year=year + 4,
            levels=list(levels),
            description=source.name,
        )
        wb = open_for_editing(self.user_folder / workbook_name)
        mapping.sheets = [SheetMapping(wb.sheetnames[0])]
        template = Template(mapping, self.user_folder / f"{template_id}.toml")
        self.template_combo.addItem(f"{form_number} {title}", template_id)
        self._templates.append(template)
        self.open_template(template)
        return template

    def new_from_dialog(self) -> None:
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
    def _sheet_mapping(self, name: str) -> SheetMapping:
        assert self.mapping is not None
        for sheet in self.mapping.sheets:
            if sheet.name == name:
                return sheet
        sheet = SheetMapping(name)
        self.mapping.sheets.append(sheet)
        return sheet

    def _mapped(self, grid: SheetGrid) -> dict[str, str]:
        """Coordinate → what the mapping writes there (defined names resolved to their cell)."""
        assert self.mapping is not None
        name, names = grid.name, grid.defined_names

        def at(address: str) -> str:
            return names.get(address, address).upper()

        shown: dict[str, str] = {}
        for sheet in self.mapping.sheets:
            if sheet.name != name:
                continue
            for value in sheet.values:
                shown[at(value.cell)] = f"{value.indicator}·{value.measure.value}"
            for header in sheet.fields:
                shown[at(header.cell)] = f"#{header.field.value}"
            if sheet.table is not None:
                for cell in sheet.table.cells():
                    shown.setdefault(cell, "table")
        return shown

    def _show_sheet(self, name: str) -> None:
        if self.workbook is None or not name:
            return
        grid = sheet_grid(self.workbook, name)
        self.model.set_sheet(grid, self._mapped(grid))
        self.view.clearSpans()
        for cell in grid.cells.values():
            if cell.span != (1, 1):
                self.view.setSpan(cell.row - 1, cell.column - 1, *cell.span)
        for column, width in grid.column_widths.items():
            self.view.setColumnWidth(column - 1, int(width * 7.5))

    def _cell_chosen(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        where = coordinate(current.row() + 1, current.column() + 1)
        self.cell_label.setText(where)
        if self.mapping is None:
            return
        name = self.sheet_combo.currentText()
        sheet = next((s for s in self.mapping.sheets if s.name == name), None)
        if sheet is None:  # nothing mapped on this sheet yet
            return
        for value in sheet.values:
            if value.cell.upper() == where:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData("value"))
                self.indicator_combo.setCurrentIndex(self.indicator_combo.findData(value.indicator))
                self.measure_combo.setCurrentIndex(self.measure_combo.findData(value.measure.value))
                return
        for header in sheet.fields:
            if header.cell.upper() == where:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData("field"))
                self.field_combo.setCurrentIndex(self.field_combo.findData(header.field.value))
                return

    # --- editing -------------------------------------------------------------------------------
    def assign(
        self,
        sheet_name: str,
        where: str,
        *,
        indicator: str | None = None,
        measure: Measure | None = None,
        header_field: HeaderField | None = None,
    ) -> None:
        """Map one cell (a figure, a field, or nothing when neither is given)."""
        sheet = self._sheet_mapping(sheet_name)
        where = where.upper()
        split_coordinate(where)  # refuses a malformed address
        sheet.values = [v for v in sheet.values if v.cell.upper() != where]
        sheet.fields = [f for f in sheet.fields if f.cell.upper() != where]
        if indicator is not None and measure is not None:
            sheet.values.append(ValueCell(where, indicator, measure))
        elif header_field is not None:
            sheet.fields.append(FieldCell(where, header_field))
        if self.model.grid is not None:
            self.model.set_mapped(self._mapped(self.model.grid))
        self.validate()

    def assign_current(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid() or self.mapping is None:
            return
        where = coordinate(current.row() + 1, current.column() + 1)
        kind = self.kind_combo.currentData()
        sheet = self.sheet_combo.currentText()
        if kind == "value":
            self.assign(
                sheet,
                where,
                indicator=str(self.indicator_combo.currentData()),
                measure=Measure(str(self.measure_combo.currentData())),
            )
        elif kind == "field":
            self.assign(sheet, where, header_field=HeaderField(str(self.field_combo.currentData())))
        else:
            self.assign(sheet, where)
        below = self.model.index(
            min(current.row() + 1, self.model.rowCount() - 1), current.column()
        )
        self.view.setCurrentIndex(below)

    def validate(self) -> list[str]:
        if self.mapping is None or self.workbook is None:
            return []
        problems = [
            issue_message(p.issue)
            for p in validate_mapping(self.mapping, self.workbook, set(self._indicator_names))
        ]
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(
            problems or [translate("TemplateEditor", "None: every mapped cell can be written.")]
        )

    def save(self) -> Path | None:
        """Validate, then write the mapping into the user folder. None when it has problems."""
        if self.mapping is None or self.template is None or self.validate():
            return None
        mapping = replace(
            self.mapping, sheets=[s for s in self.mapping.sheets if s.values or s.fields or s.table]
        )
        path = self.user_folder / f"{mapping.id}{MAPPING_SUFFIX}"
        target_workbook = self.user_folder / mapping.workbook
        try:
            text = mapping_text(mapping, path.name)  # refuses, among others, a mapping of nothing
            if not target_workbook.exists():  # a shipped sample edited here: copy it, untouched
                copy_untouched(self.template.workbook_path, target_workbook)
            write_file_atomically(path, text.encode("utf-8"))
        except DomainError as exc:  # also a full disk or a folder that cannot be written
            self._show_problems([issue_message(exc.issue)])
            return None
        self.mapping = mapping
        self.template = Template(mapping, path)
        return path

    def save_from_dialog(self) -> None:
        path = self.save()
        if path is not None:
            self.problems.clear()
            self.problems.addItem(
                translate("TemplateEditor", "Saved {path}").replace("{path}", str(path))
            )


def open_template_editor(excel: ExcelReturns, user_folder: Path, parent: QWidget | None) -> None:
    editor = TemplateEditor(excel, user_folder, parent)
    try:
        editor.exec()
    finally:
        editor.deleteLater()
