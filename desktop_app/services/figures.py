"""Use case: the derived figures of every indicator for a region and period.

A region's figures are those of its whole subtree: a county's own values, or its townships' summed;
a prefecture or a province sums its counties. Values are entered at one level per branch (the value
service refuses a second level), so a subtree sum never counts a value twice. Sums run in SQL over
exact scaled integers; ratios are recomputed from their rolled-up parts, never summed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.figures import Entry, Figures
from desktop_app.domain.indicators import Basis, Indicator, ValueKind
from desktop_app.domain.issues import Issue
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.rollup import (
    MEASURES,
    PLAIN_MEASURES,
    YEAR_END,
    Coverage,
    Leaf,
    RegionNode,
    RolledFigures,
    RollUp,
    SumsLeaf,
    Window,
    WindowSums,
    measure_from_sums,
    windows_of_year,
)
from desktop_app.domain.rules import falling_ytd
from desktop_app.domain.targets import LastYear, PaceBasis, Target, TargetKind, assess
from desktop_app.domain.values import NA, Figure
from desktop_app.persistence.models import RegionRecord
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    IndicatorRow,
    RegionRepository,
    TargetRepository,
    ValueRepository,
    reference_fingerprint,
)
from desktop_app.services.derived_figures import add_register_leaves
from desktop_app.services.users import Access

__all__ = [
    "MEASURES",
    "Coverage",
    "FigureScope",
    "FigureService",
    "IndicatorFigures",
    "RegionFigures",
]


@dataclass(frozen=True)
class IndicatorFigures:
    indicator: Indicator
    figures: Figures
    reporting: int  # how many regions in the subtree hold a value for this period
    issues: tuple[Issue, ...] = ()
    #: 年度目标 of the region itself: the goal in the indicator's unit (a share: the rate);
    #: None without a target, or when it rests on a figure of last year that is missing.
    target: Decimal | None = None
    progress: Decimal | None = None  # 完成进度(%), by the target's kind (domain.targets)
    #: Per measure (a name in MEASURES): the children that contributed, for a rolled-up region.
    #: Empty when the region keeps the indicator itself (nothing is rolled up).
    coverage: dict[str, Coverage] = field(default_factory=dict)
    #: The register (台账) the region derives the figure from in the period's year; None when
    #: it is keyed (or summed from what is keyed).
    derived_from: str | None = None
    #: The target as it was set (kind, figure, note); None without one.
    target_set: Target | None = None
    #: What counts toward the goal: year to date, the units added since last year's end, the
    #: level, or the rate.
    done: Decimal | None = None
    pace: Decimal | None = None  # 按进度应完成(%) at the end of the period
    pace_basis: PaceBasis | None = None
    behind: bool = False  # progress below pace

    def coverage_of(self, measure: str) -> Coverage | None:
        return self.coverage.get(measure)

    def incomplete(self) -> dict[str, Coverage]:
        """The measures with a figure that lacks some expected children ("—" is no figure)."""
        return {m: c for m, c in self.coverage.items() if c.reported and not c.complete}


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


def _with_target(
    row: IndicatorFigures, target: Target | None, period: Period, year_end: Figure
) -> IndicatorFigures:
    """The row with its target's goal, progress and pace; `year_end`: last year's full-year
    total (a flow) or year-end figure (a stock)."""
    if target is None:
        return row
    figures = row.figures
    found = assess(
        row.indicator,
        target,
        now=figures.cumulative,
        end_month=period.end_month,
        last_year=LastYear(year_end, figures.last_year_cumulative),
    )
    return replace(
        row,
        target=found.goal,
        progress=found.progress,
        target_set=target,
        done=found.done,
        pace=found.pace,
        pace_basis=found.pace_basis,
        behind=found.behind,
    )


def _needs_year_end(targets: dict[str, Target], indicators: Iterable[Indicator]) -> list[str]:
    """The indicators whose target is measured against last year's total or end (every
    target but a rate's)."""
    return [
        i.code
        for i in indicators
        if i.code in targets
        and targets[i.code].kind is not TargetKind.SHARE
        and i.kind is not ValueKind.RATIO
    ]


def _year_ends_wanted(
    period: Period, targets: Sequence[dict[str, Target]], indicators: Iterable[Indicator]
) -> list[str]:
    """The indicators whose last year's full-year figure some of `targets` is measured
    against, when 上年同期累计 is not that figure already (a period ending before December)."""
    if period.end_month == 12:
        return []
    listed = list(indicators)
    return sorted({code for goals in targets for code in _needs_year_end(goals, listed)})


def _years(period: Period) -> list[int]:
    # 上年同期 and, for January, the previous period reach into the year before.
    return [period.year - 1, period.year]


@dataclass(frozen=True)
class FigureScope:
    """The reference data a region's figures are computed over: the region, the active
    catalogue, and the subtree as roll-up nodes (with its predecessors' records), with the
    fingerprint of what they were read from. A screen reads it once and uses it again while
    `FigureService.scope_still` finds the fingerprint unchanged. The records are detached and
    only read."""

    region: RegionRecord
    indicators: tuple[IndicatorRow, ...]
    nodes: dict[str, RegionNode]
    #: The node each region record's values count under.
    key_of: dict[int, str]
    #: The predecessors' record ids (read with the subtree).
    also: tuple[int, ...]
    #: Empty when read for one use.
    fingerprint: tuple[object, ...] = ()


#: How many regions and periods figures() keeps the reference data of.
KEPT_SCOPES = 8


class FigureService:
    def __init__(self, sessions: sessionmaker[Session], *, access: Access | None = None) -> None:
        self.sessions = sessions
        #: What the person logged in may read: a region outside their limit is refused.
        self.access = access or Access.everything()
        #: figures()' reference data by region and period, used again while scope_still.
        self._scopes: dict[tuple[str, Period], FigureScope] = {}

    def figures(self, region_code: str, period: Period) -> RegionFigures:
        """A region's figures for a period. The catalogue and the regions they are computed
        over (~15 ms of ORM reads for a county) are those read for the same region and period
        before, while their fingerprint is unchanged (one indexed read): a report or an
        export made again, or after a save, reads only the values."""
        with self.sessions() as session:
            scope = self._kept_scope(session, region_code, period)
            return self.figures_in(session, region_code, period, scope=scope)

    def _kept_scope(self, session: Session, region_code: str, period: Period) -> FigureScope:
        self.access.require_read(region_code, session)  # the scope's reader asks it too
        key = (region_code, period)
        kept = self._scopes.get(key)
        if kept is not None and self.scope_still(session, kept):
            return kept
        scope = self.scope_in(session, region_code, period, to_keep=True)
        self._scopes.pop(key, None)
        self._scopes[key] = scope
        while len(self._scopes) > KEPT_SCOPES:
            self._scopes.pop(next(iter(self._scopes)), None)
        return scope

    def scope_in(
        self, session: Session, region_code: str, period: Period, *, to_keep: bool = False
    ) -> FigureScope:
        """The reference data the figures of a region are computed over, read in the caller's
        session; `to_keep`: with its fingerprint, read first (a change landing while they are
        read makes the next check read them again), to be used again later."""
        self.access.require_read(region_code, session)
        fingerprint = reference_fingerprint(session) if to_keep else ()
        regions = RegionRepository(session)
        region = _region_in(regions, region_code, period)
        # A county's predecessors (会理县 for 会理市) sit under their parent then: read with it,
        # so its own 上年同期 across the change is theirs.
        predecessors = regions.predecessors(region) if region.level == "county" else []
        nodes, key_of = _tree(regions.subtree(region) + predecessors, region.id, period)
        return FigureScope(
            region=region,
            indicators=tuple(IndicatorRepository(session).active()),
            nodes=nodes,
            key_of=key_of,
            also=tuple(p.id for p in predecessors),
            fingerprint=fingerprint,
        )

    def scope_still(self, session: Session, scope: FigureScope) -> bool:
        """Whether `scope` still holds: the catalogue and the regions it was read from are
        unchanged (one statement)."""
        return bool(scope.fingerprint) and reference_fingerprint(session) == scope.fingerprint

    def figures_in(
        self,
        session: Session,
        region_code: str,
        period: Period,
        below: Sequence[str] = (),
        below_out: dict[str, dict[str, IndicatorFigures]] | None = None,
        only: Collection[str] | None = None,
        scope: FigureScope | None = None,
    ) -> RegionFigures:
        """figures() in the caller's session (a screen's view is read in one); with `below`,
        the figures of those regions of the subtree too, from the same roll-up (into
        `below_out`, without targets, issues or series). `only`: the figures of these
        indicators alone (a ratio's numerator and denominator must be among them). `scope`:
        the reference data of `region_code` read earlier, which the caller has checked is
        still current (scope_still)."""
        if scope is None:
            scope = self.scope_in(session, region_code, period)
        region = scope.region
        indicators = list(scope.indicators)
        if only is not None:
            indicators = [row for row in indicators if row.indicator.code in only]
        series: dict[str, dict[Period, Entry]] = {}
        targets = TargetRepository(session).for_region(region.id, period.year)
        wanted = _year_ends_wanted(period, [targets], [row.indicator for row in indicators])
        year_ends: dict[str, dict[str, Figure]] = {}
        rows = self._compute(
            session,
            scope,
            indicators,
            period,
            series,
            below,
            below_out,
            partial=only is not None,
            year_ends=wanted,
            ends_out=year_ends,
        )
        if targets:
            if period.end_month == 12:  # 上年同期累计 is last year's full year already
                ends = {r.indicator.code: r.figures.last_year_cumulative for r in rows}
            else:
                ends = year_ends.get(region.code, {})
            rows = [
                _with_target(row, targets.get(c), period, ends.get(c))
                for row in rows
                for c in [row.indicator.code]
            ]
        return RegionFigures(region.code, region.name, region.level, period, rows, series)

    def _compute(
        self,
        session: Session,
        scope: FigureScope,
        indicators: list[IndicatorRow],
        period: Period,
        series_out: dict[str, dict[Period, Entry]],
        below: Sequence[str] = (),
        below_out: dict[str, dict[str, IndicatorFigures]] | None = None,
        *,
        partial: bool = False,
        year_ends: Collection[str] = (),
        ends_out: dict[str, dict[str, Figure]] | None = None,
    ) -> list[IndicatorFigures]:
        """The figures of `region`; with `below`, those of regions in its subtree too (into
        `below_out`), from the same roll-up. `partial`: `indicators` are some of the active
        ones, and only theirs are read. `year_ends`: indicators whose last year's full-year
        total or year-end figure a target needs, read in the same query and rolled up with the
        rest (into `ends_out`, by region code: the region's and those `below`)."""
        below_out = {} if below_out is None else below_out
        region = scope.region
        values = ValueRepository(session)
        nodes, key_of = scope.nodes, scope.key_of
        by_id = {row.id: row.indicator for row in indicators}
        extra = (YEAR_END,) if year_ends else ()
        measures = (*PLAIN_MEASURES, *extra)
        windows = [Window.of(period, m) for m in measures]
        also = list(scope.also)
        only_ids = [row.id for row in indicators] if partial else None
        rows = values.window_sums(region, windows, also, only_ids)
        leaves, tangled = _sums_leaves(rows, key_of, by_id, measures, windows)
        series: dict[tuple[str, str], dict[Period, Entry]] = defaultdict(dict)
        wanted = {(region.code, row.indicator.code) for row in indicators} | tangled
        ids_of = _ids_of_nodes(key_of)
        code_to_id = {row.indicator.code: row.id for row in indicators}
        region_ids = {i for node, _code in wanted for i in ids_of.get(node, ())}
        indicator_ids = {code_to_id[code] for _node, code in wanted}
        for region_id, indicator_id, code, basis, amount in values.region_values(
            region_ids, indicator_ids, _years(period)
        ):
            key = (key_of[region_id], by_id[indicator_id].code)
            if key in wanted:
                figure = NA if amount is None else amount
                series[key][Period.from_code(code)] = Entry(figure, Basis(basis))
        tangled_series = {key: series[key] for key in tangled if key in series}
        derived = add_register_leaves(
            session, scope, indicators, period, leaves, tangled_series, below
        )
        domain = [row.indicator for row in indicators]
        rollup = RollUp(nodes, domain, tangled_series, period, leaves, extra)
        rolled = rollup.figures(region.code)
        if year_ends and ends_out is not None:
            for code in [region.code, *(c for c in below if c in nodes)]:
                ends_out[code] = {c: rollup.rolled(code, c, YEAR_END) for c in year_ends}
        results: list[IndicatorFigures] = []
        for row in indicators:
            ind = row.indicator
            own = series.get((region.code, ind.code))
            issues: list[Issue] = []
            if own and not ind.is_computed:
                series_out[ind.code] = own
                issues = falling_ytd.check(ind, own, period)
            results.append(
                _indicator_figures(
                    ind,
                    rolled[ind.code],
                    tuple(issues),
                    derived.get(region.code, {}).get(ind.code),
                )
            )
        for code in below:
            if code in nodes:
                by_code = rollup.figures(code)
                here = derived.get(code, {})
                below_out[code] = {
                    row.indicator.code: _indicator_figures(
                        row.indicator,
                        by_code[row.indicator.code],
                        derived_from=here.get(row.indicator.code),
                    )
                    for row in indicators
                }
        return results

    def figures_below(
        self, region_code: str, period: Period, codes: Sequence[str]
    ) -> dict[str, dict[str, IndicatorFigures]]:
        """The figures of regions under `region_code` (its counties, say), by code and indicator,
        from the one roll-up of `region_code`: what a ranking or a region table needs, without
        asking region by region. With targets; no issues or series (those of a region's own
        return)."""
        below: dict[str, dict[str, IndicatorFigures]] = {}
        with self.sessions() as session:
            regions = RegionRepository(session)
            scope = self.scope_in(session, region_code, period)
            repo = TargetRepository(session)
            goals: dict[str, dict[str, Target]] = {}
            for code in codes:
                record = regions.current(code)
                goals[code] = repo.for_region(record.id, period.year) if record is not None else {}
            indicators = [row.indicator for row in scope.indicators]
            wanted = _year_ends_wanted(period, list(goals.values()), indicators)
            year_ends: dict[str, dict[str, Figure]] = {}
            self._compute(
                session,
                scope,
                list(scope.indicators),
                period,
                {},
                codes,
                below,
                year_ends=wanted,
                ends_out=year_ends,
            )
            if period.end_month == 12:  # 上年同期累计 is last year's full year already
                ends = {
                    code: {c: r.figures.last_year_cumulative for c, r in by_code.items()}
                    for code, by_code in below.items()
                }
            else:
                ends = year_ends
            for code, by_code in below.items():
                for ind_code, row in by_code.items():
                    by_code[ind_code] = _with_target(
                        row, goals[code].get(ind_code), period, ends.get(code, {}).get(ind_code)
                    )
        return below


def _indicator_figures(
    ind: Indicator,
    result: RolledFigures,
    issues: tuple[Issue, ...] = (),
    derived_from: str | None = None,
) -> IndicatorFigures:
    current = result.coverage.get("current")
    if current is not None:
        reporting = current.reported
    else:
        reporting = 0 if result.figures.current is None else 1
    return IndicatorFigures(
        ind,
        result.figures,
        reporting,
        issues,
        coverage=result.coverage,
        derived_from=derived_from,
    )


def _ids_of_nodes(key_of: dict[int, str]) -> dict[str, list[int]]:
    ids: dict[str, list[int]] = defaultdict(list)
    for region_id, node in key_of.items():
        ids[node].append(region_id)
    return ids


_BASES = {b.value: b for b in Basis}
#: The months of each period kind, by its letter.
_MONTHS = {k.value: k.months for k in PeriodKind}


def _sums_leaves(
    rows: Iterable[tuple[int, int, int, str, str, list[WindowSums]]],
    key_of: dict[int, str],
    by_id: dict[int, Indicator],
    measures: Sequence[str],
    windows: Sequence[Window],
) -> tuple[dict[tuple[str, str], Leaf], set[tuple[str, str]]]:
    """Each (node, indicator)'s own measures from its window sums, and the pairs with a year
    kept more than one way (several period kinds or bases, as stored before the value service
    refused it, or a region and its predecessor both): those are derived from their entries."""
    # per year, for each of its distinct windows (as window_sums gives them) the measures over it
    measures_of: dict[Window, list[str]] = defaultdict(list)
    for measure, window in zip(measures, windows, strict=True):
        measures_of[window].append(measure)
    plan = {
        year: [(w, measures_of[w]) for w in windows_of_year(windows, year)]
        for year in {w.year for w in windows}
    }
    leaves: dict[tuple[str, str], SumsLeaf] = {}
    tangled: set[tuple[str, str]] = set()
    for region_id, indicator_id, year, kind, basis, sums in rows:
        node = key_of.get(region_id)
        ind = by_id.get(indicator_id)
        if node is None or ind is None:
            continue  # a region no longer current without a successor, or a retired indicator
        key = (node, ind.code)
        if key in tangled:
            continue
        leaf = leaves.get(key)
        if leaf is None:
            leaf = leaves[key] = SumsLeaf((), {})
        if not kind or year in leaf.years:
            tangled.add(key)
            del leaves[key]
            continue
        leaf.years += (year,)
        figures, temporal, by_basis, size = leaf.figures, ind.temporal, _BASES[basis], _MONTHS[kind]
        for (window, measures), window_sums in zip(plan[year], sums, strict=True):
            figure = measure_from_sums(temporal, by_basis, size, window, window_sums)
            for measure in measures:
                figures[measure] = figure
    return dict(leaves), tangled


def _region_in(repo: RegionRepository, code: str, period: Period) -> RegionRecord:
    """Today's region with `code`, or a former one in a period when it existed (会理县 in 2019);
    otherwise refused, naming the region to ask for."""
    record = repo.current(code)
    if record is None:
        record = repo.valid_in(code, period)
    return record if record is not None else repo.require(code)


def _tree(
    records: list[RegionRecord], root_id: int, period: Period
) -> tuple[dict[str, RegionNode], dict[int, str]]:
    """The current regions of a subtree as roll-up nodes, and the node each record's values go to.

    A region that has been succeeded (a county renamed or upgraded) counts its values under its
    current successor, so 上年同期 across the change compares with the predecessor's figures.
    One that ended without a successor (a township the bureau retired) is a node while the
    figures of `period` reach a day it existed (the year before, for 上年同期), so its months
    stay in the totals; a figure over months after it ended does not expect it (`ended`).
    """
    reach = date(period.year - 1, 1, 1)
    # Current regions, the root even when former (its figures in a year it existed), and those
    # that ended without a successor within the reach of the period's figures
    current = {
        r.id: r
        for r in records
        if r.valid_to is None or r.id == root_id or (r.successor_id is None and r.valid_to >= reach)
    }
    children: dict[int, list[RegionRecord]] = defaultdict(list)
    for record in current.values():
        if record.parent_id is not None and record.parent_id in current:
            children[record.parent_id].append(record)
    nodes = {
        r.code: RegionNode(
            r.code,
            r.name,
            tuple(c.code for c in sorted(children[r.id], key=lambda c: c.code)),
            ended=None if r.valid_to is None else (r.valid_to.year, r.valid_to.month),
        )
        for r in current.values()
    }
    key_of = {r.id: r.code for r in current.values()}
    successor = {r.id: r.successor_id for r in records if r.id not in current}
    for old_id, new_id in successor.items():
        seen = {old_id}
        while new_id is not None and new_id not in current and new_id not in seen:
            seen.add(new_id)
            new_id = successor.get(new_id)
        if new_id in current:
            key_of[old_id] = current[new_id].code
    return nodes, key_of
