"""乡镇和村: the county's townships and villages, kept by the bureau.

A table of the county's townships, each followed by its villages (a village's name is indented),
with the retired ones greyed with their last day when 显示已撤销 is ticked. 添加乡镇 adds one under
the county, 添加村 one under the chosen township (the dialog of 乡镇分列); 改名 (Enter or F2) renames in
place; 撤销 (Delete) asks for the last day, end of last month by default; 恢复 undoes it; 从名单导入
(Ctrl+I) reads an .xlsx or .csv list, shows every row as new / renamed / unchanged / refused with
the reason, and writes all of it on 导入 or nothing on 取消.

Every change goes through RegionQueries (services/regions.py); `regions_changed` says the
county's divisions changed so the window's tree and 乡镇分列 read them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.domain.regions import PlaceListPlan, PlannedPlace, PlanStatus, Region, RegionLevel
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate
from desktop_app.services.regions import Place, PlaceListFile, RegionQueries, read_place_list
from desktop_app.ui.table_model_base import HeaderedTableModel, Index

RETIRED_BRUSH = QBrush(QColor("#8a8a8a"))
NEW_BRUSH = QBrush(QColor("#e2f0d9"))
RENAMED_BRUSH = QBrush(QColor("#fff3cd"))
REFUSED_BRUSH = QBrush(QColor("#f8d7da"))
SKIPPED_BRUSH = QBrush(QColor("#eeeeee"))
_INDENT = "\u3000\u3000"  # a village's name under its township's

LEVEL_TEXTS = {
    RegionLevel.TOWNSHIP: QT_TRANSLATE_NOOP("PlacesTableModel", "Township"),
    RegionLevel.VILLAGE: QT_TRANSLATE_NOOP("PlacesTableModel", "Village"),
}
STATUS_TEXTS = {
    PlanStatus.NEW: QT_TRANSLATE_NOOP("PlanTableModel", "new"),
    PlanStatus.RENAMED: QT_TRANSLATE_NOOP("PlanTableModel", "renamed"),
    PlanStatus.UNCHANGED: QT_TRANSLATE_NOOP("PlanTableModel", "unchanged"),
    PlanStatus.SKIPPED: QT_TRANSLATE_NOOP("PlanTableModel", "skipped (the county itself)"),
    PlanStatus.REFUSED: QT_TRANSLATE_NOOP("PlanTableModel", "refused"),
}
STATUS_BRUSHES = {
    PlanStatus.NEW: NEW_BRUSH,
    PlanStatus.RENAMED: RENAMED_BRUSH,
    PlanStatus.REFUSED: REFUSED_BRUSH,
    PlanStatus.SKIPPED: SKIPPED_BRUSH,
}


def end_of_last_month(today: date) -> date:
    return today.replace(day=1) - timedelta(days=1)


# --- the county's townships and villages -------------------------------------------------------------
class PlacesTableModel(HeaderedTableModel):
    """One row per township or village, a township followed by its villages (code order)."""

    COL_CODE, COL_NAME, COL_LEVEL, COL_RETIRED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("PlacesTableModel", "Code"),
        QT_TRANSLATE_NOOP("PlacesTableModel", "Name"),
        QT_TRANSLATE_NOOP("PlacesTableModel", "Level"),
        QT_TRANSLATE_NOOP("PlacesTableModel", "Retired after"),
    )
    CodeRole = Qt.ItemDataRole.UserRole + 1

    #: A person typed a new name into a row (code, text): the dialog renames through the service.
    rename_requested = Signal(str, str)

    def set_rows(self, rows: list[Place]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def place(self, row: int) -> Place:
        place: Place = self._rows[row]
        return place

    def row_of(self, code: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.code == code and not p.retired), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        place = self.place(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_CODE:
                return place.code
            if column == self.COL_NAME:
                return (_INDENT if place.level is RegionLevel.VILLAGE else "") + place.name
            if column == self.COL_LEVEL:
                return translate("PlacesTableModel", LEVEL_TEXTS[place.level])
            if column == self.COL_RETIRED:
                return place.valid_to.isoformat() if place.valid_to else ""
        if role == Qt.ItemDataRole.EditRole and column == self.COL_NAME:
            return place.name
        if role == Qt.ItemDataRole.ForegroundRole and place.retired:
            return RETIRED_BRUSH
        if role == self.CodeRole:
            return place.code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        place = self.place(index.row())
        if index.column() == self.COL_NAME and place.editable and not place.retired:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() != self.COL_NAME:
            return False
        place = self.place(index.row())
        if str(value).strip() != place.name:
            self.rename_requested.emit(place.code, str(value))
        return False  # the rows are read again after the service has answered


class RetireDialog(QDialog):
    """撤销: the last day the division existed (end of last month by default)."""

    def __init__(
        self, place: Place, villages: int, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retire %1").replace("%1", place.name))
        last = end_of_last_month(today)
        self.day = QDateEdit(QDate(last.year, last.month, last.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        text = self.tr(
            "%1 (%2) no longer exists after the day below. Forms, 乡镇分列 and reports list it "
            "for periods up to that day."
        )
        about = QLabel(text.replace("%1", place.name).replace("%2", place.code))
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Last day:"), self.day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Retire"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        if villages:
            with_it = QLabel(self.tr("Its %n village(s) are retired with it.", "", villages))
            with_it.setWordWrap(True)
            layout.addWidget(with_it)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        self.day.setFocus()

    def last_day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())


# --- the preview of a list -------------------------------------------------------------------------
@dataclass(frozen=True)
class _PlanRow:
    planned: PlannedPlace
    reason: str


class PlanTableModel(HeaderedTableModel):
    """One row per row of the list: the file's row number, code, name, what happens, why."""

    COL_ROW, COL_CODE, COL_NAME, COL_STATUS, COL_REASON = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTableModel", "Row"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Code"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Name"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Result"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Reason"),
    )

    def set_rows(self, plan: PlaceListPlan) -> None:
        self.beginResetModel()
        self._rows = [
            _PlanRow(r, issue_message(r.issue) if r.issue is not None else self._note(r))
            for r in plan.rows
        ]
        self.endResetModel()

    @staticmethod
    def _note(row: PlannedPlace) -> str:
        if row.status is PlanStatus.RENAMED:
            return translate("PlanTableModel", "was %1").replace("%1", row.old_name)
        return ""

    def row(self, row: int) -> _PlanRow:
        found: _PlanRow = self._rows[row]
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row(index.row())
        planned = item.planned
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_ROW:
                return str(planned.row)
            if column == self.COL_CODE:
                return planned.code
            if column == self.COL_NAME:
                return planned.name
            if column == self.COL_STATUS:
                return translate("PlanTableModel", STATUS_TEXTS[planned.status])
            if column == self.COL_REASON:
                return item.reason
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_BRUSHES.get(planned.status)
        return None


class PlaceListPreview(QDialog):
    """What importing a list does, row by row; 导入 writes all of it, 取消 nothing."""

    #: The list was imported (the plan as applied).
    imported = Signal(object)

    def __init__(
        self,
        regions: RegionQueries,
        county: Region,
        listed: PlaceListFile,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.regions = regions
        self.county = county
        self.listed = listed
        self.path = path
        self.plan: PlaceListPlan | None = None
        self.setWindowTitle(self.tr("Import townships and villages — %1").replace("%1", path.name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4161a;")
        self.model = PlanTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.sheet = QComboBox()
        self.sheet.addItems(list(listed.sheets))
        self.sheet.setCurrentText(listed.sheet)
        self.sheet.currentTextChanged.connect(self._sheet_chosen)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        if len(listed.sheets) > 1:
            sheet_label = QLabel(self.tr("&Sheet:"))
            sheet_label.setBuddy(self.sheet)
            top.addWidget(sheet_label)
            top.addWidget(self.sheet)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(860, 520)
        self._show_plan()

    def _sheet_chosen(self, name: str) -> None:
        if not name or name == self.listed.sheet:
            return
        try:
            self.listed = read_place_list(self.path, name)
        except DomainError as exc:
            self.message.setText(issue_message(exc.issue))
            return
        self._show_plan()

    def _show_plan(self) -> None:
        try:
            plan = self.regions.plan_import(self.county.code, self.listed.rows)
        except DomainError as exc:
            self.plan = None
            self.model.set_rows(PlaceListPlan(self.county.code, self.county.name, ()))
            self.message.setText(issue_message(exc.issue))
            self.import_button.setEnabled(False)
            return
        self.plan = plan
        self.model.set_rows(plan)
        counts = (
            self.tr("%1 rows: %2 new, %3 renamed, %4 unchanged, %5 refused.")
            .replace("%1", str(len(plan.rows)))
            .replace("%2", str(plan.count(PlanStatus.NEW)))
            .replace("%3", str(plan.count(PlanStatus.RENAMED)))
            .replace("%4", str(plan.count(PlanStatus.UNCHANGED)))
            .replace("%5", str(plan.count(PlanStatus.REFUSED)))
        )
        self.summary.setText(
            self.tr("Under %1 (%2).")
            .replace("%1", self.county.name)
            .replace("%2", self.county.code)
            + " "
            + counts
        )
        if plan.refused:
            self.message.setText(
                self.tr(
                    "The list cannot be imported while rows are refused: correct them in the "
                    "file (the reasons are in the last column) and import it again."
                )
            )
        elif not plan.changes:
            self.message.setText(self.tr("Xianbao holds every row of this list already."))
        else:
            self.message.setText("")
        self.import_button.setEnabled(not plan.refused and bool(plan.changes))

    def apply(self) -> None:
        """Write the list in one transaction; on a refusal say why and stay open."""
        try:
            plan = self.regions.apply_import(self.county.code, self.listed.rows)
        except DomainError as exc:
            self._show_plan()
            self.message.setText(issue_message(exc.issue))  # after: the plan's line is older
            return
        self.plan = plan
        self.imported.emit(plan)
        self.accept()


# --- the window ---------------------------------------------------------------------------------------
class PlacesDialog(QDialog):
    """乡镇和村 of one county."""

    #: The county's townships or villages changed (the county's code).
    regions_changed = Signal(str)

    def __init__(
        self,
        regions: RegionQueries,
        county: Region,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.regions = regions
        self.county = county
        self.today = today or date.today()
        self.preview: PlaceListPreview | None = None
        self.setWindowTitle(
            self.tr("Townships and villages of %1").replace("%1", f"{county.name} ({county.code})")
        )
        self.model = PlacesTableModel(self)
        # Queued: the rows are read again once the editor has closed, not inside its commit
        self.model.rename_requested.connect(self.rename, Qt.ConnectionType.QueuedConnection)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # F2 and Enter rename the row's name whichever cell is current (start_rename)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.show_retired = QCheckBox(self.tr("Show retire&d"))
        self.show_retired.toggled.connect(lambda _on: self.reload())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4161a;")

        def button(text: str, slot: Any, keys: QKeySequence | None = None) -> QPushButton:
            push = QPushButton(text)
            push.setAutoDefault(False)  # Enter in the table renames; it presses no button
            push.clicked.connect(slot)
            if keys is not None:
                action = QAction(self)
                action.setShortcut(keys)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slot)
                self.addAction(action)
            return push

        self.add_button = button(
            self.tr("Add a &township…"), self.add_township, QKeySequence("Ctrl+N")
        )
        self.add_village_button = button(
            self.tr("Add a &village…"), self.add_village, QKeySequence("Ctrl+Shift+N")
        )
        self.rename_button = button(
            self.tr("Re&name (F2)"), self.start_rename, QKeySequence(Qt.Key.Key_F2)
        )
        self.retire_button = button(
            self.tr("&Retire… (Del)"), self.retire, QKeySequence(Qt.Key.Key_Delete)
        )
        self.reinstate_button = button(self.tr("R&einstate"), self.reinstate)
        self.import_button = button(
            self.tr("&Import from a list… (Ctrl+I)"), self.import_list, QKeySequence("Ctrl+I")
        )
        side = QVBoxLayout()
        for push in (
            self.add_button,
            self.add_village_button,
            self.rename_button,
            self.retire_button,
            self.reinstate_button,
            self.import_button,
        ):
            side.addWidget(push)
        side.addStretch(1)
        side.addWidget(self.show_retired)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Townships have 9-digit codes and villages 12. Retired ones stay in the returns "
                "of the periods up to their last day."
            )
        )
        hint.setWordWrap(True)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 520)
        self.reload()
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.table.setFocus()

    # --- reading ------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        current = select or self._current_code()
        self.model.set_rows(self.regions.places(self.county.code, self.show_retired.isChecked()))
        row = self.model.row_of(current) if current else -1
        if row < 0 and current:
            row = next(
                (i for i in range(self.model.rowCount()) if self.model.place(i).code == current),
                -1,
            )
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, PlacesTableModel.COL_NAME))
        self._enable()

    def current_place(self) -> Place | None:
        index = self.table.currentIndex()
        return self.model.place(index.row()) if index.isValid() else None

    def _current_code(self) -> str | None:
        place = self.current_place()
        return place.code if place is not None else None

    def _enable(self) -> None:
        place = self.current_place()
        live = place is not None and place.editable and not place.retired
        self.rename_button.setEnabled(live)
        self.retire_button.setEnabled(live)
        self.reinstate_button.setEnabled(place is not None and place.retired)
        self.add_village_button.setEnabled(self._current_township() is not None)

    def _changed(self, select: str | None, text: str) -> None:
        self.message.setStyleSheet("color: #1b4332;")
        self.message.setText(text)
        self.reload(select)
        self.regions_changed.emit(self.county.code)

    def _refused(self, exc: DomainError) -> None:
        self.message.setStyleSheet("color: #a4161a;")
        self.message.setText(issue_message(exc.issue))

    # --- acting -------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Enter on a row renames it in place."""
        self.start_rename()

    def start_rename(self) -> None:
        place = self.current_place()
        if place is None or not place.editable or place.retired:
            return
        self.table.edit(self.model.index(self.model.row_of(place.code), PlacesTableModel.COL_NAME))

    def rename(self, code: str, name: str) -> None:
        try:
            self.regions.rename(code, name)
        except DomainError as exc:
            self._refused(exc)
            return
        self._changed(
            code, self.tr("Renamed %1 to %2.").replace("%1", code).replace("%2", name.strip())
        )

    def add_township(self) -> None:
        """Add a township under the county."""
        self._add_under(self.county)

    def add_village(self) -> None:
        """Add a village under the chosen township (or the chosen village's township)."""
        township = self._current_township()
        if township is not None:
            self._add_under(self.regions.get(township))

    def _current_township(self) -> str | None:
        place = self.current_place()
        if place is None or place.retired:
            return None
        return place.code if place.level is RegionLevel.TOWNSHIP else place.parent_code

    def _add_under(self, under: Region) -> None:
        from desktop_app.ui.add_region_dialog import AddRegionDialog

        dialog = AddRegionDialog(self.regions, under, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.added is None:
            return
        added = dialog.added
        self._changed(
            added.code,
            self.tr("Added %1 (%2).").replace("%1", added.name).replace("%2", added.code),
        )

    def retire(self) -> None:
        place = self.current_place()
        if place is None or not place.editable or place.retired:
            return
        villages = (
            sum(
                1
                for i in range(self.model.rowCount())
                if (p := self.model.place(i)).parent_code == place.code and not p.retired
            )
            if place.level is RegionLevel.TOWNSHIP
            else 0
        )
        dialog = RetireDialog(place, villages, self.today, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.retire_on(place.code, dialog.last_day())

    def retire_on(self, code: str, last_day: date) -> None:
        try:
            change = self.regions.retire(code, last_day)
        except DomainError as exc:
            self._refused(exc)
            return
        self._changed(
            code,
            self.tr("Retired %1 after %2 (%n division(s)).", "", len(change.codes))
            .replace("%1", code)
            .replace("%2", last_day.isoformat()),
        )

    def reinstate(self) -> None:
        place = self.current_place()
        if place is None or not place.retired:
            return
        try:
            change = self.regions.reinstate(place.code)
        except DomainError as exc:
            self._refused(exc)
            return
        self._changed(
            place.code,
            self.tr("Reinstated %1 (%n division(s)).", "", len(change.codes)).replace(
                "%1", place.code
            ),
        )

    def import_list(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import townships and villages"),
            "",
            self.tr("Lists (*.xlsx *.csv)"),
        )
        if path:
            self.preview_file(Path(path))

    def preview_file(self, path: Path) -> PlaceListPreview | None:
        """Show what importing `path` does (window-modal); None when the file is refused."""
        try:
            listed = read_place_list(path)
        except DomainError as exc:
            self._refused(exc)
            return None
        preview = self.preview = PlaceListPreview(self.regions, self.county, listed, path, self)
        preview.imported.connect(self._imported)
        preview.open()
        return preview

    def _imported(self, plan: PlaceListPlan) -> None:
        self._changed(
            None,
            self.tr("Imported: %1 new, %2 renamed, %3 unchanged.")
            .replace("%1", str(plan.count(PlanStatus.NEW)))
            .replace("%2", str(plan.count(PlanStatus.RENAMED)))
            .replace("%3", str(plan.count(PlanStatus.UNCHANGED))),
        )
