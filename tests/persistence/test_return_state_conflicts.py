"""No silent overwrite of a return's state: a submit (报送) or a reopening (退回修改) states the
version of the state the person saw (the id of the return's latest event; 0 when never
submitted) and is refused, writing nothing, when another person submitted or reopened the return
since; made on the new version it goes through.

"Another person" works in a second program: a second engine on the same file or server (run on
both back-ends through the `store` fixture)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.returns import ReturnStatus
from desktop_app.i18n import issue_message
from desktop_app.persistence.engine import create_sqlite_engine, session_factory
from desktop_app.persistence.models import ReturnEventRecord, ReturnRecord
from desktop_app.persistence.repositories import IndicatorRepository
from desktop_app.persistence.server import create_server_engine
from desktop_app.services.figures import FigureService
from desktop_app.services.return_screen import ReturnScreenService
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store
from desktop_app.services.values import CellInput, ValueService

JAN, FEB = Period.month(2016, 1), Period.month(2016, 2)
COUNTY = "511921"


@pytest.fixture
def other(store: Store) -> Iterator[Store]:
    """王五's program on the same database: its own engine on the file or on the server."""
    if store.on_server:
        engine = create_server_engine(store.engine.url)
    else:
        assert store.path is not None
        engine = create_sqlite_engine(store.path)
    second = Store(engine, session_factory(engine), store.path)
    yield second
    second.close()


def returns_of(store: Store, user: str) -> ReturnService:
    return ReturnService(store.sessions, FigureService(store.sessions), user)


@pytest.fixture
def complete(store: Store) -> None:
    """February's return of the county with every figure keyed (无 mostly) and its one warning
    (A04, a stock that fell) explained: it can be submitted. One transaction."""
    store.set_home_region(COUNTY)
    with store.sessions() as session:
        codes = [
            r.indicator.code
            for r in IndicatorRepository(session).active()
            if not r.indicator.is_computed
        ]
    figures = {"A04": "10", "A04.1": "3", "A05": "8", "A06": "10"}
    cells = [CellInput(COUNTY, code, JAN, "12" if code == "A04" else "无") for code in codes]
    cells += [CellInput(COUNTY, code, FEB, figures.get(code, "无")) for code in codes]
    _, refused = ValueService(store.sessions, "t").set_many(cells, source="typed")
    assert refused == []
    returns = returns_of(store, "t")
    for issue in returns.check(COUNTY, FEB).unexplained:
        returns.explain(COUNTY, FEB, str(issue.params["indicator"]), issue.code, "撤并")
    assert returns.check(COUNTY, FEB).errors == [] and returns.check(COUNTY, FEB).unexplained == []


def events(store: Store) -> list[tuple[int, str, str]]:
    with store.sessions() as session:
        rows = session.execute(
            select(ReturnEventRecord.id, ReturnEventRecord.action, ReturnEventRecord.who)
            .where(ReturnEventRecord.period == FEB.code)
            .order_by(ReturnEventRecord.id)
        ).all()
    return [(i, action, who) for i, action, who in rows]


def status(store: Store) -> tuple[str, str] | None:
    with store.sessions() as session:
        row = session.execute(
            select(ReturnRecord.status, ReturnRecord.changed_by).where(
                ReturnRecord.period == FEB.code
            )
        ).first()
    return None if row is None else (row[0], row[1])


@pytest.mark.usefixtures("complete")
def test_return_state_version_is_the_latest_event(store: Store, other: Store) -> None:
    mine = returns_of(store, "李四")
    # never submitted: version 0
    assert mine.state(COUNTY, FEB).version == 0
    submitted = returns_of(other, "王五").submit(COUNTY, FEB)
    # the state a submit returns carries its new version, and a read gives the same
    [(first, _, _)] = events(store)
    assert submitted.version == first
    assert mine.state(COUNTY, FEB).version == first
    # a caller that states no version (a script) is not checked, as before
    reopened = mine.reopen(COUNTY, FEB, "改数")
    assert reopened.version == events(store)[-1][0] > first
    now = mine.state(COUNTY, FEB)
    assert (now.status, now.changed_by, now.version) == (
        reopened.status,
        reopened.changed_by,
        reopened.version,
    )


@pytest.mark.usefixtures("complete")
def test_return_state_stale_submit_is_refused_and_writes_nothing(
    store: Store, other: Store
) -> None:
    mine, theirs = returns_of(store, "李四"), returns_of(other, "王五")
    # Given a return 李四 read while it was reopened ...
    first = theirs.submit(COUNTY, FEB).version
    seen = theirs.reopen(COUNTY, FEB, "核对", based_on=first).version
    assert mine.state(COUNTY, FEB).version == seen
    # ... and 王五 in his program submitting and reopening it again since, with a reason
    again = theirs.submit(COUNTY, FEB, based_on=seen).version
    latest = theirs.reopen(COUNTY, FEB, "补报网店数", based_on=again).version
    before = events(store)
    # When 李四 submits on the state he saw
    with pytest.raises(DomainError) as refused:
        mine.submit(COUNTY, FEB, based_on=seen)
    # Then it is refused naming who reopened it, when and why, and nothing is written
    issue = refused.value.issue
    assert issue.code == "return_reopened_since"
    assert issue.params["who"] == "王五" and issue.params["reason"] == "补报网店数"
    assert issue.params["version"] == latest
    assert events(store) == before
    assert status(store) == (ReturnStatus.REOPENED.value, "王五")
    text = issue_message(issue)
    assert "王五" in text and "补报网店数" in text and str(issue.params["at"]) in text
    # When he submits on the state as it is now, it goes through, his name on it
    state = mine.submit(COUNTY, FEB, based_on=latest)
    assert state.status is ReturnStatus.SUBMITTED and state.changed_by == "李四"
    assert events(store)[-1][1:] == ("submit", "李四")


@pytest.mark.usefixtures("complete")
def test_return_state_stale_reopen_is_refused_and_writes_nothing(
    store: Store, other: Store
) -> None:
    mine, theirs = returns_of(store, "李四"), returns_of(other, "王五")
    # Given a submitted return 李四 read (the 审核员 about to send it back) ...
    seen = theirs.submit(COUNTY, FEB).version
    assert mine.state(COUNTY, FEB).version == seen
    # ... which 王五 reopened and submitted again meanwhile
    reopened = theirs.reopen(COUNTY, FEB, "核对", based_on=seen).version
    latest = theirs.submit(COUNTY, FEB, based_on=reopened).version
    before = events(store)
    # When 李四 sends it back on the state he saw
    with pytest.raises(DomainError) as refused:
        mine.reopen(COUNTY, FEB, "数字有误", based_on=seen)
    # Then it is refused naming the new submission, and nothing is written
    assert refused.value.issue.code == "return_submitted_since"
    assert refused.value.issue.params["who"] == "王五"
    assert events(store) == before
    assert status(store) == (ReturnStatus.SUBMITTED.value, "王五")
    # ... and on the state as it is now it goes through
    state = mine.reopen(COUNTY, FEB, "数字有误", based_on=latest)
    assert (state.status, state.changed_by, state.reason) == (
        ReturnStatus.REOPENED,
        "李四",
        "数字有误",
    )


@pytest.mark.usefixtures("complete")
def test_return_screen_stale_submit_shows_the_state_as_it_is_now(
    store: Store, other: Store
) -> None:
    screen = ReturnScreenService(
        store.sessions, ValueService(store.sessions, "李四"), returns_of(store, "李四")
    )
    view = screen.view(COUNTY, FEB)
    assert view.state.version == 0 and not view.state.locked
    # 王五 submits from his program after 李四's page was drawn
    submitted = returns_of(other, "王五").submit(COUNTY, FEB)
    change = screen.submit(view)
    # refused, and the change's view shows the return as 王五 left it, with its version
    assert change.state_stale and change.refusal is not None
    assert change.refusal.params["who"] == "王五"
    shown = change.view.state
    assert change.state_changed and shown.locked
    assert (shown.changed_by, shown.version) == ("王五", submitted.version)
    assert change.view.lock is not None
    assert [who for _, _, who in events(store)] == ["王五"]
    # a reopening on the view now shown goes through
    reopened = screen.reopen(change.view, "改数")
    assert reopened.refusal is None and reopened.view.state.changed_by == "李四"
    # and a reopening on the first (stale) view is refused again
    assert screen.reopen(view, "改数").state_stale
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ReturnEventRecord)) == 2
