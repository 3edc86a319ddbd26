"""Texts stay inside their cells in the completeness report and the blank paper form, in both
languages: a column is at least as wide as its widest one-line text, and a row is at least as
high as its wrapped name (both measured here with reportlab's own stringWidth)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from desktop_app import i18n
from desktop_app.exporting.pdf.document import make_styles, usable_width
from desktop_app.exporting.pdf.fonts import RegisteredFont, cjk_font
from desktop_app.exporting.pdf.model import (
    BlankForm,
    CompletenessReport,
    CompletenessRow,
    FormGroup,
    FormRow,
    Submission,
)
from desktop_app.exporting.pdf.reports import (
    completeness_table_parts,
    form_table_parts,
    render_blank_forms,
    render_completeness,
)

# The tables' font size and cell padding, as a reader of the PDF measures them.
SIZE, PAD, V_PAD = 8.5, 3.0, 2.5


@pytest.fixture(scope="module")
def font() -> RegisteredFont:
    return cjk_font()


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    before = i18n.current_language()
    assert i18n.set_language(request.param)
    yield request.param
    i18n._language[0] = before


def _text(cell: Any) -> str:
    return cell.text if isinstance(cell, Paragraph) else str(cell)


def _completeness() -> CompletenessReport:
    at = datetime(2025, 4, 12, 9, 30)
    rows = (
        CompletenessRow("511921100", "诺江镇", Submission.MISSING, None, None, 326),
        CompletenessRow("511921101", "民胜镇", Submission.LATE, at, "Zhang Wei", 2),
        CompletenessRow("511921102", "广纳镇", Submission.ON_TIME, at, "李明", None),
        CompletenessRow("511921103", "沙溪镇", Submission.PENDING, None, None, None),
        CompletenessRow("511921104", "永安镇", Submission.REOPENED, at, "王芳", None),
    )
    return CompletenessReport(
        "通江县", "511921", "Mar 2025", date(2025, 4, 10), date(2026, 2, 20), "township", rows
    )


def test_completeness_status_and_times_fit_their_columns(
    font: RegisteredFont, language: str, tmp_path: Path
) -> None:
    width = usable_width()
    data, _commands, widths = completeness_table_parts(_completeness(), make_styles(font), width)
    assert math.isclose(sum(widths), width)
    assert widths[2] >= 60  # the townships' names keep room
    for row in data[1:]:
        for j in (3, 4, 6):  # status, submitted at, days late: one line each
            text = _text(row[j])
            assert stringWidth(text, font.name, SIZE) + 2 * PAD <= widths[j], (text, widths[j])
    if language == "en":
        assert _text(data[1][3]) == "Overdue, not submitted"
    path = tmp_path / "completeness.pdf"
    assert render_completeness(_completeness(), path, font) == 1
    printed = PdfReader(path).pages[0].extract_text()
    assert ("Overdue, not submitted" if language == "en" else "逾期未报") in printed


LONG = "Administrative villages covered by service points"


def _form() -> BlankForm:
    rows = (
        FormRow("A04", "Village e-commerce service points", "个", 0, False),
        FormRow("A04.1", "of which: in poor villages", "个", 1, False),
        FormRow("A05", LONG, "个", 0, False),
        FormRow("A06", LONG + " and in poor villages with a broadband line", "个", 1, False),
        FormRow("C02", "网络零售额（其中：农村产品网络零售额，含跨境电商出口）", "万元", 0, True),
    )
    return BlankForm("诺江镇", "Mar 2025", 3, (FormGroup("Service network", rows),), "通江县商务局")


def test_blank_form_rows_grow_with_their_wrapped_names(
    font: RegisteredFont, language: str, tmp_path: Path
) -> None:
    styles = make_styles(font)
    width = usable_width()
    data, _commands, widths, heights = form_table_parts(_form(), styles, width)
    table = Table(data, colWidths=widths, rowHeights=heights)
    table.wrap(width, 10_000)
    drawn: list[float] = table._rowHeights  # type: ignore[attr-defined]  # what platypus draws
    names = [(r, row[0]) for r, row in enumerate(data) if r > 1]
    assert len(names) == 5
    for r, name in names:
        indent = name.style.leftIndent
        room = widths[0] - 2 * PAD - indent
        # A lower bound independent of the wrapping: a name this wide needs this many lines.
        lines = max(1, math.ceil(stringWidth(name.text, font.name, name.style.fontSize) / room))
        padding = 2 * V_PAD if lines > 1 else 0.0
        assert drawn[r] >= lines * name.style.leading + padding - 0.01, (name.text, drawn[r])
        assert drawn[r] >= 15  # still room to write a figure by hand
    long_row = next(r for r, name in names if name.text == LONG)
    assert drawn[long_row] > 15  # it wraps (the column is narrower than the name) and grows
    short_row = next(r for r, name in names if name.text.startswith("Village"))
    assert drawn[short_row] == 15
    path = tmp_path / "form.pdf"
    assert render_blank_forms([_form()], path, font) == 1
    printed = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert LONG in printed
