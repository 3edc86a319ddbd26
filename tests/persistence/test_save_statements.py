"""What a save sends to the database: few statements, and a batch's as many as one return's.

A keyed cell is read once (its row, its version and its year in one statement) and written once
(its row and its audit entry); an import or a pasted block reads a whole return's cells in one
statement per kind and writes each kind in one executemany. The counts below are what the save
reached (issue 15: 12 on SQLite and 13 on PostgreSQL before); a change that makes it send more
fails here. The cells of one batch still see each other: a later cell is planned against what
the earlier ones wrote (the same cell twice, a township's figure and its county's, a month and
a quarter of one year).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import RegionLevel
from desktop_app.domain.values import parse_input
from desktop_app.persistence.models import AuditRecord, ValueRecord
from desktop_app.persistence.repositories import IndicatorRepository, RegionRepository
from desktop_app.services.store import Store
from desktop_app.services.values import CellInput, CellQueries, ValueService
from tests.sql_statements import statements

COUNTY = "511921"
TOWNSHIP = "511921100"
JAN = Period.month(2016, 1)

#: A typed figure saved over a stored one, based on the version shown: the region, the
#: indicator with its group, the lock, the cell (row, version, year), a region of another level
#: holding the indicator, the UPDATE and the audit INSERT; PostgreSQL adds the advisory lock
#: that serialises writers.
TYPED_SAVE = {"sqlite": 7, "postgresql": 8}
#: One region's cells in one transaction (an import, a pasted block), however many: the above,
#: with the whole catalogue in one statement, and the registers counting derived indicators.
ONE_RETURN = {"sqlite": 8, "postgresql": 9}


@pytest.fixture
def values(store: Store) -> ValueService:
    return ValueService(store.sessions, user="张三")


@pytest.fixture
def township(store: Store) -> Iterator[str]:
    with store.sessions.begin() as session:
        regions = RegionRepository(session)
        regions.add(TOWNSHIP, "诺江镇", RegionLevel.TOWNSHIP, regions.require(COUNTY), "user")
    yield TOWNSHIP


def audit_trail(store: Store, indicator: str, period: Period) -> list[tuple[str, str]]:
    with store.sessions() as session:
        indicator_id = IndicatorRepository(session).require(indicator).id
        rows = session.execute(
            select(AuditRecord.old_text, AuditRecord.new_text)
            .where(AuditRecord.indicator_id == indicator_id, AuditRecord.period == period.code)
            .order_by(AuditRecord.id)
        )
        return [(old, new) for old, new in rows]


def count_rows(store: Store, record: type[ValueRecord] | type[AuditRecord]) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(record)) or 0


def test_save_statements_a_typed_save_based_on_its_version(
    values: ValueService, store: Store, backend: str
) -> None:
    # Given: a stored figure and the version the clerk saw
    values.set_text(COUNTY, "D03", JAN, "5")
    seen = CellQueries(store.sessions).version(COUNTY, "D03", JAN)

    # When: the clerk types another figure over it
    sent = statements(store, lambda: values.set_text(COUNTY, "D03", JAN, "7", based_on=seen))

    # Then: it is saved and audited in few statements
    assert len(sent) <= TYPED_SAVE[backend], "\n".join(sent)
    assert sum(s.startswith("UPDATE value") for s in sent) == 1
    assert audit_trail(store, "D03", JAN) == [("", "5"), ("5", "7")]
    # and the version still guards the cell: a save based on the one seen before is refused
    with pytest.raises(DomainError) as stale:
        values.set_text(COUNTY, "D03", JAN, "9", based_on=seen)
    assert stale.value.issue.code == "value_changed_since"
    assert stale.value.issue.params["value"] == "7"


def test_save_statements_one_return_as_many_for_thirty_cells_as_for_three(
    values: ValueService, store: Store, backend: str
) -> None:
    # Given: every keyed indicator of the catalogue that no register counts
    with store.sessions() as session:
        keyed = [
            row.indicator
            for row in IndicatorRepository(session).active()
            if not row.indicator.is_computed and row.indicator.derived is None
        ]
    assert len(keyed) >= 15

    def cells(period: Period, count: int) -> list[tuple[str, str, Period, Any]]:
        return [(COUNTY, ind.code, period, parse_input("1")) for ind in keyed[:count]]

    # When: three cells, then all of them, are stored in a transaction each
    three = statements(store, lambda: values.set_all(cells(JAN, 3), source="imported"))
    feb = Period.month(2016, 2)
    every = statements(store, lambda: values.set_all(cells(feb, len(keyed)), source="imported"))

    # Then: both send the same few statements, and every cell was written and audited
    assert len(every) == len(three) <= ONE_RETURN[backend], "\n".join(every)
    assert count_rows(store, ValueRecord) == 3 + len(keyed)
    assert count_rows(store, AuditRecord) == 3 + len(keyed)


def test_save_statements_a_block_keeps_the_cells_not_refused(
    values: ValueService, store: Store
) -> None:
    # Given: a block of which one cell is refused (a count with decimals)
    block = [
        CellInput(COUNTY, "D03", JAN, "4"),
        CellInput(COUNTY, "A02", JAN, "1.5"),
        CellInput(COUNTY, "B05", JAN, "2"),
    ]

    # When: it is pasted
    changes, refusals = values.set_many(block, source="pasted")

    # Then: the refused cell is named, the others are stored
    assert [r.cell.indicator_code for r in refusals] == ["A02"]
    assert [(c.indicator_code, c.new) for c in changes] == [
        ("D03", Decimal(4)),
        ("B05", Decimal(2)),
    ]
    assert count_rows(store, ValueRecord) == 2


def test_save_statements_a_cell_twice_in_one_batch_is_audited_twice(
    values: ValueService, store: Store
) -> None:
    # When: one transaction stores a cell and then stores it again
    changes = values.set_all(
        [(COUNTY, "D03", JAN, parse_input("5")), (COUNTY, "D03", JAN, parse_input("8"))],
        source="imported",
    )

    # Then: the second was planned against the first
    assert [(c.old, c.new) for c in changes] == [(None, Decimal(5)), (Decimal(5), Decimal(8))]
    assert audit_trail(store, "D03", JAN) == [("", "5"), ("5", "8")]
    assert count_rows(store, ValueRecord) == 1


def test_save_statements_a_batch_keeping_a_figure_at_two_levels_writes_nothing(
    values: ValueService, store: Store, township: str
) -> None:
    # Given: a batch with a township's figure and then its county's of the same year
    batch = [
        (township, "D03", JAN, parse_input("10")),
        (COUNTY, "D03", Period.month(2016, 2), parse_input("99")),
    ]

    # When: it is stored, all or nothing
    with pytest.raises(DomainError) as refused:
        values.set_all(batch, source="imported")

    # Then: the county's is refused for the township's, written by the same batch
    assert refused.value.issue.code == "entered_at_other_level"
    assert refused.value.issue.params["region"] == township
    assert count_rows(store, ValueRecord) == 0
    assert count_rows(store, AuditRecord) == 0


def test_save_statements_a_block_keying_a_year_two_ways_refuses_the_second(
    values: ValueService, store: Store
) -> None:
    # When: a block holds January and then the first quarter of the same year
    changes, refusals = values.set_many(
        [
            CellInput(COUNTY, "D03", JAN, "10"),
            CellInput(COUNTY, "D03", Period.quarter(2016, 1), "30"),
        ],
        source="pasted",
    )

    # Then: the quarter is refused for the month the same block stored
    assert [c.period for c in changes] == [JAN]
    assert [r.issue.code for r in refusals] == ["keyed_as_other_kind"]
    assert refusals[0].issue.params["existing"] == JAN.code
