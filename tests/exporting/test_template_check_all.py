"""A hand-written mapping is checked all at once: every bad key of a region table, and of one
entry, is reported, not only the first (docs/templates.md, "templates --check")."""

from __future__ import annotations

import io
import shutil
import tomllib
from pathlib import Path

from desktop_app.exporting.excel.mapping import keyed_problems, mapping_problems
from desktop_app.paths import resources_dir

CITY = resources_dir() / "templates" / "sc_city_summary_样表.toml"

GOOD_TABLE = """[sheet.table]
first_row = 10
last_row = 39
key_column = "B"
match = "order"
name_column = "A"
total_row = 40
"""

# Five bad keys in one region table: a row in quotes, the last row before the first is not
# reachable while first_row is bad, an empty key column, a misspelt match, a number as the name
# column, a negative total row; and one unknown key.
BAD_TABLE = """[sheet.table]
first_row = "10"
last_row = 39
key_column = ""
match = "orders"
name_column = 1
total_row = -1
frist_row = 10
"""


def city_text() -> str:
    text = CITY.read_text(encoding="utf-8")
    assert GOOD_TABLE in text
    return text


def test_every_bad_key_of_a_region_table_is_reported() -> None:
    # Given the city summary's mapping with six faults in its region table
    data = tomllib.loads(city_text().replace(GOOD_TABLE, BAD_TABLE))
    # When it is checked
    problems = keyed_problems(data, "mine.toml")
    # Then each fault is listed under its own key, once
    found = sorted((p.key, p.issue.code) for p in problems)
    assert found == [
        ("sheet[1].table.first_row", "template_key_not_integer"),
        ("sheet[1].table.frist_row", "template_key_unknown"),
        ("sheet[1].table.key_column", "template_key_empty"),
        ("sheet[1].table.match", "template_key_choice"),
        ("sheet[1].table.name_column", "template_key_not_text"),
        ("sheet[1].table.total_row", "template_key_rows"),
    ]
    assert [p.issue for p in problems] == mapping_problems(data, "mine.toml")


def test_rows_out_of_order_are_reported_beside_the_other_table_faults() -> None:
    bad = GOOD_TABLE.replace("last_row = 39", "last_row = 9").replace('"order"', '"ordre"')
    data = tomllib.loads(city_text().replace(GOOD_TABLE, bad))
    found = sorted((p.key, p.issue.code) for p in keyed_problems(data, "mine.toml"))
    assert found == [
        ("sheet[1].table.first_row", "template_key_rows"),
        ("sheet[1].table.match", "template_key_choice"),
    ]


def test_every_bad_key_of_one_value_cell_and_of_the_top_is_reported() -> None:
    # Given a value cell with a bad measure and an overlong number format, and a bad format and id
    text = city_text().replace(
        '{ column = "C", indicator = "A04", measure = "current" }',
        '{ column = "C", indicator = "", measure = "now", number_format = "' + "0" * 300 + '" }',
    )
    text = text.replace("format = 1", "format = 2").replace('"sc-city-summary"', '"../x"')
    data = tomllib.loads(text)
    found = sorted((p.key, p.issue.code) for p in keyed_problems(data, "mine.toml"))
    assert found == [
        ("format", "template_format"),
        ("id", "template_mapping_bad_id"),
        ("sheet[1].table.columns[1].indicator", "template_key_empty"),
        ("sheet[1].table.columns[1].measure", "template_key_choice"),
        ("sheet[1].table.columns[1].number_format", "template_number_format_long"),
    ]


def test_a_good_mapping_has_no_problem() -> None:
    assert keyed_problems(tomllib.loads(city_text()), "mine.toml") == []


def test_the_check_command_says_1_problem_not_1_problems(tmp_path: Path) -> None:
    from desktop_app.cli_excel import cmd_check_template
    from desktop_app.i18n import current_language, set_language

    # Given a copy of the city mapping with one typo, checked in English
    shutil.copyfile(CITY.with_suffix(".xlsx"), tmp_path / CITY.with_suffix(".xlsx").name)
    path = tmp_path / "mine.toml"
    path.write_text(city_text().replace('match = "order"', 'match = "ordre"'), encoding="utf-8")
    before = current_language()
    set_language("en")
    try:
        out = io.StringIO()
        assert cmd_check_template(path, set(), out) == 2
    finally:
        set_language(before or "zh_CN")
    assert out.getvalue().splitlines()[0] == "mine.toml: 1 problem."
