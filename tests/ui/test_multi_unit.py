"""The multi-unit grid: townships as columns, the county column rolls them up, paste a block."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.persistence.models import ValueRecord
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.multi_unit import MultiUnitTableModel

FEB = Period.month(2016, 2)
TOWNS = [("511921100", "诺江镇"), ("511921101", "民胜镇"), ("511921102", "广纳镇")]


@pytest.fixture
def window(store: Store, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    assert install_translators("zh_CN")
    store.set_home_region("511921")
    regions = RegionQueries(store.sessions)
    for code, name in TOWNS:
        regions.add(code, name, "511921")
    win = build_main_window(store, "zh_CN", user="王五")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.units_page)
    yield win
    install_translators("en")


def cell(model: MultiUnitTableModel, code: str, column: int) -> str:
    return str(model.index(model.row_of(code), column).data())


def test_multi_unit_model_passes_modeltester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.units_page.model)


def test_multi_unit_columns_are_the_townships(window: MainWindow) -> None:
    model = window.units_page.model
    from PySide6.QtCore import Qt

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[MultiUnitTableModel.COL_TOTAL] == "全县合计"
    assert headers[MultiUnitTableModel.FIRST_UNIT :] == [name for _, name in TOWNS]


def test_multi_unit_paste_block_fills_townships_and_reports_refusal(
    window: MainWindow, store: Store
) -> None:
    page = window.units_page
    model = page.model
    start = model.index(model.row_of("D01"), MultiUnitTableModel.FIRST_UNIT)
    # Given a 10 × 3 block copied from a spreadsheet, full-width digits and one bad cell
    rows = [["１", "２", "３"], ["１０", "２０", "３０"], ["1", "2", "3"], ["4", "5", "6"]]
    rows += [["7", "8", "9"], ["1,000", "2,000", "3,000"], ["5", "x", "5"], ["0", "0", "0"]]
    rows += [["2", "2", "2"], ["3", "3", "3"]]
    block = "\r\n".join("\t".join(r) for r in rows) + "\r\n"
    # When it is pasted on D01 / the first township
    page._paste_requested(start, block)
    # Then the 26 typeable cells are stored (the computed ratio F02 takes none, "x" is refused),
    # the refusals are named, and the county column sums the townships
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ValueRecord)) == 26
    assert cell(model, "D01", MultiUnitTableModel.FIRST_UNIT + 2) == "3"
    assert cell(model, "D01", MultiUnitTableModel.COL_TOTAL) == "6"
    assert cell(model, "D02", MultiUnitTableModel.COL_TOTAL) == "60"
    message = window.statusBar().currentMessage()
    assert "不是数字" in message
    assert "3 个单元格不能填写" in message


def test_multi_unit_county_value_blocks_township_entry(window: MainWindow, store: Store) -> None:
    ValueService(store.sessions).set_text("511921", "A08", FEB, "40")
    page = window.units_page
    page.refresh()
    model = page.model
    model.setData(model.index(model.row_of("A08"), MultiUnitTableModel.FIRST_UNIT), "5")
    assert "已在通江县" in window.statusBar().currentMessage()
    assert cell(model, "A08", MultiUnitTableModel.COL_TOTAL) == "40"


def test_multi_unit_edit_updates_the_total(window: MainWindow, store: Store) -> None:
    model = window.units_page.model
    model.setData(model.index(model.row_of("D03"), MultiUnitTableModel.FIRST_UNIT), "７")
    model.setData(model.index(model.row_of("D03"), MultiUnitTableModel.FIRST_UNIT + 1), "3")
    assert cell(model, "D03", MultiUnitTableModel.COL_TOTAL) == "10"
    with store.sessions() as session:
        amounts = sorted(session.scalars(select(ValueRecord.amount)))
    assert amounts == [Decimal(3), Decimal(7)]
