"""The grid when another clerk has the same database open: a figure they saved since the grid
was drawn is never overwritten; the cell shows theirs, the message says who and when, the clerk
is asked which stays (tests/ui/test_return_page_conflicts.py tests the choice itself; here the
safe default, theirs, is taken), and the cursor and keyboard focus come back to the cell."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.persistence.engine import create_sqlite_engine, session_factory
from desktop_app.persistence.models import AuditRecord
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_model import ReturnTableModel
from tests.ui.test_main_window import go, stored, type_text
from tests.ui.test_return_page_conflicts import answer, asked

FEB = Period.month(2016, 2)
COUNTY = "511921"


@pytest.fixture
def window(store: Store, qtbot: QtBot) -> MainWindow:
    store.set_home_region(COUNTY)
    win = build_main_window(store, "en", user="李四")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def colleague(store: Store, db_path: Path) -> Iterator[ValueService]:
    """王芳 in a second program on the same file."""
    engine = create_sqlite_engine(db_path)
    yield ValueService(session_factory(engine), user="王芳")
    engine.dispose()


def shown(win: MainWindow, code: str) -> str:
    assert win.page is not None
    model = win.page.model
    row = model.row_of(code)
    return str(model.index(row, model.keyed_column(model.row_at(row))).data())


def test_return_page_refuses_a_stale_cell_and_shows_the_stored_value(
    window: MainWindow, qtbot: QtBot, store: Store, colleague: ValueService
) -> None:
    assert window.page is not None
    # Given the grid drawn with A01 empty, and 王芳 saving 5 into it from her program since
    colleague.set_text(COUNTY, "A01", FEB, "5")
    assert shown(window, "A01") == "—"
    # When 李四 types 7 into A01 and presses Enter
    go(window, "A01")
    type_text(qtbot, window, "7")
    # Then nothing of his is stored: the cell holds and shows her 5
    assert stored(store, "A01") == Decimal(5)
    assert shown(window, "A01") == "5"
    # and the message line and the status bar name her and her figure
    message = window.page.message_line.text()
    assert "王芳" in message and "5" in message and "7" in message
    assert window.statusBar().currentMessage() == message
    # and when he takes hers in the question asked (Enter), the cursor is back on A01, with
    # the keyboard focus in the grid
    answer(asked(window, qtbot), qtbot, keep_mine=False)
    qtbot.waitUntil(
        lambda: (
            window.page is not None
            and window.page.view.currentIndex().data(ReturnTableModel.CodeRole) == "A01"
        )
    )
    assert QApplication.focusWidget() is window.page.view
    # When he types 7 again, now based on what he sees, it is saved
    type_text(qtbot, window, "7")
    assert stored(store, "A01") == Decimal(7)
    with store.sessions() as session:
        trail = session.execute(
            select(AuditRecord.who, AuditRecord.old_text, AuditRecord.new_text).order_by(
                AuditRecord.id
            )
        ).all()
    assert [tuple(r) for r in trail] == [("王芳", "", "5"), ("李四", "5", "7")]


def test_return_page_undo_keeps_a_figure_saved_since_by_another(
    window: MainWindow, qtbot: QtBot, store: Store, colleague: ValueService
) -> None:
    assert window.page is not None
    go(window, "A01")
    type_text(qtbot, window, "3")
    colleague.set_text(COUNTY, "A01", FEB, "9")
    window.page.undo_action.trigger()
    assert stored(store, "A01") == Decimal(9)
    assert shown(window, "A01") == "9"
    assert "王芳" in window.page.message_line.text()
    answer(asked(window, qtbot), qtbot, keep_mine=False)
    assert stored(store, "A01") == Decimal(9)


def test_return_page_paste_refuses_only_the_cells_changed_since(
    window: MainWindow, qtbot: QtBot, store: Store, colleague: ValueService
) -> None:
    assert window.page is not None
    go(window, "A01")
    colleague.set_text(COUNTY, "A02", FEB, "4")
    QApplication.clipboard().setText("1\n2\n3\n")
    qtbot.keyClick(window.page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    assert (stored(store, "A01"), stored(store, "A02"), stored(store, "A03")) == (
        Decimal(1),
        Decimal(4),
        Decimal(3),
    )
    assert "王芳" in window.page.message_line.text()
    answer(asked(window, qtbot), qtbot, keep_mine=False)
    assert stored(store, "A02") == Decimal(4)


def test_township_columns_refuse_a_stale_cell_and_show_the_stored_value(
    store: Store, qtbot: QtBot, colleague: ValueService
) -> None:
    from desktop_app.services.regions import RegionQueries
    from desktop_app.ui.multi_unit import MultiUnitTableModel

    # Given the 乡镇分列 tab drawn with 诺江镇's D01 empty, and 王芳 saving 5 into it since
    store.set_home_region(COUNTY)
    RegionQueries(store.sessions).add("511921100", "诺江镇", COUNTY)
    win = build_main_window(store, "en", user="李四")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    assert win.units_page is not None
    win.tabs.setCurrentWidget(win.units_page)
    page = win.units_page
    colleague.set_text("511921100", "D01", FEB, "5")
    index = page.model.index(page.model.row_of("D01"), MultiUnitTableModel.FIRST_UNIT)
    assert index.data() == "—"
    # When 李四 types 7 into it
    assert page.model.setData(index, "7")
    # Then hers is kept and shown, and the message names her
    assert stored(store, "D01", region="511921100") == Decimal(5)
    shown_now = page.model.index(page.model.row_of("D01"), MultiUnitTableModel.FIRST_UNIT)
    assert shown_now.data() == "5"
    assert "王芳" in win.statusBar().currentMessage()
    # and when he takes hers in the question asked (Enter), his next entry, based on what he
    # now sees, is saved
    qtbot.waitUntil(lambda: page.conflict_dialog is not None)
    assert page.conflict_dialog is not None
    answer(page.conflict_dialog, qtbot, keep_mine=False)
    assert page.model.setData(shown_now, "7")
    assert stored(store, "D01", region="511921100") == Decimal(7)
