"""Roll-up over three levels against an independent reference (issue 15's review).

A prefecture whose counties key an indicator themselves and one county (通江县) that keys through
its townships, each keeping a year by months, quarters, half-years or the whole year, own or year
to date, with holes and 无 (a December 无 among them). Every measure, growth rate, ratio and
coverage of the prefecture, and last year's full-year figure a target is measured against
(YEAR_END, read in the roll-up's own query), are compared with a small reference written here.
This reaches what the prefecture-of-leaves reference in test_rollup.py does not: a rolled pair
(同比, 环比, a ratio's parts) whose children are rolled themselves and partly incomplete, and the
entries ending in December counted from the year's last code at every period kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.regions import RegionLevel
from desktop_app.domain.targets import TargetKind
from desktop_app.domain.values import NA, NotApplicable
from desktop_app.persistence.models import IndicatorRecord, RegionRecord, ValueRecord
from desktop_app.persistence.repositories import RegionRepository
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store
from desktop_app.services.targets import TargetService
from desktop_app.services.values import ValueService

D = Decimal
#: A figure of the reference: a number, 无 (NA) or None (unknown).
Ref = Decimal | NotApplicable | None
YEAR = 2016
PREFECTURE = "511900"
COUNTY = "511921"  # 通江县, rolled from its townships
TOWNSHIPS = {f"{COUNTY}{i:03d}": f"镇{i}" for i in (1, 2, 3)}
FLOWS = ("D02", "C02")
STOCKS = ("A04", "A05", "A06")
SCALES = {"D02": 0, "C02": 2, "A04": 0, "A05": 0, "A06": 0}


@dataclass(frozen=True)
class Kept:
    """How one region keeps one indicator in one year: months per period, basis, and one entry
    per period (None: a hole; NA: 无)."""

    months: int
    basis: str
    values: tuple[Ref, ...]


def _add(a: Ref, b: Ref) -> Ref:
    if a is None or b is None:
        return None
    if isinstance(a, NotApplicable):
        return b
    if isinstance(b, NotApplicable):
        return a
    return a + b


def _sum(figures: list[Ref]) -> Ref:
    """Over regions: the known ones; 无 when all known are 无; None when none is known."""
    known = [f for f in figures if f is not None]
    numbers = [f for f in known if isinstance(f, Decimal)]
    if numbers:
        return sum(numbers, D(0))
    return NA if known else None


def ref_ytd(kept: Kept, end: int) -> Ref:
    if end == 0:
        return NA  # nothing yet: adds nothing
    if end % kept.months:
        return None
    count = end // kept.months
    if kept.basis == "ytd":
        return kept.values[count - 1]
    result: Ref = NA
    for value in kept.values[:count]:
        result = _add(result, value)
    return result


def ref_own(kept: Kept, start: int, end: int) -> Ref:
    if (start - 1) % kept.months or end % kept.months:
        return None
    if kept.basis == "own":
        result: Ref = NA
        for value in kept.values[(start - 1) // kept.months : end // kept.months]:
            result = _add(result, value)
        return result
    after, before = ref_ytd(kept, end), ref_ytd(kept, start - 1)
    if after is None or before is None:
        return None
    if isinstance(before, NotApplicable):
        return after
    if isinstance(after, NotApplicable):
        return -before
    return after - before


def ref_leaf(kept: Kept | None, code: str, period: Period, cumulative: bool) -> Ref:
    if kept is None:
        return None
    if code in STOCKS:
        end = period.end_month
        return None if end % kept.months else kept.values[end // kept.months - 1]
    if cumulative:
        return ref_ytd(kept, period.end_month)
    return ref_own(kept, period.start_month, period.end_month)


def ref_growth(a: Ref, b: Ref) -> Decimal | None:
    if not isinstance(a, Decimal) or not isinstance(b, Decimal) or b == 0:
        return None
    return ((a * 100 - b * 100) / b).quantize(D("0.1"), ROUND_HALF_UP)


def ref_ratio(a: Ref, b: Ref) -> Ref:
    if isinstance(a, NotApplicable) and isinstance(b, NotApplicable):
        return NA
    if not isinstance(a, Decimal) or not isinstance(b, Decimal) or b == 0:
        return None
    return (a * 100 / b).quantize(D("0.1"), ROUND_HALF_UP)


def _kept(code: str) -> st.SearchStrategy[Kept]:
    @st.composite
    def build(draw: st.DrawFn) -> Kept:
        months = draw(st.sampled_from([1, 1, 3, 6, 12]))
        basis = draw(st.sampled_from(["own", "ytd"])) if code in FLOWS else "own"
        count = 12 // months
        values: list[Ref] = []
        running = D(0)
        for _ in range(count):
            step = D(draw(st.integers(0, 500))).scaleb(-SCALES[code])
            running += step
            chosen = draw(st.sampled_from(["value"] * 6 + ["hole", "na"]))
            number = running if basis == "ytd" else step
            values.append({"value": number, "hole": None, "na": NA}[chosen])
        return Kept(months, basis, tuple(values))

    return build()


def _region_data() -> st.SearchStrategy[dict[tuple[str, int], Kept | None]]:
    return st.fixed_dictionaries(
        {
            (code, year): st.one_of(st.none(), _kept(code))
            for code in (*FLOWS, *STOCKS)
            for year in (YEAR - 1, YEAR)
        }
    )


def _measures(period: Period) -> dict[str, tuple[Period, bool]]:
    last = Period(period.kind, period.year - 1, period.index)
    return {
        "current": (period, False),
        "cumulative": (period, True),
        "last_year": (last, False),
        "last_year_cumulative": (last, True),
        "previous": (period.previous(), False),
    }


GROWTH = {
    "yoy": ("current", "last_year"),
    "yoy_cumulative": ("cumulative", "last_year_cumulative"),
    "mom": ("current", "previous"),
}


@dataclass(frozen=True)
class RefCoverage:
    reported: int
    expected: int
    missing: tuple[str, ...]
    partial: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.reported == self.expected and not self.partial


class Reference:
    """The figures of a two-level tree: `leaves` keep their own data; `rolled` lists each rolled
    region's children (every child of a rolled region is a leaf or rolled)."""

    def __init__(
        self,
        data: dict[str, dict[tuple[str, int], Kept | None]],
        rolled: dict[str, list[str]],
        names: dict[str, str],
    ) -> None:
        self.data, self.rolled, self.names = data, rolled, names

    def value(
        self, region: str, code: str, period: Period, cum: bool
    ) -> tuple[Ref, RefCoverage | None]:
        if region not in self.rolled:
            return ref_leaf(self.data[region].get((code, period.year)), code, period, cum), None
        found = {c: self.value(c, code, period, cum) for c in self.rolled[region]}
        return _sum([f for f, _c in found.values()]), self._coverage(region, found)

    def pair(
        self, region: str, a: tuple[str, Period, bool], b: tuple[str, Period, bool]
    ) -> tuple[Ref, Ref, RefCoverage | None]:
        if region not in self.rolled:
            return self.value(region, *a)[0], self.value(region, *b)[0], None
        found = {c: self.pair(c, a, b) for c in self.rolled[region]}
        both = {c: f for c, f in found.items() if f[0] is not None and f[1] is not None}
        return (
            _sum([f[0] for f in both.values()]),
            _sum([f[1] for f in both.values()]),
            self._coverage(region, {c: (f[0], f[2]) for c, f in both.items()}),
        )

    def _coverage(
        self, region: str, found: dict[str, tuple[Ref, RefCoverage | None]]
    ) -> RefCoverage:
        children = self.rolled[region]
        have = [c for c in children if c in found and found[c][0] is not None]
        partial = tuple(
            self.names[c] for c in have if (cov := found[c][1]) is not None and not cov.complete
        )
        missing = tuple(self.names[c] for c in children if c not in have)
        return RefCoverage(len(have), len(children), missing, partial)


PERIODS = (
    [Period.month(YEAR, m) for m in (1, 2, 3, 6, 7, 11, 12)]
    + [Period.quarter(YEAR, q) for q in (1, 4)]
    + [Period.half_year(YEAR, h) for h in (1, 2)]
    + [Period.whole_year(YEAR)]
)


def _store_data(store: Store, data: dict[str, dict[tuple[str, int], Kept | None]]) -> None:
    now = datetime.now(UTC)
    kinds = {
        1: PeriodKind.MONTH,
        3: PeriodKind.QUARTER,
        6: PeriodKind.HALF_YEAR,
        12: PeriodKind.YEAR,
    }
    with store.sessions.begin() as session:
        session.execute(delete(ValueRecord))
        ids = dict(session.execute(select(RegionRecord.code, RegionRecord.id)).all())
        ind_ids = dict(session.execute(select(IndicatorRecord.code, IndicatorRecord.id)).all())
        rows = [
            {
                "region_id": ids[region],
                "indicator_id": ind_ids[code],
                "period": Period(kinds[kept.months], year, index).code,
                "state": "na" if isinstance(value, NotApplicable) else "value",
                "amount": None if isinstance(value, NotApplicable) else value,
                "basis": kept.basis,
                "source": "imported",
                "updated_at": now,
                "updated_by": "test",
            }
            for region, entries in data.items()
            for (code, year), kept in entries.items()
            if kept is not None
            for index, value in enumerate(kept.values, start=1)
            if value is not None
        ]
        if rows:
            session.execute(insert(ValueRecord), rows)


def _year_end(reference: Reference, region: str, code: str) -> Ref:
    """Last year's full-year total (a flow) or December figure (a stock), rolled up."""
    return reference.value(region, code, Period.month(YEAR - 1, 12), True)[0]


def _goal(year_end: Ref, code: str) -> Decimal | None:
    """The goal of a target of +0% (a flow: last year's figure) or 1 new unit (a stock)."""
    if not isinstance(year_end, Decimal):
        return None
    return year_end.quantize(D(1).scaleb(-SCALES[code])) + (1 if code in STOCKS else 0)


def _check(store: Store, reference: Reference, counties: list[str]) -> None:
    service = FigureService(store.sessions)
    for period in PERIODS:
        rows = service.figures(PREFECTURE, period).by_code()
        below = service.figures_below(PREFECTURE, period, counties)
        for region, by_code in [(PREFECTURE, rows), *((c, below[c]) for c in counties)]:
            for code in (*FLOWS, *STOCKS):
                row = by_code[code]
                where = (period, region, code)
                for name, (p, cum) in _measures(period).items():
                    figure, cov = reference.value(region, code, p, cum)
                    assert getattr(row.figures, name) == figure, (*where, name)
                    if cov is not None:
                        got = row.coverage[name]
                        assert (got.reported, got.expected, got.missing, got.partial) == (
                            cov.reported,
                            cov.expected,
                            cov.missing,
                            cov.partial,
                        ), (*where, name)
                for name, (a, b) in GROWTH.items():
                    pa, ca = _measures(period)[a]
                    pb, cb = _measures(period)[b]
                    first, base, cov = reference.pair(region, (code, pa, ca), (code, pb, cb))
                    assert getattr(row.figures, name) == ref_growth(first, base), (*where, name)
                    if cov is not None:
                        got = row.coverage[name]
                        assert (got.reported, got.missing, got.partial) == (
                            cov.reported,
                            cov.missing,
                            cov.partial,
                        ), (*where, name)
                if code in ("D02", "C02", "A04"):
                    goal = _goal(_year_end(reference, region, code), code)
                    assert row.target == goal, (*where, "year end")
            ratio = by_code["A07"]
            for name, (p, cum) in _measures(period).items():
                num, den, cov = reference.pair(region, ("A05", p, cum), ("A06", p, cum))
                expected = ref_ratio(num, den) if num is not None and den is not None else None
                assert getattr(ratio.figures, name) == expected, (period, region, "A07", name)
                if cov is not None:
                    got = ratio.coverage[name]
                    assert (got.reported, got.missing, got.partial) == (
                        cov.reported,
                        cov.missing,
                        cov.partial,
                    ), (period, region, "A07", name)


@pytest.fixture
def levels(store: Store) -> tuple[list[str], dict[str, str]]:
    """The prefecture's counties (codes) and every region's name, with three townships under
    通江县 and the targets whose goal is last year's figure."""
    with store.sessions.begin() as session:
        regions = RegionRepository(session)
        county = regions.require(COUNTY)
        for code, name in TOWNSHIPS.items():
            regions.add(code, name, RegionLevel.TOWNSHIP, county, origin="user")
        prefecture = regions.require(PREFECTURE)
        names = {r.code: r.name for r in regions.children(prefecture)}
    targets = TargetService(store.sessions)
    for region in [PREFECTURE, *names]:
        targets.set_text(region, "D02", YEAR, "0", TargetKind.GROWTH)
        targets.set_text(region, "C02", YEAR, "0", TargetKind.GROWTH)
        targets.set_text(region, "A04", YEAR, "1", TargetKind.NEW_UNITS)
    return sorted(names), {**names, **TOWNSHIPS}


_settings = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@pytest.mark.slow
@_settings
@given(data=st.data())
def test_rollup_three_levels_match_an_independent_reference(
    store: Store, levels: tuple[list[str], dict[str, str]], data: st.DataObject
) -> None:
    counties, names = levels
    keyed = {c: data.draw(_region_data(), label=c) for c in counties if c != COUNTY}
    keyed |= {t: data.draw(_region_data(), label=t) for t in sorted(TOWNSHIPS)}
    _store_data(store, keyed)
    rolled = {PREFECTURE: counties, COUNTY: sorted(TOWNSHIPS)}
    _check(store, Reference(keyed, rolled, names), counties)


def test_rollup_a_year_split_between_a_county_and_its_successor(store: Store) -> None:
    # Given 会理县 keys 培训人次 (D02) by quarter for the first half of 2021 and 会理市, its
    # successor, by month for the second half, with 无 in December
    values = ValueService(store.sessions, user="t")
    values.set_text("513425", "D02", Period.quarter(2021, 1), "30")
    values.set_text("513425", "D02", Period.quarter(2021, 2), "40")
    second_half = {7: "5", 8: "6", 9: "7", 10: "8", 11: "9", 12: "无"}
    for month, text in second_half.items():
        values.set_text("513402", "D02", Period.month(2021, month), text)
    year_total = D(30 + 40 + 5 + 6 + 7 + 8 + 9)
    TargetService(store.sessions).set_text("513402", "D02", 2022, "10", TargetKind.GROWTH)
    TargetService(store.sessions).set_text("513400", "D02", 2022, "10", TargetKind.GROWTH)
    service = FigureService(store.sessions)
    # Then 会理市's year and December are the two records' entries together
    for code in ("513402", "513400"):
        december = service.figures(code, Period.month(2021, 12)).by_code()["D02"]
        assert december.figures.cumulative == year_total, code
        assert december.figures.current is NA, code
        year = service.figures(code, Period.whole_year(2021)).by_code()["D02"]
        assert year.figures.current == year_total, code
        # and a target of +10% in 2022 is measured against that year (YEAR_END)
        march = service.figures(code, Period.month(2022, 3)).by_code()["D02"]
        assert march.target == D(116), code  # 105 × 1.1 = 115.5, a count rounded half up
    below = service.figures_below("513400", Period.month(2022, 3), ["513402"])
    assert below["513402"]["D02"].target == D(116)
