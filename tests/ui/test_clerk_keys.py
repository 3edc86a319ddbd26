"""The clerk's first hour, with real key events on the focused widget: the keyboard starts in the
grid, a refused entry stays in its cell, ten figures take ten Enters, the columns stay where
they are, and messages are seen on the page and go when the return shown changes."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.i18n import translate
from desktop_app.persistence.repositories import IndicatorRepository
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.multi_unit import MultiUnitTableModel
from desktop_app.ui.return_model import ReturnTableModel
from desktop_app.ui.return_view import CellEditor, ReturnTableView
from tests.ui.test_main_window import press, stored

FEB = Period.month(2016, 2)
COUNTY = "511921"  # 通江县, under 巴中市 (511900)
TOWNS = [("511921100", "诺江镇"), ("511921101", "民胜镇")]


@pytest.fixture
def window(store: Store, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    assert install_translators("zh_CN")
    store.set_home_region(COUNTY)
    win = build_main_window(store, "zh_CN", user="李四")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield win
    install_translators("en")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key_in(qtbot: QtBot, text: str) -> None:
    """Each character as a key on whatever has the focus (the first one opens the editor);
    full-width ones as an IME delivers them (QTest only knows ASCII keys)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(focused(), ch)
        else:
            press(focused(), ch)


def enter(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def code_at_cursor(view: ReturnTableView) -> str:
    return str(view.currentIndex().data(ReturnTableModel.CodeRole))


def keyed_indicators(store: Store) -> list[str]:
    """The indicators a county types, in catalogue order (the reference for the grid's order)."""
    with store.sessions() as session:
        rows = IndicatorRepository(session).active()
    return [r.indicator.code for r in rows if not r.indicator.is_computed]


# --- fault 1: where the keyboard starts -----------------------------------------------------------
def test_focus_starts_in_the_grid_on_the_first_figure(window: MainWindow, store: Store) -> None:
    assert window.page is not None
    view = window.page.view
    assert focused() is view
    assert view.currentIndex().column() == ReturnTableModel.COL_CURRENT
    assert code_at_cursor(view) == keyed_indicators(store)[0]


def test_choosing_a_region_puts_the_keyboard_in_its_grid(window: MainWindow, qtbot: QtBot) -> None:
    assert window.page is not None and window.region_model is not None
    view = window.page.view
    go_down = window.page.model.index(5, ReturnTableModel.COL_CURRENT)
    view.go_to(go_down)
    # When the clerk clicks 巴州区 in the tree
    other = window.region_model.find("511902")
    window.region_view.scrollTo(other)
    rect = window.region_view.visualRect(other)
    qtbot.mouseClick(window.region_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # Then its return is shown with the keyboard on its first figure
    assert "巴州区" in window.windowTitle()
    assert focused() is view
    assert view.currentIndex() == view.first_editable()
    assert view.currentIndex().column() == ReturnTableModel.COL_CURRENT


def test_prefecture_figures_kept_by_counties_are_read_only_sums(
    window: MainWindow, store: Store
) -> None:
    assert window.page is not None and window.region_model is not None
    ValueService(store.sessions).set_text(COUNTY, "D02", FEB, "300")
    window.region_view.setCurrentIndex(window.region_model.find("511900"))
    model = window.page.model
    d02 = model.index(model.row_of("D02"), ReturnTableModel.COL_CURRENT)
    # 巴中市's D02 is the sum of its counties: not typed here, and the tooltip says so
    assert d02.data() == "300*"
    assert not model.is_editable(d02)
    tooltip = str(d02.data(Qt.ItemDataRole.ToolTipRole))
    sum_of_counties = translate(
        "ReturnPage", "The sum of the counties; key it in each county's return."
    )
    assert sum_of_counties in tooltip and "1/5" in tooltip
    # which is what the save itself would answer (the level rule)
    with pytest.raises(DomainError) as refused:
        ValueService(store.sessions).set_text("511900", "D02", FEB, "5")
    assert refused.value.issue.code == "entered_at_other_level"
    # An indicator no county keeps this year may be the city's own figure
    a01 = model.index(model.row_of("A01"), ReturnTableModel.COL_CURRENT)
    assert model.is_editable(a01)


# --- fault 2: a refused entry stays ---------------------------------------------------------------
def test_refused_entry_stays_red_in_its_cell_until_corrected(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assert window.page is not None
    view = window.page.view
    first = view.currentIndex()
    # When the clerk types "abc" and presses Enter
    key_in(qtbot, "abc")
    editor = focused()
    assert isinstance(editor, CellEditor)
    enter(qtbot)
    qtbot.waitUntil(lambda: view.held_entry() is editor)
    # Then "abc" is still in the cell, red, with the reason; the cursor has not moved
    assert editor.text() == "abc" and editor.isVisible()
    assert "#f8d7da" in editor.styleSheet()
    assert "不是数字" in editor.toolTip()
    assert "不是数字" in window.page.message_line.text()
    assert view.currentIndex() == first
    assert focused() is editor
    assert stored(store, code_at_cursor(view)) is None
    # When the clerk types over it and presses Enter, the figure is saved and the cursor moves on
    key_in(qtbot, "12")
    enter(qtbot)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert stored(store, str(first.data(ReturnTableModel.CodeRole))) == Decimal(12)
    assert view.currentIndex().row() > first.row()
    assert view.held_entry() is None


def test_escape_on_a_refused_entry_restores_the_stored_value(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assert window.page is not None
    view = window.page.view
    ValueService(store.sessions).set_text(COUNTY, "A01", FEB, "5")
    window.page.refresh()
    cell = view.first_editable()
    view.go_to(cell)
    key_in(qtbot, "-3")
    enter(qtbot)
    qtbot.waitUntil(lambda: view.held_entry() is not None)
    assert window.page.message_line.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert view.held_entry() is None
    assert cell.data() == "5" and stored(store, "A01") == Decimal(5)
    assert view.currentIndex() == cell
    assert window.page.message_line.text() == ""


def test_a_click_elsewhere_does_not_lose_a_refused_entry(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assert window.page is not None
    view = window.page.view
    cell = view.currentIndex()
    key_in(qtbot, "x1")
    enter(qtbot)
    qtbot.waitUntil(lambda: view.held_entry() is not None)
    editor = view.held_entry()
    # When the clerk clicks another cell
    below = view.model().index(cell.row() + 3, ReturnTableModel.COL_NOTE)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(below).center()
    )
    # Then the cursor comes back to the refused entry, which still holds what was typed
    qtbot.waitUntil(lambda: view.currentIndex() == cell)
    assert view.held_entry() is editor and editor is not None and editor.text() == "x1"


def test_refused_entry_stays_in_the_township_columns(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    assert install_translators("zh_CN")
    try:
        store.set_home_region(COUNTY)
        regions = RegionQueries(store.sessions)
        for code, name in TOWNS:
            regions.add(code, name, COUNTY)
        win = build_main_window(store, "zh_CN", user="王五")
        qtbot.addWidget(win)
        win.set_period(FEB)
        win.show()
        qtbot.waitExposed(win)
        assert win.units_page is not None
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        win.tabs.setCurrentWidget(win.units_page)
        page = win.units_page
        view = page.view
        model = page.model
        start = model.index(model.row_of("D01"), MultiUnitTableModel.FIRST_UNIT + 1)
        view.go_to(start)
        view.setFocus()
        # A figure saved: the cursor goes down the same township's column
        key_in(qtbot, "4")
        enter(qtbot)
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
        assert stored(store, "D01", region="511921101") == Decimal(4)
        assert view.currentIndex().column() == start.column()
        assert view.currentIndex().row() == start.row() + 1
        # A refused one stays, red, with the reason on the page
        key_in(qtbot, "abc")
        editor = focused()
        enter(qtbot)
        qtbot.waitUntil(lambda: view.held_entry() is editor)
        assert isinstance(editor, CellEditor) and editor.text() == "abc"
        assert view.currentIndex().row() == start.row() + 1
        assert "不是数字" in page.message_line.text()
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
        assert page.message_line.text() == ""
    finally:
        install_translators("en")


# --- ten figures, ten Enters ------------------------------------------------------------------------
def test_ten_figures_take_ten_enters_beyond_the_digits(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assert window.page is not None
    view = window.page.view
    figures = ["3", "１２", "7", "40", "１，２００", "9", "15", "2", "６", "11"]
    others = 0  # keystrokes beyond the digits (and the separators typed with them)
    for text in figures:
        key_in(qtbot, text)
        enter(qtbot)
        others += 1
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert others <= len(figures) + 2
    # Enter went down the figures a county types, past headings and computed ratios
    expected = [Decimal(x) for x in ["3", "12", "7", "40", "1200", "9", "15", "2", "6", "11"]]
    codes = keyed_indicators(store)[: len(figures)]
    assert [stored(store, code) for code in codes] == expected


# --- fault 3: columns stay where they are ---------------------------------------------------------
def widths(view: ReturnTableView) -> list[int]:
    return [view.columnWidth(c) for c in range(view.model().columnCount())]


def test_columns_keep_their_widths_through_saves_and_region_switches(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.page is not None and window.region_model is not None
    view = window.page.view
    window.resize(1800, 700)  # wider than the columns need: the name column takes the rest
    qtbot.waitUntil(lambda: view.viewport().width() > 1400)
    before = widths(view)
    # 本期 holds a figure typed with full-width digits
    typed = view.fontMetrics().horizontalAdvance("１，２３４．５")
    assert before[ReturnTableModel.COL_CURRENT] > typed
    # 指标名称 takes the width the other columns leave
    assert sum(before) >= view.viewport().width() - 1
    key_in(qtbot, "１，２００")
    enter(qtbot)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert widths(view) == before
    window.region_view.setCurrentIndex(window.region_model.find("511900"))
    window.region_view.setCurrentIndex(window.region_model.find(COUNTY))
    assert widths(view) == before
    # and the name column follows the window's width
    window.resize(window.width() - 100, window.height())
    qtbot.waitUntil(lambda: widths(view)[ReturnTableModel.COL_NAME] < before[1])
    assert widths(view)[ReturnTableModel.COL_CURRENT] == before[ReturnTableModel.COL_CURRENT]


def test_township_columns_keep_their_widths_and_a_click_lands_where_aimed(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    store.set_home_region(COUNTY)
    regions = RegionQueries(store.sessions)
    for code, name in TOWNS:
        regions.add(code, name, COUNTY)
    win = build_main_window(store, "en", user="王五")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    assert win.units_page is not None
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    win.tabs.setCurrentWidget(win.units_page)
    view = win.units_page.view
    model = win.units_page.model
    before = widths(view)
    first = model.index(model.row_of("D01"), MultiUnitTableModel.FIRST_UNIT)
    view.go_to(first)
    view.setFocus()
    key_in(qtbot, "1")
    # When the clerk clicks another township's cell while the entry is open
    target = model.index(model.row_of("D03"), MultiUnitTableModel.FIRST_UNIT + 1)
    point: QPoint = view.visualRect(target).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    # Then the entry is saved, the columns have not moved, and the cursor is where he clicked
    qtbot.waitUntil(lambda: stored(store, "D01", region=TOWNS[0][0]) == Decimal(1))
    assert widths(view) == before
    assert view.currentIndex() == target


# --- fault 5: the window fits, messages are seen and go ---------------------------------------------
def test_window_fits_the_screen(window: MainWindow) -> None:
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.statusBar().isVisible()
    bar = window.statusBar().geometry()
    assert bar.bottom() <= window.height()


def test_messages_are_on_the_page_and_go_when_the_month_changes(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.page is not None
    view = window.page.view
    key_in(qtbot, "abc")
    enter(qtbot)
    qtbot.waitUntil(lambda: view.held_entry() is not None)
    assert "不是数字" in window.statusBar().currentMessage()
    # A message from the window (a backup, an export) is on the page too
    window.go_to_indicator("没有这个指标")
    assert "没有这个指标" in window.page.message_line.text()
    # Another month: the entry and the messages about this one are gone
    window.set_period(FEB.next())
    assert view.held_entry() is None
    assert window.page.message_line.text() == ""
    assert window.statusBar().currentMessage() == ""
    assert view.currentIndex() == view.first_editable()
