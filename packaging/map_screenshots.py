"""The maps' screenshots (issue 16): the window's map of 四川省 by 行政村覆盖率 and of 巴中市 by
网络零售额 同比, 通江县's service points, and the city report's page with its map, on the
benchmarks' province data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/map_screenshots.py docs/screenshots/maps

(the windows are grabbed, not photographed from a screen: offscreen and Xvfb give the same).

The demo county alone (packaging/screenshot.py) leaves a prefecture's other counties empty, so
these use bench.generate's 四川省: ten years of every county's figures (generated into a
temporary folder with its fixed seed, ~10 s). In it, a few counties' figures of the month shown are removed (LATE: they have "not reported yet",
so the hatching and the list beside the map show), and 通江县 is given townships, villages and
service points with coordinates scattered over it (a fixed seed; one closed, two without
coordinates, one typed in 南江县). Files: map_province_<language>.png,
map_prefecture_<language>.png, map_county_<language>.png, map_report_page_<language>.png (the report's page holding the map,
rendered with pdfium as the print preview does), in Chinese (zh_CN) by default. They live in
docs/screenshots/maps/, apart from packaging/screenshot.py's set (tests/unit/test_docs_screenshots.py).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from pypdf import PdfReader
from sqlalchemy import delete, select

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.generate import generate
from desktop_app.domain.maps import MapMeasure, inside
from desktop_app.domain.periods import Period
from desktop_app.i18n import translate
from desktop_app.persistence.models import RegionRecord, ValueRecord
from desktop_app.services.bundle import build_bundle
from desktop_app.services.maps import Boundaries
from desktop_app.services.regions import RegionQueries
from desktop_app.services.registers import RegisterService
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.ui.language import install_translators, use_language_locale
from desktop_app.ui.map_view import MapWindow

PROVINCE, PREFECTURE, COUNTY = "510000", "511900", "511921"  # 四川省, 巴中市, 通江县
NEIGHBOUR = "511922"  # 南江县: one of 通江县's points is typed with a place in it
TOWNSHIPS = ("诺江镇", "民胜镇", "广纳镇", "沙溪镇", "永安镇", "铁佛镇")
VILLAGES_EACH = 4
COVERAGE, RETAIL = "A07", "C02"  # 行政村覆盖率, 网络零售额
#: A month of the generated data when village coverage still spreads over several classes.
PERIOD = Period.month(2020, 6)
#: Counties whose figures of PERIOD are removed: 南江县 (巴中市), 红原县, 石渠县, 崇州市.
LATE = ("511922", "513233", "513332", "510184")
SIZE = (1366, 740)


def prepare(folder: Path) -> Path:
    path = folder / "province.sqlite3"
    generate(path)
    store = open_sqlite_store(path)
    try:
        with store.sessions.begin() as session:
            late = select(RegionRecord.id).where(RegionRecord.code.in_(LATE))
            session.execute(
                delete(ValueRecord).where(
                    ValueRecord.region_id.in_(late), ValueRecord.period == PERIOD.code
                )
            )
        add_service_points(store)
    finally:
        store.close()
    return path


def add_service_points(store: Store) -> None:
    """通江县's townships and villages, and a service point at each with coordinates drawn at
    random inside the county (seed 16): the county centre at its label point, one station
    closed in 2019, two village points without coordinates, one with 南江县's coordinates."""
    boundaries = Boundaries()
    outlines = boundaries.province(COUNTY[:2])
    rings = outlines.rings[COUNTY]
    west = min(x for ring in rings for x, _y in ring)
    east = max(x for ring in rings for x, _y in ring)
    south = min(y for ring in rings for _x, y in ring)
    north = max(y for ring in rings for _x, y in ring)
    chance = random.Random(16)

    def somewhere() -> tuple[Decimal, Decimal]:
        while True:
            lon, lat = chance.uniform(west, east), chance.uniform(south, north)
            if inside((lon, lat), rings):
                return Decimal(f"{lon:.4f}"), Decimal(f"{lat:.4f}")

    regions = RegionQueries(store.sessions)
    registers = RegisterService(store.sessions, "screenshot")
    lon, lat = outlines.labels[COUNTY]
    registers.add(
        "service_points",
        COUNTY,
        {
            "name": "通江县电子商务公共服务中心",
            "level": "county",
            "opened": date(2016, 9, 1),
            "longitude": Decimal(f"{lon:.4f}"),
            "latitude": Decimal(f"{lat:.4f}"),
        },
    )
    for t, township in enumerate(TOWNSHIPS):
        code = f"{COUNTY}{100 + t}"
        regions.add(code, township, COUNTY)
        at = somewhere()
        closed = date(2019, 12, 31) if t == 3 else None
        station = {"name": f"{township}电商服务站", "level": "township", "opened": date(2017, 3, 1)}
        registers.add(
            "service_points",
            code,
            {**station, "closed": closed, "longitude": at[0], "latitude": at[1]},
        )
        for v in range(VILLAGES_EACH):
            village = f"{code}{201 + v}"
            name = f"{township[:-1]}{'一二三四五'[v]}村"
            regions.add(village, name, code)
            values: dict[str, object] = {
                "name": f"{name}服务点",
                "level": "village",
                "opened": date(2018, 5, 1),
            }
            if (t, v) not in ((1, 2), (4, 0)):  # two lists lack the coordinates
                values["longitude"], values["latitude"] = somewhere()
            if (t, v) == (2, 3):  # typed with a place of the neighbouring county
                far_lon, far_lat = outlines.labels[NEIGHBOUR]
                values["longitude"] = Decimal(f"{far_lon:.4f}")
                values["latitude"] = Decimal(f"{far_lat:.4f}")
            registers.add("service_points", village, values)


def shoot_window(
    store: Store,
    region: str,
    indicator: str,
    measure: MapMeasure,
    language: str,
    target: Path,
    hover: str | None = None,
) -> None:
    bundle = build_bundle(store, "screenshot", language=language)
    window = MapWindow(
        bundle.maps,
        bundle.regions.get(region),
        PERIOD,
        language,
        indicator_code=indicator,
        measure=measure,
    )
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    QTest.qWaitForWindowExposed(window)
    if hover:
        window.canvas.select(hover)
    if window.outside_list.count():  # a county's point typed outside it: chosen in the list
        window.outside_list.setCurrentRow(0)
    QTest.qWait(200)
    window.grab().save(str(target))
    print(f"wrote {target}")
    window.close()
    window.deleteLater()


def shoot_report_page(store: Store, language: str, folder: Path, target: Path) -> None:
    """The city report of 巴中市 for PERIOD, its page with the map, at 110 dpi."""
    bundle = build_bundle(store, "screenshot", language=language)
    pdf = folder / "city.pdf"
    bundle.reports.city_report(PREFECTURE, PERIOD, pdf)
    # The map's line: 4 of 巴中市's 5 counties reported (南江县 is late)
    line = translate("Reports", "Counties reported: {reported} of {expected}").format(
        reported=4, expected=5
    )
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    at = next(i for i, text in enumerate(pages) if line in text.replace("\n", ""))
    document = pdfium.PdfDocument(str(pdf))
    document[at].render(scale=110 / 72).to_pil().save(target)
    document.close()
    print(f"wrote {target} (page {at + 1} of {len(pages)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="the folder for the PNG files")
    parser.add_argument("--language", default="zh_CN", choices=("zh_CN", "en"))
    args = parser.parse_args(argv)
    language = args.language
    use_language_locale(language)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators(language)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="xianbao-map-shots-") as name:
        folder = Path(name)
        store = open_sqlite_store(prepare(folder))
        try:
            shoot_window(
                store,
                PROVINCE,
                COVERAGE,
                MapMeasure.CURRENT,
                language,
                args.out / f"map_province_{language}.png",
            )
            shoot_window(
                store,
                PREFECTURE,
                RETAIL,
                MapMeasure.YOY,
                language,
                args.out / f"map_prefecture_{language}.png",
                hover="511921",
            )
            shoot_window(
                store,
                COUNTY,
                RETAIL,
                MapMeasure.CURRENT,
                language,
                args.out / f"map_county_{language}.png",
            )
            shoot_report_page(store, language, folder, args.out / f"map_report_page_{language}.png")
        finally:
            store.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
