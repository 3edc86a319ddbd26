"""Use case: the derived figures of every indicator for a region and period.

A region's figures are those of its whole subtree: a county's own values, or its townships' summed;
a prefecture or a province sums its counties. Values are entered at one level per branch (the value
service refuses a second level), so a subtree sum never counts a value twice. Sums run in SQL over
exact scaled integers; ratios are recomputed from their rolled-up parts, never summed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.figures import (
    Entry,
    Figures,
    completion_percent,
    derive,
    derive_ratio,
)
from desktop_app.domain.indicators import Basis, Indicator
from desktop_app.domain.issues import Issue
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.rules import falling_ytd
from desktop_app.domain.values import NA
from desktop_app.persistence.models import RegionRecord
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    IndicatorRow,
    RegionRepository,
    SummedEntry,
    TargetRepository,
    ValueRepository,
)


#: The measures of a `Figures`, by field name; coverage is kept per measure.
MEASURES = (
    "current",
    "cumulative",
    "last_year",
    "last_year_cumulative",
    "previous",
    "yoy",
    "yoy_cumulative",
    "mom",
)


@dataclass(frozen=True)
class Coverage:
    """How many of a rolled-up region's expected children contributed to one figure ("4/5")."""

    reported: int
    expected: int
    missing: tuple[str, ...] = ()  # names of expected children without this figure
    partial: tuple[str, ...] = ()  # children that contributed a figure incomplete itself

    @property
    def complete(self) -> bool:
        return self.reported == self.expected and not self.partial

    @property
    def label(self) -> str:
        return f"{self.reported}/{self.expected}"


@dataclass(frozen=True)
class IndicatorFigures:
    indicator: Indicator
    figures: Figures
    reporting: int  # how many regions in the subtree hold a value for this period
    issues: tuple[Issue, ...] = ()
    target: Decimal | None = None  # 年度目标 of the region itself
    progress: Decimal | None = None  # 完成进度(%): year to date ÷ target × 100
    #: Per measure (a name in MEASURES): the children that contributed, for a rolled-up region.
    #: Empty when the region keeps the indicator itself (nothing is rolled up).
    coverage: dict[str, Coverage] = field(default_factory=dict)

    def coverage_of(self, measure: str) -> Coverage | None:
        return self.coverage.get(measure)

    def incomplete(self) -> dict[str, Coverage]:
        """The measures whose figure lacks some expected children."""
        return {m: c for m, c in self.coverage.items() if not c.complete}


@dataclass(frozen=True)
class RegionFigures:
    region_code: str
    region_name: str
    region_level: str
    period: Period
    rows: list[IndicatorFigures]
    #: What the subtree holds per indicator code (summed over regions), for the checks.
    series: dict[str, dict[Period, Entry]] = field(default_factory=dict)

    def by_code(self) -> dict[str, IndicatorFigures]:
        return {row.indicator.code: row for row in self.rows}


def _with_target(row: IndicatorFigures, target: Decimal | None) -> IndicatorFigures:
    if target is None:
        return row
    return replace(
        row,
        target=target,
        progress=completion_percent(row.figures.cumulative, target),
    )


def _years(period: Period) -> list[int]:
    # 上年同期 and, for January, the previous period reach into the year before.
    return [period.year - 1, period.year]


def _entry(summed: SummedEntry) -> Entry:
    return Entry(NA if summed.amount is None else summed.amount, summed.basis)


class FigureService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def figures(self, region_code: str, period: Period) -> RegionFigures:
        with self.sessions() as session:
            region = RegionRepository(session).require(region_code)
            indicators = IndicatorRepository(session).active()
            series: dict[str, dict[Period, Entry]] = {}
            rows = self._compute(session, region, indicators, period, series)
            targets = TargetRepository(session).for_region(region.id, period.year)
            rows = [_with_target(row, targets.get(row.indicator.code)) for row in rows]
        return RegionFigures(region.code, region.name, region.level, period, rows, series)

    def _compute(
        self,
        session: Session,
        region: RegionRecord,
        indicators: list[IndicatorRow],
        period: Period,
        series_out: dict[str, dict[Period, Entry]],
    ) -> list[IndicatorFigures]:
        values = ValueRepository(session)
        series: dict[int, dict[Period, Entry]] = defaultdict(dict)
        held: dict[int, dict[Period, int]] = defaultdict(lambda: defaultdict(int))
        mixed: set[int] = set()
        for summed in values.subtree_sums(region, _years(period)):
            key = Period.from_code(summed.period)
            if key in series[summed.indicator_id]:
                # Some regions keyed this period's own figure, others the year-to-date one:
                # their sums cannot be added, so this indicator is rolled up region by region.
                mixed.add(summed.indicator_id)
            series[summed.indicator_id][key] = _entry(summed)
            if key == period or (
                key.kind is PeriodKind.MONTH
                and key.year == period.year
                and key.end_month == period.end_month
            ):
                # Regions holding the period itself, or its last month (a year kept monthly).
                held[summed.indicator_id][key] += summed.rows
        reporting = {i: max(by_key.values()) for i, by_key in held.items()}

        results: dict[str, IndicatorFigures] = {}
        for row in indicators:
            ind = row.indicator
            if ind.is_computed:
                continue
            own_series = series.get(row.id, {})
            if row.id in mixed:
                figures = self._region_by_region(values, region, row, period)
                issues: list[Issue] = []
            else:
                figures = derive(ind, own_series, period)
                issues = falling_ytd.check(ind, own_series, period)
                series_out[ind.code] = own_series
            results[ind.code] = IndicatorFigures(
                ind, figures, reporting.get(row.id, 0), tuple(issues)
            )
        for row in indicators:
            ind = row.indicator
            if not ind.is_computed:
                continue
            assert ind.numerator_code is not None and ind.denominator_code is not None
            num, den = results.get(ind.numerator_code), results.get(ind.denominator_code)
            figures = derive_ratio(
                ind, num.figures if num else Figures(), den.figures if den else Figures()
            )
            results[ind.code] = IndicatorFigures(
                ind, figures, min(num.reporting, den.reporting) if num and den else 0
            )
        return [results[row.indicator.code] for row in indicators]

    @staticmethod
    def _region_by_region(
        values: ValueRepository, region: RegionRecord, row: IndicatorRow, period: Period
    ) -> Figures:
        per_region: dict[int, dict[Period, Entry]] = defaultdict(dict)
        for region_id, code, basis, state, amount in values.subtree_rows(
            region, row.id, _years(period)
        ):
            figure = NA if state == "na" or amount is None else amount
            per_region[region_id][Period.from_code(code)] = Entry(figure, Basis(basis))
        return Figures.combine(derive(row.indicator, s, period) for s in per_region.values())
