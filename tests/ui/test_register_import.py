"""The register import dialog (台账 → 导入…) on a real SQLite file: a list with bad rows is
previewed with every refused row and its reason and cannot be imported; the corrected list is
imported in one go and the register's count changes; the mapping of the columns is remembered for
the same layout. The workbooks are written here with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.issues import Issue
from desktop_app.exporting.excel.register_list import PLACE_CODE
from desktop_app.i18n import issue_message
from desktop_app.services.bundle import ServiceBundle
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators
from desktop_app.ui.register_import import (
    ColumnMappingModel,
    RegisterImportDialog,
    RegisterPreviewModel,
)

COUNTY = "511921"
T1, T2 = "511921101", "511921102"
YEAR = 2024
HEADINGS = ["序号", "站点名称", "层级", "所在乡镇", "所在村", "建成时间", "是否贫困村"]
GOOD: list[list[Any]] = [
    [1, "江口镇服务站", "乡镇站", "江口镇", None, datetime(2023, 6, 1), "否"],
    [2, "龙泉村服务点", "村级点", "江口镇", "龙泉村", "2024年3月5日", "是"],
    [3, "金宝村服务点", "村级点", "江口镇", "金宝村", "２０２４－０１－１５", "否"],
    [4, "白衣村服务点", "村级点", "云台镇", "白衣村", datetime(2024, 2, 1), "是"],
]
BAD: list[list[Any]] = [
    *GOOD,
    [5, "新村服务点", "村级点", "江口镇", "新村", "2024-04-01", "否"],
    [6, "云台镇站", "乡镇站", "云台镇", None, "2024-02-30", "否"],
    [7, "龙泉村服务点", "村级点", "江口镇", "龙泉村", "2024-05-01", "否"],
]


def write_list(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "服务站点"
    ws["A1"] = "平昌县农村电子商务服务站点名单"
    ws.append([])
    ws.append(HEADINGS)
    for row in rows:
        ws.append(row)
    ws.append(["合计", len(rows)])
    wb.save(path)
    return path


@pytest.fixture
def bundle(store: Store, qapp: QApplication) -> ServiceBundle:
    assert install_translators("en")
    store.set_home_region(COUNTY)
    bundle = ServiceBundle(store, "王五")
    regions = bundle.regions
    regions.add(T1, "江口镇", COUNTY)
    regions.add(T2, "云台镇", COUNTY)
    regions.add(T1 + "201", "龙泉村", T1)
    regions.add(T1 + "202", "金宝村", T1)
    regions.add(T2 + "201", "白衣村", T2)
    return bundle


@pytest.fixture
def dialog(bundle: ServiceBundle, qtbot: QtBot, tmp_path: Path) -> RegisterImportDialog:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    found = RegisterImportDialog(
        bundle, "service_points", COUNTY, settings_store=settings, year=YEAR
    )
    qtbot.addWidget(found)
    return found


def shown(model: RegisterPreviewModel) -> list[tuple[str, str, str, str]]:
    """(line, place, status, reason) of every row the preview shows."""
    return [
        tuple(  # type: ignore[misc]
            str(model.data(model.index(r, c)))
            for c in (model.COL_LINE, model.COL_PLACE, model.COL_STATUS, model.COL_NOTE)
        )
        for r in range(model.rowCount())
    ]


def test_register_import_refuses_a_list_with_bad_rows_then_imports_the_corrected_one(
    dialog: RegisterImportDialog,
    bundle: ServiceBundle,
    tmp_path: Path,
    qtbot: QtBot,
    qtmodeltester: Any,
) -> None:
    # Given a list with three bad rows (lines 8-10 under the header on row 3)
    assert dialog.open_file(write_list(tmp_path / "名单.xlsx", BAD))
    qtmodeltester.check(dialog.mapping_model)
    assert dialog.mapping_model.columns() == {
        1: "name",
        2: "level",
        3: "@township",
        4: "@village",
        5: "opened",
        6: "poor_village",
    }
    # When it is previewed
    assert dialog.preview()
    qtmodeltester.check(dialog.preview_model)
    # Then every bad row is listed first, refused, with its reason in a sentence
    refused = [row for row in shown(dialog.preview_model) if row[2] == "refused"]
    reasons = [
        issue_message(
            Issue(
                "register_village_not_in_township", params={"village": "新村", "township": "江口镇"}
            )
        ),
        issue_message(Issue("register_bad_date", params={"field": "opened", "cell": "2024-02-30"})),
        issue_message(Issue("register_duplicate_row", params={"line": 5})),
    ]
    assert refused == [
        ("8", "江口镇 新村", "refused", reasons[0]),
        ("9", "云台镇", "refused", reasons[1]),
        ("10", "江口镇 / 龙泉村", "refused", reasons[2]),  # as the grid names it
    ]
    assert [row[2] for row in shown(dialog.preview_model)][3:] == ["new"] * 4
    assert "3 refused" in dialog.summary.text() and "4 new" in dialog.summary.text()
    assert "3 rows cannot be imported" in dialog.message.text()  # the English plural form
    assert not dialog.import_button.isEnabled()
    dialog.refused_only.setChecked(True)
    assert dialog.preview_model.rowCount() == 3
    assert bundle.registers.counts(COUNTY)["service_points"] == 0

    # When the corrected list is chosen, previewed and imported
    assert dialog.open_file(write_list(tmp_path / "名单（改）.xlsx", GOOD))
    assert dialog.preview()
    assert dialog.preview_model.rowCount() == 0  # the filter still shows refused rows only
    dialog.refused_only.setChecked(False)
    assert [row[2] for row in shown(dialog.preview_model)] == ["new"] * 4
    assert dialog.import_button.isEnabled()
    assert dialog.derive_box.isChecked()  # A01, A03, A04, A04.1, A05 offered for the year
    with qtbot.waitSignal(dialog.list_imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # Then the four rows are in the register, and its indicators are counted from it
    assert dialog.imported
    assert bundle.registers.counts(COUNTY)["service_points"] == 4
    assert "4 added, 0 changed, 0 unchanged" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    deriving = {
        d.indicator.code for d in bundle.registers.derived_indicators(COUNTY) if YEAR in d.years
    }
    assert {"A01", "A03", "A04", "A04.1", "A05"} <= deriving
    rows = {r.name: r for r in bundle.registers.rows("service_points", COUNTY)}
    assert rows["龙泉村服务点"].region_code == T1 + "201"
    assert rows["江口镇服务站"].get("level") == "township"


def test_register_import_mapping_is_checked_and_remembered_for_the_layout(
    dialog: RegisterImportDialog, bundle: ServiceBundle, tmp_path: Path, qtbot: QtBot
) -> None:
    path = write_list(tmp_path / "名单.xlsx", GOOD)
    assert dialog.open_file(path)
    model = dialog.mapping_model
    # No place column: refused before any row is planned
    for row in (3, 4):
        assert model.setData(model.index(row, ColumnMappingModel.COL_TARGET), None)
    assert not dialog.preview()
    assert dialog.message.text() == issue_message(Issue("register_list_no_place"))
    # The clerk maps 序号 as the region code (as a list might give it) and the township back
    assert model.setData(model.index(0, ColumnMappingModel.COL_TARGET), PLACE_CODE)
    assert model.setData(model.index(3, ColumnMappingModel.COL_TARGET), "@township")
    chosen = model.columns()
    assert dialog.preview()  # every row refused (1, 2… are no codes), but planned
    assert not dialog.import_button.isEnabled()
    # Opened again, the same layout is mapped as it was
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = RegisterImportDialog(bundle, "service_points", COUNTY, settings_store=settings)
    qtbot.addWidget(again)
    assert again.open_file(path)
    assert again.mapping_model.columns() == chosen
    assert "last time" in again.mapping_hint.text()


def test_register_import_damaged_file_is_refused_with_a_sentence(
    dialog: RegisterImportDialog, tmp_path: Path
) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_text("序号,名称\n1,龙泉村服务点\n", encoding="utf-8")
    assert not dialog.open_file(path)
    assert dialog.message.text() == issue_message(
        Issue("import_damaged", params={"file": "名单.xlsx"})
    )
    assert not dialog.preview_button.isEnabled()
    assert not dialog.import_button.isEnabled()


def test_register_import_previewed_list_is_refused_when_the_register_changed_meanwhile(
    dialog: RegisterImportDialog, bundle: ServiceBundle, tmp_path: Path
) -> None:
    # Given the list imported once, and the same list with one level changed, previewed
    assert dialog.open_file(write_list(tmp_path / "名单.xlsx", GOOD))
    assert dialog.preview() and dialog.apply()
    changed = [list(row) for row in GOOD]
    changed[2][2] = "乡镇站"  # 金宝村服务点 written as a township station, in a village
    changed[0][6] = "是"  # 江口镇服务站 now said to be in a poor village
    assert dialog.open_file(write_list(tmp_path / "名单（六月）.xlsx", changed))
    assert dialog.preview()
    rows = shown(dialog.preview_model)
    assert rows[0][0] == "6" and rows[0][2] == "refused"  # a township station in a village
    assert rows[1] == ("4", "江口镇", "changed", "In a poor village: No → Yes")
    assert [row[2] for row in rows[2:]] == ["unchanged"] * 2
    # When another clerk changes the register before the import
    bundle.registers.add(
        "service_points",
        T2,
        {"name": "云台镇服务站", "level": "township", "opened": date(2024, 1, 1)},
    )
    good = [row for row in changed if row[0] != 3]
    assert dialog.open_file(write_list(tmp_path / "名单（七月）.xlsx", good))
    assert dialog.preview() and dialog.import_button.isEnabled()
    bundle.registers.add(
        "service_points",
        T2,
        {"name": "云台镇二站", "level": "township", "opened": date(2024, 2, 1)},
    )
    # Then the import is refused with a sentence and writes nothing
    assert not dialog.apply()
    assert dialog.message.text() == issue_message(Issue("register_changed_since_preview"))
    assert not dialog.import_button.isEnabled()
    stored = {r.name: r for r in bundle.registers.rows("service_points", COUNTY)}
    assert stored["江口镇服务站"].get("poor_village") is False
    assert len(stored) == 6


def test_register_import_chooses_the_sheet_that_holds_the_list(
    dialog: RegisterImportDialog, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "名单.xlsx", GOOD)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    notes = wb.create_sheet("填报说明", 0)
    notes["A1"] = "第二张表为名单；层级填 县级中心、乡镇站 或 村级点"
    wb.save(path)
    assert dialog.open_file(path)
    assert dialog.sheet_combo.currentText() == "服务站点"
    assert dialog.sheet_combo.isEnabled() and dialog.sheet_combo.count() == 2
    assert dialog.layout_found is not None and dialog.layout_found.header_line == 3


def test_register_import_from_the_registers_window_fills_its_grid(
    bundle: ServiceBundle, tmp_path: Path, qtbot: QtBot
) -> None:
    from desktop_app.ui.registers_window import RegistersWindow

    window = RegistersWindow(bundle, COUNTY)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["service_points"]
    page.year = lambda: 2023  # the year the main window shows
    assert page.proxy.rowCount() == 0
    path = write_list(tmp_path / "名单.xlsx", GOOD)
    driven: list[bool] = []
    years: list[int] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RegisterImportDialog):
            QTimer.singleShot(10, drive)
            return
        try:
            years.append(dialog.year)  # counting from the register is offered for that year
            driven.append(dialog.open_file(path) and dialog.preview() and dialog.apply())
        finally:
            dialog.reject()  # 关闭, as the clerk closes it after reading the result

    QTimer.singleShot(0, drive)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert driven == [True] and years == [2023]
    assert page.proxy.rowCount() == 4
    assert bundle.registers.counts(COUNTY)["service_points"] == 4


def test_register_import_stands_when_the_indicators_cannot_be_counted_from_it(
    dialog: RegisterImportDialog, bundle: ServiceBundle, tmp_path: Path
) -> None:
    from desktop_app.domain.periods import Period

    # Given a village-point count keyed for March of the year
    bundle.values.set_text(COUNTY, "A04", Period.month(YEAR, 3), "5")
    assert dialog.open_file(write_list(tmp_path / "名单.xlsx", GOOD))
    assert dialog.preview() and dialog.derive_box.isChecked()
    # When the list is imported with the indicators to be counted from it
    assert dialog.apply()
    # Then the rows are kept, and the refusal to count A04 from them is said
    assert bundle.registers.counts(COUNTY)["service_points"] == 4
    text = dialog.message.text()
    assert text.startswith("Imported: 4 added, 0 changed, 0 unchanged.")
    refusal = issue_message(
        Issue("register_keyed_figures", params={"indicator": "A04", "year": YEAR, "count": 1})
    )
    assert refusal in text
    assert all(YEAR not in d.years for d in bundle.registers.derived_indicators(COUNTY))
