"""Printed reports write units as the interface's language does, without Qt: 万元 and 个 in
Chinese, "¥10k" and "no." in English (the return grid's own words, domain.indicators.unit_label).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from desktop_app import i18n
from desktop_app.domain.indicators import UNIT_NAMES_EN
from desktop_app.exporting.pdf.document import make_styles, usable_width
from desktop_app.exporting.pdf.fonts import RegisteredFont, cjk_font
from desktop_app.exporting.pdf.model import (
    BlankForm,
    FigureGroup,
    FigureRow,
    FormGroup,
    FormRow,
    RankedRegion,
    Ranking,
)
from desktop_app.exporting.pdf.reports import (
    figures_table_parts,
    ranking_table_parts,
    render_blank_forms,
)

CJK = re.compile(r"[\u4e00-\u9fff]+")


@pytest.fixture(scope="module")
def font() -> RegisteredFont:
    return cjk_font()


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    before = i18n.current_language()
    assert i18n.set_language(request.param)
    yield request.param
    i18n._language[0] = before


def text(cell: Any) -> str:
    return cell.text if isinstance(cell, Paragraph) else str(cell)


def test_pdf_summary_units_follow_the_language(font: RegisteredFont, language: str) -> None:
    huge = Decimal("12345678901.23")  # too wide for 万元: that row is shown in 亿元
    rows = (
        FigureRow("C01", "E-commerce transactions", "万元", 2, 0, huge, huge, huge),
        FigureRow("C02", "Online retail sales", "万元", 2, 0, Decimal("1234.56"), Decimal(1)),
        FigureRow("D02", "Training person-times", "人次", 0, 0, Decimal(12), Decimal(345)),
        FigureRow("A01", "Service centres", "个", 0, 0, Decimal(3), Decimal(3)),
    )
    data, _commands, _widths = figures_table_parts(
        (FigureGroup("Trade", rows),), 3, make_styles(font), usable_width()
    )
    units = {text(row[0]): row[1] for row in data[2:]}
    if language == "en":
        assert units == {
            "E-commerce transactions": "¥100m",
            "Online retail sales": "¥10k",
            "Training person-times": "no.",
            "Service centres": "no.",
        }
    else:
        assert units == {
            "E-commerce transactions": "亿元",
            "Online retail sales": "万元",
            "Training person-times": "人次",
            "Service centres": "个",
        }


def test_pdf_ranking_header_names_the_unit_in_the_language(
    font: RegisteredFont, language: str
) -> None:
    region = RankedRegion(1, "510104", "锦江区", Decimal(5), Decimal(4), Decimal("25.0"), None)
    ranking = Ranking("Online retail sales", "万元", 2, (region,))
    data, _commands, _widths = ranking_table_parts(ranking, 3, make_styles(font), usable_width())
    header = text(data[0][3])
    assert header.endswith(" (¥10k)" if language == "en" else "（万元）"), header


def test_pdf_blank_form_in_english_has_no_chinese_labels(
    font: RegisteredFont, language: str, tmp_path: Path
) -> None:
    rows = (
        FormRow("C02", "Online retail sales", "万元", 0, True),
        FormRow("A01", "Service centres", "个", 0, False),
    )
    form = BlankForm("诺江镇", "Apr 2025", 4, (FormGroup("Trade", rows),), "通江县商务局")
    path = tmp_path / "form.pdf"
    render_blank_forms([form], path, font)
    printed = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if language == "en":
        # Only the data stays Chinese: the township, the bureau, and 无 as a word to write.
        assert set(CJK.findall(printed)) == {"诺江镇", "通江县商务局", "无"}
        assert "Amounts in ¥10k" in printed and "no." in printed
        assert "monthly return (Apr 2025)" in printed  # the footer, without Chinese brackets
    else:
        assert "万元" in printed and "个" in printed


def test_english_units_come_from_the_grids_table() -> None:
    # One table of English units: every unit the PDF converts to (亿元 included) is in it.
    assert {"万元", "亿元", "个", "人次"} <= set(UNIT_NAMES_EN)
