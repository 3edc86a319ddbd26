"""Benchmark: the province's map drawn in the window against the same figures shown as a table
(issue 16: goal ≤ 2×).

    python -m bench.map [--file PATH] [--region 510000] [--indicator A07] [--period 2025-12]
                        [--repeat 15] [--warmup 2] [--json PATH]

On the province database of bench.rollup (bench/out/province.sqlite3, generated when missing;
--file another), ``MapService.map_of(region, indicator, 本期, period)`` gives the picture once
(四川省's 183 counties by 行政村覆盖率 by default). Then, in one process with Qt offscreen,
alternating run by run after the warm-up, each contender a new top-level widget of 1000×640
shown and painted (``grab()``: its paint events run before the call returns):

(a) the map: a new ``MapCanvas`` (ui/map_canvas.py) given the picture's shapes and fills, the
    region's first drawing in the session: every county's QPainterPath built from its rings, scaled to the widget, filled, hatched where not
    reported, outlined, the names that fit written;
(b) the baseline: a new ``QTableView`` over a table model of the same rows (code, county, the
    figure as the map's hover says it, 未报送 where none), every visible cell painted;
(a2) for the breakdown: (a) for a region drawn before in the session (the outlines are kept by
    region, ``map_canvas.outlines``): every drawing but the region's first;
(c) for the breakdown: the open map given another picture's fills (the outlines kept), repainted:
    what a new indicator, measure or period costs once the map is open;
(d) for the breakdown: the whole window opened on the province (``MapWindow``: the catalogue's
    indicators, ``map_of`` with the province's roll-up, the legend, the list, the map painted).

It checks (raising, even under ``python -O``) that the table holds one row per county with the
picture's figures and that the map painted every class's colour that has counties. Prints medians
and p95 in ms and the ratio median(a)/median(b). Writes bench/out/map.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget

from bench.generate import PROVINCE, generate
from bench.rollup import DEFAULT_DB, ensure, time_alternating
from desktop_app.domain.maps import LegendKind, MapMeasure, MapPicture
from desktop_app.domain.periods import Period
from desktop_app.i18n import QT_TRANSLATE_NOOP, set_language
from desktop_app.services.bundle import build_bundle
from desktop_app.services.store import open_sqlite_store
from desktop_app.ui.language import install_translators
from desktop_app.ui.map_canvas import MapCanvas, forget_outlines
from desktop_app.ui.map_view import MapWindow, figure_text
from desktop_app.ui.table_model_base import HeaderedTableModel

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_JSON = OUT / "map.json"
GOAL_RATIO = 2.0
SIZE = (1000, 640)


class FiguresTableModel(HeaderedTableModel):
    """The baseline's rows: code, county, figure (the map's own words for a county without)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("FiguresTableModel", "Code"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "County"),
        QT_TRANSLATE_NOOP("FiguresTableModel", "Figure"),
    )

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self._rows = rows

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]


def table_rows(picture: MapPicture) -> list[tuple[str, str, str]]:
    return [
        (fill.code, fill.name, figure_text(fill, picture.unit, "zh_CN")) for fill in picture.fills
    ]


def shown(widget: QWidget) -> QWidget:
    """`widget` at SIZE, shown and painted now: `grab()` runs its paint events (and its
    children's) before it returns, exposed on a screen or not."""
    widget.resize(*SIZE)
    widget.show()
    widget.grab()
    return widget


class Contenders:
    def __init__(self, picture: MapPicture, other: MapPicture) -> None:
        self.picture = picture
        self.other = other
        self.rows = table_rows(picture)
        self.made: list[QWidget] = []  # kept until the end: deleting is not what is timed
        self.open_map = self.map()
        self._turn = False

    def map(self) -> MapCanvas:
        """The region's first drawing in the session: its outlines built from the rings."""
        forget_outlines()
        return self.map_kept()

    def map_kept(self) -> MapCanvas:
        """A drawing of a region drawn before (every drawing but the first): outlines kept."""
        canvas = MapCanvas()
        canvas.set_shapes(self.picture.shapes)
        canvas.set_fills(self.picture.fills)
        self.made.append(shown(canvas))
        return canvas

    def table(self) -> QTableView:
        view = QTableView()
        view.setModel(FiguresTableModel(self.rows))
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.made.append(shown(view))
        return view

    def recolour(self) -> None:
        """The open map given the other picture's fills (then back, run by run)."""
        self._turn = not self._turn
        self.open_map.set_fills((self.other if self._turn else self.picture).fills)
        self.open_map.grab()

    def close(self) -> None:
        for widget in self.made:
            widget.close()
            widget.deleteLater()
        self.made.clear()
        QApplication.processEvents()


def check(contenders: Contenders, table: QTableView, canvas: MapCanvas) -> int:
    """The table holds every county with the picture's figure; the map shows every class
    colour that has counties (read back from its pixels)."""
    picture = contenders.picture
    model = table.model()
    ensure(model.rowCount() == len(picture.fills), "the table lacks counties")
    for row, fill in enumerate(picture.fills):
        ensure(model.index(row, 0).data() == fill.code, f"row {row}: {fill.code}")
        ensure(
            model.index(row, 2).data() == figure_text(fill, picture.unit, "zh_CN"),
            f"{fill.name}: figure",
        )
    image = canvas.grab().toImage()
    colours = {
        image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
    }
    for entry in picture.legend:
        if entry.kind is LegendKind.CLASS and entry.count:
            ensure(QColor(entry.fill).rgb() in colours, f"class {entry.label} not painted")
    return len(picture.fills)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.map",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--file", type=Path, help=f"the SQLite file (default: {DEFAULT_DB})")
    parser.add_argument("--region", default=PROVINCE, help="a prefecture or province")
    parser.add_argument("--indicator", default="A07", help="default A07 (行政村覆盖率)")
    parser.add_argument("--period", default="2025-12", help="default 2025-12")
    parser.add_argument("--repeat", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs first (default 2)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    path: Path = args.file or DEFAULT_DB
    if not path.exists():
        if args.file is not None:
            print(f"{path} does not exist (python -m bench.generate {path})", file=sys.stderr)
            return 2
        print(f"generating {path} …", flush=True)
        generate(path)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    set_language("zh_CN")
    install_translators("zh_CN")
    period = Period.parse(args.period)
    store = open_sqlite_store(path)
    try:
        bundle = build_bundle(store, "bench")
        maps = bundle.maps
        picture = maps.map_of(args.region, args.indicator, MapMeasure.CURRENT, period)
        other = maps.map_of(args.region, args.indicator, MapMeasure.CURRENT, period.previous())
        contenders = Contenders(picture, other)
        region = bundle.regions.get(args.region)
        windows: list[QWidget] = []

        def window() -> None:
            opened = MapWindow(maps, region, period, "zh_CN", indicator_code=args.indicator)
            windows.append(shown(opened))

        counties = check(contenders, contenders.table(), contenders.map())
        timings = time_alternating(
            {
                "a_map": contenders.map,
                "b_table": contenders.table,
                "a2_map_outlines_kept": contenders.map_kept,
                "c_recoloured": contenders.recolour,
                "d_window": window,
            },
            repeat=args.repeat,
            warmup=args.warmup,
        )
        contenders.close()
        for opened in windows:
            opened.deleteLater()
        app.processEvents()
    finally:
        store.close()
    a, b, c, d = (timings[k] for k in ("a_map", "b_table", "c_recoloured", "d_window"))
    kept = timings["a2_map_outlines_kept"]
    ratio = round(a.median_ms / b.median_ms, 2)
    ratio_kept = round(kept.median_ms / b.median_ms, 2)
    print(f"check: ok ({counties} counties in the table and on the map)")
    print(f"{'ms':<52}{'median':>9}{'p95':>9}{'min':>9}")
    for label, t in (
        ("(a) the map: a new MapCanvas shown and painted", a),
        ("(b) a new QTableView of the same rows, painted", b),
        ("(a2) (a) with the region's outlines kept", kept),
        ("(c) the open map recoloured and repainted", c),
        ("(d) the whole window opened (figures included)", d),
    ):
        print(f"{label:<52}{t.median_ms:>9.1f}{t.p95_ms:>9.1f}{t.min_ms:>9.1f}")
    verdict = "met" if ratio <= GOAL_RATIO else "missed"
    print(f"ratio median(a)/median(b): {ratio} (goal ≤ {GOAL_RATIO}: {verdict})")
    print(f"ratio median(a2)/median(b): {ratio_kept}")
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "region": args.region,
        "indicator": args.indicator,
        "period": args.period,
        "counties": counties,
        "size": list(SIZE),
        "timings": {name: asdict(t) for name, t in timings.items()},
        "ratio": ratio,
        "ratio_outlines_kept": ratio_kept,
        "goal": GOAL_RATIO,
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        },
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
