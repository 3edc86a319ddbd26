"""Settings after the first run: the people printed on returns and the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.services.store import Store
from desktop_app.ui.settings import UserSettings, load_settings, save_settings
from desktop_app.ui.settings_dialog import SettingsDialog


def test_settings_dialog_edits_people_and_language(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = SettingsDialog(UserSettings(preparer="张三", phone="0827-1"))
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "languageCombo")
    preparer = dialog.findChild(QLineEdit, "preparer")
    assert combo is not None and preparer is not None
    assert combo.currentData() == "zh_CN"
    assert preparer.text() == "张三"
    combo.setCurrentIndex(combo.findData("en"))
    preparer.setText(" 李四 ")
    chosen = dialog.chosen()
    assert chosen == UserSettings(language="en", preparer="李四", phone="0827-1")


def test_main_window_saves_settings(
    store: Store, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_settings(UserSettings(bureau_name="通江县商务局"), qs)
    store.set_home_region("511921")
    window = build_main_window(store, "zh_CN", settings_store=qs)
    qtbot.addWidget(window)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        edit = dialog.findChild(QLineEdit, "unit_head")
        assert edit is not None
        edit.setText("王建国")
        dialog.accept()

    QTimer.singleShot(0, answer)
    chosen = window.edit_settings()
    assert chosen is not None
    assert load_settings(qs) == UserSettings(bureau_name="通江县商务局", unit_head="王建国")
