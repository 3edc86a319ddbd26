"""Golden tests: every shipped template, filled from a known data set, differs from the blank
workbook only in its mapped cells, and those hold exactly the figures the store gives."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop_app.domain.figures import DASH
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.values import NotApplicable
from desktop_app.exporting.excel.export import (
    RegionData,
    field_text,
    measure_value,
    number_format,
)
from desktop_app.exporting.excel.mapping import Measure, resolve
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    ValueRepository,
)
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.store import Store
from tests.exporting.excel_support import (
    PERIOD_OF,
    as_decimal,
    assert_shipped_are_covered,
    demo_db,
    demo_store,
    region_for,
    shipped_template_ids,
    workbook_differences,
)

__all__ = ["demo_db", "demo_store"]

PEOPLE = Signatories("通江县商务局", "张局长", "李统计", "王填表", "0827-7222222")
REPORT_DATE = date(2025, 4, 8)


def expected_cell(data_row: Any, measure: Measure) -> Decimal | str | None:
    value = measure_value(data_row, measure)
    if isinstance(value, NotApplicable):
        return "无"
    if value is None:
        return DASH if measure.is_percent else None
    scale = 1 if measure.is_percent else data_row.indicator.scale
    return value.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)


def check_cell(cell: Any, data_row: Any, measure: Measure, fmt: str | None) -> None:
    expected = expected_cell(data_row, measure)
    if isinstance(expected, Decimal):
        assert cell.data_type == "n", cell.coordinate
        assert as_decimal(cell.value) == expected, cell.coordinate
        assert cell.number_format == (fmt or number_format(data_row.indicator, measure))
    else:
        assert cell.value == expected, cell.coordinate


def test_every_shipped_template_is_tested(demo_store: Store) -> None:
    assert_shipped_are_covered(ExcelReturns(demo_store.sessions).templates())


@pytest.mark.parametrize("template_id", shipped_template_ids())
def test_export_changes_only_mapped_cells_and_holds_the_store_figures(
    demo_store: Store, tmp_path: Path, template_id: str
) -> None:
    service = ExcelReturns(demo_store.sessions)
    template = service.template(template_id)
    period = PERIOD_OF[template_id]
    region = region_for(template.mapping)
    path = service.export(template_id, region, period, tmp_path, PEOPLE, REPORT_DATE)

    assert path.name.startswith(service.figure_service.figures(region, period).region_name)
    assert template.mapping.form_number in path.name and period.label_zh in path.name
    assert workbook_differences(template, path) == []

    data = service.export_data(template, region, period, PEOPLE, REPORT_DATE)
    wb = load_workbook(path)
    written = 0
    for sheet in template.mapping.sheets:
        for f in sheet.fields:
            target, coordinate = resolve(wb, sheet.name, f.cell)
            cell = wb[target][coordinate]
            assert cell.value == f.prefix + field_text(f.field, data) + f.suffix
            assert cell.data_type == "s"
        for v in sheet.values:
            target, coordinate = resolve(wb, sheet.name, v.cell)
            check_cell(
                wb[target][coordinate], data.region.rows[v.indicator], v.measure, v.number_format
            )
            written += 1
        if sheet.table is not None:
            table = sheet.table
            ws = wb[sheet.name]
            children: list[RegionData] = list(data.children)
            for offset in range(table.last_row - table.first_row + 1):
                row_no = table.first_row + offset
                key = ws[f"{table.key_column}{row_no}"]
                if offset >= len(children):
                    assert key.value is None
                    continue
                child = children[offset]
                assert (key.value, key.data_type) == (child.code, "s")
                for column in table.columns:
                    check_cell(
                        ws[f"{column.column}{row_no}"],
                        child.rows[column.indicator],
                        column.measure,
                        column.number_format,
                    )
                    written += 1
    assert written > 20


def test_figures_in_the_county_return_are_the_stored_values(
    demo_store: Store, tmp_path: Path
) -> None:
    """Independently of FigureService: a stock's 本月 and a ytd flow's 累计 are the stored rows."""
    service = ExcelReturns(demo_store.sessions)
    period = PERIOD_OF["sc-county-monthly"]
    path = service.export("sc-county-monthly", "511921", period, tmp_path, PEOPLE, REPORT_DATE)
    template = service.template("sc-county-monthly")
    cell_of = {(v.indicator, v.measure): v.cell for v in template.mapping.sheets[0].values}
    ws = load_workbook(path)[template.mapping.sheets[0].name]
    with demo_store.sessions() as session:
        county = RegionRepository(session).require("511921")
        for code in ("A04", "B04", "C02", "C01"):
            ind = IndicatorRepository(session).require(code)
            stored = ValueRepository(session).get(county.id, ind.id, period)
            assert stored is not None and stored.amount is not None
            measure = Measure.CURRENT if code.startswith(("A", "B")) else Measure.CUMULATIVE
            assert as_decimal(ws[cell_of[(code, measure)]].value) == stored.amount
