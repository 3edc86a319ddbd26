"""Province-scale figures fit their columns: 四川省's report (183 counties of generated data of
realistic size, bench/generate.py) once printed 电子商务交易额 of some 19,267,490.28 万元 over the
next column. Every figure is measured with the font (stringWidth) against its column, and found
back in the PDF inside its column; amounts that cannot fit move to 亿元, with the unit said."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from PySide6.QtWidgets import QApplication

from bench.generate import generate
from desktop_app.domain.figures import display_figure
from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.pdf.document import FRAME_PADDING, MARGIN, make_styles, usable_width
from desktop_app.exporting.pdf.fonts import RegisteredFont, cjk_font
from desktop_app.exporting.pdf.model import (
    FigureGroup,
    FigureRow,
    RankedRegion,
    Ranking,
    SummaryReport,
)
from desktop_app.exporting.pdf.reports import (
    TABLE_FONT_SIZE,
    figures_table_parts,
    ranking_table_parts,
    render_summary,
    text_width,
)
from desktop_app.services.regions import RegionQueries
from desktop_app.services.reports import ReportService
from desktop_app.services.store import open_sqlite_store
from desktop_app.ui.language import install_translators
from tests.exporting.pdf_support import text_runs

PROVINCE = "510000"  # 四川省
DECEMBER = Period.month(2025, 12)
PADDING = 3.0  # each side of a cell (the tables' LEFTPADDING / RIGHTPADDING)
#: A figure as the tables print it: digits, separators, a sign, "—", the incomplete mark.
FIGURE = re.compile(r"^[-—0-9,.*%]+$")


@dataclass(frozen=True)
class Province:
    report: SummaryReport
    font: RegisteredFont
    pdf: Path


@pytest.fixture(scope="module")
def province(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Province]:
    """四川省's report for December 2025 from two generated years of all its counties."""
    folder = tmp_path_factory.mktemp("province")
    generate(folder / "province.sqlite3", years=2)
    store = open_sqlite_store(folder / "province.sqlite3")
    assert install_translators("zh_CN")
    try:
        regions = RegionQueries(store.sessions)
        counties = [
            (county.code, county.name)
            for prefecture in regions.children(PROVINCE)
            for county in regions.children(prefecture.code)
        ]
        service = ReportService(store.sessions)
        font = service.font()
        report = service.summary_data(PROVINCE, DECEMBER, Signatories(), counties)
        pdf = folder / "province.pdf"
        render_summary(report, pdf, font)
        yield Province(report, font, pdf)
    finally:
        install_translators("en")
        store.close()


def cell_text(cell: Any) -> str:
    return cell.text if isinstance(cell, Paragraph) else str(cell)


def cell_settings(
    commands: list[Any], rows: int, columns: int, font: RegisteredFont
) -> dict[tuple[int, int], dict[str, Any]]:
    """Each cell's font name, size, left and right padding and spanned width (in columns), as
    the table's commands set them, the later command winning (as reportlab applies them)."""
    cells = {
        (r, c): {
            "FONTNAME": font.name,
            "FONTSIZE": TABLE_FONT_SIZE,
            "LEFTPADDING": PADDING,
            "RIGHTPADDING": PADDING,
            "SPAN": 1,
        }
        for r in range(rows)
        for c in range(columns)
    }
    for name, (c0, r0), (c1, r1), *value in commands:
        c0, c1 = c0 % columns, c1 % columns
        r0, r1 = r0 % rows, r1 % rows
        if name == "SPAN":
            cells[(r0, c0)]["SPAN"] = c1 - c0 + 1
        elif name in ("FONTNAME", "FONTSIZE", "LEFTPADDING", "RIGHTPADDING"):
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    cells[(r, c)][name] = value[0]
    return cells


def overflowing(
    data: list[list[Any]], commands: list[Any], widths: list[float], font: RegisteredFont
) -> list[tuple[str, float, float]]:
    """Plain-text cells (figures, units, codes, names that need no wrapping) wider than their
    column (or the columns they span) less their padding, each in its own font and size."""
    settings = cell_settings(commands, len(data), len(widths), font)
    too_wide = []
    for r, row in enumerate(data):
        for c, cell in enumerate(row):
            if isinstance(cell, Paragraph) or not cell:
                continue
            at = settings[(r, c)]
            width = sum(widths[c : c + at["SPAN"]])
            need = text_width(cell, at["FONTNAME"], at["FONTSIZE"])
            if need > width - at["LEFTPADDING"] - at["RIGHTPADDING"]:
                too_wide.append((cell, need, width))
    return too_wide


@pytest.mark.slow
def test_pdf_province_figures_are_province_sized(province: Province) -> None:
    # The data are of the size the defect was seen at: tens of millions of 万元 a year
    rows = {r.code: r for g in province.report.groups for r in g.rows}
    c01 = rows["C01"].cumulative
    assert isinstance(c01, Decimal) and c01 > Decimal("10000000")
    assert province.report.ranking is not None
    assert len(province.report.ranking.regions) == 183


@pytest.mark.slow
def test_pdf_province_figures_fit_their_columns(province: Province) -> None:
    styles = make_styles(province.font)
    width = usable_width()
    report = province.report
    data, commands, widths = figures_table_parts(report.groups, report.end_month, styles, width)
    assert sum(widths) == pytest.approx(width)
    assert overflowing(data, commands, widths, province.font) == []
    # Every figure is printed (in 万元 or, when shown in 亿元, as the 亿元 figure)
    printed = [row for row in data[1:] if row[1]]  # not the group headings
    rows = [row for group in report.groups for row in group.rows]
    for cells, row in zip(printed, rows, strict=True):
        assert cell_text(cells[0]) == row.name
        amount, scale = row.cumulative, row.scale
        if cells[1] != row.unit:
            assert (row.unit, cells[1]) == ("万元", "亿元")
            assert isinstance(amount, Decimal)
            amount, scale = (amount / 10000).quantize(Decimal("0.01")), 2
        assert cells[3].rstrip("*") == display_figure(amount, scale), row.code
    assert report.ranking is not None
    data, commands, widths = ranking_table_parts(report.ranking, report.end_month, styles, width)
    assert sum(widths) == pytest.approx(width)
    assert overflowing(data, commands, widths, province.font) == []


@pytest.mark.slow
def test_pdf_province_report_prints_figures_inside_their_columns(province: Province) -> None:
    # Given the column boundaries of the summary table, which fills the first page
    styles = make_styles(province.font)
    report = province.report
    _data, _commands, widths = figures_table_parts(
        report.groups, report.end_month, styles, usable_width()
    )
    edges = [MARGIN + FRAME_PADDING]
    for w in widths:
        edges.append(edges[-1] + w)
    # Then every figure on it lies between two neighbouring boundaries, padding kept
    first = PdfReader(province.pdf).pages[0]
    figures = [run for run in text_runs(first) if FIGURE.match(run[0])]
    assert len(figures) > 100
    for text, x, _y, size in figures:
        right = x + text_width(text, province.font.name, size)
        inside = any(
            left + PADDING - 0.5 <= x and right <= end - PADDING + 0.5
            for left, end in itertools.pairwise(edges)
        )
        assert inside, (text, x, right, edges)


def test_pdf_amounts_too_wide_for_wan_yuan_are_shown_in_yi_yuan(chinese: None) -> None:
    # Given a province-level table whose 电子商务交易额 runs to 10^10 万元, next to small amounts
    font = cjk_font()
    styles = make_styles(font)
    huge = Decimal("12345678901.23")
    rows = (
        FigureRow("C01", "电子商务交易额", "万元", 2, 0, huge, huge, huge, Decimal("5.0")),
        FigureRow("C02", "网络零售额", "万元", 2, 0, Decimal("1234.56"), Decimal("7654.32")),
        FigureRow("D02", "电子商务培训人次", "人次", 0, 0, Decimal(12), Decimal(345)),
    )
    data, commands, widths = figures_table_parts(
        (FigureGroup("交易", rows),), 12, styles, usable_width()
    )
    # Then that row is in 亿元, its unit says so, and the small amounts stay in 万元
    by_name = {cell_text(row[0]): row for row in data[2:]}
    assert by_name["电子商务交易额"][1:4] == ["亿元", "1,234,567.89", "1,234,567.89"]
    assert by_name["网络零售额"][1:4] == ["万元", "1,234.56", "7,654.32"]
    assert by_name["电子商务培训人次"][1:4] == ["人次", "12", "345"]
    assert overflowing(data, commands, widths, font) == []
    assert widths[0] >= 110  # the names keep their room

    # And a ranking is in 万元 while its figures fit (its columns are wider)...
    def ranking(amount: Decimal) -> Ranking:
        region = RankedRegion(1, "510104", "锦江区", amount, amount, Decimal("1.0"), Decimal(100))
        return Ranking("电子商务交易额", "万元", 2, (region,))

    data, commands, widths = ranking_table_parts(ranking(huge), 12, styles, usable_width())
    assert "（万元）" in cell_text(data[0][3])
    assert data[1][3] == "12,345,678,901.23"
    assert overflowing(data, commands, widths, font) == []
    # ... and in 亿元 when they do not, its header saying so
    larger = Decimal("123456789012345.67")
    data, commands, widths = ranking_table_parts(ranking(larger), 12, styles, usable_width())
    assert "（亿元）" in cell_text(data[0][3])
    assert data[1][3:5] == ["12,345,678,901.23", "12,345,678,901.23"]
    assert overflowing(data, commands, widths, font) == []


def test_pdf_figures_that_cannot_fit_get_a_smaller_font(qapp: QApplication) -> None:
    # Given counts (never converted) too long for any column at the table's font size
    font = cjk_font()
    styles = make_styles(font)
    huge = Decimal("123456789012345678")
    rows = tuple(
        FigureRow(f"X{i}", f"指标{i}", "个", 0, 0, huge, huge, huge, None, huge) for i in range(3)
    )
    data, commands, widths = figures_table_parts(
        (FigureGroup("组", rows),), 12, styles, usable_width()
    )
    # Then the figures' font shrinks until every one fits, and the table still fills the page
    sizes = [c[3] for c in commands if c[0] == "FONTSIZE" and c[1] == (2, 1)]
    assert sizes and sizes[0] < TABLE_FONT_SIZE
    assert overflowing(data, commands, widths, font) == []
    assert sum(widths) == pytest.approx(usable_width())
