"""How the monthly summary draws what it prints: the table's names and headers as plain strings
where they fit (placed and sized as the wrapping paragraphs are), and the charts painted on the
canvas (a value axis that reaches past the highest point, a legend that stays on the page).
Everything is read back from the PDF with pypdf, positions and sizes included."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Literal

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desktop_app import i18n
from desktop_app.exporting.pdf.charts import LEGEND_LINE, trend_chart
from desktop_app.exporting.pdf.document import (
    FRAME_PADDING,
    MARGIN,
    TextLine,
    make_styles,
    usable_width,
    write_pdf,
)
from desktop_app.exporting.pdf.fonts import RegisteredFont, cjk_font
from desktop_app.exporting.pdf.model import FigureGroup, FigureRow, Trend, TrendSeries
from desktop_app.exporting.pdf.reports import figures_table, figures_table_parts
from tests.exporting.pdf_support import text_runs

# What the reader of the PDF expects: names in the cell style's 9 pt, 3 pt of cell padding,
# a 其中 row indented by 9 pt more.
NAME_SIZE, PAD, INDENT = 9.0, 3.0, 9.0
SHORT, SHORT_PART = "网店", "其中：贫困村网店"
LONG = "电子商务集聚区（产业园、孵化基地、众创空间、示范园区）入驻企业"
LONG_PART = "其中：贫困地区农产品网络销售额（含乡镇、村级服务站点代销）"


@pytest.fixture
def chinese() -> Iterator[RegisteredFont]:
    before = i18n.current_language()
    assert i18n.set_language("zh_CN")
    yield cjk_font()
    i18n._language[0] = before


def _row(name: str, depth: int) -> FigureRow:
    return FigureRow("X", name, "个", 0, depth, Decimal(12), Decimal(34), Decimal(30))


def test_pdf_table_names_fit_or_wrap_in_place(chinese: RegisteredFont, tmp_path: Path) -> None:
    # Given a table with short names and names too long for one line, at both depths
    font = chinese
    rows = (_row(SHORT, 0), _row(SHORT_PART, 1), _row(LONG, 0), _row(LONG_PART, 1))
    out = tmp_path / "table.pdf"
    width = usable_width()
    groups = (FigureGroup("主体与载体", rows),)
    table = figures_table(groups, 3, make_styles(font), width)
    _data, _commands, widths = figures_table_parts(groups, 3, make_styles(font), width)
    # When it is printed
    write_pdf(out, [table], font, title="table")
    runs = text_runs(PdfReader(out).pages[0])
    left = MARGIN + FRAME_PADDING  # the name column's left edge
    name_width = widths[0]
    # Then a name that fits is one run in 9 pt, at the padding, a 其中 row 9 pt further in
    at = {text: (x, size) for text, x, _y, size in runs}
    assert at[SHORT][0] == pytest.approx(left + PAD, abs=0.01)
    assert at[SHORT_PART][0] == pytest.approx(left + PAD + INDENT, abs=0.01)
    assert at[SHORT][1] == at[SHORT_PART][1] == pytest.approx(NAME_SIZE)
    # And a name that does not fit wraps inside its column, at the same place and size
    for name, indent in ((LONG, 0.0), (LONG_PART, INDENT)):
        assert stringWidth(name, font.name, NAME_SIZE) > name_width - 2 * PAD - indent
        pieces = [(t, x, size) for t, x, _y, size in runs if t in name and t != name]
        assert "".join(t for t, _x, _s in pieces) == name
        for text, x, size in pieces:
            assert x == pytest.approx(left + PAD + indent, abs=0.01)
            assert size == pytest.approx(NAME_SIZE)
            assert x + stringWidth(text, font.name, size) <= left + name_width - PAD + 0.01
    # And the group heading and the header are there too: 本月 centred in its column, and
    # 上年同期累计, too wide for its column, wrapped in it
    texts = [t for t, *_ in runs]
    assert "主体与载体" in texts
    month_left = left + sum(widths[:2])
    x, size = at["本月"]
    centre = x + stringWidth("本月", font.bold, size) / 2
    assert centre == pytest.approx(month_left + widths[2] / 2, abs=0.01)
    assert "上年同期累计" not in texts and "上年同期累" in texts


def test_pdf_table_cells_are_strings_only_where_they_fit(chinese: RegisteredFont) -> None:
    rows = (_row(SHORT, 0), _row(LONG, 0))
    data, _commands, widths = figures_table_parts(
        (FigureGroup("主体与载体", rows),), 3, make_styles(chinese), usable_width()
    )
    kinds = {(cell.text if isinstance(cell, Paragraph) else cell): type(cell) for cell in data[0]}
    assert kinds["本月"] is str and kinds["上年同期累计"] is Paragraph
    assert isinstance(data[2][0], str) and isinstance(data[3][0], Paragraph)
    assert widths[0] < stringWidth(LONG, chinese.name, NAME_SIZE)


def _months() -> tuple[str, ...]:
    return tuple(f"{m}月" for m in range(1, 13))


@pytest.mark.parametrize(
    ("values", "labels"),
    [
        # The highest point 10,400: steps of 2,000 up to the first tick above it
        ([Decimal(6700), Decimal(10400)] + [Decimal(5000)] * 10, [2000 * i for i in range(7)]),
        # Small amounts: steps of 0.5 up to 3, written with their decimal
        ([Decimal(3)] + [None] * 11, ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"]),
        # Steps of 2.5 keep their decimal (never "2" for 2.5)
        ([Decimal(15)] + [Decimal(4)] * 11, [f"{2.5 * i:.1f}" for i in range(7)]),
        # Only zeros: an axis of 0 to 1 all the same
        ([Decimal(0)] * 12, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]),
    ],
    ids=["thousands", "small", "two-and-a-half", "zeros"],
)
def test_pdf_trend_axis_reaches_past_the_highest_point(
    chinese: RegisteredFont, tmp_path: Path, values: list[Decimal | None], labels: list[object]
) -> None:
    # Given one series
    trend = Trend("万元", _months(), (TrendSeries("网络零售额", tuple(values)),))
    out = tmp_path / "trend.pdf"
    # When its chart is printed
    write_pdf(out, [trend_chart(trend, chinese, 480)], chinese, title="trend")
    runs = text_runs(PdfReader(out).pages[0])
    # Then the value axis is labelled at round steps from 0 to a tick at or above the highest
    # point, bottom to top
    expected = [f"{v:,}" if isinstance(v, int) else v for v in labels]
    shown = [(y, text) for text, _x, y, _s in runs if text in expected]
    assert [text for _y, text in sorted(shown)] == expected
    highest = max(float(v) for v in values if v is not None)
    assert float(str(expected[-1]).replace(",", "")) >= highest


def test_pdf_trend_legend_takes_a_second_line_rather_than_leave_the_page(
    chinese: RegisteredFont, tmp_path: Path
) -> None:
    width = 480.0
    short = (TrendSeries("交易额", (Decimal(1),) * 12), TrendSeries("零售额", (Decimal(2),) * 12))
    long = tuple(
        TrendSeries(f"其中：贫困地区农产品网络销售额{i}", (Decimal(i),) * 12) for i in range(4)
    )
    # Given two short names, then four long ones
    one_line = trend_chart(Trend("万元", _months(), short), chinese, width)
    two_lines = trend_chart(Trend("万元", _months(), long), chinese, width)
    # Then the short ones share one line, the long ones take two (the chart grows by a line)
    assert two_lines.wrap(width, 1000)[1] == one_line.wrap(width, 1000)[1] + LEGEND_LINE
    out = tmp_path / "legend.pdf"
    write_pdf(out, [two_lines], chinese, title="legend")
    runs = text_runs(PdfReader(out).pages[0])
    # And every name is printed, none past the chart's right edge
    left = MARGIN + FRAME_PADDING
    for series in long:
        (x,) = [x for text, x, _y, _s in runs if text == series.name]
        assert x + stringWidth(series.name, chinese.name, 7.5) <= left + width


@pytest.mark.parametrize("alignment", [TA_LEFT, TA_CENTER, TA_RIGHT])
def test_pdf_text_line_prints_where_its_paragraph_would(
    chinese: RegisteredFont, tmp_path: Path, alignment: Literal[0, 1, 2]
) -> None:
    # Given lines in styles with indents, space before and after, a colour, an alignment
    styles = make_styles(chinese)
    looks = [
        ParagraphStyle("a", parent=styles.title, alignment=alignment),
        ParagraphStyle("b", parent=styles.heading, alignment=alignment, leftIndent=12),
        ParagraphStyle("c", parent=styles.small, alignment=alignment, rightIndent=20),
    ]
    texts = ["通江县电子商务发展情况月报（2025年3月）", "情况说明", "注：* 不完整：网络零售额 本月"]
    # When they are printed once as paragraphs and once as TextLines
    printed = []
    for kind, make in (("paragraph", Paragraph), ("line", TextLine)):
        out = tmp_path / f"{kind}.pdf"
        write_pdf(out, [make(t, s) for t, s in zip(texts, looks, strict=True)], chinese, title="t")
        runs = text_runs(PdfReader(out).pages[0])
        printed.append([run for run in runs if run[0] in texts])
    # Then every line is at the same place, in the same size
    paragraph, line = printed
    assert [t for t, *_ in paragraph] == texts
    assert len(line) == len(paragraph)
    for (t1, x1, y1, s1), (t2, x2, y2, s2) in zip(paragraph, line, strict=True):
        assert (t1, s1) == (t2, s2)
        assert x1 == pytest.approx(x2, abs=0.01) and y1 == pytest.approx(y2, abs=0.01), t1
