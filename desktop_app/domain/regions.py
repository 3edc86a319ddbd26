"""Administrative divisions (行政区划) with GB/T 2260 and statistics-office codes.

Codes are text: leading digits and length matter. Province, prefecture and county codes have 6
digits (PPCCDD); the statistics office's codes add 3 digits for a township and 3 for a village.

Divisions change over time (郫县 became 郫都区 in 2016): a division is valid from one day to
another, and one that ended names its successor. A value keeps the division it was reported for.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period

#: Where a region record comes from: the shipped GB/T 2260 lists (and their change lists), a
#: township or village staff added, or a county-level statistical unit outside GB/T 2260 (the
#: statistics office's 统计用区划代码, e.g. 大柴旦行政委员会 632857 under 海西州).
ORIGIN_REFERENCE = "reference"
ORIGIN_USER = "user"
ORIGIN_STATISTICAL = "statistical"


class RegionLevel(Enum):
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"

    @property
    def depth(self) -> int:
        return _DEPTH[self]

    @property
    def code_length(self) -> int:
        return {0: 6, 1: 6, 2: 6, 3: 9, 4: 12}[self.depth]


_DEPTH = {level: i for i, level in enumerate(RegionLevel)}
_DIGITS = re.compile(r"^\d+$")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: RegionLevel
    parent_code: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    successor_code: str | None = None

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


def period_dates(period: Period) -> tuple[date, date]:
    """The first and the last day of a period."""
    last_day = calendar.monthrange(period.year, period.end_month)[1]
    return date(period.year, period.start_month, 1), date(period.year, period.end_month, last_day)


def level_for_new_code(code: str) -> RegionLevel | None:
    """The level of a region staff add, from its code's length.

    6 digits: a county-level unit that GB/T 2260 does not list, such as a 行政委员会 the statistics
    office codes like a county (大柴旦行委 632857); 9 digits a township; 12 digits a village.
    """
    return {6: RegionLevel.COUNTY, 9: RegionLevel.TOWNSHIP, 12: RegionLevel.VILLAGE}.get(len(code))


def check_region_code(code: str, level: RegionLevel, parent: Region | None) -> None:
    """Refuse a code that cannot belong to `level` under `parent`."""
    if not _DIGITS.match(code) or len(code) != level.code_length:
        raise DomainError.of("bad_region_code", code=code, level=level.value)
    if level is RegionLevel.PROVINCE:
        if parent is not None or not code.endswith("0000"):
            raise DomainError.of("bad_region_code", code=code, level=level.value)
        return
    if level is RegionLevel.COUNTY and code.endswith("00"):
        raise DomainError.of("bad_region_code", code=code, level=level.value)  # a prefecture's
    if parent is None or parent.level.depth >= level.depth:
        raise DomainError.of("bad_region_parent", code=code, level=level.value)
    # A county-level unit administered directly by the province keeps only the province prefix.
    prefix_len = {
        RegionLevel.PROVINCE: 2,
        RegionLevel.PREFECTURE: 4,
        RegionLevel.COUNTY: 6,
        RegionLevel.TOWNSHIP: 9,
    }[parent.level]
    if code[:prefix_len] != parent.code[:prefix_len]:
        raise DomainError.of("region_code_outside_parent", code=code, parent=parent.code)


# --- townships and villages the bureau keeps ---------------------------------------------------
def normalise_code(text: str) -> str:
    """A code as typed or read from a list: full-width digits (０-９) made plain, spaces dropped."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def normalise_name(text: str) -> str:
    """A name with its surrounding spaces (full-width ones too) dropped; the rest as written
    (全角 brackets stay: 广纳镇（新） is the name the list gives)."""
    return text.strip()


def place_code(code: str) -> str:
    """The code Xianbao keeps for a township or village written as the statistics office's
    12-digit 统计用区划代码: a township's ends in 000 (510124001000 → 510124001), a village's
    is kept whole. Any other code is returned as it is."""
    if len(code) == 12 and code.endswith("000") and _DIGITS.match(code):
        return code[:9]
    return code


def check_new_name(name: str, code: str, sibling_names: dict[str, str]) -> str:
    """The name a township or village may take: not blank, and not the name of another division
    under the same parent (`sibling_names`: name → code of the current ones)."""
    name = normalise_name(name)
    if not name:
        raise DomainError.of("region_needs_name", code=code)
    other = sibling_names.get(name)
    if other is not None and other != code:
        raise DomainError.of("region_name_taken", code=code, name=name, other=other)
    return name


def check_last_day(code: str, name: str, last_day: date, valid_from: date | None) -> None:
    """A retirement's last day may not come before the division began."""
    if valid_from is not None and last_day < valid_from:
        raise DomainError.of(
            "region_retire_before_start",
            code=code,
            name=name,
            day=last_day.isoformat(),
            since=valid_from.isoformat(),
        )


def first_period_after(last_day: date, period_codes: Iterable[str]) -> str | None:
    """Of the periods given by code, the earliest that starts after `last_day` (a figure kept
    for it forbids retiring the division on that day); codes Xianbao does not write are
    passed over."""
    found: list[tuple[date, str]] = []
    for text in period_codes:
        try:
            period = Period.from_code(text)
        except DomainError:
            continue
        first, _last = period_dates(period)
        if first > last_day:
            found.append((first, text))
    return min(found)[1] if found else None


class PlanStatus(Enum):
    """What importing a list does with one of its rows."""

    NEW = "new"
    RENAMED = "renamed"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"  # the county's own row (and blank rows, which are not listed at all)
    REFUSED = "refused"


@dataclass(frozen=True)
class ListedPlace:
    """One row of a list of townships and villages as read: the code and the name as written."""

    row: int
    code: str
    name: str


@dataclass(frozen=True)
class KnownPlace:
    """A township or village the database holds (current or retired), for planning an import."""

    code: str
    name: str
    parent_code: str
    current: bool
    editable: bool  # staff added it (only those are renamed)
    valid_to: date | None = None


@dataclass(frozen=True)
class PlannedPlace:
    """One row of a list and what importing it does (with the reason when refused)."""

    row: int
    code: str  # as Xianbao keeps it (9 or 12 digits); as written when it cannot be read
    name: str
    status: PlanStatus
    level: RegionLevel | None = None
    old_name: str = ""
    issue: Issue | None = None


@dataclass(frozen=True)
class PlaceListPlan:
    county_code: str
    county_name: str
    rows: tuple[PlannedPlace, ...]

    def count(self, status: PlanStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def refused(self) -> tuple[PlannedPlace, ...]:
        return tuple(row for row in self.rows if row.status is PlanStatus.REFUSED)

    @property
    def changes(self) -> tuple[PlannedPlace, ...]:
        """The rows to write, townships before villages (a list may name a village first)."""
        rows = [r for r in self.rows if r.status in (PlanStatus.NEW, PlanStatus.RENAMED)]
        return tuple(sorted(rows, key=lambda r: (len(r.code), r.code)))


def plan_place_list(
    county: Region, listed: Sequence[ListedPlace], known: Mapping[str, KnownPlace]
) -> PlaceListPlan:
    """What importing `listed` under `county` does, row by row. `known`: the county's townships
    and villages in the database by code, current and retired.

    Codes are read with full-width digits made plain; a township may be written with 9 digits or
    with the statistics office's 12 ending in 000. A row is refused for a code that is not
    digits, has the wrong length or lies outside the county, for a code listed twice, for a code
    a retired division had, for a name missing or used by another division under the same
    parent, and for a village whose township is neither listed nor in the database. A row for
    the county itself is skipped.
    """
    planned: list[PlannedPlace] = []
    first_row: dict[str, int] = {}
    # Pass 1: each row on its own.
    for item in listed:
        code = place_code(normalise_code(item.code))
        name = normalise_name(item.name)
        planned.append(_plan_row(county, item.row, code, name, known, first_row))
    # Pass 2: what rows say about each other (townships of villages, names among siblings).
    townships = {r.code for r in planned if r.level is RegionLevel.TOWNSHIP and r.issue is None}
    townships |= {k.code for k in known.values() if k.current and len(k.code) == 9}
    names: dict[tuple[str, str], str] = {
        (k.parent_code, k.name): k.code for k in known.values() if k.current
    }
    for row in planned:  # the names the list gives replace the ones they rename
        if row.issue is None and row.status is PlanStatus.RENAMED:
            names.pop((_parent_of(county, row.code), row.old_name), None)
    result: list[PlannedPlace] = []
    for row in planned:
        if row.issue is None and row.level is not None:
            parent = _parent_of(county, row.code)
            issue: Issue | None = None
            if row.level is RegionLevel.VILLAGE and parent not in townships:
                issue = Issue(
                    "place_list_no_township", params={"code": row.code, "township": parent}
                )
            else:
                taken = names.setdefault((parent, row.name), row.code)
                if taken != row.code:
                    issue = Issue(
                        "region_name_taken",
                        params={"code": row.code, "name": row.name, "other": taken},
                    )
            if issue is not None:
                row = PlannedPlace(
                    row.row, row.code, row.name, PlanStatus.REFUSED, row.level, row.old_name, issue
                )
        result.append(row)
    return PlaceListPlan(county.code, county.name, tuple(result))


def _parent_of(county: Region, code: str) -> str:
    return county.code if len(code) == 9 else code[:9]


def _plan_row(
    county: Region,
    row: int,
    code: str,
    name: str,
    known: Mapping[str, KnownPlace],
    first_row: dict[str, int],
) -> PlannedPlace:
    def refused(
        issue_code: str, level: RegionLevel | None = None, **params: object
    ) -> PlannedPlace:
        issue = Issue(issue_code, params={"code": code, **params})
        return PlannedPlace(row, code, name, PlanStatus.REFUSED, level, issue=issue)

    if not code:
        return refused("place_list_no_code", name=name)
    if not _DIGITS.match(code):
        return refused("place_list_not_digits")
    if code in (county.code, county.code + "000"):  # 511921000000 is read as 511921000
        return PlannedPlace(row, county.code, name, PlanStatus.SKIPPED)
    level = level_for_new_code(code)
    if level not in (RegionLevel.TOWNSHIP, RegionLevel.VILLAGE):
        return refused("place_list_bad_length", length=len(code))
    if not code.startswith(county.code):
        return refused("region_code_outside_parent", level, parent=county.code)
    if not name:
        return refused("region_needs_name", level)
    if code in first_row:
        return refused("place_list_duplicate", level, first=first_row[code])
    first_row[code] = row
    found = known.get(code)
    if found is None:
        return PlannedPlace(row, code, name, PlanStatus.NEW, level)
    if not found.current:
        until = found.valid_to.isoformat() if found.valid_to else ""
        return refused("place_list_code_retired", level, name=found.name, until=until)
    if found.name == name:
        return PlannedPlace(row, code, name, PlanStatus.UNCHANGED, level, found.name)
    if not found.editable:
        return refused("region_rename_reference", level, name=found.name)
    return PlannedPlace(row, code, name, PlanStatus.RENAMED, level, found.name)
