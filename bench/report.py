"""Benchmark: the monthly summary PDF against bare reportlab building the same table.

    python -m bench.report [--repeat 30] [--warmup 3] [--json PATH]

A database is prepared in a temporary folder: ``open_sqlite_store``, the demo county 511921
(通江县, five townships, 2024–2025 keyed through ``fill_demo_county``). Then, in one process,
alternating run by run after a warm-up (``bench.rollup.time_alternating``):

(a) the product: ``ReportService.monthly_summary("511921", 2025-03, path)``: figures from the
    store (one subtree query), explanations, targets, the 12-month trend; the whole report
    (title, the grouped table, 情况说明, trend chart, progress bars, signature block, 第 x 页 共 y
    页 on a two-pass canvas), written to a temporary file and renamed;
(b) the baseline (issue 15's row): bare reportlab, no database: ``SimpleDocTemplate`` with the
    title and one ``Table`` of the same rows (the same header and cell texts, a Paragraph for
    every name and header as the product used to make them, the same column widths,
    TableStyle, repeatRows and registered font), ``build`` to a file;
(c) breakdown: the product's renderer alone (``render_summary``) on report values gathered
    once, i.e. (a) without the database;
(d) the floor of (b): the same table as the product now builds it, a Paragraph only for a
    name or header too wide for one line and plain strings otherwise. (b) does more table work
    than the product; (a)/(d) says what the product costs over the cheapest same table.

The rows of (b) and (d) are taken from the product's own report values once, before timing,
and the benchmark checks (raising, even under ``python -O``) that every row's cells appear in
the text of all three PDFs. Prints medians and p95 in ms and the ratios median(a)/median(b)
(goal ≤ 1.3) and median(a)/median(d). Writes bench/out/report.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import reportlab
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from bench.rollup import ensure, time_alternating
from desktop_app.domain.periods import Period
from desktop_app.exporting.pdf.document import MARGIN, make_styles, usable_width
from desktop_app.exporting.pdf.fonts import RegisteredFont
from desktop_app.exporting.pdf.model import SummaryReport
from desktop_app.exporting.pdf.reports import figures_table_parts, render_summary, summary_title
from desktop_app.i18n import set_language
from desktop_app.services.demo import DEMO_COUNTY, fill_demo_county
from desktop_app.services.reports import ReportService
from desktop_app.services.store import open_sqlite_store

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_JSON = OUT / "report.json"
PERIOD = Period.month(2025, 3)
GOAL_RATIO = 1.3


@dataclass(frozen=True)
class PlainTable:
    """The product's summary table as plain data: texts, style commands, column widths."""

    cells: list[list[str]]
    commands: list[Any]
    widths: list[float]
    depths: list[int]  # indentation of each row's name (其中), as the product indents it
    wrapped: set[tuple[int, int]]  # (row, column) of the cells the product makes Paragraphs

    @classmethod
    def of(cls, report: SummaryReport, font: RegisteredFont) -> PlainTable:
        styles = make_styles(font)
        data, commands, widths = figures_table_parts(
            report.groups, report.end_month, styles, usable_width()
        )
        cells = [[c.text if isinstance(c, Paragraph) else str(c) for c in row] for row in data]
        wrapped = {
            (r, c)
            for r, row in enumerate(data)
            for c, cell in enumerate(row)
            if isinstance(cell, Paragraph)
        }
        depths = [0] + [d for g in report.groups for d in (0, *(r.depth for r in g.rows))]
        return cls(cells, commands, widths, depths, wrapped)


def build_baseline(
    path: Path, title: str, plain: PlainTable, font: RegisteredFont, *, floor: bool = False
) -> None:
    """Bare reportlab: a title and one table of the same rows; no database, no page footer.

    Names and headers are Paragraphs, or with `floor` only those the product wraps (the
    table's commands, the product's, draw the others as their paragraph style would)."""
    styles = make_styles(font)
    indented = {
        depth: ParagraphStyle(f"d{depth}", parent=styles.cell, leftIndent=9 * depth)
        for depth in set(plain.depths)
    }

    def cell(text: str, style: ParagraphStyle, at: tuple[int, int]) -> str | Paragraph:
        return text if floor and at not in plain.wrapped else Paragraph(text, style)

    data: list[list[Any]] = [
        [cell(h, styles.head_cell, (0, c)) for c, h in enumerate(plain.cells[0])]
    ]
    for r, (row, depth) in enumerate(zip(plain.cells[1:], plain.depths[1:], strict=True), 1):
        style = indented[depth] if row[1] else styles.group_cell  # no unit: a group heading
        data.append([cell(row[0], style, (r, 0)), *row[1:]])
    table = Table(data, colWidths=plain.widths, repeatRows=1)
    table.setStyle(TableStyle(plain.commands))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        initialFontName=font.name,
    )
    doc.build([Paragraph(title, styles.title), table])


def check_same_rows(paths: dict[str, Path], plain: PlainTable) -> int:
    """Every indicator row's name, unit and figures appear in the text of every PDF."""
    rows = 0
    for name, path in paths.items():
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        lines = [line.strip() for line in text.splitlines()]
        rows = 0
        for row in plain.cells[1:]:
            if not row[1]:
                continue  # a group heading
            ensure(row[0][:4] in text, f"{name}: {row[0]!r} missing")
            ensure(all(cell in lines for cell in row[1:]), f"{name}: {row} missing")
            rows += 1
    return rows


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.report", description=__doc__)
    parser.add_argument("--repeat", type=int, default=30, help="timed runs of each (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    set_language("zh_CN")  # the reports translate without Qt
    with tempfile.TemporaryDirectory(prefix="xianbao-bench-report-") as folder:
        work = Path(folder)
        store = open_sqlite_store(work / "demo.sqlite3")
        store.set_home_region(DEMO_COUNTY, "通江县商务局")
        fill_demo_county(store.sessions)
        service = ReportService(store.sessions)
        font = service.font()  # registered once; both contenders use it
        report = service.summary_data(DEMO_COUNTY, PERIOD)
        plain = PlainTable.of(report, font)
        title = summary_title(report.region_name, report.period_label)
        product, baseline, renderer = work / "a.pdf", work / "b.pdf", work / "c.pdf"
        floor = work / "d.pdf"
        timings = time_alternating(
            {
                "a_product": lambda: service.monthly_summary(DEMO_COUNTY, PERIOD, product),
                "b_reportlab_table": lambda: build_baseline(baseline, title, plain, font),
                "c_renderer_only": lambda: render_summary(report, renderer, font),
                "d_reportlab_table_floor": lambda: build_baseline(
                    floor, title, plain, font, floor=True
                ),
            },
            repeat=args.repeat,
            warmup=args.warmup,
        )
        pdfs = {"a": product, "b": baseline, "d": floor}
        rows = check_same_rows(pdfs, plain)
        pages = {name: len(PdfReader(path).pages) for name, path in pdfs.items()}
        store.close()
    a, b = timings["a_product"], timings["b_reportlab_table"]
    c, d = timings["c_renderer_only"], timings["d_reportlab_table_floor"]
    ratio = round(a.median_ms / b.median_ms, 2)
    shown = ", ".join(f"{name}={count}" for name, count in pages.items())
    print(f"check: ok ({rows} indicator rows in every PDF; pages {shown})")
    print(f"{'ms':<46}{'median':>9}{'p95':>9}{'min':>9}")
    for label, t in (
        ("(a) ReportService.monthly_summary", a),
        ("(b) bare reportlab, the same table", b),
        ("(c) render_summary only, no database", c),
        ("(d) bare reportlab, the table as (a) builds it", d),
    ):
        print(f"{label:<46}{t.median_ms:>9.1f}{t.p95_ms:>9.1f}{t.min_ms:>9.1f}")
    verdict = "met" if ratio <= GOAL_RATIO else "missed"
    print(f"ratio median(a)/median(b): {ratio} (goal ≤ {GOAL_RATIO}: {verdict})")
    print(f"ratio median(c)/median(b): {round(c.median_ms / b.median_ms, 2)}")
    print(f"ratio median(a)/median(d): {round(a.median_ms / d.median_ms, 2)}")
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "period": PERIOD.code,
        "region": DEMO_COUNTY,
        "repeat": args.repeat,
        "warmup": args.warmup,
        "timings": {name: asdict(t) for name, t in timings.items()},
        "ratio": ratio,
        "ratio_floor": round(a.median_ms / d.median_ms, 2),
        "goal_ratio": GOAL_RATIO,
        "pages": pages,
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "reportlab": reportlab.Version,
        },
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
