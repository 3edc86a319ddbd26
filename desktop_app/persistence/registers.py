"""Register rows (台账) and the regions that derive an indicator from one, as stored."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.registers import REGISTERS, RegisterRow, values_from_json
from desktop_app.persistence.models import (
    DerivedSourceRecord,
    RegionRecord,
    RegisterAuditRecord,
    RegisterEntryRecord,
)


def row_of(record: RegisterEntryRecord, region_code: str) -> RegisterRow:
    spec = REGISTERS[record.register]
    return RegisterRow(
        record.register,
        region_code,
        values_from_json(spec, record.data),
        id=record.id,
        version=record.version,
    )


@dataclass(frozen=True)
class DerivingRegion:
    """A region deriving an indicator from its register in a year."""

    region_id: int
    code: str
    name: str
    path: str
    indicator_id: int
    year: int


class RegisterRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def rows_under(
        self, registers: Iterable[str], region: RegionRecord
    ) -> list[tuple[RegisterEntryRecord, str, str]]:
        """The rows of `registers` in `region` or below it: (record, region code, region path),
        in the order they were added."""
        stmt = (
            select(RegisterEntryRecord, RegionRecord.code, RegionRecord.path)
            .join(RegionRecord, RegionRecord.id == RegisterEntryRecord.region_id)
            .where(
                RegisterEntryRecord.register.in_(list(registers)),
                RegionRecord.path.startswith(region.path, autoescape=True),
            )
            .order_by(RegisterEntryRecord.id)
        )
        return [(record, code, path) for record, code, path in self.session.execute(stmt)]

    def rows_of_regions(self, region_ids: Sequence[int]) -> list[RegisterRow]:
        """Every register's rows sitting in these regions (not below them)."""
        stmt = (
            select(RegisterEntryRecord, RegionRecord.code)
            .join(RegionRecord, RegionRecord.id == RegisterEntryRecord.region_id)
            .where(RegisterEntryRecord.region_id.in_(list(region_ids)))
            .order_by(RegisterEntryRecord.id)
        )
        return [row_of(record, code) for record, code in self.session.execute(stmt)]

    def get(self, entry_id: int) -> tuple[RegisterEntryRecord, RegionRecord] | None:
        stmt = (
            select(RegisterEntryRecord, RegionRecord)
            .join(RegionRecord, RegionRecord.id == RegisterEntryRecord.region_id)
            .where(RegisterEntryRecord.id == entry_id)
        )
        found = self.session.execute(stmt).first()
        return None if found is None else (found[0], found[1])

    def history(self, entry_id: int) -> list[RegisterAuditRecord]:
        stmt = (
            select(RegisterAuditRecord)
            .where(RegisterAuditRecord.entry_id == entry_id)
            .order_by(RegisterAuditRecord.id)
        )
        return list(self.session.scalars(stmt))

    def count(self, register: str, region: RegionRecord) -> int:
        stmt = (
            select(func.count(RegisterEntryRecord.id))
            .join(RegionRecord, RegionRecord.id == RegisterEntryRecord.region_id)
            .where(
                RegisterEntryRecord.register == register,
                RegionRecord.path.startswith(region.path, autoescape=True),
            )
        )
        return int(self.session.scalar(stmt) or 0)

    # --- which regions derive -------------------------------------------------------------------
    def deriving(
        self,
        indicator_ids: Sequence[int],
        years: Sequence[int],
        region: RegionRecord,
        *,
        below: bool = True,
    ) -> list[DerivingRegion]:
        """The regions deriving these indicators in these years that are `region`, above it, or
        (with `below`) under it."""
        related = [
            RegionRecord.path == region.path,
            func.substr(region.path, 1, func.length(RegionRecord.path)) == RegionRecord.path,
        ]
        if below:
            related.append(RegionRecord.path.startswith(region.path, autoescape=True))
        stmt = (
            select(DerivedSourceRecord, RegionRecord)
            .join(RegionRecord, RegionRecord.id == DerivedSourceRecord.region_id)
            .where(
                DerivedSourceRecord.indicator_id.in_(list(indicator_ids)),
                DerivedSourceRecord.year.in_(list(years)),
                or_(*related),
            )
        )
        return [
            DerivingRegion(r.id, r.code, r.name, r.path, s.indicator_id, s.year)
            for s, r in self.session.execute(stmt)
        ]

    def set_deriving(
        self, region: RegionRecord, indicator_id: int, year: int, who: str, now: datetime
    ) -> None:
        self.session.add(
            DerivedSourceRecord(
                region_id=region.id, indicator_id=indicator_id, year=year, at=now, who=who
            )
        )

    def clear_deriving(self, region: RegionRecord, indicator_id: int, year: int) -> bool:
        stmt = select(DerivedSourceRecord).where(
            DerivedSourceRecord.region_id == region.id,
            DerivedSourceRecord.indicator_id == indicator_id,
            DerivedSourceRecord.year == year,
        )
        record = self.session.scalars(stmt).first()
        if record is None:
            return False
        self.session.delete(record)
        return True
