"""地图 (issue 16), driven offscreen: 巴中市's five counties drawn, hovering names a county and its
figure, a click opens its return in the main window, the counties that have not reported hatched
and listed, the keys, and what a new figure or a new window size repaints."""

from __future__ import annotations

from decimal import Decimal

import pytest

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop_app.domain.maps import FillState, LegendKind, MapMeasure
from desktop_app.domain.periods import Period
from desktop_app.domain.values import format_number
from desktop_app.i18n import translate
from desktop_app.services.bundle import ServiceBundle, build_bundle
from desktop_app.services.demo import DEMO_COUNTY
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.ui.map_canvas import MapCanvas, outlines
from desktop_app.ui.map_view import MapWindow
from tests.ui.map_support import main_window_at

CITY = "511900"  # 巴中市: 通江县 (the demo county) has figures, its four neighbours none
DECEMBER = Period.month(2025, 12)


@pytest.fixture
def bundle(demo_county_store: Store) -> ServiceBundle:
    return build_bundle(demo_county_store, "张晓燕")


@pytest.fixture
def window(bundle: ServiceBundle, qtbot: QtBot, chinese: None) -> MapWindow:
    shown = MapWindow(bundle.maps, bundle.regions.get(CITY), DECEMBER, "zh_CN")
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def counties(store: Store) -> list[tuple[str, str]]:
    return [(r.code, r.name) for r in RegionQueries(store.sessions).children(CITY)]


def pixel_count(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == wanted
    )


def test_map_window_draws_each_county_of_the_prefecture(
    window: MapWindow, demo_county_store: Store
) -> None:
    # When 巴中市's map opens
    canvas = window.canvas
    # Then its five counties are drawn, each under its own label point, inside the map
    expected = counties(demo_county_store)
    assert len(expected) == 5
    assert canvas.codes == [code for code, _name in expected]
    for code, _name in expected:
        point = canvas.label_point(code)
        assert QRectF(canvas.rect()).contains(point), code
        assert canvas.county_at(point) == code
    # And 通江县, the one with figures, is painted in its class's colour over a large area
    picture = window.picture
    assert picture is not None
    fill = picture.fill_of(DEMO_COUNTY)
    assert fill is not None and fill.state is FillState.VALUE and not fill.hatched
    assert pixel_count(canvas.grab().toImage(), fill.fill) > 2000
    # And the legend lists the classes, then 未报送 (4 counties, hatched)
    classes = [e.label for e in picture.legend if e.kind is LegendKind.CLASS]
    assert classes
    assert window.legend.texts == [*classes, translate("MapWindow", "Not reported")]
    assert picture.legend[-1].hatched and picture.legend[-1].count == 4
    # And the window says how many reported
    assert window.reported_label.text() == translate(
        "MapWindow", "%1 of %n county(ies) reported", None, 5
    ).replace("%1", "1")


def test_map_hover_names_the_county_and_its_figure(
    window: MapWindow, demo_county_store: Store, qtbot: QtBot
) -> None:
    canvas = window.canvas
    # When the mouse rests on 通江县's label point
    qtbot.mouseMove(canvas, canvas.label_point(DEMO_COUNTY).toPoint())
    qtbot.waitUntil(lambda: canvas.hovered == DEMO_COUNTY)
    # Then the message line and the tooltip name it with this month's figure as the grid has it
    row = (
        FigureService(demo_county_store.sessions)
        .figures(DEMO_COUNTY, DECEMBER)
        .by_code()[window.indicator_code]
    )
    value = row.figures.current
    assert isinstance(value, Decimal)
    figure = f"{format_number(value, row.indicator.scale)} {row.indicator.unit}"
    said = translate("MapWindow", "%1: %2").replace("%1", "通江县").replace("%2", figure)
    assert window.message_line.text() == said
    assert canvas.toolTip() == said


def test_map_hover_over_a_county_not_reported_says_so(window: MapWindow, qtbot: QtBot) -> None:
    canvas = window.canvas
    qtbot.mouseMove(canvas, canvas.label_point("511922").toPoint())
    qtbot.waitUntil(lambda: canvas.hovered == "511922")
    not_reported = translate("MapWindow", "not reported")
    assert window.message_line.text() == translate("MapWindow", "%1: %2").replace(
        "%1", "南江县"
    ).replace("%2", not_reported)


def hatch_sample(
    window: MapWindow, code: str, ground: str
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(pixels clearly darker than `ground`, all pixels) of the county around its label point,
    its name's line left out."""
    canvas = window.canvas
    image = canvas.grab().toImage()
    centre = canvas.label_point(code).toPoint()
    dark: set[tuple[int, int]] = set()
    seen: set[tuple[int, int]] = set()
    for dy in range(-60, 61):
        if abs(dy) < 14:  # the name, on its halo
            continue
        for dx in range(-60, 61):
            x, y = centre.x() + dx, centre.y() + dy
            if not (0 <= x < image.width() and 0 <= y < image.height()):
                continue
            if canvas.county_at(QPoint(x, y).toPointF()) != code:
                continue
            seen.add((x, y))
            if QColor(image.pixel(x, y)).value() < QColor(ground).value() - 40:
                dark.add((x, y))
    return dark, seen


def test_map_hatches_and_lists_the_counties_that_have_not_reported(
    window: MapWindow, demo_county_store: Store
) -> None:
    # Given 巴中市 in December 2025, where only 通江县 has keyed figures
    late = [(code, name) for code, name in counties(demo_county_store) if code != DEMO_COUNTY]
    # Then the four others are listed beside the map, in code order
    listed = [
        window.not_reported_list.item(row).text() for row in range(window.not_reported_list.count())
    ]
    assert listed == [name for _code, name in late]
    assert window.not_reported_list.isVisible()
    for code, _name in late:
        fill = window.canvas.fill_of(code)
        assert fill is not None and fill.hatched and fill.state is FillState.NOT_REPORTED
    # And 南江县 is painted white with thin "/" lines: a dark pixel's upper-right neighbour is
    # dark, its lower-right one is not, and most of the county stays white
    dark, seen = hatch_sample(window, "511922", "#ffffff")
    assert len(seen) > 1000
    assert 0.05 < len(dark) / len(seen) < 0.4
    pairs = [(x, y) for x, y in dark if (x + 1, y - 1) in seen and (x + 1, y + 1) in seen]
    along = sum(1 for x, y in pairs if (x + 1, y - 1) in dark) / len(pairs)
    across = sum(1 for x, y in pairs if (x + 1, y + 1) in dark) / len(pairs)
    assert along > 0.8 and across < 0.3
    # While 通江县, which reported, is its class's colour all over (but for its border)
    fill = window.canvas.fill_of(DEMO_COUNTY)
    assert fill is not None
    dark, seen = hatch_sample(window, DEMO_COUNTY, fill.fill)
    assert len(seen) > 1000 and len(dark) / len(seen) < 0.02


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_map_click_opens_the_countys_return_in_the_main_window(
    demo_county_store: Store, qtbot: QtBot, chinese: None
) -> None:
    # Given the main window on 巴中市 in December 2025
    main = main_window_at(demo_county_store, qtbot, DECEMBER, CITY)
    # When the map is opened (Ctrl+M) and 南江县 is clicked
    main.map_action.trigger()
    shown = main.map_window
    assert shown is not None and shown.isVisible()
    canvas = shown.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.label_point("511922").toPoint())
    # Then the main window shows 南江县's return for December 2025
    region, period = main.current_region_and_period()
    assert region is not None and region.code == "511922" and period == DECEMBER
    assert main.tabs.currentWidget() is main.page
    # And at the county the map stays on (its service points: tests/ui/test_map_points.py)
    assert main.map_action.isEnabled()


def test_map_keys_move_between_counties_and_enter_opens_one(
    window: MapWindow, qtbot: QtBot
) -> None:
    canvas = window.canvas
    canvas.setFocus()
    # Tab takes the first county, → one whose label lies to its right
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    first = canvas.selected
    assert first == canvas.codes[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    moved = canvas.selected
    assert moved != first
    assert canvas.label_point(moved).x() > canvas.label_point(first).x()
    # And the message line names the county selected
    assert window.message_line.text().startswith(
        window.picture.fill_of(moved).name  # type: ignore[union-attr]
    )
    # Enter asks the main window for its return
    with qtbot.waitSignal(window.return_requested) as asked:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert asked.args == [moved, DECEMBER]


def test_map_another_measure_or_period_repaints_colours_only(
    window: MapWindow, qtbot: QtBot
) -> None:
    canvas = window.canvas
    built = canvas.paths_built
    before = window.picture
    # When the measure and then the period change
    window.measure_box.setCurrentIndex(window.measure_box.findData(MapMeasure.YOY.value))
    assert window.picture is not before and window.picture.measure is MapMeasure.YOY
    window.period_picker.step(-1)
    assert window.picture.period == Period.month(2025, 11)
    # Then the outlines were not built again, only the fills given anew
    assert canvas.paths_built == built
    # And another map of the same region (the window opened again) builds none either
    again = MapCanvas()
    again.set_shapes(window.maps.shapes(CITY))
    assert again.paths_built == 0 and again.codes == canvas.codes
    again.deleteLater()


def test_map_keeps_its_aspect_ratio_when_the_window_is_resized(
    window: MapWindow, qtbot: QtBot
) -> None:
    picture = window.picture
    assert picture is not None
    bounds = picture.shapes.bounds
    for width, height in ((1300, 560), (900, 900)):  # wide, then tall
        window.resize(width, height)
        qtbot.waitUntil(lambda size=(width, height): window.size().toTuple() == size)
        canvas = window.canvas
        drawn = QRectF()
        for code in canvas.codes:
            drawn = drawn.united(canvas.scaled_path(code).boundingRect())
        assert drawn.width() / drawn.height() == pytest.approx(
            bounds.width / bounds.height, rel=0.01
        )
        # and fills the canvas along one side
        assert max(drawn.width() / canvas.width(), drawn.height() / canvas.height()) > 0.95


def test_map_reads_the_figures_once_per_region_and_period_and_again_when_reopened(
    window: MapWindow, bundle: ServiceBundle, demo_county_store: Store
) -> None:
    # Given the map of 巴中市 in December 2025 by its first amount flow, 本期
    kept = window.figures
    assert kept is not None
    # When another measure is chosen, the figures read for the map stay (no roll-up again)
    window.measure_box.setCurrentIndex(window.measure_box.findData(MapMeasure.CUMULATIVE.value))
    assert window.figures is kept
    # When 南江县 keys its 1-12月累计 meanwhile (in the main window, say)
    assert window.canvas.fill_of("511922").hatched  # type: ignore[union-attr]
    bundle.values.set_text("511922", window.indicator_code, DECEMBER, "1234.5")
    # Then the map opened again (Ctrl+M) reads it: 南江县 is no longer hatched nor listed
    window.set_region(bundle.regions.get(CITY), DECEMBER)
    assert window.figures is not kept
    fill = window.canvas.fill_of("511922")
    assert fill is not None and not fill.hatched and fill.value_text == "1,234.50"
    listed = [
        window.not_reported_list.item(row).text() for row in range(window.not_reported_list.count())
    ]
    assert "南江县" not in listed and len(listed) == 3


def test_map_outlines_hold_every_point_of_every_ring_in_order(window: MapWindow) -> None:
    # The paths are read from the shapes' packed doubles: each ring's points, then back to its
    # first (closed), exactly as the projected rings hold them
    picture = window.picture
    assert picture is not None
    paths, _built = outlines(picture.shapes)
    for county in picture.shapes.counties:
        path = paths[county.code]
        drawn = [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
        expected = [p for ring in county.rings if len(ring) >= 3 for p in (*ring, ring[0])]
        assert drawn == expected, county.name
