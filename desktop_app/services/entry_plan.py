"""One planning step for keying a figure, shared by the save and the import preview.

Given a cell (region, indicator, period), what was typed or read (a ParsedInput) and the basis,
`EntryPlanner.plan` answers with the planned change (old and new figure, basis, whether it changes
anything) or with the Issue that refuses it. The value service executes plans
(ValueService._apply); the import preview lists them (new, changed, unchanged, or a conflict
holding the very Issue the save would raise). The rules that need nothing stored live in
domain/entry.py; this module adds those that read the store: the region valid in the period, a
submitted return, a cell changed since the clerk saw it, a figure kept at another level, a year
kept a second way.

A planner serves one session. It remembers what cannot change within a transaction (regions,
indicators, locks, registers) and what it read of the values until a write of the same
transaction changes them (the writer tells it), so that an import reads a whole return in a few
statements and still plans each cell against what the cells before it wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.entry import holds_already, input_issue, second_way_issue
from desktop_app.domain.figures import DASH
from desktop_app.domain.indicators import Basis, Indicator
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.values import NA, Figure, ParsedInput, format_number
from desktop_app.persistence.models import AuditRecord, RegionRecord
from desktop_app.persistence.registers import RegisterRepository
from desktop_app.persistence.repositories import (
    CellYear,
    IndicatorRepository,
    IndicatorRow,
    RegionName,
    RegionRepository,
    StoredValue,
    ValueRepository,
    indicator_to_domain,
)
from desktop_app.services.locks import as_local, locked_issue, locking_return

#: Refusals of a save based on a figure someone else has changed or cleared since it was read.
STALE_CODES = frozenset({"value_changed_since", "value_cleared_since"})


@dataclass(frozen=True)
class CellChange:
    region_code: str
    indicator_code: str
    period: Period
    old: Figure
    new: Figure
    basis: Basis

    @property
    def changed(self) -> bool:
        return self.old != self.new


@dataclass(frozen=True)
class EntryPlan:
    """What saving one input into one cell would do; refused plans are Issues instead."""

    region_id: int
    region_code: str
    region_name: str
    indicator_id: int
    indicator: Indicator
    period: Period
    old: Figure
    new: Figure
    basis: Basis
    #: The stored row (None: the cell is blank), its basis and how it came to be.
    record_id: int | None = None
    old_basis: str | None = None
    old_source: str | None = None
    #: The cell changed since the clerk saw it, to exactly what the clerk typed: nothing to do.
    settled: bool = False
    #: The cell's version when planned (0: never saved): a preview saves based on it.
    version: int = 0

    @property
    def change(self) -> CellChange:
        basis = Basis(self.old_basis) if self.settled and self.old_basis else self.basis
        return CellChange(
            self.region_code, self.indicator.code, self.period, self.old, self.new, basis
        )

    @property
    def unchanged(self) -> bool:
        """Nothing to write: the cell holds this figure with this basis (or is blank and stays so)."""
        return self.settled or holds_already(self.old, self.old_basis, self.new, self.basis)


def figure_text(figure: Figure, indicator: Indicator) -> str:
    """How the audit trail writes a figure: "" blank, "无", or the number at the indicator's scale."""
    if figure is None:
        return ""
    if figure is NA:
        return str(NA)
    assert isinstance(figure, Decimal)
    return format_number(figure, indicator.scale, grouping=False)


class EntryPlanner:
    """Plans entries in one session (see the module's note).

    What it reads of the values is kept until a write of the transaction may change it: the
    writer says what it wrote (`wrote`) and, through `before_read`, sends what it holds back
    before anything is read again. `prime` reads many cells of one region at once (an import,
    a pasted block): a few statements for a whole return instead of a few per cell."""

    def __init__(
        self,
        session: Session,
        *,
        before_read: Callable[[], None] | None = None,
        catalogue: Iterable[IndicatorRow] | None = None,
    ) -> None:
        """`before_read`: called before values are read again (the writer sends what it holds);
        `catalogue`: the active indicators, when the caller has read them in this session."""
        self.session = session
        self.values = ValueRepository(session)
        self._before_read = before_read
        self._regions: dict[tuple[str, Period], RegionRecord | Issue] = {}
        self._indicators: dict[str, tuple[int, Indicator] | Issue] = {}
        self._all_indicators = False
        if catalogue is not None:
            self._know(catalogue)
        self._locks: dict[tuple[int, Period], Issue | None] = {}
        self._counted_from: dict[tuple[int, int, int], Issue | None] = {}
        #: (region id, indicator id, year) → period code → the cell as read
        self._cells: dict[tuple[int, int, int], dict[str, CellYear]] = {}
        #: (indicator id, year) → region id → (its path, a region of another level holding it)
        self._others: dict[tuple[int, int], dict[int, tuple[str, RegionName | None]]] = {}

    def plan(
        self,
        region_code: str,
        indicator_code: str,
        period: Period,
        parsed: ParsedInput,
        *,
        basis: Basis | None = None,
        based_on: int | None = None,
    ) -> EntryPlan | Issue:
        """The change saving `parsed` into the cell would make, or the Issue that refuses it.

        `basis`: the basis to store with (None: the indicator's); `based_on`: the version of the
        cell the clerk saw (None: not checked). The checks run in the order the clerk can act
        on them: the region and indicator, the input itself, a submitted return, a cell changed
        since it was seen, then how the region keeps the indicator this year.
        """
        region = self._region(region_code, period)
        if isinstance(region, Issue):
            return region
        found = self._indicator(indicator_code)
        if isinstance(found, Issue):
            return found
        indicator_id, indicator = found
        basis = basis or indicator.entry_basis
        refused = input_issue(indicator, parsed, basis) or self._lock(region, period)
        if refused is not None:
            return refused
        cell = self.cell(region, indicator_id, period)
        record = cell.stored
        plan = EntryPlan(
            region.id,
            region.code,
            region.name,
            indicator_id,
            indicator,
            period,
            stored_figure(record),
            parsed.figure,
            basis,
            record.id if record is not None else None,
            record.basis if record is not None else None,
            record.source if record is not None else None,
            version=cell.version,
        )
        if based_on is not None and cell.version != based_on:
            if plan.old != parsed.figure:
                return self._stale_issue(region, indicator_id, indicator, period, plan)
            return replace(plan, settled=True)
        if not parsed.is_blank:
            if indicator.derived is not None:
                counted = self._counted(region, indicator_id, indicator, period.year)
                if counted is not None:
                    return counted
            other = self._other_level(region, indicator_id, period.year)
            if other is not None:
                return Issue(
                    "entered_at_other_level",
                    params={"indicator": indicator.code, "region": other.code, "name": other.name},
                )
            second = second_way_issue(indicator, period, basis, list(cell.keyed))
            if second is not None:
                return second
        return plan

    def prime(self, region_code: str, period: Period, indicator_codes: Iterable[str]) -> None:
        """Read what planning these cells of one region and period needs, in one statement per
        kind: the catalogue, the cells with their versions and years, the regions of another
        level holding the indicators, the registers counting them, the lock."""
        region = self._region(region_code, period)
        if isinstance(region, Issue):
            return
        if not self._all_indicators:
            self._know(IndicatorRepository(self.session).active())
        known = [
            found
            for code in dict.fromkeys(indicator_codes)
            if not isinstance(found := self._indicator(code), Issue)
        ]
        year = period.year
        unread = [
            i for i, _ in known if period.code not in self._cells.get((region.id, i, year), {})
        ]
        if unread:
            self._sync()
            for indicator_id, cell in self.values.cells_in_year(region.id, unread, period).items():
                self._cells.setdefault((region.id, indicator_id, year), {})[period.code] = cell
        unread = [i for i, _ in known if region.id not in self._others.get((i, year), {})]
        if unread:
            self._sync()
            others = self.values.other_levels(region, unread, year)
            for indicator_id in unread:
                held = self._others.setdefault((indicator_id, year), {})
                held[region.id] = (region.path, others.get(indicator_id))
        derived = [
            i
            for i, ind in known
            if ind.derived is not None and (region.id, i, year) not in self._counted_from
        ]
        if derived:
            deriving = RegisterRepository(self.session).deriving(derived, [year], region)
            by_indicator = {d.indicator_id: d for d in reversed(deriving)}
            for indicator_id, ind in known:
                if indicator_id in derived:
                    first = by_indicator.get(indicator_id)
                    self._counted_from[(region.id, indicator_id, year)] = (
                        None if first is None else _derived_issue(ind, first.name, year)
                    )
        self._lock(region, period)

    def _know(self, catalogue: Iterable[IndicatorRow]) -> None:
        self._all_indicators = True
        for row in catalogue:
            self._indicators.setdefault(row.indicator.code, (row.id, row.indicator))

    def wrote(self, region_id: int, indicator_id: int, period: Period) -> None:
        """A write of the transaction changed this cell: what was read of it, of the region's
        year for the indicator, and of the regions above and below holding it, is read again."""
        self._cells.pop((region_id, indicator_id, period.year), None)
        held = self._others.get((indicator_id, period.year))
        if not held:
            return
        path = held[region_id][0] if region_id in held else self._path_of(region_id)
        for other_id, (other_path, _found) in list(held.items()):
            if other_id != region_id and (
                other_path.startswith(path) or path.startswith(other_path)
            ):
                del held[other_id]

    def cell(self, region: RegionRecord, indicator_id: int, period: Period) -> CellYear:
        """The cell as the transaction holds it now (read once until it is written)."""
        year = self._cells.setdefault((region.id, indicator_id, period.year), {})
        if period.code not in year:
            self._sync()
            found = self.values.cells_in_year(region.id, [indicator_id], period)
            year[period.code] = found.get(indicator_id, CellYear(None, 0, ()))
        return year[period.code]

    def require(
        self,
        region_code: str,
        indicator_code: str,
        period: Period,
        parsed: ParsedInput,
        *,
        basis: Basis | None = None,
        based_on: int | None = None,
    ) -> EntryPlan:
        """The plan, or its refusal raised as a DomainError."""
        planned = self.plan(
            region_code, indicator_code, period, parsed, basis=basis, based_on=based_on
        )
        if isinstance(planned, Issue):
            raise DomainError(planned)
        return planned

    # --- what a transaction does not change ------------------------------------------------------
    def _region(self, code: str, period: Period) -> RegionRecord | Issue:
        key = (code, period)
        if key not in self._regions:
            try:
                self._regions[key] = RegionRepository(self.session).require_in(code, period)
            except DomainError as exc:
                self._regions[key] = exc.issue
        return self._regions[key]

    def _indicator(self, code: str) -> tuple[int, Indicator] | Issue:
        if code not in self._indicators:
            try:
                record = IndicatorRepository(self.session).require(code)
                self._indicators[code] = (record.id, indicator_to_domain(record))
            except DomainError as exc:
                self._indicators[code] = exc.issue
        return self._indicators[code]

    def _counted(
        self, region: RegionRecord, indicator_id: int, indicator: Indicator, year: int
    ) -> Issue | None:
        """Refused: the region (or one above or below it) counts the figure from a register
        this year (asked once per region, indicator and year in an import)."""
        key = (region.id, indicator_id, year)
        if key not in self._counted_from:
            deriving = RegisterRepository(self.session).deriving([indicator_id], [year], region)
            self._counted_from[key] = (
                _derived_issue(indicator, deriving[0].name, year) if deriving else None
            )
        return self._counted_from[key]

    def _other_level(self, region: RegionRecord, indicator_id: int, year: int) -> RegionName | None:
        held = self._others.setdefault((indicator_id, year), {})
        if region.id not in held:
            self._sync()
            found = self.values.other_levels(region, [indicator_id], year).get(indicator_id)
            held[region.id] = (region.path, found)
        return held[region.id][1]

    def _path_of(self, region_id: int) -> str:
        for found in self._regions.values():
            if isinstance(found, RegionRecord) and found.id == region_id:
                return found.path
        record = self.session.get(RegionRecord, region_id)
        return record.path if record is not None else ""

    def _sync(self) -> None:
        """What the writer holds goes to the database before anything is read again."""
        if self._before_read is not None:
            self._before_read()

    def _lock(self, region: RegionRecord, period: Period) -> Issue | None:
        key = (region.id, period)
        if key not in self._locks:
            lock = locking_return(self.session, region, period)
            self._locks[key] = locked_issue(self.session, lock) if lock is not None else None
        return self._locks[key]

    def _stale_issue(
        self,
        region: RegionRecord,
        indicator_id: int,
        indicator: Indicator,
        period: Period,
        plan: EntryPlan,
    ) -> Issue:
        """The cell holds another figure than the one the clerk saw and did not type."""
        self._sync()
        latest = latest_audit(self.session, region.id, indicator_id, period)
        return Issue(
            "value_cleared_since" if plan.old is None else "value_changed_since",  # STALE_CODES
            params={
                "indicator": indicator.code,
                "region": region.name,
                "period": period.code,
                "value": figure_text(plan.old, indicator),
                "mine": figure_text(plan.new, indicator) if plan.new is not None else DASH,
                "scale": indicator.scale,
                "who": latest.who if latest is not None else "",
                "at": as_local(latest.at).strftime("%Y-%m-%d %H:%M:%S") if latest else "",
                "version": latest.id if latest is not None else 0,
            },
        )


def cell_version(session: Session, region_id: int, indicator_id: int, period: Period) -> int:
    """The cell's version: the id of its newest audit entry (0: never saved)."""
    version = session.scalar(
        select(func.max(AuditRecord.id)).where(
            AuditRecord.region_id == region_id,
            AuditRecord.indicator_id == indicator_id,
            AuditRecord.period == period.code,
        )
    )
    return int(version or 0)


def latest_audit(
    session: Session, region_id: int, indicator_id: int, period: Period
) -> AuditRecord | None:
    """The newest audit entry of a cell: its id is the cell's version."""
    return session.scalars(
        select(AuditRecord)
        .where(
            AuditRecord.region_id == region_id,
            AuditRecord.indicator_id == indicator_id,
            AuditRecord.period == period.code,
        )
        .order_by(AuditRecord.id.desc())
        .limit(1)
    ).first()


def stored_figure(stored: StoredValue | None) -> Figure:
    """The figure a stored row holds (None: the cell is blank)."""
    if stored is None:
        return None
    return NA if stored.state == "na" else stored.amount


def _derived_issue(indicator: Indicator, region_name: str, year: int) -> Issue:
    return Issue(
        "derived_from_register",
        params={"indicator": indicator.code, "region": region_name, "year": year},
    )
