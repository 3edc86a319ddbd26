"""Repositories: the only place that writes SQL for regions, indicators and values.

They work inside a Session the service owns; they never commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session, aliased, contains_eager
from sqlalchemy.sql.elements import TypeCoerce

from desktop_app.domain.indicators import (
    Basis,
    Indicator,
    IndicatorGroup,
    Temporal,
    ValueKind,
)
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import Region, RegionLevel
from desktop_app.persistence.models import (
    ALWAYS,
    IndicatorGroupRecord,
    IndicatorRecord,
    MetaRecord,
    RegionRecord,
    TargetRecord,
    ValueRecord,
    from_scaled,
)


# --- meta ------------------------------------------------------------------------------------------
def get_meta(session: Session, key: str) -> str | None:
    record = session.get(MetaRecord, key)
    return record.value if record else None


def set_meta(session: Session, key: str, value: str) -> None:
    record = session.get(MetaRecord, key)
    if record is None:
        session.add(MetaRecord(key=key, value=value))
    else:
        record.value = value


# --- regions ---------------------------------------------------------------------------------------
def region_to_domain(record: RegionRecord, parent_code: str | None) -> Region:
    return Region(
        code=record.code,
        name=record.name,
        level=RegionLevel(record.level),
        parent_code=parent_code,
        valid_from=None if record.valid_from == ALWAYS else record.valid_from,
        valid_to=record.valid_to,
    )


class RegionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def current(self, code: str, on: date | None = None) -> RegionRecord | None:
        """The region with `code` valid on `on` (today's divisions when not given)."""
        stmt = select(RegionRecord).where(RegionRecord.code == code)
        if on is not None:
            stmt = stmt.where(RegionRecord.valid_from <= on)
            stmt = stmt.where((RegionRecord.valid_to.is_(None)) | (RegionRecord.valid_to >= on))
        else:
            stmt = stmt.where(RegionRecord.valid_to.is_(None))
        return self.session.scalars(stmt.order_by(RegionRecord.valid_from.desc())).first()

    def require(self, code: str) -> RegionRecord:
        record = self.current(code)
        if record is None:
            raise DomainError.of("unknown_region", code=code)
        return record

    def add(
        self, code: str, name: str, level: RegionLevel, parent: RegionRecord | None, origin: str
    ) -> RegionRecord:
        record = RegionRecord(
            code=code, name=name, level=level.value, parent=parent, path="", origin=origin
        )
        self.session.add(record)
        self.session.flush()  # assigns the id the path is made of
        record.path = f"{parent.path if parent else '/'}{record.id}/"
        return record

    def children(self, record: RegionRecord | None) -> list[RegionRecord]:
        stmt = select(RegionRecord).where(RegionRecord.valid_to.is_(None))
        if record is None:
            stmt = stmt.where(RegionRecord.parent_id.is_(None))
        else:
            stmt = stmt.where(RegionRecord.parent_id == record.id)
        return list(self.session.scalars(stmt.order_by(RegionRecord.code)))

    def ancestors(self, record: RegionRecord) -> list[RegionRecord]:
        ids = [int(part) for part in record.path.strip("/").split("/")[:-1]]
        if not ids:
            return []
        found = {
            r.id: r
            for r in self.session.scalars(select(RegionRecord).where(RegionRecord.id.in_(ids)))
        }
        return [found[i] for i in ids]

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(RegionRecord)) or 0


# --- indicators ------------------------------------------------------------------------------------
def _optional_decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def indicator_to_domain(record: IndicatorRecord) -> Indicator:
    return Indicator(
        code=record.code,
        name_zh=record.name_zh,
        name_en=record.name_en,
        group=record.group.code,
        unit=record.unit,
        kind=ValueKind(record.kind),
        temporal=Temporal(record.temporal),
        scale=record.scale,
        parent_code=record.parent_code,
        numerator_code=record.numerator_code,
        denominator_code=record.denominator_code,
        at_most_code=record.at_most_code,
        minimum=_optional_decimal(record.minimum),
        maximum=_optional_decimal(record.maximum),
        entry_basis=Basis(record.entry_basis),
        order=record.order,
        required=record.required,
        active=record.active,
    )


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator with its database id, for services that join values to indicators."""

    id: int
    indicator: Indicator


class IndicatorRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def active(self) -> list[IndicatorRow]:
        stmt = (
            select(IndicatorRecord)
            .join(IndicatorRecord.group)
            .options(contains_eager(IndicatorRecord.group))  # no lazy load per group
            .where(IndicatorRecord.active.is_(True))
            .order_by(IndicatorGroupRecord.order, IndicatorRecord.order)
        )
        return [IndicatorRow(r.id, indicator_to_domain(r)) for r in self.session.scalars(stmt)]

    def groups(self) -> list[IndicatorGroup]:
        stmt = select(IndicatorGroupRecord).order_by(IndicatorGroupRecord.order)
        return [
            IndicatorGroup(g.code, g.name_zh, g.name_en, g.order)
            for g in self.session.scalars(stmt)
        ]

    def by_code(self, code: str) -> IndicatorRecord | None:
        return self.session.scalars(
            select(IndicatorRecord).where(IndicatorRecord.code == code)
        ).first()

    def require(self, code: str) -> IndicatorRecord:
        record = self.by_code(code)
        if record is None or not record.active:
            raise DomainError.of("unknown_indicator", code=code)
        return record


# --- values ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SummedEntry:
    """Values of one indicator and period summed over a subtree of regions, per basis."""

    indicator_id: int
    period: str
    basis: Basis
    amount: Decimal | None  # None when every value summed was "无"
    numbers: int  # how many values were numbers
    rows: int  # how many values (numbers and "无")


_SMALL_SUBTREE_LEVELS = frozenset({"county", "township", "village"})


def _year_span(years: Iterable[int]) -> tuple[str, str]:
    ordered = sorted(years)
    return f"{ordered[0]}-", f"{ordered[-1] + 1}-"


class ValueRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, region_id: int, indicator_id: int, period: Period) -> ValueRecord | None:
        return self.session.scalars(
            select(ValueRecord).where(
                ValueRecord.region_id == region_id,
                ValueRecord.indicator_id == indicator_id,
                ValueRecord.period == period.code,
            )
        ).first()

    def other_level_entry(
        self, region: RegionRecord, indicator_id: int, period: Period
    ) -> RegionRecord | None:
        """A region above or below `region` that already holds this indicator and period."""
        ancestor_ids = [int(p) for p in region.path.strip("/").split("/")[:-1]]
        stmt = (
            select(RegionRecord)
            .join(ValueRecord, ValueRecord.region_id == RegionRecord.id)
            .where(
                ValueRecord.indicator_id == indicator_id,
                ValueRecord.period == period.code,
                RegionRecord.id != region.id,
                RegionRecord.path.startswith(region.path, autoescape=True)
                | RegionRecord.id.in_(ancestor_ids),
            )
            .limit(1)
        )
        return self.session.scalars(stmt).first()

    def subtree_sums(self, region: RegionRecord, years: Iterable[int]) -> list[SummedEntry]:
        """Sum every value stored in the subtree of `region` (itself included), per
        indicator, period and basis, for the given years. One indexed query.

        A county or smaller is found through its regions' own index (a few hundred rows); a
        prefecture or province reads the period range from the covering sum index.
        """
        low, high = _year_span(years)
        stmt = select(
            ValueRecord.indicator_id,
            ValueRecord.period,
            ValueRecord.basis,
            func.sum(_raw_amount()),
            func.count(_raw_amount()),
            func.count(),
        ).where(ValueRecord.period >= low, ValueRecord.period < high)
        in_subtree = RegionRecord.path.startswith(region.path, autoescape=True)
        if region.level in _SMALL_SUBTREE_LEVELS:
            stmt = stmt.where(ValueRecord.region_id.in_(select(RegionRecord.id).where(in_subtree)))
        else:
            area = aliased(RegionRecord)
            stmt = stmt.join(area, area.id == ValueRecord.region_id).where(
                area.path.startswith(region.path, autoescape=True)
            )
        stmt = stmt.group_by(ValueRecord.indicator_id, ValueRecord.period, ValueRecord.basis)
        return [_summed(*row) for row in self.session.execute(stmt)]

    def subtree_rows(
        self, region: RegionRecord, indicator_id: int, years: Iterable[int]
    ) -> list[tuple[int, str, str, str, Decimal | None]]:
        """The single values of one indicator in a subtree: region id, period, basis, state, amount."""
        low, high = _year_span(years)
        area = aliased(RegionRecord)
        stmt = (
            select(
                ValueRecord.region_id,
                ValueRecord.period,
                ValueRecord.basis,
                ValueRecord.state,
                ValueRecord.amount,
            )
            .join(area, area.id == ValueRecord.region_id)
            .where(
                area.path.startswith(region.path, autoescape=True),
                ValueRecord.indicator_id == indicator_id,
                ValueRecord.period >= low,
                ValueRecord.period < high,
            )
        )
        return [(r, p, b, s, a) for r, p, b, s, a in self.session.execute(stmt)]


def _raw_amount() -> TypeCoerce[int]:
    """The stored integer itself, so that SQL sums it exactly and nothing converts it twice."""
    return type_coerce(ValueRecord.amount, BigInteger)


def _summed(
    indicator_id: int, period: str, basis: str, amount: int | None, numbers: int, rows: int
) -> SummedEntry:
    return SummedEntry(
        indicator_id=indicator_id,
        period=period,
        basis=Basis(basis),
        amount=None if amount is None else from_scaled(amount),
        numbers=numbers,
        rows=rows,
    )


class TargetRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_region(self, region_id: int, year: int) -> dict[str, Decimal]:
        rows = self.session.execute(
            select(IndicatorRecord.code, TargetRecord.amount)
            .join(IndicatorRecord, IndicatorRecord.id == TargetRecord.indicator_id)
            .where(TargetRecord.region_id == region_id, TargetRecord.year == year)
        )
        return {code: amount for code, amount in rows}

    def set(self, region_id: int, indicator_id: int, year: int, amount: Decimal | None) -> None:
        record = self.session.scalars(
            select(TargetRecord).where(
                TargetRecord.region_id == region_id,
                TargetRecord.indicator_id == indicator_id,
                TargetRecord.year == year,
            )
        ).first()
        if amount is None:
            if record is not None:
                self.session.delete(record)
            return
        if record is None:
            record = TargetRecord(region_id=region_id, indicator_id=indicator_id, year=year)
            self.session.add(record)
        record.amount = amount
