"""The template editor: a clerk maps a new province workbook by clicking cells, saves, exports."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.signatories import Signatories
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.template_editor import TemplateEditor

MARCH = Period.month(2025, 3)


def province_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "月报"
    ws["A1"] = "某省农村电商月报表"
    ws["A1"].font = Font(bold=True, size=16)
    ws.merge_cells("A1:D1")
    ws["A2"] = "填报单位："
    ws["A4"] = "指标名称"
    ws["C4"] = "本月"
    ws["A5"] = "网络零售额（万元）"
    ws["A6"] = "合计"
    ws["C6"] = "=C5"
    ws.column_dimensions["A"].width = 24
    wb.save(path)
    return path


def click_cell(qtbot: QtBot, editor: TemplateEditor, row: int, column: int) -> None:
    index = editor.model.index(row - 1, column - 1)
    editor.view.scrollTo(index)
    rect = editor.view.visualRect(index)
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.view.currentIndex() == index


def test_map_a_new_workbook_by_clicking_then_export_it(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a stored 网络零售额 for March and a province workbook the program has never seen
    ValueService(store.sessions, "tester").set_text("511921", "C02", MARCH, "1234.5")
    source = province_workbook(tmp_path / "省厅月报.xlsx")
    user_folder = tmp_path / "templates"
    excel = ExcelReturns(store.sessions, [user_folder])
    editor = TemplateEditor(excel, user_folder)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    template = editor.new_from_workbook(source, "某省农村电商月报表", "某电统1表", PeriodKind.MONTH)

    # When the clerk clicks C5 and maps it to 网络零售额, 1-3月累计 (keyed year to date), and B2 to the reporting unit
    click_cell(qtbot, editor, 5, 3)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("value"))
    editor.indicator_combo.setCurrentIndex(editor.indicator_combo.findData("C02"))
    editor.measure_combo.setCurrentIndex(editor.measure_combo.findData("cumulative"))
    qtbot.mouseClick(editor.assign_button, Qt.MouseButton.LeftButton)
    click_cell(qtbot, editor, 2, 2)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("field"))
    editor.field_combo.setCurrentIndex(editor.field_combo.findData("bureau"))
    qtbot.mouseClick(editor.assign_button, Qt.MouseButton.LeftButton)

    # A cell inside the merged title, or the 合计 formula, is refused with a reason
    editor.assign("月报", "B1", header_field=editor_field("region_name"))
    editor.assign("月报", "C6", header_field=editor_field("year"))
    problems = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert len(problems) == 2
    assert any("B1" in p for p in problems) and any("C6" in p for p in problems)
    assert editor.save() is None
    editor.assign("月报", "B1")  # unmapped again
    editor.assign("月报", "C6")

    saved = editor.save()
    assert saved is not None and saved.exists()
    assert (user_folder / template.mapping.workbook).read_bytes() == source.read_bytes()

    # Then the new template is offered and exports the stored figure into C5
    exported = ExcelReturns(store.sessions, [user_folder]).export(
        template.id, "511921", MARCH, tmp_path, Signatories(bureau_name="通江县商务局")
    )
    wb = openpyxl.load_workbook(exported)
    ws = wb["月报"]
    assert ws["C5"].value == 1234.5
    assert ws["B2"].value == "通江县商务局"
    assert ws["A1"].value == "某省农村电商月报表"
    assert ws["C6"].value == "=C5"
    assert "A1:D1" in {str(r) for r in ws.merged_cells.ranges}


def editor_field(name: str):  # type: ignore[no-untyped-def]
    from desktop_app.exporting.excel.mapping import HeaderField

    return HeaderField(name)
