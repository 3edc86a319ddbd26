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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.figures import DASH
from desktop_app.domain.indicators import Basis, Indicator, IndicatorGroup, Temporal
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.values import NA, Figure, ParsedInput, format_number, parse_input
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
    indicator_to_domain,
)
from desktop_app.services.locks import as_local, refuse_if_locked

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


def figure_text(figure: Figure, indicator: Indicator) -> str:
    """How the audit trail writes a figure: "" blank, "无", or the number at the indicator's scale."""
    if figure is None:
        return ""
    if figure is NA:
        return str(NA)
    assert isinstance(figure, Decimal)
    return format_number(figure, indicator.scale, grouping=False)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no login name on this machine
        return "unknown"


class ValueService:
    def __init__(self, sessions: sessionmaker[Session], user: str | None = None) -> None:
        self.sessions = sessions
        self.user = user or current_user()

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
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r}")
        with self.sessions.begin() as session:
            return self._apply(
                session,
                region_code,
                indicator_code,
                period,
                parsed,
                source,
                basis,
                detail,
                based_on=based_on,
            )

    def set_many(
        self, cells: list[CellInput], *, source: str, detail: str | None = None
    ) -> tuple[list[CellChange], list[CellRefusal]]:
        """Several cells in one transaction; a refused cell is reported and the rest are kept."""
        changes: list[CellChange] = []
        refusals: list[CellRefusal] = []
        with self.sessions.begin() as session:
            for cell in cells:
                try:
                    with session.begin_nested():
                        changes.append(
                            self._apply(
                                session,
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
        return changes, refusals

    def set_all(
        self,
        cells: list[tuple[str, str, Period, ParsedInput]],
        *,
        source: str,
        detail: str | None = None,
        batch: str | None = None,
        bases: Sequence[Basis | None] | None = None,
    ) -> list[CellChange]:
        """Several parsed cells (region, indicator, period, value) in one transaction, all or
        nothing: the first refusal raises its DomainError and nothing is written. `batch` marks
        their audit entries as one import, to be listed and undone as one; `bases`, one per
        cell, the basis each is stored with (None: the indicator's)."""
        bases = bases if bases is not None else [None] * len(cells)
        with self.sessions.begin() as session:
            return [
                self._apply(
                    session, region, indicator, period, parsed, source, basis, detail, batch=batch
                )
                for (region, indicator, period, parsed), basis in zip(cells, bases, strict=True)
            ]

    def copy_last_period(self, region_code: str, period: Period) -> list[CellChange]:
        """Fill empty stock cells from the previous period, marked as copied until confirmed."""
        previous = period.previous()
        cells: list[CellInput] = []
        with self.sessions() as session:
            region = RegionRepository(session).require(region_code)
            repo = ValueRepository(session)
            for row in IndicatorRepository(session).active():
                ind = row.indicator
                if ind.temporal.value != "stock" or ind.is_computed:
                    continue
                if repo.get(region.id, row.id, period) is not None:
                    continue
                before = repo.get(region.id, row.id, previous)
                if before is None:
                    continue
                text = "无" if before.state == "na" else format(before.amount, "f")
                # based on the empty cell seen here: a figure another clerk types meanwhile
                # is kept, and this copy refused
                version = cell_version(session, region.id, row.id, period)
                cells.append(CellInput(region_code, ind.code, period, text, version))
        changes, _refused = self.set_many(cells, source="copied")
        return changes

    def _apply(
        self,
        session: Session,
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
        region = RegionRepository(session).require_in(region_code, period)
        ind_record = IndicatorRepository(session).require(indicator_code)
        indicator = indicator_to_domain(ind_record)
        basis = basis or indicator.entry_basis
        if basis is Basis.YTD and indicator.temporal.value == "stock":
            raise DomainError.of("stock_has_no_ytd", indicator=indicator.code)
        if parsed.number is not None:
            issues = indicator.check_number(parsed.number, percent=parsed.percent)
            if issues:
                raise DomainError(issues[0])
        elif indicator.is_computed and not parsed.is_blank:
            raise DomainError.of("computed_indicator", indicator=indicator.code)
        refuse_if_locked(session, region, period)
        values = ValueRepository(session)
        if based_on is not None:
            unchanged = refuse_if_stale(
                session, region, ind_record.id, indicator, period, parsed, based_on
            )
            if unchanged is not None:
                return unchanged
        if not parsed.is_blank:
            other = values.other_level_entry(region, ind_record.id, period)
            if other is not None:
                raise DomainError.of(
                    "entered_at_other_level",
                    indicator=indicator.code,
                    region=other.code,
                    name=other.name,
                )
            keyed = values.keyed_in_year(region.id, ind_record.id, period.year)
            second = second_way_issue(indicator, period, basis, keyed)
            if second is not None:
                raise DomainError(second)
        record = values.get(region.id, ind_record.id, period)
        old: Figure = None
        old_basis = None
        if record is not None:
            old = NA if record.state == "na" else record.amount
            old_basis = record.basis
        new = parsed.figure
        change = CellChange(region.code, indicator.code, period, old, new, basis)
        if not change.changed and (record is None or record.basis == basis.value):
            if record is not None and record.source == "copied" and source != "copied":
                record.source = source  # a copied value confirmed as it stands
            return change
        now = datetime.now(UTC)
        if parsed.is_blank:
            if record is not None:
                session.delete(record)
        else:
            if record is None:
                record = ValueRecord(
                    region_id=region.id, indicator_id=ind_record.id, period=period.code
                )
                session.add(record)
            record.state = "na" if parsed.not_applicable else "value"
            record.amount = parsed.number
            record.basis = basis.value
            record.source = source
            record.updated_at = now
            record.updated_by = self.user
        session.add(
            AuditRecord(
                at=now,
                who=self.user,
                source=source,
                region_id=region.id,
                indicator_id=ind_record.id,
                period=period.code,
                old_text=figure_text(old, indicator),
                new_text=figure_text(new, indicator),
                old_basis=old_basis,
                new_basis=None if parsed.is_blank else basis.value,
                detail=detail,
                batch=batch,
            )
        )
        return change


def refuse_if_stale(
    session: Session,
    region: RegionRecord,
    indicator_id: int,
    indicator: Indicator,
    period: Period,
    parsed: ParsedInput,
    based_on: int,
) -> CellChange | None:
    """Refuse a save based on a version the cell no longer has, unless the cell already
    holds what the clerk typed (then nothing is lost: the unchanged answer is returned)."""
    if cell_version(session, region.id, indicator_id, period) == based_on:
        return None
    latest = latest_audit(session, region.id, indicator_id, period)
    record = ValueRepository(session).get(region.id, indicator_id, period)
    stored: Figure = None
    if record is not None:
        stored = NA if record.state == "na" else record.amount
    new = parsed.figure
    if stored == new:
        basis = Basis(record.basis) if record is not None else indicator.entry_basis
        return CellChange(region.code, indicator.code, period, stored, new, basis)
    raise DomainError(
        Issue(
            "value_cleared_since" if stored is None else "value_changed_since",
            params={
                "indicator": indicator.code,
                "region": region.name,
                "period": period.label_zh,
                "value": figure_text(stored, indicator),
                "mine": figure_text(new, indicator) if new is not None else DASH,
                "scale": indicator.scale,
                "who": latest.who if latest is not None else "",
                "at": as_local(latest.at).strftime("%Y-%m-%d %H:%M:%S") if latest else "",
                "version": latest.id if latest is not None else 0,
            },
        )
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


def second_way_issue(
    indicator: Indicator, period: Period, basis: Basis, keyed: list[tuple[str, str]]
) -> Issue | None:
    """A region keeps an indicator one way a year: one period kind, and for a flow one basis.

    Month values beside a quarter value, or own figures beside year-to-date ones, would
    contradict each other without any check noticing; the second way is refused, naming the
    first and how to change it. `keyed`: the (period code, basis) the region holds that year.
    """
    others = [(Period.from_code(code), b) for code, b in keyed if code != period.code]
    if not others:
        return None
    example, example_basis = others[0]
    params = {
        "indicator": indicator.code,
        "year": period.year,
        "period": period.label_zh,
        "existing": example.label_zh,
        "count": len(others),
    }
    if example.kind is not period.kind:
        return Issue("keyed_as_other_kind", params=params)
    if indicator.temporal is Temporal.FLOW and example_basis != basis.value:
        code = (
            "keyed_as_ytd_already" if example_basis == Basis.YTD.value else "keyed_as_own_already"
        )
        return Issue(code, params=params)
    return None


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

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def version(self, region_code: str, indicator_code: str, period: Period) -> int:
        """The cell's version: the id of its newest audit entry, 0 when it was never saved."""
        with self.sessions() as session:
            region = RegionRepository(session).require_in(region_code, period)
            indicator = IndicatorRepository(session).require(indicator_code)
            return cell_version(session, region.id, indicator.id, period)

    def versions(self, region_code: str, period: Period) -> dict[str, int]:
        """The versions of a return's cells, by indicator code (a cell never saved is absent:
        its version is 0)."""
        with self.sessions() as session:
            region = RegionRepository(session).require_in(region_code, period)
            return cell_versions(session, [region.id], period).get(region.id, {})

    def kept_below(self, region_code: str, period: Period) -> frozenset[str]:
        """The indicators a region under this one keeps in the period's year (kept_below_in)."""
        with self.sessions() as session:
            region = RegionRepository(session).require_in(region_code, period)
            return kept_below_in(session, region, period)

    def groups(self) -> list[IndicatorGroup]:
        with self.sessions() as session:
            return IndicatorRepository(session).groups()

    def notes(self, region_code: str, period: Period) -> dict[str, CellNote]:
        with self.sessions() as session:
            region = RegionRepository(session).require(region_code)
            return notes_in(session, region.id, period)

    def history(self, region_code: str, indicator_code: str, period: Period) -> list[AuditEntry]:
        with self.sessions() as session:
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
    session: Session, region_ids: Sequence[int], period: Period
) -> dict[int, dict[str, int]]:
    """The versions of the cells of some regions' returns: region id → indicator code → version
    (a cell never saved is absent: its version is 0). Read in the session the figures shown
    with them are read in (one snapshot): a save based on them is refused if the cell changed
    since, and never refused for a change the clerk has seen."""
    if not region_ids:
        return {}
    codes: dict[int, str] = {
        id_: code for id_, code in session.execute(select(IndicatorRecord.id, IndicatorRecord.code))
    }
    # One seek of ix_audit_cell per (region, indicator, period), not a scan of the history.
    rows = session.execute(
        select(AuditRecord.region_id, AuditRecord.indicator_id, func.max(AuditRecord.id))
        .where(
            AuditRecord.region_id.in_(list(region_ids)),
            AuditRecord.indicator_id.in_(list(codes)),
            AuditRecord.period == period.code,
        )
        .group_by(AuditRecord.region_id, AuditRecord.indicator_id)
    )
    versions: dict[int, dict[str, int]] = {id_: {} for id_ in region_ids}
    for region_id, indicator_id, version in rows:
        versions[region_id][codes[indicator_id]] = int(version)
    return versions


def kept_below_in(session: Session, region: RegionRecord, period: Period) -> frozenset[str]:
    """The indicators a region under `region` keeps in the period's year. This region's figure
    for them is the sum of its children's and cannot be keyed here (a branch keeps an
    indicator at one level a year: ValueRepository.other_level_entry)."""
    year = str(period.year)
    rows = session.scalars(
        select(IndicatorRecord.code)
        .join(ValueRecord, ValueRecord.indicator_id == IndicatorRecord.id)
        .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
        .where(
            ValueRecord.period >= f"{year}-",
            ValueRecord.period < f"{period.year + 1}-",
            RegionRecord.id != region.id,
            RegionRecord.path.startswith(region.path, autoescape=True),
        )
        .distinct()
    )
    return frozenset(rows)


def notes_in(session: Session, region_id: int, period: Period) -> dict[str, CellNote]:
    """The comments (备注) and sources of a return's values, by indicator code."""
    rows = session.execute(
        select(IndicatorRecord.code, ValueRecord.comment, ValueRecord.source)
        .join(IndicatorRecord, IndicatorRecord.id == ValueRecord.indicator_id)
        .where(ValueRecord.region_id == region_id, ValueRecord.period == period.code)
    )
    return {code: CellNote(comment or "", source) for code, comment, source in rows}


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
