"""FigureService.figures keeps the catalogue and regions it read for a region and period, and
reads them again when they change (a township added, an indicator renamed meanwhile)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from desktop_app.domain.periods import Period
from desktop_app.persistence.models import IndicatorRecord
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService

COUNTY = "511921"
MARCH = Period.month(2025, 3)


def test_figure_service_kept_scope_sees_a_township_added_meanwhile(store: Store) -> None:
    figures = FigureService(store.sessions)
    values = ValueService(store.sessions, "王五")
    regions = RegionQueries(store.sessions)
    # Given the county's figures read once, with one township keying 覆盖村数 (A05)
    regions.add("511921001", "诺江镇", COUNTY)
    values.set_text("511921001", "A05", MARCH, "20")
    values.set_text(COUNTY, "A06", MARCH, "100")
    first = figures.figures(COUNTY, MARCH).by_code()
    assert first["A05"].figures.current == Decimal(20)
    # When another clerk adds a second township and keys its A05
    regions.add("511921002", "民胜镇", COUNTY)
    values.set_text("511921002", "A05", MARCH, "30")
    # Then the county's figures count both, and the coverage A07 = A05 / A06 with them
    again = figures.figures(COUNTY, MARCH).by_code()
    assert again["A05"].figures.current == Decimal(20) + Decimal(30)
    assert again["A07"].figures.current == Decimal(50) * 100 / Decimal(100)
    assert again["A05"].reporting == 2


def test_figure_service_kept_scope_sees_an_indicator_renamed_meanwhile(store: Store) -> None:
    figures = FigureService(store.sessions)
    ValueService(store.sessions, "王五").set_text(COUNTY, "D02", MARCH, "40")
    before = figures.figures(COUNTY, MARCH).by_code()["D02"]
    assert (before.indicator.name_zh, before.figures.current) == ("电子商务培训人次", 40)
    with store.sessions.begin() as session:
        record = session.scalars(select(IndicatorRecord).where(IndicatorRecord.code == "D02")).one()
        record.name_zh = "培训人次（含线上）"
    after = figures.figures(COUNTY, MARCH).by_code()["D02"]
    assert (after.indicator.name_zh, after.figures.current) == ("培训人次（含线上）", 40)
