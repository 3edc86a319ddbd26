"""A register exported for an inspection: reopened with openpyxl, every cell as the rows say."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.domain.registers import REGISTERS, RegisterRow
from desktop_app.exporting.excel.register_export import export_file_name, export_register
from desktop_app.i18n import set_language

EXPORTED = date(2026, 12, 2)
PLACES = {"511921": "通江县", "511921100": "诺江镇", "511921100201": "红旗村"}


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language(None)  # the English sources: the expectations below are written in them


def points() -> list[RegisterRow]:
    return [
        RegisterRow(
            "service_points",
            "511921100201",
            {
                "name": "红旗村电商服务点",
                "level": "village",
                "address": "红旗村一组",
                "operator": "=SUM(A1)",  # text, never a formula
                "phone": "0827-7221234",
                "opened": date(2024, 3, 5),
                "poor_village": True,
                "funded_amount": Decimal("12.5"),
                "funded_year": 2024,
                "longitude": Decimal("107.2471"),
                "latitude": Decimal("31.9100"),
            },
            id=1,
            version=1,
        ),
        RegisterRow(
            "service_points",
            "511921100",
            {
                "name": "诺江镇电商服务站",
                "level": "township",
                "opened": date(2023, 1, 1),
                "closed": date(2025, 6, 30),
                "poor_village": False,
            },
            id=2,
            version=3,
        ),
    ]


def test_register_export_writes_every_cell_in_its_type(tmp_path: Path) -> None:
    path = tmp_path / "points.xlsx"
    export_register(
        path,
        REGISTERS["service_points"],
        points(),
        county_name="通江县",
        places=PLACES,
        exported=EXPORTED,
    )
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    assert ws.title == "Service points"
    assert ws["A1"].value == "通江县 Service points register (exported 2026-12-02)"
    assert "A1:N1" in {str(r) for r in ws.merged_cells.ranges}
    header = [c.value for c in ws[2]]
    assert header == [
        "Place",
        "Code",
        "Name",
        "Level",
        "Address",
        "Operator",
        "Phone",
        "Opened",
        "Closed",
        "In a poor village",
        "Project funds (10k yuan)",
        "Project year",
        "Longitude",
        "Latitude",
    ]
    first = [c.value for c in ws[3]]
    assert first == [
        "红旗村",
        "511921100201",
        "红旗村电商服务点",
        "Village point",
        "红旗村一组",
        "=SUM(A1)",
        "0827-7221234",
        datetime(2024, 3, 5),
        None,
        "Yes",
        12.5,
        2024,
        107.2471,
        31.91,
    ]
    assert ws["F3"].data_type == "s"  # the operator's "=SUM(A1)" stays text
    assert ws["B3"].data_type == "s"  # the code keeps its digits as text
    second = [c.value for c in ws[4]]
    assert second == [
        "诺江镇",
        "511921100",
        "诺江镇电商服务站",
        "Township station",
        None,
        None,
        None,
        datetime(2023, 1, 1),
        datetime(2025, 6, 30),
        "No",
        None,
        None,
        None,
        None,
    ]
    assert ws.max_row == 4
    # Dates are dates shown as dates, the amount two decimals, the year without a separator
    assert ws["H3"].is_date and ws["H3"].number_format == "yyyy-mm-dd"
    assert ws["I4"].is_date
    assert ws["K3"].number_format == "#,##0.00"
    assert ws["L3"].number_format == "0"
    assert ws["M3"].data_type == "n"  # a longitude is a number
    assert ws["H3"].alignment.horizontal == "center"
    assert ws["C4"].border.left.style == "thin"
    # A tidy sheet: header frozen and filtered, landscape one page wide, header on each page
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:N4"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    setup = ws.sheet_properties.pageSetUpPr
    assert setup is not None and setup.fitToPage
    assert ws.print_title_rows == "$2:$2"
    # Chinese text counts twice: 红旗村电商服务点 (8 characters) needs 16 widths and more
    assert ws.column_dimensions["C"].width >= 16
    assert ws.column_dimensions["B"].width >= 12


def test_register_export_of_no_rows_keeps_title_and_header(tmp_path: Path) -> None:
    path = tmp_path / "training.xlsx"
    export_register(
        path, REGISTERS["training"], [], county_name="通江县", places=PLACES, exported=EXPORTED
    )
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    assert ws.max_row == 2
    assert [c.value for c in ws[2]][:3] == ["Place", "Code", "Topic"]


def test_register_export_to_a_missing_folder_is_a_refusal_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    with pytest.raises(DomainError) as refused:
        export_register(
            tmp_path / "gone" / "x.xlsx",
            REGISTERS["service_points"],
            points(),
            county_name="通江县",
            places=PLACES,
            exported=EXPORTED,
        )
    assert refused.value.issue.code == "file_bad_place"
    assert list(tmp_path.iterdir()) == []


def test_register_export_file_name_is_safe() -> None:
    name = export_file_name(REGISTERS["projects"], "通江/县", EXPORTED)
    assert name == "通江_县-Key projects register-20261202.xlsx"


def test_register_export_told_to_stop_writes_nothing(tmp_path: Path) -> None:
    # Given a clerk who presses Cancel as the first rows are written
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return False

    with pytest.raises(DomainError) as refused:
        export_register(
            tmp_path / "x.xlsx",
            REGISTERS["service_points"],
            points(),
            county_name="通江县",
            places=PLACES,
            exported=EXPORTED,
            progress=progress,
        )
    assert refused.value.issue.code == "cancelled"
    assert told == [(0, 4)]  # 2 rows, 1 for saving, 1 to finish
    assert list(tmp_path.iterdir()) == []


def test_register_export_reports_its_progress_to_the_end(tmp_path: Path) -> None:
    told: list[tuple[int, int]] = []
    export_register(
        tmp_path / "x.xlsx",
        REGISTERS["service_points"],
        points(),
        county_name="通江县",
        places=PLACES,
        exported=EXPORTED,
        progress=lambda done, total: told.append((done, total)) is None,
    )
    assert told == [(0, 4), (2, 4), (4, 4)]
