"""Shared helpers of the Excel template tests: demo data, workbook comparison, LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.periods import Period
from desktop_app.exporting.excel.mapping import Template, TemplateMapping, resolve
from desktop_app.services.excel_returns import shipped_templates_dir
from tests.demo_county import DemoDatabase

#: A county of each template's province that the tests fill with demo data.
COUNTY_OF = {"51": "511921", "36": "360702", "63": "630121"}
CITY_OF = {"51": "511900", "36": "360700", "63": "630100"}
PERIOD_OF = {
    "sc-county-monthly": Period.month(2025, 3),
    "sc-city-summary": Period.month(2025, 3),
    "jx-county-quarterly": Period.quarter(2025, 2),
    "qh-county-annual": Period.whole_year(2025),
}


def shipped_template_ids() -> list[str]:
    return sorted(PERIOD_OF)


def region_for(mapping: TemplateMapping) -> str:
    if "prefecture" in mapping.levels and "county" not in mapping.levels:
        return CITY_OF[mapping.province]
    return COUNTY_OF[mapping.province]


def assert_shipped_are_covered(templates: list[Template]) -> None:
    assert sorted(t.id for t in templates if t.mapping_path.parent == shipped_templates_dir()) == (
        shipped_template_ids()
    )


# --- comparing workbooks -----------------------------------------------------------------------------
def mapped_cells(template: Template, wb: Workbook, table_rows: bool = True) -> set[tuple[str, str]]:
    """(sheet, coordinate) of every cell the mapping may write."""
    cells: set[tuple[str, str]] = set()
    for sheet in template.mapping.sheets:
        for address in [f.cell for f in sheet.fields] + [v.cell for v in sheet.values]:
            cells.add(resolve(wb, sheet.name, address))
        if sheet.table is not None and table_rows:
            cells |= {(sheet.name, c) for c in sheet.table.cells()}
    return cells


def _style(cell: Any) -> tuple[Any, ...]:
    return (
        cell.number_format,
        repr(cell.font),
        repr(cell.border),
        repr(cell.fill),
        repr(cell.alignment),
        repr(cell.protection),
    )


def sheet_differences(blank: Worksheet, filled: Worksheet, allowed: set[str]) -> list[str]:
    """Everything that differs between two versions of a sheet outside the `allowed` cells."""
    out: list[str] = []
    rows = max(blank.max_row, filled.max_row)
    cols = max(blank.max_column, filled.max_column)
    for r in range(1, rows + 1):
        for c in range(1, cols + 1):
            a, b = blank.cell(row=r, column=c), filled.cell(row=r, column=c)
            if a.coordinate in allowed:
                continue
            if (a.value, a.data_type) != (b.value, b.data_type) or _style(a) != _style(b):
                out.append(f"{blank.title}!{a.coordinate}: {a.value!r} → {b.value!r}")
    if sorted(map(str, blank.merged_cells.ranges)) != sorted(map(str, filled.merged_cells.ranges)):
        out.append(f"{blank.title}: merged ranges")

    def validations(ws: Worksheet) -> list[tuple[Any, ...]]:
        return sorted(
            (str(dv.sqref), dv.type, dv.operator, dv.formula1, dv.error)
            for dv in ws.data_validations.dataValidation
        )

    if validations(blank) != validations(filled):
        out.append(f"{blank.title}: data validations")
    for attr in ("paperSize", "orientation", "fitToWidth", "fitToHeight", "scale"):
        if getattr(blank.page_setup, attr) != getattr(filled.page_setup, attr):
            out.append(f"{blank.title}: page setup {attr}")
    if repr(blank.page_margins) != repr(filled.page_margins):
        out.append(f"{blank.title}: margins")
    for attr in ("print_area", "print_title_rows", "print_title_cols", "freeze_panes"):
        if getattr(blank, attr) != getattr(filled, attr):
            out.append(f"{blank.title}: {attr}")
    if (
        blank.sheet_properties.pageSetUpPr.fitToPage
        != filled.sheet_properties.pageSetUpPr.fitToPage
    ):
        out.append(f"{blank.title}: fit to page")
    widths_a = {k: v.width for k, v in blank.column_dimensions.items()}
    widths_b = {k: v.width for k, v in filled.column_dimensions.items()}
    if widths_a != widths_b:
        out.append(f"{blank.title}: column widths")
    heights_a = {k: v.height for k, v in blank.row_dimensions.items() if v.height}
    heights_b = {k: v.height for k, v in filled.row_dimensions.items() if v.height}
    if heights_a != heights_b:
        out.append(f"{blank.title}: row heights")
    if blank.oddFooter.center.text != filled.oddFooter.center.text:
        out.append(f"{blank.title}: page footer")
    return out


def workbook_differences(template: Template, filled_path: Path) -> list[str]:
    blank = load_workbook(template.workbook_path)
    filled = load_workbook(filled_path)
    out: list[str] = []
    if blank.sheetnames != filled.sheetnames:
        out.append(f"sheets {blank.sheetnames} → {filled.sheetnames}")
    names_a = {n: d.attr_text for n, d in blank.defined_names.items()}
    names_b = {n: d.attr_text for n, d in filled.defined_names.items()}
    if names_a != names_b:
        out.append(f"defined names {names_a} → {names_b}")
    allowed = mapped_cells(template, blank)
    for name in blank.sheetnames:
        if name in filled.sheetnames:
            mine = {c for s, c in allowed if s == name}
            out += sheet_differences(blank[name], filled[name], mine)
    return out


def as_decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


# --- LibreOffice ------------------------------------------------------------------------------------
def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    """LibreOffice's binary; skips when absent, but fails on CI (where it is installed)."""
    binary = soffice()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required on CI")
        pytest.skip("LibreOffice (soffice) is not installed")
    return binary


def convert(binary: str, profile: Path, source: Path, target: str, out: Path) -> Path:
    """`soffice --headless --convert-to target` with a private profile; returns the new file."""
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            binary,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    suffix = target.split(":")[0]
    produced = sorted(out.glob(f"{source.stem}*.{suffix}"))
    assert produced, f"LibreOffice wrote no {source.stem}*.{suffix}"
    return produced[0]


def csv_sheets(binary: str, profile: Path, source: Path, out: Path) -> Iterator[Path]:
    """Every sheet as UTF-8 CSV (filter options: comma, quote, UTF-8, first line, all sheets)."""
    convert(
        binary,
        profile,
        source,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        out,
    )
    yield from sorted(out.glob(f"{source.stem}*.csv"))


# --- a database with demo counties in three provinces ---------------------------------------------------
def make_demo_db(demo_county: Path, folder: Path) -> Path:
    """The session's demo county (通江县, the home region) and one demo county in each of the
    other two provinces with templates."""
    from desktop_app.services.demo import DEMO_COUNTY, fill_demo_county
    from desktop_app.services.store import open_sqlite_store

    path = folder / "demo.sqlite3"
    shutil.copy(demo_county, path)
    store = open_sqlite_store(path)
    try:
        for code in COUNTY_OF.values():
            if code != DEMO_COUNTY:  # filled in the session's demo county already
                fill_demo_county(store.sessions, code)
    finally:
        store.close()
    return path


# Built once per test process: each module that imports the fixture registers its own
# session-scoped copy, so the database itself is kept here (tests copy it, never change it).
_DEMO_DB: list[Path] = []


@pytest.fixture(scope="session")
def demo_db(demo_county_db: DemoDatabase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not _DEMO_DB:
        _DEMO_DB.append(make_demo_db(demo_county_db.path, tmp_path_factory.mktemp("excel_demo")))
    return _DEMO_DB[0]


@pytest.fixture
def demo_store(demo_db: Path, tmp_path: Path) -> Iterator[Any]:
    from desktop_app.persistence.engine import create_sqlite_engine
    from desktop_app.services.store import prepare

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db, path)
    store = prepare(create_sqlite_engine(path), path)
    yield store
    store.close()


def counts(store: Any) -> tuple[int, int]:
    """(value rows, audit rows): what an import that must write nothing must leave alone."""
    from sqlalchemy import func, select

    from desktop_app.persistence.models import AuditRecord, ValueRecord

    with store.sessions() as session:
        values = session.scalar(select(func.count()).select_from(ValueRecord)) or 0
        audits = session.scalar(select(func.count()).select_from(AuditRecord)) or 0
    return values, audits
