"""综合示范县自评表: a county's self-evaluation under a scored scheme, to hand to the evaluators.

The usual form of the project's reports: title, the county and the date, the scheme (its source,
and 示例 when it is an example), a table of items and sub-items with their maximum and claimed
points and the note (long notes wrap; the table breaks across pages with its header repeated),
the total, the evidence files listed per line (name, size, the first 12 hex digits of their
SHA-256), and the signatures. Labels pass through translate("Reports", …).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.domain.evaluation import points_text
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.pdf.document import Styles, make_styles, usable_width, write_pdf
from desktop_app.exporting.pdf.fonts import RegisteredFont
from desktop_app.exporting.pdf.reports import (
    GROUP_SHADE,
    _base_table_style,
    _info_line,
    _labelled,
    _listed,
    _p,
    date_label,
    signed,
)
from desktop_app.i18n import translate

#: Hex digits of a file's SHA-256 printed: enough to tell files apart and to check a copy.
HASH_DIGITS = 12


@dataclass(frozen=True)
class FormLine:
    """A row of the table: an item (heading, its claimed points added up) or a sub-item."""

    code: str
    name: str
    max_points: Decimal
    claimed: Decimal | None  # None: not claimed yet
    note: str
    heading: bool


@dataclass(frozen=True)
class FormEvidence:
    code: str  # the sub-item it was attached to
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class EvaluationForm:
    region_name: str
    scheme_title: str
    scheme_source: str
    example: bool
    total_max: Decimal
    total: Decimal
    lines: tuple[FormLine, ...]
    evidence: tuple[FormEvidence, ...]
    missing_evidence: tuple[str, ...]  # codes of sub-items that ask for evidence and have none
    signatories: Signatories
    produced: date


def evaluation_title() -> str:
    return translate("Reports", "Comprehensive demonstration county self-evaluation form")


def size_text(size: int) -> str:
    if size < 1024:
        return translate("Reports", "{size} B").format(size=size)
    if size < 1024 * 1024:
        return translate("Reports", "{size} KB").format(size=f"{size / 1024:.1f}")
    return translate("Reports", "{size} MB").format(size=f"{size / (1024 * 1024):.1f}")


def _scheme_line(form: EvaluationForm) -> str:
    title = form.scheme_title
    if form.example:
        title = translate("Reports", "{title} (example)").format(title=title)
    return _labelled(translate("Reports", "Scheme"), title)


def _points_table(form: EvaluationForm, styles: Styles, width: float) -> Table:
    code_w, max_w, claimed_w = 30.0, 34.0, 48.0
    rest = width - code_w - max_w - claimed_w
    name_w, note_w = rest * 0.52, rest * 0.48
    header = [
        translate("Reports", "No."),
        translate("Reports", "Evaluation item"),
        translate("Reports", "Max. points"),
        translate("Reports", "Points claimed"),
        translate("Reports", "Note"),
    ]
    data: list[list[Any]] = [[_p(text, styles.head_cell) for text in header]]
    commands = _base_table_style(styles.font)
    for line in form.lines:
        name_style = styles.group_cell if line.heading else styles.cell
        number_style = styles.cell_right
        data.append(
            [
                _p(line.code, name_style),
                _p(line.name, name_style),
                _p(points_text(line.max_points), number_style),
                _p(points_text(line.claimed), number_style),
                _p(line.note, styles.cell),
            ]
        )
        if line.heading:
            row = len(data) - 1
            commands.append(("BACKGROUND", (0, row), (-1, row), GROUP_SHADE))
    data.append(
        [
            _p(translate("Reports", "Total"), styles.group_cell),
            "",
            _p(points_text(form.total_max), styles.cell_right),
            _p(points_text(form.total), styles.cell_right),
            "",
        ]
    )
    last = len(data) - 1
    commands += [("SPAN", (0, last), (1, last)), ("BACKGROUND", (0, last), (-1, last), GROUP_SHADE)]
    table = Table(
        data, colWidths=[code_w, name_w, max_w, claimed_w, note_w], repeatRows=1, splitByRow=1
    )
    table.setStyle(TableStyle(commands))
    return table


def _evidence_table(form: EvaluationForm, styles: Styles, width: float) -> Table:
    code_w, size_w, hash_w = 30.0, 52.0, 92.0
    header = [
        translate("Reports", "No."),
        translate("Reports", "File"),
        translate("Reports", "Size"),
        translate("Reports", "SHA-256 (first 12)"),
    ]
    data: list[list[Any]] = [[_p(text, styles.head_cell) for text in header]]
    for item in form.evidence:
        data.append(
            [
                _p(item.code, styles.cell),
                _p(item.file_name, styles.cell),
                _p(size_text(item.size), styles.cell_right),
                _p(item.sha256[:HASH_DIGITS], styles.cell),
            ]
        )
    table = Table(
        data,
        colWidths=[code_w, width - code_w - size_w - hash_w, size_w, hash_w],
        repeatRows=1,
        splitByRow=1,
    )
    table.setStyle(TableStyle(_base_table_style(styles.font)))
    return table


def evaluation_story(form: EvaluationForm, styles: Styles) -> list[Flowable]:
    width = usable_width()
    people = form.signatories
    story: list[Flowable] = [_p(evaluation_title(), styles.title)]
    if people.bureau_name:
        story.append(_p(people.bureau_name, styles.subtitle))
    story += [
        _info_line(
            styles,
            _labelled(translate("Reports", "County"), form.region_name),
            _labelled(translate("Reports", "Date"), date_label(form.produced)),
            width,
        ),
        _p(_scheme_line(form), styles.body),
        _p(_labelled(translate("Reports", "Source"), form.scheme_source), styles.small),
        Spacer(1, 4),
        _points_table(form, styles, width),
        Spacer(1, 6),
        _p(translate("Reports", "Evidence attached"), styles.heading),
    ]
    if form.evidence:
        story.append(_evidence_table(form, styles, width))
    else:
        story.append(_p(translate("Reports", "No evidence is attached."), styles.body))
    if form.missing_evidence:
        story += [
            Spacer(1, 3),
            _p(
                translate("Reports", "Evidence asked for but not attached: {items}").format(
                    items=_listed(form.missing_evidence)
                ),
                styles.small,
            ),
        ]
    story += [
        *signed(styles, people, form.produced, width),
    ]
    return story


def render_evaluation(
    form: EvaluationForm,
    path: Path,
    font: RegisteredFont,
    check: Callable[[], None] | None = None,
) -> int:
    """Write the form to `path` whole; returns the number of pages."""
    styles = make_styles(font)
    title = evaluation_title()
    footer = f"{form.region_name} · {title}"
    return write_pdf(
        path, evaluation_story(form, styles), font, title=title, footer=footer, check=check
    )
