"""Template mappings: which cell of a province's workbook holds which figure or header field.

A template is the province's workbook, stored untouched, plus a mapping: a TOML file beside it
(format documented in docs/templates.md). This module is the mapping's data model and nothing else:
load, save, validate against a workbook, and describe a sheet's cells for an editor. Filling and
reading workbooks live in export.py and read.py.

Cells are addressed by coordinate ("D8") or by a defined name of the workbook ("填报单位"); Excel
forbids names that look like coordinates, so one string field says both.
"""

from __future__ import annotations

import codecs
import re
import stat
import tomllib
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import MAX_YEAR, MIN_YEAR, PeriodKind
from desktop_app.domain.regions import RegionLevel
from desktop_app.exporting.excel.names import parse_file_name
from desktop_app.files import file_write_error, write_file_atomically

FORMAT_VERSION = 1
MAPPING_SUFFIX = ".toml"
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384
_COORDINATE = re.compile(r"^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$")
_COLUMN = re.compile(r"^[A-Za-z]{1,3}$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class Measure(StrEnum):
    """What a value cell shows of an indicator (the columns of a return)."""

    CURRENT = "current"  # 本期: 本月, 本季, 本年
    CUMULATIVE = "cumulative"  # 1-N月累计 (a stock: the end value)
    LAST_YEAR = "last_year"  # 上年同期
    LAST_YEAR_CUMULATIVE = "last_year_cumulative"  # 上年同期累计
    YOY = "yoy"  # 同比(%)
    YOY_CUMULATIVE = "yoy_cumulative"  # 累计同比(%)
    MOM = "mom"  # 环比(%)
    PREVIOUS = "previous"  # 上期
    TARGET = "target"  # 年度目标
    PROGRESS = "progress"  # 完成进度(%)

    @property
    def is_percent(self) -> bool:
        return self in (Measure.YOY, Measure.YOY_CUMULATIVE, Measure.MOM, Measure.PROGRESS)


class HeaderField(StrEnum):
    """Header and footer text of a return (表头, 表尾)."""

    BUREAU = "bureau"  # 填报单位（盖章）
    REGION_NAME = "region_name"  # e.g. 通江县
    REGION_CODE = "region_code"  # 行政区划代码, text
    PERIOD = "period"  # 报告期: 2025年3月, 2025年第一季度, 2025年
    PERIOD_YTD = "period_ytd"  # 报告期 as a span: 2025年1-3月
    YEAR = "year"  # 2025
    UNIT_HEAD = "unit_head"  # 单位负责人
    STATISTICS_HEAD = "statistics_head"  # 统计负责人
    PREPARER = "preparer"  # 填表人
    PHONE = "phone"  # 联系电话
    REPORT_DATE = "report_date"  # 报出日期: 2025年4月8日


class SheetKind(StrEnum):
    FORM = "form"  # one region: indicators as rows, measures as columns (any layout of cells)
    TABLE = "table"  # regions as rows, indicators × measures as columns


class RowMatch(StrEnum):
    """How a region table finds a region's row."""

    CODE = "code"  # the key column already holds 区划代码 (text); rows are matched by it
    NAME = "name"  # the key column holds the region's name
    ORDER = "order"  # rows are empty; regions are written in code order (code into the key column)


PERIOD_KIND_NAMES: dict[str, PeriodKind] = {
    "month": PeriodKind.MONTH,
    "quarter": PeriodKind.QUARTER,
    "half_year": PeriodKind.HALF_YEAR,
    "year": PeriodKind.YEAR,
}
_PERIOD_KIND_TEXT = {kind: name for name, kind in PERIOD_KIND_NAMES.items()}
REGION_LEVELS = ("province", "prefecture", "county", "township")


# --- the data model -------------------------------------------------------------------------------
# Frozen, with tuples: a loaded mapping is shared (the templates cache, export, import, the editor),
# so nobody may change it in place. An editor changes a draft with dataclasses.replace and saves it.
@dataclass(frozen=True)
class ValueCell:
    """One cell holding a figure of an indicator. `cell` is a coordinate or a defined name."""

    cell: str
    indicator: str
    measure: Measure
    number_format: str | None = None  # default: from the indicator's scale (#,##0 / #,##0.00)


@dataclass(frozen=True)
class FieldCell:
    """One header/footer cell. The cell receives prefix + value + suffix, as text."""

    cell: str
    field: HeaderField
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Anchor:
    """Fixed text of the province's workbook (title, 表号…) that identifies the template."""

    cell: str
    text: str


@dataclass(frozen=True)
class TableColumn:
    column: str  # a column letter, e.g. "D"
    indicator: str
    measure: Measure
    number_format: str | None = None


@dataclass(frozen=True)
class RegionTable:
    """Regions as rows, between first_row and last_row; the total row is never written."""

    first_row: int
    last_row: int
    key_column: str
    match: RowMatch = RowMatch.CODE
    name_column: str | None = None  # where ORDER writes the region's name
    total_row: int | None = None  # the 合计 row: formulas of the province, left alone
    columns: tuple[TableColumn, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", tuple(self.columns))

    def cells(self) -> Iterator[str]:
        """Every coordinate the table may write (key, name and value cells of every row)."""
        writable = [self.key_column] if self.match is RowMatch.ORDER else []
        if self.name_column and self.match is RowMatch.ORDER:
            writable.append(self.name_column)
        writable += [c.column for c in self.columns]
        for row in range(self.first_row, self.last_row + 1):
            for column in writable:
                yield f"{column.upper()}{row}"


@dataclass(frozen=True)
class SheetMapping:
    name: str
    kind: SheetKind = SheetKind.FORM
    fields: tuple[FieldCell, ...] = ()
    values: tuple[ValueCell, ...] = ()
    anchors: tuple[Anchor, ...] = ()
    table: RegionTable | None = None

    def __post_init__(self) -> None:
        for name in ("fields", "values", "anchors"):  # a list given by a caller becomes a tuple
            object.__setattr__(self, name, tuple(getattr(self, name)))


@dataclass(frozen=True)
class TemplateMapping:
    """Everything the program knows about one province workbook, as data."""

    id: str
    title: str  # e.g. 农村电子商务发展情况月报表
    form_number: str  # 表号, e.g. 川商电统1表
    workbook: str  # the workbook's file name, in the mapping's folder
    period_kind: PeriodKind
    first_year: int
    last_year: int
    province: str = ""  # 2-digit province prefix (51 Sichuan); "" for any
    authority: str = ""  # 制定机关
    approval: str = ""  # 批准文号
    levels: tuple[str, ...] = ("county",)
    sample: bool = False  # a sample made by Xianbao, until the province's real file replaces it
    na_text: str = "无"  # what a figure marked 无 is written as ("" leaves the cell empty)
    file_name: str = "{region_name}_{form_number}_{period}.xlsx"
    description: str = ""
    sheets: tuple[SheetMapping, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "levels", tuple(self.levels))
        object.__setattr__(self, "sheets", tuple(self.sheets))

    def sheet(self, name: str) -> SheetMapping:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)

    def indicator_codes(self) -> set[str]:
        codes = {v.indicator for s in self.sheets for v in s.values}
        codes |= {c.indicator for s in self.sheets if s.table for c in s.table.columns}
        return codes

    def covers_year(self, year: int) -> bool:
        return self.first_year <= year <= self.last_year


# --- addresses --------------------------------------------------------------------------------------
def is_coordinate(text: str) -> bool:
    return _COORDINATE.match(text) is not None


def split_coordinate(text: str) -> tuple[int, int]:
    """ "D8" → (row 8, column 4)."""
    column, row = coordinate_from_string(text.replace("$", "").upper())
    return row, column_index_from_string(column)


def resolve(workbook: Workbook, sheet: str, address: str) -> tuple[str, str]:
    """(sheet name, coordinate) of a mapped address: a coordinate on `sheet` or a defined name.

    Raises DomainError("template_name_unknown") for a name the workbook does not define or that
    is not one cell.
    """
    if is_coordinate(address):
        return sheet, address.replace("$", "").upper()
    destinations: list[tuple[str, str]] = []
    local = getattr(workbook[sheet], "defined_names", {}) if sheet in workbook.sheetnames else {}
    if address in local:
        destinations = list(local[address].destinations)
    elif address in workbook.defined_names:
        destinations = list(workbook.defined_names[address].destinations)
    if len(destinations) != 1 or ":" in destinations[0][1]:
        raise DomainError.of("template_name_unknown", name=address, sheet=sheet)
    target_sheet, coordinate = destinations[0]
    return target_sheet, coordinate.replace("$", "").upper()


# --- validation --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MappingProblem:
    """One thing wrong with a mapping; `issue` carries a code of ISSUE_TEXTS and its params."""

    sheet: str
    cell: str
    issue: Issue


def _problem(sheet: str, cell: str, code: str, **params: Any) -> MappingProblem:
    return MappingProblem(sheet, cell, Issue(code, params={"sheet": sheet, "cell": cell, **params}))


def _merged_owner(ws: Worksheet) -> dict[tuple[int, int], str]:
    """Every cell inside a merged range other than its top-left → the range."""
    inside: dict[tuple[int, int], str] = {}
    for merged in ws.merged_cells.ranges:
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                if (row, col) != (merged.min_row, merged.min_col):
                    inside[(row, col)] = merged.coord
    return inside


def _value_cells(sheet: SheetMapping) -> Iterator[tuple[str, str, str | None]]:
    """(address, kind, indicator code or None) of every cell the sheet writes."""
    for f in sheet.fields:
        yield f.cell, "field", None
    for v in sheet.values:
        yield v.cell, "value", v.indicator
    if sheet.table is not None:
        yield from ((c, "table", None) for c in sheet.table.cells())


def validate_mapping(
    mapping: TemplateMapping,
    workbook: Workbook,
    indicator_codes: Collection[str] | None = None,
) -> list[MappingProblem]:
    """Everything that would make export write where it must not, or read nonsense.

    Checks: the sheets exist; every mapped cell resolves, lies within the sheet's used range, is
    not inside a merged range other than its top-left cell, and holds no formula; no cell is
    mapped twice; the anchors hold their text; indicator codes are known (when `indicator_codes`
    is given); table rows and the total row make sense. An empty list means the mapping is good.
    """
    problems: list[MappingProblem] = []
    if not _ID.match(mapping.id):
        problems.append(_problem("", "", "template_bad_id", id=mapping.id))
    if not MIN_YEAR <= mapping.first_year <= mapping.last_year <= MAX_YEAR:
        problems.append(
            _problem("", "", "template_bad_years", first=mapping.first_year, last=mapping.last_year)
        )
    if not mapping.sheets:
        problems.append(_problem("", "", "template_no_sheets"))
    file = mapping.id + MAPPING_SUFFIX
    for check in (
        lambda: parse_file_name(mapping.file_name, file),
        lambda: check_workbook_name(mapping.workbook, file),
    ):
        try:
            check()
        except DomainError as exc:
            problems.append(MappingProblem("", "", exc.issue))
    for sheet in mapping.sheets:
        if sheet.name not in workbook.sheetnames:
            problems.append(_problem(sheet.name, "", "template_sheet_missing"))
            continue
        problems += _validate_sheet(mapping, sheet, workbook, indicator_codes)
    return problems


def _validate_sheet(
    mapping: TemplateMapping,
    sheet: SheetMapping,
    workbook: Workbook,
    indicator_codes: Collection[str] | None,
) -> list[MappingProblem]:
    problems: list[MappingProblem] = []
    seen: dict[tuple[str, str], str] = {}
    merged_cache: dict[str, dict[tuple[int, int], str]] = {}
    table = sheet.table
    if sheet.kind is SheetKind.TABLE and table is None:
        problems.append(_problem(sheet.name, "", "template_table_missing"))
    if table is not None:
        problems += _validate_table(sheet.name, table, workbook[sheet.name], indicator_codes)
    for v in sheet.values:
        if indicator_codes is not None and v.indicator not in indicator_codes:
            problems.append(
                _problem(sheet.name, v.cell, "template_indicator_unknown", indicator=v.indicator)
            )
    for address, _kind, _code in _value_cells(sheet):
        try:
            target, coordinate = resolve(workbook, sheet.name, address)
        except DomainError as exc:
            problems.append(MappingProblem(sheet.name, address, exc.issue))
            continue
        if target not in workbook.sheetnames:
            problems.append(_problem(target, address, "template_sheet_missing"))
            continue
        ws = workbook[target]
        if not is_coordinate(coordinate):
            problems.append(_problem(target, address, "template_cell_outside"))
            continue
        row, col = split_coordinate(coordinate)
        if row > ws.max_row or col > ws.max_column:
            problems.append(_problem(target, coordinate, "template_cell_outside"))
            continue
        if target not in merged_cache:
            merged_cache[target] = _merged_owner(ws)
        owner = merged_cache[target].get((row, col))
        if owner is not None:
            problems.append(_problem(target, coordinate, "template_cell_merged", merged=owner))
            continue
        cell = ws.cell(row=row, column=col)
        if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("=")):
            problems.append(_problem(target, coordinate, "template_cell_formula"))
        key = (target, coordinate)
        if key in seen:
            problems.append(_problem(target, coordinate, "template_cell_twice"))
        seen[key] = address
    for anchor in sheet.anchors:
        try:
            target, coordinate = resolve(workbook, sheet.name, anchor.cell)
            value = workbook[target][coordinate].value
        except (DomainError, KeyError, ValueError):
            value = None
        if not isinstance(value, str) or value.strip() != anchor.text.strip():
            problems.append(_problem(sheet.name, anchor.cell, "template_anchor", text=anchor.text))
    return problems


def _validate_table(
    sheet: str, table: RegionTable, ws: Worksheet, indicator_codes: Collection[str] | None
) -> list[MappingProblem]:
    problems: list[MappingProblem] = []
    if not 1 <= table.first_row <= table.last_row <= MAX_ROW:
        problems.append(
            _problem(sheet, "", "template_table_rows", first=table.first_row, last=table.last_row)
        )
    if table.total_row is not None and table.first_row <= table.total_row <= table.last_row:
        problems.append(_problem(sheet, str(table.total_row), "template_total_inside"))
    for column in [table.key_column, table.name_column, *(c.column for c in table.columns)]:
        if column is not None and not _COLUMN.match(column):
            problems.append(_problem(sheet, column, "template_cell_outside"))
    for c in table.columns:
        if indicator_codes is not None and c.indicator not in indicator_codes:
            problems.append(
                _problem(sheet, c.column, "template_indicator_unknown", indicator=c.indicator)
            )
    if table.match is not RowMatch.ORDER and _COLUMN.match(table.key_column):
        col = column_index_from_string(table.key_column.upper())
        keys = [
            ws.cell(row=r, column=col).value for r in range(table.first_row, table.last_row + 1)
        ]
        if not any(k not in (None, "") for k in keys):
            problems.append(_problem(sheet, table.key_column, "template_table_no_keys"))
    return problems


def require_valid(
    mapping: TemplateMapping, workbook: Workbook, indicator_codes: Collection[str] | None = None
) -> None:
    """Raise the first problem of validate_mapping as a DomainError, if there is one."""
    problems = validate_mapping(mapping, workbook, indicator_codes)
    if problems:
        raise DomainError(problems[0].issue)


# --- reading the TOML file -------------------------------------------------------------------------
# A mapping is a user file: bounded before it is parsed, and every key checked for its type, so that
# whatever it holds it is read or refused with a sentence naming the file and the key (or line).
MAX_MAPPING_BYTES = 512 * 1024  # the shipped mappings are under 10 KB; parsing 512 KB takes ~2 s
MAX_NESTING = 16  # brackets and braces inside each other, or parts of a dotted key
MAX_WORKBOOK_BYTES = 50 * 1024 * 1024  # what an imported return may unpack to (read.py)
MAX_TABLE_ROWS = 10_000  # region rows of one table: a province has about 200 counties
MAX_SHEETS = 255  # sheets of one mapping; the shipped ones map one or two
MAX_NUMBER_FORMAT = 255  # Excel's limit: a longer format makes it call the workbook damaged
_TOML_TOKEN = re.compile(r"\"\"\"|'''|[\"'#\[\]{}\n.=,]")
_BASIC_STRING_REST = re.compile(r'(?:[^"\\\n]|\\.)*"')
_MULTILINE_BASIC_REST = re.compile(r'(?:[^\\"]|\\.|"(?!""))*"""', re.DOTALL)
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_UNSAFE_IN_NAMES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Cn"})
_TOP_KEYS = (
    "format",
    "id",
    "title",
    "form_number",
    "authority",
    "approval",
    "province",
    "workbook",
    "period_kind",
    "years",
    "levels",
    "sample",
    "na_text",
    "file_name",
    "description",
    "sheet",
)
_SHEET_KEYS = ("name", "kind", "anchors", "fields", "values", "table")
_ANCHOR_KEYS = ("cell", "text")
_FIELD_KEYS = ("cell", "field", "prefix", "suffix")
_VALUE_KEYS = ("cell", "indicator", "measure", "number_format")
_TABLE_KEYS = (
    "first_row",
    "last_row",
    "key_column",
    "match",
    "name_column",
    "total_row",
    "columns",
)
_COLUMN_KEYS = ("column", "indicator", "measure", "number_format")
_LEVELS = tuple(level.value for level in RegionLevel)
_MISSING: Any = object()


def read_mapping_data(path: Path) -> dict[str, Any]:
    """The parsed TOML of a mapping file, after bounding its size; DomainError if it cannot be."""
    file = path.name
    try:
        status = path.stat()
    except OSError as exc:
        raise DomainError.of("template_file_unreadable", file=file) from exc
    if not stat.S_ISREG(status.st_mode):
        raise DomainError.of("template_file_not_file", file=file)
    too_large = DomainError.of(
        "template_file_too_large",
        file=file,
        size_kb=-(-status.st_size // 1024),
        limit_kb=MAX_MAPPING_BYTES // 1024,
    )
    if status.st_size > MAX_MAPPING_BYTES:
        raise too_large
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_MAPPING_BYTES + 1)
    except OSError as exc:
        raise DomainError.of("template_file_unreadable", file=file) from exc
    if len(raw) > MAX_MAPPING_BYTES:  # it grew since stat
        raise too_large
    return parse_mapping_bytes(raw, file)


def parse_mapping_bytes(raw: bytes, file: str) -> dict[str, Any]:
    """The TOML of a mapping file's bytes (UTF-8, a byte order mark allowed)."""
    if raw.startswith(codecs.BOM_UTF8):  # Notepad's "UTF-8 with BOM"
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DomainError.of("template_not_utf8", file=file, line=line) from exc
    _check_nesting(text, file)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POSITION.search(str(exc))
        lines = text.splitlines()
        line, column = (int(found[1]), int(found[2])) if found else (len(lines) + 1, 1)
        shown = lines[line - 1].strip()[:80] if 0 < line <= len(lines) else ""
        raise DomainError.of(
            "template_toml_syntax", file=file, line=line, column=column, text=shown
        ) from exc
    except RecursionError as exc:  # not reached: _check_nesting bounds the depth first
        raise DomainError.of("template_too_deep", file=file, line="?", limit=MAX_NESTING) from exc


def _check_nesting(text: str, file: str) -> None:
    """Refuse arrays and inline tables nested deeper than MAX_NESTING, and dotted keys longer.

    tomllib parses arrays and inline tables by recursion: 50,000 brackets exhaust the stack
    (RecursionError, or worse on a thread with a small stack); its time grows with the square of
    a dotted key's parts (`a.a.a…`: 8,000 parts take 2 s). Brackets and dots inside strings and
    comments do not count; dots are counted between separators (= , brackets, braces, new line),
    so a number such as 1.5 counts one.
    """
    depth, dots, line, position = 0, 0, 1, 0
    while (match := _TOML_TOKEN.search(text, position)) is not None:
        token, position = match.group(), match.end()
        if token == ".":
            dots += 1
            if dots > MAX_NESTING:
                raise DomainError.of(
                    "template_key_too_long", file=file, line=line, limit=MAX_NESTING
                )
            continue
        if token in ("\n", "=", ","):
            dots = 0
            line += token == "\n"
        elif token == "#":
            position = _line_end(text, position)
        elif token in ("[", "{"):
            depth, dots = depth + 1, 0
            if depth > MAX_NESTING:
                raise DomainError.of("template_too_deep", file=file, line=line, limit=MAX_NESTING)
        elif token in ("]", "}"):
            depth, dots = max(0, depth - 1), 0
        else:
            end = _string_end(text, position, token)
            line += text.count("\n", position, end)
            position = end


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _string_end(text: str, start: int, quote: str) -> int:
    """Where the string opened by `quote` just before `start` ends (an unclosed one: its line)."""
    if quote == '"':
        basic = _BASIC_STRING_REST.match(text, start)
        return basic.end() if basic else _line_end(text, start)
    if quote == "'":
        end, line_end = text.find("'", start), _line_end(text, start)
        return end + 1 if 0 <= end < line_end else line_end
    if quote == '"""':
        multiline = _MULTILINE_BASIC_REST.match(text, start)
        return multiline.end() if multiline else len(text)
    end = text.find("'''", start)
    return len(text) if end < 0 else end + 3


class _Table:
    """One TOML table of a mapping, read key by key: every refusal names the file and the key."""

    def __init__(self, table: Any, key: str, file: str, allowed: tuple[str, ...]) -> None:
        if not isinstance(table, dict):
            raise DomainError.of("template_key_not_table", file=file, key=key)
        self.table, self.prefix, self.file = table, key, file
        for name in table:
            if name not in allowed:
                raise DomainError.of(
                    "template_key_unknown",
                    file=file,
                    key=self.key(name),
                    allowed=", ".join(allowed),
                )

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def refuse(self, code: str, name: str, **params: Any) -> DomainError:
        return DomainError.of(code, file=self.file, key=self.key(name), **params)

    def value(self, name: str, default: Any = _MISSING) -> Any:
        if name in self.table:
            return self.table[name]
        if default is _MISSING:
            raise self.refuse("template_key_missing", name)
        return default

    def text(self, name: str, default: Any = _MISSING) -> str:
        value = self.value(name, default)
        if not isinstance(value, str):
            raise self.refuse("template_key_not_text", name)
        if ILLEGAL_CHARACTERS_RE.search(value):  # a workbook cannot hold them (openpyxl raises)
            raise self.refuse("template_key_control", name)
        return value

    def number_format(self, name: str) -> str | None:
        value = self.optional_text(name)
        if value is not None and len(value) > MAX_NUMBER_FORMAT:
            raise self.refuse("template_number_format_long", name, limit=MAX_NUMBER_FORMAT)
        return value

    def name(self, name: str) -> str:
        """Text that must not be empty (a sheet's name, a cell, an indicator code)."""
        value = self.text(name)
        if not value.strip():
            raise self.refuse("template_key_empty", name)
        return value

    def optional_text(self, name: str) -> str | None:
        value = self.text(name, "")
        return value or None

    def integer(self, name: str, default: Any = _MISSING) -> int:
        value = self.value(name, default)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.refuse("template_key_not_integer", name)
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self.value(name, default)
        if not isinstance(value, bool):
            raise self.refuse("template_key_not_flag", name)
        return value

    def choice(self, name: str, choices: Iterable[str], default: Any = _MISSING) -> str:
        value = self.text(name, default)
        allowed = tuple(choices)
        if value not in allowed:
            raise self.refuse(
                "template_key_choice", name, given=value[:80], allowed=", ".join(allowed)
            )
        return value

    def choices(self, name: str, choices: Iterable[str], default: list[str]) -> list[str]:
        value = self.value(name, default)
        allowed = tuple(choices)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.refuse("template_key_not_list", name)
        for item in value:
            if item not in allowed:
                raise self.refuse(
                    "template_key_choice", name, given=item[:80], allowed=", ".join(allowed)
                )
        return [str(v) for v in value]

    def tables(self, name: str, allowed: tuple[str, ...]) -> list[_Table]:
        value = self.value(name, [])
        if not isinstance(value, list):
            raise self.refuse("template_key_not_table_list", name)
        return [
            _Table(item, f"{self.key(name)}[{number}]", self.file, allowed)
            for number, item in enumerate(value, start=1)
        ]


def _format(top: _Table) -> int:
    version = top.integer("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise DomainError.of(
            "template_format", file=top.file, format=version, supported=FORMAT_VERSION
        )
    return version


def _template_id(top: _Table) -> str:
    template_id = top.text("id")
    if not _ID.match(template_id):
        raise DomainError.of("template_mapping_bad_id", file=top.file, id=template_id[:80])
    return template_id


def _workbook(top: _Table) -> str:
    workbook = top.text("workbook")
    check_workbook_name(workbook, top.file)
    return workbook


def _file_name(top: _Table) -> str:
    pattern = top.text("file_name", TemplateMapping.file_name)
    parse_file_name(pattern, top.file)
    return pattern


def _years(top: _Table) -> tuple[int, int]:
    years = top.value("years")
    if (
        isinstance(years, list)
        and len(years) == 2
        and all(isinstance(y, int) and not isinstance(y, bool) for y in years)
        and MIN_YEAR <= years[0] <= years[1] <= MAX_YEAR
    ):
        return years[0], years[1]
    raise top.refuse("template_key_years", "years", first=MIN_YEAR, last=MAX_YEAR)


_Reader = Callable[[_Table], Any]

# Every key of a mapping, of an entry and of a region table is read by its own function: the
# loader (mapping_from_dict) builds the model from them, and keyed_problems runs each on its own,
# so that a check lists every bad key at once by the very rules the loader applies.
_TOP_READERS: dict[str, _Reader] = {
    "format": _format,
    "id": _template_id,
    "title": lambda t: t.text("title"),
    "form_number": lambda t: t.text("form_number"),
    "authority": lambda t: t.text("authority", ""),
    "approval": lambda t: t.text("approval", ""),
    "province": lambda t: t.text("province", ""),
    "workbook": _workbook,
    "period_kind": lambda t: PERIOD_KIND_NAMES[t.choice("period_kind", PERIOD_KIND_NAMES)],
    "years": _years,
    "levels": lambda t: tuple(t.choices("levels", _LEVELS, ["county"])),
    "sample": lambda t: t.flag("sample", False),
    "na_text": lambda t: t.text("na_text", "无"),
    "file_name": _file_name,
    "description": lambda t: t.text("description", ""),
}
_FIELD_READERS: dict[str, _Reader] = {
    "cell": lambda t: t.name("cell"),
    "field": lambda t: HeaderField(t.choice("field", HeaderField)),
    "prefix": lambda t: t.text("prefix", ""),
    "suffix": lambda t: t.text("suffix", ""),
}
_VALUE_READERS: dict[str, _Reader] = {
    "cell": lambda t: t.name("cell"),
    "indicator": lambda t: t.name("indicator"),
    "measure": lambda t: Measure(t.choice("measure", Measure)),
    "number_format": lambda t: t.number_format("number_format"),
}
_ANCHOR_READERS: dict[str, _Reader] = {
    "cell": lambda t: t.name("cell"),
    "text": lambda t: t.text("text"),
}
_COLUMN_READERS: dict[str, _Reader] = {
    "column": lambda t: t.name("column").upper(),
    "indicator": lambda t: t.name("indicator"),
    "measure": lambda t: Measure(t.choice("measure", Measure)),
    "number_format": lambda t: t.number_format("number_format"),
}


def _optional_column(t: _Table) -> str | None:
    name_column = t.optional_text("name_column")
    return name_column.upper() if name_column else None


def _total_row(t: _Table) -> int | None:
    total_row = t.integer("total_row", 0)
    if not 0 <= total_row <= MAX_ROW:
        raise t.refuse(
            "template_key_rows", "total_row", first=total_row, last=total_row, most=MAX_ROW
        )
    return total_row or None


_TABLE_READERS: dict[str, _Reader] = {
    "first_row": lambda t: t.integer("first_row"),
    "last_row": lambda t: t.integer("last_row"),
    "key_column": lambda t: t.name("key_column").upper(),
    "match": lambda t: RowMatch(t.choice("match", RowMatch, "code")),
    "name_column": _optional_column,
    "total_row": _total_row,
}


def _table_rows(t: _Table, first_row: int, last_row: int) -> None:
    """The region rows read: in order, within the sheet, and not too many."""
    if not 1 <= first_row <= last_row <= MAX_ROW:
        raise t.refuse(
            "template_key_rows", "first_row", first=first_row, last=last_row, most=MAX_ROW
        )
    if last_row - first_row + 1 > MAX_TABLE_ROWS:
        raise DomainError.of(
            "template_table_too_long",
            file=t.file,
            key=t.prefix,
            rows=last_row - first_row + 1,
            limit=MAX_TABLE_ROWS,
        )


def _read(t: _Table, readers: dict[str, _Reader]) -> dict[str, Any]:
    return {key: read(t) for key, read in readers.items()}


def mapping_from_dict(data: dict[str, Any], where: str = "") -> TemplateMapping:
    """The model of a parsed mapping file; a DomainError naming `where` and the key if malformed."""
    top = _Table(data, "", where, _TOP_KEYS)
    keys = _read(top, _TOP_READERS)
    sheets = top.tables("sheet", _SHEET_KEYS)
    if len(sheets) > MAX_SHEETS:
        raise DomainError.of(
            "template_too_many_sheets", file=where, count=len(sheets), limit=MAX_SHEETS
        )
    names: set[str] = set()
    read: list[SheetMapping] = []
    for raw in sheets:
        sheet = _sheet_from_table(raw)
        if sheet.name in names:
            raise DomainError.of("template_sheet_twice", file=where, sheet=sheet.name)
        names.add(sheet.name)
        read.append(sheet)
    if not read:
        raise DomainError.of("template_mapping_no_sheets", file=where)
    del keys["format"]
    first_year, last_year = keys.pop("years")
    return TemplateMapping(**keys, first_year=first_year, last_year=last_year, sheets=tuple(read))


def check_workbook_name(name: str, file: str) -> None:
    """A workbook is named by a plain file name in the mapping's folder: no folder, drive or ".."."""
    plain = (
        name.strip(" .") != ""
        and not any(c in "/\\:" or unicodedata.category(c) in _UNSAFE_IN_NAMES for c in name)
        and len(name.encode("utf-8")) <= 255
    )
    if not plain:
        raise DomainError.of("template_workbook_name", file=file, workbook=name[:120])


def _sheet_from_table(raw: _Table) -> SheetMapping:
    fields = tuple(FieldCell(**_read(f, _FIELD_READERS)) for f in raw.tables("fields", _FIELD_KEYS))
    values = tuple(ValueCell(**_read(v, _VALUE_READERS)) for v in raw.tables("values", _VALUE_KEYS))
    anchors = tuple(
        Anchor(**_read(a, _ANCHOR_READERS)) for a in raw.tables("anchors", _ANCHOR_KEYS)
    )
    table = None
    if "table" in raw.table:
        table = _region_table(_Table(raw.table["table"], raw.key("table"), raw.file, _TABLE_KEYS))
    return SheetMapping(
        name=raw.name("name"),
        kind=SheetKind(raw.choice("kind", SheetKind, "form")),
        fields=fields,
        values=values,
        anchors=anchors,
        table=table,
    )


def _region_table(t: _Table) -> RegionTable:
    keys = _read(t, _TABLE_READERS)
    _table_rows(t, keys["first_row"], keys["last_row"])
    columns = tuple(
        TableColumn(**_read(c, _COLUMN_READERS)) for c in t.tables("columns", _COLUMN_KEYS)
    )
    return RegionTable(**keys, columns=columns)


@dataclass(frozen=True)
class KeyProblem:
    """A problem of parsed mapping data and the key it is about ("na_text",
    "sheet[1].values[3].measure", "sheet[2].table.first_row"; "" for the file as a whole)."""

    key: str
    issue: Issue


def keyed_problems(data: dict[str, Any], where: str) -> list[KeyProblem]:
    """Every problem mapping_from_dict would refuse parsed mapping data for, each with its key.

    Each key of the file, of each entry (a value cell, a field, an anchor, a table column) and of
    each region table is read on its own, by the functions the loader uses, so that a typo in one
    does not hide a typo in another. An empty list: the data loads. The template editor checks
    its form with this function too, and shows each sentence beside the field of its key.
    """
    problems: list[KeyProblem] = []

    def attempt(key: str, read: Callable[[], Any]) -> Any:
        try:
            return read()
        except DomainError as exc:
            problems.append(KeyProblem(key, exc.issue))
            return None

    def add(at: str, code: str, **params: Any) -> None:
        problems.append(KeyProblem(at, Issue(code, params={"file": where, **params})))

    def known(table: Any, prefix: str, allowed: tuple[str, ...]) -> _Table | None:
        """The table with its unknown keys reported (each one) and left out."""
        if not isinstance(table, dict):
            add(prefix, "template_key_not_table", key=prefix)
            return None
        for name in table:
            if name not in allowed:
                key = f"{prefix}.{name}" if prefix else name
                add(key, "template_key_unknown", key=key, allowed=", ".join(allowed))
        kept = {k: v for k, v in table.items() if k in allowed}
        return _Table(kept, prefix, where, allowed)

    def each(table: _Table, readers: dict[str, _Reader]) -> dict[str, Any]:
        """What each reader read; a key whose reader refused is left out."""
        read: dict[str, Any] = {}
        for key, reader in readers.items():
            try:
                read[key] = reader(table)
            except DomainError as exc:
                problems.append(KeyProblem(table.key(key), exc.issue))
        return read

    def entries(
        owner: _Table, key: str, allowed: tuple[str, ...], readers: dict[str, _Reader]
    ) -> None:
        listed = attempt(owner.key(key), lambda: owner.value(key, []))
        if listed is not None and not isinstance(listed, list):
            add(owner.key(key), "template_key_not_table_list", key=owner.key(key))
            return
        for n, entry in enumerate(listed or [], start=1):
            one = known(entry, f"{owner.key(key)}[{n}]", allowed)
            if one is not None:
                each(one, readers)

    top = known(data, "", _TOP_KEYS)
    assert top is not None  # a parsed TOML document is a table
    each(top, _TOP_READERS)
    sheets = attempt("sheet", lambda: top.value("sheet", []))
    if sheets is not None and not isinstance(sheets, list):
        add("sheet", "template_key_not_table_list", key="sheet")
    elif sheets is not None:
        if len(sheets) > MAX_SHEETS:
            add("sheet", "template_too_many_sheets", count=len(sheets), limit=MAX_SHEETS)
            return problems
        if not sheets:
            add("sheet", "template_mapping_no_sheets")
        names: set[str] = set()
        for number, item in enumerate(sheets, start=1):
            sheet = known(item, f"sheet[{number}]", _SHEET_KEYS)
            if sheet is None:
                continue
            name = attempt(sheet.key("name"), partial(sheet.name, "name"))
            if name in names:
                add(sheet.key("name"), "template_sheet_twice", sheet=name)
            names.add(name)
            attempt(sheet.key("kind"), partial(sheet.choice, "kind", SheetKind, "form"))
            entries(sheet, "fields", _FIELD_KEYS, _FIELD_READERS)
            entries(sheet, "values", _VALUE_KEYS, _VALUE_READERS)
            entries(sheet, "anchors", _ANCHOR_KEYS, _ANCHOR_READERS)
            if "table" not in sheet.table:
                continue
            table = known(sheet.table["table"], sheet.key("table"), _TABLE_KEYS)
            if table is None:
                continue
            rows = each(table, _TABLE_READERS)
            if "first_row" in rows and "last_row" in rows:
                rows_in_order = partial(_table_rows, table, rows["first_row"], rows["last_row"])
                attempt(table.key("first_row"), rows_in_order)
            entries(table, "columns", _COLUMN_KEYS, _COLUMN_READERS)
    return problems


def mapping_problems(data: dict[str, Any], where: str) -> list[Issue]:
    """Every problem of parsed mapping data (keyed_problems without the keys)."""
    return [p.issue for p in keyed_problems(data, where)]


def load_mapping(path: Path) -> TemplateMapping:
    """Read a mapping file (TOML); a DomainError naming the file and the key if it is malformed."""
    return mapping_from_dict(read_mapping_data(path), path.name)


# --- writing the TOML file -------------------------------------------------------------------------
_HEADER = (
    "# Xianbao template mapping: which cells of the workbook hold which figures.\n"
    "# Format: docs/templates.md. The workbook itself is never changed.\n"
)


def _present(items: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """The keys worth writing: an empty optional key is left out, as the loader defaults it."""
    return {k: v for k, v in items if v is not None and v != ""}


def mapping_to_dict(mapping: TemplateMapping) -> dict[str, Any]:
    """The mapping as the plain data of its TOML file (what mapping_from_dict reads back)."""
    sheets: list[dict[str, Any]] = []
    for sheet in mapping.sheets:
        data: dict[str, Any] = {"name": sheet.name, "kind": str(sheet.kind)}
        if sheet.anchors:
            data["anchors"] = [{"cell": a.cell, "text": a.text} for a in sheet.anchors]
        if sheet.fields:
            data["fields"] = [
                _present(
                    [
                        ("cell", f.cell),
                        ("field", str(f.field)),
                        ("prefix", f.prefix),
                        ("suffix", f.suffix),
                    ]
                )
                for f in sheet.fields
            ]
        if sheet.values:
            data["values"] = [
                _present(
                    [
                        ("cell", v.cell),
                        ("indicator", v.indicator),
                        ("measure", str(v.measure)),
                        ("number_format", v.number_format),
                    ]
                )
                for v in sheet.values
            ]
        if sheet.table is not None:
            t = sheet.table
            data["table"] = _present(
                [
                    ("first_row", t.first_row),
                    ("last_row", t.last_row),
                    ("key_column", t.key_column),
                    ("match", str(t.match)),
                    ("name_column", t.name_column),
                    ("total_row", t.total_row),
                ]
            ) | {
                "columns": [
                    _present(
                        [
                            ("column", c.column),
                            ("indicator", c.indicator),
                            ("measure", str(c.measure)),
                            ("number_format", c.number_format),
                        ]
                    )
                    for c in t.columns
                ]
            }
        sheets.append(data)
    return {
        "format": FORMAT_VERSION,
        "id": mapping.id,
        "title": mapping.title,
        "form_number": mapping.form_number,
        "authority": mapping.authority,
        "approval": mapping.approval,
        "province": mapping.province,
        "workbook": mapping.workbook,
        "period_kind": _PERIOD_KIND_TEXT[mapping.period_kind],
        "years": [mapping.first_year, mapping.last_year],
        "levels": list(mapping.levels),
        "sample": mapping.sample,
        "na_text": mapping.na_text,
        "file_name": mapping.file_name,
        "description": mapping.description,
        "sheet": sheets,
    }


def dumps_mapping(mapping: TemplateMapping) -> str:
    """The mapping as TOML text, in a stable order (what save_mapping writes), by tomli-w."""
    import tomli_w

    return _HEADER + tomli_w.dumps(mapping_to_dict(mapping))


def mapping_text(mapping: TemplateMapping, file: str) -> str:
    """The TOML a mapping is saved as, checked to read back; DomainError naming `file` if not."""
    text = dumps_mapping(mapping)
    mapping_from_dict(parse_mapping_bytes(text.encode("utf-8"), file), file)
    return text


def save_mapping(mapping: TemplateMapping, path: Path) -> None:
    """Write the mapping as TOML, whole or not at all (a full disk leaves the old file and says so).

    A mapping that would not load again (no sheet, a bad file_name…) is refused before writing.
    """
    write_file_atomically(path, mapping_text(mapping, path.name).encode("utf-8"))


def copy_untouched(source: Path, target: Path) -> None:
    """The province's workbook copied byte for byte, whole or not at all (DomainError if not)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
    except OSError as exc:
        raise file_write_error(target, exc) from exc
    write_file_atomically(target, data)


def write_template(mapping: TemplateMapping, workbook_source: Path, folder: Path) -> Template:
    """Save a template into `folder`: the mapping as `<id>.toml` and, when the folder has no
    workbook of that name yet, the workbook copied untouched from `workbook_source`.

    The mapping is checked to load again before anything is written; DomainError (a sentence
    naming the file) if it would not, or if the disk or folder refuses.
    """
    path = folder / f"{mapping.id}{MAPPING_SUFFIX}"
    text = mapping_text(mapping, path.name)
    target_workbook = folder / mapping.workbook
    if not target_workbook.exists():  # a shipped sample edited: its workbook is copied, untouched
        copy_untouched(workbook_source, target_workbook)
    write_file_atomically(path, text.encode("utf-8"))
    return Template(mapping, path)


# --- a sheet's cells, for an editor ------------------------------------------------------------------
@dataclass(frozen=True)
class GridCell:
    row: int
    column: int
    text: str  # what the cell shows (a formula as "=…")
    is_formula: bool
    span: tuple[int, int] = (1, 1)  # rows, columns of the merged range it starts; (1, 1) otherwise
    covered: bool = False  # inside a merged range, not its top-left: cannot be mapped


@dataclass(frozen=True)
class SheetGrid:
    """A sheet as an editor shows it: size, cells with text, merged ranges, column widths."""

    name: str
    rows: int
    columns: int
    cells: dict[tuple[int, int], GridCell]
    column_widths: dict[int, float]
    defined_names: dict[str, str]  # name → coordinate, names that point at one cell of this sheet

    def cell(self, row: int, column: int) -> GridCell:
        return self.cells.get((row, column), GridCell(row, column, "", False))


def sheet_grid(workbook: Workbook, sheet_name: str) -> SheetGrid:
    """Describe one sheet of a workbook loaded with openpyxl.load_workbook (not read-only)."""
    ws = workbook[sheet_name]
    covered = _merged_owner(ws)
    spans = {
        (m.min_row, m.min_col): (m.max_row - m.min_row + 1, m.max_col - m.min_col + 1)
        for m in ws.merged_cells.ranges
    }
    cells: dict[tuple[int, int], GridCell] = {}
    for row in ws.iter_rows():
        for c in row:
            if not isinstance(c.row, int) or not isinstance(c.column, int):
                continue
            key = (c.row, c.column)
            if c.value is None and key not in spans and key not in covered:
                continue
            text = "" if c.value is None else str(c.value)
            cells[key] = GridCell(
                c.row, c.column, text, c.data_type == "f", spans.get(key, (1, 1)), key in covered
            )
    widths: dict[int, float] = {}
    for letter, dim in ws.column_dimensions.items():
        if dim.width:
            widths[column_index_from_string(letter)] = float(dim.width)
    names: dict[str, str] = {}
    for scope in (workbook.defined_names, ws.defined_names):
        for name, defined in scope.items():
            dest = list(defined.destinations)
            if len(dest) == 1 and dest[0][0] == sheet_name and ":" not in dest[0][1]:
                names[name] = dest[0][1].replace("$", "")
    return SheetGrid(sheet_name, ws.max_row, ws.max_column, cells, widths, names)


# --- templates on disk ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Template:
    """A mapping and the folder holding it and its workbook."""

    mapping: TemplateMapping
    mapping_path: Path

    @property
    def id(self) -> str:
        return self.mapping.id

    @property
    def workbook_path(self) -> Path:
        return self.mapping_path.parent / self.mapping.workbook


def load_template(mapping_path: Path) -> Template:
    """A template from its mapping file; the workbook must be an ordinary file beside it."""
    return _template(read_mapping_data(mapping_path), mapping_path)


def _template(data: dict[str, Any], mapping_path: Path) -> Template:
    file = mapping_path.name
    template = Template(mapping_from_dict(data, file), mapping_path)
    workbook = template.mapping.workbook
    folder, path = mapping_path.parent, template.workbook_path
    try:
        status = path.stat()
    except FileNotFoundError as exc:
        raise DomainError.of("template_workbook_missing", file=file, workbook=workbook) from exc
    except OSError as exc:
        raise DomainError.of("template_workbook_not_file", file=file, workbook=workbook) from exc
    if not stat.S_ISREG(status.st_mode):
        raise DomainError.of("template_workbook_not_file", file=file, workbook=workbook)
    try:
        inside = path.resolve(strict=True).parent == folder.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop of links
        raise DomainError.of("template_workbook_not_file", file=file, workbook=workbook) from exc
    if not inside:
        raise DomainError.of("template_workbook_outside", file=file, workbook=workbook)
    if status.st_size > MAX_WORKBOOK_BYTES:
        raise DomainError.of(
            "template_workbook_too_large",
            file=file,
            workbook=workbook,
            size_mb=-(-status.st_size // (1024 * 1024)),
            limit_mb=MAX_WORKBOOK_BYTES // (1024 * 1024),
        )
    return template


@dataclass(frozen=True)
class RefusedTemplate:
    """A mapping file that was not loaded, why, and the id it declares when that could be read."""

    path: Path
    issue: Issue
    template_id: str | None = None


@dataclass(frozen=True)
class TemplateScan:
    """The templates of some folders, and the files refused on the way."""

    templates: tuple[Template, ...] = ()
    refused: tuple[RefusedTemplate, ...] = ()

    def template(self, template_id: str) -> Template:
        """The template with this id; a refused file's reason when that file declared the id."""
        for template in self.templates:
            if template.id == template_id:
                return template
        for refused in self.refused:
            if refused.template_id == template_id:
                raise DomainError(refused.issue)
        raise DomainError.of("template_unknown", template=template_id)


def scan_templates(folders: Iterable[Path]) -> TemplateScan:
    """Every template in `folders` (each *.toml with its workbook beside it), by id.

    A later folder's template replaces an earlier one with the same id, so a province's real file
    in the user's folder replaces the shipped sample. A file that cannot be loaded is listed with
    its reason; when it declares an id, the earlier template of that id is withdrawn too: a clerk
    whose own template is broken is told so, never given the sample in its place.
    """
    found: dict[str, Template] = {}
    refused: list[RefusedTemplate] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*" + MAPPING_SUFFIX)):
            declared: str | None = None
            try:
                data = read_mapping_data(path)
                declared = data.get("id") if isinstance(data.get("id"), str) else None
                template = _template(data, path)
            except DomainError as exc:
                refused.append(RefusedTemplate(path, exc.issue, declared))
                if declared is not None:
                    found.pop(declared, None)
                continue
            found[template.id] = template
    return TemplateScan(tuple(sorted(found.values(), key=lambda t: t.id)), tuple(refused))


def find_templates(folders: Iterable[Path]) -> list[Template]:
    """The templates `scan_templates` finds, without the refused files."""
    return list(scan_templates(folders).templates)
