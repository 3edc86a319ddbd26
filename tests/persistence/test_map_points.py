"""A county's service points for its map (MapService.points_of) on a real store, SQLite and
PostgreSQL: the register's points in being or closed by the period's end, projected as the
county's outline is (checked against the projection written out here), those without
coordinates named, the one typed with the neighbour's coordinates outside."""

from __future__ import annotations

import json
import math
from datetime import date
from decimal import Decimal

from desktop_app.domain.periods import Period
from desktop_app.paths import resources_dir
from desktop_app.services.figures import FigureService
from desktop_app.services.maps import MapService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.registers import RegisterService
from desktop_app.services.store import Store

COUNTY, NEIGHBOUR = "511921", "511922"  # 通江县, 南江县
TOWNSHIP = "511921101"


def lonlat_box_and_label(
    code: str,
) -> tuple[tuple[float, float, float, float], tuple[float, float]]:
    document = json.loads((resources_dir() / "maps" / "51.json").read_text(encoding="utf-8"))
    scale = float(document["scale"])
    xs: list[float] = []
    ys: list[float] = []
    for flat in document["counties"][code]:
        x = y = 0
        for i in range(0, len(flat), 2):
            x, y = x + flat[i], y + flat[i + 1]
            xs.append(x / scale)
            ys.append(y / scale)
    lx, ly = document["labels"][code]
    return (min(xs), min(ys), max(xs), max(ys)), (lx / scale, ly / scale)


def test_points_of_projects_counts_and_flags_the_register_s_points(store: Store) -> None:
    (west, south, east, north), (lon, lat) = lonlat_box_and_label(COUNTY)
    _box, (far_lon, far_lat) = lonlat_box_and_label(NEIGHBOUR)
    RegionQueries(store.sessions).add(TOWNSHIP, "民胜镇", COUNTY)
    registers = RegisterService(store.sessions, "王五")
    here = {"longitude": Decimal(f"{lon:.4f}"), "latitude": Decimal(f"{lat:.4f}")}
    there = {"longitude": Decimal(f"{far_lon:.4f}"), "latitude": Decimal(f"{far_lat:.4f}")}
    for code, name, level, opened, closed, at in [
        (COUNTY, "县中心", "county", date(2020, 1, 1), None, here),
        (TOWNSHIP, "民胜镇站", "township", date(2020, 1, 1), date(2024, 6, 30), there),
        (TOWNSHIP, "民胜镇二站", "township", date(2020, 1, 1), None, {}),
        (TOWNSHIP, "民胜镇新站", "township", date(2025, 1, 1), None, here),  # after the period
    ]:
        values = {"name": name, "level": level, "opened": opened, "closed": closed, **at}
        registers.add("service_points", code, values)

    found = MapService(store.sessions, FigureService(store.sessions)).points_of(
        COUNTY, Period.month(2024, 12)
    )

    assert found.county_name == "通江县"
    by_name = {p.name: p for p in found.points}
    assert sorted(by_name) == ["县中心", "民胜镇站"]
    assert found.without_coordinates == ("民胜镇二站",)
    assert by_name["县中心"].open and by_name["县中心"].inside
    assert not by_name["民胜镇站"].open and not by_name["民胜镇站"].inside
    assert [p.name for p in found.outside] == ["民胜镇站"]
    # Projected as the outline: km from the middle of the county's box, longitude shrunk by the
    # cosine of its middle latitude, y growing south
    lon0, lat0 = (west + east) / 2, (south + north) / 2
    x = (round(lon, 4) - lon0) * math.cos(math.radians(lat0)) * 111.32
    y = (lat0 - round(lat, 4)) * 111.32
    got = by_name["县中心"].at
    assert math.isclose(got[0], x, abs_tol=1e-6) and math.isclose(got[1], y, abs_tol=1e-6)
