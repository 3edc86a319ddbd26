"""Template mappings: which cell of a province's workbook holds which figure or header field.

A template is the province's workbook, stored untouched, plus a mapping: a TOML file beside it
(format documented in docs/templates.md). This module is the mapping's data model and nothing else:
load, save, validate against a workbook, and describe a sheet's cells for an editor. Filling and
reading workbooks live in export.py and read.py.

Cells are addressed by coordinate ("D8") or by a defined name of the workbook ("填报单位"); Excel
forbids names that look like coordinates, so one string field says both.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import MAX_YEAR, MIN_YEAR, PeriodKind

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
@dataclass
class ValueCell:
    """One cell holding a figure of an indicator. `cell` is a coordinate or a defined name."""

    cell: str
    indicator: str
    measure: Measure
    number_format: str | None = None  # default: from the indicator's scale (#,##0 / #,##0.00)


@dataclass
class FieldCell:
    """One header/footer cell. The cell receives prefix + value + suffix, as text."""

    cell: str
    field: HeaderField
    prefix: str = ""
    suffix: str = ""


@dataclass
class Anchor:
    """Fixed text of the province's workbook (title, 表号…) that identifies the template."""

    cell: str
    text: str


@dataclass
class TableColumn:
    column: str  # a column letter, e.g. "D"
    indicator: str
    measure: Measure
    number_format: str | None = None


@dataclass
class RegionTable:
    """Regions as rows, between first_row and last_row; the total row is never written."""

    first_row: int
    last_row: int
    key_column: str
    match: RowMatch = RowMatch.CODE
    name_column: str | None = None  # where ORDER writes the region's name
    total_row: int | None = None  # the 合计 row: formulas of the province, left alone
    columns: list[TableColumn] = field(default_factory=list)

    def cells(self) -> Iterator[str]:
        """Every coordinate the table may write (key, name and value cells of every row)."""
        writable = [self.key_column] if self.match is RowMatch.ORDER else []
        if self.name_column and self.match is RowMatch.ORDER:
            writable.append(self.name_column)
        writable += [c.column for c in self.columns]
        for row in range(self.first_row, self.last_row + 1):
            for column in writable:
                yield f"{column.upper()}{row}"


@dataclass
class SheetMapping:
    name: str
    kind: SheetKind = SheetKind.FORM
    fields: list[FieldCell] = field(default_factory=list)
    values: list[ValueCell] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)
    table: RegionTable | None = None


@dataclass
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
    levels: list[str] = field(default_factory=lambda: ["county"])
    sample: bool = False  # a sample made by Xianbao, until the province's real file replaces it
    na_text: str = "无"  # what a figure marked 无 is written as ("" leaves the cell empty)
    file_name: str = "{region_name}_{form_number}_{period}.xlsx"
    description: str = ""
    sheets: list[SheetMapping] = field(default_factory=list)

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


# --- reading and writing the TOML file -----------------------------------------------------------------
def _required(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise DomainError.of("template_mapping_invalid", where=where, detail=f"missing {key!r}")
    return table[key]


def _enum(kind: type[StrEnum], text: Any, where: str) -> Any:
    try:
        return kind(text)
    except ValueError as exc:
        raise DomainError.of(
            "template_mapping_invalid", where=where, detail=f"unknown value {text!r}"
        ) from exc


def mapping_from_dict(data: dict[str, Any], where: str = "") -> TemplateMapping:
    """The model of a parsed mapping file; DomainError("template_mapping_invalid") if malformed."""
    try:
        if data.get("format", FORMAT_VERSION) != FORMAT_VERSION:
            raise DomainError.of(
                "template_mapping_invalid", where=where, detail=f"format {data.get('format')}"
            )
        years = _required(data, "years", where)
        period_name = _required(data, "period_kind", where)
        if period_name not in PERIOD_KIND_NAMES:
            raise DomainError.of(
                "template_mapping_invalid", where=where, detail=f"period_kind {period_name!r}"
            )
        mapping = TemplateMapping(
            id=str(_required(data, "id", where)),
            title=str(_required(data, "title", where)),
            form_number=str(_required(data, "form_number", where)),
            workbook=str(_required(data, "workbook", where)),
            period_kind=PERIOD_KIND_NAMES[period_name],
            first_year=int(years[0]),
            last_year=int(years[1]),
            province=str(data.get("province", "")),
            authority=str(data.get("authority", "")),
            approval=str(data.get("approval", "")),
            levels=[str(x) for x in data.get("levels", ["county"])],
            sample=bool(data.get("sample", False)),
            na_text=str(data.get("na_text", "无")),
            file_name=str(data.get("file_name", TemplateMapping.file_name)),
            description=str(data.get("description", "")),
        )
        for raw in data.get("sheet", []):
            mapping.sheets.append(_sheet_from_dict(raw, where))
    except (TypeError, ValueError, IndexError) as exc:
        raise DomainError.of("template_mapping_invalid", where=where, detail=str(exc)) from exc
    return mapping


def _sheet_from_dict(raw: dict[str, Any], where: str) -> SheetMapping:
    name = str(_required(raw, "name", where))
    here = f"{where} [{name}]"
    sheet = SheetMapping(name=name, kind=_enum(SheetKind, raw.get("kind", "form"), here))
    for f in raw.get("fields", []):
        sheet.fields.append(
            FieldCell(
                cell=str(_required(f, "cell", here)),
                field=_enum(HeaderField, _required(f, "field", here), here),
                prefix=str(f.get("prefix", "")),
                suffix=str(f.get("suffix", "")),
            )
        )
    for v in raw.get("values", []):
        sheet.values.append(
            ValueCell(
                cell=str(_required(v, "cell", here)),
                indicator=str(_required(v, "indicator", here)),
                measure=_enum(Measure, _required(v, "measure", here), here),
                number_format=v.get("number_format"),
            )
        )
    for a in raw.get("anchors", []):
        sheet.anchors.append(
            Anchor(cell=str(_required(a, "cell", here)), text=str(_required(a, "text", here)))
        )
    if "table" in raw:
        t = raw["table"]
        sheet.table = RegionTable(
            first_row=int(_required(t, "first_row", here)),
            last_row=int(_required(t, "last_row", here)),
            key_column=str(_required(t, "key_column", here)).upper(),
            match=_enum(RowMatch, t.get("match", "code"), here),
            name_column=str(t["name_column"]).upper() if t.get("name_column") else None,
            total_row=int(t["total_row"]) if t.get("total_row") else None,
            columns=[
                TableColumn(
                    column=str(_required(c, "column", here)).upper(),
                    indicator=str(_required(c, "indicator", here)),
                    measure=_enum(Measure, _required(c, "measure", here), here),
                    number_format=c.get("number_format"),
                )
                for c in t.get("columns", [])
            ],
        )
    return sheet


def load_mapping(path: Path) -> TemplateMapping:
    """Read a mapping file (TOML). DomainError("template_mapping_invalid") if it is malformed."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DomainError.of("template_mapping_invalid", where=path.name, detail=str(exc)) from exc
    return mapping_from_dict(data, path.name)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        # JSON string escapes are valid TOML basic-string escapes; keep Chinese readable.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to a mapping file")


def _inline(items: Iterable[tuple[str, Any]]) -> str:
    parts = [f"{k} = {_toml(v)}" for k, v in items if v is not None and v != ""]
    return "{ " + ", ".join(parts) + " }"


def dumps_mapping(mapping: TemplateMapping) -> str:
    """The mapping as TOML text, in a stable order (what save_mapping writes)."""
    lines = [
        "# Xianbao template mapping: which cells of the workbook hold which figures.",
        "# Format: docs/templates.md. The workbook itself is never changed.",
        f"format = {FORMAT_VERSION}",
        f"id = {_toml(mapping.id)}",
        f"title = {_toml(mapping.title)}",
        f"form_number = {_toml(mapping.form_number)}",
        f"authority = {_toml(mapping.authority)}",
        f"approval = {_toml(mapping.approval)}",
        f"province = {_toml(mapping.province)}",
        f"workbook = {_toml(mapping.workbook)}",
        f"period_kind = {_toml(_PERIOD_KIND_TEXT[mapping.period_kind])}",
        f"years = {_toml([mapping.first_year, mapping.last_year])}",
        f"levels = {_toml(mapping.levels)}",
        f"sample = {_toml(mapping.sample)}",
        f"na_text = {_toml(mapping.na_text)}",
        f"file_name = {_toml(mapping.file_name)}",
        f"description = {_toml(mapping.description)}",
    ]
    for sheet in mapping.sheets:
        lines += ["", "[[sheet]]", f"name = {_toml(sheet.name)}", f"kind = {_toml(sheet.kind)}"]
        if sheet.anchors:
            lines.append("anchors = [")
            lines += [f"  {_inline([('cell', a.cell), ('text', a.text)])}," for a in sheet.anchors]
            lines.append("]")
        if sheet.fields:
            lines.append("fields = [")
            lines += [
                "  "
                + _inline(
                    [
                        ("cell", f.cell),
                        ("field", str(f.field)),
                        ("prefix", f.prefix),
                        ("suffix", f.suffix),
                    ]
                )
                + ","
                for f in sheet.fields
            ]
            lines.append("]")
        if sheet.values:
            lines.append("values = [")
            lines += [
                "  "
                + _inline(
                    [
                        ("cell", v.cell),
                        ("indicator", v.indicator),
                        ("measure", str(v.measure)),
                        ("number_format", v.number_format),
                    ]
                )
                + ","
                for v in sheet.values
            ]
            lines.append("]")
        if sheet.table is not None:
            t = sheet.table
            lines += [
                "",
                "[sheet.table]",
                f"first_row = {t.first_row}",
                f"last_row = {t.last_row}",
                f"key_column = {_toml(t.key_column)}",
                f"match = {_toml(str(t.match))}",
            ]
            if t.name_column:
                lines.append(f"name_column = {_toml(t.name_column)}")
            if t.total_row is not None:
                lines.append(f"total_row = {t.total_row}")
            lines.append("columns = [")
            lines += [
                "  "
                + _inline(
                    [
                        ("column", c.column),
                        ("indicator", c.indicator),
                        ("measure", str(c.measure)),
                        ("number_format", c.number_format),
                    ]
                )
                + ","
                for c in t.columns
            ]
            lines.append("]")
    return "\n".join(lines) + "\n"


def save_mapping(mapping: TemplateMapping, path: Path) -> None:
    """Write the mapping as TOML (atomically: a half-written mapping never replaces a good one)."""
    text = dumps_mapping(mapping)
    mapping_from_dict(tomllib.loads(text), path.name)  # what we write must read back
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


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
    """A template from its mapping file; the workbook must sit beside it."""
    template = Template(load_mapping(mapping_path), mapping_path)
    if not template.workbook_path.is_file():
        raise DomainError.of(
            "template_workbook_missing", template=template.id, file=template.mapping.workbook
        )
    return template


def find_templates(folders: Iterable[Path]) -> list[Template]:
    """Every template in `folders` (each *.toml with its workbook beside it), by id.

    A later folder's template replaces an earlier one with the same id, so a province's real file
    in the user's folder replaces the shipped sample. Malformed mappings are skipped here; the
    editor reports them when opened.
    """
    found: dict[str, Template] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*" + MAPPING_SUFFIX)):
            try:
                template = load_template(path)
            except DomainError:
                continue
            found[template.id] = template
    return sorted(found.values(), key=lambda t: t.id)
