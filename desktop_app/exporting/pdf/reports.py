"""The printed reports, built with platypus: the monthly summary (and the city/province report with
its ranking), the blank paper form, and the completeness report.

Each `render_*` function takes the report's values (exporting/pdf/model.py), a registered Chinese
font and a path, writes the PDF atomically (document.write_pdf) and returns its page count.
Labels pass through translate("Reports", …): Chinese by default, English when installed so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.domain.figures import DASH, display_figure, display_growth
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.values import Figure
from desktop_app.exporting.pdf.charts import INCOMPLETE_MARK, progress_chart, trend_chart
from desktop_app.exporting.pdf.document import (
    GRID,
    SHADE,
    Styles,
    TextLine,
    make_styles,
    unit_text,
    usable_width,
    write_pdf,
)
from desktop_app.exporting.pdf.fonts import RegisteredFont
from desktop_app.exporting.pdf.maps import map_story
from desktop_app.exporting.pdf.model import (
    WAN_YUAN,
    YI_YUAN,
    BlankForm,
    CompletenessReport,
    FigureGroup,
    FigureRow,
    Gap,
    Ranking,
    Submission,
    SummaryReport,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

GROUP_SHADE = colors.HexColor("#F4F6F8")
FORM_GREY = colors.HexColor("#D9D9D9")
ALERT = colors.HexColor("#B00020")
TABLE_FONT_SIZE = 8.5
# Room to write a figure by hand on the paper form (about 6 mm).
FORM_ROW_HEIGHT = 15
# Left and right padding of a table cell (see _base_table_style).
CELL_PADDING = 3.0
# A figure column's width, unless its widest figure (or header word) needs more.
NUMBER_WIDTH = 55.0
# The unit column: this wide when there is room, never narrower than the minimum or its units.
UNIT_WIDTH, UNIT_MIN_WIDTH = 44.0, 32.0
# What the indicator (or region) name column keeps at least when figure columns grow; below it
# amounts in 万元 move to 亿元, the widest first, and as a last resort the figures' font shrinks.
NAME_MIN_WIDTH = 110.0
_YI = Decimal(10000)  # 万元 in one 亿元
_CENTS = Decimal("0.01")


# --- small helpers ---------------------------------------------------------------------------------
def date_label(day: date) -> str:
    return translate("Reports", "{year}-{month}-{day}").format(
        year=day.year, month=day.month, day=day.day
    )


def datetime_label(moment: datetime) -> str:
    return f"{date_label(moment.date())} {moment:%H:%M}"


def ytd_header(end_month: int) -> str:
    if end_month == 1:
        return translate("Reports", "January total")
    return translate("Reports", "Months 1–{month}").format(month=end_month)


def percent(value: Decimal | None) -> str:
    return display_growth(value)


_LATIN: dict[int, ParagraphStyle] = {}


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph; Latin-only text (English labels) breaks between words, not inside them."""
    if text.isascii():
        latin = _LATIN.get(id(style))
        if latin is None or latin.parent is not style:
            latin = ParagraphStyle(f"{style.name}_latin", parent=style, wordWrap=None)
            _LATIN[id(style)] = latin
        style = latin
    return Paragraph(escape(_kept_blanks(text)), style)


def _kept_blanks(text: str) -> str:
    """Paragraphs collapse runs of spaces, ideographic ones too; blanks to write in must stay,
    and a line drawn without a paragraph keeps them as wide."""
    return text.replace("\u3000", "\u00a0\u00a0")


def _text(text: str, style: ParagraphStyle, width: float) -> Flowable:
    """`text` in `style` across `width` (the frame's): one TextLine when it fits on one line,
    else a paragraph that wraps it (see _cell for table cells)."""
    line = _kept_blanks(text)
    room = width - style.leftIndent - style.rightIndent - style.firstLineIndent
    if "\n" not in line and text_width(line, style.fontName, style.fontSize) <= room:
        return TextLine(line, style)
    return _p(text, style)


def _indented(styles: Styles, depth: int) -> ParagraphStyle:
    if depth == 0:
        return styles.cell
    return ParagraphStyle(f"cell_depth{depth}", parent=styles.cell, leftIndent=9 * depth)


_ALIGNMENTS: dict[object, str] = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}


def _cell(
    text: str, style: ParagraphStyle, width: float, padding: float = 2 * CELL_PADDING
) -> str | Paragraph:
    """A table cell of `width`: the plain text when it fits on one line (the cell's left and
    right `padding` and the style's indent taken off), else a paragraph in `style` that wraps it.

    reportlab draws a plain string at a fraction of a paragraph's cost (no markup parsed, no
    line breaking); the table draws it as `style` would when its commands say so (_plain_like).
    """
    line = _kept_blanks(text)
    room = width - padding - style.leftIndent
    if "\n" not in line and text_width(line, style.fontName, style.fontSize) <= room:
        return line
    return _p(text, style)


def _plain_like(
    style: ParagraphStyle,
    start: tuple[int, int],
    stop: tuple[int, int],
    over: ParagraphStyle | None = None,
) -> list[Any]:
    """Table commands that draw the plain strings of a range of cells as `style` draws a
    paragraph of one line: font, size, leading (the row's height), alignment, colour and
    indent; with `over`, the style the range has already, only what differs from it."""
    settings = _cell_settings(style)
    if over is not None:
        already = _cell_settings(over)
        settings = {name: value for name, value in settings.items() if already[name] != value}
    return [(name, start, stop, value) for name, value in settings.items()]


def _cell_settings(style: ParagraphStyle) -> dict[str, Any]:
    return {
        "FONTNAME": style.fontName,
        "FONTSIZE": style.fontSize,
        "LEADING": style.leading,
        "ALIGN": _ALIGNMENTS.get(style.alignment, "LEFT"),
        "TEXTCOLOR": style.textColor,
        "LEFTPADDING": CELL_PADDING + style.leftIndent,
    }


def _base_table_style(font: RegisteredFont, header_rows: int = 1) -> list[Any]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), font.name),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), TABLE_FONT_SIZE * 1.25),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]


def _info_line(styles: Styles, left: str, right: str, width: float) -> Table:
    """A borderless line under the title: 填报单位 on the left, 报告期 on the right."""
    right_style = ParagraphStyle("info_right", parent=styles.body, alignment=TA_RIGHT)
    widths = [width * 0.6, width * 0.4]
    table = Table(
        [[_cell(left, styles.body, widths[0], 0), _cell(right, right_style, widths[1], 0)]],
        colWidths=widths,
    )
    table.setStyle(
        TableStyle(
            [
                # Every table names the font: a cell's default is Helvetica, never embedded.
                ("FONTNAME", (0, 0), (-1, -1), styles.font.name),
                *_plain_like(styles.body, (0, 0), (0, 0)),
                *_plain_like(right_style, (1, 0), (1, 0)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _labelled(label: str, value: str) -> str:
    return translate("Reports", "{label}: {value}").format(label=label, value=value)


def _blank(value: str, width: int = 10) -> str:
    return value if value.strip() else "\u3000" * width


#: How a list is joined: names (顿号 in Chinese), and the entries of a note.
NAME_LIST = QT_TRANSLATE_NOOP("Reports", "{items}, {item}")
ENTRY_LIST = QT_TRANSLATE_NOOP("Reports", "{items}; {item}")


def _listed(items: Iterable[str], template: str = NAME_LIST) -> str:
    """Items joined as a sentence lists them, by `template` (NAME_LIST or ENTRY_LIST)."""
    joined = ""
    for item in items:
        joined = (
            item if not joined else translate("Reports", template).format(items=joined, item=item)
        )
    return joined


# --- figures that fit their columns ----------------------------------------------------------------
def in_yi(value: Figure) -> Figure:
    """An amount in 万元 as 亿元, with two decimals (19,267,490.28 万元 → 1,926.75 亿元)."""
    if not isinstance(value, Decimal):
        return value
    return (value / _YI).quantize(_CENTS, rounding=ROUND_HALF_UP)


def text_width(text: str, font_name: str, size: float = TABLE_FONT_SIZE) -> float:
    return float(stringWidth(text, font_name, size))


def _header_min(text: str, style: ParagraphStyle) -> float:
    """The width a header needs for its longest unbreakable piece: a word of Latin text, a
    character of Chinese (CJK wrapping breaks anywhere)."""
    pieces = text.split() if text.isascii() else list(text)
    return max((text_width(p, style.fontName, style.fontSize) for p in pieces), default=0.0)


def _figure_column(
    texts: Iterable[str],
    header: str,
    styles: Styles,
    size: float,
    minimum: float = NUMBER_WIDTH,
) -> float:
    """A column wide enough for its widest text (on one line) and its header's longest word;
    `minimum` wide at least."""
    widest = max((text_width(t, styles.font.name, size) for t in texts), default=0.0)
    need = max(widest, _header_min(header, styles.head_cell)) + 2 * CELL_PADDING + 1
    return max(minimum, need)


@dataclass(frozen=True)
class _Fitted:
    """Figure columns sized to their texts; `size` is the figures' font size (shrunk only when
    nothing else makes them fit)."""

    widths: list[float]
    size: float


def _fit_figures(
    columns: Sequence[Sequence[str]], headers: Sequence[str], styles: Styles, budget: float
) -> _Fitted | None:
    """Widths of the figure columns within `budget`, or None when they need more."""
    widths = [
        _figure_column(c, h, styles, TABLE_FONT_SIZE) for c, h in zip(columns, headers, strict=True)
    ]
    return _Fitted(widths, TABLE_FONT_SIZE) if sum(widths) <= budget else None


def _shrunk(columns: Sequence[Sequence[str]], budget: float, font_name: str) -> _Fitted:
    """The last resort: a smaller font for the figures so that every one fits its column."""
    spare = 2 * CELL_PADDING + 1
    widest = [max((text_width(t, font_name) for t in c), default=0.0) for c in columns]
    room = budget - spare * len(columns)
    factor = min(1.0, room / sum(widest)) if sum(widest) > 0 and room > 0 else 1.0
    size = TABLE_FONT_SIZE * factor
    return _Fitted([w * factor + spare for w in widest], size)


# --- incomplete figures ------------------------------------------------------------------------------
def _marked(text: str, measure: str | None, gaps: Sequence[Gap]) -> str:
    """A figure with INCOMPLETE_MARK when its measure lacks some children (never on a "—")."""
    if measure is None or text == DASH or not any(g.measure == measure for g in gaps):
        return text
    return text + INCOMPLETE_MARK


# A note names at most this many indicators (or regions) lacking the same children; more are
# counted instead (their figures carry the mark in the table).
NOTE_NAMES = 5


def coverage_note(
    items: Sequence[tuple[str, Sequence[Gap]]], labels: dict[str, str], many: str
) -> str:
    """注：* 不完整：电子商务交易额 本月、1-3月累计 4/5（缺：通江县、南江县）；…

    `items` are (indicator or region name, its gaps); `labels` name the measures the table
    prints, in its column order (other measures are not noted); `many` counts names, e.g.
    "{count} indicators". Figures lacking the same children are noted together: each name with
    its measures, or, past NOTE_NAMES names, their count and every measure concerned.
    Empty when nothing printed is incomplete.
    """
    Key = tuple[str, tuple[str, ...], tuple[str, ...]]
    by_gap: dict[Key, list[tuple[str, list[str]]]] = {}
    for name, gaps in items:
        measures_of: dict[Key, list[str]] = {}
        for measure, label in labels.items():
            for gap in gaps:
                if gap.measure == measure:
                    measures_of.setdefault((gap.label, gap.missing, gap.partial), []).append(label)
        for key, measures in measures_of.items():
            by_gap.setdefault(key, []).append((name, measures))
    entries: list[str] = []
    for (coverage, missing, partial), named in by_gap.items():
        if len(named) > NOTE_NAMES:
            concerned = {m for _name, measures in named for m in measures}
            named = [
                (
                    translate("Reports", many).format(count=len(named)),
                    [label for label in labels.values() if label in concerned],
                )
            ]
        shown = coverage
        if missing:
            shown = translate("Reports", "{coverage} (missing: {regions})").format(
                coverage=shown, regions=_listed(missing)
            )
        if partial:
            shown = translate("Reports", "{coverage} (incomplete themselves: {regions})").format(
                coverage=shown, regions=_listed(partial)
            )
        for name, measures in named:
            entries.append(
                translate("Reports", "{name} {measures} {coverage}").format(
                    name=name, measures=_listed(measures), coverage=shown
                )
            )
    if not entries:
        return ""
    return translate("Reports", "Note: {mark} incomplete: {entries}").format(
        mark=INCOMPLETE_MARK, entries=_listed(entries, ENTRY_LIST)
    )


# --- the summary ----------------------------------------------------------------------------------
def summary_title(region: str, period: str) -> str:
    return translate("Reports", "{region} e-commerce development monthly report ({period})").format(
        region=region, period=period
    )


# 完成进度 is marked by the coverage of the year-to-date figure it divides (a MEASURES name).
_PROGRESS_MEASURE = "cumulative"
#: After a progress below the pace expected by the end of the month (GB2312 has the arrow).
BEHIND_MARK = "↓"
_MONEY_COLUMNS = (0, 1, 2, 4)  # the figure columns that show an amount in the row's unit


def _summary_header(end_month: int) -> list[str]:
    return [
        translate("Reports", "Indicator"),
        translate("Reports", "Unit"),
        translate("Reports", "This month"),
        ytd_header(end_month),
        translate("Reports", "Last year to date"),
        translate("Reports", "YoY (%)"),
        translate("Reports", "Annual target"),
        translate("Reports", "Progress (%)"),
    ]


def summary_measure_labels(end_month: int) -> dict[str, str]:
    """The measures the summary table prints, named as its header names them."""
    return {
        "current": translate("Reports", "This month"),
        "cumulative": ytd_header(end_month),
        "last_year_cumulative": translate("Reports", "Last year to date"),
        "yoy_cumulative": translate("Reports", "YoY (%)"),
    }


def _summary_cells(row: FigureRow, yi: bool) -> tuple[str, list[str]]:
    """A row's unit and figure texts; with `yi` its amounts in 亿元 instead of 万元."""
    scale = 2 if yi else row.scale

    def amount(value: Figure, measure: str | None) -> str:
        return _marked(display_figure(in_yi(value) if yi else value, scale), measure, row.gaps)

    texts = [
        amount(row.current, "current"),
        amount(row.cumulative, "cumulative"),
        amount(row.last_year_cumulative, "last_year_cumulative"),
        _marked(percent(row.yoy), "yoy_cumulative", row.gaps),
        DASH if row.target is None else amount(row.target, None),
        _marked(percent(row.progress), _PROGRESS_MEASURE, row.gaps)
        + (BEHIND_MARK if row.behind else ""),
    ]
    return unit_text(YI_YUAN if yi else row.unit), texts


def figures_table_parts(
    groups: Sequence[FigureGroup], end_month: int, styles: Styles, width: float
) -> tuple[list[list[Any]], list[Any], list[float]]:
    """The summary table's cells, style commands and column widths (see figures_table).

    Every figure column is as wide as its widest figure (NUMBER_WIDTH at least); if the name
    column would fall below NAME_MIN_WIDTH, the row holding the widest amount in 万元 is shown
    in 亿元 (its unit cell says so), then the next, as long as that helps.
    """
    font = styles.font
    header = _summary_header(end_month)
    rows = [row for group in groups for row in group.rows]
    in_yi_rows: set[int] = set()
    while True:
        cells = [_summary_cells(row, i in in_yi_rows) for i, row in enumerate(rows)]
        units = [unit for unit, _texts in cells]
        unit_need = max(
            UNIT_MIN_WIDTH,
            max((text_width(u, font.name) for u in units), default=0.0) + 2 * CELL_PADDING + 1,
        )
        columns = [[texts[j] for _unit, texts in cells] for j in range(6)]
        budget = width - unit_need - NAME_MIN_WIDTH
        fitted = _fit_figures(columns, header[2:], styles, budget)
        if fitted is not None:
            break
        widest = max(
            (
                (text_width(cells[i][1][j], font.name), i)
                for i in range(len(rows))
                for j in _MONEY_COLUMNS
            ),
            default=(0.0, -1),
        )
        i = widest[1]
        if i < 0 or i in in_yi_rows or not rows[i].is_money:
            fitted = _shrunk(columns, budget, font.name)
            break
        in_yi_rows.add(i)
    # The unit column is UNIT_WIDTH when that leaves the names enough room (its header on one
    # line), else as narrow as its units allow; the name column takes the rest.
    spare = width - NAME_MIN_WIDTH - unit_need - sum(fitted.widths)
    unit_w = max(UNIT_WIDTH, unit_need) if spare >= UNIT_WIDTH - unit_need else unit_need
    widths = [width - unit_w - sum(fitted.widths), unit_w, *fitted.widths]
    data: list[list[Any]] = [
        [_cell(h, styles.head_cell, w) for h, w in zip(header, widths, strict=True)]
    ]
    commands = _base_table_style(font)
    commands += _plain_like(styles.head_cell, (0, 0), (-1, 0))
    commands += _plain_like(styles.cell, (0, 1), (0, -1))
    indented = {depth: _indented(styles, depth) for depth in {row.depth for row in rows}}
    at = 0
    for group in groups:
        r = len(data)
        data.append([_cell(group.name, styles.group_cell, width), *[""] * 7])
        commands += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), GROUP_SHADE),
            *_plain_like(styles.group_cell, (0, r), (0, r), over=styles.cell),
        ]
        for row in group.rows:
            unit, texts = cells[at]
            at += 1
            r = len(data)
            if row.behind:
                commands.append(("TEXTCOLOR", (-1, r), (-1, r), ALERT))
            name = _cell(row.name, indented[row.depth], widths[0])
            if row.depth and isinstance(name, str):
                commands += _plain_like(indented[row.depth], (0, r), (0, r), over=styles.cell)
            data.append([name, unit, *texts])
    commands += [("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("ALIGN", (1, 1), (1, -1), "CENTER")]
    if fitted.size != TABLE_FONT_SIZE:
        commands.append(("FONTSIZE", (2, 1), (-1, -1), fitted.size))
    return data, commands, widths


def figures_table(
    groups: Sequence[FigureGroup], end_month: int, styles: Styles, width: float
) -> Table:
    """Indicators grouped as the catalogue groups them, 其中 rows indented; header repeated."""
    data, commands, widths = figures_table_parts(groups, end_month, styles, width)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _explanations(report: SummaryReport, styles: Styles, width: float) -> list[Flowable]:
    heading = translate("Reports", "Notes on warnings")
    story: list[Flowable] = [_text(heading, styles.heading, width)]
    if not report.explanations:
        story.append(_text(translate("Reports", "None."), styles.body, width))
    for note in report.explanations:
        template = escape(translate("Reports", "{label}: {value}"))
        markup = template.format(label=f"<b>{escape(note.indicator)}</b>", value=escape(note.text))
        story.append(Paragraph(markup, styles.body))
    return story


def signed(
    styles: Styles, people: Signatories, produced: date | None, width: float
) -> list[Flowable]:
    """The signatures that close a report (the people of the settings, the report's date or
    the day it was produced), kept together on one page."""
    block = signature_block(
        styles,
        people.report_date or produced,
        width,
        unit_head=people.unit_head,
        statistics_head=people.statistics_head,
        preparer=people.preparer,
        phone=people.phone,
    )
    return [Spacer(1, 8), KeepTogether([Spacer(1, 4), block])]


#: A signature cell's left and right padding (none on the left, reportlab's default 6 on the right).
SIGNATURE_PADDING = 6.0


def signature_block(
    styles: Styles,
    report_date: date | None,
    width: float,
    *,
    stamp: bool = True,
    **people: str,
) -> Table:
    """单位负责人, 统计负责人, 填表人, 联系电话, 报出日期; with `stamp` a box kept free for it.

    The paper form goes without the box: its stamp goes next to 填报单位（盖章） at the top.
    """
    blank_date = translate("Reports", "____ / ____ / ____")
    shown_date = date_label(report_date) if report_date else blank_date

    def labelled(label: str, value: str) -> str:
        return _labelled(label, _blank(value, 6))

    unit_head = labelled(translate("Reports", "Head of unit"), people.get("unit_head", ""))
    statistics_head = labelled(
        translate("Reports", "Head of statistics"), people.get("statistics_head", "")
    )
    preparer = labelled(translate("Reports", "Prepared by"), people.get("preparer", ""))
    phone = labelled(translate("Reports", "Telephone"), people.get("phone", ""))
    day = _labelled(translate("Reports", "Date of report"), shown_date)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.font.name),
        *_plain_like(styles.body, (0, 0), (-1, -1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]

    def cell(text: str, column: float, style: ParagraphStyle = styles.body) -> str | Paragraph:
        return _cell(text, style, column, SIGNATURE_PADDING)

    if not stamp:
        third = width / 3
        data: list[list[Any]] = [
            [cell(unit_head, third), cell(statistics_head, third), cell(preparer, third)],
            [cell(phone, third), cell(day, 2 * third), ""],
        ]
        commands.append(("SPAN", (1, 1), (2, 1)))
        table = Table(data, colWidths=[third] * 3, rowHeights=[20, 20])
        table.setStyle(TableStyle(commands))
        return table
    stamp_w = 42 * mm
    left = (width - stamp_w) / 2
    stamp_style = ParagraphStyle(
        "stamp", parent=styles.body, alignment=TA_CENTER, textColor=colors.grey
    )
    box = cell(translate("Reports", "(Stamp)"), stamp_w - 6, stamp_style)  # 6 more on the left
    data = [
        [cell(unit_head, left), cell(statistics_head, left), box],
        [cell(preparer, left), cell(phone, left), ""],
        [cell(day, 2 * left), "", ""],
    ]
    table = Table(data, colWidths=[left, left, stamp_w], rowHeights=[24] * 3)
    commands += [
        *_plain_like(stamp_style, (2, 0), (2, 0)),
        ("VALIGN", (2, 0), (2, 0), "TOP"),
        ("SPAN", (2, 0), (2, 2)),
        ("SPAN", (0, 2), (1, 2)),
        ("BOX", (2, 0), (2, 2), 0.4, colors.grey),
        ("LEFTPADDING", (2, 0), (2, 0), 6),
    ]
    table.setStyle(TableStyle(commands))
    return table


def ranking_measure_labels(end_month: int) -> dict[str, str]:
    """The measures the ranking table prints, named as its header names them."""
    return {
        "cumulative": ytd_header(end_month),
        "last_year_cumulative": translate("Reports", "Last year to date"),
        "yoy_cumulative": translate("Reports", "YoY (%)"),
    }


def ranking_table_parts(
    ranking: Ranking, end_month: int, styles: Styles, width: float
) -> tuple[list[list[Any]], list[Any], list[float]]:
    """The ranking's cells, style commands and column widths (see ranking_table).

    Sized as the summary table is: figure columns as wide as their widest figure, amounts in
    亿元 when those in 万元 would leave the region names less than NAME_MIN_WIDTH.
    """
    rank_w, code_w = 32.0, 50.0
    budget = width - rank_w - code_w - NAME_MIN_WIDTH

    def texts(yi: bool) -> tuple[str, list[list[str]]]:
        scale = 2 if yi else ranking.scale

        def amount(value: Figure) -> Figure:
            return in_yi(value) if yi else value

        unit = YI_YUAN if yi else ranking.unit
        rows = [
            [
                _marked(display_figure(amount(r.cumulative), scale), "cumulative", r.gaps),
                _marked(
                    display_figure(amount(r.last_year_cumulative), scale),
                    "last_year_cumulative",
                    r.gaps,
                ),
                _marked(percent(r.yoy), "yoy_cumulative", r.gaps),
                percent(r.share),
            ]
            for r in ranking.regions
        ]
        return unit, rows

    def header(unit: str) -> list[str]:
        return [
            translate("Reports", "Rank"),
            translate("Reports", "Code"),
            translate("Reports", "Region"),
            translate("Reports", "{measure} ({unit})").format(
                measure=ytd_header(end_month), unit=unit_text(unit)
            ),
            translate("Reports", "Last year to date"),
            translate("Reports", "YoY (%)"),
            translate("Reports", "Share (%)"),
        ]

    unit, rows = texts(False)
    columns = [[row[j] for row in rows] for j in range(4)]
    fitted = _fit_figures(columns, header(unit)[3:], styles, budget)
    if fitted is None and ranking.unit == WAN_YUAN:
        unit, rows = texts(True)
        columns = [[row[j] for row in rows] for j in range(4)]
        fitted = _fit_figures(columns, header(unit)[3:], styles, budget)
    if fitted is None:
        fitted = _shrunk(columns, budget, styles.font.name)
    # The figure columns keep at least the widths they always had; the names take the rest.
    figure_widths = [max(w, m) for w, m in zip(fitted.widths, _RANKING_WIDTHS, strict=True)]
    if sum(figure_widths) > budget:
        figure_widths = fitted.widths
    widths = [rank_w, code_w, width - rank_w - code_w - sum(figure_widths), *figure_widths]
    data: list[list[Any]] = [
        [_cell(h, styles.head_cell, w) for h, w in zip(header(unit), widths, strict=True)]
    ]
    for region, figures in zip(ranking.regions, rows, strict=True):
        data.append(
            [
                str(region.rank) if region.rank else DASH,
                region.code,
                _cell(region.name, styles.cell, widths[2]),
                *figures,
            ]
        )
    commands = _base_table_style(styles.font)
    commands += [
        *_plain_like(styles.head_cell, (0, 0), (-1, 0)),
        *_plain_like(styles.cell, (2, 1), (2, -1)),
        ("ALIGN", (0, 1), (1, -1), "CENTER"),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
    ]
    if fitted.size != TABLE_FONT_SIZE:
        commands.append(("FONTSIZE", (3, 1), (-1, -1), fitted.size))
    return data, commands, widths


# The ranking's figure columns when their figures are small: 累计, 上年同期累计, 同比, 占比.
_RANKING_WIDTHS = (84.0, 84.0, 56.0, 56.0)


def ranking_table(ranking: Ranking, end_month: int, styles: Styles, width: float) -> Table:
    data, commands, widths = ranking_table_parts(ranking, end_month, styles, width)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def ranking_notes(ranking: Ranking, end_month: int, styles: Styles) -> list[Flowable]:
    """Under the ranking: the regions that have not reported its figure, and which of the
    regions' own figures lack some of their townships."""
    story: list[Flowable] = []
    missing = ranking.not_reported
    if missing:
        text = translate("Reports", "Not reported for {indicator} ({count}): {regions}").format(
            indicator=ranking.indicator, count=len(missing), regions=_listed(missing)
        )
        story.append(_p(text, styles.small))
    note = coverage_note(
        [(r.name, r.gaps) for r in ranking.regions],
        ranking_measure_labels(end_month),
        QT_TRANSLATE_NOOP("Reports", "{count} regions"),
    )
    if note:
        story.append(_p(note, styles.small))
    return story


def summary_story(report: SummaryReport, styles: Styles) -> list[Flowable]:
    width = usable_width()
    people = report.signatories
    story: list[Flowable] = [
        _text(summary_title(report.region_name, report.period_label), styles.title, width),
    ]
    if people.bureau_name:
        story.append(_text(people.bureau_name, styles.subtitle, width))
    story += [
        _info_line(
            styles,
            _labelled(translate("Reports", "Reporting unit"), _blank(people.bureau_name)),
            _labelled(translate("Reports", "Reporting period"), report.ytd_label),
            width,
        ),
        figures_table(report.groups, report.end_month, styles, width),
    ]
    note = coverage_note(
        [(row.name, row.gaps) for group in report.groups for row in group.rows],
        summary_measure_labels(report.end_month),
        QT_TRANSLATE_NOOP("Reports", "{count} indicators"),
    )
    if note:
        story += [Spacer(1, 3), _p(note, styles.small)]
    behind = [row.name for group in report.groups for row in group.rows if row.behind]
    if behind:
        story += [
            Spacer(1, 3),
            _p(
                escape(
                    translate(
                        "Reports",
                        "{mark} Progress below the pace expected by the end of the month: "
                        "{indicators}.",
                    ).format(mark=BEHIND_MARK, indicators=translate("Reports", ", ").join(behind))
                ),
                styles.small,
            ),
        ]
    if report.ranking is not None and report.ranking.regions:
        story += [
            CondPageBreak(60 * mm),
            _text(
                translate("Reports", "Regions ranked by {indicator} ({period})").format(
                    indicator=report.ranking.indicator, period=report.ytd_label
                ),
                styles.heading,
                width,
            ),
            ranking_table(report.ranking, report.end_month, styles, width),
            Spacer(1, 3),
            *ranking_notes(report.ranking, report.end_month, styles),
        ]
    if report.map is not None:
        story += map_story(report.map, styles, width)
    story += _explanations(report, styles, width)
    if report.trend is not None and report.trend.series:
        story.append(
            KeepTogether(
                [
                    _text(
                        translate("Reports", "Key indicators over the last 12 months"),
                        styles.heading,
                        width,
                    ),
                    trend_chart(report.trend, styles.font, width),
                ]
            )
        )
    if report.progress:
        story.append(
            KeepTogether(
                [
                    _text(
                        translate("Reports", "Progress against the year's targets"),
                        styles.heading,
                        width,
                    ),
                    progress_chart(report.progress, styles.font, width, report.time_progress),
                ]
            )
        )
    story += signed(styles, people, report.produced, width)
    return story


def render_summary(
    report: SummaryReport,
    path: Path,
    font: RegisteredFont,
    check: Callable[[], None] | None = None,
) -> int:
    styles = make_styles(font)
    title = summary_title(report.region_name, report.period_label)
    return write_pdf(
        path, summary_story(report, styles), font, title=title, footer=title, check=check
    )


# --- the blank paper form -------------------------------------------------------------------------
def form_title() -> str:
    return translate("Reports", "Rural e-commerce monthly return")


# The blank form's columns but the first (Indicator, which takes the rest): Code, Unit, This
# month, year to date, Remarks.
_FORM_WIDTHS = (40.0, 44.0, 78.0, 78.0, 60.0)
# A cell's top and bottom padding (see _base_table_style).
CELL_V_PADDING = 2.5


def form_table_parts(
    form: BlankForm, styles: Styles, width: float
) -> tuple[list[list[Any]], list[Any], list[float], list[float | None]]:
    """The blank form's cells, style commands, column widths and row heights.

    An indicator's row is FORM_ROW_HEIGHT high (room to write a figure by hand), or as high as
    its name needs, padding included, when the name wraps onto more lines.
    """
    header = [
        translate("Reports", "Indicator"),
        translate("Reports", "Code"),
        translate("Reports", "Unit"),
        translate("Reports", "This month"),
        ytd_header(form.end_month),
        translate("Reports", "Remarks"),
    ]
    widths = [width - sum(_FORM_WIDTHS), *_FORM_WIDTHS]
    data: list[list[Any]] = [[_p(h, styles.head_cell) for h in header]]
    commands = _base_table_style(styles.font)
    heights: list[float | None] = [None]
    for group in form.groups:
        r = len(data)
        data.append([_p(group.name, styles.group_cell), *[""] * 5])
        heights.append(None)
        commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GROUP_SHADE)]
        for row in group.rows:
            r = len(data)
            name = _p(row.name, _indented(styles, row.depth))
            _w, need = name.wrap(widths[0] - 2 * CELL_PADDING, 10_000)
            data.append([name, row.code, unit_text(row.unit), "", "", ""])
            # One line fits the handwriting height; more lines keep the cell's padding too.
            wrapped = need > name.style.leading + 0.01
            heights.append(
                max(FORM_ROW_HEIGHT, need + 2 * CELL_V_PADDING) if wrapped else FORM_ROW_HEIGHT
            )
            if not row.year_to_date:
                commands.append(("BACKGROUND", (4, r), (4, r), FORM_GREY))
    commands += [("ALIGN", (1, 1), (2, -1), "CENTER")]
    return data, commands, widths, heights


def form_story(form: BlankForm, styles: Styles) -> list[Flowable]:
    width = usable_width()
    story: list[Flowable] = [_p(form_title(), styles.title)]
    if form.authority:
        story.append(
            _p(
                translate("Reports", "Send to: {authority}").format(authority=form.authority),
                styles.subtitle,
            )
        )
    story.append(
        _info_line(
            styles,
            _labelled(translate("Reports", "Reporting unit (stamp)"), _blank(form.unit_name, 12)),
            _labelled(translate("Reports", "Reporting period"), form.period_label),
            width,
        )
    )
    data, commands, widths, heights = form_table_parts(form, styles, width)
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle(commands))
    story += [
        table,
        Spacer(1, 4),
        _p(
            translate(
                "Reports",
                "Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write n/a (or 无) where an indicator does not apply; 0 means there was none. 3. Amounts in {unit} with two decimals.",
            ).format(unit=unit_text(WAN_YUAN)),
            styles.small,
        ),
        Spacer(1, 6),
        KeepTogether([signature_block(styles, None, width, stamp=False)]),
    ]
    return story


def render_blank_forms(
    forms: Sequence[BlankForm],
    path: Path,
    font: RegisteredFont,
    check: Callable[[], None] | None = None,
) -> int:
    """One form per reporting unit, each starting on a new page."""
    styles = make_styles(font)
    story: list[Flowable] = []
    for i, form in enumerate(forms):
        if i:
            story.append(PageBreak())
        story += form_story(form, styles)
    title = form_title()
    footer = (
        translate("Reports", "{title} ({period})").format(title=title, period=forms[0].period_label)
        if forms
        else title
    )
    return write_pdf(path, story, font, title=title, footer=footer, check=check)


# --- completeness ---------------------------------------------------------------------------------
def completeness_title(region: str, period: str) -> str:
    return translate("Reports", "Submission of returns: {region} ({period})").format(
        region=region, period=period
    )


def status_label(status: Submission) -> str:
    return {
        Submission.ON_TIME: translate("Reports", "Submitted"),
        Submission.LATE: translate("Reports", "Submitted late"),
        Submission.PENDING: translate("Reports", "Not yet submitted"),
        Submission.MISSING: translate("Reports", "Overdue, not submitted"),
        Submission.REOPENED: translate("Reports", "Reopened for correction"),
    }[status]


def level_label(level: str) -> str:
    return {
        "township": translate("Reports", "Township"),
        "county": translate("Reports", "County"),
        "prefecture": translate("Reports", "Prefecture"),
    }.get(level, translate("Reports", "Region"))


# The completeness table's columns when their texts are short: No., Code, (name), Status,
# Submitted at, Submitted by, Days late. Status, times, people and days grow to their widest text;
# a person's name wraps past BY_MAX_WIDTH; the region names take what is left.
_COMPLETENESS_WIDTHS = (28.0, 70.0, 0.0, 80.0, 92.0, 60.0, 46.0)
BY_MAX_WIDTH = 100.0


def completeness_table_parts(
    report: CompletenessReport, styles: Styles, width: float
) -> tuple[list[list[Any]], list[Any], list[float]]:
    """The completeness table's cells, style commands and column widths."""
    header = [
        translate("Reports", "No."),
        translate("Reports", "Code"),
        level_label(report.level),
        translate("Reports", "Status"),
        translate("Reports", "Submitted at"),
        translate("Reports", "Submitted by"),
        translate("Reports", "Days late"),
    ]
    data: list[list[Any]] = [[_p(h, styles.head_cell) for h in header]]
    commands = _base_table_style(styles.font)
    texts: list[list[str]] = []
    for i, row in enumerate(report.rows, start=1):
        line = [
            str(i),
            row.code,
            row.name,
            status_label(row.status),
            datetime_label(row.submitted_at) if row.submitted_at else DASH,
            row.by or DASH,
            str(row.days_late) if row.days_late else DASH,
        ]
        texts.append(line)
        data.append(
            [
                *line[:2],
                _p(row.name, styles.cell),
                *line[3:5],
                _p(line[5], styles.cell_center),
                *line[6:],
            ]
        )
        if row.status in (Submission.LATE, Submission.MISSING):
            commands.append(("TEXTCOLOR", (3, i), (3, i), ALERT))
    commands += [
        ("ALIGN", (0, 1), (1, -1), "CENTER"),
        ("ALIGN", (3, 1), (5, -1), "CENTER"),
        ("ALIGN", (-1, 1), (-1, -1), "RIGHT"),
    ]
    widths = list(_COMPLETENESS_WIDTHS)
    for j in (3, 4, 6):
        column = [line[j] for line in texts]
        widths[j] = _figure_column(column, header[j], styles, TABLE_FONT_SIZE, widths[j])
    people = [line[5] for line in texts]
    fitted = _figure_column(people, header[5], styles, styles.cell_center.fontSize, widths[5])
    widths[5] = min(fitted, max(widths[5], BY_MAX_WIDTH))
    widths[2] = width - sum(widths)
    return data, commands, widths


def completeness_story(report: CompletenessReport, styles: Styles) -> list[Flowable]:
    width = usable_width()
    rows = report.rows
    on_time = sum(1 for r in rows if r.status is Submission.ON_TIME)
    late = sum(1 for r in rows if r.status is Submission.LATE)
    overdue = sum(1 for r in rows if r.status is Submission.MISSING)
    missing = len(rows) - on_time - late
    story: list[Flowable] = [
        _p(completeness_title(report.region_name, report.period_label), styles.title),
    ]
    if report.bureau:
        story.append(_p(report.bureau, styles.subtitle))
    story += [
        _info_line(
            styles,
            _labelled(translate("Reports", "Deadline"), date_label(report.deadline)),
            _labelled(translate("Reports", "As of"), date_label(report.as_of)),
            width,
        ),
        _p(
            translate(
                "Reports",
                "{expected} expected, {submitted} submitted ({on_time} on time, {late} late), "
                "{missing} not submitted ({overdue} overdue).",
            ).format(
                expected=len(rows),
                submitted=on_time + late,
                on_time=on_time,
                late=late,
                missing=missing,
                overdue=overdue,
            ),
            styles.body,
        ),
        Spacer(1, 4),
    ]
    data, commands, widths = completeness_table_parts(report, styles, width)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    story.append(table)
    return story


def render_completeness(
    report: CompletenessReport,
    path: Path,
    font: RegisteredFont,
    check: Callable[[], None] | None = None,
) -> int:
    styles = make_styles(font)
    title = completeness_title(report.region_name, report.period_label)
    return write_pdf(
        path, completeness_story(report, styles), font, title=title, footer=title, check=check
    )
