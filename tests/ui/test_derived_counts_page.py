"""The return's counts filled from a register (issue 12): a service-point list is imported, the
return's 村级电子商务服务点 changes, and a double-click on it lists the rows behind it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.services.regions import RegionQueries
from desktop_app.services.registers import ImportRow, RegisterService
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.language import install_translators
from desktop_app.ui.return_model import ReturnTableModel
from desktop_app.ui.rows_behind_dialog import RowsBehindDialog

COUNTY = "511921"
T1 = "511921101"
V11, V12 = T1 + "201", T1 + "202"
MARCH = Period.month(2024, 3)


def test_an_imported_list_fills_the_count_and_a_double_click_shows_its_rows(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    regions = RegionQueries(store.sessions)
    regions.add(T1, "江口镇", COUNTY)
    regions.add(V11, "龙泉村", T1)
    regions.add(V12, "金宝村", T1)
    store.set_home_region(COUNTY)
    assert install_translators("zh_CN")
    try:
        window = build_main_window(store, "zh_CN", user="李四")
        qtbot.addWidget(window)
        window.set_period(MARCH)
        window.show()
        qtbot.waitExposed(window)
        model = window.page.model
        row = model.row_of("A04")
        cell = model.index(row, ReturnTableModel.COL_CURRENT)
        assert cell.data() == "—"
        assert model.is_editable(cell)

        # A list of three points (one closed in February) is imported, and the county derives
        # its counts from it this year
        registers = RegisterService(store.sessions, "李四")
        listed = [
            ("龙泉村", "龙泉村服务点", "村级点", date(2024, 1, 5), None),
            ("金宝村", "金宝村服务点", "村级点", "2024-02-01", "2024-02-20"),
            ("金宝村", "金宝村新点", "村级点", "2024年3月2日", None),
        ]
        rows = [
            ImportRow(line, place, {"name": n, "level": lv, "opened": o, "closed": c})
            for line, (place, n, lv, o, c) in enumerate(listed, start=2)
        ]
        plan = registers.plan_import("service_points", COUNTY, rows, {"村级点": "village"})
        assert registers.apply_import(plan).added == 3
        registers.set_deriving(COUNTY, ["A05"], 2024, True)
        window.refresh()
        # A04 is switched in the window, on its cell (返回 menu: 本年由台账计数)
        page = window.page
        page.view.setCurrentIndex(model.index(row, ReturnTableModel.COL_CURRENT))
        assert page.derive_action.isEnabled() and not page.derive_action.isChecked()
        page.derive_action.trigger()
        assert page.derive_action.isChecked()

        # The count is the register's: two points open at the end of March, read-only
        cell = model.index(row, ReturnTableModel.COL_CURRENT)
        assert cell.data() == "2"
        assert not model.is_editable(cell)
        assert "台账" in str(cell.data(Qt.ItemDataRole.ToolTipRole))
        assert model.index(model.row_of("A05"), ReturnTableModel.COL_CURRENT).data() == "2"

        # A double-click on it lists the two points behind it, with their villages
        view = window.page.view
        view.scrollTo(cell)
        # (a real double-click: the first click presses the cell, the second is the double one)
        at = view.visualRect(cell).center()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
        dialogs = [d for d in window.findChildren(RowsBehindDialog) if d.isVisible()]
        assert len(dialogs) == 1
        texts = dialogs[0].texts()
        assert [(r[0], r[1]) for r in texts] == [
            ("龙泉村", "龙泉村服务点"),
            ("金宝村", "金宝村新点"),
        ]
        assert "A04" in dialogs[0].heading.text() and "= 2" in dialogs[0].heading.text()
        dialogs[0].close()

        # 乡镇分列: the township's column is its own rows, read-only too
        window.tabs.setCurrentWidget(window.units_page)
        units = window.units_page.model
        township = units.index(units.row_of("A04"), units.FIRST_UNIT)
        assert township.data() == "2"
        assert not (township.flags() & Qt.ItemFlag.ItemIsEditable)
        window.tabs.setCurrentWidget(window.page)

        # Typing on it says where the figure comes from instead of keying it
        view.setCurrentIndex(cell)
        QTest.keyClick(view, Qt.Key.Key_5)
        assert "台账" in window.statusBar().currentMessage()

        # An indicator keyed this year is not switched: the refusal says why
        ValueService(store.sessions, "李四").set_text(COUNTY, "A01", MARCH, "1")
        window.refresh()
        a01 = model.index(model.row_of("A01"), ReturnTableModel.COL_CURRENT)
        assert a01.data() == "1"
        view.setCurrentIndex(a01)
        assert page.derive_action.isEnabled()
        page.derive_action.trigger()
        assert not page.derive_action.isChecked()
        refusal = window.statusBar().currentMessage()
        assert "A01" in refusal and "台账" in refusal
        assert model.is_editable(model.index(model.row_of("A01"), ReturnTableModel.COL_CURRENT))
    finally:
        install_translators("en")
