"""The Excel imports a database has taken, read back from the audit trail, and undoing one whole.

Every value an import writes is audited with the import's batch (audit.batch). Undoing it puts
each of its cells back as it was before the import, in one transaction through the value
service's own write path (checks, locks, audit), and only when nothing has changed the cell since:
a cell keyed after the import is the clerk's newer work, and undoing over it would lose it.
The undo is audited as a batch of its own, "undo-<batch>", so the trail tells both stories and
an import is undone at most once.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, sessionmaker

from desktop_app.domain.figures import DASH
from desktop_app.domain.indicators import Basis
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.values import parse_input
from desktop_app.persistence.models import AuditRecord, IndicatorRecord, RegionRecord
from desktop_app.persistence.repositories import (
    CellYear,
    ValueRepository,
    indicator_to_domain,
)
from desktop_app.services.entry_plan import figure_text, stored_figure
from desktop_app.services.locks import as_local
from desktop_app.services.values import ValueService

if TYPE_CHECKING:
    from desktop_app.services.users import Access

UNDO_PREFIX = "undo-"

#: How an import's audit detail names its file and template: "通江县_….xlsx (sc-county-monthly)".
_DETAIL = re.compile(r"^(?P<file>.+) \((?P<template>[A-Za-z0-9_.-]+)\)$")


def new_batch() -> str:
    """A batch id a person can read and type a prefix of: 20261201-223801-3f2a."""
    return f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}"


@dataclass(frozen=True)
class ImportRecord:
    batch: str
    at: datetime
    who: str
    detail: str
    values: int
    regions: int
    first_period: Period
    last_period: Period
    undone_at: datetime | None = None
    undone_by: str | None = None
    #: The title of the template the file was read with (农村电子商务发展情况月报表), where the
    #: template is still installed; None otherwise.
    template_title: str | None = None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    @property
    def file(self) -> str:
        """The imported file's name, without the template's id the audit adds to it."""
        found = _DETAIL.match(self.detail)
        return found["file"] if found else self.detail

    @property
    def template_id(self) -> str | None:
        found = _DETAIL.match(self.detail)
        return found["template"] if found else None


@dataclass(frozen=True)
class ChangedSince:
    """A cell of the import that holds something else now."""

    region: str
    indicator: str
    period: Period
    imported: str
    now: str


@dataclass(frozen=True)
class _Cell:
    region_id: int
    region_code: str
    indicator_id: int
    indicator_code: str
    period: Period
    before: str
    before_basis: str | None
    after: str
    after_basis: str | None


class ImportHistory:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        values: ValueService,
        template_titles: Callable[[], Mapping[str, str]] | None = None,
        access: Callable[[], Access] | None = None,
    ) -> None:
        """template_titles gives the installed templates' titles by id, read when imports()
        lists them (a template installed since is named too); `access`, what the person logged
        in may see (a person limited to some regions is shown only the imports within them)."""
        self.sessions = sessions
        self.values = values
        self.template_titles = template_titles
        self.access = access

    def imports(self) -> list[ImportRecord]:
        """Every import, newest first, with whether and when it was undone."""
        with self.sessions() as session:
            rows = session.execute(
                select(
                    AuditRecord.batch,
                    func.min(AuditRecord.at),
                    func.min(AuditRecord.who),
                    func.min(AuditRecord.detail),
                    func.count(),
                    func.count(AuditRecord.region_id.distinct()),
                    func.min(AuditRecord.period),
                    func.max(AuditRecord.period),
                    func.min(AuditRecord.id),
                )
                .where(AuditRecord.batch.is_not(None))
                .group_by(AuditRecord.batch)
            ).all()
            hidden = self._outside_the_limit(session)
        rows = [row for row in rows if row[0] not in hidden]
        undone: dict[str, tuple[datetime, str]] = {}
        records: list[tuple[int, ImportRecord]] = []
        for batch, at, who, detail, count, regions, first, last, first_id in rows:
            if batch is None:
                continue
            if batch.startswith(UNDO_PREFIX):
                undone[batch.removeprefix(UNDO_PREFIX)] = (at, who)
                continue
            record = ImportRecord(
                batch,
                at,
                who,
                detail or "",
                count,
                regions,
                Period.from_code(first),
                Period.from_code(last),
            )
            records.append((first_id, record))
        records.sort(key=lambda r: r[0], reverse=True)
        titles = self.template_titles() if self.template_titles is not None else {}
        records = [
            (at, replace(record, template_title=titles.get(record.template_id or "")))
            for at, record in records
        ]
        return [
            replace(record, undone_at=undone[record.batch][0], undone_by=undone[record.batch][1])
            if record.batch in undone
            else record
            for _id, record in records
        ]

    def _outside_the_limit(self, session: Session) -> set[str]:
        """The batches (imports and their undoings) that touched a region the person may not
        read: not listed at all, as their file names and figures are another county's."""
        access = self.access() if self.access is not None else None
        if access is None or not access.limited:
            return set()
        touched = session.execute(
            select(AuditRecord.batch, RegionRecord.code)
            .join(RegionRecord, RegionRecord.id == AuditRecord.region_id)
            .where(AuditRecord.batch.is_not(None))
            .distinct()
        ).all()
        hidden: set[str] = set()
        for batch, code in touched:
            if batch is not None and not access.covers(code, session):
                hidden.add(batch)
                hidden.add(batch.removeprefix(UNDO_PREFIX))
        return hidden

    def find(self, prefix: str) -> ImportRecord:
        """The import whose batch is or begins with `prefix` (as `xianbao imports` lists it)."""
        prefix = prefix.strip()
        found = [r for r in self.imports() if prefix and r.batch.startswith(prefix)]
        if len(found) != 1:
            raise DomainError.of(
                "import_not_found" if not found else "import_ambiguous",
                batch=prefix,
                count=len(found),
            )
        return found[0]

    def changed_since(self, batch: str) -> list[ChangedSince]:
        """The import's cells that no longer hold what it wrote."""
        with self.sessions() as session:
            return self._changed(session, self._cells(session, batch))[0]

    def undo(self, batch: str) -> int:
        """Put every cell of the import back as it was before it, as one action; returns the
        number of cells put back. Refused, writing nothing, when the import was undone already,
        when a cell changed since (named), or when a cell is refused on the way (a period locked
        since the import, say)."""
        record = self.find(batch)
        if record.undone:
            assert record.undone_at is not None
            raise DomainError.of(
                "import_already_undone",
                file=record.detail,
                when=as_local(record.undone_at).strftime("%Y-%m-%d %H:%M"),
                who=record.undone_by or "",
            )
        with self.sessions() as session:
            cells = self._cells(session, record.batch)
            changed, versions = self._changed(session, cells)
        if changed:
            first = changed[0]
            raise DomainError.of(
                "import_changed_since",
                file=record.detail,
                count=len(changed),
                region=first.region,
                indicator=first.indicator,
                period=first.period.code,
                imported=first.imported or DASH,
                now=first.now or DASH,
            )
        bases = [Basis(c.before_basis) if c.before_basis else None for c in cells]
        changes = self.values.set_all(
            [(c.region_code, c.indicator_code, c.period, parse_input(c.before)) for c in cells],
            source="undone",
            detail=record.detail,
            batch=UNDO_PREFIX + record.batch,
            bases=bases,
            # based on the cells as checked above: a figure saved since (while the undo waited
            # for the write lock, say) refuses the undo instead of being overwritten
            based_on=versions,
        )
        return sum(1 for change in changes if change.changed)

    @staticmethod
    def _cells(session: Session, batch: str) -> list[_Cell]:
        entries = session.execute(
            select(AuditRecord, RegionRecord.code, IndicatorRecord.code)
            .join(RegionRecord, RegionRecord.id == AuditRecord.region_id)
            .join(IndicatorRecord, IndicatorRecord.id == AuditRecord.indicator_id)
            .where(AuditRecord.batch == batch)
            .order_by(AuditRecord.id)
        ).all()
        if not entries:
            raise DomainError.of("import_not_found", batch=batch, count=0)
        # One entry per cell in an import; should a cell appear twice, the state before is the
        # first entry's and the state after the last one's.
        cells: dict[tuple[int, int, str], _Cell] = {}
        for entry, region_code, indicator_code in entries:
            key = (entry.region_id, entry.indicator_id, entry.period)
            first = cells.get(key)
            cells[key] = _Cell(
                entry.region_id,
                region_code,
                entry.indicator_id,
                indicator_code,
                Period.from_code(entry.period),
                first.before if first else entry.old_text,
                first.before_basis if first else entry.old_basis,
                entry.new_text,
                entry.new_basis,
            )
        return list(cells.values())

    @staticmethod
    def _changed(session: Session, cells: list[_Cell]) -> tuple[list[ChangedSince], list[int]]:
        """The cells holding something else than the import wrote, and every cell's version as
        read for that (one per cell, in order): their rows read a region and period at a time
        (one statement each), not one by one."""
        indicators = {
            record.id: indicator_to_domain(record)
            for record in session.scalars(
                select(IndicatorRecord)
                .options(joinedload(IndicatorRecord.group))
                .where(IndicatorRecord.id.in_({c.indicator_id for c in cells}))
            )
        }
        wanted: dict[tuple[int, Period], list[int]] = {}
        for cell in cells:
            wanted.setdefault((cell.region_id, cell.period), []).append(cell.indicator_id)
        values = ValueRepository(session)
        read: dict[tuple[int, int, Period], CellYear] = {}
        for (region_id, period), indicator_ids in wanted.items():
            for indicator_id, found in values.cells_in_year(
                region_id, indicator_ids, period
            ).items():
                read[(region_id, indicator_id, period)] = found
        changed = []
        versions = []
        for cell in cells:
            indicator = indicators[cell.indicator_id]
            now_read = read[(cell.region_id, cell.indicator_id, cell.period)]
            versions.append(now_read.version)
            record = now_read.stored
            now = figure_text(stored_figure(record), indicator) if record is not None else ""
            now_basis = record.basis if record is not None else None
            if now != cell.after or (now and now_basis != cell.after_basis):
                region = session.get(RegionRecord, cell.region_id)
                changed.append(
                    ChangedSince(
                        region.name if region else cell.region_code,
                        indicator.name_zh,
                        cell.period,
                        cell.after,
                        now,
                    )
                )
        return changed, versions
