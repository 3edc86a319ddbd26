"""Adding regions up (汇总): every measure of a region is the sum of the same measure of its children.

Each child's measure is derived from that child's own data first (its own period kind and basis,
with its own holes), and only then added: raw entries are never summed across children. A child
without the measure is left out and counted, so every rolled figure says how many of the expected
children contributed ("4/5") and which are missing.

A region that keeps an indicator itself in a year (it holds entries of that year) is a leaf for
that indicator and year: its figures come from its own entries. Otherwise its figures roll up its
children's. The value service keeps an indicator at one level per branch and year, so a leaf's
subtree holds nothing else for that year.

Growth (同比, 环比) compares like with like: the rolled current figure and its base are summed over the
same children, those that have both. A ratio's numerator and denominator are likewise summed over
the children that have both, then divided.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.domain.figures import (
    Figures,
    Series,
    SeriesCalculator,
    growth_percent,
    ratio_percent,
    total,
)
from desktop_app.domain.indicators import Indicator, ValueKind
from desktop_app.domain.periods import Period
from desktop_app.domain.values import Figure

#: The plain measures of a `Figures`, then its growth rates; coverage is kept per measure name.
PLAIN_MEASURES = ("current", "cumulative", "last_year", "last_year_cumulative", "previous")
GROWTH_MEASURES = {
    "yoy": ("current", "last_year"),
    "yoy_cumulative": ("cumulative", "last_year_cumulative"),
    "mom": ("current", "previous"),
}
MEASURES = PLAIN_MEASURES + tuple(GROWTH_MEASURES)


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
class RegionNode:
    """A region in the tree being rolled up: its key (code), its name and its children's keys."""

    key: str
    name: str
    children: tuple[str, ...] = ()


@dataclass(frozen=True)
class RolledFigures:
    figures: Figures
    #: Per measure name, for a figure that was rolled up from children; empty for a leaf.
    coverage: dict[str, Coverage] = field(default_factory=dict)


def measure_period(period: Period, measure: str) -> Period:
    """The period a plain measure is about (its year decides whether a region is a leaf)."""
    if measure in ("current", "cumulative"):
        return period
    if measure in ("last_year", "last_year_cumulative"):
        return period.same_period_last_year()
    return period.previous()


class _Leaf:
    """One region's own figures for one indicator, derived from its own entries."""

    __slots__ = ("_cache", "calc", "years")

    def __init__(self, indicator: Indicator, series: Series) -> None:
        self.calc = SeriesCalculator(indicator.temporal, series)
        self.years = {p.year for p in series}
        self._cache: dict[str, Figure] = {}

    def measure(self, measure: str, period: Period) -> Figure:
        if measure not in self._cache:
            target = measure_period(period, measure)
            if measure.endswith("cumulative"):
                value = self.calc.cumulative(target)
            else:
                value = self.calc.own(target)
            self._cache[measure] = value
        return self._cache[measure]


# A slot is one plain measure of one indicator; a rolled value is (figure, coverage or None).
_Slot = tuple[str, str]
_Rolled = tuple[Figure, Coverage | None]
_Pair = tuple[Figure, Figure, Coverage | None]


class RollUp:
    """Rolls up every indicator of `root` for `period` over the tree `nodes`.

    `series` holds what each region keeps itself, by (region key, indicator code). Computed ratios
    need no series; keyed indicators without any series in the subtree have no figures.
    """

    def __init__(
        self,
        nodes: Mapping[str, RegionNode],
        indicators: Sequence[Indicator],
        series: Mapping[tuple[str, str], Series],
        period: Period,
    ) -> None:
        self.nodes = nodes
        self.indicators = {ind.code: ind for ind in indicators}
        self.period = period
        self._leaves = {
            key: _Leaf(self.indicators[key[1]], s)
            for key, s in series.items()
            if key[1] in self.indicators and s
        }
        # Which (region, indicator) pairs have anything at all in their subtree: the rest are
        # answered "nothing" without walking down.
        self._held: set[tuple[str, str]] = set()
        for region, code in self._leaves:
            self._mark_held(region, code)
        self._values: dict[tuple[str, _Slot], _Rolled] = {}
        self._pairs: dict[tuple[str, _Slot, _Slot], _Pair] = {}

    def _mark_held(self, region: str, code: str) -> None:
        # Walk up through the parents (computed once per leaf); nodes know only their children.
        parents = self._parents()
        key: str | None = region
        while key is not None and (key, code) not in self._held:
            self._held.add((key, code))
            key = parents.get(key)

    def _parents(self) -> dict[str, str]:
        cached: dict[str, str] | None = getattr(self, "_parent_map", None)
        if cached is None:
            cached = {c: n.key for n in self.nodes.values() for c in n.children}
            self._parent_map = cached
        return cached

    # --- one region -----------------------------------------------------------------------------
    def figures(self, root: str) -> dict[str, RolledFigures]:
        """The figures of every indicator of `root`, by code, in the order given."""
        result: dict[str, RolledFigures] = {}
        for code, ind in self.indicators.items():
            if ind.is_computed:
                result[code] = self._ratio(root, ind)
            else:
                result[code] = self._plain(root, ind)
        return result

    def _plain(self, root: str, ind: Indicator) -> RolledFigures:
        values: dict[str, Figure] = {}
        coverage: dict[str, Coverage] = {}
        for measure in PLAIN_MEASURES:
            value, cov = self._value(root, (ind.code, measure))
            values[measure] = value
            if cov is not None:
                coverage[measure] = cov
        growth: dict[str, Decimal | None] = {}
        for name, (a, b) in GROWTH_MEASURES.items():
            first, base, cov = self._pair(root, (ind.code, a), (ind.code, b))
            growth[name] = growth_percent(first, base)
            if cov is not None:
                coverage[name] = cov
        figures = Figures(
            current=values["current"],
            cumulative=values["cumulative"],
            last_year=values["last_year"],
            last_year_cumulative=values["last_year_cumulative"],
            previous=values["previous"],
            yoy=growth["yoy"],
            yoy_cumulative=growth["yoy_cumulative"],
            mom=growth["mom"],
        )
        return RolledFigures(figures, coverage)

    def _ratio(self, root: str, ind: Indicator) -> RolledFigures:
        assert ind.numerator_code is not None and ind.denominator_code is not None
        values: dict[str, Figure] = {}
        coverage: dict[str, Coverage] = {}
        for measure in PLAIN_MEASURES:
            num, den, cov = self._pair(
                root, (ind.numerator_code, measure), (ind.denominator_code, measure)
            )
            values[measure] = ratio_percent(num, den, ind.scale)
            if cov is not None:
                coverage[measure] = cov
        # Growth of a ratio is a change in percentage points, not a percentage: left undefined.
        figures = Figures(
            current=values["current"],
            cumulative=values["cumulative"],
            last_year=values["last_year"],
            last_year_cumulative=values["last_year_cumulative"],
            previous=values["previous"],
        )
        return RolledFigures(figures, coverage)

    # --- the recursion --------------------------------------------------------------------------
    def _is_leaf(self, region: str, slot: _Slot) -> bool:
        leaf = self._leaves.get((region, slot[0]))
        return leaf is not None and measure_period(self.period, slot[1]).year in leaf.years

    def _nothing(self, region: str) -> Coverage | None:
        """Coverage of a region whose subtree holds nothing: every child is missing."""
        children = self.nodes[region].children
        return self._coverage(children, []) if children else None

    def _value(self, region: str, slot: _Slot) -> _Rolled:
        key = (region, slot)
        if key in self._values:
            return self._values[key]
        result: _Rolled
        ind = self.indicators.get(slot[0])
        if (region, slot[0]) not in self._held:
            result = (None, self._nothing(region))
        elif self._is_leaf(region, slot):
            result = (self._leaves[(region, slot[0])].measure(slot[1], self.period), None)
        elif ind is not None and ind.kind is ValueKind.RATIO:
            # A keyed ratio (no parts to recompute it from) is never summed over regions.
            result = (None, self._nothing(region))
        else:
            children = self.nodes[region].children
            parts = [(c, *self._value(c, slot)) for c in children]
            reported = [p for p in parts if p[1] is not None]
            result = (total(p[1] for p in reported), self._coverage(children, reported))
        self._values[key] = result
        return result

    def _pair(self, region: str, a: _Slot, b: _Slot) -> _Pair:
        key = (region, a, b)
        if key in self._pairs:
            return self._pairs[key]
        result: _Pair
        children = self.nodes[region].children
        held = (region, a[0]) in self._held and (region, b[0]) in self._held
        rolled = not (self._is_leaf(region, a) or self._is_leaf(region, b))
        if not held and rolled:
            result = (None, None, self._nothing(region))
        elif not rolled or not children:
            first, cov_a = self._value(region, a)
            second, cov_b = self._value(region, b)
            result = (first, second, _worse(cov_a, cov_b))
        else:
            parts = [(c, *self._pair(c, a, b)) for c in children]
            both = [p for p in parts if p[1] is not None and p[2] is not None]
            result = (
                total(p[1] for p in both),
                total(p[2] for p in both),
                self._coverage(children, [(c, x, cov) for c, x, _y, cov in both]),
            )
        self._pairs[key] = result
        return result

    def _coverage(
        self,
        children: tuple[str, ...],
        reported: Sequence[tuple[str, Figure, Coverage | None]],
    ) -> Coverage:
        names = {c for c, _f, _cov in reported}
        return Coverage(
            reported=len(reported),
            expected=len(children),
            missing=tuple(self.nodes[c].name for c in children if c not in names),
            partial=tuple(
                self.nodes[c].name
                for c, _f, cov in reported
                if cov is not None and not cov.complete
            ),
        )


def _worse(a: Coverage | None, b: Coverage | None) -> Coverage | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if (not a.complete and b.complete) or a.reported < b.reported else b
