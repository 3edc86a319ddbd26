"""地图 (Reports ▸ Map…, Ctrl+M): a prefecture's or a province's counties coloured by one figure.

The window asks MapService (services/maps.py) for a MapPicture of the region, the indicator, the
measure and the period chosen, and paints it (ui/map_canvas.py): each county filled with its
class's colour, the counties that have not reported hatched and named in a list beside the map,
a legend of the classes, "n of m reported". Hovering a county names it and its figure; a click,
or Enter on the county selected with the arrow keys or Tab, opens its return in the main window.
The outlines are built once per region; another indicator, measure or period repaints colours.

At a county the window shows its service points instead (MapService.points_of): the county's
outline with a dot per point that has coordinates in the register, by level, hollow when closed
by the period's end, ringed in red and listed when it lies outside the outline (a likely typing
error); the legend counts them, and the points without coordinates are named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.indicators import Indicator, Temporal, ValueKind, unit_label
from desktop_app.domain.issues import DomainError
from desktop_app.domain.maps import (
    CountyFill,
    FillState,
    LegendEntry,
    LegendKind,
    MapMeasure,
    MapPicture,
)
from desktop_app.domain.periods import Period
from desktop_app.domain.point_maps import LEVELS, PointMap
from desktop_app.domain.regions import Region, RegionLevel
from desktop_app.domain.registers import SERVICE_POINTS
from desktop_app.i18n import (
    QT_TRANSLATE_NOOP,
    issue_message,
    period_label,
    register_value_text,
    translate,
)
from desktop_app.ui.map_canvas import (
    NOT_REPORTED_FILL,
    OUTSIDE_MARK,
    POINT_STYLES,
    MapCanvas,
    hatch_brush,
)
from desktop_app.ui.period_picker import PeriodPicker

if TYPE_CHECKING:
    from desktop_app.services.figures import IndicatorFigures
    from desktop_app.services.maps import MapService

    #: The counties' figures by county and indicator (MapService.figures_of).
    CountyFigures = dict[str, dict[str, IndicatorFigures]]

#: The measures as the controls and the title name them.
MEASURE_LABELS = {
    MapMeasure.CURRENT: QT_TRANSLATE_NOOP("MapWindow", "This period"),
    MapMeasure.CUMULATIVE: QT_TRANSLATE_NOOP("MapWindow", "Year to date"),
    MapMeasure.YOY: QT_TRANSLATE_NOOP("MapWindow", "Year on year"),
    MapMeasure.YOY_CUMULATIVE: QT_TRANSLATE_NOOP("MapWindow", "Year to date, year on year"),
    MapMeasure.PROGRESS: QT_TRANSLATE_NOOP("MapWindow", "Progress to target"),
}
#: The words of a county without a figure to colour, by its state.
STATE_TEXTS = {
    FillState.NOT_REPORTED: QT_TRANSLATE_NOOP("MapWindow", "not reported"),
    FillState.NO_FIGURE: QT_TRANSLATE_NOOP("MapWindow", "no figure"),
    FillState.NOT_APPLICABLE: QT_TRANSLATE_NOOP("MapWindow", "not applicable"),
}
SWATCH = 16  # the legend's colour squares, in pixels
MAX_NAMES = 8  # the points without coordinates named under the legend (then "…")


def measure_label(measure: MapMeasure) -> str:
    return translate("MapWindow", MEASURE_LABELS[measure])


def indicator_name(indicator: Indicator, language: str) -> str:
    return indicator.name_en if language == "en" else indicator.name_zh


def figure_text(fill: CountyFill, unit: str, language: str) -> str:
    """A county's figure as the hover says it: "12,345.67 万元", "23.0%", "未报送", "无数据"."""
    if fill.state is FillState.VALUE:
        unit = unit_label(unit, language)
        return f"{fill.value_text}{unit}" if unit == "%" else f"{fill.value_text} {unit}".rstrip()
    return translate("MapWindow", STATE_TEXTS[fill.state])


def legend_text(entry: LegendEntry) -> str:
    if entry.kind is LegendKind.NOT_REPORTED:
        return translate("MapWindow", "Not reported")
    if entry.kind is LegendKind.NO_FIGURE:
        return translate("MapWindow", "No figure")
    return entry.label


def map_title(picture: MapPicture, language: str) -> str:
    """巴中市 · 网络零售额 · 同比 · 2025年12月."""
    return (
        translate("MapWindow", "%1 · %2 · %3 · %4")
        .replace("%1", picture.region_name)
        .replace("%2", indicator_name(picture.indicator, language))
        .replace("%3", measure_label(picture.measure))
        .replace("%4", period_label(picture.period, language))
    )


def swatch(entry: LegendEntry) -> QPixmap:
    """A legend square: the class's colour, or white hatched like a county not reported."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(NOT_REPORTED_FILL if entry.hatched else QColor(entry.fill))
    painter = QPainter(pixmap)
    if entry.hatched:
        painter.fillRect(pixmap.rect(), hatch_brush())
    painter.setPen(QColor("#5a5a5a"))
    painter.drawRect(0, 0, SWATCH - 1, SWATCH - 1)
    painter.end()
    return pixmap


def level_text(level: str) -> str:
    """县级中心, 乡镇站, 村级点: a service point's level as the register names it."""
    return register_value_text(SERVICE_POINTS.field("level"), level)


def point_swatch(level: str, is_open: bool, outside: bool = False) -> QPixmap:
    """A legend mark drawn as the canvas draws a point of `level` (open or closed), or the red
    ring of a point outside the county."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = QPointF(SWATCH / 2, SWATCH / 2)
    if outside:
        painter.setPen(QPen(OUTSIDE_MARK, 2.0))
        painter.drawEllipse(centre, SWATCH / 2 - 1.5, SWATCH / 2 - 1.5)
    else:
        colour, radius = POINT_STYLES[level]
        radius = min(radius, SWATCH / 2 - 1)
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(colour if is_open else QColor("#ffffff"))
        if level == "county":
            painter.drawRect(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            )
        else:
            painter.drawEllipse(centre, radius, radius)
    painter.end()
    return pixmap


def default_indicator(choices: list[tuple[Indicator, tuple[MapMeasure, ...]]]) -> int:
    """The first flow kept as an amount (交易额, 网络零售额…: the figure a bureau chief reads
    first); the first indicator when the catalogue has none."""
    for row, (indicator, _measures) in enumerate(choices):
        if indicator.kind is ValueKind.AMOUNT and indicator.temporal is Temporal.FLOW:
            return row
    return 0


class MapLegend(QWidget):
    """The classes of the map shown: a swatch, the range and how many counties fall in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("mapLegendTitle")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(6)
        self.rows.setVerticalSpacing(3)
        self.rows.setColumnStretch(1, 1)  # the range right after its square, the count at the end
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        #: The texts of the rows shown, in order (what a test or a screen reader reads).
        self.texts: list[str] = []

    def show_picture(self, picture: MapPicture, language: str) -> None:
        self._clear()
        unit = unit_label(picture.unit, language)
        self.title.setText(
            translate("MapWindow", "%1 (%2)")
            .replace("%1", measure_label(picture.measure))
            .replace("%2", unit)
            if unit
            else measure_label(picture.measure)
        )
        for row, entry in enumerate(picture.legend):
            square = QLabel()
            square.setPixmap(swatch(entry))
            text = legend_text(entry)
            self._add_row(row, swatch(entry), text, self.tr("%n county(ies)", "", entry.count))

    def show_points(self, points: PointMap) -> None:
        """The service points' marks: each level open (and closed, where some are), then those
        outside the county, each with its count."""
        self._clear()
        self.title.setText(self.tr("Service points"))
        rows: list[tuple[QPixmap, str, int]] = []
        for level in LEVELS:
            name = level_text(level)
            rows.append((point_swatch(level, True), name, points.count(level, True)))
            closed = points.count(level, False)
            if closed:
                text = self.tr("%1, closed").replace("%1", name)
                rows.append((point_swatch(level, False), text, closed))
        outside = len(points.outside)
        if outside:
            rows.append(
                (point_swatch("", True, outside=True), self.tr("Outside the county"), outside)
            )
        for row, (mark, text, count) in enumerate(rows):
            self._add_row(row, mark, text, self.tr("%n point(s)", "", count))

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the screen now, not at the next event
                widget.deleteLater()
        self.texts = []

    def _add_row(self, row: int, mark: QPixmap, text: str, count_text: str) -> None:
        square = QLabel()
        square.setPixmap(mark)
        count = QLabel(count_text)
        count.setStyleSheet("color: #555555")
        label = QLabel(text)
        label.setWordWrap(True)  # "Township station, closed" in the side column's width
        self.rows.addWidget(square, row, 0)
        self.rows.addWidget(label, row, 1)
        self.rows.addWidget(count, row, 2, Qt.AlignmentFlag.AlignRight)
        self.texts.append(text)


class MapWindow(QDialog):
    """The map of one prefecture or province, or a county's service points; kept open beside
    the main window."""

    #: Open this county's return (its code) for this period in the main window.
    return_requested = Signal(str, object)

    def __init__(
        self,
        maps: MapService,
        region: Region,
        period: Period,
        language: str = "zh_CN",
        parent: QWidget | None = None,
        *,
        indicator_code: str | None = None,
        measure: MapMeasure | None = None,
    ) -> None:
        """Opens on `indicator_code` (default: the first flow kept as an amount) and `measure`
        (default: the first the indicator offers)."""
        super().__init__(parent)
        self.setObjectName("mapWindow")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.maps = maps
        self.language = language
        self.region = region
        self.picture: MapPicture | None = None
        #: At a county: its service points shown (None elsewhere).
        self.points: PointMap | None = None
        #: The figures of the region and period shown: ((region code, period), by county).
        self._figures: tuple[tuple[str, Period], CountyFigures] | None = None
        self._left = False  # another window was worked in since this one was last active

        self.indicator_box = QComboBox()
        self.indicator_box.setObjectName("mapIndicator")
        self.choices = maps.indicators()
        for indicator, _measures in self.choices:
            self.indicator_box.addItem(indicator_name(indicator, language), indicator.code)
        chosen = self.indicator_box.findData(indicator_code) if indicator_code else -1
        self.indicator_box.setCurrentIndex(
            chosen if chosen >= 0 else default_indicator(self.choices)
        )
        self.indicator_box.setMaxVisibleItems(20)
        self.measure_box = QComboBox()
        self.measure_box.setObjectName("mapMeasure")
        self.period_picker = PeriodPicker(period, language)
        self.title = QLabel()
        self.title.setObjectName("mapTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)

        controls = QHBoxLayout()
        #: The indicator's and measure's boxes with their captions (hidden at a county).
        self.figure_controls: list[QWidget] = []
        for label, box in (
            (self.tr("&Indicator:"), self.indicator_box),
            (self.tr("&Measure:"), self.measure_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            controls.addWidget(caption)
            controls.addWidget(box)
            self.figure_controls += [caption, box]
        controls.addSpacing(12)
        controls.addWidget(self.period_picker)
        controls.addStretch(1)

        self.canvas = MapCanvas()
        self.legend = MapLegend()
        self.reported_label = QLabel()
        self.reported_label.setObjectName("mapReported")
        self.reported_label.setWordWrap(True)
        self.incomplete_label = QLabel()
        self.incomplete_label.setObjectName("mapIncomplete")
        self.incomplete_label.setWordWrap(True)
        self.not_reported_caption = QLabel(self.tr("Not reported:"))
        self.not_reported_list = QListWidget()
        self.not_reported_list.setObjectName("mapNotReported")
        self.not_reported_list.setToolTip(self.tr("Enter or a double-click opens the return"))
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #8a4b00")
        self.outside_caption = QLabel(self.tr("Outside the county (mistyped?):"))
        self.outside_caption.setWordWrap(True)
        self.outside_list = QListWidget()
        self.outside_list.setObjectName("mapOutside")
        self.outside_list.setMaximumHeight(160)
        side = QVBoxLayout()
        side.addWidget(self.legend)
        side.addSpacing(8)
        side.addWidget(self.reported_label)
        side.addWidget(self.incomplete_label)
        side.addWidget(self.not_reported_caption)
        side.addWidget(self.not_reported_list, 100)
        side.addWidget(self.outside_caption)
        side.addWidget(self.outside_list)
        side.addWidget(self.missing_label)
        side.addStretch(1)  # the whole column's room when no county is missing
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(230)

        body = QHBoxLayout()
        body.addWidget(self.canvas, 1)
        body.addWidget(side_widget)

        self.message_line = QLabel()
        self.message_line.setObjectName("mapMessage")
        self.message_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_line, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.indicator_box.currentIndexChanged.connect(lambda _row: self._indicator_chosen())
        self.measure_box.currentIndexChanged.connect(lambda _row: self.reload())
        self.period_picker.period_chosen.connect(lambda _period: self.reload())
        self.period_picker.message.connect(self.show_message)
        self.canvas.county_hovered.connect(self._hovered)
        self.canvas.county_selected.connect(self._selected)
        self.canvas.county_activated.connect(self.open_return)
        self.canvas.point_hovered.connect(self._point_hovered)
        self.outside_list.currentRowChanged.connect(self._outside_chosen)
        self.not_reported_list.currentItemChanged.connect(self._listed_chosen)
        self.not_reported_list.itemActivated.connect(
            lambda item: self.open_return(str(item.data(Qt.ItemDataRole.UserRole)))
        )
        self._fill_measures(measure)
        self.resize(1100, 700)
        self.set_region(region, period)

    # --- what is shown ----------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        return self.period_picker.period

    @property
    def measure(self) -> MapMeasure:
        return MapMeasure(self.measure_box.currentData())

    @property
    def figures(self) -> CountyFigures | None:
        """The counties' figures the map is drawn from (read once per region and period)."""
        return None if self._figures is None else self._figures[1]

    @property
    def indicator_code(self) -> str:
        return str(self.indicator_box.currentData())

    def set_region(self, region: Region, period: Period) -> None:
        """Show another region (or period) with the indicator and measure chosen, its figures
        read anew."""
        self.region = region
        self.period_picker.set_period(period)
        self.reload(fresh=True)

    def choose(self, indicator_code: str, measure: MapMeasure | None = None) -> None:
        """Show `indicator_code` (and `measure`, when the indicator offers it)."""
        row = self.indicator_box.findData(indicator_code)
        if row < 0:
            return
        self.indicator_box.blockSignals(True)
        self.indicator_box.setCurrentIndex(row)
        self.indicator_box.blockSignals(False)
        self._fill_measures(measure)
        self.reload()

    def reload(self, *, fresh: bool = False) -> MapPicture | None:
        """Ask for the picture of the choices and paint it; a refusal is said on the line.

        The counties' figures of the region and period are read once (the region's roll-up)
        and kept while only the indicator or the measure changes; `fresh` reads them anew, as
        another region or period does, and coming back to the window after working in another
        (where figures may have been typed or imported)."""
        if self.region.level is RegionLevel.COUNTY:
            self._reload_points()
            return None
        key = (self.region.code, self.period)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if fresh or self._figures is None or self._figures[0] != key:
                self._figures = (key, self.maps.figures_of(*key))
            picture = self.maps.map_of(
                self.region.code,
                self.indicator_code,
                self.measure,
                self.period,
                below=self._figures[1],
            )
        except DomainError as exc:
            self._figures = None
            self.show_message(issue_message(exc.issue), True)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.show_picture(picture)
        return picture

    def _reload_points(self) -> None:
        try:
            points = self.maps.points_of(self.region.code, self.period)
        except DomainError as exc:
            self.show_message(issue_message(exc.issue), True)
            return
        self.show_points(points)

    def _show_mode(self, county: bool) -> None:
        """The controls and lists of a county's points, or of a region's counties."""
        for widget in self.figure_controls:
            widget.setVisible(not county)
        self.canvas.set_show_names(not county)
        if county:
            self.picture = None
            self.not_reported_caption.hide()
            self.not_reported_list.hide()
            self.incomplete_label.hide()
        else:
            self.points = None
            self.canvas.set_points(())
            self.outside_caption.hide()
            self.outside_list.hide()

    def show_points(self, points: PointMap) -> None:
        """A county's outline with its service points (MapService.points_of)."""
        self._show_mode(True)
        self.points = points
        self.canvas.set_shapes(points.shapes)
        self.canvas.set_plain()
        self.canvas.set_points(points.points)
        title = (
            self.tr("%1 · Service points · %2")
            .replace("%1", points.county_name)
            .replace("%2", period_label(self.period, self.language))
        )
        self.title.setText(title)
        self.setWindowTitle(self.tr("Map — %1").replace("%1", title))
        self.legend.show_points(points)
        without = len(points.without_coordinates)
        text = self.tr("%n point(s) without coordinates, not on the map", "", without)
        if without:
            names = self.tr(", ").join(points.without_coordinates[:MAX_NAMES])
            more = "…" if without > MAX_NAMES else ""
            text = self.tr("%1: %2").replace("%1", text).replace("%2", names + more)
        self.reported_label.setText(text)
        self.outside_list.blockSignals(True)
        self.outside_list.clear()
        for point in points.outside:
            longitude, latitude = point.lonlat
            self.outside_list.addItem(f"{point.name} ({longitude:g}, {latitude:g})")
        self.outside_list.blockSignals(False)
        self.outside_caption.setVisible(bool(points.outside))
        self.outside_list.setVisible(bool(points.outside))
        self.missing_label.setText(
            self.tr("%1 has no boundary to draw.").replace("%1", points.county_name)
        )
        self.missing_label.setVisible(not points.shapes.counties)
        self.message_line.clear()

    def point_text(self, index: int) -> str:
        """What hovering a point says: its name, level, and whether it is closed or outside."""
        if self.points is None or not 0 <= index < len(self.canvas.points):
            return ""
        point = self.canvas.points[index]
        text = self.tr("%1 (%2)").replace("%1", point.name)
        text = text.replace("%2", level_text(point.level))
        if not point.open:
            text = self.tr("%1, closed").replace("%1", text)
        if not point.inside:
            text = self.tr("%1 — outside the county").replace("%1", text)
        return text

    def show_picture(self, picture: MapPicture) -> None:
        self._show_mode(False)
        self.picture = picture
        self.canvas.set_shapes(picture.shapes)
        self.canvas.set_fills(picture.fills)
        title = map_title(picture, self.language)
        self.title.setText(title)
        self.setWindowTitle(self.tr("Map — %1").replace("%1", title))
        self.legend.show_picture(picture, self.language)
        self.reported_label.setText(
            self.tr("%1 of %n county(ies) reported", "", picture.expected).replace(
                "%1", str(picture.reported)
            )
        )
        if picture.incomplete:
            names = self.tr(", ").join(name for _code, name in picture.incomplete)
            self.incomplete_label.setText(
                self.tr("* Incomplete (some townships not reported): %1").replace("%1", names)
            )
        self.incomplete_label.setVisible(bool(picture.incomplete))
        self.not_reported_list.blockSignals(True)
        self.not_reported_list.clear()
        for code, name in picture.not_reported:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.not_reported_list.addItem(item)
        self.not_reported_list.blockSignals(False)
        has_missing = bool(picture.not_reported)
        self.not_reported_caption.setVisible(has_missing)
        self.not_reported_list.setVisible(has_missing)
        if picture.missing_polygons:
            names = self.tr(", ").join(name for _code, name in picture.missing_polygons)
            self.missing_label.setText(
                self.tr("Not on the map (no boundary): %1").replace("%1", names)
            )
        self.missing_label.setVisible(bool(picture.missing_polygons))
        self.message_line.clear()

    def changeEvent(self, event: QEvent) -> None:
        """Back from another window (the main window, where figures may have been typed or
        imported): the map's figures are read again."""
        if event.type() == QEvent.Type.ActivationChange:
            if not self.isActiveWindow():
                self._left = True
            elif self._left:
                self._left = False
                self.reload(fresh=True)
        super().changeEvent(event)

    def show_message(self, text: str, refused: bool = False) -> None:
        self.message_line.setStyleSheet("color: #a4161a" if refused else "")
        self.message_line.setText(text)

    def county_text(self, code: str) -> str:
        """通江县：12,345.67 万元 — what hovering or selecting a county says."""
        fill = self.picture.fill_of(code) if self.picture is not None else None
        if fill is None or self.picture is None:
            return ""
        return (
            self.tr("%1: %2")
            .replace("%1", fill.name)
            .replace("%2", figure_text(fill, self.picture.unit, self.language))
        )

    def open_return(self, code: str) -> None:
        if code:
            self.return_requested.emit(code, self.period)

    # --- reacting ---------------------------------------------------------------------------------
    def _indicator_chosen(self) -> None:
        self._fill_measures(self.measure if self.measure_box.count() else None)
        self.reload()

    def _fill_measures(self, keep: MapMeasure | None = None) -> None:
        """The measures the indicator offers; the one shown before stays when offered."""
        row = self.indicator_box.currentIndex()
        measures = self.choices[row][1] if 0 <= row < len(self.choices) else ()
        self.measure_box.blockSignals(True)
        self.measure_box.clear()
        for measure in measures:
            self.measure_box.addItem(measure_label(measure), measure.value)
        at = self.measure_box.findData(keep.value) if keep is not None else -1
        self.measure_box.setCurrentIndex(max(at, 0))
        self.measure_box.blockSignals(False)

    def _hovered(self, code: str) -> None:
        """The county under the mouse, on the message line and as the map's tooltip."""
        text = self.county_text(code)
        self.canvas.setToolTip(text)
        if text:
            self.show_message(text)

    def _selected(self, code: str) -> None:
        self.show_message(self.county_text(code))
        for row in range(self.not_reported_list.count()):
            item = self.not_reported_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                self.not_reported_list.blockSignals(True)
                self.not_reported_list.setCurrentRow(row)
                self.not_reported_list.blockSignals(False)
                return
        self.not_reported_list.clearSelection()

    def _point_hovered(self, index: int) -> None:
        text = self.point_text(index)
        self.canvas.setToolTip(text)
        if text:
            self.show_message(text)

    def _outside_chosen(self, row: int) -> None:
        """A point chosen in the list of those outside the county: marked on the map."""
        outside = self.points.outside if self.points is not None else ()
        chosen = outside[row] if 0 <= row < len(outside) else None
        self.canvas.mark_point(self.canvas.points.index(chosen) if chosen is not None else -1)
        if chosen is not None:
            self.show_message(self.point_text(self.canvas.points.index(chosen)))

    def _listed_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.canvas.select(str(item.data(Qt.ItemDataRole.UserRole)))


def open_map(
    maps: MapService,
    region: Region,
    period: Period,
    language: str,
    parent: QWidget,
    window: MapWindow | None,
) -> MapWindow:
    """The map window of `region`: `window` shown again on the region, or a new one."""
    if window is None:
        window = MapWindow(maps, region, period, language, parent)
    else:
        window.set_region(region, period)
    window.show()
    window.raise_()
    window.activateWindow()
    window.canvas.setFocus()
    return window
