"""Nothing in a file is dropped without a word: every mapped cell that holds something is either
read or listed with the reason it is not, and a cell that is not read but contradicts what is
stored and imported (a 累计 beside its months, 上年同期, a target) is a conflict."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.exporting.excel.mapping import Measure
from desktop_app.i18n import issue_message
from desktop_app.services.excel_returns import Change, ExcelReturns, ImportPreview
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store
from tests.exporting.excel_support import as_decimal, counts, demo_db, demo_store

__all__ = ["demo_db", "demo_store"]

MARCH = Period.month(2025, 3)
Q2 = Period.quarter(2025, 2)
COUNTY = "sc-county-monthly"


def export(store: Store, folder: Path, template_id: str = COUNTY) -> Path:
    service = ExcelReturns(store.sessions)
    if template_id == "jx-county-quarterly":
        return service.export(template_id, "360702", Q2, folder)
    if template_id == "qh-county-annual":
        return service.export(template_id, "630121", Period.whole_year(2025), folder)
    return service.export(template_id, "511921", MARCH, folder)


def cell(service: ExcelReturns, template_id: str, indicator: str, measure: Measure) -> str:
    sheet = service.template(template_id).mapping.sheets[0]
    (found,) = [v.cell for v in sheet.values if (v.indicator, v.measure) == (indicator, measure)]
    return found


def edit(path: Path, changes: dict[str, object]) -> None:
    wb = load_workbook(path)
    for coordinate, value in changes.items():
        wb.worksheets[0][coordinate] = value
    wb.save(path)


def unread(preview: ImportPreview) -> dict[str, str]:
    return {s.cell: s.issue.code for s in preview.skipped}


@pytest.mark.parametrize("template_id", [COUNTY, "jx-county-quarterly", "qh-county-annual"])
def test_every_mapped_cell_holding_something_is_read_or_listed(
    demo_store: Store, tmp_path: Path, template_id: str
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = export(demo_store, tmp_path, template_id)
    preview = service.preview(path)
    read = [(i.sheet, i.cell) for i in preview.items]
    listed = [(s.sheet, s.cell) for s in preview.skipped]
    assert not set(read) & set(listed)
    wb = load_workbook(path)
    mapping = service.template(template_id).mapping
    holding = {
        (sheet.name, v.cell)
        for sheet in mapping.sheets
        for v in sheet.values
        if wb[sheet.name][v.cell].value not in (None, "", "—")
    }
    assert holding <= set(read) | set(listed)
    # An untouched export contradicts nothing
    assert preview.of(Change.CONFLICT) == [] and preview.can_apply


def test_the_reasons_say_why_a_cell_is_not_read(demo_store: Store, tmp_path: Path) -> None:
    service = ExcelReturns(demo_store.sessions)
    preview = service.preview(export(demo_store, tmp_path))
    reasons = unread(preview)
    # C02 is kept as 1–N月累计: its 本月 beside it is derived; E02 is kept per month: its 累计 is
    assert reasons[cell(service, COUNTY, "C02", Measure.CURRENT)] == "import_not_read_derived"
    assert reasons[cell(service, COUNTY, "E02", Measure.CUMULATIVE)] == "import_not_read_derived"
    assert reasons[cell(service, COUNTY, "A04", Measure.LAST_YEAR)] == "import_not_read_derived"
    assert reasons[cell(service, COUNTY, "A04", Measure.YOY)] == "import_not_read_rate"
    assert reasons[cell(service, COUNTY, "A07", Measure.CURRENT)] == "import_not_read_computed"
    e42 = cell(service, COUNTY, "E02", Measure.CUMULATIVE)
    skipped = next(s for s in preview.skipped if s.cell == e42)
    assert skipped.region_code == "511921" and skipped.indicator == "E02"
    assert skipped.measure is Measure.CUMULATIVE and isinstance(skipped.value, Decimal)
    assert "{" not in issue_message(skipped.issue)


def test_a_cumulative_that_disagrees_with_the_months_is_a_conflict(
    demo_store: Store, tmp_path: Path
) -> None:
    # Given E02 (kept per month): the file's 1–3月累计 is 100 more than January–March stored
    service = ExcelReturns(demo_store.sessions)
    path = export(demo_store, tmp_path)
    figures = FigureService(demo_store.sessions).figures("511921", MARCH).by_code()["E02"].figures
    assert isinstance(figures.cumulative, Decimal)
    e42 = cell(service, COUNTY, "E02", Measure.CUMULATIVE)
    edit(path, {e42: float(figures.cumulative + 100)})
    before = counts(demo_store)
    preview = service.preview(path)
    (conflict,) = preview.of(Change.CONFLICT)
    assert (conflict.indicator, conflict.cell, conflict.measure) == ("E02", e42, Measure.CUMULATIVE)
    assert conflict.issue is not None and conflict.issue.code == "import_contradicts"
    message = issue_message(conflict.issue)
    assert f"{figures.cumulative + 100:,.2f}" in message
    assert f"{figures.cumulative:,.2f}" in message
    with pytest.raises(DomainError):
        service.apply(preview)
    assert counts(demo_store) == before


def test_a_cumulative_that_agrees_with_the_imported_month_is_not_a_conflict(
    demo_store: Store, tmp_path: Path
) -> None:
    # Given E02's March raised by 10 in both 本月 and 1–3月累计
    service = ExcelReturns(demo_store.sessions)
    path = export(demo_store, tmp_path)
    figures = FigureService(demo_store.sessions).figures("511921", MARCH).by_code()["E02"].figures
    assert isinstance(figures.current, Decimal) and isinstance(figures.cumulative, Decimal)
    edit(
        path,
        {
            cell(service, COUNTY, "E02", Measure.CURRENT): float(figures.current + 10),
            cell(service, COUNTY, "E02", Measure.CUMULATIVE): float(figures.cumulative + 10),
        },
    )
    preview = service.preview(path)
    assert preview.of(Change.CONFLICT) == []
    assert [(i.indicator, i.new) for i in preview.of(Change.CHANGED)] == [
        ("E02", figures.current + 10)
    ]
    # And only 本月 changed: the 累计 that no longer matches is a conflict
    edit(path, {cell(service, COUNTY, "E02", Measure.CUMULATIVE): float(figures.cumulative)})
    conflicts = service.preview(path).of(Change.CONFLICT)
    assert [(c.indicator, c.measure) for c in conflicts] == [("E02", Measure.CUMULATIVE)]


def test_a_month_beside_an_imported_cumulative_must_agree(
    demo_store: Store, tmp_path: Path
) -> None:
    # C02 is kept as 1–N月累计; the file raises it by 50 but leaves 本月 as it was
    service = ExcelReturns(demo_store.sessions)
    path = export(demo_store, tmp_path)
    figures = FigureService(demo_store.sessions).figures("511921", MARCH).by_code()["C02"].figures
    assert isinstance(figures.cumulative, Decimal) and isinstance(figures.current, Decimal)
    edit(path, {cell(service, COUNTY, "C02", Measure.CUMULATIVE): float(figures.cumulative + 50)})
    conflicts = service.preview(path).of(Change.CONFLICT)
    assert [(c.indicator, c.measure, c.new) for c in conflicts] == [
        ("C02", Measure.CURRENT, figures.current)
    ]
    assert conflicts[0].old == figures.current + 50  # what Xianbao would derive


def test_last_years_figure_that_disagrees_with_the_store_is_a_conflict(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = export(demo_store, tmp_path)
    f14 = cell(service, COUNTY, "A04", Measure.LAST_YEAR)
    value = as_decimal(load_workbook(path).worksheets[0][f14].value)
    assert value is not None
    edit(path, {f14: int(value) + 3})
    conflicts = service.preview(path).of(Change.CONFLICT)
    assert [(c.indicator, c.cell) for c in conflicts] == [("A04", f14)]


def test_a_stale_growth_rate_is_listed_but_not_a_conflict(
    demo_store: Store, tmp_path: Path
) -> None:
    # The clerk corrected 本月 and left 同比 as it was: Xianbao computes 同比 itself
    service = ExcelReturns(demo_store.sessions)
    path = export(demo_store, tmp_path)
    d14 = cell(service, COUNTY, "A04", Measure.CURRENT)
    h14 = cell(service, COUNTY, "A04", Measure.YOY)
    value = as_decimal(load_workbook(path).worksheets[0][d14].value)
    assert value is not None
    edit(path, {d14: int(value) + 40})
    preview = service.preview(path)
    assert preview.of(Change.CONFLICT) == [] and preview.can_apply
    assert unread(preview)[h14] == "import_not_read_rate"


def test_a_target_that_disagrees_with_the_stored_one_is_a_conflict(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = export(demo_store, tmp_path, "qh-county-annual")
    sheet = service.template("qh-county-annual").mapping.sheets[0]
    target = next(
        v.cell
        for v in sheet.values
        if v.measure is Measure.TARGET and load_workbook(path)[sheet.name][v.cell].value
    )
    preview = service.preview(path)
    assert unread(preview)[target] == "import_not_read_target"
    value = as_decimal(load_workbook(path)[sheet.name][target].value)
    assert value is not None
    edit(path, {target: float(value * 2)})
    conflicts = service.preview(path).of(Change.CONFLICT)
    assert [(c.cell, c.issue.code if c.issue else "") for c in conflicts] == [
        (target, "import_contradicts_target")
    ]


def test_a_quarter_beside_its_cumulative_is_checked_against_it(
    demo_store: Store, tmp_path: Path
) -> None:
    # 江西 Q2: C02 is kept as 1–N月累计, so 本季 beside it is derived (1–6月 − 1–3月)
    service = ExcelReturns(demo_store.sessions)
    path = export(demo_store, tmp_path, "jx-county-quarterly")
    d26 = cell(service, "jx-county-quarterly", "C02", Measure.CURRENT)
    preview = service.preview(path)
    assert unread(preview)[d26] == "import_not_read_derived"
    value = as_decimal(load_workbook(path).worksheets[0][d26].value)
    assert value is not None
    edit(path, {d26: float(value + 1)})
    conflicts = service.preview(path).of(Change.CONFLICT)
    assert [(c.cell, c.measure) for c in conflicts] == [(d26, Measure.CURRENT)]


def test_a_formula_without_a_computed_value_is_listed(demo_store: Store, tmp_path: Path) -> None:
    # A program that does not calculate (openpyxl here) saved a formula with no cached value
    service = ExcelReturns(demo_store.sessions)
    path = export(demo_store, tmp_path)
    d14 = cell(service, COUNTY, "A04", Measure.CURRENT)
    edit(path, {d14: "=100+1"})
    preview = service.preview(path)
    assert unread(preview)[d14] == "import_formula_no_value"
    assert not any(i.indicator == "A04" for i in preview.items)
    message = issue_message(next(s.issue for s in preview.skipped if s.cell == d14))
    assert "Excel" in message or "WPS" in message


def test_a_cumulative_column_after_january_in_a_city_table_is_listed_and_checked(
    demo_store: Store, tmp_path: Path
) -> None:
    # 川商电统2表 has D03 (kept per month) only as 1–N月累计
    service = ExcelReturns(demo_store.sessions)
    path = service.export("sc-city-summary", "511900", MARCH, tmp_path)
    sheet = service.template("sc-city-summary").mapping.sheets[0]
    assert sheet.table is not None
    d03 = next(c.column for c in sheet.table.columns if c.indicator == "D03")
    wb = load_workbook(path)
    ws = wb[sheet.name]
    row = next(
        r
        for r in range(sheet.table.first_row, sheet.table.last_row + 1)
        if ws[f"{sheet.table.key_column}{r}"].value == "511921"
    )
    preview = service.preview(path)
    assert unread(preview)[f"{d03}{row}"] == "import_not_read_derived"
    value = as_decimal(ws[f"{d03}{row}"].value)
    assert value is not None
    ws[f"{d03}{row}"] = int(value) + 1
    wb.save(path)
    conflicts = service.preview(path).of(Change.CONFLICT)
    assert [(c.region_code, c.indicator, c.cell) for c in conflicts] == [
        ("511921", "D03", f"{d03}{row}")
    ]
