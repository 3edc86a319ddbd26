"""The first-run setup works on the bundle built at start-up: the county chosen is the home
region, and the 填表人 typed in the setup is who the first value keyed is audited as (the
bundle was built before the setup, with the login name)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.app import bundle_for, first_run, workspace_of
from desktop_app.domain.periods import Period
from desktop_app.services.store import Store
from desktop_app.services.values import current_user
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import load_settings
from tests.ui.test_qt_language import user_settings

__all__ = ["user_settings"]

MARCH = Period.month(2025, 3)


def test_first_run_person_typed_in_the_setup_is_audited_from_the_first_value(
    store: Store, qtbot: QtBot, qapp: QApplication, user_settings: None
) -> None:
    # Given the bundle built at start-up, before the setup, with the login name
    bundle = bundle_for(store, load_settings().person())
    assert bundle.person == current_user()

    def fill_in() -> None:
        dialog = qapp.activeModalWidget()
        assert dialog is not None
        prefecture = dialog.findChild(QComboBox, "prefectureCombo")
        prefecture.setCurrentIndex(prefecture.findText("巴中市"))
        county = dialog.findChild(QComboBox, "countyCombo")
        county.setCurrentIndex(county.findText("通江县"))
        dialog.findChild(QLineEdit, "preparerEdit").setText("王五")
        dialog.accept()

    # When the clerk chooses 通江县 and types 王五 as 填表人 in the setup
    QTimer.singleShot(0, fill_in)
    assert first_run(bundle, load_settings(), None)
    bundle.set_person(load_settings().person())  # as run_gui does after the setup
    window = MainWindow(language="zh_CN")
    qtbot.addWidget(window)
    window.attach(workspace_of(bundle))
    assert window.page is not None
    window.page.services.values.set_text("511921", "A01", MARCH, "1")
    # Then the home region is 通江县 and the first value is 王五's
    assert bundle.home_region() == "511921"
    assert bundle.cells.history("511921", "A01", MARCH)[0].who == "王五"
