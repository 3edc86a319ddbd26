"""A register (台账) as a tidy workbook for an inspection.

One sheet: a title row (the county, the register, the day it was exported), a header row with the
translated headings (地点, 区划代码, then every field), one row per register row. Dates are real
Excel dates with a date format, amounts numbers with two decimals, counts and years whole numbers,
flags 是/否, choices by their labels; text stays text (a name beginning with "=" is no formula) and
the 区划代码 is text so its digits survive. Columns are as wide as their Chinese text, the header
is frozen and filtered, and the sheet prints landscape, one page wide, the header on every page.

The file is written whole or not at all (files.write_file_atomically).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.issues import DomainError
from desktop_app.domain.registers import FieldKind, RegisterRow, RegisterSpec
from desktop_app.exporting.excel.export import workbook_bytes, write_text
from desktop_app.files import write_file_atomically
from desktop_app.i18n import register_value_text, translate

DATE_FORMAT = "yyyy-mm-dd"
AMOUNT_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
YEAR_FORMAT = "0"
#: The widest a column grows (in Excel's character widths); longer text wraps.
MAX_WIDTH = 48
TITLE_ROW = 1
HEADER_ROW = 2
FIRST_ROW = 3

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def _text_width(text: str) -> int:
    """Character widths as Excel counts them: a Chinese character takes two."""
    return max(
        (
            sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
            for line in text.splitlines()
        ),
        default=0,
    )


def register_title(spec: RegisterSpec, county_name: str, exported: date) -> str:
    return translate("RegisterExport", "{county} {register} register (exported {date})").format(
        county=county_name,
        register=translate("Registers", spec.title),
        date=exported.isoformat(),
    )


def register_headings(spec: RegisterSpec) -> list[str]:
    """The header row: the place, its code, then each field's translated heading."""
    return [
        translate("RegisterExport", "Place"),
        translate("RegisterExport", "Code"),
        *(translate("Registers", fs.label) for fs in spec.fields),
    ]


def register_workbook(
    spec: RegisterSpec,
    rows: Sequence[RegisterRow],
    *,
    county_name: str,
    places: Mapping[str, str],
    exported: date,
    progress: Callable[[int, int], bool] | None = None,
) -> Workbook:
    """The workbook of `rows` (in the order given); `places` names each row's region by code.
    `progress(done, total)` is told every few hundred rows; False stops the work (a DomainError
    "cancelled")."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _SHEET_NAME_BAD.sub(" ", translate("Registers", spec.title))[:31] or spec.key
    headings = register_headings(spec)
    widths = [_text_width(text) for text in headings]

    title = _cell(ws, TITLE_ROW, 1)
    write_text(title, register_title(spec, county_name, exported))
    title.font = Font(bold=True, size=14)
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=len(headings))
    ws.row_dimensions[TITLE_ROW].height = 28

    fill = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
    for column, text in enumerate(headings, start=1):
        cell = _cell(ws, HEADER_ROW, column)
        write_text(cell, text)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    styles = _body_styles(wb)
    column_styles = ["register_text", "register_text"]
    column_styles += [_STYLE_OF_KIND.get(fs.kind, "register_text") for fs in spec.fields]
    total = _steps(len(rows))
    for offset, row in enumerate(rows):
        if progress is not None and offset % 250 == 0 and not progress(offset, total):
            raise DomainError.of("cancelled")
        at = FIRST_ROW + offset
        place_name = places.get(row.region_code, row.region_code)
        write_text(_cell(ws, at, 1), place_name)
        write_text(_cell(ws, at, 2), row.region_code)
        texts = [place_name, row.region_code]
        for column, fs in enumerate(spec.fields, start=3):
            value = row.get(fs.key)
            cell = _cell(ws, at, column)
            texts.append(_write_value(cell, fs.kind, value, register_value_text(fs, value)))
        for column, style in enumerate(column_styles, start=1):
            # A named style per column's kind: openpyxl hashes a style set cell by cell, which
            # took seconds for a register of a few thousand rows.
            _cell(ws, at, column).style = styles[style]
        for index, text in enumerate(texts):
            widths[index] = max(widths[index], _text_width(text))

    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, max(8, width + 2))

    last_column = get_column_letter(len(headings))
    last_row = max(HEADER_ROW, FIRST_ROW + len(rows) - 1)
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{last_row}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    _footer(ws)
    return wb


_STYLE_OF_KIND = {
    FieldKind.DATE: "register_date",
    FieldKind.AMOUNT: "register_amount",
    FieldKind.INTEGER: "register_count",
    FieldKind.YEAR: "register_year",
}


def _body_styles(wb: Workbook) -> dict[str, str]:
    """The named styles of the body's cells (bordered, top-aligned), by column kind."""
    made = {
        "register_text": NamedStyle(
            "register_text", alignment=Alignment(vertical="top", wrap_text=True)
        ),
        "register_date": NamedStyle(
            "register_date",
            number_format=DATE_FORMAT,
            alignment=Alignment(horizontal="center", vertical="top"),
        ),
        "register_amount": NamedStyle(
            "register_amount", number_format=AMOUNT_FORMAT, alignment=Alignment(vertical="top")
        ),
        "register_count": NamedStyle(
            "register_count", number_format=COUNT_FORMAT, alignment=Alignment(vertical="top")
        ),
        "register_year": NamedStyle(
            "register_year", number_format=YEAR_FORMAT, alignment=Alignment(vertical="top")
        ),
    }
    for style in made.values():
        style.border = _BORDER
        wb.add_named_style(style)
    return {name: name for name in made}


def _cell(ws: Worksheet, row: int, column: int) -> Cell:
    cell = ws.cell(row, column)
    assert isinstance(cell, Cell)  # no merged cell is written but the title's first
    return cell


def _footer(ws: Worksheet) -> None:
    footer = ws.oddFooter
    if footer is not None and footer.center is not None:
        footer.center.text = translate("RegisterExport", "Page &P of &N")


def _write_value(cell: Cell, kind: FieldKind, value: object, text: str) -> str:
    """Write one field's value in its own type; returns the text it shows (for the width)."""
    if value is None:
        cell.value = None
        return ""
    if kind is FieldKind.DATE and isinstance(value, date):
        cell.value = value
        return "2000-00-00"
    if kind is FieldKind.AMOUNT and isinstance(value, (Decimal, int)):
        cell.value = Decimal(value)
        return f"{Decimal(value):,.2f}"
    if kind in (FieldKind.INTEGER, FieldKind.YEAR) and isinstance(value, int):
        cell.value = value
        return f"{value:,}"
    if kind is FieldKind.DEGREES and isinstance(value, Decimal):
        cell.value = value  # a number, every decimal as typed (General format)
        return text
    write_text(cell, text)
    return text


def export_register(
    path: Path,
    spec: RegisterSpec,
    rows: Sequence[RegisterRow],
    *,
    county_name: str,
    places: Mapping[str, str],
    exported: date,
    progress: Callable[[int, int], bool] | None = None,
) -> Path:
    """Write the register's workbook to `path` whole, or leave it as it was (DomainError);
    `progress` as register_workbook's (saving the workbook takes the last third)."""
    wb = register_workbook(
        spec, rows, county_name=county_name, places=places, exported=exported, progress=progress
    )
    total = _steps(len(rows))
    if progress is not None and not progress(len(rows), total):
        raise DomainError.of("cancelled")
    write_file_atomically(path, workbook_bytes(wb, path))
    if progress is not None:
        progress(total, total)
    return path


def _steps(rows: int) -> int:
    """Progress steps: one per row written, and half as many again for saving the workbook."""
    return rows + rows // 2 + 1


def export_file_name(spec: RegisterSpec, county_name: str, exported: date) -> str:
    """The file name offered: 通江县-服务站点台账-20261202.xlsx."""
    name = translate("RegisterExport", "{county}-{register} register-{date}.xlsx").format(
        county=county_name,
        register=translate("Registers", spec.title),
        date=exported.strftime("%Y%m%d"),
    )
    return re.sub(r'[<>:"/\\|?*]', "_", name)
