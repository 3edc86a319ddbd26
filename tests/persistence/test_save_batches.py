"""A batch's cells against each other and against the stored rows (review of issue 15's bulk save).

One transaction plans every cell against what the cells before it wrote and sends the writes in
one statement per kind: a copied figure confirmed beside a changed one, a cell cleared and typed
again, a county's figure and then its township's, each lands as a cell-by-cell save would have.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.domain.indicators import Basis
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import RegionLevel
from desktop_app.domain.values import parse_input
from desktop_app.persistence.models import AuditRecord, ValueRecord
from desktop_app.persistence.repositories import IndicatorRepository, RegionRepository
from desktop_app.services.imports import ImportHistory, new_batch
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import CellInput, CellQueries, ValueService

COUNTY = "511921"
TOWNSHIP = "511921100"
JAN = Period.month(2016, 1)


@pytest.fixture
def values(store: Store) -> ValueService:
    return ValueService(store.sessions, user="张三")


@pytest.fixture
def township(store: Store) -> Iterator[str]:
    with store.sessions.begin() as session:
        regions = RegionRepository(session)
        regions.add(TOWNSHIP, "诺江镇", RegionLevel.TOWNSHIP, regions.require(COUNTY), "user")
    yield TOWNSHIP


def stored(store: Store, region: str, period: Period) -> dict[str, tuple[str, object, str]]:
    """indicator code -> (state, amount, source) of a return's stored rows."""
    with store.sessions() as session:
        region_id = RegionRepository(session).require(region).id
        codes = {r.id: r.indicator.code for r in IndicatorRepository(session).active()}
        rows = session.execute(
            select(
                ValueRecord.indicator_id, ValueRecord.state, ValueRecord.amount, ValueRecord.source
            ).where(ValueRecord.region_id == region_id, ValueRecord.period == period.code)
        )
        return {codes[i]: (state, amount, source) for i, state, amount, source in rows}


def trail(store: Store, indicator: str) -> list[tuple[str, str, str]]:
    with store.sessions() as session:
        indicator_id = IndicatorRepository(session).require(indicator).id
        rows = session.execute(
            select(AuditRecord.period, AuditRecord.old_text, AuditRecord.new_text)
            .where(AuditRecord.indicator_id == indicator_id)
            .order_by(AuditRecord.id)
        )
        return [(p, old, new) for p, old, new in rows]


def test_save_batches_a_copied_figure_confirmed_beside_a_changed_one(
    values: ValueService, store: Store
) -> None:
    # Given: two stored figures, one of them marked as copied
    values.set_text(COUNTY, "D03", JAN, "5", source="copied")
    values.set_text(COUNTY, "B05", JAN, "7")

    # When: a pasted block confirms the copied one as it stands and changes the other
    _changes, refusals = values.set_many(
        [CellInput(COUNTY, "D03", JAN, "5"), CellInput(COUNTY, "B05", JAN, "9")],
        source="pasted",
    )

    # Then: the copied one is confirmed (no longer marked), the other holds its new figure
    assert refusals == []
    assert stored(store, COUNTY, JAN) == {
        "D03": ("value", Decimal(5), "pasted"),
        "B05": ("value", Decimal(9), "pasted"),
    }
    assert trail(store, "B05") == [(JAN.code, "", "7"), (JAN.code, "7", "9")]


def test_save_batches_a_cell_cleared_then_typed_again(values: ValueService, store: Store) -> None:
    # Given: a stored figure
    values.set_text(COUNTY, "D03", JAN, "5")

    # When: one batch clears it and types it again, then changes it, then clears it
    values.set_all(
        [
            (COUNTY, "D03", JAN, parse_input("")),
            (COUNTY, "D03", JAN, parse_input("6")),
            (COUNTY, "D03", JAN, parse_input("无")),
            (COUNTY, "D03", JAN, parse_input("8")),
        ],
        source="imported",
    )

    # Then: the last one holds, and every step is audited from the one before
    assert stored(store, COUNTY, JAN) == {"D03": ("value", Decimal(8), "imported")}
    assert trail(store, "D03") == [
        (JAN.code, "", "5"),
        (JAN.code, "5", ""),
        (JAN.code, "", "6"),
        (JAN.code, "6", "无"),
        (JAN.code, "无", "8"),
    ]


def test_save_batches_a_county_then_its_township_refuses_the_township(
    values: ValueService, store: Store, township: str
) -> None:
    # When: a block keys the county's January and then the township's February
    changes, refusals = values.set_many(
        [
            CellInput(COUNTY, "D03", JAN, "10"),
            CellInput(township, "D03", Period.month(2016, 2), "4"),
        ],
        source="pasted",
    )

    # Then: the township's is refused for the county's, stored by the same block
    assert [c.region_code for c in changes] == [COUNTY]
    assert [(r.issue.code, r.issue.params["region"]) for r in refusals] == [
        ("entered_at_other_level", COUNTY)
    ]
    assert stored(store, township, Period.month(2016, 2)) == {}


def test_save_batches_a_township_cleared_frees_its_county(
    values: ValueService, store: Store, township: str
) -> None:
    # Given: the township holds the year's only figure
    values.set_text(township, "D03", JAN, "4")

    # When: one batch clears it and keys the county's
    values.set_all(
        [(township, "D03", JAN, parse_input("")), (COUNTY, "D03", JAN, parse_input("9"))],
        source="imported",
    )

    # Then: the county holds the figure, the township none
    assert stored(store, COUNTY, JAN) == {"D03": ("value", Decimal(9), "imported")}
    assert stored(store, township, JAN) == {}


def test_save_batches_a_stale_cell_in_an_all_or_nothing_batch_writes_nothing(
    values: ValueService, store: Store
) -> None:
    # Given: the version the preview saw, then another clerk's change
    values.set_text(COUNTY, "B05", JAN, "1")
    seen = CellQueries(store.sessions).version(COUNTY, "B05", JAN)
    ValueService(store.sessions, user="李四").set_text(COUNTY, "B05", JAN, "2")

    # When: a batch based on the seen version holds it after a cell that is fine
    with pytest.raises(DomainError) as refused:
        values.set_all(
            [(COUNTY, "D03", JAN, parse_input("3")), (COUNTY, "B05", JAN, parse_input("4"))],
            source="imported",
            based_on=[None, seen],
        )

    # Then: refused as changed since, naming the other clerk; nothing of the batch is stored
    assert refused.value.issue.code == "value_changed_since"
    assert refused.value.issue.params["who"] == "李四"
    assert stored(store, COUNTY, JAN) == {"B05": ("value", Decimal(2), "typed")}


def raw_rows(store: Store) -> dict[tuple[int, int, str], tuple[str, object, str]]:
    """Every stored value as (state, amount, basis), read with SQL alone."""
    with store.sessions() as session:
        rows = session.execute(
            select(
                ValueRecord.region_id,
                ValueRecord.indicator_id,
                ValueRecord.period,
                ValueRecord.state,
                ValueRecord.amount,
                ValueRecord.basis,
            )
        )
        return {(r, i, p): (s, a, b) for r, i, p, s, a, b in rows}


def test_save_batches_an_import_over_two_regions_and_periods_undone_exactly(
    values: ValueService, store: Store, township: str
) -> None:
    # Given: figures of two regions and two periods, one 无, one kept year-to-date
    feb = Period.month(2016, 2)
    values.set_text(township, "D03", JAN, "3")
    values.set_text(township, "D03", feb, "无")
    values.set_text(COUNTY, "B05", feb, "12")
    values.set_text(COUNTY, "C01", feb, "12.5")
    values.set_value(COUNTY, "C02", JAN, parse_input("100"), basis=Basis.YTD)
    before = raw_rows(store)
    history = ImportHistory(store.sessions, values)

    # When: an import changes each of them, fills a blank cell and clears one, then is undone
    values.set_all(
        [
            (township, "D03", JAN, parse_input("4")),
            (township, "D03", feb, parse_input("5")),
            (COUNTY, "B05", feb, parse_input("")),
            (COUNTY, "C01", feb, parse_input("12.75")),
            (COUNTY, "C02", JAN, parse_input("90")),
            (COUNTY, "B07", feb, parse_input("7")),
        ],
        source="imported",
        detail="return.xlsx",
        batch=new_batch(),
        bases=[None, None, None, None, Basis.OWN, None],
    )
    (record,) = history.imports()
    assert history.changed_since(record.batch) == []
    put_back = history.undo(record.batch)

    # Then: every row is as it was, basis and 无 included, and the blank cell is blank again
    assert put_back == 6
    assert raw_rows(store) == before


def test_save_batches_an_undo_names_a_cell_changed_since_in_any_region_and_period(
    values: ValueService, store: Store, township: str
) -> None:
    # Given: an import over two regions and two periods, then the township's February retyped
    feb = Period.month(2016, 2)
    history = ImportHistory(store.sessions, values)
    values.set_all(
        [
            (COUNTY, "B05", JAN, parse_input("1")),
            (township, "D03", JAN, parse_input("2")),
            (township, "D03", feb, parse_input("3")),
        ],
        source="imported",
        batch=new_batch(),
    )
    values.set_text(township, "D03", feb, "30")
    (record,) = history.imports()

    # When / Then: the undo names that cell and writes nothing
    changed = history.changed_since(record.batch)
    assert [(c.period, c.imported, c.now) for c in changed] == [(feb, "3", "30")]
    audits = len(trail(store, "D03")) + len(trail(store, "B05"))
    with pytest.raises(DomainError) as refused:
        history.undo(record.batch)
    assert refused.value.issue.code == "import_changed_since"
    assert len(trail(store, "D03")) + len(trail(store, "B05")) == audits


class CommitOnWait:
    """The undo's lock waiter: when the undo waits for the write lock, the other clerk's save
    that holds it is committed (the undo has checked its cells by then)."""

    def __init__(self, holding: AbstractContextManager[Session]) -> None:
        self.holding: AbstractContextManager[Session] | None = holding

    def waiting(self, elapsed: float, limit: float, holders: str) -> bool:
        if self.holding is not None:
            self.holding.__exit__(None, None, None)
            self.holding = None
        return True

    def finished(self) -> None:
        pass


def test_save_batches_an_undo_keeps_a_figure_saved_while_it_waited_for_the_lock(
    db_path: Path,
) -> None:
    # Given: an import of one cell, and another program's save of that cell under way (its row
    # and audit entry written, the write lock held, not yet committed)
    store = open_sqlite_store(db_path)
    values = ValueService(store.sessions, user="张三")
    history = ImportHistory(store.sessions, values)
    values.set_all([(COUNTY, "D03", JAN, parse_input("3"))], source="imported", batch=new_batch())
    (record,) = history.imports()
    other = open_sqlite_store(db_path)
    holding = other.sessions.begin()
    session = holding.__enter__()
    region_id = RegionRepository(session).require(COUNTY).id
    indicator_id = IndicatorRepository(session).require("D03").id
    session.execute(
        update(ValueRecord)
        .where(ValueRecord.region_id == region_id, ValueRecord.indicator_id == indicator_id)
        .values(amount=Decimal(30), source="typed", updated_by="李四")
    )
    session.add(
        AuditRecord(
            at=datetime.now(UTC),
            who="李四",
            source="typed",
            region_id=region_id,
            indicator_id=indicator_id,
            period=JAN.code,
            old_text="3",
            new_text="30",
            old_basis="own",
            new_basis="own",
        )
    )
    session.flush()
    store.sessions.lock_wait.waiter = CommitOnWait(holding)

    # When: the undo is asked while that save holds the lock
    with pytest.raises(DomainError) as refused:
        history.undo(record.batch)

    # Then: it is refused, naming the other clerk's figure, and that figure stays
    assert refused.value.issue.code == "value_changed_since"
    assert refused.value.issue.params["who"] == "李四"
    assert stored(store, COUNTY, JAN) == {"D03": ("value", Decimal(30), "typed")}
    store.close()
    other.close()
