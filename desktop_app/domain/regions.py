"""Administrative divisions (行政区划) with GB/T 2260 and statistics-office codes.

Codes are text: leading digits and length matter. Province, prefecture and county codes have 6
digits (PPCCDD); the statistics office's codes add 3 digits for a township and 3 for a village.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from desktop_app.domain.issues import DomainError


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

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


def check_region_code(code: str, level: RegionLevel, parent: Region | None) -> None:
    """Refuse a code that cannot belong to `level` under `parent`."""
    if not _DIGITS.match(code) or len(code) != level.code_length:
        raise DomainError.of("bad_region_code", code=code, level=level.value)
    if level is RegionLevel.PROVINCE:
        if parent is not None or not code.endswith("0000"):
            raise DomainError.of("bad_region_code", code=code, level=level.value)
        return
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
