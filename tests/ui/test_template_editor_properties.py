"""The template's own properties are edited on the Template tab (制定机关, 批准文号, years, period kind,
na_text, file_name) and a figure's number format on the Cell tab: checked as typed by the rules a
mapping file is read with, saved as a draft, and seen in the exported workbook."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import openpyxl
import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.indicators import unit_label
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.excel.check import check_template_file
from desktop_app.exporting.excel.mapping import HeaderField, load_mapping
from desktop_app.i18n import issue_message
from desktop_app.paths import resources_dir
from desktop_app.persistence.repositories import IndicatorRepository
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.language import install_translators
from desktop_app.ui.template_editor import ZERO_WIDTH_SPACE, TemplateEditor
from tests.ui.test_template_editor import click_cell
from tests.ui.test_template_editor_drafts import answer_when_asked, open_editor, shown

MARCH = Period.month(2025, 3)
SHEET = "川商电统1表"
SC = resources_dir() / "templates" / "sc_county_monthly_样表.toml"
CJK = re.compile(r"[\u4e00-\u9fff]")


# The editor speaks the interface's language: Chinese here, whatever an earlier test left.
pytestmark = pytest.mark.usefixtures("chinese")


def retype(qtbot: QtBot, edit: object, text: str) -> None:
    """Select all and type, as a clerk does (real key events; QTest types Latin-1 only)."""
    from PySide6.QtWidgets import QLineEdit

    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    assert edit.text() == text


def test_template_properties_edited_in_the_window_reach_the_file_and_the_export(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given March figures of the county: 12 for A01 (cell D11) and 无 for A02 (cell D12)
    values = ValueService(store.sessions, "tester")
    values.set_text("511921", "A01", MARCH, "12")
    values.set_text("511921", "A02", MARCH, "无")
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder)
    # When the clerk edits every property of the template on the Template tab
    editor.tabs.setCurrentIndex(1)
    editor.authority_edit.setText("四川省商务厅办公室")
    editor.approval_edit.setText("川统制〔2025〕17号")
    editor.first_year.setValue(2025)
    editor.last_year.setValue(2027)
    editor.na_text_edit.setText("不适用")
    retype(qtbot, editor.file_name_edit, "{region_code}-{form_number}-{period_code}")
    assert editor.file_name_example.text().endswith("511921-川商电统1表-2027-M01.xlsx")
    assert editor.dirty  # typed, not yet applied
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    # And gives D11 a number format of its own on the Cell tab
    editor.tabs.setCurrentIndex(0)
    click_cell(qtbot, editor, 11, 4)
    assert editor.kind_combo.currentData() == "value"
    assert editor.indicator_combo.currentData() == "A01"
    retype(qtbot, editor.number_format_edit, "0.000")
    qtbot.mouseClick(editor.assign_button, Qt.MouseButton.LeftButton)
    # And saves
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.dirty
    # Then the TOML file on disk holds each property
    data = tomllib.loads((folder / "sc-county-monthly.toml").read_text(encoding="utf-8"))
    assert data["authority"] == "四川省商务厅办公室"
    assert data["approval"] == "川统制〔2025〕17号"
    assert data["years"] == [2025, 2027]
    assert data["period_kind"] == "month"
    assert data["na_text"] == "不适用"
    assert data["file_name"] == "{region_code}-{form_number}-{period_code}"
    d11 = [v for v in data["sheet"][0]["values"] if v["cell"] == "D11"]
    assert d11 == [
        {"cell": "D11", "indicator": "A01", "measure": "current", "number_format": "0.000"}
    ]
    # And an export with it is named by the pattern, writes 无 as 不适用 and D11 as 0.000
    exported = ExcelReturns(store.sessions, [folder]).export(
        "sc-county-monthly", "511921", MARCH, tmp_path, Signatories(bureau_name="通江县商务局")
    )
    assert exported.name == "511921-川商电统1表-2025-M03.xlsx"
    ws = openpyxl.load_workbook(exported)[SHEET]
    assert ws["D11"].value == 12 and ws["D11"].number_format == "0.000"
    assert ws["D12"].value == "不适用"
    assert ws["E11"].number_format != "0.000"  # the other cells keep their own format


def test_period_kind_and_years_saved_decide_what_can_be_exported(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder)
    editor.tabs.setCurrentIndex(1)
    # When the clerk makes the county return quarterly, for 2026 only, and saves (Ctrl+S-less:
    # Save mapping applies the form itself)
    kind = editor.period_kind_combo
    kind.setCurrentIndex(kind.findData(PeriodKind.QUARTER.value))
    editor.first_year.setValue(2026)
    editor.last_year.setValue(2026)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = load_mapping(folder / "sc-county-monthly.toml")
    assert saved.period_kind is PeriodKind.QUARTER and (saved.first_year, saved.last_year) == (
        2026,
        2026,
    )
    # Then a month of 2025 is refused, and a quarter of 2026 is exported
    excel = ExcelReturns(store.sessions, [folder])
    with pytest.raises(DomainError) as refused:
        excel.export("sc-county-monthly", "511921", MARCH, tmp_path)
    assert refused.value.issue.code == "template_wrong_period"
    path = excel.export("sc-county-monthly", "511921", Period.quarter(2026, 1), tmp_path)
    assert "2026年第一季度" in path.name


def test_bad_properties_are_sentences_under_their_fields_as_templates_check_says(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder)
    before = editor.draft
    editor.tabs.setCurrentIndex(1)
    labels = editor.form_problem_labels
    # When the clerk types an unknown field into the file name, years in the wrong order and a
    # bell character into na_text
    retype(qtbot, editor.file_name_edit, "{region}_{period}")
    editor.first_year.setValue(2030)
    editor.last_year.setValue(2026)
    editor.na_text_edit.setText("无\x07")
    # Then each field shows its sentence, and only those three
    shown_keys = {key for key, label in labels.items() if not label.isHidden()}
    assert shown_keys == {"file_name", "years", "na_text"}
    assert "region" in labels["file_name"].text()
    assert editor.file_name_example.text() == ""
    # And the sentences are the ones `xianbao templates --check` gives for such a file
    text = SC.read_text(encoding="utf-8")
    for good, bad in (
        (
            'file_name = "{region_name}_{form_number}_{period}.xlsx"',
            'file_name = "{region}_{period}"',
        ),
        ("years = [2024, 2026]", "years = [2030, 2026]"),
        ('na_text = "无"', 'na_text = "无\\u0007"'),
    ):
        assert good in text, good
        text = text.replace(good, bad)
    folder_of_file = tmp_path / "check"
    folder_of_file.mkdir()
    (folder_of_file / "sc-county-monthly.toml").write_text(text, encoding="utf-8")
    expected = {
        issue_message(i) for i in check_template_file(folder_of_file / "sc-county-monthly.toml")
    }
    assert {labels[k].text().replace(ZERO_WIDTH_SPACE, "") for k in shown_keys} == expected
    # And Apply and Save refuse: the draft keeps its values and nothing is written
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert editor.draft == before
    assert "red" in editor.status.text() or "红" in editor.status.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not folder.exists() or list(folder.glob("*.toml")) == []
    # When the clerk corrects them, the sentences go
    retype(qtbot, editor.file_name_edit, "{region_name}_{period}")
    editor.first_year.setValue(2024)
    editor.na_text_edit.setText("—")
    assert all(label.isHidden() for label in labels.values())


def test_an_overlong_number_format_is_refused_under_its_field(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, store, tmp_path / "templates")
    before = editor.draft
    click_cell(qtbot, editor, 11, 4)
    editor.number_format_edit.setText("0" * 256)
    qtbot.mouseClick(editor.assign_button, Qt.MouseButton.LeftButton)
    assert editor.draft == before
    assert not editor.number_format_problem.isHidden()
    assert "255" in editor.number_format_problem.text()


def test_close_with_typed_but_unapplied_properties_asks_and_saves_them(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder)
    editor.tabs.setCurrentIndex(1)
    retype(qtbot, editor.approval_edit, "No. 17")
    assert editor.dirty and editor.windowTitle().endswith("*")
    answer_when_asked(editor, QMessageBox.StandardButton.Save)
    qtbot.mouseClick(
        editor.buttons.button(editor.buttons.StandardButton.Close), Qt.MouseButton.LeftButton
    )
    assert not editor.isVisible()
    assert load_mapping(folder / "sc-county-monthly.toml").approval == "No. 17"


def test_in_english_the_indicator_list_units_and_markers_are_english(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given the interface in English
    assert install_translators("en")
    with store.sessions() as session:
        indicators = {r.indicator.code: r.indicator for r in IndicatorRepository(session).active()}
    editor = TemplateEditor(ExcelReturns(store.sessions, [tmp_path]), tmp_path)
    qtbot.addWidget(editor)
    editor.open_template(ExcelReturns(store.sessions).template("sc-county-monthly"))
    # Then each indicator is listed by its English name and unit
    combo = editor.indicator_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    a01 = indicators["A01"]
    assert items[combo.findData("A01")] == f"A01 {a01.name_en} ({unit_label(a01.unit, 'en')})"
    assert not [item for item in items if CJK.search(item)]
    # And the marked cells say the English name and measure
    assert shown(editor, "D11") == f"⟨{a01.name_en}·this period⟩"
    markers = [shown(editor, f"{c}{r}") for c in "DEFG" for r in range(11, 45)]
    assert not [m for m in markers if m.startswith("⟨") and CJK.search(m)]


def test_opening_any_shipped_template_leaves_nothing_unsaved(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # The form shows each template as it is: opening one is no change (levels in any order)
    editor = open_editor(qtbot, store, tmp_path / "templates")
    for template in editor.excel.templates():
        editor.open_template(template)
        for index in range(editor.sheet_combo.count()):
            editor.sheet_combo.setCurrentIndex(index)
            assert not editor.dirty, (template.id, index, editor.form_draft())


def test_fields_typed_on_the_template_tab_survive_a_cell_mapped_and_a_sheet_switch(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given the Jiangxi return (two sheets: the form, then the township table)
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder, home="360781")
    assert editor.draft is not None and editor.draft.id == "jx-county-quarterly"
    form, table = (editor.sheet_combo.itemText(i) for i in range(2))
    # When the clerk types the 批准文号 and, before Apply, maps a cell on the Cell tab
    editor.tabs.setCurrentIndex(1)
    retype(qtbot, editor.approval_edit, "GTZ [2025] No. 3")
    grid = editor.model.grid
    assert grid is not None
    free = next(
        f"{chr(64 + c)}{r}"
        for r in range(grid.rows, 0, -1)
        for c in range(1, min(grid.columns, 26) + 1)
        if not grid.cell(r, c).text
        and not grid.cell(r, c).covered
        and f"{chr(64 + c)}{r}" not in editor.model.mapped
    )
    assert editor.assign(form, free, header_field=HeaderField.PHONE)
    assert any(f.cell == free for f in editor.draft.sheets[0].fields)
    # Then what was typed is still there, not yet in the draft, and unsaved
    assert editor.approval_edit.text() == "GTZ [2025] No. 3" and editor.dirty
    assert editor.draft.approval != "GTZ [2025] No. 3"
    # When the clerk turns to the table sheet, the typed fields are applied on the way
    editor.sheet_combo.setCurrentText(table)
    assert editor.draft.approval == "GTZ [2025] No. 3"
    assert editor.table_box.isChecked()  # the form now shows the township table
    # And a refused field keeps the clerk on the sheet, with its sentence
    editor.last_row.setValue(editor.first_row.value() - 1)
    editor.sheet_combo.setCurrentText(form)
    assert editor.sheet_combo.currentText() == table
    assert not editor.form_problem_labels["table.first_row"].isHidden()
    editor.last_row.setValue(editor.first_row.value() + 5)
    # And Save writes the mapped cell, the 批准文号 and the table's rows
    assert editor.save() is not None
    saved = load_mapping(folder / "jx-county-quarterly.toml")
    assert saved.approval == "GTZ [2025] No. 3"
    assert any(f.cell == free and f.field is HeaderField.PHONE for f in saved.sheets[0].fields)
    saved_table = saved.sheet(table).table
    assert saved_table is not None and saved_table.last_row == saved_table.first_row + 5


def test_a_fields_text_before_and_after_is_edited_on_the_cell_tab(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder)
    # When the clerk clicks A6 (the defined name 填报单位: the bureau, after its prefix)
    click_cell(qtbot, editor, 6, 1)
    assert editor.kind_combo.currentData() == "field"
    assert editor.prefix_edit.text() == "填报单位（盖章）："
    # A bell in the text after it is refused under the field, by the mapping file's rule
    editor.suffix_edit.setText("\x07")
    qtbot.mouseClick(editor.assign_button, Qt.MouseButton.LeftButton)
    assert not editor.field_text_problem.isHidden() and not editor.dirty
    # And new texts before and after it are assigned, saved and exported
    editor.view.setCurrentIndex(editor.model.index(5, 0))
    editor.prefix_edit.setText("单位：")
    editor.suffix_edit.setText("（章）")
    qtbot.mouseClick(editor.assign_button, Qt.MouseButton.LeftButton)
    assert editor.field_text_problem.isHidden()
    assert editor.save() is not None
    data = tomllib.loads((folder / "sc-county-monthly.toml").read_text(encoding="utf-8"))
    a6 = [f for f in data["sheet"][0]["fields"] if f["cell"] == "A6"]
    assert a6 == [{"cell": "A6", "field": "bureau", "prefix": "单位：", "suffix": "（章）"}]
    exported = ExcelReturns(store.sessions, [folder]).export(
        "sc-county-monthly", "511921", MARCH, tmp_path, Signatories(bureau_name="通江县商务局")
    )
    assert openpyxl.load_workbook(exported)[SHEET]["A6"].value == "单位：通江县商务局（章）"
