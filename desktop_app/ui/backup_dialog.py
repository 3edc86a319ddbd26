"""Backups and restore (文件 ▸ 恢复备份…): the backups by date with what each holds, a button to
back up now, and one to restore the selected backup (or another file) after a confirmation that
names the database it replaces.

The dialog only chooses: it emits `restore_requested` with the backup's path, and whoever owns
the database (app.py) closes it, restores and reopens it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMargins, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.backup_text import held_text, info_cells
from desktop_app.domain.issues import DomainError
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate
from desktop_app.services.backups import (
    BackupInfo,
    BackupKind,
    backups_folder,
    list_backups,
    make_backup,
    read_backup,
)
from desktop_app.ui.table_model_base import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex


class BackupTableModel(HeaderedTableModel):
    COL_MADE = 0
    COL_KIND = 1
    COL_REGIONS = 2
    COL_LAST_PERIOD = 3
    COL_VALUES = 4
    COL_SIZE = 5
    COL_FILE = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupTableModel", "Made"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Kind"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Regions"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Last period"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Values"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
        QT_TRANSLATE_NOOP("BackupTableModel", "File"),
    )
    PathRole = Qt.ItemDataRole.UserRole + 1
    _NUMBERS = (COL_REGIONS, COL_VALUES, COL_SIZE)

    def __init__(self, language: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[BackupInfo] = []
        self._cells: list[list[str]] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [[*info_cells(info, self._language), info.path.name] for info in self._rows]
        self.endResetModel()

    def info_at(self, row: int) -> BackupInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.path.name + ("\n" + issue_message(info.problem) if info.problem else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and info.problem is not None:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == self.PathRole:
            return str(info.path)
        return None


def _ask(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("BackupDialog", "Restore a backup"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class BackupDialog(QDialog):
    #: The clerk confirmed restoring this backup (a Path).
    restore_requested = Signal(object)

    def __init__(
        self,
        database: Path,
        language: str = "zh_CN",
        parent: QWidget | None = None,
        *,
        ask: Callable[[QWidget, str], bool] = _ask,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._language = language
        self._ask = ask
        self.setWindowTitle(translate("BackupDialog", "Backups and restore"))
        self.resize(760, 420)

        where = QLabel(
            translate("BackupDialog", "Database: {database}").format(database=database)
            + "\n"
            + translate("BackupDialog", "Backups are kept in: {folder}").format(
                folder=backups_folder(database)
            )
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupTableModel(language, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.view.verticalHeader().hide()
        # A backup's file name on one line, whole: the dialog is made wide enough for it (see
        # _fit_width); on a screen too narrow it loses its middle, never its date or kind.
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Enter or a double click on a backup restores it (after the question)
        self.view.activated.connect(lambda _index: self.restore_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = QPushButton(translate("BackupDialog", "&Back up now"))
        self.restore_button = QPushButton(
            translate("BackupDialog", "&Restore the selected backup…")
        )
        self.file_button = QPushButton(translate("BackupDialog", "Restore from another &file…"))
        for button in (self.back_up_button, self.restore_button, self.file_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()
        self._fit_width()
        self.view.setFocus()

    def _fit_width(self) -> None:
        """As wide as the table's columns need, within the screen's room."""
        header = self.view.horizontalHeader()
        wanted = sum(
            max(header.sectionSizeHint(c), self.view.sizeHintForColumn(c))
            for c in range(self.model.columnCount())
        )
        frame = 2 * self.view.frameWidth() + self.view.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        width = max(760, wanted + frame + margins.left() + margins.right())
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 40)
        self.resize(width, self.height())

    # --- the list ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            infos = list_backups(self.database)
        finally:
            self.unsetCursor()
        self.model.set_rows(infos)
        self.restore_button.setEnabled(bool(infos))
        if not infos:
            self.status.setText(
                translate("BackupDialog", "There are no backups yet. Back up now to make one.")
            )
            return
        first = next((row for row, info in enumerate(infos) if info.usable), 0)
        self.view.selectRow(first)

    def selected(self) -> BackupInfo | None:
        index = self.view.currentIndex()
        return self.model.info_at(index.row()) if index.isValid() else None

    # --- actions -------------------------------------------------------------------------------
    def back_up_now(self) -> Path | None:
        try:
            copy = make_backup(self.database, BackupKind.MANUAL)
        except DomainError as exc:
            self.status.setText(issue_message(exc.issue))
            return None
        self.reload()
        self.status.setText(translate("BackupDialog", "Backup written: {path}").format(path=copy))
        return copy

    def restore_selected(self) -> bool:
        info = self.selected()
        return info is not None and self.restore(info)

    def restore_from_file(self) -> bool:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("BackupDialog", "Restore from a file"),
            str(backups_folder(self.database)),
            translate("BackupDialog", "Xianbao databases (*.sqlite3 *.db);;All files (*)"),
        )
        return bool(chosen) and self.restore(read_backup(Path(chosen)))

    def restore(self, info: BackupInfo) -> bool:
        """Ask, naming what will be replaced; on Yes emit restore_requested and close."""
        if info.problem is not None:
            self.status.setText(issue_message(info.problem))
            return False
        current = read_backup(self.database) if self.database.exists() else None
        question = translate(
            "BackupDialog",
            "Replace the database {database} ({current}) with the backup made on {made} ({held})?",
        ).format(
            database=self.database,
            current=held_text(current, self._language)
            if current is not None
            else translate("BackupDialog", "none yet"),
            made=info.made.strftime("%Y-%m-%d %H:%M"),
            held=held_text(info, self._language),
        )
        question += "\n\n" + translate(
            "BackupDialog", "The database as it is now is kept in the backups folder first."
        )
        if not self._ask(self, question):
            return False
        self.restore_requested.emit(info.path)
        self.accept()
        return True
