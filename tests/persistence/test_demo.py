"""The demo county: townships, two years of figures that pass every check, targets."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app.domain.periods import Period
from desktop_app.domain.regions import RegionLevel
from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.persistence.models import AuditRecord, IndicatorRecord, RegionRecord, ValueRecord
from desktop_app.services.demo import DEMO_COUNTY, DemoSummary, fill_demo_county
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store, prepare
from tests.demo_county import DemoDatabase

MONTHS = [Period.month(year, month) for year in (2024, 2025) for month in range(1, 13)]


@pytest.fixture(scope="module")
def demo(
    demo_county_db: DemoDatabase, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, DemoSummary]]:
    """The session's demo county (filled once: it takes seconds) and what filling reported;
    read only, so one copy serves the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(demo_county_db.path, path)
    store = prepare(create_sqlite_engine(path), path)
    yield store, demo_county_db.summary
    store.close()


def stored(store: Store, region: str, indicator: str) -> list[ValueRecord]:
    with store.sessions() as session:
        return list(
            session.scalars(
                select(ValueRecord)
                .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
                .join(IndicatorRecord, IndicatorRecord.id == ValueRecord.indicator_id)
                .where(RegionRecord.code == region, IndicatorRecord.code == indicator)
                .order_by(ValueRecord.period)
            )
        )


def test_demo_adds_townships_of_tongjiang(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    townships = RegionQueries(store.sessions).children(DEMO_COUNTY)
    assert 3 <= len(townships) <= 5
    assert {r.code for r in townships} == set(summary.township_codes)
    assert all(r.level is RegionLevel.TOWNSHIP for r in townships)
    assert all(len(r.code) == 9 and r.code.startswith(DEMO_COUNTY) for r in townships)
    assert "诺江镇" in {r.name for r in townships}


@pytest.mark.parametrize("period", MONTHS, ids=lambda p: p.code)
def test_every_demo_month_passes_the_checks(
    demo: tuple[Store, DemoSummary], period: Period
) -> None:
    store, _summary = demo
    checked = ReturnService(store.sessions, FigureService(store.sessions)).check(
        DEMO_COUNTY, period
    )
    assert checked.errors == []
    assert checked.unexplained == []  # no warning either: every month can be submitted


def test_county_figures_roll_up_the_townships(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    figures = FigureService(store.sessions)
    period = Period.month(2025, 6)
    county = figures.figures(DEMO_COUNTY, period).by_code()["D02"]
    towns = [figures.figures(code, period).by_code()["D02"] for code in summary.township_codes]
    # Training person-times are kept by the townships, not by the county
    assert stored(store, DEMO_COUNTY, "D02") == []
    assert all(t.figures.current for t in towns)
    assert county.figures.current == sum(t.figures.current for t in towns)  # type: ignore[misc]
    assert county.figures.cumulative == sum(t.figures.cumulative for t in towns)  # type: ignore[misc]
    assert county.reporting == len(summary.township_codes)


def test_online_retail_is_keyed_year_to_date_and_never_falls(
    demo: tuple[Store, DemoSummary],
) -> None:
    store, _summary = demo
    rows = stored(store, DEMO_COUNTY, "C02")
    assert len(rows) == 24
    assert {r.basis for r in rows} == {"ytd"}
    for year in ("2024", "2025"):
        amounts = [r.amount for r in rows if r.period.startswith(year)]
        assert amounts == sorted(amounts)
    # Some tens of thousands of 万元 a year, as a Sichuan county sells online
    december = FigureService(store.sessions).figures(DEMO_COUNTY, Period.month(2024, 12))
    year_total = december.by_code()["C02"].figures.cumulative
    assert isinstance(year_total, Decimal)
    assert Decimal(20_000) < year_total < Decimal(80_000)


def test_demo_figures_are_realistic_and_consistent(demo: tuple[Store, DemoSummary]) -> None:
    store, _summary = demo
    rows = FigureService(store.sessions).figures(DEMO_COUNTY, Period.month(2025, 12)).by_code()
    points = rows["A04"].figures.current
    assert isinstance(points, Decimal) and 100 <= points <= 1000  # a few hundred service points
    assert points == points.to_integral_value()
    covered, villages = rows["A05"].figures.current, rows["A06"].figures.current
    assert isinstance(covered, Decimal) and isinstance(villages, Decimal)
    assert covered <= villages
    assert rows["A07"].figures.current is not None  # the coverage rate is computed, never keyed
    assert stored(store, DEMO_COUNTY, "A07") == []


def test_demo_sets_annual_targets(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    assert "C02/2025" in summary.targets
    rows = FigureService(store.sessions).figures(DEMO_COUNTY, Period.month(2025, 6)).by_code()
    assert rows["C02"].target == summary.targets["C02/2025"]
    assert rows["C02"].progress is not None and 30 < rows["C02"].progress < 70


def test_demo_values_are_marked_as_imported_demo(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    with store.sessions() as session:
        marks = set(session.execute(select(AuditRecord.source, AuditRecord.detail)).all())
    assert marks == {("imported", "demo")}
    assert summary.cells > 1000
    assert summary.changed == summary.cells


def test_filling_the_demo_again_changes_nothing(store: Store) -> None:
    first = fill_demo_county(store.sessions, years=(2024,))
    again = fill_demo_county(store.sessions, years=(2024,))
    assert first.cells > 0
    assert again.cells == first.cells
    assert again.changed == 0
    assert again.township_codes == first.township_codes
    assert len(RegionQueries(store.sessions).children(DEMO_COUNTY)) == len(first.township_codes)
