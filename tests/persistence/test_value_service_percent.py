"""A percent sign saves only into a rate: "50%" typed into a count or an amount is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.persistence.models import (
    AuditRecord,
    IndicatorGroupRecord,
    IndicatorRecord,
    ValueRecord,
)
from desktop_app.services.store import Store
from desktop_app.services.targets import TargetService
from desktop_app.services.values import CellInput, ValueService

JAN = Period.month(2016, 1)
COUNTY = "511921"


@pytest.fixture
def values(store: Store) -> ValueService:
    return ValueService(store.sessions, user="张三")


@pytest.fixture
def keyed_ratio(store: Store) -> str:
    """A province's own rate, keyed as a percentage (no numerator and denominator)."""
    with store.sessions.begin() as session:
        group_id = session.scalars(
            select(IndicatorGroupRecord.id).order_by(IndicatorGroupRecord.id)
        ).first()
        assert group_id is not None
        session.add(
            IndicatorRecord(
                code="X01",
                group_id=group_id,
                name_zh="网店好评率",
                name_en="Positive reviews",
                unit="%",
                kind="ratio",
                temporal="stock",
                scale=1,
                origin="user",
            )
        )
    return "X01"


def counts(store: Store) -> tuple[int, int]:
    with store.sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(ValueRecord)) or 0,
            session.scalar(select(func.count()).select_from(AuditRecord)) or 0,
        )


@pytest.mark.parametrize(
    ("indicator", "text"),
    [
        ("D02", "50%"),  # a count (人次)
        ("D02", "５０％"),
        ("A04", "50 %"),  # a stock count (个)
        ("C02", "12.5%"),  # an amount (万元), keyed year to date
        ("C02", "1,234.50％"),
    ],
)
def test_value_service_refuses_a_percent_sign_outside_a_rate(
    values: ValueService, store: Store, indicator: str, text: str
) -> None:
    with pytest.raises(DomainError) as caught:
        values.set_text(COUNTY, indicator, JAN, text)
    assert caught.value.issue.code == "percent_not_ratio"
    assert caught.value.issue.params["indicator"] == indicator
    assert counts(store) == (0, 0)


def test_value_service_keeps_an_existing_value_when_a_percent_is_refused(
    values: ValueService, store: Store
) -> None:
    values.set_text(COUNTY, "D02", JAN, "40")
    with pytest.raises(DomainError):
        values.set_text(COUNTY, "D02", JAN, "50%")
    assert counts(store) == (1, 1)
    with store.sessions() as session:
        assert session.scalars(select(ValueRecord.amount)).one() == Decimal(40)


def test_value_service_saves_a_percent_into_a_keyed_rate(
    values: ValueService, store: Store, keyed_ratio: str
) -> None:
    change = values.set_text(COUNTY, keyed_ratio, JAN, "８７．５％")
    assert change.new == Decimal("87.5")
    again = values.set_text(COUNTY, keyed_ratio, JAN, "87.5")
    assert not again.changed  # "87.5%" and "87.5" are the same rate
    with pytest.raises(DomainError) as caught:
        values.set_text(COUNTY, keyed_ratio, JAN, "120%")
    assert caught.value.issue.code == "above_maximum"


def test_value_service_set_many_names_the_percent_cells_and_keeps_the_rest(
    values: ValueService, store: Store, keyed_ratio: str
) -> None:
    cells = [
        CellInput(COUNTY, "D02", JAN, "50%"),
        CellInput(COUNTY, "A04", JAN, "12"),
        CellInput(COUNTY, keyed_ratio, JAN, "60%"),
        CellInput(COUNTY, "C02", JAN, "3.5%"),
    ]
    changes, refusals = values.set_many(cells, source="pasted")
    assert [(c.indicator_code, c.new) for c in changes] == [
        ("A04", Decimal(12)),
        (keyed_ratio, Decimal(60)),
    ]
    assert [(r.cell.indicator_code, r.issue.code) for r in refusals] == [
        ("D02", "percent_not_ratio"),
        ("C02", "percent_not_ratio"),
    ]


def test_target_service_refuses_a_percent_sign_outside_a_rate(store: Store) -> None:
    targets = TargetService(store.sessions)
    with pytest.raises(DomainError) as caught:
        targets.set_text(COUNTY, "D02", 2016, "50%")
    assert caught.value.issue.code == "percent_not_ratio"
    assert targets.set_text(COUNTY, "D02", 2016, "5,000") == Decimal(5000)
