"""The main window, driven offscreen with the keyboard: key, paste, check, submit, reopen, undo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.persistence.models import AuditRecord, ValueRecord
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_model import ReturnTableModel

FEB = Period.month(2016, 2)


@pytest.fixture
def window(store: Store, qtbot: QtBot, chinese: None) -> MainWindow:
    store.set_home_region("511921")
    win = build_main_window(store, "zh_CN", user="李四")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    return win


def stored(store: Store, code: str, period: Period = FEB, region: str = "511921") -> object:
    from desktop_app.persistence.repositories import IndicatorRepository, RegionRepository

    with store.sessions() as session:
        r = RegionRepository(session).require(region)
        i = IndicatorRepository(session).require(code)
        row = session.scalars(
            select(ValueRecord).where(
                ValueRecord.region_id == r.id,
                ValueRecord.indicator_id == i.id,
                ValueRecord.period == period.code,
            )
        ).first()
        if row is None:
            return None
        return "无" if row.state == "na" else row.amount


def go(win: MainWindow, code: str) -> None:
    assert win.go_to_indicator(code)


def press(widget: QWidget, ch: str) -> None:
    """One typed character, as an IME delivers it (QTest only knows ASCII keys)."""
    key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def type_text(qtbot: QtBot, win: MainWindow, text: str, *, refused: bool = False) -> None:
    """Type `text` on the current cell and press Enter. A refused entry stays in its editor."""
    view = win.page.view
    press(view, text[0])  # typing on a cell starts editing it
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view
    for ch in text[1:]:
        press(editor, ch)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor through a queued call.
    if refused:
        qtbot.waitUntil(lambda: view.held_entry() is editor, timeout=2000)
    else:
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=2000)


def test_models_pass_modeltester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.page.model)
    qtmodeltester.check(window.region_model)
    qtmodeltester.check(window.page.issue_model)


def test_window_is_chinese_and_shows_the_home_county(window: MainWindow) -> None:
    assert "通江县" in window.windowTitle()
    model = window.page.model
    assert model.headerData(ReturnTableModel.COL_CURRENT, Qt.Orientation.Horizontal) == "本期"
    assert window.period_label.text().strip() == "2016年2月"


def test_key_a_return_with_the_keyboard_only(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    # Given the cursor on the first indicator
    go(window, "A01")
    # When the clerk types figures, each followed by Enter (which moves down)
    for text in ["1", "1", "２０", "１，２００", "无"]:
        type_text(qtbot, window, text)
    # Then every figure is in the database, full-width digits included
    assert stored(store, "A01") == Decimal(1)
    assert stored(store, "A02") == Decimal(1)
    assert stored(store, "A03") == Decimal(20)
    assert stored(store, "A04") == Decimal(1200)
    assert stored(store, "A04.1") == "无"
    # and the cursor stands on the next cell to type
    assert window.page.view.currentIndex().data(ReturnTableModel.CodeRole) == "A05"
    with store.sessions() as session:
        who = set(session.scalars(select(AuditRecord.who)))
    assert who == {"李四"}


def test_year_to_date_indicator_is_keyed_in_the_cumulative_column(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    go(window, "C02")
    assert window.page.view.currentIndex().column() == ReturnTableModel.COL_CUMULATIVE
    type_text(qtbot, window, "250.5")
    assert stored(store, "C02") == Decimal("250.5")


def test_text_in_a_count_cell_is_refused_with_a_message(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    go(window, "D02")
    type_text(qtbot, window, "abc", refused=True)
    assert stored(store, "D02") is None
    assert "不是数字" in window.page.message_line.text()
    assert "不是数字" in window.statusBar().currentMessage()


def test_paste_block_with_full_width_digits_and_a_bad_cell(
    window: MainWindow, store: Store
) -> None:
    go(window, "B01")
    block = "\n".join(["１\t备注", "2", "3", "4", "x5", "6", "7", "1,234", "9"]) + "\n"
    window.page._paste_requested(window.page.view.currentIndex(), block)
    assert stored(store, "B01") == Decimal(1)
    assert stored(store, "B04") == Decimal(4)
    assert stored(store, "B05") is None  # "x5" refused
    assert stored(store, "C01") == Decimal(1234)  # the group heading row is skipped
    assert "B05" in window.page.message_line.text()
    with store.sessions() as session:
        sources = set(session.scalars(select(AuditRecord.source)))
    assert sources == {"pasted"}


def test_undo_puts_the_old_value_back(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    go(window, "A08")
    type_text(qtbot, window, "40")
    go(window, "A08")
    type_text(qtbot, window, "45")
    assert stored(store, "A08") == Decimal(45)
    qtbot.keyClick(window.page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(store, "A08") == Decimal(40)
    qtbot.keyClick(window.page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(store, "A08") is None


def test_submit_with_errors_is_refused(window: MainWindow, store: Store) -> None:
    assert not window.page.submit()
    assert "错误" in window.page.message_line.text() or "error" in window.page.message_line.text()
    assert window.page.services.returns.state("511921", FEB).status.value == "draft"


def fill_everything(store: Store) -> None:
    values = ValueService(store.sessions, user="t")
    with store.sessions() as session:
        from desktop_app.persistence.repositories import IndicatorRepository

        rows = IndicatorRepository(session).active()
    for row in rows:
        if not row.indicator.is_computed:
            # January too: a flow's 1-2月累计 needs it (else period_gaps: 缺 2016年1月)
            values.set_text("511921", row.indicator.code, Period.month(2016, 1), "无")
            values.set_text("511921", row.indicator.code, FEB, "无")
    for code, text in [("A04", "10"), ("A04.1", "3"), ("A05", "8"), ("A06", "10")]:
        values.set_text("511921", code, FEB, text)
    values.set_text("511921", "A04", Period.month(2016, 1), "12")  # a stock that dropped: warning


def test_submit_asks_for_explanation_then_locks_and_reopens(
    window: MainWindow, store: Store
) -> None:
    fill_everything(store)
    window.refresh()
    assert window.page.last_check is not None
    assert window.page.last_check.errors == []
    assert window.page.last_check.unexplained
    # The explanation dialog is answered as a clerk would: typed, then Ctrl+Enter.
    from PySide6.QtCore import QTimer

    from desktop_app.ui.explanation_dialog import ExplanationDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExplanationDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.text_edit.insertPlainText("撤并了两个服务点")
        QTest.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, answer)
    assert window.page.submit()
    assert window.page.services.returns.state("511921", FEB).locked
    # A locked return refuses edits, in the UI and in the service, and says why.
    go(window, "A08")
    index = window.page.view.currentIndex()
    assert not window.page.model.is_editable(index)
    assert "报送" in window.page.status_line.text() or "Submitted" in window.page.status_line.text()
    with pytest.raises(Exception) as caught:
        window.page.services.values.set_text("511921", "A08", FEB, "5")
    assert caught.value.issue.code == "return_locked"
    # Reopen needs a reason.
    assert not window.page.reopen("  ")
    assert window.page.reopen("县统计局核对后更正")
    assert window.page.model.is_editable(window.page.model.index(index.row(), index.column()))


def test_region_choice_shows_the_roll_up(window: MainWindow) -> None:
    values = ValueService(window.page.services.values.sessions)
    values.set_text("511921", "D02", FEB, "300")
    values.set_text("511922", "D02", FEB, "100")
    window.region_view.setCurrentIndex(window.region_model.find("511900"))
    assert "巴中市" in window.windowTitle()
    model = window.page.model
    row = model.row_of("D02")
    # Two of 巴中市's five counties reported: the figure is marked and the tooltip names the rest
    cell = model.index(row, ReturnTableModel.COL_CURRENT)
    assert cell.data() == "400*"
    assert cell.data(ReturnTableModel.CoverageRole) == "2/5"
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "2/5" in tooltip and "巴州区" in tooltip and "通江县" not in tooltip
    # A county keyed by itself has nothing rolled up: no mark
    window.region_view.setCurrentIndex(window.region_model.find("511921"))
    assert window.page.model.index(row, ReturnTableModel.COL_CURRENT).data() == "300"


def test_period_keys_move_months(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.period == Period.month(2016, 1)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.period == Period.month(2016, 3)


def test_copy_last_period_marks_stocks_as_copied(window: MainWindow, store: Store) -> None:
    ValueService(store.sessions).set_text("511921", "A08", Period.month(2016, 1), "33")
    window.page.copy_last_period()
    assert stored(store, "A08") == Decimal(33)
    row = window.page.model.row_at(window.page.model.row_of("A08"))
    assert row.copied
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ValueRecord)) >= 2
