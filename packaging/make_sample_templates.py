"""Make the sample province templates in resources/templates/ (workbook + mapping).

The shipped workbooks stand in for the provinces' own files until a bureau receives the real ones;
they are marked as samples in their file names (样表) and in their mappings (`sample = true`), and
their 表号 and 批准文号 are invented. They are laid out as Chinese statistical returns are: title
merged across, the 表号 block top right, 填报单位/报告期 line, two header rows with merged cells, the
甲 乙 丙 1 2 3 row, the footer (单位负责人, 统计负责人, 填表人, 联系电话, 报出日期) and 说明 notes, with number
formats, borders, column widths, A4 print settings, data validations and defined names.

    .venv/bin/python packaging/make_sample_templates.py [--out resources/templates]

The workbooks and mappings are built from the same specification, so they always agree; the app
treats the committed .xlsx files as the provinces' files and never changes them.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.domain.periods import PeriodKind  # noqa: E402
from desktop_app.exporting.excel.mapping import (  # noqa: E402
    Anchor,
    FieldCell,
    HeaderField,
    Measure,
    RegionTable,
    RowMatch,
    SheetKind,
    SheetMapping,
    TableColumn,
    TemplateMapping,
    ValueCell,
    save_mapping,
)

FONT = "宋体"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=False)
RIGHT = Alignment(horizontal="right", vertical="center")
FIXED_TIME = datetime(2025, 1, 1, 8, 0, 0)
SAMPLE_NOTE = "样表：Xianbao 自带的示例模板，表号和批准文号为虚构，待省厅正式表样替换。"
DASH = "—"


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    unit: str
    scale: int
    temporal: str
    parent: str | None


def catalogue() -> dict[str, Indicator]:
    data = tomllib.loads((ROOT / "resources/catalogue/indicators.toml").read_text("utf-8"))
    return {
        i["code"]: Indicator(
            i["code"], i["name_zh"], i["unit"], i.get("scale", 0), i["temporal"], i.get("parent")
        )
        for i in data["indicator"]
    }


def number_format(scale: int) -> str:
    return "#,##0" if scale == 0 else "#,##0." + "0" * scale


PERCENT_FORMAT = "0.0"


@dataclass(frozen=True)
class Column:
    """A figure column of a form: its two header rows and what it shows."""

    top: str  # first header row (merged over neighbours with the same text)
    sub: str  # second header row ("" merges the column's two header rows)
    measure: Measure
    stock: bool = True  # stocks have a figure here (otherwise "—" is printed)


def font(size: float = 10.5, bold: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold)


def style_range(ws: Worksheet, ref: str, **kwargs: object) -> None:
    if ":" not in ref:
        ref = f"{ref}:{ref}"
    for row in ws[ref]:
        for cell in row:
            for key, value in kwargs.items():
                setattr(cell, key, value)


def merge(ws: Worksheet, ref: str, value: str, **style: object) -> None:
    first = ref.split(":")[0]
    ws[first] = value
    style_range(ws, ref, **style)
    if ":" in ref:
        ws.merge_cells(ref)


def header_block(
    ws: Worksheet, last_col: int, title: str, lines: Sequence[str], block_cols: int = 3
) -> None:
    """Title merged across, the 表号 block top right (rows 2-5)."""
    end = get_column_letter(last_col)
    merge(ws, f"A1:{end}1", title, font=font(18, True), alignment=CENTRE)
    ws.row_dimensions[1].height = 36
    start = get_column_letter(last_col - block_cols + 1)
    for i, line in enumerate(lines, start=2):
        merge(ws, f"{start}{i}:{end}{i}", line, font=font(9), alignment=LEFT)


def apply_print(
    ws: Worksheet, last_row: int, last_col: int, title_rows: str, landscape: bool
) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"
    ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"


def label_row(ws: Worksheet, row: int, labels: Sequence[str]) -> None:
    for col, label in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=col, value=label)
        cell.font, cell.alignment, cell.border = font(9), CENTRE, BOX


def two_header_rows(
    ws: Worksheet, row: int, first: Sequence[str], columns: Sequence[Column], start_col: int
) -> None:
    """Two header rows: the fixed columns merged vertically, figure columns grouped by `top`."""
    for col, text in enumerate(first, start=1):
        merge(
            ws,
            f"{get_column_letter(col)}{row}:{get_column_letter(col)}{row + 1}",
            text,
            font=font(10, True),
            alignment=CENTRE,
            border=BOX,
        )
    col = start_col
    while col < start_col + len(columns):
        spec = columns[col - start_col]
        letter = get_column_letter(col)
        if not spec.sub:
            merge(
                ws,
                f"{letter}{row}:{letter}{row + 1}",
                spec.top,
                font=font(10, True),
                alignment=CENTRE,
                border=BOX,
            )
            col += 1
            continue
        width = 1
        while (
            col - start_col + width < len(columns)
            and columns[col - start_col + width].top == spec.top
        ):
            width += 1
        end = get_column_letter(col + width - 1)
        merge(
            ws,
            f"{letter}{row}:{end}{row}",
            spec.top,
            font=font(10, True),
            alignment=CENTRE,
            border=BOX,
        )
        for k in range(width):
            c = ws.cell(row=row + 1, column=col + k, value=columns[col - start_col + k].sub)
            c.font, c.alignment, c.border = font(10, True), CENTRE, BOX
        col += width
    ws.row_dimensions[row].height = 24
    ws.row_dimensions[row + 1].height = 40


def footer(
    ws: Worksheet, row: int, cells: Sequence[tuple[str, HeaderField, str]]
) -> list[FieldCell]:
    fields = []
    for ref, field_, prefix in cells:
        first = ref.split(":")[0]
        merge(ws, ref, prefix, font=font(10), alignment=LEFT)
        fields.append(FieldCell(first, field_, prefix=prefix))
    ws.row_dimensions[row].height = 24
    return fields


def notes(ws: Worksheet, row: int, last_col: int, lines: Sequence[str]) -> int:
    end = get_column_letter(last_col)
    for i, line in enumerate(lines):
        merge(ws, f"A{row + i}:{end}{row + i}", line, font=font(9), alignment=LEFT)
    return row + len(lines) - 1


# --- a single-region form -------------------------------------------------------------------------------
@dataclass(frozen=True)
class FormSpec:
    stem: str
    id: str
    title: str
    form_number: str
    authority: str
    approval: str
    valid_to: str
    province: str
    period_kind: PeriodKind
    years: tuple[int, int]
    sheet: str
    rows: Sequence[str]  # indicator codes, or "#标题" for a group heading
    columns: Sequence[Column]
    notes: Sequence[str]
    levels: Sequence[str] = ("county", "prefecture")
    name_first: bool = True  # 指标名称 | 代码 | 计量单位 (else 代码 | 指标名称 | 计量单位)


def form_sheet(
    ws: Worksheet, spec: FormSpec, inds: dict[str, Indicator]
) -> tuple[SheetMapping, int, int]:
    """Lay out one form sheet; returns its mapping, last row and last column."""
    last_col = 3 + len(spec.columns)
    end = get_column_letter(last_col)
    header_block(
        ws,
        last_col,
        spec.title,
        [
            f"表    号：{spec.form_number}",
            f"制定机关：{spec.authority}",
            f"批准文号：{spec.approval}",
            f"有效期至：{spec.valid_to}",
        ],
    )
    # Mappings are frozen: the sheet's cells are gathered here and the mapping made at the end.
    anchors = [
        Anchor("A1", spec.title),
        Anchor(f"{get_column_letter(last_col - 2)}2", f"表    号：{spec.form_number}"),
    ]
    fields: list[FieldCell] = []
    values: list[ValueCell] = []
    # Row 6: 填报单位 (defined name), 报告期 (defined name), 行政区划代码, 计量单位 (per row).
    mid = get_column_letter(4)
    merge(ws, "A6:C6", "填报单位（盖章）：", font=font(10), alignment=LEFT)
    merge(ws, f"{mid}6:{get_column_letter(5)}6", "报告期：", font=font(10), alignment=LEFT)
    code_ref = f"{get_column_letter(max(6, last_col - 2))}6:{end}6"
    merge(ws, code_ref, "行政区划代码：", font=font(10), alignment=LEFT)
    ws.row_dimensions[6].height = 22
    wb = ws.parent
    wb.defined_names["填报单位"] = DefinedName("填报单位", attr_text=f"'{ws.title}'!$A$6")
    wb.defined_names["报告期"] = DefinedName("报告期", attr_text=f"'{ws.title}'!$D$6")
    fields += [
        FieldCell("填报单位", HeaderField.BUREAU, prefix="填报单位（盖章）："),
        FieldCell("报告期", HeaderField.PERIOD, prefix="报告期："),
        FieldCell(code_ref.split(":")[0], HeaderField.REGION_CODE, prefix="行政区划代码："),
    ]
    first = (
        ["指标名称", "代码", "计量单位"] if spec.name_first else ["代码", "指标名称", "计量单位"]
    )
    two_header_rows(ws, 7, first, spec.columns, 4)
    label_row(ws, 9, ["甲", "乙", "丙", *[str(i) for i in range(1, len(spec.columns) + 1)]])
    name_col, code_col = (1, 2) if spec.name_first else (2, 1)
    row = 10
    number = 0
    count_cells: list[str] = []
    decimal_cells: list[str] = []
    for item in spec.rows:
        if item.startswith("#"):
            merge(
                ws, f"A{row}:{end}{row}", item[1:], font=font(10, True), alignment=LEFT, border=BOX
            )
            row += 1
            continue
        ind = inds[item]
        number += 1
        indent = "    " if ind.parent else ""
        name = ws.cell(row=row, column=name_col, value=indent + ind.name)
        code = ws.cell(row=row, column=code_col, value=f"{number:02d}")
        unit = ws.cell(row=row, column=3, value=ind.unit)
        name.alignment = LEFT
        code.alignment = unit.alignment = CENTRE
        for c in (name, code, unit):
            c.font, c.border = font(10), BOX
        for k, column in enumerate(spec.columns):
            cell = ws.cell(row=row, column=4 + k)
            cell.border, cell.font = BOX, font(10)
            is_stock = ind.temporal == "stock"
            if is_stock and not column.stock:
                cell.value, cell.alignment = DASH, CENTRE
                continue
            is_ratio = ind.unit == "%"
            if is_ratio and column.measure.is_percent:
                cell.value, cell.alignment = DASH, CENTRE  # a ratio's growth is in points
                continue
            cell.alignment = RIGHT
            cell.number_format = (
                PERCENT_FORMAT if column.measure.is_percent else number_format(ind.scale)
            )
            values.append(ValueCell(cell.coordinate, ind.code, column.measure))
            if not column.measure.is_percent:
                (count_cells if ind.scale == 0 else decimal_cells).append(cell.coordinate)
        ws.row_dimensions[row].height = 20
        row += 1
    last_data = row - 1
    # Footer: 单位负责人 统计负责人 填表人 on one line, 联系电话 报出日期 on the next.
    row += 1
    lines = [
        [
            (HeaderField.UNIT_HEAD, "单位负责人："),
            (HeaderField.STATISTICS_HEAD, "统计负责人："),
            (HeaderField.PREPARER, "填表人："),
        ],
        [(HeaderField.PHONE, "联系电话："), (HeaderField.REPORT_DATE, "报出日期：")],
    ]
    for line_no, slots in enumerate(lines):
        cells: list[tuple[str, HeaderField, str]] = []
        bounds = [1 + (last_col * i) // len(slots) for i in range(len(slots) + 1)]
        for i, (field_, label) in enumerate(slots):
            start, stop = bounds[i], bounds[i + 1] - 1
            ref = f"{get_column_letter(start)}{row + line_no}"
            if stop > start:
                ref += f":{get_column_letter(stop)}{row + line_no}"
            cells.append((ref, field_, label))
        fields += footer(ws, row + line_no, cells)
    row += 1
    last = notes(ws, row + 2, last_col, ["说明：", *spec.notes, SAMPLE_NOTE])
    # Validations: non-negative whole numbers for counts, non-negative decimals for amounts.
    whole = DataValidation(
        type="whole",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="数据错误",
        error="请填写非负整数。",
    )
    decimal = DataValidation(
        type="decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="数据错误",
        error="请填写非负数，最多两位小数。",
    )
    for dv, refs in ((whole, count_cells), (decimal, decimal_cells)):
        if refs:
            for ref in refs:
                dv.add(ref)
            ws.add_data_validation(dv)
    widths = {1: 34, 2: 7, 3: 8} if spec.name_first else {1: 7, 2: 34, 3: 8}
    for col_no, w in widths.items():
        ws.column_dimensions[get_column_letter(col_no)].width = w
    for k in range(len(spec.columns)):
        ws.column_dimensions[get_column_letter(4 + k)].width = 13
    ws.freeze_panes = "D10"
    apply_print(ws, last, last_col, "7:9", landscape=len(spec.columns) > 4)
    _ = last_data
    mapping = SheetMapping(spec.sheet, SheetKind.FORM, tuple(fields), tuple(values), tuple(anchors))
    return mapping, last, last_col


def make_form(
    spec: FormSpec, inds: dict[str, Indicator], wb: Workbook | None = None
) -> tuple[Workbook, TemplateMapping]:
    wb = wb or Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = spec.sheet
    sheet, _, _ = form_sheet(ws, spec, inds)
    mapping = TemplateMapping(
        id=spec.id,
        title=spec.title,
        form_number=spec.form_number,
        workbook=f"{spec.stem}.xlsx",
        period_kind=spec.period_kind,
        first_year=spec.years[0],
        last_year=spec.years[1],
        province=spec.province,
        authority=spec.authority,
        approval=spec.approval,
        levels=tuple(spec.levels),
        sample=True,
        description=SAMPLE_NOTE,
        sheets=(sheet,),
    )
    return wb, mapping


# --- a region table -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TableSpec:
    sheet: str
    title: str
    form_number: str
    authority: str
    approval: str
    valid_to: str
    region_header: str  # e.g. 县（市、区）
    code_header: str  # e.g. 区划代码
    columns: Sequence[tuple[str, str, str, Measure]]  # top, sub, indicator, measure
    rows: int
    notes: Sequence[str]
    ratios: dict[str, tuple[str, str]]  # ratio indicator → (numerator, denominator) in the table


def table_sheet(ws: Worksheet, spec: TableSpec, inds: dict[str, Indicator]) -> SheetMapping:
    last_col = 2 + len(spec.columns)
    end = get_column_letter(last_col)
    header_block(
        ws,
        last_col,
        spec.title,
        [
            f"表    号：{spec.form_number}",
            f"制定机关：{spec.authority}",
            f"批准文号：{spec.approval}",
            f"有效期至：{spec.valid_to}",
        ],
        block_cols=4,
    )
    anchors = [
        Anchor("A1", spec.title),
        Anchor(f"{get_column_letter(last_col - 3)}2", f"表    号：{spec.form_number}"),
    ]
    merge(ws, "A6:C6", "填报单位（盖章）：", font=font(10), alignment=LEFT)
    merge(ws, "D6:F6", "报告期：", font=font(10), alignment=LEFT)
    fields = [
        FieldCell("A6", HeaderField.BUREAU, prefix="填报单位（盖章）："),
        FieldCell("D6", HeaderField.PERIOD, prefix="报告期："),
    ]
    cols = [Column(top, sub, measure) for top, sub, _code, measure in spec.columns]
    two_header_rows(ws, 7, [spec.region_header, spec.code_header], cols, 3)
    label_row(ws, 9, ["甲", "乙", *[str(i) for i in range(1, len(spec.columns) + 1)]])
    first, last = 10, 10 + spec.rows - 1
    columns: list[TableColumn] = []
    position: dict[str, str] = {}
    for k, (_top, _sub, code, measure) in enumerate(spec.columns):
        letter = get_column_letter(3 + k)
        columns.append(TableColumn(letter, code, measure))
        if measure in (Measure.CURRENT, Measure.CUMULATIVE):
            position.setdefault(code, letter)
    for row in range(first, last + 1):
        for col in range(1, last_col + 1):
            cell = ws.cell(row=row, column=col)
            cell.border, cell.font = BOX, font(10)
            if col == 1:
                cell.alignment = LEFT
            elif col == 2:
                cell.alignment, cell.number_format = CENTRE, "@"
            else:
                _t, _s, code, measure = spec.columns[col - 3]
                cell.alignment = RIGHT
                cell.number_format = (
                    PERCENT_FORMAT
                    if measure.is_percent or inds[code].unit == "%"
                    else number_format(inds[code].scale)
                )
        ws.row_dimensions[row].height = 18
    total = last + 1
    ws.cell(row=total, column=1, value="合计").font = font(10, True)
    ws.cell(row=total, column=1).alignment = CENTRE
    ws.cell(row=total, column=2, value=DASH).alignment = CENTRE
    for k, (_top, _sub, code, _measure) in enumerate(spec.columns):
        letter = get_column_letter(3 + k)
        cell = ws[f"{letter}{total}"]
        if code in spec.ratios:
            num, den = (position[c] for c in spec.ratios[code])
            cell.value = f'=IF({den}{total}=0,"",ROUND({num}{total}/{den}{total}*100,1))'
            cell.number_format = PERCENT_FORMAT
        else:
            cell.value = f"=SUM({letter}{first}:{letter}{last})"
            cell.number_format = number_format(inds[code].scale)
        cell.alignment, cell.font = RIGHT, font(10, True)
    for col in range(1, last_col + 1):
        ws.cell(row=total, column=col).border = BOX
    table = RegionTable(
        first,
        last,
        key_column="B",
        match=RowMatch.ORDER,
        name_column="A",
        total_row=last + 1,
        columns=tuple(columns),
    )
    footer_fields = footer(
        ws,
        total + 2,
        [
            (f"A{total + 2}:B{total + 2}", HeaderField.UNIT_HEAD, "单位负责人："),
            (f"C{total + 2}:D{total + 2}", HeaderField.STATISTICS_HEAD, "统计负责人："),
            (f"E{total + 2}:F{total + 2}", HeaderField.PREPARER, "填表人："),
            (f"G{total + 2}:H{total + 2}", HeaderField.PHONE, "联系电话："),
            (f"I{total + 2}:{end}{total + 2}", HeaderField.REPORT_DATE, "报出日期："),
        ],
    )
    last_row = notes(ws, total + 4, last_col, ["说明：", *spec.notes, SAMPLE_NOTE])
    dv = DataValidation(
        type="decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="数据错误",
        error="请填写非负数。",
    )
    dv.add(f"C{first}:{end}{last}")
    ws.add_data_validation(dv)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 11
    for k in range(len(spec.columns)):
        ws.column_dimensions[get_column_letter(3 + k)].width = 13
    ws.freeze_panes = f"C{first}"
    apply_print(ws, last_row, last_col, "7:9", landscape=True)
    return SheetMapping(
        spec.sheet, SheetKind.TABLE, (*fields, *footer_fields), (), tuple(anchors), table
    )


SC_TABLE_COLUMNS: list[tuple[str, str, str, Measure]] = [
    ("村级电子商务服务点（个）", "", "A04", Measure.CURRENT),
    ("行政村覆盖", "覆盖行政村数（个）", "A05", Measure.CURRENT),
    ("行政村覆盖", "行政村总数（个）", "A06", Measure.CURRENT),
    ("行政村覆盖", "覆盖率（%）", "A07", Measure.CURRENT),
    ("网络零售额（万元）", "本月", "C02", Measure.CURRENT),
    ("网络零售额（万元）", "1-本月累计", "C02", Measure.CUMULATIVE),
    ("网络零售额（万元）", "其中：农产品累计", "C02.1", Measure.CUMULATIVE),
    ("快递业务量（万件）", "本月", "C03", Measure.CURRENT),
    ("快递业务量（万件）", "1-本月累计", "C03", Measure.CUMULATIVE),
    ("电子商务培训人次", "本月", "D02", Measure.CURRENT),
    ("电子商务培训人次", "1-本月累计", "D02", Measure.CUMULATIVE),
    ("带动就业人数（人）", "1-本月累计", "D03", Measure.CUMULATIVE),
]


def sc_city_summary(
    inds: dict[str, Indicator], rows: int = 30, stem: str | None = None
) -> tuple[Workbook, TemplateMapping]:
    """The Sichuan city summary: counties as rows (written in order, matched by 区划代码)."""
    stem = stem or "sc_city_summary_样表"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "川商电统2表"
    spec = TableSpec(
        sheet=ws.title,
        title="农村电子商务发展情况汇总表（按县）",
        form_number="川商电统2表",
        authority="四川省商务厅",
        approval="川商函〔2024〕样0号（样表，虚构）",
        valid_to="2026年12月",
        region_header="县（市、区）",
        code_header="区划代码",
        columns=SC_TABLE_COLUMNS,
        rows=rows,
        notes=[
            "1．本表由市（州）商务主管部门汇总填报，每月12日前报送省商务厅。",
            "2．各县（市、区）按区划代码顺序填列；合计行由公式自动计算，请勿改动。",
            "3．覆盖率＝覆盖行政村数÷行政村总数×100，合计行按合计数重新计算，不得简单相加。",
        ],
        ratios={"A07": ("A05", "A06")},
    )
    sheet = table_sheet(ws, spec, inds)
    wb.defined_names["汇总区域"] = DefinedName(
        "汇总区域", attr_text=f"'{ws.title}'!$A$10:$N${10 + rows}"
    )
    mapping = TemplateMapping(
        id="sc-city-summary",
        title=spec.title,
        form_number=spec.form_number,
        workbook=f"{stem}.xlsx",
        period_kind=PeriodKind.MONTH,
        first_year=2024,
        last_year=2026,
        province="51",
        authority=spec.authority,
        approval=spec.approval,
        levels=("prefecture",),
        sample=True,
        description=SAMPLE_NOTE,
        sheets=(sheet,),
    )
    return wb, mapping


# --- the shipped templates ----------------------------------------------------------------------------------
MONTHLY = [
    Column("本年", "本月", Measure.CURRENT),
    Column("本年", "1-本月累计", Measure.CUMULATIVE, stock=False),
    Column("上年同期", "本月", Measure.LAST_YEAR),
    Column("上年同期", "1-本月累计", Measure.LAST_YEAR_CUMULATIVE, stock=False),
    Column("同比增长（%）", "本月", Measure.YOY),
    Column("同比增长（%）", "累计", Measure.YOY_CUMULATIVE, stock=False),
]
ALL_ROWS = [
    "#一、服务体系",
    "A01", "A02", "A03", "A04", "A04.1", "A05", "A06", "A07", "A08", "A09",
    "#二、主体与载体",
    "B01", "B02", "B03", "B04", "B05", "B06", "B07",
    "#三、交易",
    "C01", "C02", "C02.1", "C02.2", "C03",
    "#四、培训与就业",
    "D01", "D02", "D02.1", "D03",
    "#五、电商扶贫",
    "E01", "E02",
    "#六、企业应用",
    "F01", "F01.1", "F02", "F03", "F03.1", "F04",
]  # fmt: skip

SC_MONTHLY = FormSpec(
    stem="sc_county_monthly_样表",
    id="sc-county-monthly",
    title="农村电子商务发展情况月报表",
    form_number="川商电统1表",
    authority="四川省商务厅",
    approval="川商函〔2024〕样0号（样表，虚构）",
    valid_to="2026年12月",
    province="51",
    period_kind=PeriodKind.MONTH,
    years=(2024, 2026),
    sheet="川商电统1表",
    rows=ALL_ROWS,
    columns=MONTHLY,
    notes=[
        "1．本表由县（市、区）商务主管部门填报，每月10日前报送市（州）商务主管部门。",
        "2．存量指标（服务点、企业数等）填报期末数，流量指标（交易额、培训人次等）填报本月数和1-本月累计数。",
        "3．不适用的指标填“无”，不得空报；“其中”项不得大于其所属项目。",
    ],
)

JX_QUARTERLY = FormSpec(
    stem="jx_county_quarterly_样表",
    id="jx-county-quarterly",
    title="电子商务进农村发展情况季报表",
    form_number="赣商电统3表",
    authority="江西省商务厅",
    approval="赣商函〔2024〕样0号（样表，虚构）",
    valid_to="2026年12月",
    province="36",
    period_kind=PeriodKind.QUARTER,
    years=(2024, 2026),
    sheet="表1 主要指标",
    rows=[
        "#一、服务体系",
        "A01",
        "A02",
        "A03",
        "A04",
        "A05",
        "A06",
        "A07",
        "A08",
        "#二、市场主体",
        "B01",
        "B03",
        "B04",
        "B05",
        "#三、交易与物流",
        "C01",
        "C02",
        "C02.1",
        "C03",
        "#四、培训与就业",
        "D01",
        "D02",
        "D03",
    ],
    columns=[
        Column("本季", "", Measure.CURRENT),
        Column("1-本季累计", "", Measure.CUMULATIVE, stock=False),
        Column("上年同期累计", "", Measure.LAST_YEAR_CUMULATIVE, stock=False),
        Column("累计同比增长（%）", "", Measure.YOY_CUMULATIVE, stock=False),
    ],
    notes=[
        "1．本表由县（市、区）商务主管部门填报，每季度结束后15日内报送设区市商务局。",
        "2．存量指标填报季末数；流量指标填报本季数和1-本季累计数。",
    ],
)

QH_ANNUAL = FormSpec(
    stem="qh_county_annual_样表",
    id="qh-county-annual",
    title="农村电子商务发展情况年报表",
    form_number="青商电统4表",
    authority="青海省商务厅",
    approval="青商函〔2024〕样0号（样表，虚构）",
    valid_to="2027年3月",
    province="63",
    period_kind=PeriodKind.YEAR,
    years=(2024, 2027),
    sheet="年报",
    rows=[
        "A01",
        "A02",
        "A03",
        "A04",
        "A05",
        "A06",
        "A07",
        "A09",
        "B01",
        "B03",
        "B04",
        "B07",
        "C01",
        "C02",
        "C02.1",
        "C03",
        "D01",
        "D02",
        "D03",
        "E01",
        "E02",
    ],
    columns=[
        Column("本年", "", Measure.CURRENT),
        Column("上年", "", Measure.LAST_YEAR),
        Column("增长（%）", "", Measure.YOY),
        Column("年度目标", "", Measure.TARGET),
        Column("完成进度（%）", "", Measure.PROGRESS),
    ],
    notes=[
        "1．本表由县（市、区）商务主管部门填报，次年1月20日前报送市（州）商务主管部门。",
        "2．存量指标填报年末数；年度目标以当年下达的目标任务为准。",
    ],
    name_first=False,
)

JX_TOWNSHIPS = TableSpec(
    sheet="表2 乡镇站点",
    title="乡镇电子商务服务站点情况表",
    form_number="赣商电统3表附表",
    authority="江西省商务厅",
    approval="赣商函〔2024〕样0号（样表，虚构）",
    valid_to="2026年12月",
    region_header="乡（镇、街道）",
    code_header="统计用区划代码",
    columns=[
        ("服务站点", "村级服务点（个）", "A04", Measure.CURRENT),
        ("服务站点", "覆盖行政村数（个）", "A05", Measure.CURRENT),
        ("服务站点", "行政村总数（个）", "A06", Measure.CURRENT),
        ("培训", "本季培训人次", "D02", Measure.CURRENT),
        ("培训", "1-本季累计", "D02", Measure.CUMULATIVE),
        ("快递业务量（万件）", "本季", "C03", Measure.CURRENT),
        ("快递业务量（万件）", "1-本季累计", "C03", Measure.CUMULATIVE),
        ("带动就业（人）", "本季", "D03", Measure.CURRENT),
    ],
    rows=25,
    notes=["1．按乡镇统计用区划代码顺序填列，合计行由公式计算。"],
    ratios={},
)


def build_all(out: Path) -> list[Path]:
    inds = catalogue()
    out.mkdir(parents=True, exist_ok=True)
    made: list[tuple[Workbook, TemplateMapping]] = []
    made.append(make_form(SC_MONTHLY, inds))
    made.append(sc_city_summary(inds))
    wb, jx = make_form(JX_QUARTERLY, inds)
    townships = table_sheet(wb.create_sheet(JX_TOWNSHIPS.sheet), JX_TOWNSHIPS, inds)
    jx = replace(jx, sheets=(*jx.sheets, townships))
    made.append((wb, jx))
    made.append(make_form(QH_ANNUAL, inds))
    written = []
    for wb, mapping in made:
        save_workbook(wb, out / mapping.workbook, mapping.title)
        mapping_path = (out / mapping.workbook).with_suffix(".toml")
        save_mapping(mapping, mapping_path)
        written += [out / mapping.workbook, mapping_path]
    return written


def save_workbook(wb: Workbook, path: Path, title: str) -> None:
    wb.properties.creator = "Xianbao（样表）"
    wb.properties.title = title
    wb.properties.keywords = "样表"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "templates")
    args = parser.parse_args(argv)
    for path in build_all(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
