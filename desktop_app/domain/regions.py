"""Administrative divisions (行政区划) with GB/T 2260 and statistics-office codes.

Codes are text: leading digits and length matter. Province, prefecture and county codes have 6
digits (PPCCDD); the statistics office's codes add 3 digits for a township and 3 for a village.

Divisions change over time (郫县 became 郫都区 in 2016): a division is valid from one day to
another, and one that ended names its successor. A value keeps the division it was reported for.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from desktop_app.domain.issues import DomainError
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
