"""The map itself: county outlines painted with QPainterPath, filled by class colour, the counties
that have not reported hatched, one county selected; hover, click and keys. At a county, its
service points as dots over its plain outline (`set_points`), styled by level, hollow when
closed, ringed in red when they lie outside the outline; hovering a dot names it.

The canvas keeps two caches. The outlines' paths in map coordinates are built once per set of
shapes (a region's boundaries do not change with the indicator or the period); the same paths
scaled to the widget are rebuilt on a resize only. A new set of figures changes the fills alone.
Hit testing uses the scaled paths, so what is under the mouse is what is painted there.
"""

from __future__ import annotations

import struct
import sys
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.domain.maps import Bounds, CountyFill, CountyShape, MapShapes, name_fits
from desktop_app.domain.point_maps import MapPoint

#: Colours the canvas draws with besides the classes' fills.
BORDER = QColor("#ffffff")  # between coloured counties, as on a printed choropleth
OUTLINE = QColor("#7a7a7a")  # around a county without a fill
SELECTED_OUTLINE = QColor("#000000")
HATCH = QColor("#8c8c8c")
NOT_REPORTED_FILL = QColor("#ffffff")
LABEL = QColor("#202020")
LABEL_HALO = QColor(255, 255, 255, 210)
#: Room around the map, in pixels, for the selected county's thicker outline.
MARGIN = 8.0
#: A county drawn under its service points: one plain colour, no class.
PLAIN_FILL = QColor("#f3efe4")
#: The service points' dots by level: colour and radius (pixels); the county centre a square.
POINT_STYLES = {
    "county": (QColor("#b2182b"), 7.0),
    "township": (QColor("#2166ac"), 5.0),
    "village": (QColor("#1b7837"), 3.5),
}
#: The ring around a point lying outside the county's outline (a likely typing error).
OUTSIDE_MARK = QColor("#e00000")
#: A point outside the outline is drawn when it lies within this share of the outline's size
#: beyond its box; one farther off (a swapped digit) is only listed, so the county stays large.
OUTSIDE_ROOM = 0.5


#: The outlines of the regions drawn lately (by `MapShapes.key`), shared by every canvas: a region
#: drawn again (the map reopened, a prefecture after its province) builds none of its paths.
_PATHS: OrderedDict[tuple[str, str], dict[str, QPainterPath]] = OrderedDict()
KEPT_REGIONS = 4


def outlines(shapes: MapShapes) -> tuple[dict[str, QPainterPath], bool]:
    """The counties' paths in map coordinates, and whether they were built now."""
    paths = _PATHS.get(shapes.key)
    if paths is not None:
        _PATHS.move_to_end(shapes.key)
        return paths, False
    paths = _PATHS[shapes.key] = {county.code: _path(county) for county in shapes.counties}
    while len(_PATHS) > KEPT_REGIONS:
        _PATHS.popitem(last=False)
    return paths, True


def forget_outlines() -> None:
    """Drop the kept outlines (the bench times a region's first drawing)."""
    _PATHS.clear()


def hatch_brush() -> QBrush:
    """The not-reported pattern: thin diagonal lines (Qt.BDiagPattern)."""
    return QBrush(HATCH, Qt.BrushStyle.BDiagPattern)


class MapCanvas(QWidget):
    """Paints the shapes given by `set_shapes` with the fills given by `set_fills`."""

    #: The mouse is over a county (its code), or over none ("").
    county_hovered = Signal(str)
    #: The selection moved to a county (its code), by the mouse or the keys.
    county_selected = Signal(str)
    #: A county was clicked, or Enter was pressed on the selected one: open its return.
    county_activated = Signal(str)
    #: The mouse is over a service point (its index in the points given), or over none (-1).
    point_hovered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapCanvas")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._shapes: MapShapes | None = None
        self._paths: dict[str, QPainterPath] = {}  # map coordinates, built once per shapes
        self._scaled: dict[str, QPainterPath] = {}  # widget coordinates, built once per size
        self._scaled_labels: dict[str, QPointF] = {}
        self._scaled_for = QSize()
        self._fills: dict[str, CountyFill] = {}
        self._brushes: dict[str, QBrush] = {}
        self._plain = False  # set_plain: one colour, outlined in grey (no neighbours around)
        self._hatch = hatch_brush()
        self._hovered = ""
        self._selected = ""
        self._show_names = True
        self._boxes: dict[str, QRectF] = {}  # the scaled paths' bounding boxes
        self._names: list[tuple[QRectF, str]] = []  # the names that fit, where they go
        self._points: tuple[MapPoint, ...] = ()
        self._scaled_points: list[QPointF | None] = []  # None: too far off to draw
        self._hovered_point = -1
        self._marked_point = -1
        #: How many times this canvas built outlines (tests and the bench read it).
        self.paths_built = 0

    # --- what is painted --------------------------------------------------------------------------
    def set_shapes(self, shapes: MapShapes) -> None:
        """The counties' outlines. The same region's shapes given again (another indicator or
        period: an equal `key`) keep the paths already built."""
        if self._shapes is not None and shapes.key == self._shapes.key:
            return
        self._shapes = shapes
        self._paths, built = outlines(shapes)
        self.paths_built += built
        self._scaled_for = QSize()
        if self._selected not in self._paths:
            self._selected = ""
        self._hovered = ""
        self.update()

    def set_fills(self, fills: Sequence[CountyFill]) -> None:
        """The counties' colours (and hatching) for the figures shown now; only a repaint."""
        self._plain = False
        self._fills = {fill.code: fill for fill in fills}
        self._brushes = {
            code: QBrush(NOT_REPORTED_FILL if fill.hatched else QColor(fill.fill))
            for code, fill in self._fills.items()
        }
        self.update()

    def set_plain(self) -> None:
        """Every county in one plain colour, none hatched (the outline under service points)."""
        self._plain = True
        self._fills = {}
        self._brushes = {code: QBrush(PLAIN_FILL) for code in self._paths}
        self.update()

    def set_points(self, points: Sequence[MapPoint]) -> None:
        """The service points drawn over the outlines ((): none); the outlines' room grows to
        hold the points lying a little outside them."""
        if not points and not self._points:
            return  # a region's map recoloured: its scaled outlines stay
        self._points = tuple(points)
        self._hovered_point = self._marked_point = -1
        self._scaled_for = QSize()
        self.update()

    def mark_point(self, index: int) -> None:
        """Draw the point `index` bolder (chosen in a list beside the map); -1: none."""
        self._marked_point = index
        self.update()

    @property
    def points(self) -> tuple[MapPoint, ...]:
        return self._points

    def point_position(self, index: int) -> QPointF | None:
        """Where the point `index` is drawn on the widget now; None when it is not drawn."""
        self._ensure_scaled()
        found = self._scaled_points[index]
        return None if found is None else QPointF(found)

    def point_at(self, position: QPointF) -> int:
        """The point drawn under `position` (the topmost, within its dot and 3 pixels), or -1."""
        self._ensure_scaled()
        for index in range(len(self._points) - 1, -1, -1):
            at = self._scaled_points[index]
            if at is None:
                continue
            reach = POINT_STYLES.get(self._points[index].level, (OUTLINE, 4.0))[1] + 3
            dx, dy = position.x() - at.x(), position.y() - at.y()
            if dx * dx + dy * dy <= reach * reach:
                return index
        return -1

    def set_show_names(self, show: bool) -> None:
        self._show_names = show
        self.update()

    @property
    def counties(self) -> tuple[CountyShape, ...]:
        return () if self._shapes is None else self._shapes.counties

    @property
    def codes(self) -> list[str]:
        """The counties in the order the shapes were given (Tab's order)."""
        return [county.code for county in self.counties]

    @property
    def selected(self) -> str:
        return self._selected

    @property
    def hovered(self) -> str:
        return self._hovered

    def fill_of(self, code: str) -> CountyFill | None:
        return self._fills.get(code)

    def label_point(self, code: str) -> QPointF:
        """Where the county's label sits on the widget now (for the hover test and tests)."""
        self._ensure_scaled()
        return QPointF(self._scaled_labels.get(code, QPointF()))

    def scaled_path(self, code: str) -> QPainterPath:
        """The county's outline on the widget now (a copy)."""
        self._ensure_scaled()
        return QPainterPath(self._scaled.get(code, QPainterPath()))

    def county_at(self, point: QPointF) -> str:
        """The county painted under `point` (widget coordinates), "" where there is none."""
        self._ensure_scaled()
        for code, box in self._boxes.items():
            if box.contains(point) and self._scaled[code].contains(point):
                return code
        return ""

    def select(self, code: str) -> None:
        if code == self._selected or (code and code not in self._paths):
            return
        self._selected = code
        self.update()
        self.county_selected.emit(code)

    # --- geometry -----------------------------------------------------------------------------------
    def _bounds(self) -> Bounds:
        """What the widget shows: the outlines, and the points near enough to them."""
        assert self._shapes is not None
        bounds = self._shapes.bounds
        if not self._points:
            return bounds
        near = [p.at for p in self._points if _near(p.at, bounds)]
        return Bounds.of([(bounds.min_x, bounds.min_y), (bounds.max_x, bounds.max_y), *near])

    def _transform(self) -> QTransform:
        """Map coordinates (km, y growing south) → widget: the whole map in the widget, its
        aspect ratio kept, centred."""
        if self._shapes is None:
            return QTransform()
        bounds = self._bounds()
        width = max(1.0, self.width() - 2 * MARGIN)
        height = max(1.0, self.height() - 2 * MARGIN)
        if bounds.width <= 0 or bounds.height <= 0:
            return QTransform()
        scale = min(width / bounds.width, height / bounds.height)
        transform = QTransform()
        transform.translate(
            MARGIN + (width - bounds.width * scale) / 2,
            MARGIN + (height - bounds.height * scale) / 2,
        )
        transform.scale(scale, scale)
        transform.translate(-bounds.min_x, -bounds.min_y)
        return transform

    def _ensure_scaled(self) -> None:
        if self._scaled_for == self.size() and len(self._scaled) == len(self._paths):
            return
        transform = self._transform()
        self._scaled = {code: transform.map(path) for code, path in self._paths.items()}
        self._boxes = {code: path.boundingRect() for code, path in self._scaled.items()}
        self._scaled_labels = {
            county.code: transform.map(QPointF(*county.label_point)) for county in self.counties
        }
        bounds = self._shapes.bounds if self._shapes is not None else Bounds(0, 0, 0, 0)
        self._scaled_points = [
            transform.map(QPointF(*p.at)) if _near(p.at, bounds) else None for p in self._points
        ]
        self._names = []
        metrics = QFontMetricsF(self.font())
        height = metrics.height()
        for county in self.counties:
            box = self._boxes.get(county.code)
            width = metrics.horizontalAdvance(county.name)
            if box is None or not name_fits(width, height, box.width(), box.height()):
                continue
            centre = self._scaled_labels[county.code]
            rect = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
            if any(rect.intersects(placed) for placed, _name in self._names):
                continue  # a neighbour's name is there: both would be unreadable
            self._names.append((rect, county.name))
        self._scaled_for = self.size()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scaled_for = QSize()
        super().resizeEvent(event)

    # --- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """The fills (the hatching over those not reported), then every outline, the hovered
        and the selected county's bolder, then the names. Fills are drawn without antialiasing:
        the antialiased outlines drawn over them cover their edges, at half the cost."""
        self._ensure_scaled()
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        clip = QRectF(event.rect())
        shown = [code for code, box in self._boxes.items() if box.intersects(clip)]
        painter.setPen(Qt.PenStyle.NoPen)
        hatched: list[str] = []
        for code in shown:
            fill = self._fills.get(code)
            brush = self._brushes.get(code)
            if brush is None or (fill is not None and fill.hatched):
                hatched.append(code)
            painter.setBrush(brush if brush is not None else QBrush(NOT_REPORTED_FILL))
            painter.drawPath(self._scaled[code])
        for code in hatched:
            painter.fillPath(self._scaled[code], self._hatch)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(OUTLINE if self._plain else BORDER, 0.8))
        for code in shown:
            painter.drawPath(self._scaled[code])
        painter.setPen(QPen(OUTLINE, 0.8))
        for code in hatched:
            painter.drawPath(self._scaled[code])
        for code, width in ((self._hovered, 1.6), (self._selected, 2.6)):
            if code in self._scaled:
                painter.setPen(QPen(SELECTED_OUTLINE, width))
                painter.drawPath(self._scaled[code])
        self._paint_points(painter)
        if self._show_names:
            for rect, name in self._names:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(LABEL_HALO)
                painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3)
                painter.setPen(LABEL)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        if self.hasFocus() and not self._selected and self._paths:
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_points(self, painter: QPainter) -> None:
        """The service points: a dot per point by level (the county centre a square), white
        inside when closed, ringed in red when outside the outline; the hovered or marked one
        ringed in black."""
        for index, point in enumerate(self._points):
            at = self._scaled_points[index]
            if at is None:
                continue
            colour, radius = POINT_STYLES.get(point.level, (OUTLINE, 4.0))
            if not point.inside:
                painter.setPen(QPen(OUTSIDE_MARK, 2.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(at, radius + 4, radius + 4)
            painter.setPen(QPen(colour if not point.open else QColor("#ffffff"), 1.5))
            painter.setBrush(colour if point.open else QColor("#ffffff"))
            if point.level == "county":
                painter.drawRect(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius))
            else:
                painter.drawEllipse(at, radius, radius)
            if index in (self._hovered_point, self._marked_point):
                painter.setPen(QPen(SELECTED_OUTLINE, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(at, radius + 2.5, radius + 2.5)

    # --- mouse ---------------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position()) if self._points else -1
        if point != self._hovered_point:
            self._hovered_point = point
            self.update()
            self.point_hovered.emit(point)
        if point < 0:
            self._hover(self.county_at(event.position()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered_point >= 0:
            self._hovered_point = -1
            self.update()
            self.point_hovered.emit(-1)
        self._hover("")
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            code = self.county_at(event.position())
            if code:
                self.select(code)
                self.county_activated.emit(code)
                return
        super().mouseReleaseEvent(event)

    def _hover(self, code: str) -> None:
        if code == self._hovered:
            return
        self._hovered = code
        self.update()
        self.county_hovered.emit(code)

    # --- keys ------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.county_activated.emit(self._selected)
            return
        direction = {
            Qt.Key.Key_Left: (-1.0, 0.0),
            Qt.Key.Key_Right: (1.0, 0.0),
            Qt.Key.Key_Up: (0.0, -1.0),
            Qt.Key.Key_Down: (0.0, 1.0),
        }.get(Qt.Key(key))
        if direction is not None and self._paths:
            self.select(self._neighbour(direction))
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab walk the counties in order; past the last (or before the first)
        the focus leaves the map as usual."""
        codes = self.codes
        if codes:
            at = codes.index(self._selected) if self._selected in codes else -1
            step = 1 if next else -1
            if at == -1 and not next:
                at = len(codes)
            target = at + step
            if 0 <= target < len(codes):
                self.select(codes[target])
                return True
            self.select("")
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _neighbour(self, direction: tuple[float, float]) -> str:
        """The county an arrow key moves to: the nearest label point lying in that direction
        (within 60° either side of it), distance along the direction weighing less than across;
        from no selection, the first county."""
        self._ensure_scaled()
        if not self._selected:
            return self.codes[0]
        here = self._scaled_labels[self._selected]
        dx, dy = direction
        best, best_cost = self._selected, float("inf")
        for code, point in self._scaled_labels.items():
            if code == self._selected:
                continue
            vx, vy = point.x() - here.x(), point.y() - here.y()
            along = vx * dx + vy * dy
            across = abs(vx * dy - vy * dx)
            if along <= 0 or across > along * 1.8:
                continue
            cost = along + 2 * across
            if cost < best_cost:
                best, best_cost = code, cost
        return best


def _near(point: tuple[float, float], bounds: Bounds) -> bool:
    """Whether `point` lies within OUTSIDE_ROOM of the outlines' size beyond their box."""
    room = OUTSIDE_ROOM * max(bounds.width, bounds.height)
    x, y = point
    return (
        bounds.min_x - room <= x <= bounds.max_x + room
        and bounds.min_y - room <= y <= bounds.max_y + room
    )


def _path(county: CountyShape) -> QPainterPath:
    """One county's rings as one path; holes (an enclave's ring) cut out by the even-odd rule.
    Each ring is read whole as a QPolygonF from its packed doubles (a QDataStream of a count
    and the points, in the machine's byte order), not built point by point from Python. A
    province's are its screen level (a third of the points: a pixel is ~1 km there)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    rings, packed_rings = county.on_screen()
    for ring, packed in zip(rings, packed_rings, strict=True):
        if len(ring) < 3:
            continue
        stream = QDataStream(QByteArray(struct.pack("=I", len(ring)) + packed))
        stream.setByteOrder(_BYTE_ORDER)
        polygon = QPolygonF()
        stream >> polygon
        path.addPolygon(polygon)
        path.closeSubpath()
    return path


_BYTE_ORDER = (
    QDataStream.ByteOrder.LittleEndian
    if sys.byteorder == "little"
    else QDataStream.ByteOrder.BigEndian
)
