"""Settings: the language and the people printed on every return. Keyboard-friendly."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

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
        note = QLabel(self.tr("A new language takes effect the next time Xianbao starts."))
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

    def chosen(self) -> UserSettings:
        return replace(
            self._current,
            language=str(self.language_combo.currentData()),
            **{name: edit.text().strip() for name, edit in self.edits.items()},
        )
