"""A county's service points as dots on its outline (issue 16): where the register (台账) of
service points gives a longitude and a latitude.

The county's outline is a `MapShapes` of one county (domain/maps.py), so the points are projected
with its projection and land on the outline as the map draws it. A point whose coordinates fall
outside the county's outline is flagged: most likely a typing error (digits swapped, another
county's point, minutes written as decimals). Points without coordinates are counted, so the map
says how many it cannot show.

Which points: those open on the period's last day, and those closed by then (drawn apart); a
point opened after it is not yet there and is left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.maps import MapShapes, Point
from desktop_app.domain.registers import SERVICE_POINTS, RegisterRow

#: The levels of the three-level system, from the top (the register's `level` choices).
LEVELS = ("county", "township", "village")


@dataclass(frozen=True)
class MapPoint:
    """One service point with coordinates: projected `at` (km, as the outline), and whether it
    lies inside the county's outline."""

    name: str
    level: str  # "county", "township" or "village"
    open: bool  # in being on the day shown (False: closed by then)
    lonlat: Point
    at: Point
    inside: bool
    row_id: int | None = None


@dataclass(frozen=True)
class PointMap:
    """A county's outline and its service points on the day shown."""

    county_code: str
    county_name: str
    day: date
    shapes: MapShapes
    points: tuple[MapPoint, ...]
    #: The names of the points shown on no map: without coordinates (or with half of them).
    without_coordinates: tuple[str, ...]

    @property
    def outside(self) -> tuple[MapPoint, ...]:
        """The points lying outside the county's outline: probably mistyped."""
        return tuple(point for point in self.points if not point.inside)

    def count(self, level: str, is_open: bool) -> int:
        """How many points of `level` are drawn open (or closed)."""
        return sum(1 for p in self.points if p.level == level and p.open == is_open)


def place_points(
    county_code: str,
    county_name: str,
    shapes: MapShapes,
    rows: Iterable[RegisterRow],
    day: date,
) -> PointMap:
    """The register's service points in being on `day` or closed by then, on the county's
    `shapes` (a MapShapes of the county alone: an empty one when it has no polygon, and then
    every point is outside)."""
    county = next((c for c in shapes.counties if c.code == county_code), None)
    points: list[MapPoint] = []
    without: list[str] = []
    for row in rows:
        if row.register != SERVICE_POINTS.key:
            continue
        opened = row.get("opened")
        if not isinstance(opened, date) or opened > day:
            continue  # not there yet on the day shown
        longitude, latitude = row.get("longitude"), row.get("latitude")
        if not isinstance(longitude, Decimal) or not isinstance(latitude, Decimal):
            without.append(row.name)
            continue
        lonlat = (float(longitude), float(latitude))
        at = shapes.projection.project(lonlat)
        points.append(
            MapPoint(
                row.name,
                str(row.get("level")),
                row.in_being_on(day),
                lonlat,
                at,
                county is not None and county.contains(at),
                row.id,
            )
        )
    # The county centre over township stations over village points; names in order within.
    points.sort(key=lambda p: (-_rank(p.level), p.name))
    return PointMap(county_code, county_name, day, shapes, tuple(points), tuple(sorted(without)))


def _rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)
