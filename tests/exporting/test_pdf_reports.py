"""Printed reports on a real SQLite file with the demo county: the PDF's extracted text shows the
title, indicator names and the figures the store derives; every font is embedded; long reports
repeat their table header and number their pages; a cancelled report leaves no file."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtWidgets import QApplication

from desktop_app.domain.figures import display_figure, display_growth
from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.reports import ReportCancelled, ReportService, default_deadline
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators
from tests.exporting.pdf_support import (
    CITY,
    COUNTY,
    OTHER_COUNTY,
    expected_ranking,
)

MARCH = Period.month(2025, 3)


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def lines_of(path: Path) -> list[str]:
    return [line.strip() for text in pages_text(path) for line in text.splitlines()]


def cells_after(lines: list[str], name: str, count: int) -> list[str]:
    """The `count` cells that follow an indicator's name in the extracted text (one per line)."""
    at = lines.index(name)
    return lines[at + 1 : at + 1 + count]


def unembedded_fonts(path: Path) -> list[str]:
    """Fonts of any page whose descriptor carries no embedded TrueType program (FontFile2)."""
    missing = []
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            fonts_to_check = [font]
            if "/DescendantFonts" in font:
                fonts_to_check = [d.get_object() for d in font["/DescendantFonts"]]
            for item in fonts_to_check:
                descriptor = item.get("/FontDescriptor")
                if descriptor is None or "/FontFile2" not in descriptor.get_object():
                    missing.append(str(font.get("/BaseFont")))
    return missing


def test_pdf_monthly_summary_shows_title_indicators_and_figures(
    demo: Store, tmp_path: Path, chinese: None
) -> None:
    # Given a 情况说明 for a warning and the people who sign
    ReturnService(demo.sessions, FigureService(demo.sessions)).explain(
        COUNTY, MARCH, "C02", "far_from_usual", "春节后快递恢复较慢，网络零售额低于上年同期。"
    )
    people = Signatories("通江县商务局", "张局长", "李统计", "王填表", "0827-7222222")
    # When the monthly summary is printed
    out = tmp_path / "月报.pdf"
    result = ReportService(demo.sessions).monthly_summary(COUNTY, MARCH, out, people)
    # Then the title, the bureau, the columns and every indicator are there
    assert result.path == out and out.exists()
    text = "\n".join(pages_text(out))
    lines = lines_of(out)
    assert "通江县电子商务发展情况月报（2025年3月）" in text
    assert "填报单位：通江县商务局" in text and "报告期：2025年1-3月" in text
    for column in ["本月", "1-3月累计", "同比(%)", "年度目标", "完成进度(%)"]:
        assert column in text
    assert "上年同期累" in text  # the header cell wraps: 上年同期累 / 计
    figures = FigureService(demo.sessions).figures(COUNTY, MARCH)
    for row in figures.rows:
        assert row.indicator.name_zh.replace("（", "")[:6] in text.replace("（", "")
    # And the figures are the store's, formatted as returns print them
    for code in ["C02", "D02", "A04", "B04"]:
        row = figures.by_code()[code]
        f, scale = row.figures, row.indicator.scale
        expected = [
            row.indicator.unit,
            display_figure(f.current, scale),
            display_figure(f.cumulative, scale),
            display_figure(f.last_year_cumulative, scale),
            display_growth(f.yoy_cumulative),
            "—" if row.target is None else display_figure(row.target, scale),
            display_growth(row.progress) + ("↓" if row.behind else ""),  # behind pace
        ]
        assert cells_after(lines, row.indicator.name_zh, 7) == expected, code
    c02 = figures.by_code()["C02"]
    assert c02.target is not None and "," in display_figure(c02.figures.cumulative, 2)
    # And the explanation, the charts, the signature block and the page numbers
    assert "情况说明" in text
    assert "网络零售额：春节后快递恢复较慢，网络零售额低于上年同期。" in text
    assert "近12个月主要指标走势" in text and "年度目标完成进度" in text
    assert "时间进度 25.0%" in text
    assert "2024年4月" in text  # the trend starts twelve months back
    for label in ["单位负责人：张局长", "统计负责人：李统计", "填表人：王填表", "（盖章）"]:
        assert label in text
    assert "联系电话：0827-7222222" in text
    pages = pages_text(out)
    assert len(pages) == result.pages
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in page
    assert unembedded_fonts(out) == []


def test_pdf_monthly_summary_in_english(demo: Store, tmp_path: Path, qapp: QApplication) -> None:
    assert install_translators("en")
    out = tmp_path / "monthly.pdf"
    ReportService(demo.sessions, language="en").monthly_summary(COUNTY, MARCH, out)
    text = "\n".join(pages_text(out))
    c02 = FigureService(demo.sessions).figures(COUNTY, MARCH).by_code()["C02"]
    assert "通江县 e-commerce development monthly report (Mar 2025)" in text
    assert c02.indicator.name_en in text
    assert "Months 1–3" in text and f"Page 1 of {len(PdfReader(out).pages)}" in text
    assert "网络零售额" not in text  # indicator names are English too


def test_pdf_city_trend_is_each_months_own_figures(demo: Store) -> None:
    # Given 巴中市, whose figures are rolled up from its counties (two of five report)
    report = ReportService(demo.sessions).summary_data(CITY, MARCH)
    trend = report.trend
    assert trend is not None and trend.series
    # Then every point of the trend is that month's own figure (本月) of the city, as the
    # month's whole figures give it, and a month is marked where a drawn one lacks counties
    service = FigureService(demo.sessions)
    code_of = {r.indicator.name_zh: r.indicator.code for r in service.figures(CITY, MARCH).rows}
    marked = set()
    for i in range(12):
        whole = service.figures(CITY, MARCH.shift(i - 11)).by_code()
        for series in trend.series:
            row = whole[code_of[series.name]]
            current = row.figures.current
            assert series.values[i] == (current if isinstance(current, Decimal) else None)
            coverage = row.coverage_of("current")
            if current is not None and coverage is not None and not coverage.complete:
                marked.add(i)
    assert set(trend.incomplete) == marked and marked


def test_pdf_city_report_ranks_its_counties(demo: Store, tmp_path: Path, chinese: None) -> None:
    out = tmp_path / "city.pdf"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    ReportService(demo.sessions).city_report(CITY, MARCH, out, progress=progress)
    text = "\n".join(pages_text(out))
    lines = lines_of(out)
    assert "巴中市电子商务发展情况月报（2025年3月）" in text
    # The counties are ranked by the amount flow most of them report (the first of equals in
    # the catalogue's order): here both report every one, so 电子商务交易额
    ranked_by = expected_ranking(demo, [COUNTY, OTHER_COUNTY, "511902", "511903", "511923"])
    assert ranked_by.name_zh == "电子商务交易额"
    assert "各县（市、区）电子商务交易额排名（2025年1-3月）" in text
    service = FigureService(demo.sessions)
    county_rows = {
        code: service.figures(code, MARCH).by_code()[ranked_by.code]
        for code in (COUNTY, OTHER_COUNTY)
    }
    ranked = sorted(county_rows, key=lambda c: county_rows[c].figures.cumulative, reverse=True)
    city = service.figures(CITY, MARCH).by_code()[ranked_by.code].figures
    for rank, code in enumerate(ranked, start=1):
        f = county_rows[code].figures
        # rank, code, name, 累计, 上年同期累计, 同比, 占比
        at = lines.index(code)
        assert lines[at - 1] == str(rank)
        assert lines[at + 2 : at + 5] == [
            display_figure(f.cumulative, 2),
            display_figure(f.last_year_cumulative, 2),
            display_growth(f.yoy_cumulative),
        ]
    assert city.cumulative == sum(county_rows[c].figures.cumulative for c in ranked)  # type: ignore[misc]
    # counties without figures are listed last, unranked
    assert "巴州区" in text
    # progress went up to the end, one step per county
    assert seen[-1][0] == seen[-1][1] and seen[-1][1] >= 5
    assert unembedded_fonts(out) == []


def test_pdf_three_page_report_repeats_header_and_numbers_pages(
    demo: Store, tmp_path: Path, chinese: None
) -> None:
    # Given a county with a hundred townships (5 from the demo, 95 more)
    regions = RegionQueries(demo.sessions)
    for n in range(95):
        regions.add(f"{COUNTY}{200 + n:03d}", f"第{n + 1}测试乡", COUNTY)
    out = tmp_path / "completeness.pdf"
    # When its completeness report is printed
    result = ReportService(demo.sessions).completeness(COUNTY, MARCH, out, as_of=date(2025, 4, 20))
    # Then it runs to three pages, each with the table header and "第 x 页 共 3 页"
    pages = pages_text(out)
    assert result.pages == len(pages) == 3
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 页 共 3 页" in page
        for header in ["序号", "代码", "乡镇（街道）", "报送状态", "报送时间", "逾期天数"]:
            assert header in page, (number, header)
    text = "\n".join(pages)
    assert "应报 100 个，已报 0 个" in text
    assert "第95测试乡" in pages[2]
    assert unembedded_fonts(out) == []


def test_pdf_completeness_of_a_city_marks_on_time_late_and_missing(
    demo: Store, tmp_path: Path, chinese: None
) -> None:
    # Given two counties that submitted their March return today, the others nothing
    returns = ReturnService(demo.sessions, FigureService(demo.sessions))
    returns.submit(COUNTY, MARCH)
    returns.submit(OTHER_COUNTY, MARCH)
    today = date.today()
    service = ReportService(demo.sessions)
    # When the deadline is still ahead: submitted, and the others simply not yet
    ahead = tmp_path / "ahead.pdf"
    service.completeness(CITY, MARCH, ahead, deadline=today + timedelta(days=1), as_of=today)
    lines = lines_of(ahead)
    assert "巴中市报表报送情况（2025年3月）" in lines
    assert lines[lines.index("通江县") + 1] == "已报送"
    assert lines[lines.index("南江县") + 1] == "已报送"
    assert lines[lines.index("巴州区") + 1] == "未报送"
    assert any(line.startswith("应报 5 个，已报 2 个（按时 2 个，逾期 0 个）") for line in lines)
    # When the deadline passed three days ago: late by three days, the others overdue
    behind = tmp_path / "behind.pdf"
    service.completeness(CITY, MARCH, behind, deadline=today - timedelta(days=3), as_of=today)
    lines = lines_of(behind)
    at = lines.index("通江县")
    assert lines[at + 1] == "逾期报送"
    assert lines[at + 2].startswith(f"{today.year}年{today.month}月{today.day}日")
    assert lines[at + 4] == "3"
    at = lines.index("巴州区")
    assert lines[at + 1 : at + 5] == ["逾期未报", "—", "—", "3"]
    # Default deadline: the 10th of the following month
    assert default_deadline(MARCH) == date(2025, 4, 10)
    assert default_deadline(Period.month(2025, 12)) == date(2026, 1, 10)


def test_pdf_blank_forms_one_page_per_township(demo: Store, tmp_path: Path, chinese: None) -> None:
    out = tmp_path / "blank.pdf"
    result = ReportService(demo.sessions).blank_forms(COUNTY, Period.month(2025, 4), out)
    pages = pages_text(out)
    townships = [r.name for r in RegionQueries(demo.sessions).children(COUNTY)]
    assert result.pages == len(pages) == len(townships) == 5
    figures = FigureService(demo.sessions).figures(COUNTY, MARCH).by_code()
    keyed = [r.indicator for r in figures.values() if not r.indicator.is_computed]
    for page, township in zip(pages, townships, strict=True):
        assert "农村电子商务发展情况月报表" in page
        assert f"填报单位（盖章）：{township}" in page
        assert "报告期：2025年4月" in page and "1-4月累计" in page
        assert "报送单位：通江县商务局" in page
        for indicator in keyed:
            assert indicator.code in page
        assert "单位负责人" in page and "报出日期" in page
    # computed ratios are not asked for, and no figure is printed
    assert "行政村覆盖率" not in pages[0]
    assert display_figure(figures["C02"].figures.cumulative, 2) not in "\n".join(pages)
    assert unembedded_fonts(out) == []


def test_pdf_cancelled_report_writes_nothing(demo: Store, tmp_path: Path, chinese: None) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "city.pdf"
    service = ReportService(demo.sessions)
    calls: list[int] = []
    service.city_report(
        CITY, MARCH, tmp_path / "full.pdf", progress=lambda d, t: not calls.append(d)
    )
    # Cancel while gathering (the third question), then while the pages are being written
    # (the last question but one: the renderer asks once per page before the final step).
    for cancel_at in (3, len(calls) - 1):
        out.write_bytes(b"an earlier report")
        asked: list[int] = []

        def progress(done: int, total: int, asked: list[int] = asked, at: int = cancel_at) -> bool:
            asked.append(done)
            return len(asked) < at

        with pytest.raises(ReportCancelled):
            service.city_report(CITY, MARCH, out, progress=progress)
        assert len(asked) == cancel_at
        assert out.read_bytes() == b"an earlier report"  # untouched
        assert [p.name for p in folder.iterdir()] == ["city.pdf"]  # no temporary file left


@pytest.mark.parametrize(
    ("home", "bureau", "report"),
    [
        (CITY, "巴中市商务局", "city"),
        (CITY, "巴中市商务局", "completeness"),
        ("510000", "四川省商务厅", "monthly"),
    ],
)
def test_pdf_report_of_the_home_city_or_province_prints_its_bureau(
    demo: Store, tmp_path: Path, chinese: None, home: str, bureau: str, report: str
) -> None:
    # Given a city's (or the province's) database: its home region and bureau stored at setup
    demo.set_home_region(home, bureau)
    service = ReportService(demo.sessions)
    out = tmp_path / f"{report}.pdf"
    # When that region's report is printed without naming the bureau
    if report == "city":
        service.city_report(home, MARCH, out)
    elif report == "completeness":
        service.completeness(home, MARCH, out, as_of=date(2025, 4, 20))
    else:
        service.monthly_summary(home, MARCH, out)
    lines = lines_of(out)
    # Then the bureau is printed under the title as a county's report prints its own
    assert lines[1] == bureau
    if report != "completeness":
        assert f"填报单位：{bureau}" in lines


def test_pdf_report_of_another_region_leaves_the_bureau_blank(
    demo: Store, tmp_path: Path, chinese: None
) -> None:
    # Given 通江县's database (its bureau stored), which also holds 巴中市's other counties
    out = tmp_path / "city.pdf"
    # When 巴中市's report or 南江县's summary is printed from it
    ReportService(demo.sessions).city_report(CITY, MARCH, out)
    other = tmp_path / "other.pdf"
    ReportService(demo.sessions).monthly_summary(OTHER_COUNTY, MARCH, other)
    # Then neither claims 通江县商务局 as the reporting unit: the line is left to be filled in
    for path in (out, other):
        text = "\n".join(pages_text(path))
        assert "通江县商务局" not in text
        assert "填报单位：" in lines_of(path)
    # While 通江县's own summary names it
    own = tmp_path / "own.pdf"
    ReportService(demo.sessions).monthly_summary(COUNTY, MARCH, own)
    assert "填报单位：通江县商务局" in lines_of(own)
