"""Use cases over regions that the UI and the CLI read: children of a region, one region; and
the county's townships and villages the bureau keeps (乡镇和村): add, rename, retire on a day and
reinstate, and import a list of them (the statistics office's 统计用区划代码) planned row by row
and then written in one transaction, or not at all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import (
    ORIGIN_REFERENCE,
    ORIGIN_STATISTICAL,
    ORIGIN_USER,
    KnownPlace,
    ListedPlace,
    PlaceListPlan,
    PlanStatus,
    Region,
    RegionLevel,
    check_last_day,
    check_new_name,
    check_region_code,
    first_period_after,
    level_for_new_code,
    plan_place_list,
)
from desktop_app.domain.users import Action
from desktop_app.persistence.models import (
    ALWAYS,
    RegionRecord,
    ReturnRecord,
    TargetRecord,
    ValueRecord,
)
from desktop_app.persistence.registers import RegisterRepository
from desktop_app.persistence.repositories import RegionRepository, region_to_domain
from desktop_app.services.users import Access

#: A list of a county's townships and villages has a few hundred rows; a province's some 10^5.
#: The header row is looked for among the first rows.
HEADER_ROWS = 30
CODE_HEADERS = frozenset({"代码", "code", "区划代码", "统计用区划代码", "行政区划代码"})
NAME_HEADERS = frozenset({"名称", "name", "区划名称", "单位名称", "乡镇名称", "村名称"})


@dataclass(frozen=True)
class Place:
    """A township or village of the county as the 乡镇和村 window lists it."""

    code: str
    name: str
    level: RegionLevel
    parent_code: str
    valid_to: date | None  # the last day of a retired one
    editable: bool  # staff added it: it may be renamed and retired

    @property
    def retired(self) -> bool:
        return self.valid_to is not None


@dataclass(frozen=True)
class PlaceChange:
    """What a rename, a retirement or a reinstatement changed: the codes, the region first."""

    codes: tuple[str, ...]
    parent_code: str


@dataclass(frozen=True)
class PlaceListFile:
    """A list read from a file: its rows, the sheet they came from and the file's sheets."""

    file: str
    rows: tuple[ListedPlace, ...]
    sheet: str = ""
    sheets: tuple[str, ...] = ()


class RegionQueries:
    def __init__(self, sessions: sessionmaker[Session], *, access: Access | None = None) -> None:
        self.sessions = sessions
        #: What the person logged in may see and change: the region tree offers only the
        #: regions they are limited to, the way down to them and what lies under them.
        self.access = access or Access.everything()

    def children(self, code: str | None) -> list[Region]:
        """The current divisions directly under `code` (the provinces when None) that the
        person logged in may see (`visible`)."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            parent = repo.require(code) if code else None
            return [
                region_to_domain(r, code)
                for r in repo.children(parent)
                if self.access.visible(r.code, session)
            ]

    def tree(self, home: str | None) -> list[Region]:
        """The regions the window's tree lists, in two statements however large the province:
        without a home region the provinces; else the home region's province, the province's
        divisions and theirs (its prefectures and their counties) and the home region's own
        (a county's townships), today's, those the person logged in may see (`visible`; the
        province always). In any order: each one's parent is among them. For a person limited
        to some regions, one statement more reads every listed region's paths for `visible`."""
        if not home:
            return self.children(None)
        with self.sessions() as session:
            repo = RegionRepository(session)
            regions = repo.tree_around(repo.require(home))
            if self.access.limited:
                self.access.know_paths(repo.paths_of(r.code for r in regions))
            return [
                region
                for region in regions
                if region.parent_code is None or self.access.visible(region.code, session)
            ]

    def covers(self, code: str) -> bool:
        """Whether the person logged in may read and change the region's figures, returns and
        registers (the window opens only those; the way down to them is only listed)."""
        return self.access.covers(code)

    def visible(self, code: str) -> bool:
        """Whether the region tree lists the region: covered, or on the way down to one."""
        return self.access.visible(code)

    def former(self, code: str | None) -> list[Region]:
        """The divisions directly under `code` that ended, with their successors."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            parent = repo.require(code) if code else None
            return [region_to_domain(r, code) for r in repo.former(parent)]

    def add(self, code: str, name: str, parent_code: str) -> Region:
        """Add a region under an existing one: a township (9-digit code), a village (12 digits),
        or a county-level statistical unit that GB/T 2260 does not list (6 digits under a
        prefecture, e.g. 大柴旦行政委员会 632857 under 海西州 632800)."""
        code, name = code.strip(), name.strip()
        if not name:
            raise DomainError.of("region_needs_name", code=code)
        with self.sessions.begin() as session:
            self.access.require(Action.MANAGE_REGIONS, parent_code, session)
            repo = RegionRepository(session)
            parent = repo.require(parent_code)
            level = level_for_new_code(code)
            if level is None:
                raise DomainError.of("bad_region_code", code=code, level="county/township/village")
            parent_domain = region_to_domain(parent, None)
            check_region_code(code, level, parent_domain)
            if repo.latest(code) is not None:
                repo.require(code)  # a former division is refused naming its successor
                raise DomainError.of("region_exists", code=code)
            origin = ORIGIN_STATISTICAL if level is RegionLevel.COUNTY else ORIGIN_USER
            record = repo.add(code, name, level, parent, origin=origin)
            return region_to_domain(record, parent.code)

    def get(self, code: str) -> Region:
        with self.sessions() as session:
            record = RegionRepository(session).require(code)
            return region_to_domain(record, record.parent.code if record.parent else None)

    def lineage(self, code: str) -> list[Region]:
        """The region and its ancestors, nearest first."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            record = repo.require(code)
            chain = [record, *reversed(repo.ancestors(record))]
            return [region_to_domain(r, r.parent.code if r.parent else None) for r in chain]

    def latest_period_with_data(self, code: str, today: date | None = None) -> Period | None:
        """The latest period holding a figure of the region or of a division directly under it
        (a county's townships): the period the window opens on. None when there is none.
        With `today`, periods that start after today's month (a figure keyed for a wrong
        year) are passed over."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            record = repo.require(code)
            ids = select(RegionRecord.id).where(
                (RegionRecord.id == record.id)
                | ((RegionRecord.parent_id == record.id) & RegionRecord.valid_to.is_(None))
            )
            codes = session.scalars(
                select(ValueRecord.period).where(ValueRecord.region_id.in_(ids)).distinct()
            ).all()
        periods = []
        for text in codes:
            try:
                period = Period.from_code(text)
            except DomainError:  # a code no Xianbao writes: not a period to open on
                continue
            if today is None or (period.year, period.start_month) <= (today.year, today.month):
                periods.append(period)
        return max(periods, default=None)

    # --- the county's townships and villages (乡镇和村) -------------------------------------------
    def county_of(self, code: str) -> Region | None:
        """The county (or county-level unit) at or above `code`; None above a county."""
        for region in self.lineage(code):
            if region.level is RegionLevel.COUNTY:
                return region
        return None

    def places(self, county_code: str, retired: bool = False) -> list[Place]:
        """The county's townships and villages by code, today's (and, with `retired`, those
        retired without a successor, with their last day)."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            county = repo.require(county_code)
            return [
                _place(record, parents)
                for record, parents in _places_of(repo, county, retired=retired)
            ]

    def rename(self, code: str, new_name: str) -> PlaceChange:
        """Give a township or village staff added another name. Refused for a blank name, for
        a name another division under the same parent has, and for a shipped region (the
        GB/T 2260 lists name those)."""
        with self.sessions.begin() as session:
            self.access.require(Action.MANAGE_REGIONS, code, session)
            repo = RegionRepository(session)
            record = repo.require(code)
            _check_editable(record)
            siblings = _sibling_names(repo, record.parent)
            record.name = check_new_name(new_name, code, siblings)
            return PlaceChange((code,), _parent_code(record))

    def retire(self, code: str, last_day: date) -> PlaceChange:
        """The township or village no longer exists after `last_day`. A township's current
        villages are retired with it. Refused before the day it began, and while it (or one of
        those villages) holds a figure, a return or a target for a period that starts after
        `last_day` (the earliest is named). Forms, 乡镇分列 and reports list it up to that day."""
        with self.sessions.begin() as session:
            self.access.require(Action.MANAGE_REGIONS, code, session)
            repo = RegionRepository(session)
            record = repo.require(code)
            _check_editable(record)
            valid_from = None if record.valid_from == ALWAYS else record.valid_from
            check_last_day(code, record.name, last_day, valid_from)
            villages = repo.children(record)
            records = [record, *villages]
            ids = [r.id for r in records]
            codes = set(
                session.scalars(
                    select(ValueRecord.period).where(ValueRecord.region_id.in_(ids)).distinct()
                )
            )
            codes |= set(
                session.scalars(
                    select(ReturnRecord.period).where(ReturnRecord.region_id.in_(ids)).distinct()
                )
            )
            years = session.scalars(
                select(TargetRecord.year).where(TargetRecord.region_id.in_(ids)).distinct()
            )
            codes |= {f"{year}-Y" for year in years}
            later = first_period_after(last_day, codes)
            if later is not None:
                raise DomainError.of(
                    "region_retire_has_figures",
                    code=code,
                    name=record.name,
                    day=last_day.isoformat(),
                    period=later,
                )
            for row in RegisterRepository(session).rows_of_regions(ids):
                if row.counts_after(last_day):
                    raise DomainError.of(
                        "region_retire_has_rows",
                        code=code,
                        name=record.name,
                        day=last_day.isoformat(),
                        register=row.register,
                        row=row.name,
                    )
            for each in records:
                each.valid_to = last_day
            return PlaceChange(tuple(r.code for r in records), _parent_code(record))

    def reinstate(self, code: str) -> PlaceChange:
        """Undo a retirement: the division exists again, with the villages retired with it
        (on the same day). Refused for a village whose township is retired (reinstate the
        township first) and for a division that was succeeded."""
        with self.sessions.begin() as session:
            self.access.require(Action.MANAGE_REGIONS, code, session)
            repo = RegionRepository(session)
            record = repo.current(code)
            if record is not None:
                raise DomainError.of("region_not_retired", code=code, name=record.name)
            record = repo.latest(code)
            if record is None:
                raise DomainError.of("unknown_region", code=code)
            _check_editable(record)
            if record.successor_id is not None:
                repo.require(code)  # refused naming the successor
            parent = record.parent
            if parent is not None and parent.valid_to is not None:
                raise DomainError.of(
                    "region_reinstate_parent_first", code=code, name=record.name, parent=parent.code
                )
            siblings = _sibling_names(repo, parent)
            check_new_name(record.name, code, siblings)
            with_it = [
                r
                for r in repo.former(record)
                if r.valid_to == record.valid_to and r.successor_id is None
            ]
            for each in [record, *with_it]:
                each.valid_to = None
            return PlaceChange((code, *(r.code for r in with_it)), _parent_code(record))

    def plan_import(self, county_code: str, rows: Sequence[ListedPlace]) -> PlaceListPlan:
        """What importing `rows` under the county does, row by row; nothing is written."""
        with self.sessions() as session:
            return _plan_in(RegionRepository(session), county_code, rows)

    def apply_import(self, county_code: str, rows: Sequence[ListedPlace]) -> PlaceListPlan:
        """Import `rows` in one transaction: planned again inside it, and refused as a whole
        (nothing written) while a row is refused. Townships are written before villages."""
        with self.sessions.begin() as session:
            self.access.require(Action.MANAGE_REGIONS, county_code, session)
            repo = RegionRepository(session)
            plan = _plan_in(repo, county_code, rows)
            if plan.refused:
                raise DomainError.of(
                    "place_list_refused", count=len(plan.refused), row=plan.refused[0].row
                )
            county = repo.require(county_code)
            by_code: dict[str, RegionRecord] = {
                r.code: r for r, _p in _places_of(repo, county, retired=False)
            }
            for row in plan.changes:
                assert row.level is not None
                if row.status is PlanStatus.RENAMED:
                    by_code[row.code].name = row.name
                    continue
                parent = county if row.level is RegionLevel.TOWNSHIP else by_code[row.code[:9]]
                by_code[row.code] = repo.add(
                    row.code, row.name, row.level, parent, origin=ORIGIN_USER
                )
            return plan


def _parent_code(record: RegionRecord) -> str:
    return record.parent.code if record.parent is not None else ""


def _check_editable(record: RegionRecord) -> None:
    if record.origin == ORIGIN_REFERENCE:
        raise DomainError.of("region_rename_reference", code=record.code, name=record.name)


def _sibling_names(repo: RegionRepository, parent: RegionRecord | None) -> dict[str, str]:
    return {r.name: r.code for r in repo.children(parent)}


def _places_of(
    repo: RegionRepository, county: RegionRecord, *, retired: bool
) -> list[tuple[RegionRecord, dict[int, str]]]:
    """The county's townships and villages (current; with `retired` those retired without a
    successor too) by code, each with the codes of the records they sit under."""
    records = [
        r
        for r in repo.subtree(county)
        if r.id != county.id
        and r.level in (RegionLevel.TOWNSHIP.value, RegionLevel.VILLAGE.value)
        and (r.valid_to is None or (retired and r.successor_id is None))
    ]
    codes = {r.id: r.code for r in records} | {county.id: county.code}
    return [(r, codes) for r in sorted(records, key=lambda r: (r.code, r.valid_from))]


def _place(record: RegionRecord, codes: dict[int, str]) -> Place:
    parent = codes.get(record.parent_id, "") if record.parent_id is not None else ""
    return Place(
        record.code,
        record.name,
        RegionLevel(record.level),
        parent,
        record.valid_to,
        record.origin != ORIGIN_REFERENCE,
    )


def _plan_in(
    repo: RegionRepository, county_code: str, rows: Sequence[ListedPlace]
) -> PlaceListPlan:
    county = repo.require(county_code)
    if county.level != RegionLevel.COUNTY.value:
        raise DomainError.of("place_list_needs_county", code=county.code, name=county.name)
    known = {
        record.code: KnownPlace(
            record.code,
            record.name,
            codes.get(record.parent_id or 0, ""),
            record.valid_to is None,
            record.origin != ORIGIN_REFERENCE,
            record.valid_to,
        )
        for record, codes in _places_of(repo, county, retired=True)
    }
    return plan_place_list(region_to_domain(county, None), rows, known)


# --- reading a list from a file ----------------------------------------------------------------------
def _list_rows(file: str, grid: Sequence[tuple[int, Sequence[Any]]]) -> tuple[ListedPlace, ...]:
    """The rows under the header row (found by its names) of a grid of (row number, cells)."""
    from desktop_app.exporting.excel.register_list import heading_word, place_text

    for at, (_number, cells) in enumerate(grid[:HEADER_ROWS]):
        heads = [heading_word(c) for c in cells]
        code_col = next((i for i, h in enumerate(heads) if h in CODE_HEADERS), None)
        name_col = next((i for i, h in enumerate(heads) if h in NAME_HEADERS), None)
        if code_col is None or name_col is None:
            continue
        found: list[ListedPlace] = []
        for number, row in grid[at + 1 :]:
            code = place_text(row[code_col]) if code_col < len(row) else ""
            cell = row[name_col] if name_col < len(row) else None
            name = "" if cell is None else str(cell).strip()  # a name as written: （新） kept
            if code or name:
                found.append(ListedPlace(number, code, name))
        return tuple(found)
    raise DomainError.of("place_list_no_header", file=file)


def read_place_list(path: Path, sheet: str | None = None) -> PlaceListFile:
    """Read a list of townships and villages from an .xlsx (the first sheet, or `sheet`) or a
    .csv (UTF-8 or GB18030): the rows under a header row naming a code column (统计用区划代码,
    区划代码, 代码, code) and a name column (名称, name); other columns (城乡分类代码) are
    ignored. A damaged or oversized file is refused with a DomainError that names it (the
    bounded reader the register lists use)."""
    from desktop_app.exporting.excel.register_list import read_list_sheet  # openpyxl: on use

    listed = read_list_sheet(path, sheet)
    return PlaceListFile(path.name, _list_rows(path.name, listed.rows), listed.sheet, listed.sheets)
