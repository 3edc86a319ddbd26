"""复制上期: the end-of-period figures of the previous period of the same kind fill this period's
empty stock cells, in months, quarters, halves and years (issue 11: in a quarter it copied
nothing)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.returns import ReturnStatus
from desktop_app.persistence.models import IndicatorRecord, RegionRecord, ReturnRecord, ValueRecord
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService

COUNTY = "511921"


def kept(store: Store) -> dict[tuple[str, str], tuple[Decimal | None, str]]:
    """What the county keeps: (indicator, period code) → (amount, source)."""
    with store.sessions() as session:
        rows = session.execute(
            select(IndicatorRecord.code, ValueRecord.period, ValueRecord.amount, ValueRecord.source)
            .join(IndicatorRecord, IndicatorRecord.id == ValueRecord.indicator_id)
            .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
            .where(RegionRecord.code == COUNTY)
        )
        return {(code, period): (amount, source) for code, period, amount, source in rows}


def shown(store: Store, indicator: str, period: Period) -> object:
    """The 本期 figure the return shows for the period."""
    return (
        FigureService(store.sessions).figures(COUNTY, period).by_code()[indicator].figures.current
    )


@pytest.mark.parametrize(
    ("keyed", "period", "stored_as"),
    [
        # (what the clerk keyed: period, A08, B01), the period copied into, where the copy is kept
        ([(Period.month(2024, 1), "33", "5")], Period.month(2024, 2), Period.month(2024, 2)),
        ([(Period.quarter(2024, 1), "33", "5")], Period.quarter(2024, 2), Period.quarter(2024, 2)),
        (
            [(Period.half_year(2024, 1), "33", "5")],
            Period.half_year(2024, 2),
            Period.half_year(2024, 2),
        ),
        ([(Period.whole_year(2023), "33", "5")], Period.whole_year(2024), Period.whole_year(2024)),
        # a year kept by months: the quarter ends with March, and the copy goes into June
        (
            [(Period.month(2024, 2), "31", "4"), (Period.month(2024, 3), "33", "5")],
            Period.quarter(2024, 2),
            Period.month(2024, 6),
        ),
        # last year kept by months, this year by nothing yet: December is what the year ends with
        (
            [(Period.month(2023, 11), "31", "4"), (Period.month(2023, 12), "33", "5")],
            Period.whole_year(2024),
            Period.whole_year(2024),
        ),
    ],
    ids=["month", "quarter", "half", "year", "quarter of months", "year after months"],
)
def test_copy_last_period_copies_the_previous_period_of_the_same_kind(
    store: Store, keyed: list[tuple[Period, str, str]], period: Period, stored_as: Period
) -> None:
    values = ValueService(store.sessions, user="张三")
    for when, terminals, villages in keyed:
        values.set_text(COUNTY, "A08", when, terminals)
        values.set_text(COUNTY, "B01", when, villages)
    before = shown(store, "A08", period.previous())
    assert before == Decimal(33)  # what the previous period's return shows

    changes = values.copy_last_period(COUNTY, period)

    assert {(c.indicator_code, c.period, c.new) for c in changes} == {
        ("A08", stored_as, Decimal(33)),
        ("B01", stored_as, Decimal(5)),
    }
    assert kept(store)[("A08", stored_as.code)] == (Decimal(33), "copied")
    assert shown(store, "A08", period) == Decimal(33)
    assert shown(store, "B01", period) == Decimal(5)


def test_copy_last_period_leaves_kept_figures_and_flows_alone(store: Store) -> None:
    values = ValueService(store.sessions, user="张三")
    for month in (3, 6):
        values.set_text(COUNTY, "A08", Period.month(2024, month), str(30 + month))
    values.set_text(COUNTY, "B01", Period.month(2024, 3), "5")
    values.set_text(COUNTY, "D02", Period.month(2024, 3), "100")  # a flow is never copied
    # June holds A08 already: the second quarter shows it, and only B01 is copied
    changes = values.copy_last_period(COUNTY, Period.quarter(2024, 2))
    assert [(c.indicator_code, c.period) for c in changes] == [("B01", Period.month(2024, 6))]
    assert kept(store)[("A08", "2024-M06")] == (Decimal(36), "typed")


def test_copy_last_period_in_a_month_of_a_year_kept_by_quarters_copies_nothing(
    store: Store,
) -> None:
    values = ValueService(store.sessions, user="张三")
    values.set_text(COUNTY, "A08", Period.quarter(2024, 1), "33")
    # April has no quarter of its own, and a month figure would start a second way this year
    assert values.copy_last_period(COUNTY, Period.month(2024, 4)) == []
    assert set(kept(store)) == {("A08", "2024-Q1")}


def test_copy_last_period_into_a_submitted_return_says_it_is_locked(store: Store) -> None:
    values = ValueService(store.sessions, user="张三")
    values.set_text(COUNTY, "A08", Period.quarter(2024, 1), "33")
    with store.sessions.begin() as session:
        region = session.scalars(select(RegionRecord).where(RegionRecord.code == COUNTY)).one()
        session.add(
            ReturnRecord(
                region_id=region.id,
                period="2024-Q2",
                status=ReturnStatus.SUBMITTED.value,
                changed_at=datetime.now(UTC),
                changed_by="王五",
            )
        )
    # Not "0 figures copied": the reason nothing was
    with pytest.raises(DomainError) as refused:
        values.copy_last_period(COUNTY, Period.quarter(2024, 2))
    assert refused.value.issue.code == "return_locked"
    assert set(kept(store)) == {("A08", "2024-Q1")}
