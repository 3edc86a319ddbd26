"""The return screen's service on a real SQLite file: one view read in one session; mutations
answer with the rows that changed and the new view; refusals leave the view as it was, except
a figure another clerk changed since, which the new view shows with its version."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from desktop_app.domain.periods import Period
from desktop_app.persistence.models import IndicatorRecord, ReturnRecord
from desktop_app.persistence.repositories import RegionRepository
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.return_screen import ReturnScreen, ReturnScreenService, ScreenChange
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from tests.sql_statements import statements

FEB = Period.month(2016, 2)
COUNTY = "511921"


@pytest.fixture
def screen(store: Store) -> ReturnScreenService:
    store.set_home_region(COUNTY)
    values = ValueService(store.sessions, "李四")
    return ReturnScreenService(
        store.sessions, values, ReturnService(store.sessions, FigureService(store.sessions), "李四")
    )


def begun(store: Store, run: Callable[[], object]) -> int:
    seen: list[object] = []

    def record(connection: object) -> None:
        seen.append(connection)

    event.listen(store.engine, "begin", record)
    try:
        run()
    finally:
        event.remove(store.engine, "begin", record)
    return len(seen)


#: What the view after a keyed cell reads, in the save's own transaction after its audit entry:
#: the reference counter, the saved cells' versions, the indicators kept below, their figures
#: (targets, window sums, values, the registers counting derived ones), the explanations, the
#: notes, the state (one statement with its version). The lock is not read: the save was
#: taken. It was 12 statements in a second transaction (issue 15).
REFRESH_STATEMENTS = 10


def current(view: ReturnScreen, code: str) -> object:
    row = view.row(code)
    assert row is not None and row.item is not None
    return row.item.figures.current


def test_return_screen_view_is_read_in_one_session(
    screen: ReturnScreenService, store: Store
) -> None:
    views: list[ReturnScreen] = []
    assert begun(store, lambda: views.append(screen.view(COUNTY, FEB))) == 1
    view = views[0]
    # groups and indicators in catalogue order, every check of the empty return listed
    assert view.rows[0].group is not None
    assert {r.code for r in view.rows if r.code} >= {"A01", "D01", "F02"}
    assert view.check.errors and view.lock is None


def test_return_screen_save_names_the_rows_it_changed(
    screen: ReturnScreenService, store: Store
) -> None:
    view = screen.view(COUNTY, FEB)
    change = screen.save_cell(view, "D01", "12")
    assert change.refusal is None and not change.reshaped
    assert "D01" in change.rows
    assert current(change.view, "D01") == Decimal(12)
    # the rows named are exactly those that differ (the reference: row by row comparison)
    differing = {
        str(new.code)
        for old, new in zip(view.rows, change.view.rows, strict=True)
        if new.code and old != new
    }
    assert set(change.rows) == differing
    # its issues went with it (D01 was missing), and the new view is what a fresh read gives
    assert change.issues_changed
    assert change.view == screen.view(COUNTY, FEB)


def counted_save(
    store: Store, screen: ReturnScreenService, view: ReturnScreen, code: str, text: str
) -> tuple[ScreenChange, list[str], int]:
    """A save on `view`, the statements it sent and the transactions it began."""
    changes: list[ScreenChange] = []
    sent: list[str] = []

    def save() -> None:
        sent.extend(statements(store, lambda: changes.append(screen.save_cell(view, code, text))))

    begins = begun(store, save)
    return changes[0], sent, begins


def test_return_screen_refresh_after_a_save_is_few_statements_in_its_transaction(
    screen: ReturnScreenService, store: Store
) -> None:
    view = screen.view(COUNTY, FEB)
    for code, text in (("D01", "12"), ("A05", "30"), ("D01", "13"), ("D01", "")):
        change, sent, begins = counted_save(store, screen, view, code, text)
        assert begins == 1, code
        assert change.refusal is None and change.view == screen.view(COUNTY, FEB), code
        # the refresh: what is sent after the save's audit entry
        last_write = max(i for i, s in enumerate(sent) if s.startswith("INSERT INTO audit"))
        refresh = sent[last_write + 1 :]
        assert 0 < len(refresh) <= REFRESH_STATEMENTS, "\n".join(refresh)
        assert not any("return_status.status = " in s for s in refresh)  # no lock read
        view = change.view
    assert screen.counters.references_changed == 0


def test_return_screen_save_after_a_submit_elsewhere_is_refused_and_shows_the_lock(
    screen: ReturnScreenService, store: Store
) -> None:
    """The view after a save assumes no lock (the save checked it in the same transaction): a
    return submitted meanwhile refuses the save, and its view then shows the lock."""
    view = screen.view(COUNTY, FEB)
    with store.sessions.begin() as session:
        region = RegionRepository(session).require(COUNTY)
        session.add(
            ReturnRecord(
                region_id=region.id,
                period=FEB.code,
                status="submitted",
                changed_at=datetime.now(UTC),
                changed_by="王五",
            )
        )
    change = screen.save_cell(view, "D01", "12")
    assert change.refusal is not None and change.refusal.code == "return_locked"
    assert change.view.lock is None  # the refusal keeps the view; the page reads it again
    assert screen.view(COUNTY, FEB).lock is not None


def test_return_screen_refusal_keeps_the_view_and_reads_nothing(
    screen: ReturnScreenService, store: Store
) -> None:
    view = screen.view(COUNTY, FEB)
    changes = []
    # "abc" is refused by the save's own checks (at most its own transaction), no view read
    assert begun(store, lambda: changes.append(screen.save_cell(view, "D01", "abc"))) <= 1
    assert screen.counters.views == 1
    change = changes[0]
    assert change.refusal is not None and not change.stale
    assert change.view is view and change.rows == ()


def test_return_screen_stale_save_shows_the_other_clerks_figure(
    screen: ReturnScreenService, store: Store
) -> None:
    view = screen.view(COUNTY, FEB)
    # Given another clerk saves D01 after this view was read
    ValueService(store.sessions, "王五").set_text(COUNTY, "D01", FEB, "40")
    # When this clerk saves D01 on the view shown
    change = screen.save_cell(view, "D01", "12")
    # Then it is refused, naming the other figure, and the new view shows 40 with its version
    assert change.stale and change.refusal is not None
    assert change.refusal.params["who"] == "王五"
    assert current(change.view, "D01") == Decimal(40)
    assert "D01" in change.rows
    # ... so that the clerk's next save, made on what is shown now, is taken
    again = screen.save_cell(change.view, "D01", "12")
    assert again.refusal is None and current(again.view, "D01") == Decimal(12)


def test_return_screen_comment_needs_a_value_then_shows(
    screen: ReturnScreenService, store: Store
) -> None:
    view = screen.view(COUNTY, FEB)
    refused = screen.save_comment(view, "D01", "含线上培训")
    assert refused.refusal is not None and refused.refusal.code == "comment_needs_value"
    saved = screen.save_cell(view, "D01", "12").view
    change = screen.save_comment(saved, "D01", "含线上培训")
    assert change.refusal is None and change.rows == ("D01",)
    row = change.view.row("D01")
    assert row is not None and row.comment == "含线上培训"


def test_return_screen_submit_and_reopen_change_the_state(
    screen: ReturnScreenService, store: Store
) -> None:
    view = screen.view(COUNTY, FEB)
    refused = screen.submit(view)
    assert refused.refusal is not None and refused.refusal.code == "return_has_errors"
    assert refused.view is view
    reopen = screen.reopen(view, "改数")
    assert reopen.refusal is not None and reopen.refusal.code == "return_not_submitted"


def test_return_screen_view_after_a_save_equals_a_fresh_read(
    screen: ReturnScreenService, store: Store
) -> None:
    """After a save the figures of the saved indicator and its ratios are read again, the rest
    kept: the view must be the one a full read gives, for every keyed indicator (own and year
    to date, ratio parts, stocks), a cleared cell and a "无"."""
    values = ValueService(store.sessions, "王五")
    # Given last year's February and this January, so that 同比, 环比 and 累计 have figures
    view = screen.view(COUNTY, FEB)
    keyed = [
        row.item.indicator.code
        for row in view.rows
        if row.item is not None and not row.item.indicator.is_computed
    ]
    for n, code in enumerate(keyed):
        values.set_text(COUNTY, code, FEB.same_period_last_year(), str(n + 5))
        values.set_text(COUNTY, code, FEB.previous(), str(n + 3))
    view = screen.view(COUNTY, FEB)
    for n, code in enumerate(keyed):
        change = screen.save_cell(view, code, str(n + 7))
        assert change.refusal is None, (code, change.refusal)
        assert change.view == screen.view(COUNTY, FEB), code
        view = change.view
    for code, text in ((keyed[0], ""), (keyed[1], "无"), (keyed[2], "0")):
        change = screen.save_cell(view, code, text)
        assert change.refusal is None and change.view == screen.view(COUNTY, FEB), code
        view = change.view
    # ... each from the catalogue and regions read with the first view (nothing changed them)
    assert screen.counters.references_changed == 0


def test_return_screen_figure_changed_meanwhile_keeps_its_shown_version(
    screen: ReturnScreenService, store: Store
) -> None:
    """A figure another clerk changed while this clerk saved another one: this clerk's view
    keeps the figure and version shown, so that a save of it is refused (and shows theirs),
    never taken over their figure unseen."""
    view = screen.view(COUNTY, FEB)
    ValueService(store.sessions, "王五").set_text(COUNTY, "D02", FEB, "40")
    change = screen.save_cell(view, "D01", "12")
    assert change.refusal is None
    refused = screen.save_cell(change.view, "D02", "9")
    assert refused.stale and current(refused.view, "D02") == Decimal(40)


def test_return_screen_township_added_meanwhile_is_in_the_figures_after_a_save(
    screen: ReturnScreenService, store: Store
) -> None:
    """The regions a view was computed over are used again after a save only while unchanged:
    a township another clerk adds (and keys) between two saves is in the county's figures."""
    regions = RegionQueries(store.sessions)
    values = ValueService(store.sessions, "王五")
    # Given the county keys 行政村数 (A06) itself and its one township keys 覆盖村数 (A05)
    regions.add("511921001", "诺江镇", COUNTY)
    values.set_text("511921001", "A05", FEB, "20")
    view = screen.view(COUNTY, FEB)
    assert current(view, "A05") == Decimal(20)
    # When another clerk adds a second township and keys its A05, then this clerk keys A06
    regions.add("511921002", "民胜镇", COUNTY)
    values.set_text("511921002", "A05", FEB, "30")
    change = screen.save_cell(view, "A06", "100")
    # Then A05 and the coverage A07 = A05 / A06 count both townships: 50 villages of 100
    assert change.refusal is None
    assert current(change.view, "A05") == Decimal(20) + Decimal(30)
    assert current(change.view, "A07") == Decimal(50) * 100 / Decimal(100)
    assert change.view == screen.view(COUNTY, FEB)
    assert screen.counters.references_changed == 1


def test_return_screen_catalogue_changed_meanwhile_shows_after_a_save(
    screen: ReturnScreenService, store: Store
) -> None:
    """The catalogue a view was computed over is used again after a save only while unchanged:
    an indicator renamed by an update between two saves shows renamed, and the save of
    another indicator after it reads the view whole."""
    view = screen.view(COUNTY, FEB)
    with store.sessions.begin() as session:
        record = session.scalars(select(IndicatorRecord).where(IndicatorRecord.code == "D02")).one()
        record.name_zh = "培训人次（含线上）"
    change = screen.save_cell(view, "D01", "12")
    assert change.refusal is None
    row = change.view.row("D02")
    assert row is not None and row.item is not None
    assert row.item.indicator.name_zh == "培训人次（含线上）"
    assert "D02" in change.rows
    assert change.view == screen.view(COUNTY, FEB)
    assert screen.counters.references_changed == 1
    # and the next save uses the catalogue read with it
    again = screen.save_cell(change.view, "D01", "13")
    assert again.view == screen.view(COUNTY, FEB)
    assert screen.counters.references_changed == 1


def test_return_screen_rows_kept_below_are_those_its_townships_key(
    screen: ReturnScreenService, store: Store
) -> None:
    """A figure a township keeps this year is their sum here, not keyed (rolled_up); what
    another county's township keys is not, and a save keeps the flags a fresh read gives."""
    regions = RegionQueries(store.sessions)
    values = ValueService(store.sessions, "王五")
    regions.add("511921001", "诺江镇", COUNTY)
    regions.add("511922001", "南江镇", "511922")  # under 南江县, outside 通江县
    values.set_text("511921001", "A05", FEB, "20")
    values.set_text("511921001", "D02", FEB.previous(), "7")  # this year, another month
    values.set_text("511922001", "D01", FEB, "5")
    values.set_text("511921001", "B01", FEB.same_period_last_year(), "2")  # last year
    view = screen.view(COUNTY, FEB)
    assert {str(r.code) for r in view.rows if r.rolled_up} == {"A05", "D02"}
    change = screen.save_cell(view, "A06", "100")
    assert {str(r.code) for r in change.view.rows if r.rolled_up} == {"A05", "D02"}
    assert change.view == screen.view(COUNTY, FEB)


@pytest.mark.parametrize(
    ("status", "submitted_by", "locked"),
    [
        ("submitted", COUNTY, {"511921", "511921001"}),  # its own and the township below
        ("submitted", "511900", {"511921", "511921001"}),  # 巴中市 above it
        ("reopened", COUNTY, set()),
        ("submitted", "511922", set()),  # 南江县, a neighbour
    ],
)
def test_return_screen_lock_is_a_submitted_return_on_the_regions_path(
    screen: ReturnScreenService, store: Store, status: str, submitted_by: str, locked: set[str]
) -> None:
    RegionQueries(store.sessions).add("511921001", "诺江镇", COUNTY)
    with store.sessions.begin() as session:
        region = RegionRepository(session).require(submitted_by)
        session.add(
            ReturnRecord(
                region_id=region.id,
                period=FEB.code,
                status=status,
                changed_at=datetime.now(UTC),
                changed_by="张三",
            )
        )
    shown = {code for code in (COUNTY, "511921001") if screen.view(code, FEB).lock is not None}
    assert shown == locked
    for code in (COUNTY, "511921001"):
        refused = screen.save_cell(screen.view(code, FEB), "D01", "3").refusal
        assert (refused is not None and refused.code == "return_locked") == (code in locked)
