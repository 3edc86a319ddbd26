"""One view per screen, built once: an Enter in the return grid or in 乡镇分列 is one save and one
view, read in one session each; the grid repaints the rows the save changed and nothing else;
a cell keyed for one township computes that township and the county's totals, not every
township. Real key events on a real window over a real SQLite file; transactions and statements
counted on the engine itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from sqlalchemy import event

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.services.regions import RegionQueries
from desktop_app.services.return_screen import keyed
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.multi_unit import MultiUnitTableModel
from desktop_app.ui.return_model import ReturnTableModel
from desktop_app.ui.return_view import CellEditor, ReturnTableView
from tests.ui.test_main_window import stored

FEB = Period.month(2016, 2)
COUNTY = "511921"  # 通江县
TOWNS = [("511921100", "诺江镇"), ("511921101", "民胜镇"), ("511921102", "广纳镇")]
MORE_TOWNS = [("511921103", "永安镇"), ("511921104", "铁佛镇"), ("511921105", "麻石镇")]


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


def key_in(qtbot: QtBot, text: str) -> None:
    """Typed on the focused widget (the first key opens the cell's editor), then Enter, until
    the editor has committed (Qt commits an Enter on the next turn of the event loop)."""
    for ch in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClicks(widget, ch)
    editor = QApplication.focusWidget()
    assert isinstance(editor, CellEditor)
    viewport = editor.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    assert isinstance(view, ReturnTableView)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: view.state() != view.State.EditingState or view.held_entry() is not None
    )


def counted(store: Store, name: str, run: Callable[[], object]) -> int:
    """How often the engine's event `name` fires while `run` runs ("begin": transactions,
    one per session that reads or writes; "before_cursor_execute": SQL statements)."""
    seen: list[object] = []

    def record(*args: object) -> None:
        seen.append(args)

    event.listen(store.engine, name, record)
    try:
        run()
    finally:
        event.remove(store.engine, name, record)
    return len(seen)


def shown_rows(model: ReturnTableModel | MultiUnitTableModel) -> list[tuple[object, ...]]:
    """What each row shows: text, colours, tooltips, editability of every cell."""
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )
    rows = []
    for r in range(model.rowCount()):
        cells: list[object] = []
        for c in range(model.columnCount()):
            index = model.index(r, c)
            for role in roles:
                value = index.data(role)
                cells.append(value.color().name() if hasattr(value, "color") else value)
            cells.append(bool(index.flags() & Qt.ItemFlag.ItemIsEditable))
        rows.append(tuple(cells))
    return rows


class Signals:
    """The model's signals while a save is shown: rows named by dataChanged, and resets."""

    def __init__(self, model: ReturnTableModel | MultiUnitTableModel) -> None:
        self.rows: set[int] = set()
        self.resets = 0
        self.layouts = 0
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._layout)

    def _changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object = None) -> None:
        self.rows.update(range(top.row(), bottom.row() + 1))

    def _reset(self) -> None:
        self.resets += 1

    def _layout(self) -> None:
        self.layouts += 1


def go_to_keyed(window: MainWindow, code: str) -> QModelIndex:
    assert window.page is not None
    model = window.page.model
    row = model.row_of(code)
    index = model.index(row, model.keyed_column(model.row_at(row)))
    window.page.view.go_to(index)
    window.page.view.setFocus()
    return index


def test_return_screen_enter_is_one_save_and_one_view(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    # Given the county's return on screen, the cursor on D01's figure
    page = window.page
    assert page is not None
    go_to_keyed(window, "D01")
    views_before = page.return_screen.counters.views
    # When 12 and Enter are keyed
    begun = counted(store, "begin", lambda: key_in(qtbot, "12"))
    # Then it is saved and shown, through one write transaction that reads the view after
    # the save too (it was nine sessions: the save and eight reads of the refresh; then two)
    assert stored(store, "D01") == Decimal("12")
    assert page.model.index(page.model.row_of("D01"), ReturnTableModel.COL_CURRENT).data() == "12"
    assert begun == 1
    assert page.return_screen.counters.views == views_before + 1


def test_return_screen_save_repaints_the_rows_it_changed_only(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    page = window.page
    assert page is not None
    model = page.model
    # Given last year's February of D01, so that this year's figure changes its YoY too
    page.return_screen.values.set_text(COUNTY, "D01", FEB.same_period_last_year(), "10")
    page.refresh()
    index = go_to_keyed(window, "D01")
    before = shown_rows(model)
    signals = Signals(model)
    # When 15 and Enter are keyed on D01
    key_in(qtbot, "15")
    after = shown_rows(model)
    # Then the model was not reset or laid out again, and dataChanged named every row that
    # shows something else now (the reference: every cell's text, colours and tooltip before
    # and after), the keyed row, and no other
    assert signals.resets == 0 and signals.layouts == 0
    differing = {r for r, (old, new) in enumerate(zip(before, after, strict=True)) if old != new}
    assert index.row() in differing
    assert differing <= signals.rows <= differing | {index.row()}
    assert len(signals.rows) < model.rowCount() // 4
    assert model.index(index.row(), ReturnTableModel.COL_YOY).data() == "50.0"
    # ... and the grid shows what the database holds
    assert stored(store, "D01") == Decimal("15")
    # ... and every row (tooltips of the issues included) what the grid drawn whole shows
    page.screen_view = None
    page.refresh()
    assert shown_rows(model) == after


def test_return_screen_other_month_keeps_the_columns(window: MainWindow, qtbot: QtBot) -> None:
    page = window.page
    assert page is not None
    go_to_keyed(window, "D01")
    key_in(qtbot, "12")
    widths = [page.view.columnWidth(c) for c in range(page.model.columnCount())]
    # When another month is shown (the model is reset: other figures, other versions) and a
    # figure keyed there, the columns keep their widths
    window.set_period(FEB.shift(1))
    go_to_keyed(window, "D01")
    key_in(qtbot, "1,234")
    assert page.model.index(page.model.row_of("D01"), ReturnTableModel.COL_CURRENT).data() == (
        "1,234"
    )
    assert [page.view.columnWidth(c) for c in range(page.model.columnCount())] == widths


@pytest.fixture
def towns_window(window: MainWindow, store: Store) -> MainWindow:
    regions = RegionQueries(store.sessions)
    for code, name in TOWNS:
        regions.add(code, name, COUNTY)
    assert window.units_page is not None
    window.tabs.setCurrentWidget(window.units_page)
    return window


def key_town(window: MainWindow, qtbot: QtBot, town: str, code: str, text: str) -> None:
    page = window.units_page
    assert page is not None
    page.view.go_to(page.model.index_of(town, code))
    page.view.setFocus()
    key_in(qtbot, text)


def test_township_enter_computes_one_township_and_the_totals(
    towns_window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    page = towns_window.units_page
    assert page is not None
    model = page.model
    # Given D03 keyed for the first two townships
    key_town(towns_window, qtbot, TOWNS[0][0], "D03", "7")
    key_town(towns_window, qtbot, TOWNS[1][0], "D03", "3")
    computed = page.return_screen.counters.townships_computed
    before = shown_rows(model)
    signals = Signals(model)
    row = model.row_of("D03")
    # When 5 is keyed for the third, the save and the view are one session each
    statements = counted(
        store,
        "before_cursor_execute",
        lambda: key_town(towns_window, qtbot, TOWNS[2][0], "D03", "5"),
    )
    # Then one township was computed again (with the county), not three
    assert page.return_screen.counters.townships_computed == computed + 1
    # ... the county column sums the three (independent reference: 7 + 3 + 5)
    total = Decimal(str(model.index(row, MultiUnitTableModel.COL_TOTAL).data()))
    assert total == Decimal(7) + Decimal(3) + Decimal(5)
    assert stored(store, "D03", region=TOWNS[2][0]) == Decimal(5)
    # ... and only the rows that show something else were repainted, without a reset
    after = shown_rows(model)
    differing = {r for r, (old, new) in enumerate(zip(before, after, strict=True)) if old != new}
    assert signals.resets == 0 and signals.layouts == 0
    assert row in differing and differing <= signals.rows <= differing | {row}

    # Given three more townships: an Enter in a new cell costs the same statements as before
    # (it was one roll-up and one versions read per township, so it grew with them)
    regions = RegionQueries(store.sessions)
    for code, name in MORE_TOWNS:
        regions.add(code, name, COUNTY)
    page.refresh()
    more = counted(
        store,
        "before_cursor_execute",
        lambda: key_town(towns_window, qtbot, MORE_TOWNS[0][0], "D03", "8"),
    )
    assert more == statements
    begun = counted(store, "begin", lambda: key_town(towns_window, qtbot, TOWNS[1][0], "D03", "4"))
    assert begun == 2
    total = Decimal(str(model.index(row, MultiUnitTableModel.COL_TOTAL).data()))
    assert total == Decimal(7) + Decimal(4) + Decimal(5) + Decimal(8)


def test_township_screen_matches_each_townships_own_figures(
    towns_window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    """The townships' figures from the county's one roll-up are those of each township's own."""
    page = towns_window.units_page
    assert page is not None
    key_town(towns_window, qtbot, TOWNS[0][0], "D01", "4")
    key_town(towns_window, qtbot, TOWNS[1][0], "D02", "6")
    view = page.return_screen.townships(COUNTY, FEB)
    figures = page.return_screen.returns.figures
    for column, town in enumerate(view.units):
        own = figures.figures(town.code, FEB).by_code()
        for row in view.rows:
            item = own[row.indicator.code]
            assert row.units[column] == keyed(item.indicator, item.figures), (
                town.code,
                row.indicator.code,
            )
