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

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import NamedTuple, Protocol

from desktop_app.domain.figures import (
    Figures,
    Series,
    SeriesCalculator,
    growth_percent,
    ratio_percent,
    subtract,
    total,
)
from desktop_app.domain.indicators import STORAGE_SCALE, Basis, Indicator, Temporal, ValueKind
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.values import NA, Figure

#: The plain measures of a `Figures`, then its growth rates; coverage is kept per measure name.
PLAIN_MEASURES = ("current", "cumulative", "last_year", "last_year_cumulative", "previous")
GROWTH_MEASURES = {
    "yoy": ("current", "last_year"),
    "yoy_cumulative": ("cumulative", "last_year_cumulative"),
    "mom": ("current", "previous"),
}
MEASURES = PLAIN_MEASURES + tuple(GROWTH_MEASURES)
#: Last year's full-year total (a flow) or year-end figure (a stock): what a target's progress
#: is measured against. Rolled up like a plain measure when asked for (RollUp's `extra`).
YEAR_END = "year_end_cumulative"


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
    #: The (year, month) a division ended in (a retired township, a node for its figures of
    #: earlier months): a figure whose months begin after it does not expect it.
    ended: tuple[int, int] | None = None


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
    if measure == YEAR_END:
        return Period.month(period.year - 1, 12)
    return period.previous()


class Leaf(Protocol):
    """What one region keeps itself of one indicator: the years it holds, and its own measures."""

    @property
    def years(self) -> Collection[int]: ...

    def measure(self, measure: str, period: Period) -> Figure: ...


class SeriesLeaf:
    """A leaf derived from its stored entries by the SeriesCalculator."""

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


# --- a leaf from sums over windows of months -----------------------------------------------------
@dataclass(frozen=True)
class Window:
    """The months a plain measure spans: [first, last] of `year`."""

    year: int
    first: int
    last: int

    @classmethod
    def of(cls, period: Period, measure: str) -> Window:
        target = measure_period(period, measure)
        first = 1 if measure.endswith("cumulative") else target.start_month
        return cls(target.year, first, target.end_month)

    def inside(self) -> list[Period]:
        """Every period (of any kind) that lies within the window."""
        return [
            Period(kind, self.year, i)
            for kind in PeriodKind
            for i in range(1, kind.per_year + 1)
            if self.first <= Period(kind, self.year, i).start_month
            and Period(kind, self.year, i).end_month <= self.last
        ]

    def inside_ranges(self) -> list[tuple[str, str]]:
        """`inside()` as ranges of storage codes (lowest, highest): the year's codes in sort order
        cut into runs that lie inside, so a query tests a few ranges instead of a long list (a
        whole year is one range)."""
        inside = {p.code for p in self.inside()}
        every = sorted(
            Period(kind, self.year, i).code
            for kind in PeriodKind
            for i in range(1, kind.per_year + 1)
        )
        ranges: list[tuple[str, str]] = []
        start: str | None = None
        previous = ""
        for code in [*every, ""]:
            if code in inside:
                start = start or code
            elif start is not None:
                ranges.append((start, previous))
                start = None
            previous = code
        return ranges

    def ending(self, month: int) -> list[Period]:
        """The periods (of any kind) of the window's year that end with `month`."""
        found = [Period.ending_at(kind, self.year, month) for kind in PeriodKind]
        return [p for p in found if p is not None]


def windows_of_year(windows: Sequence[Window], year: int) -> list[Window]:
    """The distinct windows of `windows` in `year`, in their order."""
    return [w for w in dict.fromkeys(windows) if w.year == year]


class WindowSums(NamedTuple):
    """What a region holds of one indicator, year, period kind and basis within one window.

    Amounts are integers of 10^-STORAGE_SCALE (as stored), so SQL sums them exactly; `*_rows`
    count the entries (numbers and "无"). A tuple: a province's roll-up makes tens of thousands.
    """

    inside_sum: int | None = None  # None when every entry inside is "无" (or there is none)
    inside_rows: int = 0
    end: int | None = None  # the entry that ends with the window's last month
    end_rows: int = 0
    before: int | None = None  # the entry that ends just before the window's first month
    before_rows: int = 0


def _decimal(scaled: int) -> Decimal:
    return Decimal(scaled).scaleb(-STORAGE_SCALE)


def measure_from_sums(
    temporal: Temporal, basis: Basis, size: int, window: Window, sums: WindowSums
) -> Figure:
    """A region's own figure for one window, from the sums of the one way it keeps the year
    (`size`: the months of its period kind).

    The same figure the SeriesCalculator derives from the entries themselves when a year is kept
    at one period kind and basis (as the value service ensures): a stock's entry at the end of the
    window; a flow's own figures added up over the window (all of them there); a flow's
    year-to-date figure at the end less the one before the window.
    """
    if temporal is Temporal.STOCK:
        if not sums.end_rows:
            return None
        return NA if sums.end is None else _decimal(sums.end)
    if window.last % size or (window.first - 1) % size:
        return None  # the window cuts through a keyed period
    if basis is Basis.OWN:
        if sums.inside_rows != (window.last - window.first + 1) // size:
            return None  # a hole
        if sums.inside_sum is None:
            return NA  # every entry inside is "无"
        return _decimal(sums.inside_sum or 0)
    if not sums.end_rows:
        return None
    after: Figure = NA if sums.end is None else _decimal(sums.end)
    if window.first == 1:
        return after
    if not sums.before_rows:
        return None
    before: Figure = NA if sums.before is None else _decimal(sums.before)
    return subtract(after, before)


class SumsLeaf:
    """A leaf whose measures were computed from window sums (one period kind and basis a year).

    Its years are a tuple and its figures numbers (or 无) by measure name, which Python's garbage
    collector stops tracking: a province's roll-up holds 5,673 of them while it runs, and a set
    each made it walk them all again (~15 ms every run or two)."""

    __slots__ = ("figures", "years")

    def __init__(self, years: tuple[int, ...], figures: dict[str, Figure]) -> None:
        self.years = years
        self.figures = figures

    def measure(self, measure: str, period: Period) -> Figure:
        return self.figures.get(measure)


# A slot is one plain measure of one indicator; a rolled value is (figure, coverage or None).
_Slot = tuple[str, str]
_Rolled = tuple[Figure, Coverage | None]
_Pair = tuple[Figure, Figure, Coverage | None]


class RollUp:
    """Rolls up every indicator of `root` for `period` over the tree `nodes`.

    `leaves` holds what each region keeps itself, by (region key, indicator code); `series` is
    the same as stored entries, derived here. Computed ratios need neither; keyed indicators
    without any leaf in the subtree have no figures.
    """

    def __init__(
        self,
        nodes: Mapping[str, RegionNode],
        indicators: Sequence[Indicator],
        series: Mapping[tuple[str, str], Series],
        period: Period,
        leaves: Mapping[tuple[str, str], Leaf] | None = None,
        extra: Sequence[str] = (),
    ) -> None:
        """`extra`: measures besides the plain ones that `rolled` may be asked (YEAR_END)."""
        self.nodes = nodes
        self.indicators = {ind.code: ind for ind in indicators}
        self.period = period
        self._leaves: dict[tuple[str, str], Leaf] = {
            key: SeriesLeaf(self.indicators[key[1]], s)
            for key, s in series.items()
            if key[1] in self.indicators and s
        }
        for key, leaf in (leaves or {}).items():
            if key[1] in self.indicators and leaf.years:
                self._leaves[key] = leaf
        # (indicator, year) → the regions that keep it themselves that year, with their leaf;
        # which (region, indicator) pairs have anything at all in their subtree: the rest are
        # answered "nothing" without walking down.
        self._leaf_at: dict[tuple[str, int], dict[str, Leaf]] = defaultdict(dict)
        held = self._held = set[tuple[str, str]]()
        parents = {c: n.key for n in self.nodes.values() for c in n.children}
        for (region, code), leaf in self._leaves.items():
            for year in leaf.years:
                self._leaf_at[(code, year)][region] = leaf
            # up through the parents (nodes know only their children) until one is marked
            up: str | None = region
            while up is not None and (up, code) not in held:
                held.add((up, code))
                up = parents.get(up)
        self._values: dict[tuple[str, _Slot], _Rolled] = {}
        self._pairs: dict[tuple[str, _Slot, _Slot], _Pair] = {}
        measures = (*PLAIN_MEASURES, *extra)
        self._year_of = {m: measure_period(period, m).year for m in measures}
        # Measures over the same months are the same figure (本年 and 1-12月累计, 上年同期 and 上期
        # of a year): each is computed once, under the first measure with its window.
        windows = self._windows = {m: Window.of(period, m) for m in measures}
        self._any_ended = any(node.ended is not None for node in nodes.values())
        self._canon = {m: next(c for c in measures if windows[c] == windows[m]) for m in windows}
        self._leaf_values: dict[_Slot, dict[str, Figure]] = {}
        self._full: dict[int, Coverage] = {}  # n/n, every child complete (immutable: shared)

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

    def rolled(self, region: str, code: str, measure: str) -> Figure:
        """One measure (plain or extra) of one indicator of `region`, rolled up."""
        return self._value(region, (code, measure))[0]

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
        figures = replace(
            _plain_figures(values),
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
        return RolledFigures(_plain_figures(values), coverage)

    # --- the recursion --------------------------------------------------------------------------
    def _is_leaf(self, region: str, slot: _Slot) -> bool:
        return region in self._leaf_at.get((slot[0], self._year_of[slot[1]]), {})

    def _of_leaves(self, slot: _Slot) -> dict[str, Figure]:
        """The figure of a (canonical) slot of every region that keeps it itself, by region:
        each leaf asked once, however many regions above it add it up."""
        found = self._leaf_values.get(slot)
        if found is None:
            code, measure = slot
            period = self.period
            at = self._leaf_at.get((code, self._year_of[measure]), {})
            found = {region: leaf.measure(measure, period) for region, leaf in at.items()}
            self._leaf_values[slot] = found
        return found

    def _nothing(self, region: str, *measures: str) -> Coverage | None:
        """Coverage of a region whose subtree holds nothing: every child is missing."""
        children = self.nodes[region].children
        return self._coverage(children, [], measures) if children else None

    def _value(self, region: str, slot: _Slot) -> _Rolled:
        slot = (slot[0], self._canon[slot[1]])
        key = (region, slot)
        if key in self._values:
            return self._values[key]
        result: _Rolled
        ind = self.indicators.get(slot[0])
        if (region, slot[0]) not in self._held:
            result = (None, self._nothing(region, slot[1]))
        elif region in (of_leaves := self._of_leaves(slot)):
            result = (of_leaves[region], None)
        elif ind is not None and ind.kind is ValueKind.RATIO:
            # A keyed ratio (no parts to recompute it from) is never summed over regions.
            result = (None, self._nothing(region, slot[1]))
        else:
            children = self.nodes[region].children
            reported: list[tuple[str, Figure, Coverage | None]] = []
            for c in children:
                # a leaf child answered in place (most children are), the others recursively
                if c in of_leaves:
                    figure, cov = of_leaves[c], None
                else:
                    figure, cov = self._value(c, slot)
                if figure is not None:
                    reported.append((c, figure, cov))
            result = (
                total([p[1] for p in reported]),
                self._coverage(children, reported, (slot[1],)),
            )
        self._values[key] = result
        return result

    def _pair(self, region: str, a: _Slot, b: _Slot) -> _Pair:
        a, b = (a[0], self._canon[a[1]]), (b[0], self._canon[b[1]])
        key = (region, a, b)
        if key in self._pairs:
            return self._pairs[key]
        result: _Pair
        children = self.nodes[region].children
        held = (region, a[0]) in self._held and (region, b[0]) in self._held
        rolled = not (self._is_leaf(region, a) or self._is_leaf(region, b))
        if not held and rolled:
            result = (None, None, self._nothing(region, a[1], b[1]))
        elif not rolled or not children:
            first, cov_a = self._value(region, a)
            second, cov_b = self._value(region, b)
            result = (first, second, _worse(cov_a, cov_b))
        elif (complete := self._complete_pair(region, a, b)) is not None:
            result = complete
        else:
            leaves_a, leaves_b = self._of_leaves(a), self._of_leaves(b)
            both: list[tuple[str, Figure, Coverage | None]] = []
            seconds: list[Figure] = []
            for c in children:
                # in place when the child keeps both figures itself (a leaf for both years)
                if c in leaves_a and c in leaves_b:
                    first, second, cov = leaves_a[c], leaves_b[c], None
                else:
                    first, second, cov = self._pair(c, a, b)
                if first is not None and second is not None:
                    both.append((c, first, cov))
                    seconds.append(second)
            result = (
                total([p[1] for p in both]),
                total(seconds),
                self._coverage(children, both, (a[1], b[1])),
            )
        self._pairs[key] = result
        return result

    def _complete_pair(self, region: str, a: _Slot, b: _Slot) -> _Pair | None:
        """A rolled region's pair when every region below it reported both figures (each
        complete, n/n, all the way down to the leaves): the two figures themselves, summed once
        already. None otherwise, and wherever a division ended (who is expected then differs
        from one figure to the other)."""
        if self._any_ended:
            return None
        first, cov_a = self._value(region, a)
        second, cov_b = self._value(region, b)
        if cov_a is None or cov_b is None or not (cov_a.complete and cov_b.complete):
            return None
        return (first, second, cov_a)

    def _coverage(
        self,
        children: tuple[str, ...],
        reported: Sequence[tuple[str, Figure, Coverage | None]],
        measures: Sequence[str] = (),
    ) -> Coverage:
        nodes = self.nodes
        partial = tuple(
            nodes[c].name for c, _f, cov in reported if cov is not None and not cov.complete
        )
        if len(reported) == len(children) and not self._any_ended:  # every child reported
            if partial:
                return Coverage(len(reported), len(children), (), partial)
            full = self._full.get(len(children))
            if full is None:
                full = self._full[len(children)] = Coverage(len(children), len(children))
            return full
        names = {c for c, _f, _cov in reported}
        expected: Sequence[str] = children
        if self._any_ended:
            # A division that ended before a measure's first month is not expected to report it.
            starts = [(w.year, w.first) for w in (self._windows[m] for m in measures)]
            expected = [
                c
                for c in children
                if c in names
                or (ended := nodes[c].ended) is None
                or all(ended >= s for s in starts)
            ]
        return Coverage(
            reported=len(reported),
            expected=len(expected),
            missing=tuple(nodes[c].name for c in expected if c not in names),
            partial=partial,
        )


def _plain_figures(values: Mapping[str, Figure]) -> Figures:
    """Figures of the plain measures (growth left undefined)."""
    return Figures(
        current=values["current"],
        cumulative=values["cumulative"],
        last_year=values["last_year"],
        last_year_cumulative=values["last_year_cumulative"],
        previous=values["previous"],
    )


def _worse(a: Coverage | None, b: Coverage | None) -> Coverage | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if (not a.complete and b.complete) or a.reported < b.reported else b
