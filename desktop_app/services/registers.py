"""Use cases over the registers (台账): keeping rows, importing a list, and deriving counts.

Every change to a row is written with its history (register_audit) in the same transaction, and
an edit names the version of the row it was made on, so a row changed meanwhile by another clerk
is refused rather than overwritten. An imported list is planned first (every row new, changed,
unchanged or refused with its reasons) and applied in one transaction, or not at all.

A region derives an indicator from a register in a year (DerivedSourceRecord) instead of keying
it: one or the other. Switching to the register is refused while figures are keyed for the year;
the value service refuses keying a figure the register gives.
"""

from __future__ import annotations

import json
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import period_dates
from desktop_app.domain.registers import (
    DESIGNATIONS,
    REGISTERS,
    SERVICE_POINTS,
    DerivedCount,
    FieldError,
    RegisterRow,
    RegisterSpec,
    check_row,
    counts_differ_from,
    read_field,
    rows_behind,
    values_from_json,
    values_to_json,
    with_designations,
)
from desktop_app.domain.returns import ReturnStatus
from desktop_app.domain.rollup import measure_period
from desktop_app.domain.users import Action
from desktop_app.persistence.models import (
    DerivedSourceRecord,
    RegionRecord,
    RegisterAuditRecord,
    RegisterEntryRecord,
    ReturnRecord,
    ValueRecord,
)
from desktop_app.persistence.registers import RegisterRepository, row_of
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    get_meta,
    set_meta,
)
from desktop_app.services.locks import as_local, locked_issue
from desktop_app.services.users import Access


class RowStatus(Enum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportRow:
    """One row of a list as read: its line in the file, the place (a region code or name) and
    its cells by field key (as the workbook gave them)."""

    line: int
    place: object
    cells: Mapping[str, object]


@dataclass(frozen=True)
class PlannedRow:
    line: int
    status: RowStatus
    row: RegisterRow | None  # what will be stored (None when refused before it could be read)
    issues: tuple[Issue, ...] = ()
    existing_id: int | None = None
    changed_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    register: str
    county_code: str
    rows: tuple[PlannedRow, ...]
    #: The register's rows in the county when planned, by id and version: applying refuses
    #: when any changed meanwhile.
    based_on: tuple[tuple[int, int], ...] = ()

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def refused(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status is RowStatus.REFUSED]


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    unchanged: int
    batch: str


@dataclass(frozen=True)
class RowHistory:
    at: datetime
    who: str
    source: str
    action: str  # add, change, remove
    old_region: str | None
    new_region: str | None
    old: Mapping[str, Any]
    new: Mapping[str, Any]
    detail: str | None


@dataclass(frozen=True)
class RegisterPlace:
    """A region a county's register rows may sit in (the county, a township, a village)."""

    code: str
    name: str
    level: str  # "county", "township", "village"
    parent_code: str | None
    current: bool  # False once retired: old rows keep it, new rows are not put there

    @property
    def depth(self) -> int:
        return {"county": 0, "township": 1}.get(self.level, 2)


@dataclass(frozen=True)
class DerivedIndicator:
    indicator: Indicator
    years: frozenset[int] = field(default_factory=frozenset)  # the years the county derives it


def _batch_id() -> str:
    return f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}"


def _plain(value: object) -> str:
    return unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()


def _place_code(text: str) -> str:
    """A 12-digit 统计用区划代码 of a township (ending 000) is the township's 9 digits."""
    if len(text) == 12 and text.endswith("000"):
        return text[:9]
    return text


class RegisterService:
    def __init__(
        self, sessions: sessionmaker[Session], user: str, *, access: Access | None = None
    ) -> None:
        self.sessions = sessions
        self.user = user
        #: What the person logged in may do: rows of a region outside their limit are neither
        #: listed nor changed (everything on a database without accounts).
        self.access = access or Access.everything()

    # --- reading -------------------------------------------------------------------------------
    def rows(self, register: str, county_code: str) -> list[RegisterRow]:
        """The register's rows in the county (or the region given) and below it."""
        spec = _spec(register)
        with self.sessions() as session:
            self.access.require_read(county_code, session)
            county = RegionRepository(session).require(county_code)
            found = RegisterRepository(session).rows_under([spec.key], county)
            return [row_of(record, code) for record, code, _path in found]

    def counts(self, county_code: str) -> dict[str, int]:
        with self.sessions() as session:
            self.access.require_read(county_code, session)
            county = RegionRepository(session).require(county_code)
            repo = RegisterRepository(session)
            return {key: repo.count(key, county) for key in REGISTERS}

    def places(self, county_code: str) -> list[RegisterPlace]:
        """The county and every township and village under it, retired ones too (flagged), by
        code: the places a row may name (current ones) or still names (retired ones)."""
        with self.sessions() as session:
            self.access.require_read(county_code, session)
            county = RegionRepository(session).require(county_code)
            stmt = (
                select(RegionRecord)
                .where(RegionRecord.path.startswith(county.path, autoescape=True))
                .order_by(RegionRecord.code, RegionRecord.valid_from)
            )
            records = list(session.scalars(stmt))
            codes = {record.id: record.code for record in records}
            found: dict[str, RegisterPlace] = {}
            for record in records:  # a code used again keeps its latest region
                parent = codes.get(record.parent_id) if record.parent_id is not None else None
                found[record.code] = RegisterPlace(
                    record.code, record.name, record.level, parent, record.valid_to is None
                )
            return list(found.values())

    def history(self, entry_id: int) -> list[RowHistory]:
        with self.sessions() as session:
            records = RegisterRepository(session).history(entry_id)
            result = []
            for r in records:
                for code in (r.old_region, r.new_region):
                    if code is not None:
                        self.access.require_read(code, session)
                spec = REGISTERS[r.register]
                result.append(
                    RowHistory(
                        r.at,
                        r.who,
                        r.source,
                        r.action,
                        r.old_region,
                        r.new_region,
                        _json_values(spec, r.old_data),
                        _json_values(spec, r.new_data),
                        r.detail,
                    )
                )
            return result

    # --- one row -------------------------------------------------------------------------------
    def row(self, entry_id: int) -> RegisterRow | None:
        """One row as it is stored now (None: removed), e.g. after another clerk changed it."""
        with self.sessions() as session:
            found = RegisterRepository(session).get(entry_id)
            if found is None:
                return None
            record, region = found
            self.access.require_read(region.code, session)
            return row_of(record, region.code)

    def add(self, register: str, region_code: str, values: Mapping[str, Any]) -> RegisterRow:
        """Add a row (values already typed, as read_field gives them); refused with its issues."""
        spec = _spec(register)
        with self.sessions.begin() as session:
            self.access.require(Action.KEY, region_code, session)
            region = _place(session, region_code, spec)
            row = RegisterRow(spec.key, region.code, dict(values))
            _refuse(check_row(row))
            return self._write(session, row, region, None, "typed", None, None)

    def edit(
        self, entry_id: int, version: int, region_code: str, values: Mapping[str, Any]
    ) -> RegisterRow:
        with self.sessions.begin() as session:
            record, _region = self._current(session, entry_id, version)
            self.access.require(Action.KEY, region_code, session)
            spec = REGISTERS[record.register]
            region = _place(session, region_code, spec)
            row = RegisterRow(spec.key, region.code, dict(values))
            _refuse(check_row(row))
            return self._write(session, row, region, record, "typed", None, None)

    def remove(self, entry_id: int, version: int) -> None:
        with self.sessions.begin() as session:
            record, region = self._current(session, entry_id, version)
            self.access.require(Action.KEY, region.code, session)
            _refuse_if_submitted(session, (row_of(record, region.code), region), None)
            session.add(
                RegisterAuditRecord(
                    at=datetime.now(UTC),
                    who=self.user,
                    source="typed",
                    register=record.register,
                    entry_id=record.id,
                    action="remove",
                    old_region=region.code,
                    new_region=None,
                    old_data=record.data,
                    new_data="",
                )
            )
            session.delete(record)

    def _current(
        self, session: Session, entry_id: int, version: int
    ) -> tuple[RegisterEntryRecord, RegionRecord]:
        found = RegisterRepository(session).get(entry_id)
        if found is None:
            raise DomainError.of("register_row_gone")
        record, region = found
        if record.version != version:
            raise DomainError.of(
                "register_row_changed_since",
                name=record.name,
                who=record.updated_by,
                register=record.register,
                # the row as it is now: "keep mine" saves over exactly this version
                version=record.version,
                at=as_local(record.updated_at).strftime("%Y-%m-%d %H:%M:%S"),
            )
        return record, region

    def _write(
        self,
        session: Session,
        row: RegisterRow,
        region: RegionRecord,
        record: RegisterEntryRecord | None,
        source: str,
        batch: str | None,
        detail: str | None,
        deferred: list[tuple[RegisterEntryRecord, RegisterAuditRecord]] | None = None,
    ) -> RegisterRow:
        """Write a row and its history entry. With `deferred` (an import), the entry waits
        there for the row's id, so the rows are inserted together rather than one by one."""
        spec = row.spec
        allowed = Action.IMPORT if source == "imported" else Action.KEY
        self.access.require(allowed, region.code, session)
        before = None
        if record is not None:
            at = session.get(RegionRecord, record.region_id)
            assert at is not None
            self.access.require(allowed, at.code, session)  # moved away from a region
            before = (row_of(record, at.code), at)
        _refuse_if_submitted(session, before, (row, region))
        data = values_to_json(spec, row.values)
        now = datetime.now(UTC)
        old_data, old_region = "", None
        if record is None:
            record = RegisterEntryRecord(register=spec.key, version=1)
            session.add(record)
            action = "add"
        else:
            old_data = record.data
            old_region = _region_code_of(session, record.region_id)
            record.version += 1
            action = "change"
        record.region_id = region.id
        record.name = row.name[:200]
        record.data = data
        record.updated_at = now
        record.updated_by = self.user
        audit = RegisterAuditRecord(
            at=now,
            who=self.user,
            source=source,
            register=spec.key,
            action=action,
            old_region=old_region,
            new_region=region.code,
            old_data=old_data,
            new_data=data,
            batch=batch,
            detail=detail,
        )
        if deferred is not None:
            deferred.append((record, audit))
            return row
        session.flush()
        audit.entry_id = record.id
        session.add(audit)
        return replace(row, id=record.id, version=record.version)

    # --- importing a list ----------------------------------------------------------------------
    def plan_import(
        self,
        register: str,
        county_code: str,
        rows: Sequence[ImportRow],
        choice_names: Mapping[str, str] | None = None,
    ) -> ImportPlan:
        """Every row of the list as it would be stored, or refused with every reason; nothing
        is written. `choice_names`: names a choice may be given in (村级点 → village)."""
        spec = _spec(register)
        with self.sessions() as session:
            self.access.require(Action.IMPORT, county_code, session)
            return _plan(session, spec, county_code, rows, choice_names or {})

    def apply_import(self, plan: ImportPlan, detail: str | None = None) -> ImportResult:
        """Write the plan in one transaction; refused (nothing written) when any row is
        refused or the register changed since the plan was made."""
        if plan.refused:
            raise DomainError.of("register_import_has_refusals", count=len(plan.refused))
        spec = _spec(plan.register)
        batch = _batch_id()
        with self.sessions.begin() as session:
            regions = RegionRepository(session)
            county = regions.require(plan.county_code)
            repo = RegisterRepository(session)
            now_rows = repo.rows_under([spec.key], county)
            versions = tuple(sorted((r.id, r.version) for r, _c, _p in now_rows))
            if versions != plan.based_on:
                raise DomainError.of("register_changed_since_preview")
            records = {r.id: r for r, _c, _p in now_rows}
            places: dict[str, RegionRecord] = {}
            added = changed = unchanged = 0
            deferred: list[tuple[RegisterEntryRecord, RegisterAuditRecord]] = []
            for planned in plan.rows:
                if planned.status is RowStatus.UNCHANGED:
                    unchanged += 1
                    continue
                assert planned.row is not None
                code = planned.row.region_code
                if code not in places:
                    places[code] = regions.require(code)
                existing = records[planned.existing_id] if planned.existing_id is not None else None
                self._write(
                    session,
                    planned.row,
                    places[code],
                    existing,
                    "imported",
                    batch,
                    detail,
                    deferred,
                )
                if existing is None:
                    added += 1
                else:
                    changed += 1
            session.flush()  # the rows, together; then their history with their ids
            for record, audit in deferred:
                audit.entry_id = record.id
            session.add_all(audit for _record, audit in deferred)
        return ImportResult(added, changed, unchanged, batch)

    def remembered_columns(self, layout_key: str) -> dict[int, str] | None:
        """The mapping of columns (0-based column → field key or place target) last used for a
        list of this layout (exporting/excel/register_list.ListLayout.key), None if none. Kept
        in the database, so every clerk of a shared file finds it."""
        with self.sessions() as session:
            text = get_meta(session, layout_key[:64])
        if not text:
            return None
        try:
            raw = json.loads(text)
            return {int(column): str(target) for column, target in raw.items()}
        except (ValueError, TypeError, AttributeError):
            return None  # written by hand or by another version: proposed afresh

    def remember_columns(self, layout_key: str, columns: Mapping[int, str]) -> None:
        text = json.dumps({str(c): t for c, t in sorted(columns.items())}, ensure_ascii=False)
        with self.sessions.begin() as session:
            set_meta(session, layout_key[:64], text)

    # --- derived counts ------------------------------------------------------------------------
    def derived_indicators(
        self, county_code: str, register: str | None = None
    ) -> list[DerivedIndicator]:
        """The indicators a register can give (of `register`, or all), with the years the
        county derives each."""
        with self.sessions() as session:
            self.access.require_read(county_code, session)
            county = RegionRepository(session).require(county_code)
            rows = [
                row
                for row in IndicatorRepository(session).active()
                if row.indicator.derived is not None
                and (register is None or row.indicator.derived.register == register)
            ]
            years: dict[int, set[int]] = {row.id: set() for row in rows}
            for source in RegisterRepository(session).deriving(
                [row.id for row in rows], _any_year(session), county, below=False
            ):
                if source.region_id == county.id:
                    years[source.indicator_id].add(source.year)
            return [DerivedIndicator(row.indicator, frozenset(years[row.id])) for row in rows]

    def set_deriving(
        self, county_code: str, indicator_codes: Sequence[str], year: int, on: bool
    ) -> None:
        """In `year`, the county derives (on) or keys (off) these indicators. Deriving is
        refused while figures are keyed for the year in the county or below it, naming how
        many. Either way is refused while a return of the year that holds the county's figures
        (its own, one above it or one below it) is submitted: the switch would change them."""
        with self.sessions.begin() as session:
            self.access.require(Action.KEY, county_code, session)
            county = RegionRepository(session).require(county_code)
            indicators = IndicatorRepository(session)
            repo = RegisterRepository(session)
            for code in indicator_codes:
                record = indicators.require(code)
                if record.derived is None:
                    raise DomainError.of("indicator_not_derivable", indicator=code)
                already = [
                    s
                    for s in repo.deriving([record.id], [year], county)
                    if s.region_id == county.id
                ]
                if bool(already) == on:
                    continue  # already so
                _refuse_if_year_submitted(session, county, year)
                if not on:
                    repo.clear_deriving(county, record.id, year)
                    continue
                others = repo.deriving([record.id], [year], county)
                if others:
                    raise DomainError.of(
                        "register_derived_elsewhere",
                        indicator=code,
                        region=others[0].name,
                        year=year,
                    )
                keyed = _keyed_in_year(session, county, record.id, year)
                if keyed:
                    raise DomainError.of(
                        "register_keyed_figures", indicator=code, year=year, count=keyed
                    )
                repo.set_deriving(county, record.id, year, self.user, datetime.now(UTC))

    def rows_behind(
        self, indicator_code: str, region_code: str, period: Period, measure: str = "current"
    ) -> list[RegisterRow]:
        """The rows a derived figure of the region counts (for `measure`: current, cumulative,
        last_year…)."""
        with self.sessions() as session:
            record = IndicatorRepository(session).require(indicator_code)
            if record.derived is None:
                return []
            rule = DerivedCount.from_json(record.derived)
            self.access.require_read(region_code, session)
            region = RegionRepository(session).require(region_code)
            wanted = [rule.register]
            if rule.register == SERVICE_POINTS.key:
                wanted.append(DESIGNATIONS.key)  # 贫困村 left blank is learnt from them
            found = RegisterRepository(session).rows_under(wanted, region)
            rows = [row_of(r, code) for r, code, _path in found]
        target = measure_period(period, measure)
        first, last = period_dates(target)
        if measure.endswith("cumulative"):
            first = date(target.year, 1, 1)
        designations = [row for row in rows if row.register == DESIGNATIONS.key]
        if designations:
            rows = with_designations(rows, designations, last)
        return rows_behind(rule, rows, first, last, lambda _code: True)


class _SubmittedGuard:
    """What a change of a register's rows is checked against, read once per transaction (an
    import of thousands of rows asks it for each): the rules counting from the register, the
    submitted returns, and the years regions count from it."""

    def __init__(self, session: Session, register: str) -> None:
        self.session = session
        self.rules = {
            row.id: row.indicator.derived
            for row in IndicatorRepository(session).active()
            if row.indicator.derived is not None and row.indicator.derived.register == register
        }
        self._submitted: list[tuple[ReturnRecord, Period]] | None = None
        self._years: dict[int, set[int]] = {}

    @classmethod
    def of(cls, session: Session, register: str) -> _SubmittedGuard:
        guards = session.info.setdefault("register_guards", {})
        if register not in guards:
            guards[register] = cls(session, register)
        guard: _SubmittedGuard = guards[register]
        return guard

    def submitted(self) -> list[tuple[ReturnRecord, Period]]:
        if self._submitted is None:
            stmt = select(ReturnRecord).where(ReturnRecord.status == ReturnStatus.SUBMITTED.value)
            self._submitted = [
                (record, period)
                for record in self.session.scalars(stmt)
                if (period := _period_or_none(record.period)) is not None
            ]
        return self._submitted

    def derived_years(self, place: RegionRecord) -> set[int]:
        if place.id not in self._years:
            found = RegisterRepository(self.session).deriving(
                list(self.rules), sorted({p.year for _r, p in self.submitted()}), place
            )
            self._years[place.id] = {source.year for source in found}
        return self._years[place.id]


def _refuse_if_submitted(
    session: Session,
    old: tuple[RegisterRow, RegionRecord] | None,
    new: tuple[RegisterRow, RegionRecord] | None,
) -> None:
    """A change of a row that would change a figure of a submitted return is refused, as a
    keyed figure of it would be: the return of the row's place or of a region above it, for a
    period ending on or after the first day the change counts, in a year its figures are
    counted from this register there."""
    present = [pair for pair in (old, new) if pair is not None]
    guard = _SubmittedGuard.of(session, present[0][0].register)
    rules = [rule for rule in guard.rules.values() if rule is not None]
    since = counts_differ_from(old[0] if old else None, new[0] if new else None, rules)
    if since is None or not guard.submitted():
        return
    lineage = {int(part) for _row, place in present for part in place.path.strip("/").split("/")}
    submitted = [
        (record, period)
        for record, period in guard.submitted()
        if record.region_id in lineage and period_dates(period)[1] >= since
    ]
    if not submitted:
        return
    years: set[int] = set()
    for _row, place in present:
        years |= guard.derived_years(place)
    for record, period in sorted(submitted, key=lambda pair: period_dates(pair[1])[1]):
        if period.year in years:
            issue = locked_issue(session, record)
            row = present[-1][0]
            params = {**issue.params, "name": row.name, "register": row.register}
            raise DomainError(Issue("register_return_locked", issue.severity, params))


def _refuse_if_year_submitted(session: Session, region: RegionRecord, year: int) -> None:
    """Refused, naming the return, while a return of `year` of the region, of one above it or
    of one below it is submitted."""
    above = [int(part) for part in region.path.strip("/").split("/")]
    stmt = (
        select(ReturnRecord)
        .join(RegionRecord, RegionRecord.id == ReturnRecord.region_id)
        .where(
            ReturnRecord.status == ReturnStatus.SUBMITTED.value,
            ReturnRecord.period.startswith(f"{year}-"),
            RegionRecord.id.in_(above) | RegionRecord.path.startswith(region.path, autoescape=True),
        )
        .order_by(ReturnRecord.period)
    )
    submitted = session.scalars(stmt).first()
    if submitted is not None:
        raise DomainError(locked_issue(session, submitted))


def _period_or_none(code: str) -> Period | None:
    try:
        return Period.from_code(code)
    except DomainError:
        return None


def _spec(register: str) -> RegisterSpec:
    spec = REGISTERS.get(register)
    if spec is None:
        raise DomainError.of("register_unknown", register=register)
    return spec


def _refuse(issues: list[Issue]) -> None:
    if issues:
        raise DomainError(issues[0])


def _json_values(spec: RegisterSpec, text: str) -> dict[str, Any]:
    return values_from_json(spec, text) if text else {}


def _region_code_of(session: Session, region_id: int) -> str:
    return session.scalars(select(RegionRecord.code).where(RegionRecord.id == region_id)).one()


def _place(session: Session, code: str, spec: RegisterSpec) -> RegionRecord:
    region = RegionRepository(session).require(_place_code(_plain(code)))
    if region.level not in spec.levels:
        raise DomainError.of("register_place_level", code=region.code, name=region.name)
    return region


def _any_year(session: Session) -> list[int]:
    return list(session.scalars(select(DerivedSourceRecord.year).distinct()))


def _keyed_in_year(session: Session, county: RegionRecord, indicator_id: int, year: int) -> int:
    """How many figures of the indicator are keyed in the year in the county or below it."""
    stmt = (
        select(func.count(ValueRecord.id))
        .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
        .where(
            ValueRecord.indicator_id == indicator_id,
            ValueRecord.period.startswith(f"{year}-"),
            RegionRecord.path.startswith(county.path, autoescape=True),
        )
    )
    return int(session.scalar(stmt) or 0)


# --- planning an import ---------------------------------------------------------------------------
class _Places:
    """The county's current regions, to resolve a list's place by code or by name."""

    def __init__(self, session: Session, county: RegionRecord) -> None:
        stmt = select(RegionRecord).where(
            RegionRecord.path.startswith(county.path, autoescape=True),
            RegionRecord.valid_to.is_(None),
        )
        self.by_code: dict[str, RegionRecord] = {}
        self.by_name: dict[str, list[RegionRecord]] = {}
        for record in session.scalars(stmt):
            self.by_code[record.code] = record
            self.by_name.setdefault(record.name, []).append(record)
        self.county = county

    def find(self, place: object) -> RegionRecord | Issue:
        """`place`: a code or a name, or a (township, village) pair of names from a list that
        gives both (the village is looked for under the township)."""
        if isinstance(place, tuple) and len(place) == 2:
            return self._village_under(_plain(place[0]), _plain(place[1]))
        text = _plain(place)
        if not text:
            return Issue("register_place_missing")
        if text.isdigit():
            found = self.by_code.get(_place_code(text))
            if found is None:
                return Issue(
                    "register_unknown_place", params={"place": text, "county": self.county.name}
                )
            return found
        named = self.by_name.get(text, [])
        if len(named) == 1:
            return named[0]
        if named:
            return Issue("register_ambiguous_place", params={"place": text, "count": len(named)})
        return Issue("register_unknown_place", params={"place": text, "county": self.county.name})

    def _village_under(self, township_name: str, village_name: str) -> RegionRecord | Issue:
        townships = [r for r in self.by_name.get(township_name, []) if r.level == "township"]
        if not townships:
            return Issue(
                "register_unknown_place",
                params={"place": township_name, "county": self.county.name},
            )
        villages = [
            r
            for r in self.by_name.get(village_name, [])
            if r.parent_id in {t.id for t in townships}
        ]
        if len(villages) == 1:
            return villages[0]
        if villages:
            return Issue(
                "register_ambiguous_place", params={"place": village_name, "count": len(villages)}
            )
        return Issue(
            "register_village_not_in_township",
            params={"village": village_name, "township": township_name},
        )


def _identity(spec: RegisterSpec, row: RegisterRow) -> tuple[Any, ...]:
    return (row.region_code, *(_plain(row.get(key)) for key in spec.identity))


def _plan(
    session: Session,
    spec: RegisterSpec,
    county_code: str,
    rows: Sequence[ImportRow],
    choice_names: Mapping[str, str],
) -> ImportPlan:
    county = RegionRepository(session).require(county_code)
    existing = RegisterRepository(session).rows_under([spec.key], county)
    stored = {
        _identity(spec, row_of(record, code)): row_of(record, code)
        for record, code, _path in existing
    }
    places = _Places(session, county)
    seen: dict[tuple[Any, ...], int] = {}
    planned: list[PlannedRow] = []
    for item in rows:
        issues: list[Issue] = []
        place = places.find(item.place)
        if isinstance(place, Issue):
            issues.append(place)
        elif place.level not in spec.levels:
            issues.append(
                Issue("register_place_level", params={"code": place.code, "name": place.name})
            )
        values: dict[str, Any] = {}
        for fs in spec.fields:
            try:
                values[fs.key] = read_field(fs, item.cells.get(fs.key), choice_names)
            except FieldError as exc:
                issues.append(
                    Issue(
                        exc.code, params={"field": fs.key, "cell": _plain(item.cells.get(fs.key))}
                    )
                )
                values[fs.key] = None
        region_code = place.code if isinstance(place, RegionRecord) else ""
        for fs in spec.fields:
            if (
                fs.from_place
                and values[fs.key] is None
                and isinstance(place, RegionRecord)
                and place.level in {key for key, _label in fs.choices}
            ):
                values[fs.key] = place.level
        row = RegisterRow(spec.key, region_code, {k: v for k, v in values.items() if v is not None})
        if not issues:
            issues.extend(check_row(row))
        key = _identity(spec, row)
        if not issues and key in seen:
            issues.append(Issue("register_duplicate_row", params={"line": seen[key]}))
        if issues:
            planned.append(PlannedRow(item.line, RowStatus.REFUSED, row, tuple(issues)))
            continue
        seen[key] = item.line
        before = stored.get(key)
        if before is None:
            planned.append(PlannedRow(item.line, RowStatus.NEW, row))
            continue
        changed = tuple(k for k in spec.keys if before.get(k) != row.get(k))
        status = RowStatus.CHANGED if changed else RowStatus.UNCHANGED
        planned.append(PlannedRow(item.line, status, row, (), before.id, changed))
    based_on = tuple(sorted((r.id, r.version) for r, _c, _p in existing))
    return ImportPlan(spec.key, county.code, tuple(planned), based_on)
