"""Template mappings are immutable, written by tomli-w, read back equal, and checked all at once."""

from __future__ import annotations

import dataclasses
import shutil
import tomllib
from pathlib import Path

import pytest

from desktop_app.exporting.excel.check import check_template_file
from desktop_app.exporting.excel.mapping import (
    Anchor,
    FieldCell,
    HeaderField,
    Measure,
    RegionTable,
    RowMatch,
    SheetKind,
    SheetMapping,
    TableColumn,
    load_mapping,
    mapping_from_dict,
    save_mapping,
)
from desktop_app.paths import resources_dir

SHIPPED = sorted((resources_dir() / "templates").glob("*.toml"))
SC = resources_dir() / "templates" / "sc_county_monthly_样表.toml"


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_shipped_mapping_written_and_loaded_again_is_equal(
    path: Path, tmp_path: Path
) -> None:
    # Given a shipped mapping, When it is written by save_mapping (tomli-w) and loaded again
    mapping = load_mapping(path)
    written = tmp_path / path.name
    save_mapping(mapping, written)
    again = load_mapping(written)
    # Then nothing is lost or changed, down to every cell, prefix and table column
    assert again == mapping
    # And it holds the same data as the shipped file (keys the loader defaults may be left out)
    shipped = tomllib.loads(path.read_text(encoding="utf-8"))
    assert tomllib.loads(written.read_text(encoding="utf-8"))["sheet"] == shipped["sheet"]


def test_awkward_text_and_a_region_table_survive_the_round_trip(tmp_path: Path) -> None:
    base = load_mapping(SC)
    table = RegionTable(
        first_row=10,
        last_row=12,
        key_column="B",
        match=RowMatch.NAME,
        name_column=None,
        total_row=13,
        columns=(TableColumn("C", "C02", Measure.CURRENT, '#,##0.00;[Red]-#,##0.00;"—"'),),
    )
    sheet = SheetMapping(
        '县表 "2"',
        SheetKind.TABLE,
        fields=(
            FieldCell("A6", HeaderField.BUREAU, prefix='填报单位\\（"盖章"）：\t', suffix="'"),
        ),
        anchors=(Anchor("A1", "标题\n第二行 # 不是注释 = [x]"),),
        table=table,
    )
    mapping = dataclasses.replace(
        base, title="a \\ b \" c ''' d", sheets=(*base.sheets, sheet), levels=("prefecture",)
    )
    path = tmp_path / "awkward.toml"
    save_mapping(mapping, path)
    assert load_mapping(path) == mapping


def test_a_loaded_mapping_cannot_be_changed_in_place() -> None:
    mapping = load_mapping(SC)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mapping.id = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        mapping.sheets[0].values[0].indicator = "C02"  # type: ignore[misc]
    assert isinstance(mapping.sheets, tuple) and isinstance(mapping.sheets[0].values, tuple)
    with pytest.raises(AttributeError):
        mapping.sheets[0].values.append(None)  # type: ignore[attr-defined]


def user_copy(tmp_path: Path, text: str) -> Path:
    shutil.copyfile(SC.with_suffix(".xlsx"), tmp_path / SC.with_suffix(".xlsx").name)
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_check_lists_every_typo_of_a_file_not_only_the_first(tmp_path: Path) -> None:
    # Given a mapping with four typos in four places: a top key, two measures and an entry's key
    text = SC.read_text(encoding="utf-8")
    text = text.replace("title =", "titel =", 1)
    text = text.replace(
        '{ cell = "D11", indicator = "A01", measure = "current" }',
        '{ cell = "D11", indicator = "A01", measure = "curent" }',
    )
    text = text.replace(
        '{ cell = "D12", indicator = "A02", measure = "current" }',
        '{ cell = "D12", indicator = "A02", measure = "now" }',
    )
    text = text.replace(
        '{ cell = "F13", indicator = "A03", measure = "last_year" }',
        '{ cell = "F13", indicator = "A03", measur = "last_year" }',
    )
    path = user_copy(tmp_path, text)
    # When it is checked
    problems = check_template_file(path)
    # Then each is named with its key, and loading it still stops at the first (as before)
    keys = [p.params.get("key") for p in problems]
    assert "titel" in keys and "title" in keys
    assert "sheet[1].values[1].measure" in keys and "sheet[1].values[4].measure" in keys
    assert "sheet[1].values[8].measur" in keys
    assert {p.params.get("given") for p in problems} >= {"curent", "now"}
    with pytest.raises(Exception):  # noqa: B017  DomainError: the loader refuses at the first
        mapping_from_dict(tomllib.loads(text), "mine.toml")


def test_check_lists_every_cell_the_workbook_refuses(tmp_path: Path) -> None:
    # Given a mapping that loads, with two cells its workbook cannot take and an unknown indicator
    text = SC.read_text(encoding="utf-8")
    text = text.replace('{ cell = "D11", indicator = "A01"', '{ cell = "B1", indicator = "A01"')
    text = text.replace('{ cell = "D12", indicator = "A02"', '{ cell = "ZZ999", indicator = "A02"')
    text = text.replace('{ cell = "D13", indicator = "A03"', '{ cell = "D13", indicator = "X99"')
    path = user_copy(tmp_path, text)
    problems = check_template_file(path, {"A01", "A02", "A03", *all_codes()})
    assert sorted((p.code, p.params.get("cell", "")) for p in problems) == [
        ("template_cell_merged", "B1"),  # inside the merged title
        ("template_cell_outside", "ZZ999"),
        ("template_indicator_unknown", "D13"),
    ]
    assert check_template_file(SC, all_codes()) == []


def all_codes() -> set[str]:
    codes: set[str] = set()
    for path in SHIPPED:
        codes |= load_mapping(path).indicator_codes()
    return codes
