"""Read a filled return back with its template's mapping, after checking the file is safe to open.

Nothing here touches the database: the result is what the file says, cell by cell, for the import
service to compare with the store. Files are screened before openpyxl sees them: not a zip (damaged),
an old binary .xls, a password-protected workbook (an OLE compound file wrapping the encrypted
package), and an enormous file (uncompressed size, or a sheet's declared dimensions) each raise a
DomainError with its own code.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, range_boundaries
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from desktop_app.domain.figures import DASH
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.values import Figure, parse_input
from desktop_app.exporting.excel.mapping import (
    HeaderField,
    Measure,
    RowMatch,
    SheetMapping,
    Template,
    TemplateMapping,
    resolve,
    split_coordinate,
)

#: Limits for a file to import. A county return is some 10-50 KB and a few hundred cells.
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_CELLS_PER_SHEET = 2_000_000
MAX_COMPRESSION_RATIO = 200

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_DIMENSION = re.compile(rb'<dimension\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
_BLANKS = frozenset({"", DASH, "-", "—", "－", "/"})


@dataclass(frozen=True)
class CellReading:
    """One mapped cell of the file: what it holds, parsed, or why it could not be read."""

    sheet: str
    cell: str
    indicator: str
    measure: Measure
    raw: object
    figure: Figure = None
    problem: Issue | None = None
    #: A formula whose value was never computed (saved by a program that does not calculate):
    #: what the cell says is unknown, which is not the same as blank.
    uncomputed: bool = False

    @property
    def holds_something(self) -> bool:
        return self.figure is not None or self.problem is not None or self.uncomputed


@dataclass(frozen=True)
class RowReading:
    """One region of a region table (or the single region of a form)."""

    key: str  # 区划代码 (or the name, for a table matched by name); "" for a form
    name: str
    row: int | None
    cells: tuple[CellReading, ...]


@dataclass(frozen=True)
class ReturnReading:
    template: TemplateMapping
    path: Path
    fields: dict[HeaderField, str]  # header/footer texts without their prefixes
    form: tuple[CellReading, ...]  # the cells of form sheets
    rows: tuple[RowReading, ...] = ()  # the rows of region tables that hold something
    skipped_rows: tuple[int, ...] = field(default=())


def screen_file(path: Path, max_bytes: int = MAX_UNCOMPRESSED_BYTES) -> None:
    """Refuse, before parsing, what openpyxl must not be given."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            if head == _OLE_MAGIC:
                handle.seek(0)
                body = handle.read(4 * 1024 * 1024)
                if any(stream in body for stream in _ENCRYPTED_STREAMS):
                    raise DomainError.of("import_encrypted", file=path.name)
                raise DomainError.of("import_xls", file=path.name)
    except OSError as exc:
        raise DomainError.of("import_unreadable", file=path.name, detail=str(exc)) from exc
    if path.suffix.lower() in (".xls", ".et"):
        raise DomainError.of("import_xls", file=path.name)
    if not zipfile.is_zipfile(path):
        raise DomainError.of("import_damaged", file=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise DomainError.of("import_damaged", file=path.name)
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > max_bytes or total / packed > MAX_COMPRESSION_RATIO:
                raise DomainError.of(
                    "import_too_large", file=path.name, size=total // (1024 * 1024) or 1
                )
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    _check_dimension(archive, info, path.name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise DomainError.of("import_damaged", file=path.name) from exc


def _check_dimension(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> None:
    with archive.open(info) as sheet:
        head = sheet.read(4096)
    match = _DIMENSION.search(head)
    if match is None:
        return
    ref = match.group(1).decode()
    if ":" not in ref:
        return
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    cells = ((max_row or 1) - (min_row or 1) + 1) * ((max_col or 1) - (min_col or 1) + 1)
    if cells > MAX_CELLS_PER_SHEET:
        raise DomainError.of("import_too_large_sheet", file=file, cells=cells)


def open_filled(path: Path, max_bytes: int = MAX_UNCOMPRESSED_BYTES) -> Workbook:
    """Screen and open a filled return read-only, with the values Excel last computed."""
    screen_file(path, max_bytes)
    return _load(path, data_only=True)


def open_formulas(path: Path) -> Workbook:
    """The same (screened) file with its formulas instead of their values."""
    return _load(path, data_only=False)


def _load(path: Path, data_only: bool) -> Workbook:
    try:
        return load_workbook(path, read_only=True, data_only=data_only)
    except Exception as exc:  # openpyxl raises anything from KeyError to lxml errors
        raise DomainError.of("import_damaged", file=path.name) from exc


class _SheetCells:
    """A read-only sheet's values by (row, column), read once up to the mapped extent.

    With `formulas` (the same sheet opened without computed values), the cells whose formula
    has no computed value are known too.
    """

    def __init__(
        self,
        ws: ReadOnlyWorksheet,
        max_row: int,
        max_col: int,
        formulas: ReadOnlyWorksheet | None = None,
    ) -> None:
        self.values = _values(ws, max_row, max_col)
        self.uncomputed: set[tuple[int, int]] = set()
        if formulas is not None:
            self.uncomputed = {
                where
                for where, value in _values(formulas, max_row, max_col).items()
                if _is_formula(value) and self.values.get(where) is None
            }

    def get(self, coordinate: str) -> Any:
        return self.values.get(split_coordinate(coordinate))

    def at(self, row: int, col: int) -> Any:
        return self.values.get((row, col))

    def is_uncomputed(self, coordinate: str) -> bool:
        return split_coordinate(coordinate) in self.uncomputed


def _values(ws: ReadOnlyWorksheet, max_row: int, max_col: int) -> dict[tuple[int, int], Any]:
    values: dict[tuple[int, int], Any] = {}
    rows: Iterable[tuple[Any, ...]] = ws.iter_rows(  # type: ignore[misc]
        min_row=1, max_row=max_row, max_col=max_col, values_only=True
    )
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                values[(r, c)] = value
    return values


def _is_formula(value: Any) -> bool:
    if isinstance(value, str):
        return value.startswith("=")
    return type(value).__name__ in ("ArrayFormula", "DataTableFormula")


def _extent(wb: Workbook, sheet: SheetMapping) -> dict[str, tuple[int, int]]:
    extent: dict[str, tuple[int, int]] = {}

    def note(target: str, row: int, col: int) -> None:
        r, c = extent.get(target, (1, 1))
        extent[target] = (max(r, row), max(c, col))

    addresses = [f.cell for f in sheet.fields] + [v.cell for v in sheet.values]
    addresses += [a.cell for a in sheet.anchors]
    for address in addresses:
        target, coordinate = resolve(wb, sheet.name, address)
        note(target, *split_coordinate(coordinate))
    if sheet.table is not None:
        t = sheet.table
        cols = [t.key_column, t.name_column or "A", *(c.column for c in t.columns)]
        note(sheet.name, t.last_row, max(column_index_from_string(c) for c in cols))
    return extent


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _strip(text: str, prefix: str, suffix: str) -> str:
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    elif prefix and "：" in text:
        text = text.split("：", 1)[1]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    return text.strip()


def number_of(value: Any) -> Figure:
    """A cell's value as a figure: numbers exactly (floats through their shortest repr), 无, blank.

    Raises DomainError("not_a_number") for text that is no number and for dates and booleans.
    """
    if value is None:
        return None
    if isinstance(value, (bool, datetime, date, time)):
        raise DomainError.of("not_a_number", text=str(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        try:
            return Decimal(repr(value))
        except InvalidOperation as exc:  # inf, nan
            raise DomainError.of("not_a_number", text=str(value)) from exc
    text = str(value).strip()
    if text in _BLANKS:
        return None
    return parse_input(text).figure


def fingerprint_problems(template: TemplateMapping, wb: Workbook) -> list[str]:
    """Why `wb` is not a copy of the template: missing sheets, anchors without their text."""
    problems: list[str] = []
    for sheet in template.sheets:
        if sheet.name not in wb.sheetnames:
            problems.append(f"{sheet.name}!")
            continue
        if not sheet.anchors:
            continue
        rows = max(split_coordinate(resolve(wb, sheet.name, a.cell)[1])[0] for a in sheet.anchors)
        cols = max(split_coordinate(resolve(wb, sheet.name, a.cell)[1])[1] for a in sheet.anchors)
        ws = wb[sheet.name]
        assert isinstance(ws, ReadOnlyWorksheet)
        cells = _SheetCells(ws, rows, cols)
        for anchor in sheet.anchors:
            _target, coordinate = resolve(wb, sheet.name, anchor.cell)
            if _text(cells.get(coordinate)) != anchor.text.strip():
                problems.append(f"{sheet.name}!{coordinate}")
    return problems


def identify(wb: Workbook, templates: Iterable[Template]) -> Template | None:
    """The template a workbook was filled from: the first whose sheets and anchors all match."""
    for template in templates:
        try:
            if not fingerprint_problems(template.mapping, wb):
                return template
        except DomainError:
            continue
    return None


def read_return(
    template: Template, wb: Workbook, path: Path, formulas: Workbook | None = None
) -> ReturnReading:
    """Every mapped cell of a workbook that fingerprint_problems accepted.

    `formulas` is the same file opened with open_formulas: with it, a mapped cell holding a
    formula without a computed value is marked `uncomputed` instead of read as blank.
    """
    mapping = template.mapping
    problems = fingerprint_problems(mapping, wb)
    if problems:
        raise DomainError.of(
            "import_other_template",
            file=path.name,
            template=mapping.id,
            form_number=mapping.form_number,
            cells=", ".join(problems[:3]),
        )
    fields: dict[HeaderField, str] = {}
    form: list[CellReading] = []
    rows: list[RowReading] = []
    skipped: list[int] = []
    for sheet in mapping.sheets:
        ws = wb[sheet.name]
        assert isinstance(ws, ReadOnlyWorksheet)
        extent = _extent(wb, sheet)
        cells_of = {
            target: _SheetCells(
                _ro(wb, target), r, c, _ro(formulas, target) if formulas is not None else None
            )
            for target, (r, c) in extent.items()
        }
        for f in sheet.fields:
            target, coordinate = resolve(wb, sheet.name, f.cell)
            text = _strip(_text(cells_of[target].get(coordinate)), f.prefix, f.suffix)
            if text and f.field not in fields:
                fields[f.field] = text
        for v in sheet.values:
            target, coordinate = resolve(wb, sheet.name, v.cell)
            form.append(_reading(target, coordinate, v.indicator, v.measure, cells_of[target]))
        if sheet.table is not None:
            new_rows, new_skipped = _table_rows(sheet, cells_of[sheet.name])
            rows += new_rows
            skipped += new_skipped
    return ReturnReading(mapping, path, fields, tuple(form), tuple(rows), tuple(skipped))


def _ro(wb: Workbook, name: str) -> ReadOnlyWorksheet:
    ws = wb[name]
    assert isinstance(ws, ReadOnlyWorksheet)
    return ws


def _reading(
    sheet: str, coordinate: str, indicator: str, measure: Measure, cells: _SheetCells
) -> CellReading:
    raw = cells.get(coordinate)
    if raw is None and cells.is_uncomputed(coordinate):
        return CellReading(sheet, coordinate, indicator, measure, raw, uncomputed=True)
    try:
        return CellReading(sheet, coordinate, indicator, measure, raw, number_of(raw))
    except DomainError as exc:
        return CellReading(sheet, coordinate, indicator, measure, raw, None, exc.issue)


def _table_rows(sheet: SheetMapping, cells: _SheetCells) -> tuple[list[RowReading], list[int]]:
    table = sheet.table
    assert table is not None
    key_col = column_index_from_string(table.key_column)
    name_col = column_index_from_string(table.name_column) if table.name_column else None
    rows: list[RowReading] = []
    skipped: list[int] = []
    for r in range(table.first_row, table.last_row + 1):
        readings = tuple(
            _reading(sheet.name, f"{c.column}{r}", c.indicator, c.measure, cells)
            for c in table.columns
        )
        key = _text(cells.at(r, key_col))
        name = _text(cells.at(r, name_col)) if name_col else ""
        holds = any(x.holds_something for x in readings)
        if not key and not name:
            if holds:
                skipped.append(r)
            continue
        if table.match is RowMatch.NAME:
            key = name or key
        rows.append(RowReading(key, name, r, readings))
    return rows, skipped


def period_texts(reading: ReturnReading) -> Sequence[str]:
    """The 报告期 texts of a reading, most specific first."""
    return [
        t
        for t in (
            reading.fields.get(HeaderField.PERIOD),
            reading.fields.get(HeaderField.PERIOD_YTD),
        )
        if t
    ]
