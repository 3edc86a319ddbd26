"""A count derived from a register travels like any value: into the province's Excel return and
onto the printed monthly summary (issue 12)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from desktop_app.domain.periods import Period
from desktop_app.i18n import set_language
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.regions import RegionQueries
from desktop_app.services.registers import RegisterService
from desktop_app.services.reports import ReportService
from desktop_app.services.store import Store

COUNTY = "511921"  # 通江县
T1 = "511921101"
MARCH = Period.month(2024, 3)
TEMPLATE = "sc-county-monthly"


def county_with_points(store: Store) -> None:
    regions = RegionQueries(store.sessions)
    regions.add(T1, "江口镇", COUNTY)
    for number, name in enumerate(("龙泉村", "金宝村", "白衣村"), start=201):
        regions.add(f"{T1}{number}", name, T1)
    registers = RegisterService(store.sessions, "李四")
    opened = {"201": date(2024, 1, 5), "202": date(2024, 2, 1), "203": date(2024, 3, 31)}
    for number, day in opened.items():
        values = {"name": f"服务点{number}", "level": "village", "opened": day}
        values["poor_village"] = number == "203"
        registers.add("service_points", f"{T1}{number}", values)
    registers.set_deriving(COUNTY, ["A04", "A04.1"], 2024, True)


def test_the_province_return_carries_the_derived_count(store: Store, tmp_path: Path) -> None:
    county_with_points(store)
    path = ExcelReturns(store.sessions).export(TEMPLATE, COUNTY, MARCH, tmp_path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    # three points open at the end of March, one of them in a poor village (the template maps
    # A04 to D14 and A04.1 to D15)
    assert sheet["D14"].value == 3
    assert sheet["D15"].value == 1


def test_the_monthly_summary_prints_the_derived_count(store: Store, tmp_path: Path) -> None:
    county_with_points(store)
    set_language("zh_CN")
    out = tmp_path / "monthly.pdf"
    ReportService(store.sessions).monthly_summary(COUNTY, MARCH, out)
    lines = [
        line.strip() for page in PdfReader(out).pages for line in page.extract_text().splitlines()
    ]
    at = lines.index("村级电子商务服务点")
    assert lines[at + 1 : at + 3] == ["个", "3"]
