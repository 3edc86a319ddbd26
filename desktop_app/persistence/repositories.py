"""Repositories: the only place that writes SQL for regions, indicators and values.

They work inside a Session the service owns; they never commit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import (
    BigInteger,
    CompoundSelect,
    Integer,
    Select,
    String,
    bindparam,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, aliased, contains_eager, joinedload
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
from desktop_app.domain.regions import Region, RegionLevel, period_dates
from desktop_app.domain.registers import DerivedCount
from desktop_app.domain.rollup import Window, WindowSums, windows_of_year
from desktop_app.domain.targets import Target, TargetKind
from desktop_app.persistence.models import (
    ALWAYS,
    AuditRecord,
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
    successor = record.successor
    return _region(
        record.code,
        record.name,
        record.level,
        parent_code,
        (record.valid_from, record.valid_to),
        successor.code if successor is not None else None,
    )


def _region(
    code: str,
    name: str,
    level: str,
    parent_code: str | None,
    validity: tuple[date, date | None],
    successor_code: str | None,
) -> Region:
    """A domain Region from a region's stored columns (`validity`: valid_from, valid_to)."""
    valid_from, valid_to = validity
    return Region(
        code=code,
        name=name,
        level=RegionLevel(level),
        parent_code=parent_code,
        valid_from=None if valid_from == ALWAYS else valid_from,
        valid_to=valid_to,
        successor_code=successor_code,
    )


def _day(day: date | None) -> str:
    return "" if day is None else day.isoformat()


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
        """Today's region with `code`; a former division is refused naming its successor."""
        record = self.current(code)
        if record is not None:
            return record
        former = self.latest(code)
        if former is None:
            raise DomainError.of("unknown_region", code=code)
        successor = self.current_successor(former)
        params = {"code": code, "name": former.name, "until": _day(former.valid_to)}
        if successor is None:
            raise DomainError.of("region_former_ended", **params)
        raise DomainError.of(
            "region_former", successor=successor.code, successor_name=successor.name, **params
        )

    def valid_in(self, code: str, period: Period) -> RegionRecord | None:
        """The region with `code` that existed at some time in `period` (the latest if two did).

        A period that straddles a change finds the code it asks for, old or new.
        """
        first, last = period_dates(period)
        stmt = select(RegionRecord).where(
            RegionRecord.code == code,
            RegionRecord.valid_from <= last,
            RegionRecord.valid_to.is_(None) | (RegionRecord.valid_to >= first),
        )
        return self.session.scalars(stmt.order_by(RegionRecord.valid_from.desc())).first()

    def require_in(self, code: str, period: Period) -> RegionRecord:
        """The region with `code` valid in `period`, for storing or importing its figures.

        Refused with the code to use instead: 会理县 (513425) in 2022 names 会理市 (513402), 会理市
        before 2021 names 会理县.
        """
        record = self.valid_in(code, period)
        if record is not None:
            return record
        _first, last = period_dates(period)
        records = list(
            self.session.scalars(
                select(RegionRecord)
                .where(RegionRecord.code == code)
                .order_by(RegionRecord.valid_from)
            )
        )
        if not records:
            raise DomainError.of("unknown_region", code=code)
        label = period.code  # the localizer writes it in the language (i18n.issue_params)
        later = [r for r in records if r.valid_from > last]
        if later:
            params = {
                "code": code,
                "name": later[0].name,
                "since": _day(later[0].valid_from),
                "period": label,
            }
            before = self._predecessor_in(later[0], period)
            if before is None:
                raise DomainError.of("region_not_yet", **params)
            raise DomainError.of(
                "region_not_yet_use_predecessor",
                predecessor=before.code,
                predecessor_name=before.name,
                **params,
            )
        ended = records[-1]
        params = {"code": code, "name": ended.name, "until": _day(ended.valid_to), "period": label}
        successor = self._successor_in(ended, period)
        if successor is None:
            raise DomainError.of("region_ended", **params)
        raise DomainError.of(
            "region_succeeded", successor=successor.code, successor_name=successor.name, **params
        )

    def current_successor(self, record: RegionRecord) -> RegionRecord | None:
        """The current division at the end of `record`'s chain of successors (None: none is)."""
        seen = {record.id}
        while record.valid_to is not None:
            if record.successor_id is None or record.successor_id in seen:
                return None
            seen.add(record.successor_id)
            following = self.session.get(RegionRecord, record.successor_id)
            if following is None:
                return None
            record = following
        return record

    def successors(self, region: RegionRecord) -> dict[int, int]:
        """Every succeeded record in `region`'s subtree (by path, `region` included) → the id of
        its current successor, through a chain if need be (A → B → C maps A and B to C).

        The roll-up counts a predecessor's values under its successor, so 同比 across a change
        compares with the predecessor's figures. A chain that ends without a current division is
        left out. A successor may lie outside the subtree (简阳市 moved from 资阳 to 成都 in 2016).
        """
        succeeded = self.session.scalars(
            select(RegionRecord).where(
                RegionRecord.path.startswith(region.path, autoescape=True),
                RegionRecord.successor_id.is_not(None),
                RegionRecord.valid_to.is_not(None),
            )
        )
        found: dict[int, int] = {}
        for record in succeeded:
            successor = self.current_successor(record)
            if successor is not None:
                found[record.id] = successor.id
        return found

    def predecessors(self, region: RegionRecord) -> list[RegionRecord]:
        """The records whose chain of successors ends at `region` (会理县 for 会理市).

        They sit under the parent they had then, not under `region`: a figure of `region` itself
        that should include them (上年同期 across the change) reads their values too.
        """
        succeeded = list(
            self.session.scalars(
                select(RegionRecord)
                .where(RegionRecord.successor_id.is_not(None), RegionRecord.valid_to.is_not(None))
                .order_by(RegionRecord.code, RegionRecord.valid_from)
            )
        )
        # Their successors in one query per link of the chains, held here so that the session's
        # (weak) identity map keeps them: the chains below are walked without a query per
        # record (every view of a county's return asks this).
        held = {r.id: r for r in succeeded}
        wanted = {r.successor_id for r in succeeded if r.successor_id is not None} - set(held)
        while wanted:
            batch = self.session.scalars(select(RegionRecord).where(RegionRecord.id.in_(wanted)))
            fresh = {r.id: r for r in batch}
            held.update(fresh)
            wanted = {
                r.successor_id
                for r in fresh.values()
                if r.valid_to is not None and r.successor_id is not None
            } - set(held)
        return [
            r
            for r in succeeded
            if (found := self.current_successor(r)) is not None and found.id == region.id
        ]

    def former(self, parent: RegionRecord | None) -> list[RegionRecord]:
        """The divisions directly under `parent` that no longer exist, by code and then date."""
        stmt = select(RegionRecord).where(RegionRecord.valid_to.is_not(None))
        if parent is None:
            stmt = stmt.where(RegionRecord.parent_id.is_(None))
        else:
            stmt = stmt.where(RegionRecord.parent_id == parent.id)
        return list(self.session.scalars(stmt.order_by(RegionRecord.code, RegionRecord.valid_from)))

    def latest(self, code: str) -> RegionRecord | None:
        """The newest record with `code`, current or former."""
        stmt = select(RegionRecord).where(RegionRecord.code == code)
        return self.session.scalars(stmt.order_by(RegionRecord.valid_from.desc())).first()

    def _predecessor_in(self, record: RegionRecord, period: Period) -> RegionRecord | None:
        first, last = period_dates(period)
        stmt = select(RegionRecord).where(
            RegionRecord.successor_id == record.id,
            RegionRecord.valid_from <= last,
            RegionRecord.valid_to >= first,
        )
        return self.session.scalars(stmt.order_by(RegionRecord.code)).first()

    def _successor_in(self, record: RegionRecord, period: Period) -> RegionRecord | None:
        """The division that carries `record` on in `period`: along the chain of successors, the
        first one still existing then (or today's, for a period after the chain ends)."""
        first, _last = period_dates(period)
        seen = {record.id}
        while record.successor_id is not None and record.successor_id not in seen:
            seen.add(record.successor_id)
            following = self.session.get(RegionRecord, record.successor_id)
            if following is None:
                return None
            record = following
            if record.valid_to is None or record.valid_to >= first:
                return record
        return None

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

    def tree_around(self, home: RegionRecord) -> list[Region]:
        """What the window's region tree lists for a home region, in one statement: the home
        region's province, today's divisions of the province and theirs (its prefectures and
        their counties), and today's divisions directly under `home` (a county's townships);
        by code, each with its parent's code (None for the province)."""
        province_id = int(home.path.strip("/").split("/")[0])
        successor = aliased(RegionRecord)
        under_province = select(RegionRecord.id).where(
            RegionRecord.parent_id == province_id, RegionRecord.valid_to.is_(None)
        )
        rows = self.session.execute(
            select(
                RegionRecord.id,
                RegionRecord.parent_id,
                RegionRecord.code,
                RegionRecord.name,
                RegionRecord.level,
                RegionRecord.valid_from,
                RegionRecord.valid_to,
                successor.code.label("successor_code"),
            )
            .outerjoin(successor, RegionRecord.successor_id == successor.id)
            .where(
                (RegionRecord.id == province_id)
                | (
                    RegionRecord.valid_to.is_(None)
                    & or_(
                        RegionRecord.parent_id.in_([province_id, home.id]),
                        RegionRecord.parent_id.in_(under_province),
                    )
                )
            )
            .order_by(RegionRecord.code)
        ).all()
        codes = {home.id: home.code} | {row.id: row.code for row in rows}
        return [
            _region(
                row.code,
                row.name,
                row.level,
                codes.get(row.parent_id) if row.parent_id is not None else None,
                (row.valid_from, row.valid_to),
                row.successor_code,
            )
            for row in rows
        ]

    def paths_of(self, codes: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """The materialised paths each code has had (every record of it, oldest first), in
        one statement; a code without a record is left out."""
        rows = self.session.execute(
            select(RegionRecord.code, RegionRecord.path)
            .where(RegionRecord.code.in_(set(codes)))
            .order_by(RegionRecord.code, RegionRecord.valid_from)
        )
        found: dict[str, tuple[str, ...]] = {}
        for code, path in rows:
            found[code] = (*found.get(code, ()), path)
        return found

    def counties_of(self, record: RegionRecord) -> list[RegionRecord] | None:
        """Today's counties of a prefecture, or of every prefecture of a province (what the city
        report ranks and a map draws); None for a region of another level."""
        if record.level == RegionLevel.PREFECTURE.value:
            return self.children(record)
        if record.level == RegionLevel.PROVINCE.value:
            return [c for p in self.children(record) for c in self.children(p)]
        return None

    def children_in(self, record: RegionRecord, period: Period) -> list[RegionRecord]:
        """The divisions directly under `record` that a form for `period` lists: today's, and
        those retired without a successor (a township the bureau closed) up to their last day.
        A succeeded division's figures count under its successor, which is listed instead."""
        first, _last = period_dates(period)
        stmt = select(RegionRecord).where(
            RegionRecord.parent_id == record.id,
            RegionRecord.valid_to.is_(None)
            | (RegionRecord.successor_id.is_(None) & (RegionRecord.valid_to >= first)),
        )
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

    def subtree(self, record: RegionRecord) -> list[RegionRecord]:
        """Every region record under `record` (itself included), current or not."""
        return list(
            self.session.scalars(
                select(RegionRecord).where(
                    RegionRecord.path.startswith(record.path, autoescape=True)
                )
            )
        )


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
        derived=None if record.derived is None else DerivedCount.from_json(record.derived),
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
        """The indicator with `code`, its group loaded with it (indicator_to_domain reads it)."""
        return self.session.scalars(_indicator_statement(), {"code": code}).first()

    def require(self, code: str) -> IndicatorRecord:
        record = self.by_code(code)
        if record is None or not record.active:
            raise DomainError.of("unknown_indicator", code=code)
        return record


@lru_cache(maxsize=1)
def _indicator_statement() -> Select[IndicatorRecord]:
    """IndicatorRepository.by_code's statement, built once (every save asks it), with the
    group in the same statement rather than a lazy load of its own."""
    return (
        select(IndicatorRecord)
        .options(joinedload(IndicatorRecord.group))
        .where(IndicatorRecord.code == bindparam("code"))
    )


# --- values ----------------------------------------------------------------------------------------
_SMALL_SUBTREE_LEVELS = frozenset({"county", "township", "village"})


def _year_span(years: Iterable[int]) -> tuple[str, str]:
    ordered = sorted(years)
    return f"{ordered[0]}-", f"{ordered[-1] + 1}-"


@dataclass(frozen=True)
class StoredValue:
    """A stored value row as a save reads it (no ORM object: the save writes by id)."""

    id: int
    period: str
    state: str
    amount: Decimal | None
    basis: str
    source: str


@dataclass(frozen=True)
class CellYear:
    """One cell as a save plans it: the stored row (None: the cell is blank); its version, the
    id of its newest audit entry (0: never saved); and the periods and bases the region holds
    for the indicator in the cell's year, in period order (a year is kept one way)."""

    stored: StoredValue | None
    version: int
    keyed: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RegionName:
    code: str
    name: str


@lru_cache(maxsize=1)
def _cells_statement() -> Select[Any]:
    """ValueRepository.cells_in_year's statement, built once (every save asks it). One row per
    indicator asked (the indicator table drives it, so a blank cell has its row too) and per
    value it has in the year, each with the cell's version: one seek of ix_audit_cell."""
    version = (
        select(func.max(AuditRecord.id))
        .where(
            AuditRecord.region_id == bindparam("region_id"),
            AuditRecord.indicator_id == IndicatorRecord.id,
            AuditRecord.period == bindparam("period"),
        )
        .scalar_subquery()
    )
    return (
        select(
            IndicatorRecord.id,
            version,
            ValueRecord.id,
            ValueRecord.period,
            ValueRecord.state,
            ValueRecord.amount,
            ValueRecord.basis,
            ValueRecord.source,
        )
        .outerjoin(
            ValueRecord,
            (ValueRecord.indicator_id == IndicatorRecord.id)
            & (ValueRecord.region_id == bindparam("region_id"))
            & (ValueRecord.period >= bindparam("low"))
            & (ValueRecord.period < bindparam("high")),
        )
        .where(IndicatorRecord.id.in_(bindparam("indicator_ids", expanding=True)))
        .order_by(IndicatorRecord.id, ValueRecord.period)
    )


@lru_cache(maxsize=1)
def _other_levels_statement() -> Select[int, str, str]:
    """ValueRepository.other_levels' statement, built once. A path is ids and slashes: its
    prefix is compared as text, no LIKE pattern to escape."""
    path = bindparam("path", type_=String)
    return (
        select(ValueRecord.indicator_id, RegionRecord.code, RegionRecord.name)
        .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
        .where(
            ValueRecord.indicator_id.in_(bindparam("indicator_ids", expanding=True)),
            ValueRecord.period >= bindparam("low"),
            ValueRecord.period < bindparam("high"),
            RegionRecord.id != bindparam("region_id"),
            (func.substr(RegionRecord.path, 1, func.length(path)) == path)
            | RegionRecord.id.in_(bindparam("ancestor_ids", expanding=True)),
        )
        .distinct()
        .order_by(ValueRecord.indicator_id, RegionRecord.code)
    )


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

    def cells_in_year(
        self, region_id: int, indicator_ids: Sequence[int], period: Period
    ) -> dict[int, CellYear]:
        """What a save reads of the cells of one region and period, by indicator id, in one
        statement: each cell's stored row, its version, and what the region holds for the
        indicator in the period's year (see CellYear)."""
        low, high = _year_span([period.year])
        params = {
            "region_id": region_id,
            "indicator_ids": list(indicator_ids),
            "period": period.code,
            "low": low,
            "high": high,
        }
        found: dict[int, tuple[int, list[StoredValue]]] = {}
        for indicator_id, version, *row in self.session.execute(_cells_statement(), params):
            _version, rows = found.setdefault(indicator_id, (int(version or 0), []))
            if row[0] is not None:
                rows.append(StoredValue(*row))
        cells = {}
        for indicator_id, (version, rows) in found.items():
            stored = next((r for r in rows if r.period == period.code), None)
            cells[indicator_id] = CellYear(
                stored, version, tuple((r.period, r.basis) for r in rows)
            )
        return cells

    def other_levels(
        self, region: RegionRecord, indicator_ids: Sequence[int], year: int
    ) -> dict[int, RegionName]:
        """By indicator id, a region above or below `region` that already holds the indicator
        in `year` (the first by code; indicators none holds are absent): a branch keeps an
        indicator at one level a year, so a region's year is either its own or its children's,
        never a mix. One statement for any number of indicators."""
        low, high = _year_span([year])
        params = {
            "indicator_ids": list(indicator_ids),
            "low": low,
            "high": high,
            "region_id": region.id,
            "path": region.path,
            "ancestor_ids": [int(p) for p in region.path.strip("/").split("/")[:-1]],
        }
        found: dict[int, RegionName] = {}
        for indicator_id, code, name in self.session.execute(_other_levels_statement(), params):
            found.setdefault(indicator_id, RegionName(code, name))
        return found

    def keyed_in_year(self, region_id: int, indicator_id: int, year: int) -> list[tuple[str, str]]:
        """The periods (codes) and bases a region holds for one indicator in one year."""
        low, high = _year_span([year])
        stmt = (
            select(ValueRecord.period, ValueRecord.basis)
            .where(
                ValueRecord.region_id == region_id,
                ValueRecord.indicator_id == indicator_id,
                ValueRecord.period >= low,
                ValueRecord.period < high,
            )
            .order_by(ValueRecord.period)
        )
        return [(p, b) for p, b in self.session.execute(stmt)]

    def window_sums(
        self,
        region: RegionRecord,
        windows: Sequence[Window],
        also: Sequence[int] = (),
        indicator_ids: Sequence[int] | None = None,
    ) -> Iterator[tuple[int, int, int, str, str, list[WindowSums]]]:
        """Per region of the subtree, indicator, year, period kind and basis: what lies in each
        window of months of that year (sums of the stored integers, counts, the entries at its
        ends). `indicator_ids`: only these indicators (None: all).

        One indexed query that hands the roll-up each region's own figures ready to derive,
        instead of every stored value. Rows: region id, indicator id, year, kind letter, basis,
        the WindowSums of each distinct window of `windows` in that year, in their order (see
        windows_of_year); made as they are read (a province's 11,000 rows are not all kept at
        once, which would cost Python's garbage collector a full pass over everything the
        program holds).
        """
        stmt, pickers = _window_sums_statement(
            region.path, region.level, tuple(windows), tuple(also), indicator_ids is not None
        )
        params = {} if indicator_ids is None else {"indicator_ids": list(indicator_ids)}
        make = WindowSums._make
        for row in self.session.connection().execute(stmt, params):
            region_id, indicator_id, basis, year, first, last = row[:6]
            # Codes of one year sort by kind letter (H < M < Q < Y): one letter at both ends
            # means one kind; "" marks a year kept at several kinds.
            kind = first[5] if first[5] == last[5] else ""
            yield region_id, indicator_id, year, kind, basis, [make(p(row)) for p in pickers[year]]

    def region_values(
        self, region_ids: Iterable[int], indicator_ids: Iterable[int], years: Iterable[int]
    ) -> list[tuple[int, int, str, str, Decimal | None]]:
        """The values of some regions and indicators: region id, indicator id, period, basis,
        amount (None for "无")."""
        low, high = _year_span(years)
        params = {
            "region_ids": list(region_ids),
            "indicator_ids": list(indicator_ids),
            "low": low,
            "high": high,
        }
        return [
            (r, i, p, b, None if a is None else from_scaled(a))
            for r, i, p, b, a in self.session.execute(_region_values_statement(), params)
        ]


@lru_cache(maxsize=1)
def _region_values_statement() -> Select[int, int, str, str, int]:
    """ValueRepository.region_values' statement, built once (a view after a keyed cell asks
    it: building a statement costs more than SQLite takes to answer it)."""
    return select(
        ValueRecord.region_id,
        ValueRecord.indicator_id,
        ValueRecord.period,
        ValueRecord.basis,
        _raw_amount(),
    ).where(
        ValueRecord.region_id.in_(bindparam("region_ids", expanding=True)),
        ValueRecord.indicator_id.in_(bindparam("indicator_ids", expanding=True)),
        ValueRecord.period >= bindparam("low"),
        ValueRecord.period < bindparam("high"),
    )


class _Pair(NamedTuple):
    """Two columns of window_sums: the amount and the count of some entries of one year.

    "year": every entry of the year (a plain SUM and COUNT); "sum": the entries of the codes in
    `ranges` added up; "one": the entry of one code, or of one of `codes` that all end with the
    same month (MAX and COUNT: a year kept one way holds one of them); "last": those that end
    in December, counted by the year's last code (a year kept one way has its last period last
    in code order: M12, Q4, H2, Y) instead of by a CASE on every entry."""

    kind: str
    codes: tuple[str, ...] = ()
    ranges: tuple[tuple[str, str], ...] = ()


_YEAR = _Pair("year")
#: Where the constant NULL and 0 stand in a row of window_sums: a window starting in January
#: has nothing before it.
_NOTHING = (6, 7)


def _window_pairs(window: Window) -> tuple[_Pair, _Pair, _Pair | None]:
    """The pairs of a window: inside it, at its end, just before it (None from January).

    A single month's inside is the pair of the entries that end with it, the same columns as
    its end: in a year kept by months that is the month's own entry, and a year kept at a
    longer kind has no period inside a month (measure_from_sums finds the window cutting
    through its periods before it reads the inside)."""

    def ending(month: int) -> _Pair:
        codes = tuple(sorted(p.code for p in window.ending(month)))
        return _Pair("last" if month == 12 else "one", codes)

    end = ending(window.last)
    if window.first == 1 and window.last == 12:
        inside = _YEAR
    elif window.first == window.last:
        inside = end
    else:
        inside = _Pair("sum", ranges=tuple(window.inside_ranges()))
    return inside, end, ending(window.first - 1) if window.first > 1 else None


def _pair_columns(pair: _Pair, period: Any, amount: Any) -> list[Any]:
    if pair.kind == "year":
        return [cast(func.sum(amount), BigInteger), func.count()]
    if pair.kind == "sum":
        inside = or_(*(period.between(low, high) for low, high in pair.ranges))
        return [cast(func.sum(case((inside, amount))), BigInteger), func.count(case((inside, 1)))]
    one = period == pair.codes[0] if len(pair.codes) == 1 else period.in_(pair.codes)
    if pair.kind == "last":  # counted once per group, from the year's last code
        return [func.max(case((one, amount))), case((func.max(period).in_(pair.codes), 1), else_=0)]
    return [func.max(case((one, amount))), func.count(case((one, 1)))]


@lru_cache(maxsize=64)
def _window_sums_statement(
    path: str,
    level: str,
    windows: tuple[Window, ...],
    also: tuple[int, ...],
    some_indicators: bool,
) -> tuple[CompoundSelect[Any], dict[int, list[Callable[[Any], Any]]]]:
    """The statement of ValueRepository.window_sums, built once per subtree and windows:
    building its CASE columns took most of the time of a query that SQLite answers in half a
    millisecond (a return's view asks it after every keyed cell). `some_indicators`: the
    indicators are a parameter ("indicator_ids", a list), so that one statement serves every
    keyed cell of a return (with the ids in the statement, each cell's first save built its
    own).

    One SELECT per year of the windows, joined by UNION ALL, each reading that year's range of
    the covering index: the year's sum, count and first and last code are plain aggregates,
    and a CASE column is written once however many windows need it (the entry that ends in
    December ends both 本年 and 12月). Returns the statement and, per year, for each of its
    distinct windows (windows_of_year) what picks their six WindowSums fields out of a row."""
    years = sorted({w.year for w in windows})
    amount = _raw_amount()
    period = ValueRecord.period
    pairs_of = {w: [p for p in _window_pairs(w) if p is not None] for w in windows}
    width = max(len({p for w in windows if w.year == y for p in pairs_of[w]}) for y in years)
    selects = []
    pickers: dict[int, list[Callable[[Any], Any]]] = {}
    for year in years:
        # region, indicator, basis, year, first and last code, NULL, 0, then two per pair
        columns: list[Any] = [
            ValueRecord.region_id,
            ValueRecord.indicator_id,
            ValueRecord.basis,
            literal(year, Integer),
            func.min(period),
            func.max(period),
            null(),
            literal(0, Integer),
        ]
        at: dict[_Pair, tuple[int, int]] = {}
        for window in windows:
            for pair in pairs_of[window] if window.year == year else ():
                if pair not in at:
                    at[pair] = (len(columns), len(columns) + 1)
                    columns += _pair_columns(pair, period, amount)
        columns += [null()] * (8 + 2 * width - len(columns))  # UNION ALL: one width for all
        pickers[year] = [
            itemgetter(*(i for p in _window_pairs(w) for i in (at[p] if p else _NOTHING)))
            for w in windows_of_year(windows, year)
        ]
        stmt = select(*columns).where(period >= f"{year}-", period < f"{year + 1}-")
        if some_indicators:
            stmt = stmt.where(
                ValueRecord.indicator_id.in_(bindparam("indicator_ids", expanding=True))
            )
        in_subtree = RegionRecord.path.startswith(path, autoescape=True)
        if level in _SMALL_SUBTREE_LEVELS:
            # A county or smaller through its regions' own index (a few hundred rows); `also`:
            # regions outside the subtree read with it (a county's predecessors)
            stmt = stmt.where(
                ValueRecord.region_id.in_(select(RegionRecord.id).where(in_subtree))
                | ValueRecord.region_id.in_(list(also))
            )
        else:  # a prefecture or province reads the period range from the covering sum index
            area = aliased(RegionRecord)
            stmt = stmt.join(area, area.id == ValueRecord.region_id).where(
                area.path.startswith(path, autoescape=True)
            )
        # Grouped as the baseline would (no expression in the key: SQLite sorts it twice as fast)
        selects.append(
            stmt.group_by(ValueRecord.region_id, ValueRecord.indicator_id, ValueRecord.basis)
        )
    return union_all(*selects), pickers


def _raw_amount() -> TypeCoerce[int]:
    """The stored integer itself, so that SQL sums it exactly and nothing converts it twice."""
    return type_coerce(ValueRecord.amount, BigInteger)


class TargetRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_region(self, region_id: int, year: int) -> dict[str, Target]:
        """The region's targets of `year` by indicator code, as the documents write them."""
        rows = self.session.execute(_targets_statement(), {"region_id": region_id, "year": year})
        return {
            code: Target(TargetKind(kind), amount, note, method)
            for code, amount, kind, note, method in rows
        }

    def for_regions(self, region_ids: Sequence[int], year: int) -> dict[int, dict[str, Target]]:
        """The targets of `year` of several regions (a region's children), by region id and
        indicator code, in one statement."""
        found: dict[int, dict[str, Target]] = {}
        if not region_ids:
            return found
        rows = self.session.execute(
            select(
                TargetRecord.region_id,
                IndicatorRecord.code,
                TargetRecord.amount,
                TargetRecord.kind,
                TargetRecord.note,
                TargetRecord.method,
            )
            .join(IndicatorRecord, IndicatorRecord.id == TargetRecord.indicator_id)
            .where(TargetRecord.region_id.in_(region_ids), TargetRecord.year == year)
        )
        for region_id, code, amount, kind, note, method in rows:
            found.setdefault(region_id, {})[code] = Target(TargetKind(kind), amount, note, method)
        return found

    def get(self, region_id: int, indicator_id: int, year: int) -> TargetRecord | None:
        return self.session.scalars(
            select(TargetRecord).where(
                TargetRecord.region_id == region_id,
                TargetRecord.indicator_id == indicator_id,
                TargetRecord.year == year,
            )
        ).first()

    def set(
        self,
        region_id: int,
        indicator_id: int,
        year: int,
        amount: Decimal | None,
        kind: TargetKind = TargetKind.ABSOLUTE,
        *,
        method: str | None = None,
        note: str | None = None,
    ) -> None:
        """Store (or with `amount` None remove) a target; the row keeps one target a year."""
        record = self.get(region_id, indicator_id, year)
        if amount is None:
            if record is not None:
                self.session.delete(record)
            return
        if record is None:
            record = TargetRecord(region_id=region_id, indicator_id=indicator_id, year=year)
            self.session.add(record)
        record.amount = amount
        record.kind = kind.value
        record.method = method
        record.note = note


# --- what a screen's cached reference data was read from ---------------------------------------------
#: The meta row that triggers (migration 0010) add one to at every insert, update or delete of an
#: indicator, an indicator group or a region, in the writer's transaction.
REFERENCE_VERSION = "reference_version"
_REFERENCE_VERSION_SQL = f"SELECT value FROM meta WHERE key = '{REFERENCE_VERSION}'"


def reference_fingerprint(session: Session) -> tuple[object, ...]:
    """The catalogue (indicators and groups) and the regions as they are now, as one value:
    equal fingerprints mean none of their rows was inserted, changed or deleted in between, by
    this program or another on the same file or server. One indexed read; a screen reads it
    before the reference data it keeps (so that a change landing in between makes the next
    check read them again) and checks it before it uses them again. Empty when the counter is
    missing: then nothing is kept."""
    value = session.connection().exec_driver_sql(_REFERENCE_VERSION_SQL).scalar()
    return () if value is None else (value,)


@lru_cache(maxsize=1)
def _targets_statement() -> Select[str, Decimal, str, str | None, str | None]:
    """TargetRepository.for_region's statement, built once (asked with every view's figures)."""
    return (
        select(
            IndicatorRecord.code,
            TargetRecord.amount,
            TargetRecord.kind,
            TargetRecord.note,
            TargetRecord.method,
        )
        .join(IndicatorRecord, IndicatorRecord.id == TargetRecord.indicator_id)
        .where(
            TargetRecord.region_id == bindparam("region_id"),
            TargetRecord.year == bindparam("year"),
        )
    )
