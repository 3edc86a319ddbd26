"""Acceptance: two clerks, two processes, one PostgreSQL database, the same cell edited 500 times
by each. Nothing may be lost, and every conflict is reported to the clerk who lost it.

Each clerk's program keeps doing what a clerk does at the grid: it reads the figure and its
version in one read session (one snapshot), types the figure plus one, and saves it stating the
version it read (`based_on`). When the other clerk saved in between, the save is not applied
and the clerk is told, in one of two ways:

- refused: the cell holds another figure than the one this clerk read and did not type
  (`value_changed_since`, naming who saved what and its version);
- settled: the other clerk saved exactly the figure this clerk typed (both read the same figure
  and added one); nothing is written and the call says so (`CellChange.changed` is False).

Either way the clerk reads again and retries, until SAVES of its edits were applied. So the
figure counts the applied edits: at the end it must equal their number (a lost update would
leave it lower), the audit must hold exactly one entry per applied edit, each clerk's in its
order, and its old → new chain must run 1, 2, 3 … without a gap.

Bound: the two processes must finish within TIME_BOUND seconds. Saves are serialised by the
server's write lock, so the time is that of 1,500–1,700 attempts one after the other (1,000 applied,
the rest refused or settled), each a read session and a write session of 9 statements (13 before
issue 15's round: tests/persistence/test_save_statements.py), made by two client processes and
two server backends on the 2-core build machine. It is CPU-bound: a save costs ~2.6 ms of client
CPU on PostgreSQL (4.3 ms before that round), the rest is the read, the two backends and the
lock handed over; no connection is opened per save (each clerk's pool keeps one), and waiting
for the lock in the server instead of polling it every LockWait.slice gave no gain (the waiter
then lost every race: one clerk did all the work). Measured: 25–90 s with other work on the
machine (25 s and 41 s at load 2–3, 72–90 s at load 3.5–4.5); back to back at load 3–4, 45.9 s
before that round and 34.8 s after. The bound is set above that, so that it catches a
pathology (a connection per save, a lock handed over late) without failing on a busy machine.
Run with -s to see the figures.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.domain.periods import Period
from desktop_app.persistence.models import AuditRecord, IndicatorRecord, ValueRecord
from desktop_app.services.store import open_server_store

JAN = Period.month(2016, 1)
COUNTY = "511921"
INDICATOR = "D02"  # 培训人次: a count, so the figure is an integer
SAVES = 500
#: Attempts a clerk may make before giving up (a livelock would end here, not hang the suite).
ATTEMPTS = 20 * SAVES
TIME_BOUND = 120.0
STALE = ("value_changed_since", "value_cleared_since")


@dataclass
class ClerkResult:
    user: str
    applied: list[str] = field(default_factory=list)
    #: Refused saves: (the figure typed, the refusal's parameters).
    refused: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    settled: list[str] = field(default_factory=list)
    other_codes: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    attempts: int = 0
    seconds: float = 0.0


def clerk(url: str, user: str, saves: int, barrier: Any, results: Any) -> None:
    """One clerk's program: its own engine on the server, adding one to the cell `saves` times."""
    from desktop_app.domain.issues import DomainError
    from desktop_app.persistence.engine import LockWait, session_factory
    from desktop_app.persistence.repositories import (
        IndicatorRepository,
        RegionRepository,
        ValueRepository,
    )
    from desktop_app.persistence.server import create_server_engine
    from desktop_app.services.entry_plan import cell_version
    from desktop_app.services.values import ValueService

    result = ClerkResult(user)
    try:
        engine = create_server_engine(url)
        sessions = session_factory(engine, LockWait(limit=30.0))
        values = ValueService(sessions, user=user)
        with sessions() as session:
            region_id = RegionRepository(session).require_in(COUNTY, JAN).id
            indicator_id = IndicatorRepository(session).require(INDICATOR).id

        def read() -> tuple[int, int]:
            """The figure and its version, as the grid shows them: one snapshot."""
            with sessions() as session:
                record = ValueRepository(session).get(region_id, indicator_id, JAN)
                version = cell_version(session, region_id, indicator_id, JAN)
            amount = record.amount if record is not None else None
            return (0 if amount is None else int(amount)), version

        barrier.wait(60)
        started = time.monotonic()
        while len(result.applied) < saves and result.attempts < ATTEMPTS:
            figure, version = read()
            text = str(figure + 1)
            result.attempts += 1
            try:
                change = values.set_text(COUNTY, INDICATOR, JAN, text, based_on=version)
            except DomainError as exc:
                if exc.issue.code in STALE:
                    result.refused.append((text, dict(exc.issue.params)))
                else:
                    result.other_codes.add(exc.issue.code)
                continue
            except Exception:  # every other exception is a failure, counted
                result.errors.append(traceback.format_exc())
                continue
            if change.changed:
                result.applied.append(text)
            else:
                result.settled.append(text)
        result.seconds = time.monotonic() - started
        engine.dispose()
    except Exception:  # the engine could not be opened: counted too
        result.errors.append(traceback.format_exc())
    results.put(result)


@pytest.mark.slow
def test_two_clerks_on_a_server_edit_one_cell_500_times_each(postgres_url: str) -> None:
    # Given: a database on the server that nobody else uses; the cell is blank (0)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    users = ("甲", "乙")
    clerks = [
        context.Process(target=clerk, args=(postgres_url, user, SAVES, barrier, results))
        for user in users
    ]

    # When: both clerks add one to the cell until SAVES of their edits were applied
    started = time.monotonic()
    for process in clerks:
        process.start()
    outcome = {r.user: r for r in (results.get(timeout=TIME_BOUND + 60) for _ in clerks)}
    for process in clerks:
        process.join(30)
    elapsed = time.monotonic() - started

    # Then: no exception of any kind; each attempt was applied, refused as stale or settled
    for process in clerks:
        assert process.exitcode == 0
    for result in outcome.values():
        assert result.errors == [], result.errors[0]
        assert result.other_codes == set()
        assert len(result.applied) == SAVES, (result.user, result.attempts)
        assert len(result.applied) + len(result.refused) + len(result.settled) == result.attempts
    conflicts = sum(len(r.refused) + len(r.settled) for r in outcome.values())
    assert conflicts > 0  # the clerks did collide

    store = open_server_store(postgres_url)
    try:
        with store.sessions() as session:
            indicator_id = session.scalar(
                select(IndicatorRecord.id).where(IndicatorRecord.code == INDICATOR)
            )
            trail = session.execute(
                select(AuditRecord.id, AuditRecord.who, AuditRecord.old_text, AuditRecord.new_text)
                .where(AuditRecord.indicator_id == indicator_id, AuditRecord.period == JAN.code)
                .order_by(AuditRecord.id)
            ).all()
            stored = session.scalar(
                select(ValueRecord.amount).where(
                    ValueRecord.indicator_id == indicator_id, ValueRecord.period == JAN.code
                )
            )
    finally:
        store.close()

    # Zero lost updates: the figure is the number of applied edits of both clerks together,
    # and the audit holds one entry per applied edit with an unbroken chain 0 → 1 → 2 …
    applied = sum(len(r.applied) for r in outcome.values())
    assert stored == Decimal(applied) == Decimal(2 * SAVES)
    assert len(trail) == applied
    assert [new for _id, _who, _old, new in trail] == [str(n) for n in range(1, applied + 1)]
    assert [old for _id, _who, old, _new in trail] == ["", *(str(n) for n in range(1, applied))]
    version_of = {new: id_ for id_, _who, _old, new in trail}
    for user, result in outcome.items():
        assert [new for _id, who, _old, new in trail if who == user] == result.applied

    # Every conflict was reported to the clerk who lost it, and none was also applied: a refusal
    # names the other clerk, the figure and version that clerk saved; a settled save is a figure
    # the other clerk saved (and this one did not)
    for user, result in outcome.items():
        (other,) = (u for u in users if u != user)
        theirs = set(outcome[other].applied)
        mine = set(result.applied)
        for typed, params in result.refused:
            assert typed not in mine
            assert params["who"] == other
            assert params["value"] in theirs
            assert params["version"] == version_of[params["value"]]
            assert params["mine"] == typed
        for typed in result.settled:
            assert typed not in mine
            assert typed in theirs

    slowest = max(r.seconds for r in outcome.values())
    print(
        f"\ntwo clerks on PostgreSQL: {applied} applied, "
        + ", ".join(
            f"{u} {len(r.refused)} refused + {len(r.settled)} settled in {r.attempts} attempts"
            for u, r in outcome.items()
        )
        + f"; saving {slowest:.1f} s, {elapsed:.1f} s with process start"
    )
    assert elapsed < TIME_BOUND
