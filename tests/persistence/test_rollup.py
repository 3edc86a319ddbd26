"""Adding regions up: each child's figures first, then the sum, with "n of m reported".

The defects of issue 9 (each reproduced with the CLI before the roll-up was rebuilt), then a
hypothesis test that compares every measure of a rolled-up region with a small independent
reference written here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from desktop_app.domain.indicators import Basis
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.regions import RegionLevel
from desktop_app.persistence.models import IndicatorRecord, RegionRecord, ValueRecord
from desktop_app.persistence.repositories import RegionRepository
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService

D = Decimal
BAZHONG = ["511902", "511903", "511921", "511922", "511923"]  # 巴州区 恩阳区 通江县 南江县 平昌县


def figures(store: Store, code: str, period: Period, indicator: str):  # type: ignore[no-untyped-def]
    return FigureService(store.sessions).figures(code, period).by_code()[indicator]


# --- the reproduced defects ------------------------------------------------------------------------
def test_rollup_ytd_keyed_from_april_is_not_counted_as_april(store: Store) -> None:
    # Given 通江县 keys 网络零售额 (1-N月累计) only from April, and 南江县 each month
    v = ValueService(store.sessions, user="t")
    v.set_text("511921", "C02", Period.month(2016, 4), "4000.00")
    for month in range(1, 5):
        v.set_text("511922", "C02", Period.month(2016, month), "100.00", basis=Basis.OWN)
    # When 巴中市's April is rolled up
    c02 = figures(store, "511900", Period.month(2016, 4), "C02")
    # Then April's 本月 is 南江县's 100 alone (通江县's April cannot be derived), marked 1 of 5
    assert c02.figures.current == D("100.00")
    assert c02.coverage["current"].label == "1/5"
    assert "通江县" in c02.coverage["current"].missing
    # and the year to date adds both counties' 1-4月: 4000 + 400
    assert c02.figures.cumulative == D("4400.00")
    assert c02.coverage["cumulative"].label == "2/5"


def test_rollup_regions_keyed_by_quarter_and_by_month_add_up(store: Store) -> None:
    v = ValueService(store.sessions, user="t")
    # 通江县 keys 培训人次 by quarter (46), 南江县 and 平昌县 by month (198 in all)
    v.set_text("511921", "D02", Period.quarter(2016, 1), "46")
    for code, months in [("511922", ["30", "40", "50"]), ("511923", ["20", "28", "30"])]:
        for month, text in enumerate(months, start=1):
            v.set_text(code, "D02", Period.month(2016, month), text)
    quarter = figures(store, "511900", Period.quarter(2016, 1), "D02")
    march = figures(store, "511900", Period.month(2016, 3), "D02")
    assert quarter.figures.current == D(244)
    assert march.figures.cumulative == D(244)
    assert quarter.coverage["current"].label == march.coverage["cumulative"].label == "3/5"
    # March's own figure is the monthly counties' only: 通江县 has no month of its own
    assert march.figures.current == D(80)
    assert march.coverage["current"].missing == ("巴州区", "恩阳区", "通江县")


def test_rollup_a_missing_month_leaves_the_county_out_and_says_so(store: Store) -> None:
    v = ValueService(store.sessions, user="t")
    for code in ["511921", "511922"]:
        for month in range(1, 13):
            if code == "511921" and month == 7:
                continue  # 通江县 has no July
            v.set_text(code, "D02", Period.month(2016, month), "10")
    year = figures(store, "511900", Period.whole_year(2016), "D02")
    q3 = figures(store, "511900", Period.quarter(2016, 3), "D02")
    q4 = figures(store, "511900", Period.quarter(2016, 4), "D02")
    december = figures(store, "511900", Period.month(2016, 12), "D02")
    assert year.figures.current == D(120)  # 南江县 alone, not 120 + 110
    assert q3.figures.current == D(30)
    assert december.figures.cumulative == D(120)
    for row in (year, q3):
        assert row.coverage["current"].missing == ("巴州区", "恩阳区", "通江县", "平昌县")
    # Q4 does not need July: both counties count
    assert q4.figures.current == D(60)
    assert q4.coverage["current"].label == "2/5"


def test_rollup_ratio_parts_come_from_the_same_counties(store: Store) -> None:
    v = ValueService(store.sessions, user="t")
    march = Period.month(2016, 3)
    parts = {"511902": (40, 50), "511903": (10, 100), "511921": (30, 60), "511922": (5, 50)}
    for code, (covered, total) in parts.items():
        v.set_text(code, "A05", march, str(covered))
        v.set_text(code, "A06", march, str(total))
    v.set_text("511923", "A05", march, "20")  # 平昌县: covered villages without the total
    a07 = figures(store, "511900", march, "A07")
    # (40 + 10 + 30 + 5) / (50 + 100 + 60 + 50) = 85 / 260, not (85 + 20) / 260
    assert a07.figures.current == (D(8500) / D(260)).quantize(D("0.1"), ROUND_HALF_UP)
    assert a07.coverage["current"].label == "4/5"
    assert a07.coverage["current"].missing == ("平昌县",)


def test_rollup_county_from_townships_derives_each_township_first(store: Store) -> None:
    with store.sessions.begin() as session:
        regions = RegionRepository(session)
        county = regions.require("511921")
        for i in (1, 2, 3):
            regions.add(f"511921{i:03d}", f"镇{i}", RegionLevel.TOWNSHIP, county, origin="user")
    v = ValueService(store.sessions, user="t")
    v.set_text("511921001", "C02", Period.month(2016, 4), "900.00")  # 1-4月累计 from April only
    for month in range(1, 5):
        v.set_text("511921002", "C02", Period.month(2016, month), "50.00", basis=Basis.OWN)
    c02 = figures(store, "511921", Period.month(2016, 4), "C02")
    assert c02.figures.current == D("50.00")
    assert c02.figures.cumulative == D("1100.00")
    assert c02.coverage["current"].label == "1/3"
    assert c02.coverage["cumulative"].missing == ("镇3",)
    # and the prefecture sees 通江县 as one child whose own figures are incomplete
    city = figures(store, "511900", Period.month(2016, 4), "C02")
    assert city.figures.cumulative == D("1100.00")
    assert city.coverage["cumulative"].partial == ("通江县",)


# --- against an independent reference --------------------------------------------------------------
# Three keyed indicators and a ratio: 培训人次 D02 (flow, count), 网络零售额 C02 (flow, 万元),
# 村级服务点 A04 (stock), 行政村覆盖率 A07 = A05 / A06.
FLOWS = ("D02", "C02")
STOCKS = ("A04", "A05", "A06")
YEAR = 2016


@dataclass(frozen=True)
class Keyed:
    """How one region keys one indicator in one year, and what it keyed (None = a hole)."""

    months: int  # 1 (monthly) or 3 (quarterly)
    basis: str  # "own" or "ytd" (flows only)
    values: tuple[Decimal | None, ...]  # one per period of that kind

    def ytd(self, end: int) -> Decimal | None:
        """Year to date at the end of month `end` (0: nothing yet)."""
        if end == 0:
            return D(0)
        if end % self.months:
            return None
        count = end // self.months
        if self.basis == "ytd":
            return self.values[count - 1]
        parts = self.values[:count]
        return None if any(p is None for p in parts) else sum(parts, D(0))  # type: ignore[arg-type]

    def own(self, start: int, end: int) -> Decimal | None:
        if self.basis == "own":
            if (start - 1) % self.months or end % self.months:
                return None
            parts = self.values[(start - 1) // self.months : end // self.months]
            return None if any(p is None for p in parts) else sum(parts, D(0))  # type: ignore[arg-type]
        after, before = self.ytd(end), self.ytd(start - 1)
        return None if after is None or before is None else after - before

    def stock(self, end: int) -> Decimal | None:
        return None if end % self.months else self.values[end // self.months - 1]


def _keyed(is_flow: bool, scale: int) -> st.SearchStrategy[Keyed]:
    @st.composite
    def build(draw: st.DrawFn) -> Keyed:
        months = draw(st.sampled_from([1, 3]))
        basis = draw(st.sampled_from(["own", "ytd"])) if is_flow else "own"
        count = 12 // months
        step = st.integers(0, 500).map(lambda n: D(n).scaleb(-scale))
        steps = draw(st.lists(step, min_size=count, max_size=count))
        holes = draw(st.lists(st.booleans(), min_size=count, max_size=count))
        if basis == "ytd":  # a running total never falls
            running, values = D(0), []
            for s in steps:
                running += s
                values.append(running)
        else:
            values = list(steps)
        return Keyed(
            months,
            basis,
            tuple(
                None if hole and draw(st.integers(0, 3)) == 0 else v
                for v, hole in zip(values, holes, strict=True)
            ),
        )

    return build()


def _region_data() -> st.SearchStrategy[dict[tuple[str, int], Keyed | None]]:
    """What one region keys: per (indicator, year), None when it keys nothing that year."""
    scales = {"D02": 0, "C02": 2, "A04": 0, "A05": 0, "A06": 0}
    entries = {
        (code, year): st.one_of(st.none(), _keyed(code in FLOWS, scales[code]))
        for code in (*FLOWS, *STOCKS)
        for year in (YEAR - 1, YEAR)
    }
    return st.fixed_dictionaries(entries)


def ref_measure(keyed: Keyed | None, code: str, period: Period, cumulative: bool) -> Decimal | None:
    if keyed is None:
        return None
    if code in STOCKS:
        return keyed.stock(period.end_month)
    if cumulative:
        return keyed.ytd(period.end_month)
    return keyed.own(period.start_month, period.end_month)


def ref_growth(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None or b is None or b == 0:
        return None
    return ((a * 100 - b * 100) / b).quantize(D("0.1"), ROUND_HALF_UP)


def _measures(period: Period) -> dict[str, tuple[Period, bool]]:
    last = Period(period.kind, period.year - 1, period.index)
    return {
        "current": (period, False),
        "cumulative": (period, True),
        "last_year": (last, False),
        "last_year_cumulative": (last, True),
        "previous": (period.previous(), False),
    }


ALL_PERIODS = (
    [Period.month(YEAR, m) for m in range(1, 13)]
    + [Period.quarter(YEAR, q) for q in range(1, 5)]
    + [Period.half_year(YEAR, h) for h in (1, 2)]
    + [Period.whole_year(YEAR)]
)


def _store_data(store: Store, data: dict[str, dict[tuple[str, int], Keyed | None]]) -> None:
    now = datetime.now(UTC)
    with store.sessions.begin() as session:
        session.execute(delete(ValueRecord))
        ids = dict(session.execute(select(RegionRecord.code, RegionRecord.id)).all())
        ind_ids = dict(session.execute(select(IndicatorRecord.code, IndicatorRecord.id)).all())
        rows = []
        for region, entries in data.items():
            for (code, year), keyed in entries.items():
                if keyed is None:
                    continue
                kind = PeriodKind.MONTH if keyed.months == 1 else PeriodKind.QUARTER
                for index, value in enumerate(keyed.values, start=1):
                    if value is None:
                        continue
                    rows.append(
                        {
                            "region_id": ids[region],
                            "indicator_id": ind_ids[code],
                            "period": Period(kind, year, index).code,
                            "state": "value",
                            "amount": value,
                            "basis": keyed.basis,
                            "source": "imported",
                            "updated_at": now,
                            "updated_by": "test",
                        }
                    )
        if rows:
            session.execute(insert(ValueRecord), rows)


def _check_against_reference(
    store: Store,
    root: str,
    data: dict[str, dict[tuple[str, int], Keyed | None]],
    names: dict[str, str],
) -> None:
    service = FigureService(store.sessions)
    children = list(data)
    for period in ALL_PERIODS:
        rows = service.figures(root, period).by_code()
        for code in (*FLOWS, *STOCKS):
            row = rows[code]
            per_child = {
                child: {
                    name: ref_measure(data[child].get((code, p.year)), code, p, cum)
                    for name, (p, cum) in _measures(period).items()
                }
                for child in children
            }
            for name in _measures(period):
                have = [c for c in children if per_child[c][name] is not None]
                expected = sum((per_child[c][name] for c in have), D(0)) if have else None
                got = getattr(row.figures, name)
                assert got == expected, (period, code, name, got, expected)
                cov = row.coverage[name]
                assert (cov.reported, cov.expected) == (len(have), len(children)), (
                    period,
                    code,
                    name,
                )
                assert cov.missing == tuple(names[c] for c in children if c not in have)
            for name, (a, b) in {
                "yoy": ("current", "last_year"),
                "yoy_cumulative": ("cumulative", "last_year_cumulative"),
                "mom": ("current", "previous"),
            }.items():
                both = [
                    c
                    for c in children
                    if per_child[c][a] is not None and per_child[c][b] is not None
                ]
                first = sum((per_child[c][a] for c in both), D(0))  # type: ignore[misc]
                base = sum((per_child[c][b] for c in both), D(0))  # type: ignore[misc]
                expected_growth = ref_growth(first, base) if both else None
                assert getattr(row.figures, name) == expected_growth, (period, code, name)
                assert row.coverage[name].reported == len(both)
        # 行政村覆盖率 from the counties that have both parts
        ratio = rows["A07"]
        for name, (p, cum) in _measures(period).items():
            pairs = [
                (
                    ref_measure(data[c].get(("A05", p.year)), "A05", p, cum),
                    ref_measure(data[c].get(("A06", p.year)), "A06", p, cum),
                )
                for c in children
            ]
            both = [(a, b) for a, b in pairs if a is not None and b is not None]
            num = sum((a for a, _ in both), D(0))
            den = sum((b for _, b in both), D(0))
            expected_ratio = (
                (num * 100 / den).quantize(D("0.1"), ROUND_HALF_UP) if both and den else None
            )
            assert ratio.figures.__getattribute__(name) == expected_ratio, (period, name)
            assert ratio.coverage[name].reported == len(both)


# Prefectures of Sichuan with 3 to 8 counties.
PREFECTURES = {"512000": 3, "511900": 5, "511600": 6, "511800": 8}

_slow = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@pytest.fixture(scope="module")
def rollup_store(tmp_path_factory: pytest.TempPathFactory, prepared_db):  # type: ignore[no-untyped-def]
    import shutil

    from desktop_app.persistence.engine import create_sqlite_engine
    from desktop_app.services.store import prepare

    path = tmp_path_factory.mktemp("rollup") / "rollup.sqlite3"
    shutil.copy(prepared_db, path)
    store = prepare(create_sqlite_engine(path), path)
    with store.sessions.begin() as session:
        regions = RegionRepository(session)
        county = regions.require("511921")
        for i in range(1, 9):
            regions.add(f"511921{i:03d}", f"镇{i}", RegionLevel.TOWNSHIP, county, origin="user")
    yield store
    store.close()


@pytest.mark.slow
@_slow
@given(data=st.data())
def test_rollup_prefecture_matches_an_independent_reference(
    rollup_store: Store, data: st.DataObject
) -> None:
    prefecture = data.draw(st.sampled_from(sorted(PREFECTURES)))
    with rollup_store.sessions() as session:
        parent = RegionRepository(session).require(prefecture)
        counties = {r.code: r.name for r in RegionRepository(session).children(parent)}
    assert len(counties) == PREFECTURES[prefecture]
    keyed = {code: data.draw(_region_data(), label=code) for code in sorted(counties)}
    _store_data(rollup_store, keyed)
    _check_against_reference(rollup_store, prefecture, keyed, counties)


@pytest.mark.slow
@_slow
@given(data=st.data())
def test_rollup_county_matches_an_independent_reference(
    rollup_store: Store, data: st.DataObject
) -> None:
    count = data.draw(st.integers(3, 8))
    townships = {f"511921{i:03d}": f"镇{i}" for i in range(1, 9)}
    keyed = {
        code: data.draw(_region_data(), label=code)
        if i < count
        else dict.fromkeys(((c, y) for c in (*FLOWS, *STOCKS) for y in (YEAR - 1, YEAR)), None)
        for i, code in enumerate(sorted(townships))
    }
    _store_data(rollup_store, keyed)
    _check_against_reference(rollup_store, "511921", keyed, townships)


def test_rollup_a_year_stored_two_ways_is_derived_from_its_entries(store: Store) -> None:
    # Given a database from before the value service refused it: 通江县 holds months and a quarter
    data = {
        "511921": {
            ("D02", YEAR): Keyed(1, "own", (D(10), D(20), D(30)) + (None,) * 9),
        }
    }
    _store_data(store, data)  # type: ignore[arg-type]
    now = datetime.now(UTC)
    with store.sessions.begin() as session:
        region = RegionRepository(session).require("511921")
        indicator = session.scalars(
            select(IndicatorRecord).where(IndicatorRecord.code == "D02")
        ).one()
        session.execute(
            insert(ValueRecord),
            [
                {
                    "region_id": region.id,
                    "indicator_id": indicator.id,
                    "period": Period.quarter(YEAR, 1).code,
                    "state": "value",
                    "amount": D(99),
                    "basis": "own",
                    "source": "imported",
                    "updated_at": now,
                    "updated_by": "test",
                }
            ],
        )
    # Then the figures are those the entries give (the quarter's own entry, the months' 累计)
    quarter = figures(store, "511900", Period.quarter(YEAR, 1), "D02")
    march = figures(store, "511900", Period.month(YEAR, 3), "D02")
    assert quarter.figures.current == D(99)
    assert march.figures.current == D(30)
    assert march.figures.cumulative == D(60)
    assert quarter.coverage["current"].label == "1/5"


def test_rollup_not_applicable_counts_as_an_answer_and_as_nothing(store: Store) -> None:
    from desktop_app.domain.values import NA

    v = ValueService(store.sessions, user="t")
    for month in (1, 2, 3):
        v.set_text("511921", "D02", Period.month(YEAR, month), "无")
        v.set_text("511922", "D02", Period.month(YEAR, month), "5" if month == 2 else "无")
    county = figures(store, "511921", Period.quarter(YEAR, 1), "D02")
    assert county.figures.current is NA
    city = figures(store, "511900", Period.quarter(YEAR, 1), "D02")
    assert city.figures.current == D(5)
    assert city.coverage["current"].label == "2/5"
    assert figures(store, "511922", Period.month(YEAR, 3), "D02").figures.cumulative == D(5)
