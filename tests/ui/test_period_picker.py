"""The period picker: month, quarter, half-year and year views, typed periods, and the period the
window opens on. Driven with real key events on real widgets over a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.main_window import MainWindow, last_month
from desktop_app.ui.period_picker import PeriodPicker, as_kind

COUNTY = "511921"  # 通江县


def type_chars(widget: QWidget, text: str) -> None:
    """Typed characters as an IME delivers them (QTest only knows ASCII keys)."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.mark.parametrize(
    ("period", "kind", "expected"),
    [
        (Period.month(2025, 3), PeriodKind.QUARTER, Period.quarter(2025, 1)),
        (Period.month(2025, 4), PeriodKind.QUARTER, Period.quarter(2025, 2)),
        (Period.month(2025, 7), PeriodKind.HALF_YEAR, Period.half_year(2025, 2)),
        (Period.month(2025, 12), PeriodKind.YEAR, Period.whole_year(2025)),
        (Period.quarter(2025, 1), PeriodKind.MONTH, Period.month(2025, 3)),
        (Period.quarter(2025, 3), PeriodKind.HALF_YEAR, Period.half_year(2025, 2)),
        (Period.half_year(2025, 1), PeriodKind.QUARTER, Period.quarter(2025, 2)),
        (Period.whole_year(2025), PeriodKind.MONTH, Period.month(2025, 12)),
        (Period.whole_year(2025), PeriodKind.HALF_YEAR, Period.half_year(2025, 2)),
    ],
)
def test_as_kind_holds_or_ends_the_period(
    period: Period, kind: PeriodKind, expected: Period
) -> None:
    converted = as_kind(period, kind)
    assert converted == expected
    # Independent check: a longer period contains the old one; a shorter one ends with it.
    if kind.months >= period.kind.months:
        assert converted.contains(period)
    else:
        assert period.contains(converted) and converted.end_month == period.end_month


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-03", Period.month(2025, 3)),
        ("2025年3月", Period.month(2025, 3)),
        ("2025Q1", Period.quarter(2025, 1)),
        ("2025年上半年", Period.half_year(2025, 1)),
        ("２０２５年", Period.whole_year(2025)),
    ],
)
def test_picker_typed_period_is_chosen(
    qtbot: QtBot, chinese: None, typed: str, expected: Period
) -> None:
    picker = PeriodPicker(Period.month(2016, 2), "zh_CN")
    qtbot.addWidget(picker)
    picker.edit.selectAll()
    type_chars(picker.edit, typed)
    with qtbot.waitSignal(picker.period_chosen) as chosen:
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert chosen.args == [expected]
    assert picker.edit.text() == expected.label_zh
    assert picker.kind_box.currentData() == expected.kind.value


def test_picker_keeps_a_text_that_is_no_period_and_says_why(qtbot: QtBot, chinese: None) -> None:
    picker = PeriodPicker(Period.month(2016, 2), "zh_CN")
    qtbot.addWidget(picker)
    chosen: list[object] = []
    said: list[tuple[str, bool]] = []
    picker.period_chosen.connect(chosen.append)
    picker.message.connect(lambda text, refused: said.append((text, refused)))
    picker.edit.selectAll()
    type_chars(picker.edit, "2025年13月")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert chosen == []
    assert picker.edit.text() == "2025年13月"  # kept, to be corrected
    assert picker.edit.property("refused") is True
    assert said and said[0][1] is True and "2025年13月" in said[0][0]
    assert picker.period == Period.month(2016, 2)


def test_picker_kind_box_and_steps(qtbot: QtBot, chinese: None) -> None:
    picker = PeriodPicker(Period.month(2025, 5), "zh_CN")
    qtbot.addWidget(picker)
    chosen: list[object] = []
    picker.period_chosen.connect(chosen.append)
    picker.kind_box.activated.emit(1)  # the clerk picks 季度 in the box
    assert chosen[-1] == Period.quarter(2025, 2)
    qtbot.mouseClick(picker.next_button, Qt.MouseButton.LeftButton)
    assert chosen[-1] == Period.quarter(2025, 3)
    picker.kind_box.activated.emit(3)
    assert chosen[-1] == Period.whole_year(2025)
    qtbot.mouseClick(picker.previous_button, Qt.MouseButton.LeftButton)
    assert chosen[-1] == Period.whole_year(2024)
    assert picker.edit.text() == "2024年"


@pytest.fixture
def window(store: Store, qtbot: QtBot, chinese: None) -> MainWindow:
    store.set_home_region(COUNTY)
    win = build_main_window(store, "zh_CN", user="李四")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_opens_on_the_period_due_when_there_is_no_data(window: MainWindow) -> None:
    assert window.period == last_month(date.today())
    assert window.page is not None and window.page.period == window.period


def test_window_opens_on_the_latest_period_with_data(
    store: Store, qtbot: QtBot, chinese: None
) -> None:
    # Given figures keyed for March and May 2016 (and one for a township, in June), and one
    # keyed by mistake for a year that has not begun
    store.set_home_region(COUNTY)
    values = ValueService(store.sessions, "张三")
    values.set_text(COUNTY, "C02", Period.month(2016, 3), "12")
    values.set_text(COUNTY, "C02", Period.month(2016, 5), "14")
    values.set_text(COUNTY, "C02", Period.month(date.today().year + 2, 1), "1")
    # When the window opens
    win = build_main_window(store, "zh_CN", user="李四")
    qtbot.addWidget(win)
    # Then it shows May 2016, not the empty month due now nor the future one
    assert win.period == Period.month(2016, 5)
    assert win.period_label.text() == "2016年5月"


def test_window_ctrl_g_jumps_to_a_typed_quarter_and_steps_by_quarters(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.page is not None
    window.activateWindow()
    # Ctrl+G puts the cursor in the period box; the clerk types a quarter and Enter
    qtbot.keyClick(window.page.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.period_picker.edit
    type_chars(window.period_picker.edit, "2016Q1")
    qtbot.keyClick(window.period_picker.edit, Qt.Key.Key_Return)
    assert window.period == Period.quarter(2016, 1)
    assert window.page.period == Period.quarter(2016, 1)
    assert window.focusWidget() is window.page.view  # back to the figures, to type
    assert window.page.model.rowCount() > 0  # the quarter's return is drawn
    assert "2016年第一季度" in window.windowTitle()
    # Ctrl+PgDown steps by the period shown: the next quarter
    qtbot.keyClick(window.page.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.period == Period.quarter(2016, 2)
    assert window.period_label.text() == "2016年第二季度"


def test_window_esc_in_the_period_box_gives_up_and_returns_to_the_grid(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.page is not None
    before = window.period
    window.activateWindow()
    qtbot.keyClick(window.page.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    type_chars(window.period_picker.edit, "2016")
    qtbot.keyClick(window.period_picker.edit, Qt.Key.Key_Escape)
    assert window.period == before
    assert window.period_label.text() == before.label_zh
    assert window.focusWidget() is window.page.view


def test_window_quarter_view_shows_the_quarter_and_refuses_a_quarterly_figure(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    # Given 网络零售额 (a flow keyed as 1-N月累计) keyed for 1-3月 and 1-6月 2016
    values = ValueService(store.sessions, "张三")
    values.set_text(COUNTY, "C02", Period.month(2016, 3), "1000")
    values.set_text(COUNTY, "C02", Period.month(2016, 6), "2500.75")
    assert window.page is not None
    # When the clerk types the second quarter into the picker
    window.period_picker.focus_box()
    type_chars(window.period_picker.edit, "2016年第二季度")
    qtbot.keyClick(window.period_picker.edit, Qt.Key.Key_Return)
    # Then the quarter's 本期 is April to June (2500.75 - 1000), its 累计 is 1-6月, shown as the
    # grid shows amounts
    model = window.page.model
    row = model.row_of("C02")
    assert model.index(row, model.COL_NAME).data() == "网络零售额"
    assert model.index(row, model.COL_CURRENT).data() == "1,500.75"
    assert model.index(row, model.COL_CUMULATIVE).data() == "2,500.75"
    # and a figure keyed for the quarter itself is refused with the reason, not a crash
    window.page._edit_requested("C02", model.keyed_column(model.row_at(row)), "5")
    assert "2016年第二季度" in window.page.message_line.text()
    assert model.index(row, model.COL_CUMULATIVE).data() == "2,500.75"


def test_demo_county_opens_on_a_month_with_figures(
    demo_county_store: Store, qtbot: QtBot, chinese: None
) -> None:
    # Given the demo county filled as first run does (the session's copy)
    # When the window opens
    win = build_main_window(demo_county_store, "zh_CN")
    qtbot.addWidget(win)
    # Then it shows December 2025, the demo's last month, with its figures
    assert win.period == Period.month(2025, 12)
    assert win.page is not None
    model = win.page.model
    row = model.row_of("C02")
    assert model.index(row, model.COL_CUMULATIVE).data() not in ("", "—", None)
