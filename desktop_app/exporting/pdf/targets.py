"""年度目标完成情况: a region's targets for a year at the end of a month, as a PDF.

The usual form of the project's reports: title, the region and the month, a table of every
target (indicator, unit, how the document writes it, the goal in the unit, what is done, progress
and the pace expected by the end of the month; behind pace marked ↓ in red), where each target
comes from, and the signatures. Labels pass through translate("Reports", …).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.domain.figures import DASH, display_figure, display_growth
from desktop_app.domain.indicators import Indicator
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.targets import PaceBasis, Target
from desktop_app.exporting.pdf.document import (
    Styles,
    make_styles,
    unit_text,
    usable_width,
    write_pdf,
)
from desktop_app.exporting.pdf.fonts import RegisteredFont
from desktop_app.exporting.pdf.reports import (
    ALERT,
    BEHIND_MARK,
    _base_table_style,
    _info_line,
    _labelled,
    _p,
    signed,
)
from desktop_app.i18n import translate
from desktop_app.target_text import figure_text, goal_text


@dataclass(frozen=True)
class TargetLine:
    indicator: Indicator
    target: Target
    goal: Decimal | None
    done: Decimal | None
    progress: Decimal | None
    pace: Decimal | None
    pace_basis: PaceBasis | None
    behind: bool


@dataclass(frozen=True)
class TargetsReport:
    region_name: str
    year: int
    end_month: int
    lines: tuple[TargetLine, ...]
    signatories: Signatories
    produced: date
    language: str = "zh_CN"


def targets_title(region: str, year: int) -> str:
    return translate("Reports", "{region}: targets of {year} and their progress").format(
        region=region, year=year
    )


def _done_text(line: TargetLine) -> str:
    if line.done is None:
        return DASH
    text = display_figure(line.done, line.indicator.scale)
    return text + "%" if line.indicator.unit == "%" else text


def _pace_text(line: TargetLine) -> str:
    if line.pace is None:
        return DASH
    if line.pace_basis is PaceBasis.SEASONAL:
        return translate("Reports", "{pace} (last year)").format(pace=display_growth(line.pace))
    return display_growth(line.pace)


def _table(report: TargetsReport, styles: Styles, width: float) -> Table:
    widths = [0.0, 30.0, 78.0, 62.0, 62.0, 44.0, 52.0]
    widths[0] = width - sum(widths)
    header = [
        translate("Reports", "Indicator"),
        translate("Reports", "Unit"),
        translate("Reports", "Target as set"),
        translate("Reports", "Goal for the year"),
        translate("Reports", "Done so far"),
        translate("Reports", "Progress (%)"),
        translate("Reports", "Expected by now (%)"),
    ]
    data: list[list[Any]] = [[_p(text, styles.head_cell) for text in header]]
    commands = _base_table_style(styles.font)

    def name(ind: Indicator) -> str:
        return ind.name_en if report.language == "en" else ind.name_zh

    for line in report.lines:
        ind = line.indicator
        progress = display_growth(line.progress) + (BEHIND_MARK if line.behind else "")
        data.append(
            [
                _p(f"{ind.code} {name(ind)}", styles.cell),
                _p(unit_text(ind.unit), styles.cell),
                _p(figure_text(line.target, ind), styles.cell_right),
                _p(goal_text(line.goal, ind), styles.cell_right),
                _p(_done_text(line), styles.cell_right),
                progress,
                _p(_pace_text(line), styles.cell_right),
            ]
        )
        if line.behind:
            row = len(data) - 1
            commands.append(("TEXTCOLOR", (5, row), (5, row), ALERT))
    commands.append(("ALIGN", (5, 1), (5, -1), "RIGHT"))
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
    table.setStyle(TableStyle(commands))
    return table


def _sources(report: TargetsReport, styles: Styles) -> list[Flowable]:
    notes = [line for line in report.lines if line.target.note]
    if not notes:
        return []
    story: list[Flowable] = [
        _p(translate("Reports", "Where the targets come from"), styles.heading)
    ]
    for line in notes:
        story.append(
            _p(
                translate("Reports", "{label}: {value}").format(
                    label=line.indicator.code, value=line.target.note
                ),
                styles.small,
            )
        )
    return story


def targets_story(report: TargetsReport, styles: Styles) -> list[Flowable]:
    width = usable_width()
    people = report.signatories
    story: list[Flowable] = [_p(targets_title(report.region_name, report.year), styles.title)]
    if people.bureau_name:
        story.append(_p(people.bureau_name, styles.subtitle))
    story += [
        _info_line(
            styles,
            _labelled(translate("Reports", "Region"), report.region_name),
            _labelled(
                translate("Reports", "Progress to"),
                translate("Reports", "the end of month {month}").format(month=report.end_month),
            ),
            width,
        ),
        Spacer(1, 4),
    ]
    if report.lines:
        story.append(_table(report, styles, width))
    else:
        story.append(_p(translate("Reports", "No target is set for this year."), styles.body))
    story += [
        Spacer(1, 3),
        _p(
            translate(
                "Reports",
                "A stock's new-units or growth target counts the units added since the end of "
                "last year; a share compares the rate now with the rate to reach. {mark}: below "
                "the pace expected by the end of the month (months elapsed, or last year's shape "
                "where last year's months are kept).",
            ).format(mark=BEHIND_MARK),
            styles.small,
        ),
        *_sources(report, styles),
        *signed(styles, people, report.produced, width),
    ]
    return story


def render_targets(
    report: TargetsReport,
    path: Path,
    font: RegisteredFont,
    check: Callable[[], None] | None = None,
) -> int:
    """Write the report to `path` whole; returns the number of pages."""
    styles = make_styles(font)
    title = targets_title(report.region_name, report.year)
    return write_pdf(
        path, targets_story(report, styles), font, title=title, footer=title, check=check
    )
