"""The printed reports, built with platypus: the monthly summary (and the city/province report with
its ranking), the blank paper form, and the completeness report.

Each `render_*` function takes the report's values (exporting/pdf/model.py), a registered Chinese
font and a path, writes the PDF atomically (document.write_pdf) and returns its page count.
Labels pass through translate("Reports", …): Chinese by default, English when installed so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
from desktop_app.exporting.pdf.charts import progress_chart, trend_chart
from desktop_app.exporting.pdf.document import (
    GRID,
    SHADE,
    Styles,
    make_styles,
    usable_width,
    write_pdf,
)
from desktop_app.exporting.pdf.fonts import RegisteredFont
from desktop_app.exporting.pdf.model import (
    BlankForm,
    CompletenessReport,
    FigureGroup,
    Ranking,
    Submission,
    SummaryReport,
)
from desktop_app.i18n import translate

GROUP_SHADE = colors.HexColor("#F4F6F8")
FORM_GREY = colors.HexColor("#D9D9D9")
ALERT = colors.HexColor("#B00020")
TABLE_FONT_SIZE = 8.5
#: Room to write a figure by hand on the paper form (about 6 mm).
FORM_ROW_HEIGHT = 15


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
    # Paragraphs collapse runs of spaces, ideographic ones too; blanks to write in must stay.
    return Paragraph(escape(text).replace("\u3000", "\u00a0\u00a0"), style)


def _indented(styles: Styles, depth: int) -> ParagraphStyle:
    if depth == 0:
        return styles.cell
    return ParagraphStyle(f"cell_depth{depth}", parent=styles.cell, leftIndent=9 * depth)


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
    right_style = ParagraphStyle("info_right", parent=styles.body, alignment=2)
    table = Table(
        [[_p(left, styles.body), _p(right, right_style)]],
        colWidths=[width * 0.6, width * 0.4],
    )
    table.setStyle(
        TableStyle(
            [
                # Every table names the font: a cell's default is Helvetica, never embedded.
                ("FONTNAME", (0, 0), (-1, -1), styles.font.name),
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


# --- the summary ----------------------------------------------------------------------------------
def summary_title(region: str, period: str) -> str:
    return translate("Reports", "{region} e-commerce development monthly report ({period})").format(
        region=region, period=period
    )


def figures_table_parts(
    groups: Sequence[FigureGroup], end_month: int, styles: Styles, width: float
) -> tuple[list[list[Any]], list[Any], list[float]]:
    """The summary table's cells, style commands and column widths (see figures_table)."""
    font = styles.font
    header = [
        translate("Reports", "Indicator"),
        translate("Reports", "Unit"),
        translate("Reports", "This month"),
        ytd_header(end_month),
        translate("Reports", "Last year to date"),
        translate("Reports", "YoY (%)"),
        translate("Reports", "Annual target"),
        translate("Reports", "Progress (%)"),
    ]
    data: list[list[Any]] = [[_p(h, styles.head_cell) for h in header]]
    commands = _base_table_style(font)
    for group in groups:
        r = len(data)
        data.append([_p(group.name, styles.group_cell), *[""] * 7])
        commands += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), GROUP_SHADE),
        ]
        for row in group.rows:
            data.append(
                [
                    _p(row.name, _indented(styles, row.depth)),
                    row.unit,
                    display_figure(row.current, row.scale),
                    display_figure(row.cumulative, row.scale),
                    display_figure(row.last_year_cumulative, row.scale),
                    percent(row.yoy),
                    DASH if row.target is None else display_figure(row.target, row.scale),
                    percent(row.progress),
                ]
            )
    commands += [("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("ALIGN", (1, 1), (1, -1), "CENTER")]
    unit_w, number_w = 44.0, 55.0
    name_w = width - unit_w - 6 * number_w
    return data, commands, [name_w, unit_w, *[number_w] * 6]


def figures_table(
    groups: Sequence[FigureGroup], end_month: int, styles: Styles, width: float
) -> Table:
    """Indicators grouped as the catalogue groups them, 其中 rows indented; header repeated."""
    data, commands, widths = figures_table_parts(groups, end_month, styles, width)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _explanations(report: SummaryReport, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [_p(translate("Reports", "Notes on warnings"), styles.heading)]
    if not report.explanations:
        story.append(_p(translate("Reports", "None."), styles.body))
    for note in report.explanations:
        template = escape(translate("Reports", "{label}: {value}"))
        markup = template.format(label=f"<b>{escape(note.indicator)}</b>", value=escape(note.text))
        story.append(Paragraph(markup, styles.body))
    return story


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

    def cell(label: str, value: str) -> Paragraph:
        return _p(_labelled(label, _blank(value, 6)), styles.body)

    unit_head = cell(translate("Reports", "Head of unit"), people.get("unit_head", ""))
    statistics_head = cell(
        translate("Reports", "Head of statistics"), people.get("statistics_head", "")
    )
    preparer = cell(translate("Reports", "Prepared by"), people.get("preparer", ""))
    phone = cell(translate("Reports", "Telephone"), people.get("phone", ""))
    day = _p(_labelled(translate("Reports", "Date of report"), shown_date), styles.body)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.font.name),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    if not stamp:
        data: list[list[Any]] = [[unit_head, statistics_head, preparer], [phone, day, ""]]
        commands.append(("SPAN", (1, 1), (2, 1)))
        table = Table(data, colWidths=[width / 3] * 3, rowHeights=[20, 20])
        table.setStyle(TableStyle(commands))
        return table
    box = Paragraph(
        escape(translate("Reports", "(Stamp)")),
        ParagraphStyle("stamp", parent=styles.body, alignment=1, textColor=colors.grey),
    )
    data = [[unit_head, statistics_head, box], [preparer, phone, ""], [day, "", ""]]
    stamp_w = 42 * mm
    left = (width - stamp_w) / 2
    table = Table(data, colWidths=[left, left, stamp_w], rowHeights=[24] * 3)
    commands += [
        ("VALIGN", (2, 0), (2, 0), "TOP"),
        ("SPAN", (2, 0), (2, 2)),
        ("SPAN", (0, 2), (1, 2)),
        ("BOX", (2, 0), (2, 2), 0.4, colors.grey),
        ("LEFTPADDING", (2, 0), (2, 0), 6),
    ]
    table.setStyle(TableStyle(commands))
    return table


def ranking_table(ranking: Ranking, end_month: int, styles: Styles, width: float) -> Table:
    header = [
        translate("Reports", "Rank"),
        translate("Reports", "Code"),
        translate("Reports", "Region"),
        ytd_header(end_month) + f"（{ranking.unit}）",
        translate("Reports", "Last year to date"),
        translate("Reports", "YoY (%)"),
        translate("Reports", "Share (%)"),
    ]
    data: list[list[Any]] = [[_p(h, styles.head_cell) for h in header]]
    for region in ranking.regions:
        data.append(
            [
                str(region.rank) if region.rank else DASH,
                region.code,
                _p(region.name, styles.cell),
                display_figure(region.cumulative, ranking.scale),
                display_figure(region.last_year_cumulative, ranking.scale),
                percent(region.yoy),
                percent(region.share),
            ]
        )
    commands = _base_table_style(styles.font)
    commands += [
        ("ALIGN", (0, 1), (1, -1), "CENTER"),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
    ]
    fixed = [32.0, 50.0, 0.0, 84.0, 84.0, 56.0, 56.0]
    fixed[2] = width - sum(fixed)
    table = Table(data, colWidths=fixed, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def summary_story(report: SummaryReport, styles: Styles) -> list[Flowable]:
    width = usable_width()
    people = report.signatories
    story: list[Flowable] = [
        _p(summary_title(report.region_name, report.period_label), styles.title),
    ]
    if people.bureau_name:
        story.append(_p(people.bureau_name, styles.subtitle))
    story += [
        _info_line(
            styles,
            _labelled(translate("Reports", "Reporting unit"), _blank(people.bureau_name)),
            _labelled(translate("Reports", "Reporting period"), report.ytd_label),
            width,
        ),
        figures_table(report.groups, report.end_month, styles, width),
    ]
    if report.ranking is not None and report.ranking.regions:
        story += [
            CondPageBreak(60 * mm),
            _p(
                translate("Reports", "Regions ranked by {indicator} ({period})").format(
                    indicator=report.ranking.indicator, period=report.ytd_label
                ),
                styles.heading,
            ),
            ranking_table(report.ranking, report.end_month, styles, width),
        ]
    story += _explanations(report, styles)
    if report.trend is not None and report.trend.series:
        story.append(
            KeepTogether(
                [
                    _p(
                        translate("Reports", "Key indicators over the last 12 months"),
                        styles.heading,
                    ),
                    trend_chart(report.trend, styles.font, width),
                ]
            )
        )
    if report.progress:
        story.append(
            KeepTogether(
                [
                    _p(translate("Reports", "Progress against the year's targets"), styles.heading),
                    progress_chart(report.progress, styles.font, width, report.time_progress),
                ]
            )
        )
    story += [
        Spacer(1, 8),
        KeepTogether(
            [
                Spacer(1, 4),
                signature_block(
                    styles,
                    people.report_date or report.produced,
                    width,
                    unit_head=people.unit_head,
                    statistics_head=people.statistics_head,
                    preparer=people.preparer,
                    phone=people.phone,
                ),
            ]
        ),
    ]
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
    header = [
        translate("Reports", "Indicator"),
        translate("Reports", "Code"),
        translate("Reports", "Unit"),
        translate("Reports", "This month"),
        ytd_header(form.end_month),
        translate("Reports", "Remarks"),
    ]
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
            data.append(
                [_p(row.name, _indented(styles, row.depth)), row.code, row.unit, "", "", ""]
            )
            heights.append(FORM_ROW_HEIGHT)
            if not row.year_to_date:
                commands.append(("BACKGROUND", (4, r), (4, r), FORM_GREY))
    commands += [("ALIGN", (1, 1), (2, -1), "CENTER")]
    fixed = [0.0, 40.0, 44.0, 78.0, 78.0, 60.0]
    fixed[0] = width - sum(fixed)
    table = Table(data, colWidths=fixed, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle(commands))
    story += [
        table,
        Spacer(1, 4),
        _p(
            translate(
                "Reports",
                "Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write 无 where an indicator does not apply; 0 means there was none. 3. Amounts in 万元 with two decimals.",
            ),
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
    footer = f"{title}（{forms[0].period_label}）" if forms else title
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
    for i, row in enumerate(rows, start=1):
        data.append(
            [
                str(i),
                row.code,
                _p(row.name, styles.cell),
                status_label(row.status),
                datetime_label(row.submitted_at) if row.submitted_at else DASH,
                row.by or DASH,
                str(row.days_late) if row.days_late else DASH,
            ]
        )
        if row.status in (Submission.LATE, Submission.MISSING):
            commands.append(("TEXTCOLOR", (3, i), (3, i), ALERT))
    commands += [
        ("ALIGN", (0, 1), (1, -1), "CENTER"),
        ("ALIGN", (3, 1), (5, -1), "CENTER"),
        ("ALIGN", (-1, 1), (-1, -1), "RIGHT"),
    ]
    fixed = [28.0, 70.0, 0.0, 80.0, 92.0, 60.0, 46.0]
    fixed[2] = width - sum(fixed)
    table = Table(data, colWidths=fixed, repeatRows=1)
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
