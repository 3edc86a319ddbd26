"""Keep mine / take theirs: a save refused because another clerk changed the cell since shows
their figure and asks which stays. Enter takes theirs (nothing more is written); Ctrl+Enter keeps
mine, saved on the version of theirs, so that a third change made meanwhile is refused and asked
about again, never overwritten. A pasted block asks once for all its refused cells. A submit or
a reopening on a state another person changed since is refused and the page shows the state as
it is now.

The second clerk works in a second program: a second engine on the same file or server (the
module runs on both back-ends)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import bundle_for, workspace_of
from desktop_app.domain.periods import Period
from desktop_app.domain.users import Role
from desktop_app.persistence.engine import create_sqlite_engine, session_factory
from desktop_app.persistence.models import AuditRecord
from desktop_app.persistence.repositories import IndicatorRepository
from desktop_app.persistence.server import create_server_engine
from desktop_app.services.figures import FigureService
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store
from desktop_app.services.values import CellInput, ValueService
from desktop_app.ui.conflict_dialog import ConflictDialog, ConflictTableModel
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_model import ReturnTableModel
from desktop_app.ui.return_page import ReturnPage
from tests.ui.test_main_window import go, stored, type_text

pytestmark = pytest.mark.both_backends

JAN, FEB = Period.month(2016, 1), Period.month(2016, 2)
COUNTY = "511921"


def open_window(store: Store, qtbot: QtBot, language: str) -> MainWindow:
    """李四's window on February; on the server he logs in, a 审核员 (who keys, submits and
    sends back), made by the first 管理员."""
    store.set_home_region(COUNTY)
    bundle = bundle_for(store, "李四", language)
    if bundle.login_required:
        bundle.users.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        bundle.users.add("zhaomin", "赵敏", Role.ADMIN, "admin-pass-1")
        bundle.log_in("zhaomin", "admin-pass-1")
        bundle.users.add("lisi", "李四", Role.REVIEWER, "li-si-pass-1")
        bundle.log_in("lisi", "li-si-pass-1")
    win = MainWindow(language=language)
    win.attach(workspace_of(bundle))
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture
def window(store: Store, qtbot: QtBot) -> MainWindow:
    return open_window(store, qtbot, "en")


@pytest.fixture
def second(store: Store) -> Iterator[Store]:
    """Another program on the same database: its own engine on the file or on the server."""
    if store.on_server:
        engine = create_server_engine(store.engine.url)
    else:
        assert store.path is not None
        engine = create_sqlite_engine(store.path)
    other = Store(engine, session_factory(engine), store.path)
    yield other
    other.close()


def page_of(win: MainWindow) -> ReturnPage:
    assert win.page is not None
    return win.page


def shown(win: MainWindow, code: str) -> str:
    model = page_of(win).model
    row = model.row_of(code)
    return str(model.index(row, model.keyed_column(model.row_at(row))).data())


def asked(win: MainWindow, qtbot: QtBot) -> ConflictDialog:
    page = page_of(win)
    qtbot.waitUntil(lambda: page.conflict_dialog is not None and page.conflict_dialog.isVisible())
    assert page.conflict_dialog is not None
    return page.conflict_dialog


def answer(dialog: ConflictDialog, qtbot: QtBot, *, keep_mine: bool) -> None:
    """Press Enter (take theirs) or Ctrl+Enter (keep mine) where the keyboard is."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    target = QApplication.focusWidget() or dialog
    modifier = Qt.KeyboardModifier.ControlModifier if keep_mine else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, Qt.Key.Key_Return, modifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def rows_of(dialog: ConflictDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def trail(store: Store, code: str) -> list[tuple[str, str, str]]:
    with store.sessions() as session:
        indicator = IndicatorRepository(session).require(code)
        rows = session.execute(
            select(AuditRecord.who, AuditRecord.old_text, AuditRecord.new_text)
            .where(AuditRecord.indicator_id == indicator.id, AuditRecord.period == FEB.code)
            .order_by(AuditRecord.id)
        ).all()
    return [(who, old, new) for who, old, new in rows]


# --- one cell ------------------------------------------------------------------------------------
def test_a_stale_save_offers_the_choice_and_enter_takes_theirs(
    window: MainWindow, qtbot: QtBot, store: Store, second: Store
) -> None:
    # Given the grid drawn with A01 empty, and 王芳 saving 5 into it from her program since
    ValueService(second.sessions, "王芳").set_text(COUNTY, "A01", FEB, "5")
    go(window, "A01")
    # When 李四 types 7 and presses Enter
    type_text(qtbot, window, "7")
    # Then the grid shows hers and he is asked, her figure, name and time and his entry named
    dialog = asked(window, qtbot)
    assert shown(window, "A01") == "5"
    [row] = rows_of(dialog)
    assert row[ConflictTableModel.COL_THEIRS] == "5"
    assert row[ConflictTableModel.COL_WHO] == "王芳"
    assert row[ConflictTableModel.COL_MINE] == "7"
    assert row[ConflictTableModel.COL_AT].startswith("20")
    text = dialog.message_label.text()
    assert "王芳" in text and "5" in text and "7" in text and "A01" in text
    # When he presses Enter (the safe default): hers stays, nothing of his is written
    answer(dialog, qtbot, keep_mine=False)
    assert stored(store, "A01") == Decimal(5)
    assert trail(store, "A01") == [("王芳", "", "5")]
    assert "王芳" in page_of(window).message_line.text()
    # and the keyboard is back in the grid, on A01
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page_of(window).view)
    assert page_of(window).view.currentIndex().data(ReturnTableModel.CodeRole) == "A01"


def test_keep_mine_saves_mine_after_theirs_in_the_audit(
    window: MainWindow, qtbot: QtBot, store: Store, second: Store
) -> None:
    ValueService(second.sessions, "王芳").set_text(COUNTY, "A01", FEB, "5")
    go(window, "A01")
    type_text(qtbot, window, "7")
    # When 李四 keeps his figure with Ctrl+Enter
    answer(asked(window, qtbot), qtbot, keep_mine=True)
    # Then his 7 is stored and shown, and the audit names him after her, replacing her 5
    assert stored(store, "A01") == Decimal(7)
    assert shown(window, "A01") == "7"
    assert trail(store, "A01") == [("王芳", "", "5"), ("李四", "5", "7")]
    message = page_of(window).message_line.text()
    assert "A01" in message and "王芳" in message
    # and Undo puts hers back (his keep-mine is an edit like any other)
    page_of(window).undo_action.trigger()
    assert stored(store, "A01") == Decimal(5)


def test_keep_mine_is_refused_again_after_a_third_change(
    window: MainWindow, qtbot: QtBot, store: Store, second: Store
) -> None:
    ValueService(second.sessions, "王芳").set_text(COUNTY, "A01", FEB, "5")
    go(window, "A01")
    type_text(qtbot, window, "7")
    first = asked(window, qtbot)
    # Given 赵六 changes A01 to 6 while 李四 is looking at the choice
    ValueService(second.sessions, "赵六").set_text(COUNTY, "A01", FEB, "6")
    # When he keeps his figure
    answer(first, qtbot, keep_mine=True)
    # Then it is refused again, not written over 赵六's 6, which the grid shows, and he is
    # asked again, about 赵六's figure now
    again = asked(window, qtbot)
    assert again is not first
    [row] = rows_of(again)
    assert (row[ConflictTableModel.COL_THEIRS], row[ConflictTableModel.COL_WHO]) == ("6", "赵六")
    assert stored(store, "A01") == Decimal(6)
    assert shown(window, "A01") == "6"
    # When he keeps his figure now, it is saved over 赵六's
    answer(again, qtbot, keep_mine=True)
    assert stored(store, "A01") == Decimal(7)
    assert trail(store, "A01") == [("王芳", "", "5"), ("赵六", "5", "6"), ("李四", "6", "7")]


@pytest.mark.sqlite_only  # the page's own bookkeeping: the same on both back-ends
def test_a_question_left_open_is_dropped_when_another_return_is_shown(
    window: MainWindow, qtbot: QtBot, store: Store, second: Store
) -> None:
    ValueService(second.sessions, "王芳").set_text(COUNTY, "A01", FEB, "5")
    go(window, "A01")
    type_text(qtbot, window, "7")
    dialog = asked(window, qtbot)
    # When the page is moved to January before he answers (the window does so on its own)
    page_of(window).load(COUNTY, JAN)
    # Then the question is gone and nothing of his is saved, in February or in January
    assert page_of(window).conflict_dialog is None and not dialog.isVisible()
    assert stored(store, "A01") == Decimal(5)
    assert stored(store, "A01", JAN) is None


# --- a pasted block ------------------------------------------------------------------------------
@pytest.mark.parametrize("keep_mine", [False, True], ids=["take theirs", "keep mine"])
def test_a_paste_with_stale_cells_lists_them_and_asks_once(
    window: MainWindow, qtbot: QtBot, store: Store, second: Store, keep_mine: bool
) -> None:
    # Given 王芳 saving A02 and clearing A03 (which held 8) after the grid was drawn
    ValueService(store.sessions, "李四").set_text(COUNTY, "A03", FEB, "8")
    page_of(window).refresh()
    theirs = ValueService(second.sessions, "王芳")
    theirs.set_text(COUNTY, "A02", FEB, "4")
    theirs.set_text(COUNTY, "A03", FEB, "")
    # When 李四 pastes 1, 2, 3 from A01 down
    go(window, "A01")
    QApplication.clipboard().setText("1\n2\n3\n")
    qtbot.keyClick(page_of(window).view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    # Then A01 is saved, and he is asked once about A02 and A03, hers and his side by side
    dialog = asked(window, qtbot)
    assert stored(store, "A01") == Decimal(1)
    rows = rows_of(dialog)
    assert [r[0].split()[0] for r in rows] == ["A02", "A03"]
    assert [r[ConflictTableModel.COL_MINE] for r in rows] == ["2", "3"]
    assert rows[0][ConflictTableModel.COL_THEIRS] == "4"
    assert {r[ConflictTableModel.COL_WHO] for r in rows} == {"王芳"}
    assert "2" in dialog.message_label.text()
    answer(dialog, qtbot, keep_mine=keep_mine)
    if keep_mine:
        assert (stored(store, "A02"), stored(store, "A03")) == (Decimal(2), Decimal(3))
        assert trail(store, "A02")[-1] == ("李四", "4", "2")
        assert trail(store, "A03")[-1] == ("李四", "", "3")
    else:
        assert (stored(store, "A02"), stored(store, "A03")) == (Decimal(4), None)
        assert (shown(window, "A02"), shown(window, "A03")) == ("4", "—")


# --- 乡镇分列 ----------------------------------------------------------------------------------------
def test_township_columns_offer_the_choice_and_keep_mine(
    store: Store, qtbot: QtBot, second: Store
) -> None:
    from desktop_app.services.regions import RegionQueries
    from desktop_app.ui.multi_unit import MultiUnitTableModel

    # Given the 乡镇分列 tab drawn with 诺江镇's D01 empty, and 王芳 saving 5 into it since
    RegionQueries(store.sessions).add("511921100", "诺江镇", COUNTY)
    win = open_window(store, qtbot, "en")
    assert win.units_page is not None
    win.tabs.setCurrentWidget(win.units_page)
    page = win.units_page
    ValueService(second.sessions, "王芳").set_text("511921100", "D01", FEB, "5")
    index = page.model.index(page.model.row_of("D01"), MultiUnitTableModel.FIRST_UNIT)
    # When 李四 types 7 into it: hers is shown and he is asked, the township named
    assert page.model.setData(index, "7")
    qtbot.waitUntil(lambda: page.conflict_dialog is not None and page.conflict_dialog.isVisible())
    dialog = page.conflict_dialog
    assert dialog is not None
    [row] = rows_of(dialog)
    assert "诺江镇" in row[ConflictTableModel.COL_INDICATOR]
    assert (row[ConflictTableModel.COL_THEIRS], row[ConflictTableModel.COL_MINE]) == ("5", "7")
    assert stored(store, "D01", region="511921100") == Decimal(5)
    # When he keeps his: saved over hers, the county's total follows
    answer(dialog, qtbot, keep_mine=True)
    assert stored(store, "D01", region="511921100") == Decimal(7)
    shown_now = page.model.index(page.model.row_of("D01"), MultiUnitTableModel.FIRST_UNIT)
    assert shown_now.data() == "7"


def test_a_paste_in_township_columns_asks_once_and_keeps_mine_for_all(
    store: Store, qtbot: QtBot, second: Store
) -> None:
    from desktop_app.services.regions import RegionQueries
    from desktop_app.ui.multi_unit import MultiUnitTableModel

    regions = RegionQueries(store.sessions)
    regions.add("511921100", "诺江镇", COUNTY)
    regions.add("511921101", "民胜镇", COUNTY)
    win = open_window(store, qtbot, "en")
    assert win.units_page is not None
    win.tabs.setCurrentWidget(win.units_page)
    page = win.units_page
    # Given 王芳 saving D01 of both townships after the tab was drawn
    theirs = ValueService(second.sessions, "王芳")
    theirs.set_text("511921100", "D01", FEB, "5")
    theirs.set_text("511921101", "D01", FEB, "6")
    # When 李四 pastes 1 and 2 across D01
    start = page.model.index(page.model.row_of("D01"), MultiUnitTableModel.FIRST_UNIT)
    page._paste_requested(start, "1\t2\n")
    # Then he is asked once about both, and keeping his saves both over hers
    qtbot.waitUntil(lambda: page.conflict_dialog is not None and page.conflict_dialog.isVisible())
    dialog = page.conflict_dialog
    assert dialog is not None and len(rows_of(dialog)) == 2
    answer(dialog, qtbot, keep_mine=True)
    assert stored(store, "D01", region="511921100") == Decimal(1)
    assert stored(store, "D01", region="511921101") == Decimal(2)


# --- the return's state ----------------------------------------------------------------------------
def fill(store: Store) -> None:
    """February complete (无 mostly) with its one warning (A04 fell) explained: submittable."""
    with store.sessions() as session:
        codes = [
            r.indicator.code
            for r in IndicatorRepository(session).active()
            if not r.indicator.is_computed
        ]
    figures = {"A04": "10", "A04.1": "3", "A05": "8", "A06": "10"}
    cells = [CellInput(COUNTY, code, JAN, "12" if code == "A04" else "无") for code in codes]
    cells += [CellInput(COUNTY, code, FEB, figures.get(code, "无")) for code in codes]
    values = ValueService(store.sessions, "t")
    assert values.set_many(cells, source="typed")[1] == []
    returns = ReturnService(store.sessions, FigureService(store.sessions), "t")
    for issue in returns.check(COUNTY, FEB).unexplained:
        returns.explain(COUNTY, FEB, str(issue.params["indicator"]), issue.code, "撤并")


def test_a_submit_or_reopening_on_a_stale_state_is_refused_and_shows_it(
    window: MainWindow, qtbot: QtBot, store: Store, second: Store
) -> None:
    fill(store)
    page = page_of(window)
    page.refresh()
    assert page.screen_view is not None and not page.screen_view.state.locked
    theirs = ReturnService(second.sessions, FigureService(second.sessions), "王五")
    # Given 王五 submits the return from his program after 李四's page showed it as a draft
    theirs.submit(COUNTY, FEB)
    # When 李四 submits
    assert not page.submit()
    # Then nothing more is written, and the page shows it submitted by 王五 and says so
    with store.sessions() as session:
        from desktop_app.persistence.models import ReturnEventRecord

        who = session.scalars(select(ReturnEventRecord.who)).all()
    assert who == ["王五"]
    assert "王五" in page.message_line.text()
    assert "王五" in page.status_line.text()
    assert page.screen_view is not None and page.screen_view.state.locked
    # Given 王五 reopens and submits it again while 李四 looks at it (as submitted)
    seen = page.screen_view.state.version
    again = theirs.reopen(COUNTY, FEB, "核对", based_on=seen).version
    theirs.submit(COUNTY, FEB, based_on=again)
    # When 李四 sends it back with a reason, on what he saw: refused, naming 王五's submission
    assert not page.reopen("数字有误")
    assert "王五" in page.message_line.text()
    assert page.screen_view.state.locked and page.screen_view.state.changed_by == "王五"
    # and on the state shown now it goes through
    assert page.reopen("数字有误")
    assert page.screen_view.state.changed_by == "李四"


# --- the screenshot ---------------------------------------------------------------------------------
@pytest.mark.sqlite_only  # the dialog is the same on both back-ends: drawn once
def test_the_choice_in_chinese_shows_every_column_whole(
    store: Store, qtbot: QtBot, second: Store, tmp_path: Path
) -> None:
    assert install_translators("zh_CN")
    try:
        win = open_window(store, qtbot, "zh_CN")
        ValueService(second.sessions, "王芳").set_text(COUNTY, "C02", FEB, "1234.5")
        go(win, "C02")
        type_text(qtbot, win, "1300")
        dialog = asked(win, qtbot)
        [row] = rows_of(dialog)
        assert row[ConflictTableModel.COL_THEIRS] == "1,234.50"
        assert row[ConflictTableModel.COL_MINE] == "1,300.00"
        assert "王芳" in dialog.message_label.text() and "1,234.50" in dialog.message_label.text()
        # every column as wide as its text, and the buttons' words whole
        view = dialog.table
        for column in range(dialog.model.columnCount()):
            assert view.columnWidth(column) >= view.sizeHintForColumn(column) - 1
        for button in (dialog.theirs_button, dialog.mine_button):
            assert button.width() >= button.sizeHint().width()
        dialog.grab().save(str(tmp_path / "conflict_dialog.png"))
        win.grab().save(str(tmp_path / "window.png"))
        print("screenshots in", tmp_path)
        answer(dialog, qtbot, keep_mine=False)
    finally:
        install_translators("en")
