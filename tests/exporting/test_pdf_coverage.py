"""Figures a bureau can sign: a rolled-up figure that lacks some of its children is marked "*"
in the monthly and city reports, a note under the table says which children are missing, and
the city report names the counties that have not reported the figure it ranks them by.

The data: 巴中市's five counties key 网络零售额 (1-N月累计, at the county level) for January to
March of 2024 and 2025, but 南江县 has not keyed March 2025; 通江县's two townships key
电子商务培训人次 (each month's own figure) for the same months, but 民胜镇 has not keyed March 2025.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, select

from desktop_app.domain.figures import display_figure
from desktop_app.domain.periods import Period
from desktop_app.i18n import translate
from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.persistence.models import RegionRecord, ValueRecord
from desktop_app.services.regions import RegionQueries
from desktop_app.services.reports import ReportService
from desktop_app.services.store import Store, open_sqlite_store, prepare
from desktop_app.services.values import CellInput, ValueService
from tests.exporting.pdf_support import CITY, COUNTY, MARCH, listed

LATE_COUNTY = "511922"  # 南江县: no March 2025
TOWNSHIPS = {"511921100": "诺江镇", "511921101": "民胜镇"}
LATE_TOWNSHIP = "511921101"  # 民胜镇: no March 2025
YEARS = (2024, 2025)


def retail_ytd(county_index: int, year: int, month: int) -> Decimal:
    """网络零售额 1-N月累计 of the `county_index`th county (万元): 100, 220, 350 × (index + 1),
    a fifth less in 2024."""
    base = Decimal((0, 100, 220, 350)[month]) * (county_index + 1)
    return base if year == 2025 else base * Decimal("0.8")


def training(township_index: int, year: int, month: int) -> int:
    """电子商务培训人次 of a township in one month."""
    return (40 + 10 * month + township_index) * (1 if year == 2025 else 2)


@pytest.fixture(scope="module")
def base_db(prepared_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("coverage") / "base.sqlite3"
    shutil.copy(prepared_db, path)
    store = open_sqlite_store(path)
    try:
        store.set_home_region(CITY, "巴中市商务局")
        regions = RegionQueries(store.sessions)
        for code, name in TOWNSHIPS.items():
            regions.add(code, name, COUNTY)
        counties = [r.code for r in regions.children(CITY)]
        cells = []
        for year in YEARS:
            for month in (1, 2, 3):
                period = Period.month(year, month)
                late = period == MARCH
                for i, county in enumerate(counties):
                    if not (late and county == LATE_COUNTY):
                        text = str(retail_ytd(i, year, month))
                        cells.append(CellInput(county, "C02", period, text))
                for i, township in enumerate(TOWNSHIPS):
                    if not (late and township == LATE_TOWNSHIP):
                        text = str(training(i, year, month))
                        cells.append(CellInput(township, "D02", period, text))
        _changes, refused = ValueService(store.sessions, "test").set_many(cells, source="test")
        assert refused == []
    finally:
        store.close()
    return path


@pytest.fixture
def store(base_db: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "xianbao.sqlite3"
    shutil.copy(base_db, path)
    store = prepare(create_sqlite_engine(path), path)
    yield store
    store.close()


def lines_of(path: Path) -> list[str]:
    return [
        line.strip() for page in PdfReader(path).pages for line in page.extract_text().splitlines()
    ]


def note_of(lines: list[str]) -> str:
    """The note under the summary table (a small paragraph that may wrap), joined up."""
    start = translate("Reports", "Note: {mark} incomplete: {entries}").split("{mark}")[0]
    at = next(i for i, line in enumerate(lines) if line.startswith(start))
    note = []
    for line in lines[at:]:
        note.append(line)
        if not line or line.startswith(("各县", "情况说明", "Regions", "Notes")):
            break
    return "".join(note)


def entry(name: str, measures: list[str], coverage: str, missing: str) -> str:
    """One entry of the note, as the report words it."""
    shown = translate("Reports", "{coverage} (missing: {regions})").format(
        coverage=coverage, regions=missing
    )
    return translate("Reports", "{name} {measures} {coverage}").format(
        name=name, measures=listed(measures), coverage=shown
    )


def test_pdf_city_report_marks_what_a_county_has_not_reported(
    store: Store, tmp_path: Path, chinese: None
) -> None:
    # When 巴中市's report for March 2025 is printed
    out = tmp_path / "city.pdf"
    ReportService(store.sessions).city_report(CITY, MARCH, out)
    lines = lines_of(out)
    # Then 网络零售额's March and 1-3月 figures add up the four counties that have them, and are
    # marked; last year's (every county has it) is not
    counties = [r.code for r in RegionQueries(store.sessions).children(CITY)]
    reporting = [i for i, c in enumerate(counties) if c != LATE_COUNTY]
    ytd = sum(retail_ytd(i, 2025, 3) for i in reporting)
    month = ytd - sum(retail_ytd(i, 2025, 2) for i in reporting)
    last_year = sum(retail_ytd(i, 2024, 3) for i in range(len(counties)))
    at = lines.index("网络零售额")
    assert lines[at + 1 : at + 5] == [
        "万元",
        display_figure(month, 2) + "*",
        display_figure(ytd, 2) + "*",
        display_figure(last_year, 2),
    ]
    # And the note under the table says that 4 of 5 counties reported them, 南江县 not
    note = note_of(lines)
    expected = entry("网络零售额", ["本月", "1-3月累计", "同比(%)"], "4/5", "南江县")
    assert expected in note
    # And in the trend, March (not February) is marked, a line under the chart saying why
    assert "3月*" in lines and "2月" in lines and "2月*" not in lines
    assert (
        translate("Reports", "{mark} Some regions have not reported that month.").format(mark="*")
        in lines
    )
    # And the ranking names 南江县 as not having reported 网络零售额
    assert lines[lines.index(LATE_COUNTY) + 2] == "—"
    not_reported = translate("Reports", "Not reported for {indicator} ({count}): {regions}")
    assert not_reported.format(indicator="网络零售额", count=1, regions="南江县") in lines


def test_pdf_city_report_lists_the_counties_that_have_not_reported(
    store: Store, tmp_path: Path, chinese: None
) -> None:
    # Given two more counties that have keyed nothing for March 2025
    with store.sessions.begin() as session:
        ids = select(RegionRecord.id).where(RegionRecord.code.in_(["511902", "511923"]))
        session.execute(
            delete(ValueRecord).where(
                ValueRecord.region_id.in_(ids), ValueRecord.period == MARCH.code
            )
        )
    # When 巴中市's report is printed
    out = tmp_path / "city.pdf"
    ReportService(store.sessions).city_report(CITY, MARCH, out)
    lines = lines_of(out)
    # Then the three counties are ranked last, without a rank or figures, and named under it
    names = {r.code: r.name for r in RegionQueries(store.sessions).children(CITY)}
    late = ["511902", LATE_COUNTY, "511923"]
    for code in late:
        at = lines.index(code)
        assert lines[at - 1] == "—" and lines[at + 2] == "—", code
    not_reported = translate("Reports", "Not reported for {indicator} ({count}): {regions}")
    text = "".join(lines)
    assert (
        not_reported.format(
            indicator="网络零售额", count=3, regions=listed([names[c] for c in late])
        )
        in text
    )
    # And the figures of the two that reported are ranked 1 and 2
    ranked = [lines[lines.index(c) - 1] for c in names if c not in late]
    assert sorted(ranked) == ["1", "2"]


def test_pdf_monthly_summary_marks_what_a_township_has_not_reported(
    store: Store, tmp_path: Path, chinese: None
) -> None:
    # When 通江县's summary for March 2025 is printed
    out = tmp_path / "monthly.pdf"
    ReportService(store.sessions).monthly_summary(COUNTY, MARCH, out)
    lines = lines_of(out)
    # Then 电子商务培训人次 (kept by the townships) counts 诺江镇 alone for March and 1-3月, marked
    at = lines.index("电子商务培训人次")
    month = training(0, 2025, 3)
    ytd = sum(training(0, 2025, m) for m in (1, 2, 3))
    last_year = sum(training(i, 2024, m) for i in (0, 1) for m in (1, 2, 3))
    assert lines[at + 1 : at + 5] == ["人次", f"{month}*", f"{ytd:,}*", f"{last_year:,}"]
    # And 网络零售额, which the county keeps itself, is a whole figure: no mark
    at = lines.index("网络零售额")
    assert not any(cell.endswith("*") for cell in lines[at + 1 : at + 8])
    i = [r.code for r in RegionQueries(store.sessions).children(CITY)].index(COUNTY)
    assert lines[at + 2] == display_figure(retail_ytd(i, 2025, 3) - retail_ytd(i, 2025, 2), 2)
    # And the note says 1 of 2 townships reported, 民胜镇 not
    note = note_of(lines)
    assert entry("电子商务培训人次", ["本月", "1-3月累计", "同比(%)"], "1/2", "民胜镇") in note
