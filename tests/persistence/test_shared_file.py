"""Two programs on one database file: a save reads what it changes under the write lock, a stale
save is refused naming the other value, and a write that finds the file locked waits with
progress and gives up with a sentence.

"Another program" is a second engine on the same file or server (its own connections, as a second
process has); the two-process acceptance tests are tests/persistence/test_two_clerks.py (the file)
and tests/persistence/test_server_two_clerks.py (the server).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.i18n import issue_message
from desktop_app.persistence.engine import LockWait, create_sqlite_engine, session_factory
from desktop_app.persistence.models import AuditRecord, ValueRecord
from desktop_app.persistence.server import WRITE_LOCK_KEY, create_server_engine
from desktop_app.services.store import Store
from desktop_app.services.values import CellInput, CellQueries, ValueService

JAN = Period.month(2016, 1)
COUNTY = "511921"


@pytest.fixture
def other(store: Store) -> Iterator[Store]:
    """A second program on the same database (the first, `store`, has upgraded it): its own
    engine on the file, or on the server."""
    if store.on_server:
        engine = create_server_engine(store.engine.url)
    else:
        assert store.path is not None
        engine = create_sqlite_engine(store.path)
    second = Store(engine, session_factory(engine), store.path)
    yield second
    second.close()


def audit_trail(store: Store, indicator: str = "D02") -> list[tuple[str, str, str]]:
    with store.sessions() as session:
        rows = session.execute(
            select(AuditRecord.old_text, AuditRecord.new_text, AuditRecord.who)
            .where(AuditRecord.period == JAN.code)
            .order_by(AuditRecord.id)
        ).all()
    return [(old, new, who) for old, new, who in rows]


def hold_write_lock(
    where: Store | Path, seconds: float, until: Callable[[], bool] | None = None
) -> threading.Thread:
    """Another connection takes the write lock and keeps it `seconds` (or, with `until`, until
    that says so, `seconds` at most); returns once it holds it. On the file (a store on one, or
    its path) SQLite's own (BEGIN IMMEDIATE), on a server the advisory lock every write takes."""
    held = threading.Event()

    def keep() -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not (until is not None and until()):
            time.sleep(0.05)

    store = where if isinstance(where, Store) else None
    path = where if isinstance(where, Path) else where.path

    def run_file() -> None:
        assert path is not None
        db = sqlite3.connect(path, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            held.set()
            keep()
            db.execute("COMMIT")
        finally:
            db.close()

    def run_server() -> None:
        assert store is not None
        engine = create_server_engine(store.engine.url)
        try:
            with engine.connect() as connection, connection.begin():
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY}
                )
                held.set()
                keep()
        finally:
            engine.dispose()

    on_server = store is not None and store.on_server
    thread = threading.Thread(target=run_server if on_server else run_file, daemon=True)
    thread.start()
    assert held.wait(5)
    return thread


def write_lock_is_free(store: Store) -> bool:
    """Whether another program could take the write lock now, without waiting."""
    if store.on_server:
        engine = create_server_engine(store.engine.url)
        try:
            with engine.connect() as connection, connection.begin():
                return bool(
                    connection.execute(
                        text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY}
                    ).scalar()
                )
        finally:
            engine.dispose()
    assert store.path is not None
    probe = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    finally:
        probe.close()


class RecordingWaiter:
    def __init__(self, give_up_after: int | None = None) -> None:
        self.calls: list[tuple[float, float, str]] = []
        self.finished_calls = 0
        self.give_up_after = give_up_after

    def waiting(self, elapsed: float, limit: float, holders: str) -> bool:
        self.calls.append((elapsed, limit, holders))
        return self.give_up_after is None or len(self.calls) < self.give_up_after

    def finished(self) -> None:
        self.finished_calls += 1


# --- the write lock: what a save reads cannot change before it writes --------------------------
@pytest.mark.parametrize("before", ["", "1"], ids=["new cell", "stored cell"])
def test_shared_file_save_reads_the_old_value_under_the_write_lock(
    store: Store, other: Store, before: str
) -> None:
    # Given a cell empty or holding 1, and a second program that saves 2 into it exactly while
    # the first program's save of 3 has read the cell but not yet written it
    mine = ValueService(store.sessions, user="甲")
    theirs = ValueService(other.sessions, user="乙")
    if before:
        mine.set_text(COUNTY, "D02", JAN, before)
    failures: list[BaseException] = []
    threads: list[threading.Thread] = []

    def save_theirs() -> None:
        try:
            theirs.set_text(COUNTY, "D02", JAN, "2")
        except BaseException as exc:
            failures.append(exc)

    def between_read_and_write(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        # the read of the cell's row and version: the old value for the audit, whether to
        # insert, and whether the cell changed since it was seen
        cell_read = "LEFT OUTER JOIN value" in statement and "max(audit.id)" in statement
        if threads or not cell_read:
            return
        thread = threading.Thread(target=save_theirs)
        threads.append(thread)
        thread.start()
        thread.join(1.0)  # today the second save completes here; with the lock it must wait

    event.listen(store.engine, "after_cursor_execute", between_read_and_write)
    try:
        # When the first program saves 3
        mine.set_text(COUNTY, "D02", JAN, "3")
    finally:
        event.remove(store.engine, "after_cursor_execute", between_read_and_write)
    threads[0].join(30)
    # Then both saves are applied one after the other, no IntegrityError, and the audit chain
    # is exact: each entry's old value is the previous entry's new value
    assert failures == []
    trail = audit_trail(store)
    olds = [old for old, _new, _who in trail]
    news = [new for _old, new, _who in trail]
    assert olds == ["", *news[:-1]]
    assert [(old, new) for old, new, _ in trail[-2:]] == [(before, "3"), ("3", "2")]
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ValueRecord)) == 1


def test_shared_file_read_session_takes_no_write_lock(store: Store) -> None:
    holder = hold_write_lock(store, 1.0)
    started = time.monotonic()
    with store.sessions() as session:
        session.scalar(select(func.count()).select_from(ValueRecord))
    assert time.monotonic() - started < 0.5
    holder.join()


def test_shared_file_write_session_holds_the_write_lock_from_its_start(store: Store) -> None:
    assert write_lock_is_free(store)
    with store.sessions.begin() as session:
        session.scalar(select(func.count()).select_from(ValueRecord))  # a read only, so far
        assert not write_lock_is_free(store)
    assert write_lock_is_free(store)


def test_shared_file_set_many_keeps_its_savepoints(store: Store) -> None:
    values = ValueService(store.sessions, user="甲")
    cells = [
        CellInput(COUNTY, "D02", JAN, "5"),
        CellInput(COUNTY, "D03", JAN, "-1"),  # refused, its savepoint rolled back
        CellInput(COUNTY, "D01", JAN, "7"),
    ]
    changes, refusals = values.set_many(cells, source="pasted")
    assert [c.indicator_code for c in changes] == ["D02", "D01"]
    assert [r.cell.indicator_code for r in refusals] == ["D03"]
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ValueRecord)) == 2


# --- versions: a stale save is refused, naming the other value ---------------------------------
def test_shared_file_stale_save_is_refused_naming_the_other_value(
    store: Store, other: Store
) -> None:
    mine = ValueService(store.sessions, user="甲")
    theirs = ValueService(other.sessions, user="乙")
    queries = CellQueries(store.sessions)
    mine.set_text(COUNTY, "D02", JAN, "1")
    seen = queries.version(COUNTY, "D02", JAN)
    theirs.set_text(COUNTY, "D02", JAN, "2", based_on=seen)
    with pytest.raises(DomainError) as refused:
        mine.set_text(COUNTY, "D02", JAN, "3", based_on=seen)
    issue = refused.value.issue
    assert issue.code == "value_changed_since"
    assert (issue.params["value"], issue.params["who"], issue.params["mine"]) == ("2", "乙", "3")
    assert issue.params["at"]  # when, as the clerk's clock shows it
    assert "乙" in issue_message(issue) and "2" in issue_message(issue)
    # never applied: the stored value and the audit are the other program's
    assert [(old, new) for old, new, _ in audit_trail(store)] == [("", "1"), ("1", "2")]
    # based on what is stored now, the save goes through
    now = queries.version(COUNTY, "D02", JAN)
    assert now != seen
    assert mine.set_text(COUNTY, "D02", JAN, "3", based_on=now).changed


def test_shared_file_version_survives_a_cleared_cell(store: Store, other: Store) -> None:
    # Given a clerk who saw 5, while another clears the cell and types 5 again
    mine = ValueService(store.sessions, user="甲")
    theirs = ValueService(other.sessions, user="乙")
    queries = CellQueries(store.sessions)
    mine.set_text(COUNTY, "D02", JAN, "5")
    seen = queries.version(COUNTY, "D02", JAN)
    theirs.set_text(COUNTY, "D02", JAN, "")
    cleared = queries.version(COUNTY, "D02", JAN)
    assert cleared != seen
    with pytest.raises(DomainError) as refused:
        mine.set_text(COUNTY, "D02", JAN, "6", based_on=seen)
    assert refused.value.issue.code == "value_cleared_since"
    theirs.set_text(COUNTY, "D02", JAN, "5")
    # Then the version differs from the one the clerk saw although the value is the same
    assert queries.version(COUNTY, "D02", JAN) not in (seen, cleared)
    with pytest.raises(DomainError):
        mine.set_text(COUNTY, "D02", JAN, "6", based_on=seen)


def test_shared_file_stale_save_of_the_stored_value_is_no_conflict(
    store: Store, other: Store
) -> None:
    mine = ValueService(store.sessions, user="甲")
    theirs = ValueService(other.sessions, user="乙")
    queries = CellQueries(store.sessions)
    seen = queries.version(COUNTY, "D02", JAN)
    assert seen == 0  # never saved
    theirs.set_text(COUNTY, "D02", JAN, "4")
    change = mine.set_text(COUNTY, "D02", JAN, "4", based_on=seen)
    assert not change.changed
    assert len(audit_trail(store)) == 1


def test_shared_file_versions_of_a_return(store: Store) -> None:
    mine = ValueService(store.sessions, user="甲")
    queries = CellQueries(store.sessions)
    mine.set_text(COUNTY, "D02", JAN, "5")
    mine.set_text(COUNTY, "D03", JAN, "6")
    mine.set_text(COUNTY, "D03", JAN, "")
    versions = queries.versions(COUNTY, JAN)
    assert versions == {
        "D02": queries.version(COUNTY, "D02", JAN),
        "D03": queries.version(COUNTY, "D03", JAN),
    }
    assert versions["D03"] > versions["D02"] > 0


def test_shared_file_set_many_refuses_stale_cells_only(store: Store, other: Store) -> None:
    mine = ValueService(store.sessions, user="甲")
    theirs = ValueService(other.sessions, user="乙")
    queries = CellQueries(store.sessions)
    seen = queries.versions(COUNTY, JAN)
    theirs.set_text(COUNTY, "D03", JAN, "9")
    cells = [
        CellInput(COUNTY, code, JAN, text, based_on=seen.get(code, 0))
        for code, text in (("D02", "1"), ("D03", "2"), ("D01", "3"))
    ]
    changes, refusals = mine.set_many(cells, source="pasted")
    assert [c.indicator_code for c in changes] == ["D02", "D01"]
    assert [(r.cell.indicator_code, r.issue.code) for r in refusals] == [
        ("D03", "value_changed_since")
    ]


# --- waiting for the lock ----------------------------------------------------------------------
def test_shared_file_save_waits_for_a_lock_held_7_seconds(store: Store) -> None:
    # Given another connection that holds the write lock for 7 s (longer than SQLite's 5 s
    # busy timeout, which ended in a "database is locked" traceback)
    waiter = RecordingWaiter()
    store.sessions.lock_wait = LockWait(limit=20.0, waiter=waiter)
    values = ValueService(store.sessions, user="甲")
    holder = hold_write_lock(store, 7.0)
    started = time.monotonic()
    # When a clerk saves
    change = values.set_text(COUNTY, "D02", JAN, "8")
    waited = time.monotonic() - started
    holder.join()
    # Then the save waited, reporting its progress, and succeeded once the lock was released
    assert change.changed
    assert 6.0 <= waited < 12.0
    assert len(waiter.calls) >= 20
    assert waiter.calls[-1][0] >= 6.0
    assert waiter.finished_calls == 1
    assert [(old, new) for old, new, _ in audit_trail(store)] == [("", "8")]


def test_shared_file_save_gives_up_after_the_bound_with_a_sentence(store: Store) -> None:
    store.sessions.lock_wait = LockWait(limit=1.0, holders=lambda: "乙 (PC-02)")
    values = ValueService(store.sessions, user="甲")
    holder = hold_write_lock(store, 1.8)
    started = time.monotonic()
    with pytest.raises(DomainError) as refused:
        values.set_text(COUNTY, "D02", JAN, "8")
    assert time.monotonic() - started < 2.5
    holder.join()
    issue = refused.value.issue
    assert issue.code == "database_busy_by"
    message = issue_message(issue)
    assert "乙 (PC-02)" in message and "locked" not in message and "http" not in message
    assert audit_trail(store) == []
    # and the connection is usable again: the next save goes through
    assert values.set_text(COUNTY, "D02", JAN, "8").changed


def test_shared_file_waiting_can_be_cancelled(store: Store) -> None:
    waiter = RecordingWaiter(give_up_after=3)
    store.sessions.lock_wait = LockWait(limit=20.0, waiter=waiter)
    values = ValueService(store.sessions, user="甲")
    holder = hold_write_lock(store, 1.0)
    with pytest.raises(DomainError) as refused:
        values.set_text(COUNTY, "D02", JAN, "8")
    assert refused.value.issue.code == "database_wait_cancelled"
    assert len(waiter.calls) == 3 and waiter.finished_calls == 1
    holder.join()
    assert audit_trail(store) == []


def test_shared_file_set_many_stops_at_a_full_disk_and_keeps_nothing(db_path: Path) -> None:
    # Given a database that cannot grow (SQLite answers SQLITE_FULL, as a full disk would)
    from desktop_app.persistence.errors import StorageError
    from tests.persistence.test_storage_refusals import counts, full_store

    store = full_store(db_path)
    before = counts(db_path)
    codes = ("A01", "A02", "A03", "A05", "B01", "B02", "C01", "C02", "D01", "D02")
    cells = [
        CellInput(COUNTY, code, Period.month(year, month), "7")
        for year in range(2000, 2010)
        for month in range(1, 13)
        for code in codes
    ]
    # When a block of cells is pasted, the disk filling up on the way is not one cell's refusal:
    # the transaction is gone, the clerk is told once, and nothing of the block is kept
    try:
        with pytest.raises(StorageError) as refused:
            ValueService(store.sessions, user="甲").set_many(cells, source="pasted")
    finally:
        store.close()
    assert refused.value.issue.code == "database_full"
    assert counts(db_path) == before
