"""Settings: the language, the people printed on every return and where the database is (a file
or a PostgreSQL server's address, kept without its password). Keyboard-friendly."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.addresses import address_to_keep, has_password
from desktop_app.ui.settings import UserSettings

LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, current: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
        self._current = current
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        for name, label in (
            ("bureau_name", self.tr("&Bureau name:")),
            ("unit_head", self.tr("Bureau &head:")),
            ("statistics_head", self.tr("&Statistics lead:")),
            ("preparer", self.tr("Pr&eparer:")),
            ("phone", self.tr("&Telephone:")),
        ):
            edit = QLineEdit(getattr(current, name))
            edit.setObjectName(name)
            self.edits[name] = edit
            caption = QLabel(label)
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        self.font_edit = QLineEdit(current.report_font)
        self.font_edit.setObjectName("report_font")
        self.font_edit.setPlaceholderText(self.tr("found on this computer"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_edit, 1)
        font_row.addWidget(browse)
        font_caption = QLabel(self.tr("Report &font:"))
        font_caption.setBuddy(self.font_edit)
        form.addRow(font_caption, font_row)
        self.database_edit = QLineEdit(current.database_path)
        self.database_edit.setObjectName("database_path")
        self.database_edit.setPlaceholderText(self.tr("the default file in your data folder"))
        self.database_edit.textChanged.connect(self._database_typed)
        choose_file = QPushButton(self.tr("File…"))
        choose_file.clicked.connect(self._choose_database)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_edit, 1)
        database_row.addWidget(choose_file)
        database_caption = QLabel(self.tr("&Database:"))
        database_caption.setBuddy(self.database_edit)
        form.addRow(database_caption, database_row)
        self.password_warning = QLabel(
            self.tr(
                "The password in this address will not be kept: put it in PostgreSQL's password "
                "file (pgpass) on this computer."
            )
        )
        self.password_warning.setObjectName("passwordWarning")
        self.password_warning.setWordWrap(True)
        self.password_warning.setStyleSheet("color: #b00020")
        self.password_warning.setVisible(has_password(current.database_path))
        form.addRow("", self.password_warning)
        note = QLabel(
            self.tr(
                "A new language takes effect the next time Xianbao starts. Reports need a Chinese "
                "TrueType font (.ttf/.ttc) such as Microsoft YaHei, SimSun or WenQuanYi Micro Hei."
            )
            + "\n"
            + self.tr(
                "The database is a file, or a bureau's server written as "
                "postgresql://USER@HOST:5432/DATABASE. A server's password is never kept in the "
                "settings: the IT helper puts it in PostgreSQL's password file (pgpass) on this "
                "computer. Another database is opened the next time Xianbao starts."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _choose_font(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Chinese TrueType font"),
            self.font_edit.text(),
            self.tr("TrueType fonts (*.ttf *.ttc)"),
        )
        if chosen:
            self.font_edit.setText(chosen)

    def _database_typed(self, text: str) -> None:
        self.password_warning.setVisible(has_password(text))

    def _choose_database(self) -> None:
        current = self.database_edit.text().strip()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a Xianbao database"),
            current if current and "://" not in current else "",
            self.tr("Xianbao databases (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            self.database_edit.setText(chosen)

    def chosen(self) -> UserSettings:
        """The settings as the dialog shows them; a server's address without its password."""
        return replace(
            self._current,
            language=str(self.language_combo.currentData()),
            report_font=self.font_edit.text().strip(),
            database_path=address_to_keep(self.database_edit.text()),
            **{name: edit.text().strip() for name, edit in self.edits.items()},
        )
