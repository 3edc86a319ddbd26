"""Fill a province's workbook: only the mapped cells are written, everything else stays as it was.

Numbers are written as numbers with an explicit number format (the indicator's scale, or the
mapping's own format); text is written as text, even when it starts with "=", "+", "-" or "@"
(openpyxl would otherwise store a formula); codes are text so leading zeros survive. A figure
marked 无 is written as the mapping's `na_text` (default the text 无); a missing figure leaves the
cell empty; an undefined growth rate (base zero or missing) is written as "—".
"""

from __future__ import annotations

import gc
import hashlib
import io
import pickle
import sys
import threading
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.utils.cell import column_index_from_string
from openpyxl.workbook.workbook import Workbook

from desktop_app.domain.figures import DASH, Figures
from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import DomainError, Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.values import NotApplicable
from desktop_app.exporting.excel.mapping import (
    MAPPING_SUFFIX,
    HeaderField,
    Measure,
    RowMatch,
    SheetMapping,
    Template,
    TemplateMapping,
    require_valid,
    resolve,
)
from desktop_app.exporting.excel.names import build_file_name, file_name_fields
from desktop_app.files import file_write_error, write_file_atomically

PERCENT_FORMAT = "0.0"


@dataclass(frozen=True)
class FigureRow:
    """One indicator's figures for a region and period, as a return shows them."""

    indicator: Indicator
    figures: Figures
    target: Decimal | None = None
    progress: Decimal | None = None


@dataclass(frozen=True)
class RegionData:
    code: str
    name: str
    level: str
    rows: Mapping[str, FigureRow]


@dataclass(frozen=True)
class ExportData:
    """Everything one filled workbook shows: the region, its period, people, and the table rows."""

    region: RegionData
    period: Period
    signatories: Signatories = field(default_factory=Signatories)
    report_date: date | None = None
    children: Sequence[RegionData] = ()  # the rows of region tables, in code order


def number_format(indicator: Indicator, measure: Measure) -> str:
    if measure.is_percent:
        return PERCENT_FORMAT
    if indicator.scale == 0:
        return "#,##0"
    return "#,##0." + "0" * indicator.scale


def measure_value(row: FigureRow, measure: Measure) -> Decimal | NotApplicable | None:
    f = row.figures
    values: dict[Measure, Decimal | NotApplicable | None] = {
        Measure.CURRENT: f.current,
        Measure.CUMULATIVE: f.cumulative,
        Measure.LAST_YEAR: f.last_year,
        Measure.LAST_YEAR_CUMULATIVE: f.last_year_cumulative,
        Measure.PREVIOUS: f.previous,
        Measure.YOY: f.yoy,
        Measure.YOY_CUMULATIVE: f.yoy_cumulative,
        Measure.MOM: f.mom,
        Measure.TARGET: row.target,
        Measure.PROGRESS: row.progress,
    }
    return values[measure]


def write_text(cell: Cell, text: str | None) -> None:
    """Text stays text: "=1+1" is written as the characters, not as a formula. Control
    characters a workbook cannot hold (a bell pasted into the bureau's name, say) are left out,
    so the clerk's text never stops an export; tab and line breaks stay."""
    if text is not None:
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if text is None or text == "":
        cell.value = None
        return
    cell.value = text
    cell.data_type = "s"


def write_figure(
    cell: Cell,
    value: Decimal | NotApplicable | None,
    indicator: Indicator,
    measure: Measure,
    fmt: str | None,
    na_text: str,
) -> None:
    if isinstance(value, NotApplicable):
        write_text(cell, na_text)
        return
    if value is None:
        write_text(cell, DASH if measure.is_percent else None)
        return
    scale = 1 if measure.is_percent else indicator.scale
    rounded = value.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = abs(rounded)
    cell.value = int(rounded) if scale == 0 else rounded
    cell.number_format = fmt or number_format(indicator, measure)


def field_text(field_: HeaderField, data: ExportData) -> str:
    s = data.signatories
    when = data.report_date or s.report_date or date.today()
    texts = {
        HeaderField.BUREAU: s.bureau_name,
        HeaderField.REGION_NAME: data.region.name,
        HeaderField.REGION_CODE: data.region.code,
        HeaderField.PERIOD: data.period.label_zh,
        HeaderField.PERIOD_YTD: data.period.ytd_label_zh,
        HeaderField.YEAR: str(data.period.year),
        HeaderField.UNIT_HEAD: s.unit_head,
        HeaderField.STATISTICS_HEAD: s.statistics_head,
        HeaderField.PREPARER: s.preparer,
        HeaderField.PHONE: s.phone,
        HeaderField.REPORT_DATE: f"{when.year}年{when.month}月{when.day}日",
    }
    return texts[field_]


def check_fits(mapping: TemplateMapping, data: ExportData) -> None:
    """Refuse a period, province or region level the template is not made for."""
    region = data.region
    issue = template_misfit(mapping, region.code, region.name, region.level, data.period)
    if issue is not None:
        raise DomainError(issue)


def template_misfit(
    mapping: TemplateMapping, region_code: str, region_name: str, level: str, period: Period
) -> Issue | None:
    """Why a region's return for `period` is not made with this template, or None when it is.

    The one rule: export refuses with this issue, and the Reports menu offers exactly the
    templates for which it is None (services/excel_returns.ExcelReturns.fitting_templates).
    """
    if period.kind is not mapping.period_kind or not mapping.covers_year(period.year):
        return Issue(
            "template_wrong_period",
            Severity.ERROR,
            {
                "template": mapping.id,
                "period": period.code,
                "first": mapping.first_year,
                "last": mapping.last_year,
            },
        )
    misfit = region_misfit(mapping, region_code, level)
    if misfit == "province":
        return Issue(
            "template_wrong_province",
            Severity.ERROR,
            {"template": mapping.id, "region": region_name, "code": region_code},
        )
    if misfit == "level":
        return Issue(
            "template_wrong_level",
            Severity.ERROR,
            {"template": mapping.id, "region": region_name},
        )
    return None


def region_misfit(mapping: TemplateMapping, code: str, level: str) -> str | None:
    """Why a region's return is not made with this template: "province", "level", or None.

    Export and import ask the same question, so a file can only be read back where it could
    have been written.
    """
    if mapping.province and not code.startswith(mapping.province):
        return "province"
    if mapping.levels and level not in mapping.levels:
        return "level"
    return None


# The templates' workbooks as openpyxl loaded them, by the SHA-256 of the file's bytes, as
# pickled bytes: immutable, shared by every export (and thread) and never written anywhere. Each
# export reads the file (~0.2 ms with its hash) and unpickles its own workbook: ~10 ms for the
# county return, against ~100 ms for load_workbook, most of which is openpyxl making a cell with
# borders for every merged cell. A file changed on disk has another hash and is loaded again,
# however quickly it was saved again; the oldest entries are dropped.
_PRISTINE_LIMIT = 8
_pristine: OrderedDict[str, bytes] = OrderedDict()
# The mappings already validated against a pristine workbook, with the indicator codes they
# were checked against: validation reads only the template, so it is not repeated per export.
_VALID_LIMIT = 64
_valid: OrderedDict[tuple[object, ...], None] = OrderedDict()
_cache_lock = threading.Lock()


def _unreadable(template: Template) -> DomainError:
    return DomainError.of(
        "template_workbook_unreadable",
        template=template.id,
        workbook=template.mapping.workbook,
    )


def open_template_workbook(template: Template) -> Workbook:
    """A workbook of the template's own, to fill (see _pristine)."""
    return _template_workbook(template)[0]


def _template_workbook(template: Template) -> tuple[Workbook, str | None]:
    """The workbook and the hash of the bytes it was read from (None: not kept)."""
    try:
        data = template.workbook_path.read_bytes()
    except OSError as exc:
        raise _unreadable(template) from exc
    key = hashlib.sha256(data).hexdigest()
    with _cache_lock:
        blob = _pristine.get(key)
        if blob is not None:
            _pristine.move_to_end(key)
    if blob is not None:
        workbook: Workbook = pickle.loads(blob)  # our own bytes, made below from the template
        return workbook, key
    try:
        workbook = load_workbook(io.BytesIO(data))
    except Exception as exc:  # openpyxl raises anything from BadZipFile to lxml errors
        raise _unreadable(template) from exc
    try:
        blob = pickle.dumps(workbook, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # something openpyxl cannot pickle: this template is loaded every time
        return workbook, None
    with _cache_lock:
        _pristine[key] = blob
        while len(_pristine) > _PRISTINE_LIMIT:
            _pristine.popitem(last=False)
    return workbook, key


def _require_valid_once(
    mapping: TemplateMapping,
    workbook: Workbook,
    workbook_key: str | None,
    indicator_codes: Collection[str] | None,
) -> None:
    """require_valid, skipped when this mapping was found valid for these very workbook bytes
    and these indicator codes already (a mapping is immutable)."""
    codes = None if indicator_codes is None else frozenset(indicator_codes)
    key: tuple[object, ...] | None = None
    if workbook_key is not None:
        try:
            key = (workbook_key, mapping, codes)
            hash(key)
        except TypeError:
            key = None
    if key is not None:
        with _cache_lock:
            if key in _valid:
                _valid.move_to_end(key)
                return
    require_valid(mapping, workbook, indicator_codes)
    if key is not None:
        with _cache_lock:
            _valid[key] = None
            while len(_valid) > _VALID_LIMIT:
                _valid.popitem(last=False)


def fill_workbook(
    template: Template,
    data: ExportData,
    indicator_codes: Collection[str] | None = None,
) -> Workbook:
    """The template's workbook with the mapped cells filled; refuses a mismatched template."""
    mapping = template.mapping
    check_fits(mapping, data)
    wb, workbook_key = _template_workbook(template)
    _require_valid_once(mapping, wb, workbook_key, indicator_codes)
    for sheet in mapping.sheets:
        _fill_sheet(wb, mapping, sheet, data)
    return wb


def _fill_sheet(
    wb: Workbook, mapping: TemplateMapping, sheet: SheetMapping, data: ExportData
) -> None:
    for f in sheet.fields:
        target, coordinate = resolve(wb, sheet.name, f.cell)
        write_text(wb[target][coordinate], f.prefix + field_text(f.field, data) + f.suffix)
    for v in sheet.values:
        row = data.region.rows.get(v.indicator)
        if row is None:
            continue
        target, coordinate = resolve(wb, sheet.name, v.cell)
        write_figure(
            wb[target][coordinate],
            measure_value(row, v.measure),
            row.indicator,
            v.measure,
            v.number_format,
            mapping.na_text,
        )
    table = sheet.table
    if table is None:
        return
    ws = wb[sheet.name]
    regions = list(data.children)
    rows: dict[int, RegionData] = {}
    if table.match is RowMatch.ORDER:
        capacity = table.last_row - table.first_row + 1
        if len(regions) > capacity:
            raise DomainError.of(
                "template_table_full", sheet=sheet.name, rows=capacity, regions=len(regions)
            )
        for offset, region in enumerate(regions):
            row_no = table.first_row + offset
            rows[row_no] = region
            write_text(ws[f"{table.key_column}{row_no}"], region.code)
            if table.name_column:
                write_text(ws[f"{table.name_column}{row_no}"], region.name)
    else:
        key_col = column_index_from_string(table.key_column)
        by_key = {
            _key_text(ws.cell(row=r, column=key_col).value): r
            for r in range(table.first_row, table.last_row + 1)
        }
        for region in regions:
            key = region.code if table.match is RowMatch.CODE else region.name
            if key not in by_key:
                raise DomainError.of(
                    "template_region_missing", sheet=sheet.name, region=region.name, code=key
                )
            rows[by_key[key]] = region
    for row_no, region in rows.items():
        for column in table.columns:
            fig = region.rows.get(column.indicator)
            if fig is None:
                continue
            write_figure(
                ws[f"{column.column}{row_no}"],
                measure_value(fig, column.measure),
                fig.indicator,
                column.measure,
                column.number_format,
                mapping.na_text,
            )


def _key_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def file_name(mapping: TemplateMapping, data: ExportData) -> str:
    """The exported file's name: the mapping's `file_name` fields filled in, made a safe name.

    See names.py: only the documented fields, never str.format; no folder, device or hidden name.
    """
    values = file_name_fields(
        region_name=data.region.name,
        region_code=data.region.code,
        form_number=mapping.form_number,
        title=mapping.title,
        period=data.period,
    )
    return build_file_name(mapping.file_name, values, mapping.id, mapping.id + MAPPING_SUFFIX)


def export_workbook(
    template: Template,
    data: ExportData,
    destination: Path,
    indicator_codes: Collection[str] | None = None,
) -> Path:
    """Fill and save. `destination` is a folder (the file is named by file_name) or a .xlsx path.

    The file is written whole or not at all (files.write_file_atomically): a full disk or a
    folder without write permission leaves no partial file and an existing file untouched.
    """
    wb = fill_workbook(template, data, indicator_codes)
    path = destination / file_name(template.mapping, data) if destination.is_dir() else destination
    write_file_atomically(path, workbook_bytes(wb, path))
    return path


def workbook_bytes(wb: Workbook, path: Path) -> bytes:
    """The saved workbook's bytes, made in memory; `path` names the file in a refusal.

    openpyxl still writes each sheet through a temporary file of the system's temp folder; when
    that disk is full, its abandoned writers fail once more when collected and print "Exception
    ignored in: ... get_stream" on stderr. They are collected here, quietly, so that the clerk
    reads the one sentence of the refusal."""
    buffer = io.BytesIO()
    try:
        wb.save(buffer)
        return buffer.getvalue()
    except OSError as exc:
        refusal = file_write_error(path, exc)
        exc.__traceback__ = None  # it holds the writers' frames
    previous = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = previous
    raise refusal
