"""Amounts are exact: 0.10 万元 ten thousand times is 1000.00, in SQLite and in the roll-up."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import StatementError

from desktop_app.domain.periods import Period
from desktop_app.domain.regions import RegionLevel
from desktop_app.persistence.models import RegionRecord, ValueRecord
from desktop_app.persistence.repositories import IndicatorRepository, RegionRepository
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store


def test_scaled_storage_sums_exactly_where_floats_would_not(store: Store) -> None:
    assert sum([0.1] * 10_000) != 1000.0  # the float trap this test guards against
    with store.sessions.begin() as session:
        regions = RegionRepository(session)
        prefecture = regions.require("511900")
        # Given 1,000 townships under 通江县 (巴中市), each holding 0.10 万元 for ten months
        county = regions.require("511921")
        townships = [
            regions.add(f"511921{i:03d}", f"镇{i}", RegionLevel.TOWNSHIP, county, origin="user")
            for i in range(1, 1001)
        ]
        indicator = IndicatorRepository(session).require("E02")
        now = datetime.now(UTC)
        rows = [
            {
                "region_id": t.id,
                "indicator_id": indicator.id,
                "period": f"2016-M{m:02d}",
                "state": "value",
                "amount": Decimal("0.10"),
                "basis": "own",
                "source": "imported",
                "updated_at": now,
                "updated_by": "test",
            }
            for t in townships
            for m in range(1, 11)
        ]
        session.execute(insert(ValueRecord), rows)
        # When SQLite sums the 10,000 values
        stored_sum = session.scalar(select(func.sum(ValueRecord.amount)))
        assert stored_sum == Decimal("1000.0000")
        assert prefecture.path.startswith("/")
        assert session.scalar(select(func.count()).select_from(RegionRecord)) > 1000
    # Then the roll-up of the prefecture for January–October is exactly 1000.00
    figures = FigureService(store.sessions).figures("511900", Period.month(2016, 10))
    e02 = figures.by_code()["E02"]
    assert e02.figures.cumulative == Decimal("1000.00")
    assert type(e02.figures.cumulative) is Decimal
    assert e02.figures.current == Decimal("100.00")
    # 通江县 is the one county of 巴中市's five that reported; it has all its 1,000 townships.
    assert e02.coverage["cumulative"].label == "1/5"
    county_figures = FigureService(store.sessions).figures("511921", Period.month(2016, 10))
    assert county_figures.by_code()["E02"].reporting == 1000
    assert county_figures.by_code()["E02"].coverage["cumulative"].complete


@pytest.mark.parametrize("text", ["0.1", "12345678.9999", "0.0001", "922337203685.4775"])
def test_scaled_storage_round_trips_every_digit(store: Store, text: str) -> None:
    with store.sessions.begin() as session:
        region = RegionRepository(session).require("511921")
        indicator = IndicatorRepository(session).require("C03")
        session.add(
            ValueRecord(
                region_id=region.id,
                indicator_id=indicator.id,
                period="2016-M01",
                state="value",
                amount=Decimal(text),
                basis="own",
                source="imported",
                updated_at=datetime.now(UTC),
                updated_by="test",
            )
        )
    with store.sessions() as session:
        stored = session.scalar(select(ValueRecord.amount))
    assert stored == Decimal(text)


def test_scaled_storage_refuses_digits_it_cannot_keep(store: Store) -> None:
    with store.sessions() as session:
        region = RegionRepository(session).require("511921")
        indicator = IndicatorRepository(session).require("C03")
        session.add(
            ValueRecord(
                region_id=region.id,
                indicator_id=indicator.id,
                period="2016-M01",
                state="value",
                amount=Decimal("0.00001"),
                basis="own",
                source="imported",
                updated_at=datetime.now(UTC),
                updated_by="test",
            )
        )
        with pytest.raises(StatementError, match="decimal places"):
            session.flush()
