"""The registers window (台账): one tab per register of a county, each a sortable, filterable grid.

Each tab lists the register's rows in the county and below it: the place (township or village;
its code in the tooltip), then every field, choices and flags by their translated labels, dates
ISO, amounts exact. A filter line looks for its text in every column; the register's first choice
(the level of a service point, the kind of a village or an enterprise, a project's status) has
its own filter. New (Ins / Ctrl+N), edit (Enter / F2 / double-click), remove (Del, after asking),
the row's history (who changed what, when, typed or imported), import (the import dialog) and
export (a tidy workbook of the rows shown, for an inspection).

The window is not modal and there is one per program (RegisterActions keeps it); it takes its
services from the bundle and refreshes from what each mutation returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.domain.registers import REGISTERS, FieldKind, RegisterRow, RegisterSpec
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, register_value_text, translate
from desktop_app.services.locks import as_local
from desktop_app.services.registers import RegisterPlace, RowHistory
from desktop_app.ui.history_dialog import SOURCE_NAMES
from desktop_app.ui.long_work import run_with_progress
from desktop_app.ui.register_form import RegisterForm, place_label, row_title
from desktop_app.ui.table_model_base import HeaderedTableModel

if TYPE_CHECKING:
    from desktop_app.services.bundle import ServiceBundle

Index = QModelIndex | QPersistentModelIndex
_ERROR_STYLE = "color: #b00020;"
_NUMBER_KINDS = (FieldKind.INTEGER, FieldKind.AMOUNT, FieldKind.YEAR, FieldKind.DEGREES)


# --- the grid ------------------------------------------------------------------------------------
class RegisterTableModel(QAbstractTableModel):
    """A register's rows: the place, then one column per field. Rows are immutable; what a
    cell shows and how it sorts are worked out once per row in set_rows()."""

    COL_PLACE = 0
    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    PLACE_HEADING = QT_TRANSLATE_NOOP("RegisterTableModel", "Place")

    def __init__(self, spec: RegisterSpec, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._rows: list[RegisterRow] = []
        self._texts: list[list[str]] = []
        self._search: list[str] = []
        self._places: dict[str, str] = {}
        self._keys: dict[int, list[tuple[Any, ...]]] = {}  # sort keys by column, made on demand

    # --- content -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RegisterRow], places: dict[str, str]) -> None:
        """`places`: how each region code is named (诺江镇 / 红旗村)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._places = dict(places)
        self._texts = [self._texts_of(row) for row in self._rows]
        self._search = [
            self._search_of(row, texts) for row, texts in zip(self._rows, self._texts, strict=True)
        ]
        self._keys.clear()
        self.endResetModel()

    def put_row(self, row: RegisterRow) -> int:
        """A row the service saved: in place of the stored row of its id, or added at the end.
        Returns its row number."""
        at = self.row_of_id(row.id) if row.id is not None else -1
        texts = self._texts_of(row)
        self._keys.clear()
        if at < 0:
            at = len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.append(row)
            self._texts.append(texts)
            self._search.append(self._search_of(row, texts))
            self.endInsertRows()
            return at
        self._rows[at], self._texts[at] = row, texts
        self._search[at] = self._search_of(row, texts)
        self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))
        return at

    def drop_row(self, entry_id: int) -> bool:
        """The row of `entry_id` was removed."""
        at = self.row_of_id(entry_id)
        if at < 0:
            return False
        self._keys.clear()
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at], self._texts[at], self._search[at]
        self.endRemoveRows()
        return True

    def _texts_of(self, row: RegisterRow) -> list[str]:
        return [
            self._places.get(row.region_code, row.region_code),
            *(register_value_text(fs, row.get(fs.key)) for fs in self.spec.fields),
        ]

    @staticmethod
    def _search_of(row: RegisterRow, texts: list[str]) -> str:
        return " ".join([row.region_code, *texts]).lower()

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def row_of_id(self, entry_id: int) -> int:
        for at, row in enumerate(self._rows):
            if row.id == entry_id:
                return at
        return -1

    def search_text(self, row: int) -> str:
        return self._search[row]

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        """Blank first; places by code (the statistics office's order); numbers and dates as
        such; the rest by the text shown. Kept per column until the rows change."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [self._sort_key(r, column) for r in range(len(self._rows))]
        return keys[row]

    def _sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        register_row = self._rows[row]
        if column == self.COL_PLACE:
            return (1, register_row.region_code)
        fs = self.spec.fields[column - 1]
        value = register_row.get(fs.key)
        if value is None:
            return (0,)
        if fs.kind in _NUMBER_KINDS or fs.kind is FieldKind.DATE:
            return (1, value)
        return (1, self._texts[row][column])

    # --- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.spec.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.COL_PLACE:
                return translate("RegisterTableModel", self.PLACE_HEADING)
            fs = self.spec.fields[section - 1]
            label = translate("Registers", fs.label)
            return f"{label} *" if fs.required else label
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_PLACE:
                return self._rows[row].region_code
            return self._texts[row][column] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_PLACE:
            kind = self.spec.fields[column - 1].kind
            if kind in _NUMBER_KINDS:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        if role == self.RowRole:
            return self._rows[row]
        if role == self.SortRole:
            return repr(self.sort_key(row, column))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RegisterFilterProxy(QSortFilterProxyModel):
    """Keeps the rows holding the filter's text in any column (and of the chosen choice); sorts
    numbers and dates as numbers and dates."""

    def __init__(self, model: RegisterTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register_model = model
        self.setSourceModel(model)
        self._words: list[str] = []
        self._choice: tuple[str, str] | None = None

    def set_text(self, text: str) -> None:
        words = text.lower().split()
        self._refilter(lambda: setattr(self, "_words", words))

    def set_choice(self, field: str | None, value: str | None) -> None:
        choice = (field, value) if field is not None and value is not None else None
        self._refilter(lambda: setattr(self, "_choice", choice))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Change what is kept and filter again (Qt 6.10 brackets the change; earlier ones
        are told after it)."""
        end = getattr(self, "endFilterChange", None)
        if end is None:
            change()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        change()
        end(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.register_model
        if self._choice is not None:
            key, wanted = self._choice
            if model.row_at(source_row).get(key) != wanted:
                return False
        text = model.search_text(source_row)
        return all(word in text for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.register_model
        return model.sort_key(left.row(), left.column()) < model.sort_key(
            right.row(), right.column()
        )


# --- a row's history -----------------------------------------------------------------------------
ACTION_NAMES = {
    "add": QT_TRANSLATE_NOOP("RegisterHistoryModel", "added"),
    "change": QT_TRANSLATE_NOOP("RegisterHistoryModel", "changed"),
    "remove": QT_TRANSLATE_NOOP("RegisterHistoryModel", "removed"),
}


class RegisterHistoryModel(HeaderedTableModel):
    """One line per field an entry changed: when, who, how, what, the field, old → new."""

    COL_WHEN, COL_WHO, COL_HOW, COL_WHAT, COL_FIELD, COL_OLD, COL_NEW = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("RegisterHistoryModel", "When"),
        QT_TRANSLATE_NOOP("RegisterHistoryModel", "Who"),
        QT_TRANSLATE_NOOP("RegisterHistoryModel", "How"),
        QT_TRANSLATE_NOOP("RegisterHistoryModel", "Action"),
        QT_TRANSLATE_NOOP("RegisterHistoryModel", "Field"),
        QT_TRANSLATE_NOOP("RegisterHistoryModel", "Old"),
        QT_TRANSLATE_NOOP("RegisterHistoryModel", "New"),
    )

    def __init__(self, spec: RegisterSpec, places: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.places = places
        self._rows: list[tuple[str, ...]] = []

    def set_entries(self, entries: Sequence[RowHistory]) -> None:
        self.beginResetModel()
        self._rows = [line for entry in entries for line in self._lines(entry)]
        self.endResetModel()

    def _lines(self, entry: RowHistory) -> list[tuple[str, ...]]:
        when = as_local(entry.at).strftime("%Y-%m-%d %H:%M:%S")
        how = translate("HistoryTableModel", SOURCE_NAMES.get(entry.source, entry.source))
        if entry.detail:
            how = f"{how} ({entry.detail})"
        what = translate("RegisterHistoryModel", ACTION_NAMES.get(entry.action, entry.action))
        head = (when, entry.who, how, what)
        lines: list[tuple[str, ...]] = []
        if entry.old_region != entry.new_region:
            lines.append(
                (
                    *head,
                    translate("RegisterTableModel", RegisterTableModel.PLACE_HEADING),
                    self._place(entry.old_region),
                    self._place(entry.new_region),
                )
            )
        for fs in self.spec.fields:
            old, new = entry.old.get(fs.key), entry.new.get(fs.key)
            if old == new:
                continue
            lines.append(
                (
                    *head,
                    translate("Registers", fs.label),
                    register_value_text(fs, old),
                    register_value_text(fs, new),
                )
            )
        return lines or [(*head, "", "", "")]

    def _place(self, code: str | None) -> str:
        if not code:
            return ""
        name = self.places.get(code)
        return f"{name} ({code})" if name else code

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        text = self._rows[index.row()][index.column()]
        return (text or "—") if index.column() in (self.COL_OLD, self.COL_NEW) else text


class RegisterHistoryDialog(QDialog):
    def __init__(
        self,
        spec: RegisterSpec,
        row: RegisterRow,
        entries: Sequence[RowHistory],
        places: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", row_title(row)))
        self.model = RegisterHistoryModel(spec, places, self)
        self.model.set_entries(entries)
        view = self.view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.resizeColumnsToContents()
        view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        columns = sum(view.columnWidth(c) for c in range(self.model.columnCount()))
        width = max(720, columns + 60)
        screen = self.screen()
        if screen is not None:
            width = min(width, int(screen.availableGeometry().width() * 0.9))
        self.resize(width, 360)


# --- one register ---------------------------------------------------------------------------------
class RegisterTableView(QTableView):
    """The grid: Ins new, Enter and F2 edit, Del remove (the view's own handling of these keys
    would take them before any shortcut)."""

    add_requested = Signal()
    edit_requested = Signal()
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key == Qt.Key.Key_Insert:
            self.add_requested.emit()
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        elif plain and key == Qt.Key.Key_Delete:
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class RegisterPage(QWidget):
    """One register's grid, its filters, its count line and its buttons."""

    #: A sentence for the window's message line, and whether it is a refusal.
    message = Signal(str, bool)
    #: The register's rows changed (added, edited, removed, imported): counts are stale.
    rows_changed = Signal()

    def __init__(self, bundle: ServiceBundle, spec: RegisterSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.bundle = bundle
        self.spec = spec
        self.county_code = ""
        self.county_name = ""
        #: The year the main window shows: an import offers to count this year's figures from
        #: the register (None: today's year).
        self.year: Callable[[], int] | None = None
        self.places: list[RegisterPlace] = []
        self.place_names: dict[str, str] = {}
        self._fitted = False
        self.model = RegisterTableModel(spec, self)
        self.proxy = RegisterFilterProxy(self.model, self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: any text of a row (name, place…)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.choice_field = next((f for f in spec.fields if f.kind is FieldKind.CHOICE), None)
        self.choice_box = QComboBox()
        if self.choice_field is not None:
            self.choice_box.addItem(self.tr("All"), None)
            for key, label in self.choice_field.choices:
                self.choice_box.addItem(translate("Registers", label), key)
            self.choice_box.currentIndexChanged.connect(self._filter_changed)
        self.count_label = QLabel()

        view = self.view = RegisterTableView()
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.doubleClicked.connect(lambda _index: self.edit_row())
        view.add_requested.connect(lambda: self.add_row())
        view.edit_requested.connect(lambda: self.edit_row())
        view.remove_requested.connect(lambda: self.remove_row())
        self.filter_edit.returnPressed.connect(view.setFocus)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.history_button = QPushButton(self.tr("History"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.edit_button.clicked.connect(lambda: self.edit_row())
        self.remove_button.clicked.connect(lambda: self.remove_row())
        self.history_button.clicked.connect(lambda: self.show_history())
        self.import_button.clicked.connect(lambda: self.import_list())
        self.export_button.clicked.connect(lambda: self.export_rows())
        self._keys()

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        if self.choice_field is not None:
            filters.addWidget(QLabel(translate("Registers", self.choice_field.label)))
            filters.addWidget(self.choice_box)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _keys(self) -> None:
        """Ctrl+N anywhere in the page (the grid itself takes Ins, Enter, F2 and Del)."""
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+N"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.add_row())
        self.addAction(action)
        self.add_button.setToolTip(self.tr("Ins or Ctrl+N"))
        self.edit_button.setToolTip(self.tr("Enter, F2 or double-click"))
        self.remove_button.setToolTip(self.tr("Del"))

    # --- loading -------------------------------------------------------------------------------
    def load(
        self,
        county_code: str,
        county_name: str,
        places: list[RegisterPlace],
        keep: int | None = None,
    ) -> None:
        """Show the county's rows; `keep` (an id) stays selected."""
        self.county_code, self.county_name = county_code, county_name
        self.places = places
        names = {p.code: p.name for p in places}
        self.place_names = {p.code: place_label(p, names) for p in places}
        if keep is None:
            current = self.selected()
            keep = current.id if current is not None else None
        self.model.set_rows(
            self.bundle.registers.rows(self.spec.key, county_code), self.place_names
        )
        if keep is None or not self.select_id(keep):
            self.select_first()
        if not self._fitted and self.model.rowCount():
            self.fit_columns()
        self._update_count()
        self._update_buttons()

    def fit_columns(self) -> None:
        """Each column as wide as its heading and its text, within reason; once, so that widths
        the clerk sets stay."""
        self._fitted = True
        view = self.view
        view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), 280))

    def reload(self, keep: int | None = None) -> None:
        self.load(self.county_code, self.county_name, self.places, keep)
        self.rows_changed.emit()

    def select_id(self, entry_id: int) -> bool:
        at = self.model.row_of_id(entry_id)
        if at < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(at, 0))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def select_first(self) -> None:
        """The first row shown is current, so Enter, F2 and Del act at once."""
        index = self.proxy.index(0, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def selected(self) -> RegisterRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def shown_rows(self) -> list[RegisterRow]:
        """The rows the grid shows, in its order (filtered and sorted)."""
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_text(self.filter_edit.text())
        if self.choice_field is not None:
            data = self.choice_box.currentData()
            self.proxy.set_choice(self.choice_field.key, None if data is None else str(data))
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Rows: %1, shown: %2")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.proxy.rowCount()))
        )

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.edit_button, self.remove_button, self.history_button):
            button.setEnabled(chosen)

    # --- acting --------------------------------------------------------------------------------
    def _form(self, row: RegisterRow | None) -> RegisterForm:
        return RegisterForm(self.bundle.registers, self.spec, self.places, row, self)

    def add_row(self) -> RegisterRow | None:
        form = self._form(None)
        try:
            if form.exec() != QDialog.DialogCode.Accepted or form.saved is None:
                return None
            saved = form.saved
        finally:
            form.deleteLater()
        text = (
            self.tr("Added “%1”.")
            if self._show_saved(saved)
            else self.tr("Added “%1”; the filter hides it.")
        )
        self.message.emit(text.replace("%1", row_title(saved)), False)
        return saved

    def edit_row(self) -> RegisterRow | None:
        row = self.selected()
        if row is None:
            return None
        form = self._form(row)
        try:
            if form.exec() != QDialog.DialogCode.Accepted or form.saved is None:
                if form.refused:  # it may have said the row changed meanwhile: show it as it is
                    self.reload(row.id)
                return None
            saved = form.saved
        finally:
            form.deleteLater()
        text = (
            self.tr("Saved “%1”.")
            if self._show_saved(saved)
            else self.tr("Saved “%1”; the filter hides it.")
        )
        self.message.emit(text.replace("%1", row_title(saved)), False)
        return saved

    def ask_remove(self, row: RegisterRow) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove a row"),
            self.tr("Remove “%1” (%2) from the register? Its history is kept.")
            .replace("%1", row_title(row))
            .replace("%2", self.place_names.get(row.region_code, row.region_code)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_row(self, *, confirm: bool = True) -> bool:
        row = self.selected()
        if row is None or row.id is None:
            return False
        if confirm and not self.ask_remove(row):
            return False
        try:
            self.bundle.registers.remove(row.id, row.version)
        except DomainError as exc:
            self.message.emit(issue_message(exc.issue), True)
            self.reload()
            return False
        at = self.view.currentIndex().row()
        self.model.drop_row(row.id)
        index = self.proxy.index(min(at, self.proxy.rowCount() - 1), 0)
        if index.isValid():  # the next row is current, as in a list where one is deleted
            self.view.setCurrentIndex(index)
        self._changed()
        self.message.emit(self.tr("Removed “%1”.").replace("%1", row_title(row)), False)
        return True

    def _show_saved(self, saved: RegisterRow) -> bool:
        """The row as the service saved it, in the grid without reading the register again;
        False when the filter hides it."""
        self.model.put_row(saved)
        shown = saved.id is not None and self.select_id(saved.id)
        self._changed()
        return shown

    def _changed(self) -> None:
        self._update_count()
        self._update_buttons()
        self.rows_changed.emit()

    def history_dialog(self) -> RegisterHistoryDialog | None:
        row = self.selected()
        if row is None or row.id is None:
            return None
        entries = self.bundle.registers.history(row.id)
        return RegisterHistoryDialog(self.spec, row, entries, self.place_names, self)

    def show_history(self) -> None:
        dialog = self.history_dialog()
        if dialog is None:
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def import_list(self) -> bool:
        """The import dialog (ui/register_import.py) on this register; True when a list was
        imported (the grid shows it)."""
        from desktop_app.ui.register_import import open_register_import

        year = self.year() if self.year is not None else None
        if not open_register_import(self, self.bundle, self.spec.key, self.county_code, year=year):
            return False
        self.reload()
        return True

    def export_rows(self, path: Path | None = None) -> Path | None:
        """The rows shown (filtered and sorted as on screen) as a workbook for an inspection."""
        from desktop_app.exporting.excel.register_export import export_file_name, export_register

        today = date.today()
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the register"),
                str(Path(folder) / export_file_name(self.spec, self.county_name, today)),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
        rows = self.shown_rows()
        target = path
        written: list[Path] = []  # a Cancel pressed once the file is written is too late

        def work(progress: Callable[[int, int], bool]) -> Path:
            done = export_register(
                target,
                self.spec,
                rows,
                county_name=self.county_name,
                places=self.place_names,
                exported=today,
                progress=progress,
            )
            written.append(done)
            return done

        outcome = run_with_progress(
            self, self.tr("Exporting the register…"), work, cancel_text=self.tr("Cancel")
        )
        if outcome.cancelled and not written:
            self.message.emit(self.tr("Export cancelled; no file was written."), False)
            return None
        if outcome.error is not None:
            self.message.emit(issue_message(outcome.error.issue), True)
            return None
        self.message.emit(
            self.tr("Exported %1 rows to %2")
            .replace("%1", str(len(rows)))
            .replace("%2", str(path)),
            False,
        )
        return path


# --- the window ----------------------------------------------------------------------------------
class RegistersWindow(QDialog):
    """Every register of one county, a tab each (the title says the rows it holds)."""

    #: Rows were added, changed, removed or imported: counts derived from them are stale.
    rows_changed = Signal()

    def __init__(self, bundle: ServiceBundle, county_code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.bundle = bundle
        self.county_code = ""
        self.message_line = QLabel()
        self.message_line.setWordWrap(True)
        self.message_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.pages: dict[str, RegisterPage] = {}
        for key, spec in REGISTERS.items():
            page = RegisterPage(bundle, spec, self)
            page.message.connect(self.show_message)
            page.rows_changed.connect(self.update_counts)
            page.rows_changed.connect(self.rows_changed)
            self.pages[key] = page
            self.tabs.addTab(page, translate("Registers", spec.title))
        self.tabs.currentChanged.connect(lambda _i: self.message_line.clear())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_line, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.set_county(county_code)
        self._fit_screen()

    def _fit_screen(self) -> None:
        width, height = 1180, 640
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def set_county(self, county_code: str) -> None:
        """Show the county's registers (read again: its places and rows may have changed)."""
        self.county_code = county_code
        county = self.bundle.regions.get(county_code)
        places = self.bundle.registers.places(county_code)
        self.setWindowTitle(self.tr("Registers — %1").replace("%1", county.name))
        for page in self.pages.values():
            page.load(county_code, county.name, places)
        self.update_counts()

    def show_register(self, key: str) -> RegisterPage:
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        page.view.setFocus()
        return page

    def current_page(self) -> RegisterPage:
        page = self.tabs.currentWidget()
        assert isinstance(page, RegisterPage)
        return page

    def update_counts(self) -> None:
        counts = self.bundle.registers.counts(self.county_code)
        for at, (key, spec) in enumerate(REGISTERS.items()):
            title = translate("Registers", spec.title)
            self.tabs.setTabText(
                at, self.tr("%1 (%2)").replace("%1", title).replace("%2", str(counts.get(key, 0)))
            )

    def show_message(self, text: str, refused: bool) -> None:
        self.message_line.setStyleSheet(_ERROR_STYLE if refused else "")
        self.message_line.setText(text)


class RegisterActions(QObject):
    """The 台账 menu's actions, one per register with its count, and the one registers window
    they open (on the county `county` gives when triggered; None: there is no county to show)."""

    #: The window's rows changed (the main window reads the return again).
    rows_changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        bundle: ServiceBundle,
        county: Callable[[], str | None],
        message: Callable[[str, bool], object],
        year: Callable[[], int] | None = None,
    ) -> None:
        """`year`: the year the window shows, which an import offers to count from the
        register."""
        super().__init__(parent)
        self.parent_widget = parent
        self.bundle = bundle
        self.county = county
        self.year = year
        self.tell = message
        self.window: RegistersWindow | None = None
        self._actions: dict[str, QAction] = {}
        for key, spec in REGISTERS.items():
            action = QAction(
                self.tr("%1 register…").replace("%1", translate("Registers", spec.title)), parent
            )
            action.triggered.connect(lambda _checked=False, k=key: self.open(k))
            self._actions[key] = action

    def actions(self) -> list[QAction]:
        return list(self._actions.values())

    def update_counts(self) -> None:
        """The menu shows each register's rows in the county the window would open on."""
        code = self.county()
        counts = self.bundle.registers.counts(code) if code else {}
        for key, action in self._actions.items():
            title = translate("Registers", REGISTERS[key].title)
            text = self.tr("%1 register…").replace("%1", title)
            if code:
                text = (
                    self.tr("%1 register (%2)…")
                    .replace("%1", title)
                    .replace("%2", str(counts.get(key, 0)))
                )
            action.setText(text)

    def open(self, key: str) -> RegistersWindow | None:
        code = self.county()
        if code is None:
            self.tell(
                self.tr(
                    "Registers are kept by county: choose a county, a township or a village "
                    "in the tree first."
                ),
                True,
            )
            return None
        if self.window is None:
            self.window = RegistersWindow(self.bundle, code, self.parent_widget)
            self.window.rows_changed.connect(self.rows_changed)
            for page in self.window.pages.values():
                page.year = self.year
        else:
            self.window.set_county(code)
        self.window.show_register(key)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window
