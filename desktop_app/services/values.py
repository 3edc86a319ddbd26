"""Use case: save one cell. One transaction, checked and audited; returns what changed.

Two clerks may have one database file open. A save runs in a write session (the write lock is
taken when it begins, see persistence/engine.py), and may state the version of the cell the clerk
saw: a save based on a version that is no longer the cell's is refused, never applied, naming the
other value, who saved it and when.

A cell's version is the id of its newest audit entry (0: never saved). Every change of a value is
audited, an audit entry is never deleted and its id only grows, so the version survives a cleared
cell (whose value row is deleted) and never repeats: clear and retype the same figure, and the
version is a new one. No schema change was needed; ix_audit_cell finds it in one index seek.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import TypeVar

from sqlalchemy import Select, String, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.entry import copy_target, stock_entries
from desktop_app.domain.indicators import Basis, IndicatorGroup, Temporal
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.users import Action
from desktop_app.domain.values import NA, ParsedInput, parse_input
from desktop_app.persistence.errors import StorageError
from desktop_app.persistence.models import (
    AuditRecord,
    IndicatorRecord,
    RegionRecord,
    ValueRecord,
)
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    ValueRepository,
)
from desktop_app.services.entry_plan import CellChange as CellChange
from desktop_app.services.entry_plan import (
    EntryPlan,
    EntryPlanner,
    cell_version,
    figure_text,
)
from desktop_app.services.locks import refuse_if_locked
from desktop_app.services.users import Access

#: How a value came to be ("undone": an import undone; "undo"/"redo": the grid's Undo and Redo).
SOURCES = frozenset({"typed", "pasted", "copied", "imported", "cli", "undone", "undo", "redo"})


@dataclass(frozen=True)
class CellInput:
    region_code: str
    indicator_code: str
    period: Period
    text: str
    #: The version of the cell the clerk saw (CellQueries.versions), None: not checked.
    based_on: int | None = None


@dataclass(frozen=True)
class CellRefusal:
    cell: CellInput
    issue: Issue


R = TypeVar("R")


def _nothing(session: Session) -> None:
    """What a save reads after its writes when its caller wants nothing more."""


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no login name on this machine
        return "unknown"


class ValueService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        user: str | None = None,
        *,
        access: Access | None = None,
    ) -> None:
        self.sessions = sessions
        self.user = user or current_user()
        #: What the person logged in may do (everything on a database without accounts).
        self.access = access or Access.everything()

    def set_text(
        self,
        region_code: str,
        indicator_code: str,
        period: Period,
        text: str | None,
        *,
        source: str = "typed",
        basis: Basis | None = None,
        detail: str | None = None,
        based_on: int | None = None,
    ) -> CellChange:
        """Parse what was typed and save it (blank clears the cell). `based_on`: the version of
        the cell the clerk saw; the save is refused if the cell has changed since."""
        return self.set_value(
            region_code,
            indicator_code,
            period,
            parse_input(text),
            source=source,
            basis=basis,
            detail=detail,
            based_on=based_on,
        )

    def set_value(
        self,
        region_code: str,
        indicator_code: str,
        period: Period,
        parsed: ParsedInput,
        *,
        source: str = "typed",
        basis: Basis | None = None,
        detail: str | None = None,
        based_on: int | None = None,
    ) -> CellChange:
        change, _ = self._set_value(
            region_code, indicator_code, period, parsed, source, basis, detail, based_on, _nothing
        )
        return change

    def set_text_then(
        self,
        region_code: str,
        indicator_code: str,
        period: Period,
        text: str | None,
        then: Callable[[Session], R],
        *,
        source: str = "typed",
        based_on: int | None = None,
    ) -> tuple[CellChange, R]:
        """set_text, then `then` in the save's own transaction once its writes are sent: what a
        screen shows after the save, read in the snapshot the save wrote (one transaction
        instead of two; the write lock is held for the read too). Nothing is read when the
        save is refused."""
        return self._set_value(
            region_code,
            indicator_code,
            period,
            parse_input(text),
            source,
            None,
            None,
            based_on,
            then,
        )

    def _set_value(
        self,
        region_code: str,
        indicator_code: str,
        period: Period,
        parsed: ParsedInput,
        source: str,
        basis: Basis | None,
        detail: str | None,
        based_on: int | None,
        then: Callable[[Session], R],
    ) -> tuple[CellChange, R]:
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r}")
        with self.sessions.begin() as session:
            saving = _Saving(session, self.user)
            change = self._apply(
                saving,
                region_code,
                indicator_code,
                period,
                parsed,
                source,
                basis,
                detail,
                based_on=based_on,
            )
            saving.flush()
            return change, then(session)

    def set_many(
        self, cells: list[CellInput], *, source: str, detail: str | None = None
    ) -> tuple[list[CellChange], list[CellRefusal]]:
        """Several cells in one transaction; a refused cell is reported and the rest are kept.
        A cell is refused while it is planned, before anything of it is written, so a refusal
        needs no savepoint to undo."""
        changes: list[CellChange] = []
        refusals: list[CellRefusal] = []
        with self.sessions.begin() as session:
            saving = _Saving(session, self.user)
            saving.prime((c.region_code, c.indicator_code, c.period) for c in cells)
            for cell in cells:
                try:
                    changes.append(
                        self._apply(
                            saving,
                            cell.region_code,
                            cell.indicator_code,
                            cell.period,
                            parse_input(cell.text),
                            source,
                            None,
                            detail,
                            based_on=cell.based_on,
                        )
                    )
                except StorageError:
                    raise  # the disk or the file said no: the transaction is gone, not a cell
                except DomainError as exc:
                    refusals.append(CellRefusal(cell, exc.issue))
            saving.flush()
        return changes, refusals

    def set_all(
        self,
        cells: list[tuple[str, str, Period, ParsedInput]],
        *,
        source: str,
        detail: str | None = None,
        batch: str | None = None,
        bases: Sequence[Basis | None] | None = None,
        based_on: Sequence[int | None] | None = None,
    ) -> list[CellChange]:
        """Several parsed cells (region, indicator, period, value) in one transaction, all or
        nothing: the first refusal raises its DomainError and nothing is written. `batch` marks
        their audit entries as one import, to be listed and undone as one; `bases`, one per
        cell, the basis each is stored with (None: the indicator's); `based_on`, one per cell,
        the version of the cell that was seen (an import's preview: a cell changed since is
        refused, as a typed figure is)."""
        bases = bases if bases is not None else [None] * len(cells)
        versions = based_on if based_on is not None else [None] * len(cells)
        with self.sessions.begin() as session:
            saving = _Saving(session, self.user)
            saving.prime((region, indicator, period) for region, indicator, period, _ in cells)
            changes = [
                self._apply(
                    saving,
                    region,
                    indicator,
                    period,
                    parsed,
                    source,
                    basis,
                    detail,
                    batch=batch,
                    based_on=version,
                )
                for (region, indicator, period, parsed), basis, version in zip(
                    cells, bases, versions, strict=True
                )
            ]
            saving.flush()
            return changes

    def copy_last_period(self, region_code: str, period: Period) -> list[CellChange]:
        """Fill this period's empty stock cells with the figures the previous period of the same
        kind ends with (March ← February, 2024Q2 ← Q1, 2024 ← 2023), marked as copied until
        confirmed.

        The previous period's figure is the one the screens show for it: a quarter of a year
        kept by months ends with its last month's figure. The copy is stored the way the region
        keeps the indicator this year (a quarter of a year kept by months: in its last month),
        so that it never starts a second way; a figure it would still be refused for is left out.
        When every copy is refused, the first refusal is raised (DomainError).
        """
        previous = period.previous()
        cells: list[CellInput] = []
        with self.sessions() as session:
            region = RegionRepository(session).require_in(region_code, period)
            repo = ValueRepository(session)
            for row in IndicatorRepository(session).active():
                ind = row.indicator
                if ind.temporal is not Temporal.STOCK or ind.is_computed:
                    continue
                if any(repo.get(region.id, row.id, p) is not None for p in stock_entries(period)):
                    continue
                before = next(
                    (
                        found
                        for p in stock_entries(previous)
                        if (found := repo.get(region.id, row.id, p)) is not None
                    ),
                    None,
                )
                if before is None:
                    continue
                kept = [code for code, _basis in repo.keyed_in_year(region.id, row.id, period.year)]
                target = copy_target(period, kept)
                if target is None:
                    continue
                text = "无" if before.state == "na" else format(before.amount, "f")
                # based on the empty cell seen here: a figure another clerk types meanwhile
                # is kept, and this copy refused
                version = cell_version(session, region.id, row.id, target)
                cells.append(CellInput(region.code, ind.code, target, text, version))
        changes, refused = self.set_many(cells, source="copied")
        if refused and not changes:
            # nothing could be copied (a submitted return, say): say why instead of "0 copied"
            raise DomainError(refused[0].issue)
        return changes

    def _apply(
        self,
        saving: _Saving,
        region_code: str,
        indicator_code: str,
        period: Period,
        parsed: ParsedInput,
        source: str,
        basis: Basis | None,
        detail: str | None,
        *,
        batch: str | None = None,
        based_on: int | None = None,
    ) -> CellChange:
        """Plan the entry (entry_plan.py: the rules the import preview applies too) and carry
        the plan out; a refused plan raises its Issue as a DomainError and writes nothing."""
        action = Action.IMPORT if source == "imported" else Action.KEY
        self.access.require(action, region_code, saving.session)
        plan = saving.planner.require(
            region_code, indicator_code, period, parsed, basis=basis, based_on=based_on
        )
        saving.write(plan, source, detail, batch)
        return plan.change


class _Saving:
    """The writes of one transaction's saves: planned by one EntryPlanner, held and sent in one
    statement per kind (values inserted, updated, deleted; audit entries) when the transaction
    reads values again or ends, instead of a statement or two per cell. The planner is told of
    each write, so that what it read of the cell is read again (after the writes are sent)."""

    def __init__(self, session: Session, user: str) -> None:
        self.session = session
        self.user = user
        self.planner = EntryPlanner(session, before_read=self.flush)
        self._inserts: list[dict[str, object]] = []
        self._updates: list[dict[str, object]] = []
        self._deletes: list[int] = []
        self._audits: list[dict[str, object]] = []

    def prime(self, cells: Iterable[tuple[str, str, Period]]) -> None:
        """Read the cells' reference data and stored rows, one region and period at a time."""
        wanted: dict[tuple[str, Period], list[str]] = {}
        for region_code, indicator_code, period in cells:
            wanted.setdefault((region_code, period), []).append(indicator_code)
        for (region_code, period), codes in wanted.items():
            self.planner.prime(region_code, period, codes)

    def write(self, plan: EntryPlan, source: str, detail: str | None, batch: str | None) -> None:
        """The value row and its audit entry of a plan; nothing when it changes nothing."""
        if plan.unchanged:
            if not plan.settled and plan.old_source == "copied" and source != "copied":
                # a copied value confirmed as it stands
                self._updates.append({"id": plan.record_id, "source": source})
                self.planner.wrote(plan.region_id, plan.indicator_id, plan.period)
            return
        now = datetime.now(UTC)
        if plan.new is None:
            if plan.record_id is not None:
                self._deletes.append(plan.record_id)
        else:
            row: dict[str, object] = {
                "state": "na" if plan.new is NA else "value",
                "amount": None if plan.new is NA else plan.new,
                "basis": plan.basis.value,
                "source": source,
                "updated_at": now,
                "updated_by": self.user,
            }
            if plan.record_id is None:
                row.update(
                    region_id=plan.region_id,
                    indicator_id=plan.indicator_id,
                    period=plan.period.code,
                )
                self._inserts.append(row)
            else:
                self._updates.append({"id": plan.record_id, **row})
        self._audits.append(
            {
                "at": now,
                "who": self.user,
                "source": source,
                "region_id": plan.region_id,
                "indicator_id": plan.indicator_id,
                "period": plan.period.code,
                "old_text": figure_text(plan.old, plan.indicator),
                "new_text": figure_text(plan.new, plan.indicator),
                "old_basis": plan.old_basis,
                "new_basis": None if plan.new is None else plan.basis.value,
                "detail": detail,
                "batch": batch,
            }
        )
        self.planner.wrote(plan.region_id, plan.indicator_id, plan.period)

    def flush(self) -> None:
        """Send what is held: each kind as one statement (executemany), audit entries in the
        order of their saves (a cell's version is its newest entry's id)."""
        if self._deletes:
            self.session.execute(delete(ValueRecord).where(ValueRecord.id.in_(self._deletes)))
        if self._updates:
            self.session.execute(update(ValueRecord), self._updates)
        # render_nulls: rows with and without a None (a new cell's old basis) stay one batch
        if self._inserts:
            self.session.execute(
                insert(ValueRecord).execution_options(render_nulls=True), self._inserts
            )
        if self._audits:
            self.session.execute(
                insert(AuditRecord).execution_options(render_nulls=True), self._audits
            )
        self._inserts, self._updates, self._deletes, self._audits = [], [], [], []


@dataclass(frozen=True)
class CellNote:
    comment: str
    source: str


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    who: str
    source: str
    old_text: str
    new_text: str
    detail: str | None


class CellQueries:
    """What the grid shows beside the figures: comments, copied marks, a cell's history.

    Each method reads in a session of its own; a screen that shows several of them reads them
    in one session with the functions below (services/return_screen.py)."""

    def __init__(self, sessions: sessionmaker[Session], *, access: Access | None = None) -> None:
        self.sessions = sessions
        self.access = access or Access.everything()

    def version(self, region_code: str, indicator_code: str, period: Period) -> int:
        """The cell's version: the id of its newest audit entry, 0 when it was never saved."""
        with self.sessions() as session:
            self.access.require_read(region_code, session)
            region = RegionRepository(session).require_in(region_code, period)
            indicator = IndicatorRepository(session).require(indicator_code)
            return cell_version(session, region.id, indicator.id, period)

    def versions(self, region_code: str, period: Period) -> dict[str, int]:
        """The versions of a return's cells, by indicator code (a cell never saved is absent:
        its version is 0)."""
        with self.sessions() as session:
            self.access.require_read(region_code, session)
            region = RegionRepository(session).require_in(region_code, period)
            return cell_versions(session, [region.id], period).get(region.id, {})

    def kept_below(self, region_code: str, period: Period) -> frozenset[str]:
        """The indicators a region under this one keeps in the period's year (kept_below_in)."""
        with self.sessions() as session:
            self.access.require_read(region_code, session)
            region = RegionRepository(session).require_in(region_code, period)
            return kept_below_in(session, region, period)

    def groups(self) -> list[IndicatorGroup]:
        with self.sessions() as session:
            return IndicatorRepository(session).groups()

    def notes(self, region_code: str, period: Period) -> dict[str, CellNote]:
        with self.sessions() as session:
            self.access.require_read(region_code, session)
            region = RegionRepository(session).require(region_code)
            return notes_in(session, region.id, period)

    def history(self, region_code: str, indicator_code: str, period: Period) -> list[AuditEntry]:
        with self.sessions() as session:
            self.access.require_read(region_code, session)
            region = RegionRepository(session).require(region_code)
            indicator = IndicatorRepository(session).require(indicator_code)
            rows = session.scalars(
                select(AuditRecord)
                .where(
                    AuditRecord.region_id == region.id,
                    AuditRecord.indicator_id == indicator.id,
                    AuditRecord.period == period.code,
                )
                .order_by(AuditRecord.id.desc())
            )
            return [
                AuditEntry(r.at, r.who, r.source, r.old_text, r.new_text, r.detail) for r in rows
            ]


def cell_versions(
    session: Session,
    region_ids: Sequence[int],
    period: Period,
    indicators: Mapping[int, str] | None = None,
) -> dict[int, dict[str, int]]:
    """The versions of the cells of some regions' returns: region id → indicator code → version
    (a cell never saved is absent: its version is 0). Read in the session the figures shown
    with them are read in (one snapshot): a save based on them is refused if the cell changed
    since, and never refused for a change the clerk has seen. `indicators` (id → code): the
    cells of these indicators only (every indicator's when None)."""
    if not region_ids:
        return {}
    codes: Mapping[int, str] = (
        indicators
        if indicators is not None
        else {
            id_: code
            for id_, code in session.execute(select(IndicatorRecord.id, IndicatorRecord.code))
        }
    )
    params = {"region_ids": list(region_ids), "indicator_ids": list(codes), "period": period.code}
    rows = session.connection().execute(_versions_statement(), params)
    versions: dict[int, dict[str, int]] = {id_: {} for id_ in region_ids}
    for region_id, indicator_id, version in rows:
        versions[region_id][codes[indicator_id]] = int(version)
    return versions


@lru_cache(maxsize=1)
def _versions_statement() -> Select[int, int, int]:
    """cell_versions' statement, built once (a return's view asks it after every keyed cell).
    One seek of ix_audit_cell per (region, indicator, period), not a scan of the history."""
    return (
        select(AuditRecord.region_id, AuditRecord.indicator_id, func.max(AuditRecord.id))
        .where(
            AuditRecord.region_id.in_(bindparam("region_ids", expanding=True)),
            AuditRecord.indicator_id.in_(bindparam("indicator_ids", expanding=True)),
            AuditRecord.period == bindparam("period"),
        )
        .group_by(AuditRecord.region_id, AuditRecord.indicator_id)
    )


def kept_below_in(session: Session, region: RegionRecord, period: Period) -> frozenset[str]:
    """The indicators a region under `region` keeps in the period's year. This region's figure
    for them is the sum of its children's and cannot be keyed here (a branch keeps an
    indicator at one level a year: ValueRepository.other_levels)."""
    params = {
        "low": f"{period.year}-",
        "high": f"{period.year + 1}-",
        "region_id": region.id,
        "path": region.path,
    }
    return frozenset(session.connection().execute(_kept_below_statement(), params).scalars())


@lru_cache(maxsize=1)
def _kept_below_statement() -> Select[str]:
    """kept_below_in's statement, built once (a return's view asks it after every keyed cell).
    A path is ids and slashes: its prefix is compared as text, no LIKE pattern to escape."""
    path = bindparam("path", type_=String)
    return (
        select(IndicatorRecord.code)
        .join(ValueRecord, ValueRecord.indicator_id == IndicatorRecord.id)
        .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
        .where(
            ValueRecord.period >= bindparam("low"),
            ValueRecord.period < bindparam("high"),
            RegionRecord.id != bindparam("region_id"),
            func.substr(RegionRecord.path, 1, func.length(path)) == path,
        )
        .distinct()
    )


def notes_in(session: Session, region_id: int, period: Period) -> dict[str, CellNote]:
    """The comments (备注) and sources of a return's values, by indicator code."""
    params = {"region_id": region_id, "period": period.code}
    rows = session.connection().execute(_notes_statement(), params)
    return {code: CellNote(comment or "", source) for code, comment, source in rows}


@lru_cache(maxsize=1)
def _notes_statement() -> Select[str, str | None, str]:
    """notes_in's statement, built once (a return's view asks it after every keyed cell, and
    building it took longer than SQLite takes to answer it)."""
    return (
        select(IndicatorRecord.code, ValueRecord.comment, ValueRecord.source)
        .join(IndicatorRecord, IndicatorRecord.id == ValueRecord.indicator_id)
        .where(
            ValueRecord.region_id == bindparam("region_id"),
            ValueRecord.period == bindparam("period"),
        )
    )


def set_comment(
    session: Session,
    region_code: str,
    indicator_code: str,
    period: Period,
    text: str,
) -> None:
    """Write the comment (备注) of a value in the caller's write transaction (the return
    screen's service opens it: a session factory never leaves the services); a blank cell has
    nothing to comment on."""
    region = RegionRepository(session).require(region_code)
    indicator = IndicatorRepository(session).require(indicator_code)
    refuse_if_locked(session, region, period)
    record = ValueRepository(session).get(region.id, indicator.id, period)
    if record is None:
        raise DomainError.of("comment_needs_value", indicator=indicator_code)
    record.comment = text.strip() or None
