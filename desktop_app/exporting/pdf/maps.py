"""The map in the city and province reports: the counties coloured by a figure, drawn with
reportlab.graphics from the same MapPicture the window paints (domain/maps.py).

Each county is one even-odd Path filled with its class's colour (the colours lighten to darken
with the value, so a greyscale print still reads); a county that has not reported is white,
crossed by thin diagonal lines clipped to its outline. The legend stands beside the map, and the
lines under it say how many counties reported and which did not.

Counts are written as bare numbers under a heading ("Counties", "Counties reported: 4 of 5"), not
in a phrase ("1 counties"): lupdate makes a plural entry only of a Qt widget's tr(), and this
module, below the window, translates with i18n.translate.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from desktop_app.domain.maps import (
    Bounds,
    LegendEntry,
    LegendKind,
    MapMeasure,
    MapPicture,
    Ring,
    name_fits,
)
from desktop_app.exporting.pdf.document import Styles, unit_text
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, translate

#: Borders between counties: white, as on a printed choropleth (it shows on every class's
#: colour); a county without a fill gets a grey one.
BORDER = colors.white
OUTLINE = colors.HexColor("#7a7a7a")
HATCH = colors.HexColor("#808080")
WHITE = colors.white
#: Between the hatching's lines, and their width (points).
HATCH_STEP, HATCH_WIDTH = 2.8, 0.45
#: The legend column beside the map (at least; wider when its texts need it), and its squares
#: (points).
LEGEND_WIDTH, SWATCH = 118.0, 9.0
LEGEND_FONT, NAME_FONT = 7.5, 6.0
#: Two points of an outline closer than this on the page (points, 0.1 mm) are written as one.
MIN_STEP = 0.3
#: The map's height at most: a province stays on a page with its heading and notes.
MAP_MAX_HEIGHT = 105 * mm

MEASURE_NAMES = {
    MapMeasure.CURRENT: QT_TRANSLATE_NOOP("Reports", "this period"),
    MapMeasure.CUMULATIVE: QT_TRANSLATE_NOOP("Reports", "year to date"),
    MapMeasure.YOY: QT_TRANSLATE_NOOP("Reports", "year on year"),
    MapMeasure.YOY_CUMULATIVE: QT_TRANSLATE_NOOP("Reports", "year to date, year on year"),
    MapMeasure.PROGRESS: QT_TRANSLATE_NOOP("Reports", "progress to target"),
}


def _ring_points(ring: Ring, bounds: Bounds, scale: float, left: float, top: float) -> list[float]:
    """A ring in the drawing's points: x east, y up (the picture's y grows south), without the
    points closer than MIN_STEP to the last one kept (Sichuan's 56,000 points are written
    as text into the PDF, and most of them are a fraction of a point apart on the page)."""
    points: list[float] = []
    last_x = last_y = float("inf")
    for x, y in ring:
        px = left + (x - bounds.min_x) * scale
        py = top - (y - bounds.min_y) * scale
        if abs(px - last_x) + abs(py - last_y) >= MIN_STEP:
            points.append(px)
            points.append(py)
            last_x, last_y = px, py
    return points


def _path(
    rings: Sequence[list[float]],
    fill: colors.Color | None = None,
    stroke: colors.Color | None = None,
    stroke_width: float = 0.35,
    clip: bool = False,
) -> Path:
    """The rings as one path, filled by the even-odd rule (a hole stays open); `clip`: the
    path clips what its group draws after it instead of being drawn."""
    path = Path(
        fillColor=fill, strokeColor=stroke, strokeWidth=stroke_width, isClipPath=1 if clip else 0
    )
    for points in rings:
        if len(points) < 6:
            continue
        path.moveTo(points[0], points[1])
        for i in range(2, len(points), 2):
            path.lineTo(points[i], points[i + 1])
        path.closePath()
    return path


def _hatched(rings: Sequence[list[float]]) -> Group:
    """Diagonal lines (lower left to upper right) over the rings' box, clipped to the rings."""
    xs = [p for points in rings for p in points[0::2]]
    ys = [p for points in rings for p in points[1::2]]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    group = Group(_path(rings, clip=True))
    # Lines y = x + c, c stepping over every value that meets the box.
    c = y0 - x1
    while c <= y1 - x0:
        group.add(Line(x0, x0 + c, x1, x1 + c, strokeColor=HATCH, strokeWidth=HATCH_WIDTH))
        c += HATCH_STEP
    return group


def _dark(colour: colors.Color) -> bool:
    """Whether black text would be hard to read on `colour` (its luma under one half)."""
    return bool(0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue < 0.5)


def legend_label(entry: LegendEntry) -> str:
    if entry.kind is LegendKind.NOT_REPORTED:
        return translate("Reports", "Not reported")
    if entry.kind is LegendKind.NO_FIGURE:
        return translate("Reports", "No figure")
    return entry.label


def legend_title(picture: MapPicture) -> str:
    measure = translate("Reports", MEASURE_NAMES[picture.measure])
    unit = unit_text(picture.unit)
    if not unit:
        return measure
    return translate("Reports", "{measure} ({unit})").format(measure=measure, unit=unit)


def map_drawing(picture: MapPicture, font_name: str, width: float) -> Drawing:
    """The counties and the legend, `width` wide; as high as the map's shape needs (at most
    MAP_MAX_HEIGHT)."""
    bounds = picture.shapes.bounds
    legend_width = _legend_width(picture, font_name)
    room = width - legend_width - 6
    scale = min(
        room / max(bounds.width, 1e-9),
        MAP_MAX_HEIGHT / max(bounds.height, 1e-9),
    )
    map_height = bounds.height * scale
    legend_height = (len(picture.legend) + 1.5) * (SWATCH + 4)
    height = max(map_height, legend_height) + 2
    drawing = Drawing(width, height)
    # The renderer's initial state is Helvetica, which would be named on the page unembedded.
    drawing.initialFontName = font_name  # type: ignore[attr-defined]
    left = (room - bounds.width * scale) / 2
    top = height - 1
    by_code = {fill.code: fill for fill in picture.fills}
    names: list[String] = []
    taken: list[tuple[float, float, float, float]] = []  # the names' boxes placed so far
    for county in picture.shapes.counties:
        rings = [_ring_points(r, bounds, scale, left, top) for r in county.rings]
        fill = by_code.get(county.code)
        hatched = fill is None or fill.hatched
        colour = WHITE if hatched or fill is None else colors.HexColor(fill.fill)
        border = OUTLINE if hatched else BORDER
        drawing.add(_path(rings, fill=colour, stroke=border, stroke_width=0.5))
        if hatched:
            drawing.add(_hatched(rings))
        xs = [p for points in rings for p in points[0::2]]
        ys = [p for points in rings for p in points[1::2]]
        text_width = stringWidth(county.name, font_name, NAME_FONT)
        if not name_fits(text_width, NAME_FONT, max(xs) - min(xs), max(ys) - min(ys)):
            continue
        lx, ly = county.label_point
        x = left + (lx - bounds.min_x) * scale
        y = top - (ly - bounds.min_y) * scale
        box = (x - text_width / 2, y - NAME_FONT / 2, x + text_width / 2, y + NAME_FONT / 2)
        if any(_overlap(box, other) for other in taken):
            continue  # a neighbour's name is there: both would be unreadable
        taken.append(box)
        names.append(
            String(
                x,
                y - NAME_FONT / 3,
                county.name,
                fontName=font_name,
                fontSize=NAME_FONT,
                textAnchor="middle",
                fillColor=colors.white if _dark(colour) else colors.black,
            )
        )
    for name in names:  # over every county's fill, so a neighbour never covers a name
        drawing.add(name)
    _add_legend(drawing, picture, font_name, room + 6, height, legend_width)
    return drawing


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _count_heading() -> str:
    return translate("Reports", "Counties")


def _legend_width(picture: MapPicture, font_name: str) -> float:
    """Wide enough for the title and each row's square, range and count, at least LEGEND_WIDTH."""

    def width(text: str) -> float:
        return float(stringWidth(text, font_name, LEGEND_FONT))

    rows = [
        SWATCH + 5 + width(legend_label(entry)) + 8 + width(str(entry.count)) + 4
        for entry in picture.legend
    ]
    title = width(legend_title(picture)) + 8 + width(_count_heading()) + 4
    return max([LEGEND_WIDTH, title, *rows])


def _add_legend(
    drawing: Drawing, picture: MapPicture, font_name: str, x: float, height: float, width: float
) -> None:
    y = height - LEGEND_FONT - 2
    drawing.add(String(x, y, legend_title(picture), fontName=font_name, fontSize=LEGEND_FONT))
    drawing.add(
        String(
            x + width - 4,
            y,
            _count_heading(),
            fontName=font_name,
            fontSize=LEGEND_FONT,
            textAnchor="end",
            fillColor=colors.HexColor("#555555"),
        )
    )
    for entry in picture.legend:
        y -= SWATCH + 4
        colour = WHITE if entry.hatched else colors.HexColor(entry.fill)
        square = Rect(x, y - 1.5, SWATCH, SWATCH)
        square.fillColor, square.strokeColor, square.strokeWidth = colour, OUTLINE, 0.35
        drawing.add(square)
        if entry.hatched:
            corners = [
                x,
                y - 1.5,
                x + SWATCH,
                y - 1.5,
                x + SWATCH,
                y + SWATCH - 1.5,
                x,
                y + SWATCH - 1.5,
            ]
            drawing.add(_hatched([corners]))
        drawing.add(
            String(
                x + SWATCH + 5,
                y,
                legend_label(entry),
                fontName=font_name,
                fontSize=LEGEND_FONT,
            )
        )
        drawing.add(
            String(
                x + width - 4,
                y,
                str(entry.count),
                fontName=font_name,
                fontSize=LEGEND_FONT,
                textAnchor="end",
                fillColor=colors.HexColor("#555555"),
            )
        )


def map_title(picture: MapPicture) -> str:
    """网络零售额 分布图（2025年1-3月）."""
    english = current_language() == "en"
    period = picture.period.label_en if english else picture.period.label_zh
    if picture.measure in (MapMeasure.CUMULATIVE, MapMeasure.YOY_CUMULATIVE):
        period = picture.period.ytd_label_en if english else picture.period.ytd_label_zh
    indicator = picture.indicator.name_en if english else picture.indicator.name_zh
    return translate("Reports", "{indicator} by county ({period})").format(
        indicator=indicator, period=period
    )


def reported_line(picture: MapPicture) -> str:
    """已报送县数：4/5；未报送：南江县；* 不完整：通江县."""
    line = translate("Reports", "Counties reported: {reported} of {expected}").format(
        reported=picture.reported, expected=picture.expected
    )
    if picture.not_reported:
        names = translate("Reports", ", ").join(name for _code, name in picture.not_reported)
        line = translate("Reports", "{reported}; not reported: {names}").format(
            reported=line, names=names
        )
    if picture.incomplete:
        names = translate("Reports", ", ").join(name for _code, name in picture.incomplete)
        line = translate("Reports", "{reported}; * incomplete (some townships): {names}").format(
            reported=line, names=names
        )
    return line


def map_story(picture: MapPicture, styles: Styles, width: float) -> list[Flowable]:
    """The heading, the map with its legend, and the lines under it, kept on one page."""
    parts: list[Flowable] = [
        Paragraph(escape(map_title(picture)), styles.heading),
        map_drawing(picture, styles.font.name, width),
        Paragraph(escape(reported_line(picture)), styles.small),
    ]
    if picture.missing_polygons:
        names = translate("Reports", ", ").join(name for _code, name in picture.missing_polygons)
        parts.append(
            Paragraph(
                escape(
                    translate("Reports", "Not on the map (no boundary): {names}").format(
                        names=names
                    )
                ),
                styles.small,
            )
        )
    return [KeepTogether(parts)]
