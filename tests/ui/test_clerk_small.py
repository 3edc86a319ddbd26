"""The smaller faults a clerk met in the first hour (issue 11, fault 11): a box for a glyph in the
submitted-status line, silence when typing in a locked return, undo shown as 键入 in a cell's
history, and a Qt warning on each Enter in 乡镇分列."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.services.store import Store
from desktop_app.ui.history_dialog import HistoryTableModel
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow
from tests.ui.test_main_window import FEB, fill_everything, go, press, stored, type_text


@pytest.fixture
def window(store: Store, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    assert install_translators("zh_CN")
    store.set_home_region("511921")
    win = build_main_window(store, "zh_CN", user="李四")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    yield win
    install_translators("en")


def submit(win: MainWindow, store: Store) -> None:
    """A complete return, its warnings explained, submitted by 李四."""
    assert win.page is not None
    fill_everything(store)
    returns = win.page.services.returns
    for issue in returns.check("511921", FEB).unexplained:
        returns.explain("511921", FEB, str(issue.params["indicator"]), issue.code, "核实无误")
    returns.submit("511921", FEB)
    win.refresh()


def without_glyph(text: str) -> list[str]:
    """The characters of `text` that no installed font can draw (they show as boxes)."""
    metrics = [QFontMetrics(QFont(family)) for family in QFontDatabase.families()]
    return sorted(
        {ch for ch in text if not ch.isspace() and not any(m.inFontUcs4(ord(ch)) for m in metrics)}
    )


def test_the_submitted_status_line_draws_every_character(window: MainWindow, store: Store) -> None:
    submit(window, store)
    assert window.page is not None
    text = window.page.status_line.text()
    assert "李四" in text and "2" in text  # who submitted it, and when
    assert without_glyph(text) == []


def test_typing_in_a_locked_return_says_it_is_locked_by_whom_and_how_to_reopen(
    window: MainWindow, store: Store
) -> None:
    # Given a submitted return, when the clerk types a figure on one of its cells
    submit(window, store)
    assert window.page is not None
    go(window, "A08")
    press(window.page.view, "5")
    # Then nothing is saved or opened for editing, and the page says why and what to do
    assert window.page.view.state() != window.page.view.State.EditingState
    assert stored(store, "A08") == "无"
    said = window.page.message_line.text()
    assert "李四" in said
    assert "退回修改" in said or "Reopen" in said
    assert window.statusBar().currentMessage() == said


def test_undo_and_redo_read_as_such_in_the_cells_history(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    assert window.page is not None
    go(window, "A08")
    type_text(qtbot, window, "40")
    qtbot.keyClick(window.page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(store, "A08") is None
    window.page.undo_stack.redo()
    assert stored(store, "A08") == Decimal(40)
    entries = window.page.services.cells.history("511921", "A08", FEB)
    assert [e.source for e in entries[-3:]] == ["typed", "undo", "redo"] or [
        e.source for e in entries[:3]
    ] == ["redo", "undo", "typed"]
    model = HistoryTableModel()
    model.set_rows(entries)
    shown = {
        str(model.index(row, HistoryTableModel.COL_SOURCE).data()) for row in range(len(entries))
    }
    assert shown == {"键入", "撤销", "重做"} or shown == {"键入", "undo", "redo"}


def test_enter_in_the_township_grid_saves_without_a_qt_warning(
    window: MainWindow, store: Store, qtbot: QtBot, qtlog: Any
) -> None:
    from desktop_app.services.regions import RegionQueries
    from desktop_app.ui.multi_unit import MultiUnitTableModel

    # Given 通江县 with two townships, on the 乡镇分列 tab
    regions = RegionQueries(store.sessions)
    regions.add("511921100", "诺江镇", "511921")
    regions.add("511921101", "民胜镇", "511921")
    window.tabs.setCurrentWidget(window.units_page)
    window.refresh()
    page = window.units_page
    assert page is not None
    view, model = page.view, page.model
    first = model.index(model.row_of("A08"), MultiUnitTableModel.FIRST_UNIT)
    view.setFocus()
    view.go_to(first)
    # When figures are keyed into two cells going down, each with Enter
    for text in ("7", "8"):
        press(view, text)
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not view
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=2000)
    # Then both are stored and Qt said nothing about editors that are not the view's
    assert stored(store, "A08", region="511921100") == Decimal(7)
    warnings = [r.message for r in qtlog.records if "commitData" in r.message]
    assert warnings == []
