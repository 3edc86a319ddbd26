"""Import a register's list (台账) from the bureau's own workbook.

The clerk picks the file and its sheet; the columns are mapped to the register's fields by their
headings (or as the same layout was mapped last time), and the mapping can be changed in a table.
预览 shows every row of the list as it would be stored: new, changed (which fields, from what to
what), unchanged, or refused with every reason in full sentences. 导入 is possible only when no
row is refused, and writes the whole list in one transaction (services/registers.py); nothing is
written otherwise. When the register gives indicators of the return that the county still keys
for the year, the clerk may have them counted from the register from now on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.domain.registers import REGISTERS, RegisterRow, RegisterSpec
from desktop_app.exporting.excel.register_list import (
    PLACE_TARGETS,
    ListLayout,
    ListSheet,
    check_columns,
    choice_names,
    column_letter,
    find_header,
    heading_text,
    list_rows,
    place_word,
    propose_columns,
    read_list_sheet,
    sheet_names,
)
from desktop_app.i18n import (
    QT_TRANSLATE_NOOP,
    current_language,
    issue_message,
    register_value_text,
    translate,
)
from desktop_app.services.registers import ImportPlan, ImportResult, ImportRow, RowStatus
from desktop_app.ui.long_work import run_with_progress
from desktop_app.ui.register_form import place_label
from desktop_app.ui.settings import load_settings, save_settings
from desktop_app.ui.table_model_base import HeaderedTableModel, Index

if TYPE_CHECKING:
    from desktop_app.services.bundle import ServiceBundle

#: Sheets looked at for the list when a workbook is opened (each is read once more when chosen).
MAX_SHEETS_TRIED = 8
_WRAP = int(Qt.TextFlag.TextWordWrap)
_REFUSED_STYLE = "color: #a4161a;"
_DONE_STYLE = "color: #1b5e20;"
NEW_BRUSH = QBrush(QColor("#e2f0d9"))
CHANGED_BRUSH = QBrush(QColor("#fff3cd"))
REFUSED_BRUSH = QBrush(QColor("#f8d7da"))
UNCHANGED_BRUSH = QBrush(QColor("#f2f2f2"))

#: The place targets' names (register_list.place_word gives the English sources).
PLACE_WORDS = (
    QT_TRANSLATE_NOOP("RegisterImport", "Region code"),
    QT_TRANSLATE_NOOP("RegisterImport", "Township"),
    QT_TRANSLATE_NOOP("RegisterImport", "Village"),
    QT_TRANSLATE_NOOP("RegisterImport", "Place (name or code)"),
)
STATUS_TEXTS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("RegisterImport", "new"),
    RowStatus.CHANGED: QT_TRANSLATE_NOOP("RegisterImport", "changed"),
    RowStatus.UNCHANGED: QT_TRANSLATE_NOOP("RegisterImport", "unchanged"),
    RowStatus.REFUSED: QT_TRANSLATE_NOOP("RegisterImport", "refused"),
}
STATUS_BRUSHES = {
    RowStatus.NEW: NEW_BRUSH,
    RowStatus.CHANGED: CHANGED_BRUSH,
    RowStatus.UNCHANGED: UNCHANGED_BRUSH,
    RowStatus.REFUSED: REFUSED_BRUSH,
}
#: Refused rows first, then what changes, then what stays.
_ORDER = {RowStatus.REFUSED: 0, RowStatus.CHANGED: 1, RowStatus.NEW: 2, RowStatus.UNCHANGED: 3}


@dataclass(frozen=True)
class ListWorkbook:
    names: tuple[str, ...]
    sheets: Mapping[str, ListSheet]  # the sheets read while looking for the list
    likely: int  # the sheet that holds the list, by its place in `names`


def read_workbook(path: Path, register: str) -> ListWorkbook:
    """The file's sheets, and the first whose header names two of the register's columns (a
    workbook may begin with a sheet of notes), else the first; refused when the file cannot be
    read."""
    names = sheet_names(path)
    sheets: dict[str, ListSheet] = {}
    for at, name in enumerate(names[:MAX_SHEETS_TRIED]):
        try:
            sheet = read_list_sheet(path, name or None)
            layout = find_header(sheet, register)
        except DomainError:
            continue  # said when the clerk chooses that sheet
        sheets[name] = sheet
        if layout.matched >= 2:
            return ListWorkbook(names, sheets, at)
    return ListWorkbook(names, sheets, 0)


def target_label(spec: RegisterSpec, target: str | None) -> str:
    """A mapping target as the clerk reads it: the field's heading or the place's part."""
    if target is None:
        return translate("RegisterImport", "(not imported)")
    if target in PLACE_TARGETS:
        return translate("RegisterImport", place_word(target))
    if target in spec.keys:
        return translate("Registers", spec.field(target).label)
    return target


def sample_text(value: object) -> str:
    """A cell of the list as the mapping shows it: a date without its time."""
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value.isoformat()
    return heading_text(value)


# --- the mapping of columns -------------------------------------------------------------------------
@dataclass(frozen=True)
class MappingRow:
    column: int  # 0-based
    heading: str
    sample: str  # the first row's cell under the heading
    target: str | None


class ColumnMappingModel(HeaderedTableModel):
    """One row per column of the list: its letter, heading, first value and the field it gives
    (editable: a combo of the register's fields and the place's parts)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ColumnMappingModel", "Column"),
        QT_TRANSLATE_NOOP("ColumnMappingModel", "Heading"),
        QT_TRANSLATE_NOOP("ColumnMappingModel", "First row"),
        QT_TRANSLATE_NOOP("ColumnMappingModel", "Imported as"),
    )
    COL_LETTER, COL_HEADING, COL_SAMPLE, COL_TARGET = range(4)

    #: The clerk chose another target for a column.
    mapping_edited = Signal()

    def __init__(self, spec: RegisterSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec

    def set_rows(self, rows: list[MappingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def columns(self) -> dict[int, str]:
        return {r.column: r.target for r in self._rows if r.target is not None}

    def targets(self) -> list[str | None]:
        """What a column may give, in the combo's order."""
        return [None, *self.spec.keys, *PLACE_TARGETS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: MappingRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_LETTER:
                return column_letter(row.column)
            if column == self.COL_HEADING:
                return row.heading
            if column == self.COL_SAMPLE:
                return row.sample
            return target_label(self.spec, row.target)
        if role == Qt.ItemDataRole.EditRole and column == self.COL_TARGET:
            return row.target
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_TARGET:
            return QBrush(QColor("#777777")) if row.target is None else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_HEADING, self.COL_SAMPLE):
            return row.heading if column == self.COL_HEADING else row.sample
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COL_TARGET:
            return False
        if role != Qt.ItemDataRole.EditRole or value not in self.targets():
            return False
        row: MappingRow = self._rows[index.row()]
        if row.target == value:
            return True
        self._rows[index.row()] = replace(row, target=value)
        self.dataChanged.emit(index, index)
        self.mapping_edited.emit()
        return True


class TargetDelegate(QStyledItemDelegate):
    """A combo of the targets for the 导入为 column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, ColumnMappingModel)
        combo = QComboBox(parent)
        for target in model.targets():
            combo.addItem(target_label(model.spec, target), target)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# --- the preview ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PreviewRow:
    line: int
    place: str
    name: str
    status: RowStatus
    note: str  # the reasons of a refusal, or what a change changes


class RegisterPreviewModel(HeaderedTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("RegisterPreviewModel", "Line"),
        QT_TRANSLATE_NOOP("RegisterPreviewModel", "Place"),
        QT_TRANSLATE_NOOP("RegisterPreviewModel", "Name"),
        QT_TRANSLATE_NOOP("RegisterPreviewModel", "Status"),
        QT_TRANSLATE_NOOP("RegisterPreviewModel", "Why, or what changes"),
    )
    COL_LINE, COL_PLACE, COL_NAME, COL_STATUS, COL_NOTE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[PreviewRow] = []
        self._refused_only = False

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self._all = sorted(rows, key=lambda r: (_ORDER[r.status], r.line))
        self._show()

    def set_refused_only(self, refused_only: bool) -> None:
        self._refused_only = refused_only
        self._show()

    def _show(self) -> None:
        self.beginResetModel()
        self._rows = [
            r for r in self._all if not self._refused_only or r.status is RowStatus.REFUSED
        ]
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        found: PreviewRow = self._rows[row]
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                str(row.line),
                row.place,
                row.name,
                translate("RegisterImport", STATUS_TEXTS[row.status]),
                row.note,
            )
            return values[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_BRUSHES[row.status]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTE:
            return row.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def preview_rows(
    spec: RegisterSpec,
    plan: ImportPlan,
    read: dict[int, ImportRow],
    place_names: dict[str, str],
    stored: dict[int, RegisterRow],
) -> list[PreviewRow]:
    """The plan's rows as the preview lists them: the place by name (as the file wrote it when
    it could not be found), the reasons of a refusal in full sentences, and each changed field
    from its stored value to the list's."""
    result: list[PreviewRow] = []
    separator = translate("RegisterImport", "; ")
    for planned in plan.rows:
        row = planned.row
        code = row.region_code if row is not None else ""
        if code:
            place = place_names.get(code, code)
        else:
            given = read[planned.line].place if planned.line in read else None
            place = " ".join(given) if isinstance(given, tuple) else str(given or "")
        name = row.name if row is not None else ""
        if not name and planned.line in read:
            name = str(read[planned.line].cells.get(spec.name_field) or "")
        if planned.status is RowStatus.REFUSED:
            note = " ".join(issue_message(issue) for issue in planned.issues)
        elif planned.status is RowStatus.CHANGED and row is not None:
            before = stored.get(planned.existing_id) if planned.existing_id is not None else None
            parts = []
            for key in planned.changed_fields:
                fs = spec.field(key)
                old = register_value_text(fs, before.get(key)) if before is not None else ""
                new = register_value_text(fs, row.get(key))
                parts.append(
                    translate("RegisterImport", "%1: %2 → %3")
                    .replace("%1", translate("Registers", fs.label))
                    .replace("%2", old or translate("RegisterImport", "(blank)"))
                    .replace("%3", new or translate("RegisterImport", "(blank)"))
                )
            note = separator.join(parts)
        else:
            note = ""
        result.append(PreviewRow(planned.line, place, name, planned.status, note))
    return result


# --- the dialog -------------------------------------------------------------------------------------
class RegisterImportDialog(QDialog):
    """Pick, map, preview, import. `imported` is True once a list was written."""

    #: A list was written (the registers window refreshes its rows and counts).
    list_imported = Signal(object)

    def __init__(
        self,
        bundle: ServiceBundle,
        register: str,
        county_code: str,
        parent: QWidget | None = None,
        *,
        settings_store: QSettings | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.bundle = bundle
        self.spec = REGISTERS[register]
        self.county_code = county_code
        self.year = year if year is not None else date.today().year
        self._settings_store = settings_store
        self.imported = False
        self.import_result: ImportResult | None = None
        self.path: Path | None = None
        self.sheet: ListSheet | None = None
        self.layout_found: ListLayout | None = None
        self.plan: ImportPlan | None = None
        self._sheets: dict[str, ListSheet] = {}  # the file's sheets read so far, by name
        self._read: dict[int, ImportRow] = {}
        title = translate("Registers", self.spec.title)
        self.setWindowTitle(self.tr("Import a list: %1").replace("%1", title))

        # The file and its sheet.
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose the workbook (.xlsx) or CSV file"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumWidth(140)
        self.sheet_combo.activated.connect(lambda _i: self.read_sheet())
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addSpacing(12)
        file_row.addWidget(QLabel(self.tr("Sheet:")))
        file_row.addWidget(self.sheet_combo)

        # The mapping.
        self.mapping_model = ColumnMappingModel(self.spec, self)
        self.mapping_model.mapping_edited.connect(self._mapping_edited)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.verticalHeader().setVisible(False)
        self.mapping_view.setItemDelegateForColumn(
            ColumnMappingModel.COL_TARGET, TargetDelegate(self.mapping_view)
        )
        self.mapping_view.setEditTriggers(
            QTableView.EditTrigger.AllEditTriggers & ~QTableView.EditTrigger.CurrentChanged
        )
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ColumnMappingModel.COL_SAMPLE, QHeaderView.ResizeMode.Stretch)
        # The combo as wide as its longest field's heading.
        header.setSectionResizeMode(ColumnMappingModel.COL_TARGET, QHeaderView.ResizeMode.Fixed)
        metrics = self.mapping_view.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(target_label(self.spec, t))
            for t in self.mapping_model.targets()
        )
        header.resizeSection(ColumnMappingModel.COL_TARGET, widest + 48)
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        mapping_box = QGroupBox(self.tr("Columns"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_hint)
        mapping_layout.addWidget(self.mapping_view, 1)
        mapping_layout.addWidget(self.preview_button)

        # The preview.
        self.summary = QLabel(self.tr("Choose a file, check the columns, then preview."))
        self.summary.setWordWrap(True)
        self.refused_only = QCheckBox(self.tr("Show refused rows only"))
        self.refused_only.toggled.connect(self._filter_toggled)
        self.preview_model = RegisterPreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.setWordWrap(True)
        self.preview_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        preview_header = self.preview_view.horizontalHeader()
        preview_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        preview_header.setSectionResizeMode(
            RegisterPreviewModel.COL_NOTE, QHeaderView.ResizeMode.Stretch
        )
        preview_header.setResizeContentsPrecision(500)  # the widest of 500 rows, not of all
        self._fit_rows_timer = QTimer(self)
        self._fit_rows_timer.setSingleShot(True)
        self._fit_rows_timer.setInterval(0)
        self._fit_rows_timer.timeout.connect(self.fit_rows)
        preview_header.sectionResized.connect(self._note_resized)
        preview_box = QGroupBox(self.tr("What the import would do"))
        preview_layout = QVBoxLayout(preview_box)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refused_only)
        preview_layout.addLayout(top)
        preview_layout.addWidget(self.preview_view, 1)

        splitter = QSplitter()
        splitter.addWidget(mapping_box)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 760])
        splitter.setChildrenCollapsible(False)

        # What blocks the import, the indicators, the result.
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.derive_box = QCheckBox()
        self.derive_label = QLabel()  # the indicators, wrapped (a check box's text does not wrap)
        self.derive_label.setWordWrap(True)
        self.derive_label.setBuddy(self.derive_box)
        self.derive_row = QWidget()
        derive_layout = QHBoxLayout(self.derive_row)
        derive_layout.setContentsMargins(0, 0, 0, 0)
        derive_layout.addWidget(self.derive_box, 0, Qt.AlignmentFlag.AlignTop)
        derive_layout.addWidget(self.derive_label, 1)
        self.derive_row.setVisible(False)
        self._derivable: list[str] = []
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.derive_row)
        layout.addWidget(self.buttons)
        self._offer_deriving()
        self._say("")
        self.choose_button.setDefault(True)  # Enter opens the file dialog first
        self.choose_button.setFocus()
        self._fit_screen()

    # --- the file --------------------------------------------------------------------------------
    def _folder(self) -> str:
        folder = load_settings(self._settings_store).list_folder
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the list to import"),
            self._folder(),
            self.tr("Workbooks and CSV files (*.xlsx *.csv);;All files (*)"),
        )
        if chosen:
            settings = load_settings(self._settings_store)
            save_settings(
                replace(settings, list_folder=str(Path(chosen).parent)), self._settings_store
            )
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> bool:
        """Read the file's sheets and map the one that holds the list; False (said in the
        message line) when it cannot be read."""
        self._clear_preview()
        self.path = path
        self._sheets = {}
        self.file_edit.setText(str(path))
        self.sheet_combo.clear()
        self.mapping_model.set_rows([])
        self.preview_button.setEnabled(False)
        register = self.spec.key
        outcome = run_with_progress(
            self, self.tr("Reading the list…"), lambda _progress: read_workbook(path, register)
        )
        if outcome.error is not None or outcome.result is None:
            if outcome.error is not None:
                self._say(issue_message(outcome.error.issue), refused=True)
            return False
        book = outcome.result
        self._sheets = dict(book.sheets)
        for name in book.names:
            self.sheet_combo.addItem(name or path.name, name)
        self.sheet_combo.setEnabled(len(book.names) > 1)
        self.sheet_combo.setCurrentIndex(book.likely)
        return self.read_sheet()

    def read_sheet(self) -> bool:
        """Read the sheet chosen (once), find its header and map its columns: as this layout
        was mapped last time, else by the headings."""
        self._clear_preview()
        path = self.path
        if path is None:
            return False
        name = self.sheet_combo.currentData()
        name = name if isinstance(name, str) else ""
        sheet = self._sheets.get(name)
        if sheet is None:
            outcome = run_with_progress(
                self,
                self.tr("Reading the list…"),
                lambda _progress: read_list_sheet(path, name or None),
            )
            if outcome.error is not None:
                return self._unreadable(outcome.error)
            sheet = outcome.result
            if sheet is None:
                return False
            self._sheets[name] = sheet
        try:
            layout = find_header(sheet, self.spec.key)
        except DomainError as exc:
            return self._unreadable(exc)
        self.sheet, self.layout_found = sheet, layout
        remembered = self.bundle.registers.remembered_columns(layout.key)
        columns = remembered if remembered is not None else propose_columns(layout)
        first = next((cells for line, cells in sheet.rows if line > layout.header_line), ())
        rows = [
            MappingRow(
                column,
                heading,
                sample_text(first[column]) if column < len(first) else "",
                columns.get(column),
            )
            for column, heading in enumerate(layout.headings)
        ]
        self.mapping_model.set_rows(rows)
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(
                self.mapping_model.index(row, ColumnMappingModel.COL_TARGET)
            )
        hint = (
            self.tr("The header is row %1. The columns are mapped as this layout was last time.")
            if remembered is not None
            else self.tr("The header is row %1. Check what each column is imported as.")
        )
        self.mapping_hint.setText(hint.replace("%1", str(layout.header_line)))
        self.preview_button.setEnabled(True)
        self.preview_button.setDefault(True)
        self._say("")
        return True

    def _unreadable(self, error: DomainError) -> bool:
        self.mapping_model.set_rows([])
        self.preview_button.setEnabled(False)
        self._say(issue_message(error.issue), refused=True)
        return False

    # --- preview -----------------------------------------------------------------------------------
    def _mapping_edited(self) -> None:
        self._clear_preview()
        self.summary.setText(self.tr("The columns changed: preview again."))

    def _clear_preview(self) -> None:
        self.plan = None
        self._read = {}
        self.preview_model.set_rows([])
        self.import_button.setEnabled(False)

    def preview(self) -> bool:
        """Plan the list as mapped; True when every row could be planned (refused ones
        included), False when the mapping or the reading is refused."""
        self._clear_preview()
        if self.sheet is None or self.layout_found is None:
            return False
        columns = self.mapping_model.columns()
        problems = check_columns(self.spec.key, columns)
        if problems:
            self._say(" ".join(issue_message(i) for i in problems), refused=True)
            return False
        registers = self.bundle.registers
        registers.remember_columns(self.layout_found.key, columns)
        read = [
            ImportRow(r.line, r.place, r.cells)
            for r in list_rows(self.sheet, self.layout_found, columns)
        ]
        if not read:
            self._say(self.tr("There are no rows under the header to import."), refused=True)
            return False
        names = choice_names(self.spec.key)
        key, county = self.spec.key, self.county_code
        outcome = run_with_progress(
            self,
            self.tr("Checking the list…"),
            lambda _progress: registers.plan_import(key, county, read, names),
        )
        if outcome.error is not None or outcome.result is None:
            if outcome.error is not None:
                self._say(issue_message(outcome.error.issue), refused=True)
            return False
        plan = outcome.result
        self.plan = plan
        self._read = {r.line: r for r in read}
        stored = {r.id: r for r in registers.rows(key, county) if r.id is not None}
        places = self._place_names()
        self.preview_model.set_rows(preview_rows(self.spec, plan, self._read, places, stored))
        self._fit_preview()
        self._show_plan(plan)
        return True

    def _place_names(self) -> dict[str, str]:
        """Region code → its name as the grid and the form show it (诺江镇 / 红旗村)."""
        places = self.bundle.registers.places(self.county_code)
        names = {p.code: p.name for p in places}
        return {p.code: place_label(p, names) for p in places}

    def _show_plan(self, plan: ImportPlan) -> None:
        counts = {status: plan.count(status) for status in RowStatus}
        self.summary.setText(self.summary_text(len(plan.rows), counts))
        refused = counts[RowStatus.REFUSED]
        writes = counts[RowStatus.NEW] + counts[RowStatus.CHANGED]
        if refused:
            self._say(
                self.tr(
                    "%n row(s) cannot be imported: correct them in the workbook and preview "
                    "again. Nothing is imported while a row is refused.",
                    "",
                    refused,
                ),
                refused=True,
            )
        elif not writes:
            self._say(self.tr("The register holds every row of the list already."))
        else:
            self._say(self.tr("Every row can be imported."))
        self.import_button.setEnabled(not refused and writes > 0)
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)

    def summary_text(self, total: int, counts: dict[RowStatus, int]) -> str:
        parts = {
            "%1": self.tr("%n row(s)", "", total),
            "%2": self.tr("%n new", "", counts[RowStatus.NEW]),
            "%3": self.tr("%n changed", "", counts[RowStatus.CHANGED]),
            "%4": self.tr("%n unchanged", "", counts[RowStatus.UNCHANGED]),
            "%5": self.tr("%n refused", "", counts[RowStatus.REFUSED]),
        }
        text = self.tr("%1 in the list: %2, %3, %4, %5.")
        return re.sub(r"%[1-5]", lambda m: parts[m.group(0)], text)

    def _filter_toggled(self, on: bool) -> None:
        self.preview_model.set_refused_only(on)
        self._fit_preview()

    def _fit_preview(self) -> None:
        view = self.preview_view
        for column in range(RegisterPreviewModel.COL_NOTE):
            view.resizeColumnToContents(column)
        self.fit_rows()

    def _note_resized(self, section: int, _old: int, _new: int) -> None:
        if section == RegisterPreviewModel.COL_NOTE:
            self._fit_rows_timer.start()

    def fit_rows(self) -> None:
        """Each row as tall as its reason wrapped at the reason column's width, measured from
        the text (Qt's own fitting asks every cell: seconds for a list of thousands)."""
        view, model = self.preview_view, self.preview_model
        metrics = view.fontMetrics()
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        width = max(20, view.columnWidth(RegisterPreviewModel.COL_NOTE) - margin)
        single = metrics.height() + margin  # one line
        heights: dict[str, int] = {"": single}
        for row in range(model.rowCount()):
            note = model.row_at(row).note
            height = heights.get(note)
            if height is None:
                box = metrics.boundingRect(QRect(0, 0, width, 100_000), _WRAP, note)
                height = heights[note] = max(single, box.height() + margin)
            if view.rowHeight(row) != height:
                view.setRowHeight(row, height)

    # --- import ------------------------------------------------------------------------------------
    def _offer_deriving(self) -> None:
        """Offer to count, from this register, the indicators the county still keys this year."""
        try:
            found = self.bundle.registers.derived_indicators(self.county_code, self.spec.key)
        except DomainError:
            found = []
        offered = [d.indicator for d in found if self.year not in d.years]
        self._derivable = [i.code for i in offered]
        if not offered:
            return
        english = current_language() == "en"
        names = translate("RegisterImport", ", ").join(
            f"{i.code} {i.name_en if english else i.name_zh}" for i in offered
        )
        self.derive_box.setText(
            self.tr("Count these indicators of the %1 returns from this register:").replace(
                "%1", str(self.year)
            )
        )
        self.derive_label.setText(names)
        self.derive_box.setChecked(True)
        self.derive_row.setVisible(True)

    def apply(self) -> bool:
        """Write the previewed list in one transaction; True when it was written."""
        plan = self.plan
        if plan is None or plan.refused:
            return False
        registers = self.bundle.registers
        sheet = self.sheet.sheet if self.sheet is not None else ""
        detail = f"{self.path.name if self.path else ''} {sheet}".strip()
        outcome = run_with_progress(
            self,
            self.tr("Importing the list…"),
            lambda _progress: registers.apply_import(plan, detail=detail),
        )
        if outcome.error is not None or outcome.result is None:
            if outcome.error is not None:
                self._say(issue_message(outcome.error.issue), refused=True)
            self.import_button.setEnabled(False)
            return False
        result = outcome.result
        self.import_result, self.imported, self.plan = result, True, None
        self.import_button.setEnabled(False)
        text = self.tr("Imported: %1 added, %2 changed, %3 unchanged.")
        for marker, count in (
            ("%1", result.added),
            ("%2", result.changed),
            ("%3", result.unchanged),
        ):
            text = text.replace(marker, str(count))
        refused = False
        if self.derive_box.isChecked() and self._derivable:
            try:
                registers.set_deriving(self.county_code, self._derivable, self.year, True)
            except DomainError as exc:
                refused = True
                text += " " + self.tr(
                    "The indicators are still keyed, not counted from the register: %1"
                ).replace("%1", issue_message(exc.issue))
            else:
                text += " " + self.tr("The indicators are counted from the register from now on.")
                self.derive_row.setVisible(False)
        self._say(text, refused=refused, done=not refused)
        self.list_imported.emit(result)
        return True

    # --- helpers -----------------------------------------------------------------------------------
    def _say(self, text: str, refused: bool = False, done: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_REFUSED_STYLE if refused else _DONE_STYLE if done else "")
        self.message.setVisible(bool(text))

    def _fit_screen(self) -> None:
        wanted_width, wanted_height = 1200, 680
        screen = self.screen()
        if screen is None:
            self.resize(wanted_width, wanted_height)
            return
        room = screen.availableGeometry()
        frame = 40
        self.resize(
            min(wanted_width, room.width() - frame), min(wanted_height, room.height() - frame)
        )


def open_register_import(
    parent: QWidget | None,
    bundle: ServiceBundle,
    register_key: str,
    county_code: str,
    *,
    settings_store: QSettings | None = None,
    year: int | None = None,
) -> bool:
    """Run the import dialog; True when a list was imported."""
    dialog = RegisterImportDialog(
        bundle, register_key, county_code, parent, settings_store=settings_store, year=year
    )
    dialog.exec()
    imported = dialog.imported
    dialog.deleteLater()
    return imported
