"""What the PDF report tests share: the demo database of two counties of 巴中市, made once per test
process from the session's demo county and copied by each test that changes it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.domain.indicators import Indicator, Temporal, ValueKind
from desktop_app.domain.periods import Period
from desktop_app.i18n import translate
from desktop_app.persistence.models import IndicatorRecord, RegionRecord, ValueRecord
from desktop_app.persistence.repositories import IndicatorRepository
from desktop_app.services.demo import DEMO_COUNTY, fill_demo_county
from desktop_app.services.store import Store, open_sqlite_store
from tests.demo_county import DEMO_BUREAU, DemoDatabase

MARCH = Period.month(2025, 3)
COUNTY, OTHER_COUNTY, CITY = DEMO_COUNTY, "511922", "511900"  # 通江县, 南江县, 巴中市
BUREAU = DEMO_BUREAU

_made: dict[str, Path] = {}


def two_demo_counties(demo_county: DemoDatabase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """通江县 (the session's demo county: the home county, its bureau stored) and 南江县 with two
    years of demo figures; 巴中市's three other counties hold nothing. Do not write to it: copy it."""
    if "path" not in _made:
        path = tmp_path_factory.mktemp("two_demo_counties") / "demo.sqlite3"
        shutil.copy(demo_county.path, path)
        store = open_sqlite_store(path)
        fill_demo_county(store.sessions, county_code=OTHER_COUNTY, seed=2)
        store.close()
        _made["path"] = path
    return _made["path"]


def listed(names: list[str]) -> str:
    """Names as the report lists them (顿号 in Chinese)."""
    joined = names[0]
    for name in names[1:]:
        joined = translate("Reports", "{items}, {item}").format(items=joined, item=name)
    return joined


def amount_flows(store: Store) -> list[Indicator]:
    with store.sessions() as session:
        return [
            row.indicator
            for row in IndicatorRepository(session).active()
            if row.indicator.temporal is Temporal.FLOW
            and row.indicator.kind is ValueKind.AMOUNT
            and not row.indicator.is_computed
        ]


def held(store: Store, region: str, periods: list[Period]) -> set[str]:
    """Codes of the indicators with a value somewhere in `region`'s subtree in `periods`."""
    with store.sessions() as session:
        root = session.scalars(select(RegionRecord).where(RegionRecord.code == region)).one()
        rows = session.execute(
            select(IndicatorRecord.code)
            .join(ValueRecord, ValueRecord.indicator_id == IndicatorRecord.id)
            .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
            .where(
                RegionRecord.path.startswith(root.path),
                ValueRecord.period.in_([p.code for p in periods]),
            )
            .distinct()
        )
        return set(rows.scalars())


def expected_ranking(store: Store, counties: list[str]) -> Indicator:
    """Reference: the amount flow that most counties hold for 2025年1-3月; the first in the
    catalogue's order of those that tie."""
    months = MARCH.year_to_date_months()
    held_by = [held(store, county, months) for county in counties]
    best, best_count = None, -1
    for ind in amount_flows(store):
        count = sum(1 for codes in held_by if ind.code in codes)
        if count > best_count:
            best, best_count = ind, count
    assert best is not None
    return best


def text_runs(page: Any) -> list[tuple[str, float, float, float]]:
    """(text, x, baseline y, font size) of every text run on a pypdf page, in page coordinates."""
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append((text.strip(), x, y, size * tm[0] * cm[0]))

    page.extract_text(visitor_text=visit)
    return runs
