"""Read a filled return back with its template's mapping, after checking the file is safe to open.

Nothing here touches the database: the result is what the file says, cell by cell, for the import
service to compare with the store. Files are screened before anything is parsed: an old binary
.xls and a password-protected workbook (an OLE compound file wrapping the encrypted package) are
told apart from a damaged file, and the cells are read by xlsx.XlsxBook, which refuses what is
beyond its limits (sizes, ratio, parts, tokens, a DTD) and any value Excel never writes, each with
a DomainError naming the file (and the sheet and cell where known).
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import column_index_from_string

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
from desktop_app.exporting.excel.xlsx import (
    Handlers,
    SheetValues,
    XlsxBook,
    check_archive,
    check_dimension,
    stream_xml,
)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
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


def _screen_binary(path: Path) -> None:
    """Refuse an old .xls or an encrypted workbook by its first bytes, and a non-zip file."""
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
    try:
        if not zipfile.is_zipfile(path):
            raise DomainError.of("import_damaged", file=path.name)
    except OSError as exc:
        raise DomainError.of("import_unreadable", file=path.name, detail=str(exc)) from exc


class _Dimension(Handlers):
    """Checks a worksheet part's declared dimension, and otherwise only that it is sound XML."""

    def __init__(self, file: str) -> None:
        self.file = file

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "dimension":
            check_dimension(attrs.get("ref", ""), self.file)


def screen_file(path: Path) -> None:
    """Refuse, before openpyxl loads the whole workbook (the template editor does), what it must
    not be given: the checks of open_filled, and every XML part streamed once within the limits
    (no DTD, no oversized token, well-formed, a sheet's declared size)."""
    _screen_binary(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = check_archive(archive, path.name)
            for name, info in members.items():
                if not name.endswith((".xml", ".rels", ".vml")):
                    continue
                handlers = (
                    _Dimension(path.name) if name.startswith("xl/worksheets/") else Handlers()
                )
                with archive.open(info) as member:
                    stream_xml(member, handlers, {"file": path.name, "part": name})
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError) as exc:
        raise DomainError.of("import_damaged", file=path.name) from exc
    except OSError as exc:
        raise DomainError.of("import_unreadable", file=path.name, detail=str(exc)) from exc


def open_filled(path: Path) -> XlsxBook:
    """Screen and open a filled return for reading its cells (close it, or use `with`)."""
    _screen_binary(path)
    return XlsxBook(path)


class _SheetCells:
    """A sheet's values by (row, column), read once up to the mapped extent, with the cells whose
    formula has no computed value."""

    def __init__(self, read: SheetValues) -> None:
        self.values = read.values
        self.uncomputed = {at for at in read.formulas if read.values.get(at) is None}

    def get(self, coordinate: str) -> Any:
        return self.values.get(split_coordinate(coordinate))

    def at(self, row: int, col: int) -> Any:
        return self.values.get((row, col))

    def is_uncomputed(self, coordinate: str) -> bool:
        return split_coordinate(coordinate) in self.uncomputed


def _resolve(book: XlsxBook, sheet: str, address: str) -> tuple[str, str]:
    # XlsxBook answers sheetnames, book[sheet].defined_names and defined_names as openpyxl's
    # Workbook does, which is all resolve() asks of it.
    return resolve(book, sheet, address)  # type: ignore[arg-type]


def _extent(wb: XlsxBook, sheet: SheetMapping) -> dict[str, tuple[int, int]]:
    extent: dict[str, tuple[int, int]] = {}

    def note(target: str, row: int, col: int) -> None:
        r, c = extent.get(target, (1, 1))
        extent[target] = (max(r, row), max(c, col))

    addresses = [f.cell for f in sheet.fields] + [v.cell for v in sheet.values]
    addresses += [a.cell for a in sheet.anchors]
    for address in addresses:
        target, coordinate = _resolve(wb, sheet.name, address)
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


def fingerprint_problems(template: TemplateMapping, wb: XlsxBook) -> list[str]:
    """Why `wb` is not a copy of the template: missing sheets, anchors without their text."""
    problems: list[str] = []
    for sheet in template.sheets:
        if sheet.name not in wb.sheetnames:
            problems.append(f"{sheet.name}!")
            continue
        anchors = [(_resolve(wb, sheet.name, a.cell), a.text) for a in sheet.anchors]
        extent: dict[str, tuple[int, int]] = {}
        for (target, coordinate), _ in anchors:
            row, col = split_coordinate(coordinate)
            r, c = extent.get(target, (1, 1))
            extent[target] = (max(r, row), max(c, col))
        missing = [t for t in extent if t not in wb.sheetnames]
        if missing:
            problems += [f"{t}!" for t in missing]
            continue
        cells = {t: _SheetCells(wb.cells(t, r, c)) for t, (r, c) in extent.items()}
        for (target, coordinate), text in anchors:
            if _text(cells[target].get(coordinate)) != text.strip():
                problems.append(f"{target}!{coordinate}")
    return problems


def identify(wb: XlsxBook, templates: Iterable[Template]) -> Template | None:
    """The template a workbook was filled from: the first whose sheets and anchors all match.

    A mapping naming a cell the workbook does not define does not match; what is wrong with the
    file itself (a damaged sheet, a value Excel never writes) is refused.
    """
    for template in templates:
        try:
            if not fingerprint_problems(template.mapping, wb):
                return template
        except DomainError as exc:
            if exc.issue.code != "template_name_unknown":
                raise
    return None


def read_return(template: Template, wb: XlsxBook, path: Path) -> ReturnReading:
    """Every mapped cell of a workbook that fingerprint_problems accepted; a mapped cell holding
    a formula without a computed value is marked `uncomputed` instead of read as blank."""
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
        extent = _extent(wb, sheet)
        for target in extent:
            if target not in wb.sheetnames:
                raise DomainError.of("template_name_unknown", name=target, sheet=sheet.name)
        cells_of = {t: _SheetCells(wb.cells(t, r, c)) for t, (r, c) in extent.items()}
        for f in sheet.fields:
            target, coordinate = _resolve(wb, sheet.name, f.cell)
            text = _strip(_text(cells_of[target].get(coordinate)), f.prefix, f.suffix)
            if text and f.field not in fields:
                fields[f.field] = text
        for v in sheet.values:
            target, coordinate = _resolve(wb, sheet.name, v.cell)
            form.append(_reading(target, coordinate, v.indicator, v.measure, cells_of[target]))
        if sheet.table is not None:
            new_rows, new_skipped = _table_rows(sheet, cells_of[sheet.name])
            rows += new_rows
            skipped += new_skipped
    return ReturnReading(mapping, path, fields, tuple(form), tuple(rows), tuple(skipped))


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
