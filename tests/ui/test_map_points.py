"""A county's map (issue 16): its outline with the service points of the register that have
coordinates, driven offscreen on a real store. Where a dot lands is checked against the county's
longitude/latitude box read here from resources/maps (the projection is equirectangular, so a
point's place in that box is its place in the outline's box on the screen); the points without
coordinates are counted, the one typed in the neighbour county is flagged."""

from __future__ import annotations

import json
import math
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Period
from desktop_app.i18n import translate
from desktop_app.paths import resources_dir
from desktop_app.services.bundle import ServiceBundle, build_bundle
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.ui.map_view import MapWindow
from tests.ui.map_support import main_window_at

COUNTY, NEIGHBOUR, CITY = "511921", "511922", "511900"  # 通江县, 南江县, 巴中市
TOWNSHIP, VILLAGE = "511921101", "511921101201"  # 民胜镇 (the demo's), a village added here
DECEMBER = Period.month(2025, 12)


def boundary(code: str) -> tuple[list[tuple[float, float]], tuple[float, float]]:
    """The county's outline points (lon, lat) and its label point, read from the file as
    packaging/make_maps.py writes it: integers of 1/scale degree, each the difference from the
    point before."""
    document = json.loads((resources_dir() / "maps" / "51.json").read_text(encoding="utf-8"))
    scale = float(document["scale"])
    points: list[tuple[float, float]] = []
    for flat in document["counties"][code]:
        x = y = 0
        for i in range(0, len(flat), 2):
            x, y = x + flat[i], y + flat[i + 1]
            points.append((x / scale, y / scale))
    lx, ly = document["labels"][code]
    return points, (lx / scale, ly / scale)


def point(name: str, level: str, opened: date, **more: Any) -> dict[str, Any]:
    return {"name": name, "level": level, "opened": opened, **more}


@pytest.fixture
def bundle(demo_county_store: Store) -> ServiceBundle:
    _outline, (lon, lat) = boundary(COUNTY)
    _other, (far_lon, far_lat) = boundary(NEIGHBOUR)
    RegionQueries(demo_county_store.sessions).add(VILLAGE, "测试村", TOWNSHIP)
    shown = build_bundle(demo_county_store, "张晓燕")
    degrees = {
        "centre": (Decimal(f"{lon:.4f}"), Decimal(f"{lat:.4f}")),
        "near": (Decimal(f"{lon + 0.02:.4f}"), Decimal(f"{lat - 0.02:.4f}")),
        "neighbour": (Decimal(f"{far_lon:.4f}"), Decimal(f"{far_lat:.4f}")),
    }
    for code, values, at in [
        (COUNTY, point("通江县电商公共服务中心", "county", date(2020, 1, 1)), "centre"),
        # closed in June 2025: drawn hollow in December
        (
            TOWNSHIP,
            point("民胜镇服务站", "township", date(2021, 1, 1), closed=date(2025, 6, 30)),
            "near",
        ),
        # typed with 南江县's coordinates: outside the county
        (VILLAGE, point("测试村服务点", "village", date(2022, 5, 1)), "neighbour"),
        (VILLAGE, point("测试村二点", "village", date(2022, 5, 1)), None),  # no coordinates
        # opened after December 2025: not yet there
        (VILLAGE, point("测试村新点", "village", date(2026, 3, 1)), "centre"),
    ]:
        if at is not None:
            values["longitude"], values["latitude"] = degrees[at]
        shown.registers.add("service_points", code, values)
    return shown


@pytest.fixture
def window(bundle: ServiceBundle, qtbot: QtBot, chinese: None) -> MapWindow:
    shown = MapWindow(bundle.maps, bundle.regions.get(COUNTY), DECEMBER, "zh_CN")
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_map_points_each_dot_lies_where_its_coordinates_put_it(window: MapWindow) -> None:
    canvas = window.canvas
    # Given the county's longitude/latitude box, and the outline's box on the screen
    outline, (lon, lat) = boundary(COUNTY)
    west, east = min(p[0] for p in outline), max(p[0] for p in outline)
    south, north = min(p[1] for p in outline), max(p[1] for p in outline)
    box = canvas.scaled_path(COUNTY).boundingRect()
    # Then the county centre's dot sits at its place in that box
    names = [p.name for p in canvas.points]
    at = canvas.point_position(names.index("通江县电商公共服务中心"))
    assert at is not None
    x = box.left() + (round(lon, 4) - west) / (east - west) * box.width()
    y = box.top() + (north - round(lat, 4)) / (north - south) * box.height()
    assert abs(at.x() - x) < 1.0 and abs(at.y() - y) < 1.0
    # And it lies on the county as painted
    assert canvas.scaled_path(COUNTY).contains(at)


def test_map_points_counted_by_level_the_missing_said_the_outside_flagged(
    window: MapWindow,
) -> None:
    points = window.points
    assert points is not None
    # The point opened after December is left out; three are drawn
    assert sorted(p.name for p in points.points) == [
        "民胜镇服务站",
        "测试村服务点",
        "通江县电商公共服务中心",
    ]
    assert (points.count("county", True), points.count("township", False)) == (1, 1)
    assert points.count("village", True) == 1
    # The legend: each level, the township's closed one apart, and the one outside
    levels = [
        translate("Registers", t) for t in ("County centre", "Township station", "Village point")
    ]
    closed = translate("MapLegend", "%1, closed").replace("%1", levels[1])
    outside = translate("MapLegend", "Outside the county")
    assert window.legend.texts == [levels[0], levels[1], closed, levels[2], outside]
    # The point without coordinates is counted and named
    count = translate("MapWindow", "%n point(s) without coordinates, not on the map", None, 1)
    assert window.reported_label.text().startswith(count)
    assert "测试村二点" in window.reported_label.text()
    # The one typed with the neighbour's coordinates is listed, and ringed in red on the map
    assert window.outside_list.isVisibleTo(window)
    assert window.outside_list.count() == 1
    assert window.outside_list.item(0).text().startswith("测试村服务点")
    canvas = window.canvas
    at = canvas.point_position([p.name for p in canvas.points].index("测试村服务点"))
    assert at is not None and not canvas.scaled_path(COUNTY).contains(at)
    image = canvas.grab().toImage()
    ring = [image.pixelColor((at + QPointF(dx, dy)).toPoint()) for dx, dy in _ring(7.5)]
    assert sum(1 for c in ring if _red(c)) >= 6
    # And the indicator and measure are not offered at a county
    assert not window.indicator_box.isVisibleTo(window)


def test_map_points_hover_names_the_point(window: MapWindow, qtbot: QtBot) -> None:
    canvas = window.canvas
    index = [p.name for p in canvas.points].index("民胜镇服务站")
    at = canvas.point_position(index)
    assert at is not None
    qtbot.mouseMove(canvas, at.toPoint())
    qtbot.waitUntil(lambda: "民胜镇服务站" in window.message_line.text())
    assert canvas.toolTip() == window.message_line.text()
    assert canvas.point_at(at) == index


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_map_points_open_from_the_main_window_at_a_county(
    bundle: ServiceBundle, demo_county_store: Store, qtbot: QtBot, chinese: None
) -> None:
    # At the county, 地图 is on and shows its points
    main = main_window_at(demo_county_store, qtbot, DECEMBER, COUNTY)
    main.map_action.trigger()
    shown = main.map_window
    assert shown is not None and shown.points is not None and shown.points.county_code == COUNTY
    # At the prefecture the same window colours counties again
    main.region_view.setCurrentIndex(main.region_model.find(CITY))
    main.map_action.trigger()
    assert shown.points is None and shown.picture is not None
    assert shown.indicator_box.isVisibleTo(shown) and not shown.canvas.points


def _ring(radius: float) -> list[tuple[float, float]]:
    """Eight points around a circle of `radius`."""
    return [
        (radius * math.cos(k * math.pi / 4), radius * math.sin(k * math.pi / 4)) for k in range(8)
    ]


def _red(colour: QColor) -> bool:
    return colour.red() > 180 and colour.green() < 110 and colour.blue() < 110


def test_map_points_of_a_county_without_boundary_are_listed(
    demo_county_store: Store, qtbot: QtBot, chinese: None
) -> None:
    # Given a county-level unit a clerk added (no polygon in resources/maps) with one point
    RegionQueries(demo_county_store.sessions).add("511990", "测试行委", CITY)
    bundle = build_bundle(demo_county_store, "张晓燕")
    values = point("测试行委服务中心", "county", date(2020, 1, 1))
    values["longitude"], values["latitude"] = Decimal("107.0"), Decimal("32.0")
    bundle.registers.add("service_points", "511990", values)
    # When its map opens
    shown = MapWindow(bundle.maps, bundle.regions.get("511990"), DECEMBER, "zh_CN")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    # Then the window says it has no boundary, and the point is listed, not lost
    assert shown.missing_label.isVisibleTo(shown)
    assert "测试行委" in shown.missing_label.text()
    assert shown.outside_list.count() == 1
