"""The template editor works on a draft: unsaved edits never reach an export, a mapped cell is
replaced (and the replacement undone), Close asks about unsaved changes, a city table is made in
the window, and it opens on a template for the home region."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.regions import Region, RegionLevel
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.excel.mapping import (
    HeaderField,
    Measure,
    RowMatch,
    load_mapping,
    scan_templates,
)
from desktop_app.paths import resources_dir
from desktop_app.persistence.repositories import IndicatorRepository
from desktop_app.services.excel_returns import ExcelReturns, shipped_templates_dir
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.template_editor import (
    FIELD_TEXTS,
    MEASURE_SHORT,
    TemplateEditor,
    default_template,
    tr,
)
from tests.ui.test_template_editor import click_cell

MARCH = Period.month(2025, 3)
SHEET = "川商电统1表"  # the Sichuan county return's sheet
SC = resources_dir() / "templates" / "sc_county_monthly_样表.toml"


# The editor speaks the interface's language: Chinese here, whatever an earlier test left.
pytestmark = pytest.mark.usefixtures("chinese")


def names(store: Store) -> dict[str, str]:
    with store.sessions() as session:
        return {
            r.indicator.code: r.indicator.name_zh for r in IndicatorRepository(session).active()
        }


def forget_changes(editor: TemplateEditor) -> None:
    editor.saved = editor.draft
    editor._fill_template_form()


def open_editor(qtbot: QtBot, store: Store, folder: Path, home: str = "511921") -> TemplateEditor:
    excel = ExcelReturns(store.sessions, [folder])
    editor = TemplateEditor(excel, folder, home=RegionQueries(store.sessions).get(home))
    # Closed at teardown without the unsaved-changes question (a failed test leaves a draft, or
    # fields typed on the Template tab)
    qtbot.addWidget(editor, before_close_func=forget_changes)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def shown(editor: TemplateEditor, where: str) -> str:
    row, column = int(where[1:]), ord(where[0]) - 64
    return str(editor.model.data(editor.model.index(row - 1, column - 1)))


def test_an_unsaved_edit_does_not_reach_an_export(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a stored figure for D11 (A01 本期) and the editor open on the county return
    ValueService(store.sessions, "tester").set_text("511921", "A01", MARCH, "12")
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder)
    assert editor.draft is not None and editor.draft.id == "sc-county-monthly"
    cells = len(editor.draft.sheets[0].values)
    # When the clerk unmaps D11 but does not save, and exports through the same service
    assert editor.assign(SHEET, "D11")
    assert len(editor.draft.sheets[0].values) == cells - 1 and editor.dirty
    exported = editor.excel.export(
        "sc-county-monthly", "511921", MARCH, tmp_path, Signatories(bureau_name="通江县商务局")
    )
    # Then the export still fills D11 from the template as saved (the cache is untouched)
    assert openpyxl.load_workbook(exported)[SHEET]["D11"].value == 12
    assert len(editor.excel.template("sc-county-monthly").mapping.sheets[0].values) == cells
    assert list(folder.glob("*.toml")) == []


def test_markers_say_indicator_name_and_measure_not_codes(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, store, tmp_path)
    indicator = names(store)
    assert shown(editor, "D11") == f"⟨{indicator['A01']}·{tr(MEASURE_SHORT[Measure.CURRENT])}⟩"
    assert shown(editor, "F11") == f"⟨{indicator['A01']}·{tr(MEASURE_SHORT[Measure.LAST_YEAR])}⟩"
    # 填报单位 is a defined name pointing at A6: the marker sits on A6 and says what it is
    assert shown(editor, "A6") == f"⟨{tr(FIELD_TEXTS[HeaderField.BUREAU])}⟩"
    every = [shown(editor, f"{c}{r}") for c in "ABCDEFGHI" for r in range(1, 53)]
    assert not any("current" in s or "A01" in s or "·last_year" in s for s in every)


def test_reassigning_a_mapped_cell_replaces_it_and_ctrl_z_undoes(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, store, tmp_path)
    indicator = names(store)
    # When the clerk clicks D11 (A01 本期) and assigns C02 累计 to it
    click_cell(qtbot, editor, 11, 4)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("value"))
    editor.indicator_combo.setCurrentIndex(editor.indicator_combo.findData("C02"))
    editor.measure_combo.setCurrentIndex(editor.measure_combo.findData("cumulative"))
    qtbot.mouseClick(editor.assign_button, Qt.MouseButton.LeftButton)
    # Then the cell holds C02 累计, the status line says what was replaced, and nothing is wrong
    assert editor.draft is not None
    d11 = [v for v in editor.draft.sheets[0].values if v.cell == "D11"]
    assert [(v.indicator, v.measure) for v in d11] == [("C02", Measure.CUMULATIVE)]
    status = editor.status.text()
    assert indicator["A01"] in status and indicator["C02"] in status and "D11" in status
    assert editor.validate() == []
    # And a field put on A6, the cell the defined name 填报单位 points at, replaces that field
    assert editor.assign(SHEET, "A6", header_field=HeaderField.PREPARER)
    fields = {f.cell: f.field for f in editor.draft.sheets[0].fields}
    assert "填报单位" not in fields and fields["A6"] is HeaderField.PREPARER
    assert editor.validate() == []
    # When Ctrl+Z is pressed twice, the draft is the saved mapping again
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft == load_mapping(SC) and not editor.dirty
    assert shown(editor, "D11") == f"⟨{indicator['A01']}·{tr(MEASURE_SHORT[Measure.CURRENT])}⟩"


def answer_when_asked(editor: TemplateEditor, button: QMessageBox.StandardButton) -> None:
    def press() -> None:
        box = editor.unsaved_box
        assert box is not None and box.isVisible()
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_close_with_unsaved_changes_asks_save_discard_or_cancel(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder)
    close = editor.buttons.button(editor.buttons.StandardButton.Close)
    # Closing without a change asks nothing
    assert not editor.dirty
    # Given an unsaved change
    editor.assign(SHEET, "D11")
    # When the clerk presses Close and answers Cancel, the editor stays with the change
    answer_when_asked(editor, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.dirty
    # When the clerk presses Close and answers Save, the draft is written and the editor closes
    answer_when_asked(editor, QMessageBox.StandardButton.Save)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    saved = load_mapping(folder / "sc-county-monthly.toml")
    assert saved == editor.draft and all(v.cell != "D11" for v in saved.sheets[0].values)
    assert (folder / saved.workbook).read_bytes() == (
        shipped_templates_dir() / saved.workbook
    ).read_bytes()
    # And the service now gives the saved mapping (it replaces the sample)
    assert ExcelReturns(store.sessions, [folder]).template("sc-county-monthly").mapping == saved


def test_close_and_discard_writes_nothing(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder)
    editor.assign(SHEET, "D11")
    answer_when_asked(editor, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert not folder.exists() or list(folder.iterdir()) == []


def city_workbook(path: Path, counties: list[tuple[str, str]]) -> Path:
    """A city's table of its counties: names in A, codes in B, 网络零售额 in C, a 合计 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "县区汇总"
    ws["A1"] = "某市农村电商汇总表"
    ws["A3"], ws["B3"], ws["C3"] = "县（市、区）", "区划代码", "网络零售额（万元）"
    for offset, (code, name) in enumerate(counties):
        ws.cell(row=4 + offset, column=1, value=name)
        ws.cell(row=4 + offset, column=2, value=code).number_format = "@"
    total = 4 + len(counties)
    ws.cell(row=total, column=1, value="合计")
    ws.cell(row=total, column=3, value=f"=SUM(C4:C{total - 1})")
    wb.save(path)
    return path


def test_a_city_table_is_made_in_the_window_saved_and_exported(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given figures of two counties and the city's own workbook (codes in column B)
    values = ValueService(store.sessions, "tester")
    values.set_text("511921", "C02", MARCH, "1234.5")
    values.set_text("511922", "C02", MARCH, "100")
    counties = [(r.code, r.name) for r in RegionQueries(store.sessions).children("511900")]
    source = city_workbook(tmp_path / "市汇总.xlsx", counties)
    folder = tmp_path / "templates"
    editor = open_editor(qtbot, store, folder, home="511900")
    template = editor.new_from_workbook(
        source, "某市农村电商汇总表", "某市电统2表", PeriodKind.MONTH
    )
    assert editor.draft is not None and editor.draft.levels == ("prefecture",)
    assert editor.draft.province == "51"
    # When the clerk describes the region table on the Template tab and applies it
    editor.tabs.setCurrentIndex(1)
    editor.table_box.setChecked(True)
    editor.first_row.setValue(4)
    editor.last_row.setValue(3 + len(counties))
    editor.total_row.setValue(4 + len(counties))
    editor.key_column.setText("b")
    editor.match_combo.setCurrentIndex(editor.match_combo.findData(RowMatch.CODE.value))
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    # And maps column C by clicking one of its cells
    editor.tabs.setCurrentIndex(0)
    click_cell(qtbot, editor, 5, 3)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("column"))
    editor.indicator_combo.setCurrentIndex(editor.indicator_combo.findData("C02"))
    # (网络零售额 is keyed year to date, so March alone has a 1-3月累计 and no 本月)
    editor.measure_combo.setCurrentIndex(editor.measure_combo.findData("cumulative"))
    qtbot.mouseClick(editor.assign_button, Qt.MouseButton.LeftButton)
    assert editor.validate() == []
    name = names(store)["C02"]
    assert shown(editor, "C4") == f"⟨{name}·{tr(MEASURE_SHORT[Measure.CUMULATIVE])}⟩"
    saved = editor.save()
    assert saved is not None
    # Then the written TOML holds the table, read back by the loader
    table = load_mapping(saved).sheets[0].table
    assert table is not None
    assert (table.first_row, table.last_row, table.total_row) == (
        4,
        3 + len(counties),
        4 + len(counties),
    )
    assert (table.key_column, table.match) == ("B", RowMatch.CODE)
    assert [(c.column, c.indicator, c.measure) for c in table.columns] == [
        ("C", "C02", Measure.CUMULATIVE)
    ]
    # And the city's export fills each county's row, leaving the 合计 formula alone
    exported = ExcelReturns(store.sessions, [folder]).export(
        template.id, "511900", MARCH, tmp_path, Signatories(bureau_name="巴中市商务局")
    )
    ws = openpyxl.load_workbook(exported)["县区汇总"]
    by_code = {
        ws.cell(row=r, column=2).value: ws.cell(row=r, column=3).value
        for r in range(4, 4 + len(counties))
    }
    assert by_code["511921"] == 1234.5 and by_code["511922"] == 100
    assert ws.cell(row=4 + len(counties), column=3).value == f"=SUM(C4:C{3 + len(counties)})"


@pytest.mark.parametrize(
    ("code", "level", "expected"),
    [
        ("511921", RegionLevel.COUNTY, "sc-county-monthly"),
        ("511900", RegionLevel.PREFECTURE, "sc-city-summary"),
        ("360781", RegionLevel.COUNTY, "jx-county-quarterly"),
        ("632801", RegionLevel.COUNTY, "qh-county-annual"),
    ],
)
def test_default_template_is_for_the_home_province_and_level(
    code: str, level: RegionLevel, expected: str
) -> None:
    templates = list(scan_templates([shipped_templates_dir()]).templates)
    chosen = default_template(templates, Region(code, "某地", level))
    assert chosen is not None and chosen.id == expected


def test_editor_opens_on_the_home_template_and_lists_every_problem_of_a_broken_file(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a user file with two typos beside the shipped templates, and a home county in Sichuan
    shutil.copyfile(SC.with_suffix(".xlsx"), tmp_path / SC.with_suffix(".xlsx").name)
    text = SC.read_text(encoding="utf-8").replace('id = "sc-county-monthly"', 'id = "mine"')
    text = text.replace('measure = "last_year" }', 'measure = "lastyear" }', 1).replace(
        "title =", "tilte =", 1
    )
    (tmp_path / "mine.toml").write_text(text, encoding="utf-8")
    editor = open_editor(qtbot, store, tmp_path)
    # Then it opens on the Sichuan county return, not the first template of the list
    assert editor.template_combo.itemData(0) != "sc-county-monthly"
    assert editor.draft is not None and editor.draft.id == "sc-county-monthly"
    # And the broken file's paragraph names both typos
    (paragraph,) = editor.refused_sentences
    assert "lastyear" in paragraph and "tilte" in paragraph and paragraph.count("\n") >= 2
    editor.grab().save(str(tmp_path / "editor.png"))


def test_the_reports_menu_opens_the_editor_on_the_home_regions_template(
    store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a city bureau's database (home region 巴中市) and the main window
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    store.set_home_region("511900", "巴中市商务局")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(store, "zh_CN", user="王五", settings_store=settings)
    qtbot.addWidget(window)
    opened: list[str | None] = []

    def look_and_close() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, TemplateEditor)
        opened.append(editor.draft.id if editor.draft is not None else None)
        editor.reject()

    # When the clerk opens Reports ▸ Templates
    QTimer.singleShot(0, look_and_close)
    window.report_actions.edit_templates()
    # Then the editor showed the city summary, not the first template of the list
    assert opened == ["sc-city-summary"]
