"""Use case: a demo county (通江县) with townships and two years of monthly figures.

For trying the program, for screenshots and for training new clerks. The figures are invented but
shaped like a Sichuan mountain county's: some tens of thousands of 万元 of online retail a year with
peaks at 618 and Double 11 and a dip at the Spring Festival, a few hundred village service points
that only ever grow, training sessions of forty-odd people in every township each month.

Each indicator is kept at one level, as a clerk would key it: flows that townships report (training,
jobs, parcels) at the township level, so the county's figures roll them up; everything else at the
county level. The data respect every check (types and scales, 其中 ≤ 合计, 覆盖行政村数 ≤ 行政村总数,
year-to-date figures that never fall, stocks that never drop, no month far from its usual level),
so every month's return can be submitted as it stands.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.indicators import Basis, Indicator, Temporal, ValueKind
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.persistence.repositories import IndicatorRepository
from desktop_app.services.regions import RegionQueries
from desktop_app.services.targets import TargetService
from desktop_app.services.values import CellInput, ValueService

DEMO_COUNTY = "511921"  # 四川省巴中市通江县
DEMO_USER = "demo"

#: Townships of 通江县 (three-digit suffix of the statistics code, name, share of activity).
#: The county seat 诺江镇 carries the largest share.
TOWNSHIPS: tuple[tuple[str, str, Decimal], ...] = (
    ("100", "诺江镇", Decimal("2.2")),
    ("101", "民胜镇", Decimal("1.0")),
    ("102", "广纳镇", Decimal("0.9")),
    ("103", "沙溪镇", Decimal("0.8")),
    ("104", "永安镇", Decimal("0.7")),
)

#: Flows keyed by the townships; the county's figures are their sums.
TOWNSHIP_LEVEL = frozenset({"D01", "D02", "D02.1", "D03", "C03"})

#: Stocks at the county level: the figure in the first month and in the last (never falls between).
STOCKS: dict[str, tuple[int, int]] = {
    "A01": (1, 1),
    "A02": (1, 1),
    "A03": (28, 36),
    "A04": (262, 331),
    "A05": (236, 301),  # at most A06
    "A06": (322, 322),
    "A08": (38, 84),
    "A09": (296, 322),  # at most A06
    "B01": (3, 6),
    "B02": (1, 2),
    "B03": (126, 183),
    "B04": (2640, 3310),
    "B05": (1, 2),
    "B06": (0, 2),
    "B07": (6, 11),
    "E01": (3180, 4120),
    "F01": (76, 81),
    "F03": (94, 103),
}

#: Flows: a typical month of the first year, for the whole county (townships share it).
FLOWS: dict[str, Decimal] = {
    "C01": Decimal("7350"),  # 万元
    "C02": Decimal("2830"),  # 万元: about 3.4亿元 a year
    "C03": Decimal("58"),  # 万件
    "D01": Decimal("8"),  # 期
    "D02": Decimal("360"),  # 人次
    "D03": Decimal("90"),  # 人
    "E02": Decimal("112"),  # 万元
}

#: 其中: the share of the parent, low and high (a stock keeps one share throughout).
PARTS: dict[str, tuple[Decimal, Decimal]] = {
    "A04.1": (Decimal("0.40"), Decimal("0.44")),
    "C02.1": (Decimal("0.38"), Decimal("0.46")),
    "C02.2": (Decimal("0.50"), Decimal("0.58")),
    "D02.1": (Decimal("0.24"), Decimal("0.34")),
    "F01.1": (Decimal("0.55"), Decimal("0.62")),
    "F03.1": (Decimal("0.66"), Decimal("0.74")),
}

#: Online trade by month: the Spring Festival dip, 618, Double 11 and the year-end shopping.
TRADE_SEASON = (
    *("0.92", "0.74", "0.90", "0.95", "1.00", "1.16"),
    *("0.94", "0.95", "1.00", "1.06", "1.46", "1.22"),
)
#: Training and jobs: quiet at the Spring Festival and in the busy farming months.
TRAINING_SEASON = (
    *("0.90", "0.60", "1.05", "1.10", "0.95", "0.85"),
    *("0.90", "0.95", "1.10", "1.15", "1.10", "1.00"),
)
#: Growth from one year to the next.
YEARLY_GROWTH = Decimal("1.14")
#: Indicators with annual targets (年度目标), at this multiple of what the year reaches.
TARGETS: dict[str, Decimal] = {
    "C02": Decimal("1.05"),
    "C02.1": Decimal("1.08"),
    "D02": Decimal("0.95"),
    "A04": Decimal("1.03"),
    "A05": Decimal("1.02"),
}

_GENERIC_STOCK = (10, 14)
_GENERIC_FLOW = Decimal("20")
_GENERIC_PART = (Decimal("0.40"), Decimal("0.50"))


@dataclass(frozen=True)
class DemoSummary:
    county_code: str
    township_codes: tuple[str, ...]
    years: tuple[int, ...]
    cells: int  # figures keyed (a month's figure of one indicator and region)
    changed: int  # of which new or different from what was stored
    targets: dict[str, Decimal] = field(default_factory=dict)  # "C02/2024" → target


def _rounded(indicator: Indicator, amount: Decimal, rounding: str = ROUND_HALF_UP) -> Decimal:
    places = Decimal(1).scaleb(-indicator.scale)
    value = max(amount, Decimal(0)).quantize(places, rounding=rounding)
    upper = indicator.upper_bound
    if upper is not None and value > upper:
        value = upper.quantize(places, rounding=ROUND_DOWN)
    return max(value, indicator.lower_bound)


def _text(amount: Decimal) -> str:
    return format(amount, "f")


class _Generator:
    """Own monthly figures (a flow) or end-of-month levels (a stock) of one region."""

    def __init__(
        self,
        indicators: dict[str, Indicator],
        months: list[Period],
        weight: Decimal,
        rng: random.Random,
    ) -> None:
        self.indicators = indicators
        self.months = months
        self.weight = weight
        self.rng = rng
        self._cache: dict[str, list[Decimal]] = {}

    def jitter(self, low: str, high: str) -> Decimal:
        return Decimal(str(round(self.rng.uniform(float(low), float(high)), 3)))

    def series(self, code: str) -> list[Decimal]:
        if code not in self._cache:
            self._cache[code] = self._make(self.indicators[code])
        return self._cache[code]

    def _make(self, ind: Indicator) -> list[Decimal]:
        parent = ind.parent_code if ind.parent_code in self.indicators else None
        if parent is not None:
            values = self._part(ind, self.series(parent))
        elif ind.temporal is Temporal.STOCK:
            values = self._stock(ind)
        else:
            values = self._flow(ind)
        limit = ind.at_most_code if ind.at_most_code in self.indicators else None
        if limit is not None:
            values = [min(v, cap) for v, cap in zip(values, self.series(limit), strict=True)]
        return values

    def _stock(self, ind: Indicator) -> list[Decimal]:
        start, end = STOCKS.get(ind.code, _GENERIC_STOCK)
        if ind.kind is ValueKind.RATIO:
            start, end = 55, 70  # a keyed percentage
        span = max(len(self.months) - 1, 1)
        values: list[Decimal] = []
        level = Decimal(0)
        for t in range(len(self.months)):
            trend = Decimal(start) + Decimal(end - start) * t / span
            steady = start == end or t in (0, span)
            wobble = Decimal(0) if steady else trend * self.jitter("-0.01", "0.01")
            figure = _rounded(ind, (trend + wobble) * self.weight)
            level = figure if t == 0 else max(level, figure)  # a stock here never drops
            values.append(level)
        return values

    def _flow(self, ind: Indicator) -> list[Decimal]:
        base = FLOWS.get(ind.code, _GENERIC_FLOW) * self.weight
        season = TRAINING_SEASON if ind.code.startswith("D") else TRADE_SEASON
        first_year = self.months[0].year
        values: list[Decimal] = []
        for period in self.months:
            growth = YEARLY_GROWTH ** (period.year - first_year)
            month_factor = Decimal(season[period.index - 1])
            figure = _rounded(ind, base * growth * month_factor * self.jitter("0.93", "1.07"))
            if ind.kind is ValueKind.COUNT:
                figure = max(figure, Decimal(1))  # something happens every month
            values.append(figure)
        return values

    def _part(self, ind: Indicator, whole: list[Decimal]) -> list[Decimal]:
        low, high = PARTS.get(ind.code, _GENERIC_PART)
        if ind.temporal is Temporal.STOCK:
            share = self.jitter(str(low), str(high))  # one share, so the part never drops
            return [_rounded(ind, w * share, ROUND_DOWN) for w in whole]
        return [_rounded(ind, w * self.jitter(str(low), str(high)), ROUND_DOWN) for w in whole]


def _keyed_texts(ind: Indicator, values: list[Decimal], months: list[Period]) -> list[str]:
    """What the clerk keys: the month's own figure, or 1-N月累计 for a year-to-date flow."""
    if ind.temporal is not Temporal.FLOW or ind.entry_basis is not Basis.YTD:
        return [_text(v) for v in values]
    texts: list[str] = []
    running = Decimal(0)
    for i, (value, period) in enumerate(zip(values, months, strict=True)):
        if i == 0 or period.year != months[i - 1].year:
            running = Decimal(0)
        running += value
        texts.append(_text(running))
    return texts


def _ensure_townships(regions: RegionQueries, county_code: str) -> list[tuple[str, Decimal]]:
    existing = {r.code for r in regions.children(county_code)}
    townships: list[tuple[str, Decimal]] = []
    for suffix, name, weight in TOWNSHIPS:
        code = county_code + suffix
        if code not in existing:
            regions.add(code, name, county_code)
        townships.append((code, weight))
    return townships


def fill_demo_county(
    store_sessions: sessionmaker[Session],
    county_code: str = DEMO_COUNTY,
    years: tuple[int, ...] = (2024, 2025),
    seed: int = 1,
    progress: Callable[[int, int], object] | None = None,
) -> DemoSummary:
    """Add townships under the county and key every month of `years`, then the annual targets.

    Meant for an empty database (a refused figure, e.g. one already kept at another level,
    raises its DomainError). Deterministic for a given seed. `progress(done, total)` is called
    after each month and after the targets.
    """
    rng = random.Random(seed)
    regions = RegionQueries(store_sessions)
    townships = _ensure_townships(regions, county_code)
    with store_sessions() as session:
        indicators = {
            row.indicator.code: row.indicator
            for row in IndicatorRepository(session).active()
            if not row.indicator.is_computed
        }

    def level_of(code: str) -> str:
        parent = indicators[code].parent_code
        if code in TOWNSHIP_LEVEL or (parent in indicators and level_of(parent) == "township"):
            return "township"
        return "county"

    months = [Period.month(year, month) for year in years for month in range(1, 13)]
    county = _Generator(indicators, months, Decimal(1), rng)
    total_weight = sum(weight for _code, weight in townships)
    per_township = [
        (code, _Generator(indicators, months, weight / total_weight, rng))
        for code, weight in townships
    ]

    keyed: dict[int, list[CellInput]] = {i: [] for i in range(len(months))}
    for code, ind in indicators.items():
        sources = per_township if level_of(code) == "township" else [(county_code, county)]
        for region_code, generator in sources:
            texts = _keyed_texts(ind, generator.series(code), months)
            for i, text in enumerate(texts):
                keyed[i].append(CellInput(region_code, code, months[i], text))

    values = ValueService(store_sessions, DEMO_USER)
    cells = changed = 0
    for i in range(len(months)):
        changes, refused = values.set_many(keyed[i], source="imported", detail="demo")
        if refused:
            raise DomainError(refused[0].issue)
        cells += len(changes)
        changed += sum(1 for c in changes if c.changed)
        if progress is not None:
            progress(i + 1, len(months) + 1)

    targets: dict[str, Decimal] = {}
    target_service = TargetService(store_sessions)
    for code, factor in TARGETS.items():
        target_ind = indicators.get(code)
        if target_ind is None:
            continue
        for year in years:
            reached = _year_figure(
                target_ind, code, year, months, county, per_township, level_of(code)
            )
            target = _rounded(target_ind, reached * factor)
            stored = target_service.set_text(county_code, code, year, _text(target))
            if stored is not None:
                targets[f"{code}/{year}"] = stored
    if progress is not None:
        progress(len(months) + 1, len(months) + 1)
    return DemoSummary(
        county_code, tuple(c for c, _w in townships), tuple(years), cells, changed, targets
    )


def _year_figure(
    ind: Indicator,
    code: str,
    year: int,
    months: list[Period],
    county: _Generator,
    per_township: list[tuple[str, _Generator]],
    level: str,
) -> Decimal:
    """What the county reaches in `year`: a flow's total, a stock's level at the year's end."""
    generators = [g for _c, g in per_township] if level == "township" else [county]
    in_year = [i for i, p in enumerate(months) if p.year == year]
    if ind.temporal is Temporal.FLOW:
        return sum((g.series(code)[i] for g in generators for i in in_year), Decimal(0))
    return sum((g.series(code)[in_year[-1]] for g in generators), Decimal(0))
