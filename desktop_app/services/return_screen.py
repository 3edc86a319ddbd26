"""Use cases of the return screen: one immutable view of it, read in one session, and the
mutations a clerk makes on it, each returning what changed with the new view.

The return page (ui/return_page.py) draws the grid, the list of checks and the state line from a
`ReturnScreen`. A mutation (a keyed cell, a comment, a pasted block, undo and redo, copying the
last period, 情况说明, submitting, reopening) is one call here: its write transaction, then the
new view in one read session, and a `ScreenChange` naming the rows that differ, so that the page
repaints those rows only (the shape of Anki's operations returning OpChanges).

The 乡镇分列 screen (ui/multi_unit.py) is drawn from a `TownshipScreen`: the county's figures and
every township's keyed figure from one roll-up. A cell keyed for one township recomputes the
county's figures and that township's column only.

The view's state (ReturnState) carries its version, the id of the return's latest submission or
reopening: submit and reopen state it, and are refused when another person submitted or reopened
the return since; the refusal's change carries the new view, which shows the state as it is now.

A view's cell versions are read in the session its figures are read in (one snapshot): a save
states the version of the cell shown and is refused if another clerk changed it since. After a
keyed cell only the figures it can change are read again (the indicator and the ratios it
enters); the others keep the figure and the version they were shown with, so a figure another
clerk changed meanwhile is refused when saved over, and then shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.figures import Figures
from desktop_app.domain.indicators import Basis, Indicator, IndicatorGroup
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import Region, RegionLevel
from desktop_app.domain.returns import ReturnState
from desktop_app.domain.users import Action
from desktop_app.domain.values import Figure
from desktop_app.persistence.models import RegionRecord
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    region_to_domain,
)
from desktop_app.services.entry_plan import STALE_CODES
from desktop_app.services.figures import FigureScope, IndicatorFigures
from desktop_app.services.returns import RETURN_STALE_CODES, ReturnCheck, ReturnService
from desktop_app.services.values import (
    CellChange,
    CellInput,
    CellNote,
    CellRefusal,
    ValueService,
    cell_versions,
    kept_below_in,
    notes_in,
    set_comment,
)


# --- the return screen ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScreenRow:
    """One line of the return: a group heading, or an indicator with its figures."""

    group: IndicatorGroup | None = None
    item: IndicatorFigures | None = None
    comment: str = ""
    copied: bool = False  # filled by "copy last period", not yet confirmed
    #: The version of the keyed cell shown: a save states it, so that a figure another clerk
    #: stored since is never overwritten unseen.
    version: int = 0
    issues: tuple[Issue, ...] = ()
    #: The figure is the sum of the regions below, who keep this indicator this year: it is
    #: keyed in their returns, not here (a branch keeps an indicator at one level a year).
    rolled_up: bool = False

    @property
    def code(self) -> str | None:
        return self.item.indicator.code if self.item else None


@dataclass(frozen=True)
class ReturnScreen:
    """Everything the return page shows of one region's return for one period."""

    region_code: str
    region_level: str
    period: Period
    rows: tuple[ScreenRow, ...]
    check: ReturnCheck
    state: ReturnState
    #: Why the values cannot change now (this return or one above it submitted), or None.
    lock: ReturnState | None
    #: The fingerprint of the catalogue and regions the view was computed over (see
    #: ReturnScreenService: a view after a save reuses them only while it is unchanged).
    reference: tuple[object, ...] = field(default=(), compare=False, repr=False)

    @property
    def issues(self) -> list[Issue]:
        return self.check.issues

    def row(self, code: str) -> ScreenRow | None:
        return next((r for r in self.rows if r.code == code), None)


@dataclass(frozen=True)
class ScreenChange:
    """What a mutation changed on the screen, and the screen as it is now."""

    view: ReturnScreen
    #: The indicator codes whose rows differ from the view the mutation was made on.
    rows: tuple[str, ...] = ()
    #: Other lines or another order (a group or an indicator came or went): redraw all.
    reshaped: bool = False
    issues_changed: bool = False
    state_changed: bool = False
    cells: tuple[CellChange, ...] = ()
    #: Cells of a block refused (the rest are saved).
    refusals: tuple[CellRefusal, ...] = ()
    #: The one cell's refusal; nothing was saved.
    refusal: Issue | None = None

    @property
    def stale(self) -> bool:
        """Refused because another clerk changed the cell since: the view shows their figure."""
        return self.refusal is not None and self.refusal.code in STALE_CODES

    @property
    def state_stale(self) -> bool:
        """A submit or reopen refused because another person submitted or reopened the return
        since: the view shows its state as it is now."""
        return self.refusal is not None and self.refusal.code in RETURN_STALE_CODES


def screen_change(
    before: ReturnScreen,
    after: ReturnScreen,
    *,
    cells: tuple[CellChange, ...] = (),
    refusals: tuple[CellRefusal, ...] = (),
    refusal: Issue | None = None,
) -> ScreenChange:
    """The difference between two views of a return."""
    old_codes = [r.code for r in before.rows]
    reshaped = old_codes != [r.code for r in after.rows] or (
        (before.region_code, before.period) != (after.region_code, after.period)
    )
    rows = (
        ()
        if reshaped
        else tuple(
            str(new.code)
            for old, new in zip(before.rows, after.rows, strict=True)
            if new.code is not None and old != new
        )
    )
    return ScreenChange(
        view=after,
        rows=rows,
        reshaped=reshaped,
        # An explanation written (at submit) changes how a warning is listed, not the issues.
        issues_changed=before.issues != after.issues
        or before.check.explanations != after.check.explanations,
        state_changed=(before.state, before.lock) != (after.state, after.lock),
        cells=cells,
        refusals=refusals,
        refusal=refusal,
    )


# --- 乡镇分列 ----------------------------------------------------------------------------------------
def keyed(indicator: Indicator, figures: Figures) -> Figure:
    """The figure a clerk keys for this indicator: 本期, or 1-N月累计 when keyed year to date."""
    return figures.cumulative if indicator.entry_basis is Basis.YTD else figures.current


@dataclass(frozen=True)
class TownshipRow:
    indicator: Indicator
    total: Figure  # the county's roll-up
    units: tuple[Figure, ...]  # one per township column
    versions: tuple[int, ...] = ()  # the version of each township's cell shown
    #: The register the figures are counted from this year (none is keyed here), or None.
    derived_from: str | None = None


@dataclass(frozen=True)
class TownshipScreen:
    """A county's (or a township's) indicators with the regions under it as columns."""

    region_code: str
    region_name: str
    region_level: RegionLevel
    period: Period
    units: tuple[Region, ...]
    rows: tuple[TownshipRow, ...]

    def column_of(self, unit_code: str) -> int:
        return next((i for i, u in enumerate(self.units) if u.code == unit_code), -1)


@dataclass(frozen=True)
class TownshipChange:
    view: TownshipScreen
    #: The indicator codes whose rows differ (their total or a township's figure).
    rows: tuple[str, ...] = ()
    reshaped: bool = False
    #: The townships whose figures were computed again (one for a keyed cell).
    recomputed: tuple[str, ...] = ()
    cells: tuple[CellChange, ...] = ()
    refusals: tuple[CellRefusal, ...] = ()
    refusal: Issue | None = None

    @property
    def stale(self) -> bool:
        return self.refusal is not None and self.refusal.code in STALE_CODES


def township_change(
    before: TownshipScreen,
    after: TownshipScreen,
    *,
    recomputed: tuple[str, ...] = (),
    cells: tuple[CellChange, ...] = (),
    refusals: tuple[CellRefusal, ...] = (),
    refusal: Issue | None = None,
) -> TownshipChange:
    """The difference between two views of 乡镇分列."""
    reshaped = [u.code for u in before.units] != [u.code for u in after.units] or [
        r.indicator.code for r in before.rows
    ] != [r.indicator.code for r in after.rows]
    rows = (
        ()
        if reshaped
        else tuple(
            new.indicator.code
            for old, new in zip(before.rows, after.rows, strict=True)
            if old != new
        )
    )
    return TownshipChange(
        view=after,
        rows=rows,
        reshaped=reshaped,
        recomputed=recomputed,
        cells=cells,
        refusals=refusals,
        refusal=refusal,
    )


# --- the service ------------------------------------------------------------------------------------
@dataclass
class Counters:
    """What was built: return views, and townships whose figures were computed (a keyed cell
    in 乡镇分列 computes one). For tests and benchmarks."""

    views: int = 0
    townships_computed: int = 0
    #: Views after a save that found their reference data changed and were read whole.
    references_changed: int = 0


@dataclass(frozen=True)
class _Reference:
    """What a return view was computed over and a view after a save reuses: the catalogue and
    the regions (FigureScope, with their fingerprint), and the region record of the return."""

    scope: FigureScope
    region: RegionRecord


#: Return screens whose reference data is kept (a clerk moves between a few).
KEPT_REFERENCES = 8


class ReturnScreenService:
    """The return screen and 乡镇分列: views read in one session, mutations that return changes."""

    def __init__(
        self, sessions: sessionmaker[Session], values: ValueService, returns: ReturnService
    ) -> None:
        self.sessions = sessions
        self.values = values
        self.returns = returns
        self.counters = Counters()
        self._references: dict[tuple[str, Period], _Reference] = {}

    # --- the return screen: reading --------------------------------------------------------------
    def view(self, region_code: str, period: Period) -> ReturnScreen:
        """The return of a region for a period as the page shows it, read in one session."""
        with self.sessions() as session:
            self.values.access.require_read(region_code, session)
            return self._view_in(session, region_code, period)

    def _view_in(self, session: Session, region_code: str, period: Period) -> ReturnScreen:
        self.counters.views += 1
        region = RegionRepository(session).require_in(region_code, period)
        scope = self.returns.figures.scope_in(session, region_code, period, to_keep=True)
        self._keep(region_code, period, _Reference(scope, region))
        versions = cell_versions(session, [region.id], period)[region.id]
        kept_below = kept_below_in(session, region, period)
        figures = self.returns.figures.figures_in(session, region_code, period, scope=scope)
        checked = self.returns.check_figures(session, figures)
        notes = notes_in(session, region.id, period)
        groups = {g.code: g for g in IndicatorRepository(session).groups()}
        state = self.returns.state_in(session, region, period)
        lock = self.returns.lock_in(session, region, period)
        return ReturnScreen(
            region_code=checked.figures.region_code,
            region_level=checked.figures.region_level,
            period=period,
            rows=_screen_rows(checked, groups, notes, versions, kept_below),
            check=checked,
            state=state,
            lock=lock,
            reference=scope.fingerprint,
        )

    def _keep(self, region_code: str, period: Period, reference: _Reference) -> None:
        self._references.pop((region_code, period), None)
        self._references[(region_code, period)] = reference
        while len(self._references) > KEPT_REFERENCES:
            del self._references[next(iter(self._references))]

    def _reference_of(self, session: Session, view: ReturnScreen) -> _Reference | None:
        """The reference data `view` was computed over, if kept and still what the database
        holds (one statement); None when it must be read again."""
        kept = self._references.get((view.region_code, view.period))
        if kept is None or not view.reference or kept.scope.fingerprint != view.reference:
            return None
        if not self.returns.figures.scope_still(session, kept.scope):
            return None
        return kept

    def _view_after_save_in(
        self, session: Session, before: ReturnScreen, saved: str
    ) -> ReturnScreen | None:
        """The view after a cell of `before` was saved, read in the save's own transaction
        once its writes are sent: the figures of the saved indicator and of the ratios it
        enters are read again, the others are those of `before`; the checks run again where
        they read those figures, and the notes and the state are read again. The lock is
        none: the save was taken, so nothing locks the return (checked in this transaction).

        The catalogue and the regions `before` was computed over are used again while their
        fingerprint is unchanged; when another clerk or an update changed them (a township
        added, the catalogue updated) this gives None, and the whole view is read again after
        the save.

        A figure not read again keeps the version it was shown with, so that a change another
        clerk made meanwhile refuses a save instead of being overwritten unseen (and shows)."""
        reference = self._reference_of(session, before)
        if reference is None:
            self.counters.references_changed += 1
            return None
        self.counters.views += 1
        affected = _affected_by(before, saved)
        period = before.period
        region = reference.region
        ids = {
            row.id: row.indicator.code
            for row in reference.scope.indicators
            if row.indicator.code in affected
        }
        fresh = cell_versions(session, [region.id], period, ids)[region.id]
        kept_below = kept_below_in(session, region, period)
        partial = self.returns.figures.figures_in(
            session, before.region_code, period, only=affected, scope=reference.scope
        )
        old = before.check.figures
        new_items = {row.indicator.code: row for row in partial.rows}
        series = {c: s for c, s in old.series.items() if c not in affected}
        series.update(partial.series)
        figures = replace(
            old,
            rows=[new_items.get(row.indicator.code, row) for row in old.rows],
            series=series,
        )
        checked = self.returns.check_figures(
            session, figures, region=region, previous=before.check, changed=affected
        )
        notes = notes_in(session, region.id, period)
        state = self.returns.state_in(session, region, period)
        shown = {row.code: row.version for row in before.rows if row.code is not None}
        versions = {
            code: fresh.get(code, 0) if code in affected else shown.get(code, 0) for code in shown
        }
        groups = {row.group.code: row.group for row in before.rows if row.group is not None}
        return ReturnScreen(
            region_code=before.region_code,
            region_level=before.region_level,
            period=period,
            rows=_screen_rows(checked, groups, notes, versions, kept_below),
            check=checked,
            state=state,
            lock=None,
            reference=before.reference,
        )

    def _after(
        self,
        before: ReturnScreen,
        *,
        cells: tuple[CellChange, ...] = (),
        refusals: tuple[CellRefusal, ...] = (),
        refusal: Issue | None = None,
    ) -> ScreenChange:
        after = self.view(before.region_code, before.period)
        return screen_change(before, after, cells=cells, refusals=refusals, refusal=refusal)

    # --- the return screen: mutations -------------------------------------------------------------
    def save_cell(
        self,
        before: ReturnScreen,
        indicator_code: str,
        text: str,
        *,
        source: str = "typed",
        based_on: int | None = None,
    ) -> ScreenChange:
        """Save a figure keyed (or restored by undo/redo) on `before`, based on the version
        shown there (or `based_on`: the version of the other clerk's figure a clerk chose to
        replace, "keep mine"). A refusal saves nothing: the change carries it (with the stored
        figure in the new view when another clerk changed the cell since)."""
        row = before.row(indicator_code)
        if based_on is None and row is not None:
            based_on = row.version

        def view_after(session: Session) -> ReturnScreen | None:
            if row is None:
                return None
            return self._view_after_save_in(session, before, indicator_code)

        try:
            cell, after = self.values.set_text_then(
                before.region_code,
                indicator_code,
                before.period,
                text,
                view_after,
                source=source,
                based_on=based_on,
            )
        except DomainError as exc:
            if exc.issue.code in STALE_CODES:
                return self._after(before, refusal=exc.issue)
            return ScreenChange(view=before, refusal=exc.issue)
        if after is None:
            return self._after(before, cells=(cell,))
        return screen_change(before, after, cells=(cell,))

    def save_comment(self, before: ReturnScreen, indicator_code: str, text: str) -> ScreenChange:
        """The comment (备注) of a value shown on `before`."""
        try:
            self.values.access.require(Action.KEY, before.region_code)
            with self.sessions.begin() as session:
                set_comment(session, before.region_code, indicator_code, before.period, text)
        except DomainError as exc:
            return ScreenChange(view=before, refusal=exc.issue)
        return self._after(before)

    def paste(
        self,
        before: ReturnScreen,
        cells: Sequence[tuple[str, str]],
        *,
        source: str = "pasted",
        based_on: Mapping[str, int] | None = None,
    ) -> ScreenChange:
        """A block of (indicator code, text), each based on the version shown on `before` (or
        the one `based_on` gives for its code: "keep mine" over figures another clerk saved);
        a refused cell is reported and the others are kept."""
        inputs = []
        for code, text in cells:
            row = before.row(code)
            version = row.version if row is not None else None
            if based_on is not None and code in based_on:
                version = based_on[code]
            inputs.append(CellInput(before.region_code, code, before.period, text, version))
        changes, refusals = self.values.set_many(inputs, source=source)
        return self._after(before, cells=tuple(changes), refusals=tuple(refusals))

    def copy_last_period(self, before: ReturnScreen) -> ScreenChange:
        """Fill the empty stock cells from the previous period, marked copied until confirmed."""
        try:
            changes = self.values.copy_last_period(before.region_code, before.period)
        except DomainError as exc:
            return ScreenChange(view=before, refusal=exc.issue)
        return self._after(before, cells=tuple(changes))

    def explain(
        self, before: ReturnScreen, indicator_code: str, issue_code: str, text: str
    ) -> Issue | None:
        """Store the 情况说明 of one warning (the view is read again by submit); the refusal,
        if any (the return was submitted meanwhile)."""
        try:
            self.returns.explain(
                before.region_code, before.period, indicator_code, issue_code, text
            )
        except DomainError as exc:
            return exc.issue
        return None

    def submit(self, before: ReturnScreen, *, based_on: int | None = None) -> ScreenChange:
        """报送, based on the state shown on `before` (or `based_on`, the version of the state
        the person decided on, when `before` was read again since): refused while errors
        remain or a warning has no explanation, and when another person submitted or
        reopened the return since, which the change's new view then shows."""
        version = before.state.version if based_on is None else based_on
        try:
            self.returns.submit(before.region_code, before.period, based_on=version)
        except DomainError as exc:
            if exc.issue.code in RETURN_STALE_CODES:
                return self._after(before, refusal=exc.issue)
            return ScreenChange(view=before, refusal=exc.issue)
        return self._after(before)

    def reopen(self, before: ReturnScreen, reason: str) -> ScreenChange:
        """退回修改 with a reason, based on the state shown on `before`: refused when another
        person submitted or reopened the return since, which the change's new view shows."""
        try:
            self.returns.reopen(
                before.region_code, before.period, reason, based_on=before.state.version
            )
        except DomainError as exc:
            if exc.issue.code in RETURN_STALE_CODES:
                return self._after(before, refusal=exc.issue)
            return ScreenChange(view=before, refusal=exc.issue)
        return self._after(before)

    # --- 乡镇分列 ---------------------------------------------------------------------------------
    def townships(self, region_code: str, period: Period) -> TownshipScreen:
        """A region's indicators with the regions directly under it as columns, from one roll-up
        read in one session."""
        with self.sessions() as session:
            self.values.access.require_read(region_code, session)
            repo = RegionRepository(session)
            region = repo.require(region_code)
            children = repo.children_in(region, period)
            units = tuple(region_to_domain(r, region.code) for r in children)
            versions = cell_versions(session, [r.id for r in children], period)
            below: dict[str, dict[str, IndicatorFigures]] = {}
            total = self.returns.figures.figures_in(
                session, region_code, period, [u.code for u in units], below
            )
            self.counters.townships_computed += len(units)
            rows = tuple(
                TownshipRow(
                    item.indicator,
                    keyed(item.indicator, item.figures),
                    tuple(_keyed_below(below, u.code, item.indicator) for u in units),
                    tuple(versions[r.id].get(item.indicator.code, 0) for r in children),
                    item.derived_from,
                )
                for item in total.rows
            )
            return TownshipScreen(
                total.region_code,
                total.region_name,
                RegionLevel(region.level),
                period,
                units,
                rows,
            )

    def _township_after(
        self,
        before: TownshipScreen,
        unit_code: str,
        *,
        cells: tuple[CellChange, ...] = (),
        refusal: Issue | None = None,
    ) -> TownshipChange:
        """`before` with the totals and one township's column read again (all of it read
        again when the townships or the indicators have changed meanwhile)."""
        with self.sessions() as session:
            after = self._one_township_in(session, before, unit_code)
        if after is None:
            after = self.townships(before.region_code, before.period)
            recomputed = tuple(u.code for u in after.units)
        else:
            recomputed = (unit_code,)
        return township_change(before, after, recomputed=recomputed, cells=cells, refusal=refusal)

    def _one_township_in(
        self, session: Session, before: TownshipScreen, unit_code: str
    ) -> TownshipScreen | None:
        column = before.column_of(unit_code)
        repo = RegionRepository(session)
        children = repo.children_in(repo.require(before.region_code), before.period)
        if column < 0 or [c.code for c in children] != [u.code for u in before.units]:
            return None
        unit = children[column]
        versions = cell_versions(session, [unit.id], before.period)[unit.id]
        below: dict[str, dict[str, IndicatorFigures]] = {}
        total = self.returns.figures.figures_in(
            session, before.region_code, before.period, [unit_code], below
        )
        self.counters.townships_computed += 1
        by_code = {item.indicator.code: item for item in total.rows}
        if list(by_code) != [row.indicator.code for row in before.rows]:
            return None  # the catalogue changed meanwhile
        rows = []
        for row in before.rows:
            item = by_code[row.indicator.code]
            units = list(row.units)
            units[column] = _keyed_below(below, unit_code, row.indicator)
            row_versions = list(row.versions)
            if column < len(row_versions):
                row_versions[column] = versions.get(row.indicator.code, 0)
            rows.append(
                TownshipRow(
                    item.indicator,
                    keyed(item.indicator, item.figures),
                    tuple(units),
                    tuple(row_versions),
                    item.derived_from,
                )
            )
        return TownshipScreen(
            before.region_code,
            before.region_name,
            before.region_level,
            before.period,
            before.units,
            tuple(rows),
        )

    def save_township_cell(
        self,
        before: TownshipScreen,
        unit_code: str,
        indicator_code: str,
        text: str,
        *,
        based_on: int | None = None,
    ) -> TownshipChange:
        """A figure keyed for one township: saved on the version shown (or `based_on`: the
        version of another clerk's figure the clerk chose to replace), then the county's
        figures and that township's column computed again (not every township's)."""
        column = before.column_of(unit_code)
        row = next((r for r in before.rows if r.indicator.code == indicator_code), None)
        version = (
            row.versions[column] if row is not None and 0 <= column < len(row.versions) else None
        )
        if based_on is not None:
            version = based_on
        try:
            cell = self.values.set_text(
                unit_code, indicator_code, before.period, text, based_on=version
            )
        except DomainError as exc:
            if exc.issue.code in STALE_CODES:
                return self._township_after(before, unit_code, refusal=exc.issue)
            return TownshipChange(view=before, refusal=exc.issue)
        return self._township_after(before, unit_code, cells=(cell,))

    def paste_townships(
        self,
        before: TownshipScreen,
        cells: Sequence[tuple[str, str, str]],
        *,
        based_on: Mapping[tuple[str, str], int] | None = None,
    ) -> TownshipChange:
        """A block of (township code, indicator code, text), each on the version shown (or the
        one `based_on` gives for its (township, indicator): "keep mine")."""
        inputs = []
        for unit_code, code, text in cells:
            column = before.column_of(unit_code)
            row = next((r for r in before.rows if r.indicator.code == code), None)
            version = (
                row.versions[column]
                if row is not None and 0 <= column < len(row.versions)
                else None
            )
            if based_on is not None and (unit_code, code) in based_on:
                version = based_on[(unit_code, code)]
            inputs.append(CellInput(unit_code, code, before.period, text, version))
        changes, refusals = self.values.set_many(inputs, source="pasted")
        after = self.townships(before.region_code, before.period)
        return township_change(
            before,
            after,
            recomputed=tuple(u.code for u in after.units),
            cells=tuple(changes),
            refusals=tuple(refusals),
        )


def _keyed_below(
    below: dict[str, dict[str, IndicatorFigures]], unit_code: str, indicator: Indicator
) -> Figure:
    item = below.get(unit_code, {}).get(indicator.code)
    return None if item is None else keyed(indicator, item.figures)


def _screen_rows(
    checked: ReturnCheck,
    groups: dict[str, IndicatorGroup],
    notes: dict[str, CellNote],
    versions: dict[str, int],
    kept_below: frozenset[str],
) -> tuple[ScreenRow, ...]:
    """The lines of the return: a heading before each group, then its indicators."""
    by_code: dict[str, list[Issue]] = {}
    for issue in checked.issues:
        by_code.setdefault(str(issue.params.get("indicator")), []).append(issue)
    rows: list[ScreenRow] = []
    group = None
    for item in checked.figures.rows:
        if item.indicator.group != group:
            group = item.indicator.group
            if group in groups:
                rows.append(ScreenRow(group=groups[group]))
        note = notes.get(item.indicator.code)
        rows.append(
            ScreenRow(
                item=item,
                comment=note.comment if note else "",
                copied=bool(note and note.source == "copied"),
                issues=tuple(by_code.get(item.indicator.code, ())),
                version=versions.get(item.indicator.code, 0),
                rolled_up=item.indicator.code in kept_below,
            )
        )
    return tuple(rows)


def _affected_by(view: ReturnScreen, code: str) -> frozenset[str]:
    """The indicators whose figures are read again after a save of `code`: itself, the ratios
    it enters, and with every such ratio its numerator and denominator (which its figure is
    computed from), until the set is closed under both."""
    ratios = [
        (
            row.item.indicator.code,
            row.item.indicator.numerator_code,
            row.item.indicator.denominator_code,
        )
        for row in view.rows
        if row.item is not None and row.item.indicator.numerator_code is not None
    ]
    affected = {code}
    grown = True
    while grown:
        grown = False
        for ratio, numerator, denominator in ratios:
            linked = {ratio, numerator, denominator}
            if linked & affected and not linked <= affected:
                affected.update(c for c in linked if c is not None)
                grown = True
    return frozenset(affected)
