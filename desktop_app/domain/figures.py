"""Derived figures: 本期, 1-N月累计, 上年同期, 同比, 环比, and roll-up over regions.

A series holds what was stored for one indicator (for one region, or already summed over regions)
as `Period -> Entry`. A flow may be keyed per period or as the year-to-date figure, at any period
kind; the other is derived. A stock takes the value at the end of the period.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.domain.indicators import Basis, Indicator, Temporal
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.values import NA, Figure, NotApplicable, format_number

_KINDS_FINE_FIRST = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR)
_ONE_DECIMAL = Decimal("0.1")

#: How returns show a missing figure or an undefined growth rate.
DASH = "—"


@dataclass(frozen=True)
class Entry:
    """A stored value: a number or "无", keyed as the period's own figure or as year-to-date."""

    figure: Decimal | NotApplicable
    basis: Basis = Basis.OWN


Series = Mapping[Period, Entry]


def add(a: Figure, b: Figure) -> Figure:
    """Sum where "无" counts as nothing: NA + NA = NA, NA + x = x; unknown stays unknown."""
    if a is None or b is None:
        return None
    if isinstance(a, NotApplicable):
        return b
    if isinstance(b, NotApplicable):
        return a
    return a + b


def subtract(a: Figure, b: Figure) -> Figure:
    if a is None or b is None:
        return None
    if isinstance(b, NotApplicable):
        return a
    if isinstance(a, NotApplicable):
        return -b
    return a - b


def total(figures: Iterable[Figure]) -> Figure:
    """Sum over regions: what is known is summed; None only when nothing is known, "无" when
    all that is known is "无" (it adds nothing to a number). Decimal's own sum does the adding
    (a province's roll-up adds some 20,000 figures)."""
    known = [f for f in figures if f is not None]
    numbers = [f for f in known if isinstance(f, Decimal)]
    if numbers:
        return sum(numbers[1:], numbers[0])
    return NA if known else None


def growth_percent(current: Figure, base: Figure) -> Decimal | None:
    """(current ÷ base − 1) × 100 with one decimal; None ("—") when the base is zero or missing."""
    if not isinstance(current, Decimal) or not isinstance(base, Decimal) or base == 0:
        return None
    return ((current / base - 1) * 100).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def ratio_percent(numerator: Figure, denominator: Figure, scale: int) -> Figure:
    """numerator ÷ denominator × 100 at the indicator's scale; None when undefined."""
    if isinstance(numerator, NotApplicable) and isinstance(denominator, NotApplicable):
        return NA
    if not isinstance(numerator, Decimal) or not isinstance(denominator, Decimal):
        return None
    if denominator == 0:
        return None
    quantum = Decimal(1).scaleb(-scale)
    return (numerator * 100 / denominator).quantize(quantum, rounding=ROUND_HALF_UP)


class SeriesCalculator:
    """Answers 本期 and 累计 questions about one series. Memoises year-to-date figures."""

    def __init__(self, temporal: Temporal, series: Series) -> None:
        self.temporal = temporal
        self.series = series
        self._ytd: dict[tuple[int, int], Figure] = {}

    def year_to_date(self, year: int, end_month: int) -> Figure:
        """1-N月累计 at the end of `end_month` (0 means the start of the year: nothing yet)."""
        if self.temporal is Temporal.STOCK:
            return self.stock_at(year, end_month) if end_month else None
        if end_month == 0:
            return NA  # the empty sum: adding anything to it gives that thing
        key = (year, end_month)
        if key not in self._ytd:
            self._ytd[key] = self._flow_ytd(year, end_month)
        return self._ytd[key]

    def _flow_ytd(self, year: int, end_month: int) -> Figure:
        for kind in _KINDS_FINE_FIRST:
            period = Period.ending_at(kind, year, end_month)
            entry = self.series.get(period) if period else None
            if period is None or entry is None:
                continue
            if entry.basis is Basis.YTD:
                return entry.figure
            result = add(self.year_to_date(year, period.start_month - 1), entry.figure)
            if result is not None:
                return result
        return None

    def stock_at(self, year: int, end_month: int) -> Figure:
        for kind in _KINDS_FINE_FIRST:
            period = Period.ending_at(kind, year, end_month)
            entry = self.series.get(period) if period else None
            if entry is not None:
                return entry.figure
        return None

    def own(self, period: Period) -> Figure:
        """The period's own figure: a flow's sum over the period, a stock's end value."""
        if self.temporal is Temporal.STOCK:
            entry = self.series.get(period)
            return entry.figure if entry else self.stock_at(period.year, period.end_month)
        entry = self.series.get(period)
        if entry is not None and entry.basis is Basis.OWN:
            return entry.figure
        before = self.year_to_date(period.year, period.start_month - 1)
        if entry is not None:
            return subtract(entry.figure, before)
        from_parts = self._sum_of_parts(period)
        if from_parts is not None:
            return from_parts
        return subtract(self.year_to_date(period.year, period.end_month), before)

    def _sum_of_parts(self, period: Period) -> Figure:
        """A flow's own figure as the sum of the finer periods it was keyed in (Q4 from October,
        November and December even when July is missing); None when a part is unknown."""
        for kind in _KINDS_FINE_FIRST:
            if kind.months >= period.kind.months:
                break
            first = (period.start_month - 1) // kind.months + 1
            parts = [
                Period(kind, period.year, first + i)
                for i in range(period.kind.months // kind.months)
            ]
            if not any(part in self.series for part in parts):
                continue
            result: Figure = NA
            for part in parts:
                result = add(result, self.own(part))
                if result is None:
                    break
            if result is not None:
                return result
        return None

    def cumulative(self, period: Period) -> Figure:
        if self.temporal is Temporal.STOCK:
            return self.own(period)
        return self.year_to_date(period.year, period.end_month)

    def falling_months(self, year: int) -> list[Period]:
        """Months whose year-to-date figure is below the month before (an error for a flow)."""
        falling: list[Period] = []
        if self.temporal is Temporal.STOCK:
            return falling
        for month in range(2, 13):
            now, before = self.year_to_date(year, month), self.year_to_date(year, month - 1)
            if isinstance(now, Decimal) and isinstance(before, Decimal) and now < before:
                falling.append(Period.month(year, month))
        return falling


@dataclass(frozen=True)
class Figures:
    """What a return shows for one indicator, region and period."""

    current: Figure = None  # 本期 (本月, 本季, 本年)
    cumulative: Figure = None  # 1-N月累计 (a stock: the end value)
    last_year: Figure = None  # 上年同期 (本期)
    last_year_cumulative: Figure = None  # 上年同期累计
    previous: Figure = None  # 上期, the base of 环比
    yoy: Decimal | None = None  # 同比(%) of 本期
    yoy_cumulative: Decimal | None = None  # 同比(%) of 累计
    mom: Decimal | None = None  # 环比(%)

    def with_growth(self) -> Figures:
        return replace(
            self,
            yoy=growth_percent(self.current, self.last_year),
            yoy_cumulative=growth_percent(self.cumulative, self.last_year_cumulative),
            mom=growth_percent(self.current, self.previous),
        )

    @staticmethod
    def combine(parts: Iterable[Figures]) -> Figures:
        """Roll up counts and amounts over regions: sum each measure, then recompute growth."""
        items = list(parts)
        return Figures(
            current=total(p.current for p in items),
            cumulative=total(p.cumulative for p in items),
            last_year=total(p.last_year for p in items),
            last_year_cumulative=total(p.last_year_cumulative for p in items),
            previous=total(p.previous for p in items),
        ).with_growth()


def derive(indicator: Indicator, series: Series, period: Period) -> Figures:
    """The figures of one stored (or summed) series for `period`. Not for computed ratios."""
    calc = SeriesCalculator(indicator.temporal, series)
    last_year = period.same_period_last_year()
    return Figures(
        current=calc.own(period),
        cumulative=calc.cumulative(period),
        last_year=calc.own(last_year),
        last_year_cumulative=calc.cumulative(last_year),
        previous=calc.own(period.previous()),
    ).with_growth()


def derive_ratio(indicator: Indicator, numerator: Figures, denominator: Figures) -> Figures:
    """A ratio at any level is recomputed from its rolled-up parts, never summed.

    Growth of a ratio is a change in percentage points, not a percentage; it is left undefined ("—").
    """

    def ratio(a: Figure, b: Figure) -> Figure:
        return ratio_percent(a, b, indicator.scale)

    return Figures(
        current=ratio(numerator.current, denominator.current),
        cumulative=ratio(numerator.cumulative, denominator.cumulative),
        last_year=ratio(numerator.last_year, denominator.last_year),
        last_year_cumulative=ratio(
            numerator.last_year_cumulative, denominator.last_year_cumulative
        ),
        previous=ratio(numerator.previous, denominator.previous),
    )


def display_figure(value: Figure, scale: int) -> str:
    """A figure as a return prints it: thousands separators, the indicator's scale, 无, or —."""
    if value is None:
        return DASH
    if isinstance(value, NotApplicable):
        return str(value)
    return format_number(value, scale)


def display_growth(value: Decimal | None) -> str:
    """同比/环比 with one decimal, or "—" when the base is zero or missing."""
    return DASH if value is None else f"{value:.1f}"
