"""A register's list read from the bureau's own workbook (issue 12): the header found under a title,
Chinese headings mapped to fields, the rows up to the 合计 row, and a damaged or mislabelled file
refused with a sentence. Then, on a real SQLite file, the list planned and imported: every bad row
reported with its reason and nothing written, a good list written in one transaction, the same
list again changing nothing, and the mapping of its columns remembered for the same layout.

The workbooks are written here with openpyxl; the expected values are written out by hand."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import event, func, select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.registers import SERVICE_POINTS, read_field
from desktop_app.exporting.excel.register_list import (
    PLACE_CODE,
    PLACE_TOWNSHIP,
    PLACE_VILLAGE,
    ListLayout,
    ListRow,
    check_columns,
    choice_names,
    find_header,
    list_rows,
    propose_columns,
    read_list_sheet,
    sheet_names,
)
from desktop_app.i18n import issue_message
from desktop_app.persistence.models import RegisterAuditRecord, RegisterEntryRecord
from desktop_app.services.regions import RegionQueries
from desktop_app.services.registers import ImportRow, RegisterService, RowStatus
from desktop_app.services.store import Store

COUNTY = "511921"
T1, T2 = "511921101", "511921102"
V11, V12, V21 = T1 + "201", T1 + "202", T2 + "201"

HEADINGS = [
    "序号",
    "站点名称",
    "层级",
    "所在乡镇",
    "所在村",
    "建成时间",
    "联系电话",
    "是否贫困村",
    "支持资金（万元）",
]
#: Column (0-based) → field, as a reader of the headings above would map them by hand.
EXPECTED_COLUMNS = {
    1: "name",
    2: "level",
    3: PLACE_TOWNSHIP,
    4: PLACE_VILLAGE,
    5: "opened",
    6: "phone",
    7: "poor_village",
    8: "funded_amount",
}
GOOD_ROWS: list[list[Any]] = [
    [1, "江口镇服务站", "乡镇站", "江口镇", None, datetime(2023, 6, 1), 13800000001, "否", None],
    [
        2,
        "龙泉村服务点",
        "村级点",
        "江口镇",
        "龙泉村",
        "2024年3月5日",
        "0827-1234567",
        "是",
        "１２．５",
    ],
    [3, "金宝村服务点", "村级点", "江口镇", "金宝村", datetime(2024, 1, 15), None, "否", 8],
    [4, "白衣村服务点", "村级点", "云台镇", "白衣村", "２０２４－０２－０１", None, "是", 10.25],
]


def write_list(
    path: Path,
    rows: list[list[Any]],
    *,
    headings: list[str] = HEADINGS,
    extra_sheet: bool = False,
) -> Path:
    """A list as a bureau keeps it: a title, a date line, the header on row 3, the rows with a
    blank row among them, a 合计 row and the signatures."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    if extra_sheet:
        ws.title = "说明"
        ws["A1"] = "本工作簿第二张表为服务站点名单"
        ws = wb.create_sheet("服务站点")
    else:
        ws.title = "服务站点"
    ws["A1"] = "平昌县农村电子商务服务站点名单"
    ws.merge_cells("A1:I1")
    ws["A2"] = "填报日期：2024年5月6日"
    ws.append(headings)
    for number, row in enumerate(rows):
        if number == 2:
            ws.append([])  # a blank row inside the list
        ws.append(row)
        if isinstance(row[5], datetime):
            ws.cell(ws.max_row, 6).number_format = "yyyy-mm-dd"
    ws.append(["合计", None, None, None, None, None, None, None, "=SUM(I4:I9)"])
    ws.append(["填表人：王五", None, None, None, "审核人：李四"])
    wb.save(path)
    return path


# --- reading ---------------------------------------------------------------------------------------
def test_list_header_under_a_title_is_found_and_its_chinese_headings_mapped(tmp_path: Path) -> None:
    sheet = read_list_sheet(write_list(tmp_path / "服务站点.xlsx", GOOD_ROWS))
    layout = find_header(sheet, "service_points")
    assert layout.header_line == 3
    assert layout.headings[:3] == ("序号", "站点名称", "层级")
    assert propose_columns(layout) == EXPECTED_COLUMNS
    assert check_columns("service_points", EXPECTED_COLUMNS) == []


def test_list_rows_end_at_the_total_skip_blank_rows_and_keep_what_the_cells_say(
    tmp_path: Path,
) -> None:
    sheet = read_list_sheet(write_list(tmp_path / "服务站点.xlsx", GOOD_ROWS))
    layout = find_header(sheet, "service_points")
    rows = list_rows(sheet, layout, EXPECTED_COLUMNS)
    # Lines 4, 5, then the blank line 6, then 7 and 8; 合计 on 9 ends the list.
    assert [r.line for r in rows] == [4, 5, 7, 8]
    assert [r.place for r in rows] == [
        "江口镇",
        ("江口镇", "龙泉村"),
        ("江口镇", "金宝村"),
        ("云台镇", "白衣村"),
    ]
    first, second, _third, fourth = rows
    assert first.cells["opened"] == date(2023, 6, 1)  # a real Excel date
    assert first.cells["phone"] == 13800000001
    assert second.cells["opened"] == "2024年3月5日"
    spec = SERVICE_POINTS
    assert read_field(spec.field("opened"), second.cells["opened"]) == date(2024, 3, 5)
    assert read_field(spec.field("opened"), fourth.cells["opened"]) == date(2024, 2, 1)
    assert read_field(spec.field("funded_amount"), second.cells["funded_amount"]) == Decimal("12.5")
    assert read_field(spec.field("funded_amount"), fourth.cells["funded_amount"]) == Decimal(
        "10.25"
    )
    assert read_field(spec.field("phone"), first.cells["phone"]) == "13800000001"
    names = choice_names("service_points")
    assert read_field(spec.field("level"), second.cells["level"], names) == "village"
    assert read_field(spec.field("level"), first.cells["level"], names) == "township"


def test_list_sheet_is_chosen_by_name_and_a_code_column_gives_the_place(tmp_path: Path) -> None:
    wb = Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "说明"
    notes["A1"] = "第二张表为服务站点名单"
    ws = wb.create_sheet("服务站点")
    ws.append(["统计用区划代码", "名称", "级别", "开业时间"])
    ws.append([V11, "龙泉村服务点", "村级", "2024-03-05"])
    ws.append([int(V21), "白衣村点", "村", 45352])  # a code typed as a number; a date serial
    path = tmp_path / "名单.xlsx"
    wb.save(path)
    assert sheet_names(path) == ("说明", "服务站点")
    sheet = read_list_sheet(path, "服务站点")
    assert sheet.sheet == "服务站点" and sheet.sheets == ("说明", "服务站点")
    layout = find_header(sheet, "service_points")
    columns = propose_columns(layout)
    assert columns == {0: PLACE_CODE, 1: "name", 2: "level", 3: "opened"}
    found = list_rows(sheet, layout, columns)
    assert [(r.line, r.place, r.cells["name"]) for r in found] == [
        (2, V11, "龙泉村服务点"),
        (3, V21, "白衣村点"),
    ]
    assert read_list_sheet(path).sheet == "说明"  # no sheet named: the first
    assert read_list_sheet(path, "没有这张表").sheet == "说明"


def test_list_layout_key_is_the_same_for_the_same_headings_written_otherwise(
    tmp_path: Path,
) -> None:
    one = ListLayout("service_points", 3, ("站点名称", "支持资金（万元）", ""))
    other = ListLayout("service_points", 1, (" 站点 名称", "支持资金(万元)"))
    assert one.key == other.key and len(one.key) <= 64
    assert ListLayout("training", 3, one.headings).key != one.key
    assert ListLayout("service_points", 3, ("名称", "支持资金（万元）")).key != one.key


def test_list_csv_in_gb18030_reads_as_the_workbook_does(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    text = "服务站点名单\n序号,站点名称,层级,所在乡镇,所在村,建成时间\n1,龙泉村服务点,村级点,江口镇,龙泉村,2024/3/5\n,,,,,\n合计,1\n"
    path.write_bytes(text.encode("gb18030"))
    sheet = read_list_sheet(path)
    layout = find_header(sheet, "service_points")
    assert layout.header_line == 2
    rows = list_rows(sheet, layout, propose_columns(layout))
    assert rows == (
        ListRow(
            3,
            ("江口镇", "龙泉村"),
            {"name": "龙泉村服务点", "level": "村级点", "opened": "2024/3/5"},
        ),
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "import_xls"),  # an old .xls
        ("序号\t名称\n1\t龙泉村服务点\n".encode(), "import_damaged"),  # text named .xlsx
        (None, "import_damaged"),  # a workbook cut short
    ],
    ids=["xls", "text", "truncated"],
)
def test_list_damaged_or_mislabelled_file_is_refused_with_a_sentence(
    tmp_path: Path, content: bytes | None, code: str
) -> None:
    path = tmp_path / "名单.xlsx"
    if content is None:
        whole = write_list(tmp_path / "whole.xlsx", GOOD_ROWS).read_bytes()
        content = whole[: len(whole) // 2]
    path.write_bytes(content)
    with pytest.raises(DomainError) as caught:
        read_list_sheet(path)
    assert caught.value.issue.code == code
    message = issue_message(caught.value.issue)
    assert "名单.xlsx" in message and code not in message


def test_list_zip_without_a_workbook_and_a_binary_csv_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    with pytest.raises(DomainError) as caught:
        read_list_sheet(path)
    assert caught.value.issue.code == "import_damaged"
    csv_path = tmp_path / "名单.csv"
    csv_path.write_bytes(write_list(tmp_path / "w.xlsx", GOOD_ROWS).read_bytes())
    with pytest.raises(DomainError) as caught:
        read_list_sheet(csv_path)
    assert caught.value.issue.code == "list_not_text"
    assert "名单.csv" in issue_message(caught.value.issue)


def test_list_columns_without_a_place_or_mapped_twice_are_refused_before_a_preview() -> None:
    issues = check_columns("service_points", {0: "name", 1: "name", 2: "level", 3: "opened"})
    assert [i.code for i in issues] == ["register_list_column_twice", "register_list_no_place"]
    assert issues[0].params == {"field": "name", "first": "A", "second": "B"}
    unmapped = check_columns("service_points", {0: PLACE_CODE, 1: "name"})
    # a point's level, when no column gives it, is its place's: only the opening day is missing
    assert {i.params["field"] for i in unmapped} == {"opened"}


# --- planning and importing on a real store ------------------------------------------------------
@pytest.fixture
def county(store: Store) -> Store:
    regions = RegionQueries(store.sessions)
    regions.add(T1, "江口镇", COUNTY)
    regions.add(T2, "云台镇", COUNTY)
    regions.add(V11, "龙泉村", T1)
    regions.add(V12, "金宝村", T1)
    regions.add(V21, "白衣村", T2)
    regions.add(T2 + "202", "龙泉村", T2)  # a second 龙泉村, in the other township
    return store


def import_rows(path: Path) -> tuple[list[ImportRow], ListLayout, dict[int, str]]:
    sheet = read_list_sheet(path)
    layout = find_header(sheet, "service_points")
    columns = propose_columns(layout)
    rows = [ImportRow(r.line, r.place, r.cells) for r in list_rows(sheet, layout, columns)]
    return rows, layout, columns


def entry_count(store: Store) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count(RegisterEntryRecord.id))) or 0)


def test_list_with_bad_rows_reports_each_with_its_reason_and_writes_nothing(
    county: Store, tmp_path: Path
) -> None:
    bad = [
        *GOOD_ROWS,
        [5, "新村服务点", "村级点", "江口镇", "新村", "2024-04-01", None, "否", None],  # no such
        [6, "云台镇站", "乡镇站", "云台镇", None, "2024-02-30", None, "否", None],  # 30 Feb
        [7, "龙泉村服务点", "村级点", "江口镇", "龙泉村", "2024-05-01", None, "否", None],  # twice
    ]
    rows, _layout, _columns = import_rows(write_list(tmp_path / "名单.xlsx", bad))
    registers = RegisterService(county.sessions, "王五")
    plan = registers.plan_import("service_points", COUNTY, rows, choice_names("service_points"))
    refused = {p.line: [i.code for i in p.issues] for p in plan.rows if p.status.value == "refused"}
    # Lines: the good rows on 4, 5, 7, 8 (a blank line 6); the bad ones on 9, 10, 11.
    assert refused == {
        9: ["register_village_not_in_township"],
        10: ["register_bad_date"],
        11: ["register_duplicate_row"],
    }
    messages = [issue_message(i) for p in plan.refused for i in p.issues]
    assert "新村" in messages[0] and "江口镇" in messages[0]
    assert "2024-02-30" in messages[1]
    assert "5" in messages[2]  # the line the row repeats
    assert plan.count(RowStatus.NEW) == 4
    with pytest.raises(DomainError) as caught:
        registers.apply_import(plan)
    assert caught.value.issue.code == "register_import_has_refusals"
    assert entry_count(county) == 0


def test_list_good_one_is_written_in_one_transaction_and_again_changes_nothing(
    county: Store, tmp_path: Path
) -> None:
    rows, _layout, _columns = import_rows(write_list(tmp_path / "名单.xlsx", GOOD_ROWS))
    registers = RegisterService(county.sessions, "王五")
    names = choice_names("service_points")
    plan = registers.plan_import("service_points", COUNTY, rows, names)
    assert [p.status for p in plan.rows] == [RowStatus.NEW] * 4
    engine = county.sessions.kw["bind"]
    commits: list[int] = []

    def counted(_connection: object) -> None:
        commits.append(1)

    event.listen(engine, "commit", counted)
    try:
        result = registers.apply_import(plan, detail="名单.xlsx")
    finally:
        event.remove(engine, "commit", counted)
    assert len(commits) == 1
    assert (result.added, result.changed, result.unchanged) == (4, 0, 0)
    assert entry_count(county) == 4
    with county.sessions() as session:
        audit = session.execute(
            select(RegisterAuditRecord.action, RegisterAuditRecord.batch, RegisterAuditRecord.who)
        ).all()
    assert sorted(audit) == [("add", result.batch, "王五")] * 4
    stored = {r.name: r for r in registers.rows("service_points", COUNTY)}
    assert stored["龙泉村服务点"].region_code == V11
    assert stored["白衣村服务点"].region_code == V21
    assert stored["江口镇服务站"].region_code == T1
    assert stored["龙泉村服务点"].get("funded_amount") == Decimal("12.5")
    assert stored["龙泉村服务点"].get("opened") == date(2024, 3, 5)
    assert stored["江口镇服务站"].get("poor_village") is False

    again = registers.plan_import("service_points", COUNTY, rows, names)
    assert [p.status for p in again.rows] == [RowStatus.UNCHANGED] * 4
    assert registers.apply_import(again).added == 0
    assert entry_count(county) == 4


def test_list_mapping_is_remembered_for_the_same_layout(county: Store, tmp_path: Path) -> None:
    _rows, layout, columns = import_rows(write_list(tmp_path / "名单.xlsx", GOOD_ROWS))
    registers = RegisterService(county.sessions, "王五")
    assert registers.remembered_columns(layout.key) is None
    chosen = {**columns, 0: "address"}  # the clerk maps 序号 to the address, say
    del chosen[6]
    registers.remember_columns(layout.key, chosen)
    # Next month's list: the same headings, other rows.
    _rows, next_layout, _proposed = import_rows(write_list(tmp_path / "六月.xlsx", GOOD_ROWS[:1]))
    assert next_layout.key == layout.key
    assert registers.remembered_columns(next_layout.key) == chosen
    other = ListLayout("service_points", 1, ("名称", "代码"))
    assert registers.remembered_columns(other.key) is None


def test_list_coordinates_are_read_range_checked_and_given_in_pairs(
    county: Store, tmp_path: Path
) -> None:
    # Given a list with 经度 and 纬度 columns: a point with both, one without either, one with
    # the latitude typed as the longitude, one with only a longitude
    headings = ["站点名称", "层级", "所在乡镇", "所在村", "建成时间", "经度", "纬度"]
    rows: list[list[Any]] = [
        ["龙泉村服务点", "村级点", "江口镇", "龙泉村", "2024-03-05", 107.2471, "31.9100"],
        ["金宝村服务点", "村级点", "江口镇", "金宝村", "2024-03-05", None, None],
        ["白衣村服务点", "村级点", "云台镇", "白衣村", "2024-03-05", "31.91", "107.2471"],
        ["江口镇服务站", "乡镇站", "江口镇", None, "2024-03-05", "１０７．３", None],
    ]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["服务站点名单"])
    ws.append(headings)
    for row in rows:
        ws.append(row)
    path = tmp_path / "坐标.xlsx"
    wb.save(path)
    sheet = read_list_sheet(path)
    layout = find_header(sheet, "service_points")
    columns = propose_columns(layout)
    # Then the headings map to the fields
    assert columns[5] == "longitude" and columns[6] == "latitude"
    # When it is planned
    found = [ImportRow(r.line, r.place, r.cells) for r in list_rows(sheet, layout, columns)]
    plan = RegisterService(county.sessions, "王五").plan_import(
        "service_points", COUNTY, found, choice_names("service_points")
    )
    by_line = {p.line: p for p in plan.rows}
    # Then the first keeps its degrees as numbers, the second has none (both fine)
    both, neither = by_line[3], by_line[4]
    assert both.status is RowStatus.NEW and neither.status is RowStatus.NEW
    assert both.row is not None and neither.row is not None
    assert both.row.get("longitude") == Decimal("107.2471")
    assert both.row.get("latitude") == Decimal("31.9100")
    assert neither.row.get("longitude") is None
    # And the swapped pair is refused for both cells, the half pair with its sentence
    assert [i.code for i in by_line[5].issues] == ["register_outside_china"] * 2
    assert [i.code for i in by_line[6].issues] == ["register_half_coordinates"]
    assert "江口镇服务站" in issue_message(by_line[6].issues[0])
