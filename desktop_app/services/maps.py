"""Use case: a prefecture's or a province's counties coloured by one figure (issue 16).

The figures are the grid's and the city report's: FigureService.figures_below, one roll-up of the
region, with the counties' targets and progress. The boundaries are resources/maps/NN.json
(packaging/make_maps.py), read once per province and kept; the projected shapes of a region are
kept too, so a painter that caches its paths by `MapShapes.key` draws them once.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import DomainError
from desktop_app.domain.maps import (
    FillState,
    MapMeasure,
    MapPicture,
    MapShapes,
    Point,
    Ring,
    decode_ring,
    measures_of,
    paint,
)
from desktop_app.domain.periods import Period
from desktop_app.domain.point_maps import PointMap, place_points
from desktop_app.domain.regions import RegionLevel, period_dates
from desktop_app.domain.registers import SERVICE_POINTS
from desktop_app.domain.values import NotApplicable
from desktop_app.paths import resources_dir
from desktop_app.persistence.repositories import IndicatorRepository, RegionRepository
from desktop_app.services.figures import FigureService, IndicatorFigures

if TYPE_CHECKING:
    from desktop_app.services.registers import RegisterService

#: Decimals of a percentage shown on a map (同比 and 完成进度 are kept with one).
PERCENT_SCALE = 1


@dataclass(frozen=True)
class ProvinceOutlines:
    """One resources/maps file: its version (a digest of its bytes), the county rings and
    their label points, in longitude/latitude."""

    version: str
    rings: Mapping[str, tuple[Ring, ...]]
    labels: Mapping[str, Point]
    #: The rings at the file's screen level (a province in the window); empty in an older file.
    screen: Mapping[str, tuple[Ring, ...]] = field(default_factory=dict)


class Boundaries:
    """The county polygons of resources/maps/, read once per province."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else resources_dir() / "maps"
        self._provinces: dict[str, ProvinceOutlines] = {}
        self._lock = threading.Lock()

    def province(self, prefix: str) -> ProvinceOutlines:
        """The outlines of the province whose codes start with `prefix` (two digits); without
        a file, none."""
        with self._lock:
            found = self._provinces.get(prefix)
            if found is None:
                found = self._provinces[prefix] = _read(self.folder / f"{prefix}.json")
            return found


def _read(path: Path) -> ProvinceOutlines:
    if not path.is_file():
        return ProvinceOutlines("", {}, {})
    data = path.read_bytes()
    document = json.loads(data)
    scale = float(document["scale"])
    rings = {
        code: tuple(decode_ring(flat, scale) for flat in found)
        for code, found in document["counties"].items()
    }
    labels = {code: (x / scale, y / scale) for code, (x, y) in document["labels"].items()}
    screen = {
        code: tuple(decode_ring(flat, scale) for flat in found)
        for code, found in document.get("screen", {}).items()
    }
    return ProvinceOutlines(hashlib.sha256(data).hexdigest()[:16], rings, labels, screen)


@dataclass(frozen=True)
class _Drawing:
    """What a region's maps share: its name, its counties (code, name), their shapes and those
    without a polygon."""

    name: str
    counties: tuple[tuple[str, str], ...]
    shapes: MapShapes
    missing: tuple[tuple[str, str], ...]


class MapService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        figures: FigureService,
        boundaries: Boundaries | None = None,
        registers: RegisterService | None = None,
    ) -> None:
        """`registers`: where a county's service points are read (the bundle's, so the person's
        access limit applies); by default one of `sessions` without a limit."""
        self.sessions = sessions
        self.figures = figures
        self.boundaries = boundaries or Boundaries()
        if registers is None:
            from desktop_app.services.registers import RegisterService

            registers = RegisterService(sessions, "")
        self.registers = registers
        self._drawings: dict[str, _Drawing] = {}
        self._lock = threading.Lock()

    def indicators(self) -> list[tuple[Indicator, tuple[MapMeasure, ...]]]:
        """The active indicators in the catalogue's order, each with the measures a map of it
        offers (domain.maps.measures_of)."""
        with self.sessions() as session:
            rows = IndicatorRepository(session).active()
            return [(row.indicator, measures_of(row.indicator)) for row in rows]

    def shapes(self, region_code: str) -> MapShapes:
        """The projected shapes of the region's counties (the same object while the region's
        counties and the boundary file are unchanged)."""
        return self._drawing(region_code).shapes

    def _drawing(self, region_code: str) -> _Drawing:
        name, province, counties = self._counties(region_code)
        with self._lock:
            kept = self._drawings.get(region_code)
            if kept is not None and kept.name == name and kept.counties == counties:
                return kept
            outlines = self.boundaries.province(region_code[:2])
            polygons = outlines.rings
            drawn = [(c, n, polygons[c]) for c, n in counties if c in polygons]
            missing = tuple((c, n) for c, n in counties if c not in polygons)
            # a province on screen is ~1 km a pixel: the window draws the screen's level
            screen = outlines.screen if province else None
            shapes = MapShapes.build(region_code, drawn, outlines.version, outlines.labels, screen)
            kept = self._drawings[region_code] = _Drawing(name, counties, shapes, missing)
            return kept

    def _counties(self, region_code: str) -> tuple[str, bool, tuple[tuple[str, str], ...]]:
        """The region's name, whether it is a province, and today's counties (code, name) of
        the prefecture, or of every prefecture of the province."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            region = repo.require(region_code)
            counties = repo.counties_of(region)
            if counties is None:
                raise DomainError.of("map_needs_city", name=region.name, code=region.code)
            province = region.level == RegionLevel.PROVINCE.value
            return region.name, province, tuple((c.code, c.name) for c in counties)

    def figures_of(
        self, region_code: str, period: Period
    ) -> dict[str, dict[str, IndicatorFigures]]:
        """Every figure of the region's counties (FigureService.figures_below over all of
        them): what `map_of(..., below=...)` takes, for a window that draws several maps of
        one region and period and rolls the region up once."""
        counties = self._drawing(region_code).counties
        return self.figures.figures_below(region_code, period, [c for c, _n in counties])

    def map_of(
        self,
        region_code: str,
        indicator_code: str,
        measure: MapMeasure,
        period: Period,
        *,
        below: Mapping[str, Mapping[str, IndicatorFigures]] | None = None,
    ) -> MapPicture:
        """The region's counties coloured by the indicator's measure in the period. `below`:
        the counties' figures when the caller has them already (FigureService.figures_below
        of the same region and period: a report's ranking), so they are not computed twice."""
        drawing = self._drawing(region_code)
        counties = drawing.counties
        if below is None:
            below = self.figures_of(region_code, period)
        indicator: Indicator | None = None
        states: dict[str, tuple[FillState, Decimal | None]] = {}
        partial: list[tuple[str, str]] = []
        for code, name in counties:
            row = below.get(code, {}).get(indicator_code)
            if row is None:
                continue
            indicator = row.indicator
            states[code] = county_state(row, measure)
            if states[code][0] is FillState.VALUE and incomplete(row, measure):
                partial.append((code, name))
        if indicator is None:
            indicator = self._indicator(indicator_code)
        percent = measure.is_growth or measure is MapMeasure.PROGRESS
        scale = PERCENT_SCALE if percent else indicator.scale
        fills, classes, legend = paint(
            drawing.shapes, indicator, measure, states, scale, {code for code, _ in partial}
        )
        not_reported = tuple(
            (c, n) for c, n in counties if states.get(c, _NOT_REPORTED)[0] is FillState.NOT_REPORTED
        )
        return MapPicture(
            region_code=region_code,
            region_name=drawing.name,
            indicator=indicator,
            measure=measure,
            period=period,
            unit="%" if percent else indicator.unit,
            shapes=drawing.shapes,
            fills=fills,
            classes=classes,
            legend=legend,
            reported=len(counties) - len(not_reported),
            expected=len(counties),
            not_reported=not_reported,
            missing_polygons=drawing.missing,
            incomplete=tuple(partial),
        )

    def points_of(self, county_code: str, period: Period) -> PointMap:
        """A county's outline with its service points (the register's) that have coordinates,
        on the period's last day: open ones, those closed by then, the points without
        coordinates named, those lying outside the outline flagged (domain/point_maps.py)."""
        with self.sessions() as session:
            county = RegionRepository(session).require(county_code)
            name = county.name
        outlines = self.boundaries.province(county_code[:2])
        rings = outlines.rings.get(county_code)
        drawn = [(county_code, name, rings)] if rings is not None else []
        shapes = MapShapes.build(county_code, drawn, outlines.version, outlines.labels)
        rows = self.registers.rows(SERVICE_POINTS.key, county_code)
        _first, last = period_dates(period)
        return place_points(county_code, name, shapes, rows, last)

    def _indicator(self, code: str) -> Indicator:
        with self.sessions() as session:
            for row in IndicatorRepository(session).active():
                if row.indicator.code == code:
                    return row.indicator
        raise DomainError.of("unknown_indicator", code=code)


_NOT_REPORTED: tuple[FillState, Decimal | None] = (FillState.NOT_REPORTED, None)


#: The roll-up's measure (domain.rollup.MEASURES) each map measure shows; progress is of the
#: year to date.
_ROLLED: dict[MapMeasure, str] = {
    MapMeasure.CURRENT: "current",
    MapMeasure.CUMULATIVE: "cumulative",
    MapMeasure.YOY: "yoy",
    MapMeasure.YOY_CUMULATIVE: "yoy_cumulative",
    MapMeasure.PROGRESS: "cumulative",
}


def incomplete(row: IndicatorFigures, measure: MapMeasure) -> bool:
    """Whether a county's figure of `measure` is summed from part of its own townships (or
    other parts): the tables print it with "*", so the map marks and names it too."""
    coverage = row.coverage_of(_ROLLED[measure])
    return coverage is not None and not coverage.complete


def county_state(row: IndicatorFigures, measure: MapMeasure) -> tuple[FillState, Decimal | None]:
    """How a county's figures show on a map of `measure`: reported when it has the measure's
    base figure (本期 for 本期 and its 同比, 1-N月累计 for the rest; 无 included), then the
    measure's value, or none ("—": 同比 without last year, progress without a target)."""
    f = row.figures
    base = f.current if measure in (MapMeasure.CURRENT, MapMeasure.YOY) else f.cumulative
    if base is None:
        return _NOT_REPORTED
    value: object
    if measure is MapMeasure.CURRENT:
        value = f.current
    elif measure is MapMeasure.CUMULATIVE:
        value = f.cumulative
    elif measure is MapMeasure.YOY:
        value = f.yoy
    elif measure is MapMeasure.YOY_CUMULATIVE:
        value = f.yoy_cumulative
    else:
        value = row.progress
    if isinstance(value, Decimal):
        return (FillState.VALUE, value)
    if isinstance(value, NotApplicable) or isinstance(base, NotApplicable):
        return (FillState.NOT_APPLICABLE, None)
    return (FillState.NO_FIGURE, None)


__all__ = ["Boundaries", "MapService", "county_state", "incomplete"]
