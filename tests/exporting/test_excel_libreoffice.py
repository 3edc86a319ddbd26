"""LibreOffice headless opens every exported return, recalculates the province's 合计 formulas to the
expected totals, and reads text that starts with "=", "+", "-" or "@" as that text, not a formula."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.excel.mapping import HeaderField, load_mapping, save_mapping
from desktop_app.services.excel_returns import ExcelReturns, shipped_templates_dir
from desktop_app.services.store import Store
from desktop_app.services.values import CellInput, ValueService
from tests.exporting.excel_support import (
    PERIOD_OF,
    csv_sheets,
    demo_db,
    demo_store,
    region_for,
    require_soffice,
    shipped_template_ids,
)

__all__ = ["demo_db", "demo_store"]

MARCH = Period.month(2025, 3)
NASTY = ["=1+2", "+86 0827", "-5", "@SUM(A1:A2)", '=HYPERLINK("http://example.invalid","x")']


@pytest.fixture(scope="module")
def lo_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    profile = tmp_path_factory.mktemp("lo_profile")
    yield profile
    shutil.rmtree(profile, ignore_errors=True)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def bare_footer_template(folder: Path) -> Path:
    """A user's copy of the Sichuan return whose footer cells take the bare text (no prefix)."""
    folder.mkdir(parents=True)
    shipped = shipped_templates_dir()
    source = shipped / "sc_county_monthly_样表.toml"
    mapping = load_mapping(source)
    first = mapping.sheets[0]
    bare = replace(first, fields=tuple(replace(f, prefix="") for f in first.fields))
    mapping = replace(mapping, id="sc-bare-footer", sheets=(bare, *mapping.sheets[1:]))
    shutil.copy(shipped / mapping.workbook, folder / mapping.workbook)
    save_mapping(mapping, folder / "bare.toml")
    return folder


@pytest.mark.slow
def test_text_that_looks_like_a_formula_stays_text(
    demo_store: Store, tmp_path: Path, lo_profile: Path
) -> None:
    binary = require_soffice()
    folder = bare_footer_template(tmp_path / "mine")
    service = ExcelReturns(demo_store.sessions, [folder])
    people = Signatories(NASTY[0], NASTY[1], NASTY[2], NASTY[3], NASTY[4])
    path = service.export("sc-bare-footer", "511921", MARCH, tmp_path, people)
    sheet = service.template("sc-bare-footer").mapping.sheets[0]
    wb = load_workbook(path)
    ws = wb[sheet.name]
    cells = {
        f.field: (
            wb.defined_names[f.cell].attr_text.split("!")[1].replace("$", "")
            if f.cell in wb.defined_names
            else f.cell
        )
        for f in sheet.fields
    }
    expected = {
        HeaderField.BUREAU: NASTY[0],
        HeaderField.UNIT_HEAD: NASTY[1],
        HeaderField.STATISTICS_HEAD: NASTY[2],
        HeaderField.PREPARER: NASTY[3],
        HeaderField.PHONE: NASTY[4],
    }
    for field, text in expected.items():
        cell = ws[cells[field]]
        assert (cell.value, cell.data_type) == (text, "s")
    (sheet_csv,) = csv_sheets(binary, lo_profile, path, tmp_path / "csv")
    rows = read_csv(sheet_csv)
    assert set(NASTY) <= {value for row in rows for value in row}
    assert rows[5][0] == "=1+2"  # 填报单位 (A6): the text, not the formula's 3


@pytest.mark.slow
def test_libreoffice_opens_every_export_and_recalculates_the_totals(
    demo_store: Store, tmp_path: Path, lo_profile: Path
) -> None:
    binary = require_soffice()
    # A second county of 巴中市 with figures, so the totals add something up.
    cells = [
        CellInput("511922", code, MARCH, text)
        for code, text in {
            "A04": "120",
            "A05": "100",
            "A06": "180",
            "C02": "5000.25",
            "C02.1": "1200.10",
            "D03": "40",
        }.items()
    ]
    # Year-to-date flows need their earlier months too, or 本月 is unknown for the county.
    for month, (c02, c021) in {1: ("1500", "300.5"), 2: ("3100.75", "700")}.items():
        cells.append(CellInput("511922", "C02", Period.month(2025, month), c02))
        cells.append(CellInput("511922", "C02.1", Period.month(2025, month), c021))
        cells.append(CellInput("511922", "D03", Period.month(2025, month), "30"))
    _changes, refused = ValueService(demo_store.sessions).set_many(cells, source="typed")
    assert refused == []
    service = ExcelReturns(demo_store.sessions)
    exported = [
        service.export(t, region_for(service.template(t).mapping), PERIOD_OF[t], tmp_path)
        for t in shipped_template_ids()
    ]
    for path in exported:
        sheets = list(csv_sheets(binary, lo_profile, path, tmp_path / "csv" / path.stem))
        template = service.preview(path).template_id  # read back: the file is still a template copy
        assert len(sheets) == len(service.template(template).mapping.sheets)

    city = service.template("sc-city-summary")
    table = city.mapping.sheets[0].table
    assert table is not None and table.total_row is not None
    path = next(p for p in exported if city.mapping.form_number in p.name)
    (sheet_csv,) = csv_sheets(binary, lo_profile, path, tmp_path / "csv" / "city")
    rows = read_csv(sheet_csv)
    total = rows[table.total_row - 1]
    assert total[0] == "合计"
    figures = service.figure_service.figures("511900", MARCH).by_code()
    from openpyxl.utils import column_index_from_string

    from desktop_app.exporting.excel.export import FigureRow, measure_value

    checked = 0
    for column in table.columns:
        shown = total[column_index_from_string(column.column) - 1]
        row = figures[column.indicator]
        want = measure_value(FigureRow(row.indicator, row.figures), column.measure)
        assert isinstance(want, Decimal), column
        assert Decimal(shown) == want, (column, shown, want)
        checked += 1
    assert checked == len(table.columns)

    # The ratio's total is recomputed from the summed parts, not summed.
    def shown(code: str) -> Decimal:
        column = next(c for c in table.columns if c.indicator == code)
        return Decimal(total[column_index_from_string(column.column) - 1])

    a07_column = next(c.column for c in table.columns if c.indicator == "A07")
    assert shown("A07") == (shown("A05") * 100 / shown("A06")).quantize(Decimal("0.1"))
    assert (
        shown("A07")
        != sum(  # the counties' own rates, summed, would be wrong
            Decimal(r[column_index_from_string(a07_column) - 1] or 0)
            for r in rows[table.first_row - 1 : table.last_row]
        )
    )
