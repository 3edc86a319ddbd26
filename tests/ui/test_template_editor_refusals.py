"""The template editor lists the good templates of a folder and names each bad one with its reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.paths import resources_dir, user_templates_dir
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.store import Store
from desktop_app.ui.template_editor import ZERO_WIDTH_SPACE, TemplateEditor
from tests.ui.test_template_editor import province_workbook

SHIPPED = resources_dir() / "templates"
MAPPING = SHIPPED / "qh_county_annual_样表.toml"
SC_MAPPING = SHIPPED / "sc_county_monthly_样表.toml"
TEXT = MAPPING.read_text(encoding="utf-8")
SHIPPED_ID = 'id = "qh-county-annual"'
DEFAULT_NAME = 'file_name = "{region_name}_{form_number}_{period}.xlsx"'


def user_folder(tmp_path: Path) -> Path:
    """One good user template and four bad ones, each bad in its own way."""
    folder = tmp_path / "templates"
    folder.mkdir()
    shutil.copyfile(MAPPING.with_suffix(".xlsx"), folder / MAPPING.with_suffix(".xlsx").name)
    good = TEXT.replace(SHIPPED_ID, 'id = "my-annual"')
    (folder / "good.toml").write_text(good, encoding="utf-8")
    (folder / "braces.toml").write_text(
        good.replace('id = "my-annual"', 'id = "braces"').replace(
            DEFAULT_NAME, 'file_name = "{nosuchkey}.xlsx"'
        ),
        encoding="utf-8",
    )
    (folder / "deep.toml").write_text("a = " + "[" * 50_000 + "]" * 50_000, encoding="utf-8")
    (folder / "gbk.toml").write_bytes(good.replace("my-annual", "gbk").encode("gbk"))
    (folder / "zero.toml").write_text(
        good.replace('id = "my-annual"', 'id = "zero"').replace(
            'workbook = "qh_county_annual_样表.xlsx"', 'workbook = "/dev/zero"'
        ),
        encoding="utf-8",
    )
    return folder


def texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(i).text() for i in range(widget.count())]


def test_editor_lists_good_templates_and_names_each_bad_one(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a user folder with one good template and four bad ones
    folder = user_folder(tmp_path)
    # When the editor opens
    editor = TemplateEditor(ExcelReturns(store.sessions, [folder]), folder)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    # Then the good one is offered with the shipped ones
    offered = [editor.template_combo.itemData(i) for i in range(editor.template_combo.count())]
    assert "my-annual" in offered and "sc-county-monthly" in offered
    # And each bad file is named, with a sentence saying why
    refused = editor.refused_sentences
    assert editor.refused.isVisible() and len(refused) == 4
    assert editor.refused_text.text() == "\n\n".join(refused)
    by_file = {
        name: [t for t in refused if name in t] for name in ("braces", "deep", "gbk", "zero")
    }
    assert all(len(found) == 1 for found in by_file.values()), refused
    assert "nosuchkey" in by_file["braces"][0] and "{period_code}" in by_file["braces"][0]
    assert "line 1" in by_file["deep"][0]
    assert "UTF-8" in by_file["gbk"][0]
    assert "/dev/zero" in by_file["zero"][0]
    for sentence in refused:
        assert "Traceback" not in sentence and "Error" not in sentence
    editor.grab().save(str(tmp_path / "refusals.png"))


def test_editor_without_bad_templates_hides_the_list(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = TemplateEditor(ExcelReturns(store.sessions, [tmp_path]), tmp_path)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.refused.isVisible() and editor.refused_sentences == []


def test_editor_check_shows_a_bad_file_name_as_a_sentence_and_does_not_save(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = TemplateEditor(ExcelReturns(store.sessions, [tmp_path]), tmp_path)
    qtbot.addWidget(editor)
    assert editor.mapping is not None
    editor.file_name_edit.setText("{region_name.__class__.__mro__}.xlsx")  # Template tab
    assert editor.save() is None
    shown = texts(editor.problems)
    assert len(shown) == 1 and "__class__" in shown[0] and "{region_name}" in shown[0]
    # The same sentence is under the field, on the Template tab the editor turned to
    assert editor.form_problem_labels["file_name"].text().replace(ZERO_WIDTH_SPACE, "") == shown[0]
    assert editor.tabs.currentIndex() == 1
    assert list(tmp_path.glob("*.toml")) == []


def test_editor_refuses_to_save_a_mapping_that_maps_nothing(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a new template made from a province workbook, with no cell mapped yet
    folder = tmp_path / "templates"
    editor = TemplateEditor(ExcelReturns(store.sessions, [folder]), folder)
    qtbot.addWidget(editor)
    source = province_workbook(tmp_path / "省厅月报.xlsx")
    template = editor.new_from_workbook(source, "某省月报表", "某电统1表", PeriodKind.MONTH)
    # When the clerk saves it, it is refused with a sentence and nothing is written
    assert editor.save() is None
    shown = texts(editor.problems)
    assert len(shown) == 1 and "maps no sheet" in shown[0] and template.id in shown[0]
    assert list(folder.glob("*.toml")) == []


def test_editor_save_that_cannot_be_written_is_a_sentence_and_keeps_nothing_half_written(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a shipped template opened for editing, and its mapping's place taken by a folder
    folder = tmp_path / "templates"
    editor = TemplateEditor(ExcelReturns(store.sessions, [folder]), folder)
    qtbot.addWidget(editor)
    assert editor.mapping is not None
    (folder / f"{editor.mapping.id}.toml").mkdir(parents=True)
    # When the clerk saves, the refusal is a sentence naming the file, and no partial file is left
    assert editor.save() is None
    shown = texts(editor.problems)
    assert len(shown) == 1 and f"{editor.mapping.id}.toml" in shown[0]
    assert "Traceback" not in shown[0] and "Errno" not in shown[0]
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []
    # And once the place is free, the same save succeeds and the mapping loads again
    (folder / f"{editor.mapping.id}.toml").rmdir()
    saved = editor.save()
    assert saved is not None
    assert ExcelReturns(store.sessions, [folder]).refused_templates() == []


def test_export_without_a_fitting_template_mentions_the_files_not_loaded(
    store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the clerk's own sc-county-monthly, broken, in the user templates folder
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = user_templates_dir()
    folder.mkdir(parents=True)
    shutil.copyfile(SC_MAPPING.with_suffix(".xlsx"), folder / SC_MAPPING.with_suffix(".xlsx").name)
    (folder / "mine.toml").write_text(
        SC_MAPPING.read_text(encoding="utf-8").replace("{region_name}", "{nosuchkey}"),
        encoding="utf-8",
    )
    store.set_home_region("511921", "通江县商务局")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(store, "en", user="王五", settings_store=settings)
    qtbot.addWidget(window)
    window.set_period(Period.month(2025, 3))
    said: list[str] = []
    window.report_actions.message.connect(lambda text, _error: said.append(text))
    # When the clerk exports the county's return, nothing is written and the message says why
    assert window.report_actions.export_excel() is None
    assert said and "1 template files could not be loaded" in said[-1], said


def test_a_broken_link_in_the_templates_folder_is_named_not_a_traceback(
    store: Store, tmp_path: Path
) -> None:
    # The folder's change stamp once called stat() on each file: a dangling link raised
    (tmp_path / "gone.toml").symlink_to(tmp_path / "nowhere.toml")
    excel = ExcelReturns(store.sessions, [tmp_path])
    assert {t.id for t in excel.templates()} >= {"sc-county-monthly"}
    (refused,) = excel.refused_templates()
    assert refused.path.name == "gone.toml"
    assert refused.issue.code == "template_file_unreadable"
