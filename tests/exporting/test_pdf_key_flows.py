"""The trend chart and the ranking choose their indicators from the data, never by code: every
report is built, and read back, for every subset of the trend's money flows left empty (a county
that keys 网络零售额 but not 电子商务交易额 once crashed the monthly report)."""

from __future__ import annotations

import itertools
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, select

from desktop_app.domain.indicators import Indicator
from desktop_app.exporting.pdf.charts import trend_chart
from desktop_app.exporting.pdf.document import write_pdf
from desktop_app.exporting.pdf.fonts import cjk_font
from desktop_app.exporting.pdf.model import Trend, TrendSeries
from desktop_app.i18n import translate
from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.persistence.models import IndicatorRecord, ValueRecord
from desktop_app.services.regions import RegionQueries
from desktop_app.services.reports import ReportService
from desktop_app.services.store import Store, prepare
from tests.demo_county import DemoDatabase
from tests.exporting.pdf_support import (
    CITY,
    COUNTY,
    MARCH,
    amount_flows,
    expected_ranking,
    held,
    listed,
    two_demo_counties,
)

#: The flows kept in 万元 (the trend's candidates in the shipped catalogue, in its order); the
#: test below checks this list against the catalogue.
MONEY_FLOWS = ("C01", "C02", "C02.1", "C02.2", "E02")
#: Every subset of them left empty, and finally every amount flow at all (快递业务量 too).
EMPTIED = [
    *(s for n in range(len(MONEY_FLOWS) + 1) for s in itertools.combinations(MONEY_FLOWS, n)),
    (*MONEY_FLOWS, "C03"),
]


@pytest.fixture(scope="module")
def base_db(demo_county_db: DemoDatabase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return two_demo_counties(demo_county_db, tmp_path_factory)


def copy_without(base: Path, folder: Path, codes: tuple[str, ...]) -> Store:
    """A copy of the base database where nobody has any value of `codes`, in any period."""
    path = folder / "xianbao.sqlite3"
    shutil.copy(base, path)
    store = prepare(create_sqlite_engine(path), path)
    with store.sessions.begin() as session:
        ids = select(IndicatorRecord.id).where(IndicatorRecord.code.in_(codes))
        session.execute(delete(ValueRecord).where(ValueRecord.indicator_id.in_(ids)))
    return store


def lines_of(path: Path) -> list[str]:
    return [
        line.strip() for page in PdfReader(path).pages for line in page.extract_text().splitlines()
    ]


def after_name(lines: list[str], name: str) -> int:
    """The index of the line after a table row's name, which may wrap over several lines."""
    for at in range(len(lines)):
        for count in (1, 2, 3):
            if "".join(lines[at : at + count]) == name:
                return at + count
            if not name.startswith("".join(lines[at : at + count])):
                break
    raise AssertionError(f"{name} is not in the text")


def chart_lines(lines: list[str]) -> list[str]:
    """The texts of the trend chart: from its heading to the next heading or the signatures."""
    start = lines.index("近12个月主要指标走势")
    ends = [i for i, line in enumerate(lines) if i > start and line in ("年度目标完成进度",)]
    ends += [i for i, line in enumerate(lines) if i > start and line.startswith("单位负责人")]
    return lines[start + 1 : min(ends)]


def expected_trend(store: Store, region: str) -> list[Indicator]:
    """Reference: the amount flows the region holds in the last twelve months (the data are
    whole months or nothing), in the catalogue's order, those in the unit of the first, at most
    four."""
    codes = held(store, region, [MARCH.shift(-i) for i in range(12)])
    with_values = [ind for ind in amount_flows(store) if ind.code in codes]
    if not with_values:
        return []
    return [ind for ind in with_values if ind.unit == with_values[0].unit][:4]


def test_pdf_key_flows_are_the_catalogues_money_flows(base_db: Path, tmp_path: Path) -> None:
    store = copy_without(base_db, tmp_path, ())
    try:
        flows = amount_flows(store)
    finally:
        store.close()
    assert tuple(i.code for i in flows if i.unit == "万元") == MONEY_FLOWS


@pytest.mark.slow
@pytest.mark.parametrize("emptied", EMPTIED, ids=lambda codes: "+".join(codes) or "none")
def test_pdf_reports_with_empty_trend_indicators(
    base_db: Path, tmp_path: Path, chinese: None, emptied: tuple[str, ...]
) -> None:
    # Given two counties of 巴中市 where nobody has any value of the `emptied` flows
    store = copy_without(base_db, tmp_path, emptied)
    try:
        service = ReportService(store.sessions)
        counties = [r.code for r in RegionQueries(store.sessions).children(CITY)]
        names = {r.code: r.name for r in RegionQueries(store.sessions).children(CITY)}

        # When the county's monthly summary is printed: it is written, whatever is empty
        monthly = tmp_path / "monthly.pdf"
        service.monthly_summary(COUNTY, MARCH, monthly)
        lines = lines_of(monthly)
        assert "通江县电子商务发展情况月报（2025年3月）" in lines
        # Then the chart draws the flows that have values (legend names), and no other
        trend = expected_trend(store, COUNTY)
        if trend:
            chart = chart_lines(lines)
            assert translate("Reports", "Unit: {unit}").format(unit=trend[0].unit) in chart
            legend = [ind.name_zh for ind in amount_flows(store) if ind.name_zh in chart]
            assert legend == [ind.name_zh for ind in trend]
        else:
            assert "近12个月主要指标走势" not in lines
        # And an emptied flow's row in the table is all dashes
        for code in emptied:
            ind = next(i for i in amount_flows(store) if i.code == code)
            at = after_name(lines, ind.name_zh)
            assert lines[at : at + 4] == [ind.unit, "—", "—", "—"], code

        # When the city's report is printed: its counties are ranked by the flow most report
        city = tmp_path / "city.pdf"
        service.city_report(CITY, MARCH, city)
        lines = lines_of(city)
        text = "\n".join(lines)
        ranked_by = expected_ranking(store, counties)
        heading = translate("Reports", "Regions ranked by {indicator} ({period})").format(
            indicator=ranked_by.name_zh, period="2025年1-3月"
        )
        assert heading in lines
        held_by = {c: held(store, c, MARCH.year_to_date_months()) for c in counties}
        missing = [names[c] for c in counties if ranked_by.code not in held_by[c]]
        for code in counties:
            at = lines.index(code)
            shown = lines[at + 2]  # rank, code, name, 1-3月累计
            assert (shown == "—") == (names[code] in missing), code
        # And the counties without that figure are named under the ranking
        note = translate("Reports", "Not reported for {indicator} ({count}): {regions}").format(
            indicator=ranked_by.name_zh, count=len(missing), regions=listed(missing)
        )
        assert note in text.replace("\n", "")
        trend = expected_trend(store, CITY)
        if trend:
            legend = [
                ind.name_zh for ind in amount_flows(store) if ind.name_zh in chart_lines(lines)
            ]
            assert legend == [ind.name_zh for ind in trend]
        else:
            assert "近12个月主要指标走势" not in lines

        # When the blank forms and the completeness report are printed: unaffected by figures
        blank = tmp_path / "blank.pdf"
        service.blank_forms(COUNTY, MARCH, blank)
        text = "\n".join(lines_of(blank))
        townships = RegionQueries(store.sessions).children(COUNTY)
        assert len(PdfReader(blank).pages) == len(townships) == 5
        for township in townships:
            assert f"填报单位（盖章）：{township.name}" in text
        for ind in amount_flows(store):
            assert ind.code in text
        completeness = tmp_path / "completeness.pdf"
        service.completeness(CITY, MARCH, completeness, as_of=date(2025, 4, 20))
        lines = lines_of(completeness)
        assert "巴中市报表报送情况（2025年3月）" in lines
        for code in counties:
            assert lines[lines.index(names[code]) + 1] == "逾期未报"
    finally:
        store.close()


@pytest.mark.parametrize(
    "values",
    [
        {"网络零售额": [None] * 11 + [Decimal(5)], "电子商务交易额": [None] * 12},
        {"网络零售额": [Decimal(3)] + [None] * 11},
        {"网络零售额": [Decimal(0)] * 12, "电子商务交易额": [None] * 12},
        {"网络零售额": [None] * 12, "电子商务交易额": [None] * 12},
    ],
    ids=["one-point-and-empty", "first-month-only", "zeros-and-empty", "all-empty"],
)
def test_pdf_trend_chart_draws_what_has_values(
    tmp_path: Path, chinese: None, values: dict[str, list[Decimal | None]]
) -> None:
    # Given a trend whose series have one point, none, or only zeros
    months = tuple(f"{m}月" for m in range(1, 13))
    series = tuple(TrendSeries(name, tuple(v)) for name, v in values.items())
    # When it is drawn into a PDF
    out = tmp_path / "chart.pdf"
    font = cjk_font()
    write_pdf(out, [trend_chart(Trend("万元", months, series), font, 480)], font, title="chart")
    text = PdfReader(out).pages[0].extract_text().splitlines()
    # Then the series with a value are in the legend, the empty ones are not, and a chart with
    # nothing to draw says so
    drawn = [name for name, v in values.items() if any(x is not None for x in v)]
    assert [name for name in values if name in text] == drawn
    no_data = translate("Reports", "No data for the last 12 months.")
    assert (no_data in text) == (not drawn)
