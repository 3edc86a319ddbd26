"""Acceptance: two clerks, two processes, one SQLite file, the same cell saved 1,000 times by each.

Each process saves the cell stating the version it last read, and reads the version again after
each attempt. Nothing acknowledged may be lost: every applied save is in the audit exactly once
and in the order that process made it, each audit entry's old value is the previous entry's new
value, every refusal is a stale-save issue reported to the caller (applied + refused = attempts),
and no process meets an IntegrityError, a "database is locked" or any other exception.

Bound: the two processes together must finish within TIME_BOUND seconds. Saves of one cell are
serialised by the write lock, so the time is about 2,000 saves of one process, each ~10
statements and one fsync (synchronous=FULL): on the 2-core build machine, shared with other work,
22 s of saving, 25 s with the processes' start (51 s before the lock was handed over in 10 ms
slices, see LockWait.slice). Run with -s to see the figures.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.domain.periods import Period
from desktop_app.persistence.models import AuditRecord, IndicatorRecord, ValueRecord
from desktop_app.services.store import Store

#: About the SQLite file itself (its copies, its disk, its locks, its upgrade).
pytestmark = pytest.mark.sqlite_only

JAN = Period.month(2016, 1)
COUNTY = "511921"
INDICATOR = "D02"
SAVES = 1000
TIME_BOUND = 60.0
STALE = ("value_changed_since", "value_cleared_since")


@dataclass
class ClerkResult:
    user: str
    applied: list[str] = field(default_factory=list)
    refused: int = 0
    refusal_codes: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def clerk(path: str, user: str, first: int, saves: int, barrier: Any, results: Any) -> None:
    """One clerk's program: its own engine on the file, saving SAVES figures into one cell."""
    from desktop_app.domain.issues import DomainError
    from desktop_app.persistence.engine import LockWait, create_sqlite_engine, session_factory
    from desktop_app.services.values import CellQueries, ValueService

    result = ClerkResult(user)
    try:
        engine = create_sqlite_engine(Path(path))
        sessions = session_factory(engine, LockWait(limit=30.0))
        values, queries = ValueService(sessions, user=user), CellQueries(sessions)
        version = queries.version(COUNTY, INDICATOR, JAN)
        barrier.wait(60)
        started = time.monotonic()
        for i in range(saves):
            text = str(first + i)
            try:
                values.set_text(COUNTY, INDICATOR, JAN, text, based_on=version)
                result.applied.append(text)
            except DomainError as exc:
                if exc.issue.code in STALE:
                    result.refused += 1
                result.refusal_codes.add(exc.issue.code)
            except Exception:  # every other exception is a failure, counted
                result.errors.append(traceback.format_exc())
            version = queries.version(COUNTY, INDICATOR, JAN)
        result.seconds = time.monotonic() - started
        engine.dispose()
    except Exception:  # the engine could not be opened: counted too
        result.errors.append(traceback.format_exc())
    results.put(result)


@pytest.mark.slow
def test_two_clerks_save_one_cell_a_thousand_times_each(store: Store, db_path: Path) -> None:
    store.close()  # the two clerks below are the only programs on the file
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    clerks = [
        context.Process(target=clerk, args=(str(db_path), user, first, SAVES, barrier, results))
        for user, first in (("甲", 1_000_000), ("乙", 2_000_000))
    ]
    started = time.monotonic()
    for process in clerks:
        process.start()
    outcome = {r.user: r for r in (results.get(timeout=TIME_BOUND + 60) for _ in clerks)}
    for process in clerks:
        process.join(30)
    elapsed = time.monotonic() - started

    # No exception of any kind, and every attempt either applied or refused as stale
    for process in clerks:
        assert process.exitcode == 0
    for result in outcome.values():
        assert result.errors == [], result.errors[0]
        assert result.refusal_codes <= set(STALE)
        assert len(result.applied) + result.refused == SAVES
    assert sum(r.refused for r in outcome.values()) > 0  # the clerks did collide

    # Every acknowledged save is in the audit exactly once, in each clerk's order, and the
    # audit chain is unbroken: each entry's old value is the previous entry's new value
    with store.sessions() as session:
        indicator_id = session.scalar(
            select(IndicatorRecord.id).where(IndicatorRecord.code == INDICATOR)
        )
        trail = session.execute(
            select(AuditRecord.who, AuditRecord.old_text, AuditRecord.new_text)
            .where(AuditRecord.indicator_id == indicator_id, AuditRecord.period == JAN.code)
            .order_by(AuditRecord.id)
        ).all()
        stored = session.scalar(select(ValueRecord.amount).where(ValueRecord.period == JAN.code))
    for user, result in outcome.items():
        assert [new for who, _old, new in trail if who == user] == result.applied
    assert len(trail) == sum(len(r.applied) for r in outcome.values())
    olds = [old for _who, old, _new in trail]
    news = [new for _who, _old, new in trail]
    assert olds == ["", *news[:-1]]
    assert stored == Decimal(news[-1])

    slowest = max(r.seconds for r in outcome.values())
    print(
        f"\ntwo clerks: {len(trail)} applied, "
        f"{sum(r.refused for r in outcome.values())} refused as stale, "
        f"saving {slowest:.1f} s, {elapsed:.1f} s with process start"
    )
    assert elapsed < TIME_BOUND
