"""First-run setup, driven offscreen with the keyboard as a clerk would."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.ui.settings import UserSettings
from desktop_app.ui.setup_dialog import SetupDialog


def press(widget: QWidget, ch: str) -> None:
    """One typed character, as an IME delivers it (QTest only knows ASCII keys)."""
    key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def type_into(widget: QWidget, text: str) -> None:
    for ch in text:
        press(widget, ch)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot) -> QWidget:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def open_dialog(
    qtbot: QtBot, store: Store, initial: UserSettings | None = None, **kwargs: str
) -> SetupDialog:
    dialog = SetupDialog(RegionQueries(store.sessions), initial or UserSettings(), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    return dialog


def combo(dialog: SetupDialog, name: str) -> QComboBox:
    widget = dialog.findChild(QComboBox, name)
    assert widget is not None
    return widget


def edit(dialog: SetupDialog, name: str) -> QLineEdit:
    widget = dialog.findChild(QLineEdit, name)
    assert widget is not None
    return widget


def test_setup_opens_on_sichuan_and_waits_for_a_county(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    assert combo(dialog, "provinceCombo").currentText() == "四川省"
    assert combo(dialog, "prefectureCombo").findText("巴中市") >= 0
    assert combo(dialog, "prefectureCombo").currentIndex() == -1
    assert combo(dialog, "countyCombo").count() == 0
    assert not dialog.ok_button.isEnabled()
    # Enter with no county chosen keeps the dialog open
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_set_up_a_county_with_the_keyboard_only(qtbot: QtBot, store: Store) -> None:
    # Given the dialog, focus on the province (四川省 already chosen)
    dialog = open_dialog(qtbot, store)
    assert focused() is combo(dialog, "provinceCombo")
    # When the clerk tabs to the prefecture and county and types the first character of each
    prefecture = tab(qtbot)
    assert prefecture is combo(dialog, "prefectureCombo")
    press(prefecture, "巴")
    assert combo(dialog, "prefectureCombo").currentText() == "巴中市"
    county = tab(qtbot)
    assert county is combo(dialog, "countyCombo")
    press(county, "通")
    assert combo(dialog, "countyCombo").currentText() == "通江县"
    # Then the bureau name follows the county
    bureau = tab(qtbot)
    assert bureau is edit(dialog, "bureauEdit")
    assert bureau.text() == "通江县商务局"
    # When the people are typed, field after field, and Enter pressed
    for name, text in [
        ("unitHeadEdit", "王建国"),
        ("statisticsHeadEdit", "李芳"),
        ("preparerEdit", "张三"),
        ("phoneEdit", "0827-7222345"),
    ]:
        field = tab(qtbot)
        assert field is edit(dialog, name)
        type_into(field, text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    # Then the dialog is accepted with the county and the people
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.setup_result()
    assert result.region_code == "511921"
    assert not result.demo
    assert result.settings == UserSettings(
        bureau_name="通江县商务局",
        unit_head="王建国",
        statistics_head="李芳",
        preparer="张三",
        phone="0827-7222345",
    )


def test_choosing_a_province_refills_the_lists_below(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    prefecture, county = combo(dialog, "prefectureCombo"), combo(dialog, "countyCombo")
    prefecture.setCurrentIndex(prefecture.findText("巴中市"))
    assert county.findText("南江县") >= 0
    province = combo(dialog, "provinceCombo")
    province.setCurrentIndex(province.findText("青海省"))
    assert prefecture.findText("巴中市") == -1
    assert prefecture.findText("西宁市") >= 0
    assert county.count() == 0
    assert not dialog.ok_button.isEnabled()


def test_bureau_name_is_prefilled_until_the_clerk_types_one(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    prefecture, county = combo(dialog, "prefectureCombo"), combo(dialog, "countyCombo")
    bureau = edit(dialog, "bureauEdit")
    prefecture.setCurrentIndex(prefecture.findText("巴中市"))
    county.setCurrentIndex(county.findText("南江县"))
    assert bureau.text() == "南江县商务局"
    county.setCurrentIndex(county.findText("通江县"))
    assert bureau.text() == "通江县商务局"
    # A name the clerk typed is kept when the county changes
    bureau.selectAll()
    type_into(bureau, "通江县商务和经济信息化局")
    county.setCurrentIndex(county.findText("平昌县"))
    assert bureau.text() == "通江县商务和经济信息化局"
    assert dialog.setup_result().settings.bureau_name == "通江县商务和经济信息化局"
    # and an emptied field follows the county again
    bureau.selectAll()
    qtbot.keyClick(bureau, Qt.Key.Key_Backspace)
    county.setCurrentIndex(county.findText("南江县"))
    assert bureau.text() == "南江县商务局"


def test_a_bureau_name_already_in_the_settings_is_kept(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store, UserSettings(bureau_name="巴中市通江县商务局"))
    prefecture, county = combo(dialog, "prefectureCombo"), combo(dialog, "countyCombo")
    prefecture.setCurrentIndex(prefecture.findText("巴中市"))
    county.setCurrentIndex(county.findText("通江县"))
    assert edit(dialog, "bureauEdit").text() == "巴中市通江县商务局"


def test_demo_choice_needs_no_county(qtbot: QtBot, store: Store) -> None:
    initial = UserSettings(language="en", preparer="张三", database_path="/data/x.sqlite3")
    dialog = open_dialog(qtbot, store, initial)
    assert not dialog.ok_button.isEnabled()
    # The mnemonic Alt+D chooses the demo
    qtbot.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.demo_radio.isChecked, timeout=2000)  # a mnemonic animates the click
    assert not dialog.region_box.isEnabled()
    assert edit(dialog, "bureauEdit").text() == "通江县商务局"
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.setup_result()
    assert result.demo
    assert result.region_code == "511921"
    assert result.settings.bureau_name == "通江县商务局"
    # What the clerk did not touch is kept from the initial settings
    assert result.settings.preparer == "张三"
    assert result.settings.language == "en"
    assert result.settings.database_path == "/data/x.sqlite3"


def test_escape_cancels(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("key", "name"),
    [
        (Qt.Key.Key_C, "countyCombo"),
        (Qt.Key.Key_R, "prefectureCombo"),
        (Qt.Key.Key_E, "preparerEdit"),
        (Qt.Key.Key_T, "phoneEdit"),
    ],
)
def test_labels_have_mnemonics(qtbot: QtBot, store: Store, key: Qt.Key, name: str) -> None:
    dialog = open_dialog(qtbot, store)
    qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)
    assert focused().objectName() == name
    assert dialog.isVisible()


def test_setup_run_again_shows_the_chosen_county(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store, region_code="511922")
    assert combo(dialog, "provinceCombo").currentText() == "四川省"
    assert combo(dialog, "prefectureCombo").currentText() == "巴中市"
    assert combo(dialog, "countyCombo").currentText() == "南江县"
    assert dialog.ok_button.isEnabled()
    assert dialog.setup_result().region_code == "511922"


def test_leaving_the_demo_gives_back_the_bureau_name_typed(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    prefecture, county = combo(dialog, "prefectureCombo"), combo(dialog, "countyCombo")
    prefecture.setCurrentIndex(prefecture.findText("巴中市"))
    county.setCurrentIndex(county.findText("南江县"))
    dialog.demo_radio.setChecked(True)
    assert edit(dialog, "bureauEdit").text() == "通江县商务局"
    dialog.own_radio.setChecked(True)
    assert edit(dialog, "bureauEdit").text() == "南江县商务局"
    assert dialog.region_box.isEnabled()
    result = dialog.setup_result()
    assert (result.region_code, result.demo) == ("511922", False)
    assert result.settings.bureau_name == "南江县商务局"
