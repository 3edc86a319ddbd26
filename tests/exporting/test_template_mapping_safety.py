"""A template mapping is a user file: whatever it holds, it is read or refused with a sentence.

Refused: output file names built from anything but the documented fields, a mapping without
sheets, a workbook that is not an ordinary file beside the mapping, nesting that would exhaust
the parser's stack, files too large, not UTF-8, not TOML, or with values of the wrong type. Each
refusal names the file and the key (or line) and says what is allowed.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.exporting.excel.export import ExportData, RegionData, file_name
from desktop_app.exporting.excel.mapping import (
    MAX_MAPPING_BYTES,
    MAX_NESTING,
    load_mapping,
    load_template,
    scan_templates,
)
from desktop_app.exporting.excel.names import FILE_NAME_FIELDS, MAX_FILE_NAME_BYTES
from desktop_app.i18n import issue_message
from desktop_app.paths import resources_dir

SHIPPED = resources_dir() / "templates"
MAPPING = SHIPPED / "sc_county_monthly_样表.toml"
WORKBOOK = SHIPPED / "sc_county_monthly_样表.xlsx"
TEXT = MAPPING.read_text(encoding="utf-8")
DEFAULT_NAME = 'file_name = "{region_name}_{form_number}_{period}.xlsx"'
MARCH = Period.month(2025, 3)


def user_template(folder: Path, text: str | bytes, name: str = "mine.toml") -> Path:
    """A mapping file in `folder`, with the shipped workbook beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(WORKBOOK, folder / WORKBOOK.name)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def refusal(path: Path) -> DomainError:
    with pytest.raises(DomainError) as caught:
        load_template(path)
    return caught.value


def assert_sentence(exc: DomainError, *needles: str) -> str:
    """The refusal is one of the known sentences and names what the user must look at."""
    message = issue_message(exc.issue)
    assert not message.startswith(exc.issue.code), f"no sentence for {exc.issue.code}"
    for needle in needles:
        assert needle in message, message
    assert "Traceback" not in message and "http" not in message
    return message


# --- file_name: a fixed set of fields, no Python format strings ------------------------------------
@pytest.mark.parametrize(
    ("pattern", "code", "named"),
    [
        ("{region_name.__class__.__mro__}.xlsx", "template_file_name_not_plain", "__class__"),
        ("{region_name[0]}.xlsx", "template_file_name_not_plain", "region_name[0]"),
        ("{region_name!r}.xlsx", "template_file_name_not_plain", "region_name!r"),
        ("{region_name:>300}.xlsx", "template_file_name_not_plain", "region_name:>300"),
        ("{}.xlsx", "template_file_name_not_plain", "{}"),
        ("{0}.xlsx", "template_file_name_not_plain", "{0}"),
        ("{nosuchkey}.xlsx", "template_file_name_unknown", "nosuchkey"),
        ("{region_name_{period}.xlsx", "template_file_name_brace", "1"),
        ("{region_name}_{period.xlsx", "template_file_name_brace", "15"),
        ("{region_name}}_{period}.xlsx", "template_file_name_brace", "14"),
        ("{{region_name}}.xlsx", "template_file_name_brace", "1"),
        ("", "template_file_name_empty", "file_name"),
    ],
)
def test_mapping_file_name_outside_the_fields_is_refused_at_load(
    tmp_path: Path, pattern: str, code: str, named: str
) -> None:
    escaped = pattern.replace("\\", "\\\\").replace('"', '\\"')
    path = user_template(tmp_path, TEXT.replace(DEFAULT_NAME, f'file_name = "{escaped}"'))
    exc = refusal(path)
    assert exc.issue.code == code
    message = assert_sentence(exc, "mine.toml", "file_name", named)
    if code != "template_file_name_empty":
        assert "region_name" in message and "period_code" in message  # what is allowed


def mapping_with_name(pattern: str):  # type: ignore[no-untyped-def]
    return replace(load_mapping(MAPPING), file_name=pattern)


def data_for(name: str, code: str = "511921") -> ExportData:
    return ExportData(region=RegionData(code, name, "county", {}), period=MARCH)


def test_file_name_fields_are_the_documented_ones() -> None:
    # Given every documented field in one pattern
    pattern = "_".join("{" + f + "}" for f in FILE_NAME_FIELDS) + ".xlsx"
    # Then each is filled with its own value (an independent list, not the code's table)
    assert file_name(mapping_with_name(pattern), data_for("通江县")) == (
        "通江县_511921_川商电统1表_农村电子商务发展情况月报表_2025年3月_2025-M03.xlsx"
    )
    docs = (resources_dir().parent / "docs" / "templates.md").read_text(encoding="utf-8")
    for field_name in FILE_NAME_FIELDS:
        assert "{" + field_name + "}" in docs


@pytest.mark.parametrize(
    ("region_name", "expected"),
    [
        ("../../etc/passwd", "_.._etc_passwd_川商电统1表.xlsx"),
        ("..", "_川商电统1表.xlsx"),  # leading dots go: no hidden file, no parent folder
        ("C:\\Windows\\x", "C__Windows_x_川商电统1表.xlsx"),
        ('a<b>c:"d"|e?f*', "a_b_c__d__e_f__川商电统1表.xlsx"),
        ("tab\there\x00nul\x7fdel", "tab_here_nul_del_川商电统1表.xlsx"),
        ("evil\u202exslx.exe", "evil_xslx.exe_川商电统1表.xlsx"),  # right-to-left override
        ("line\u2028break", "line_break_川商电统1表.xlsx"),
        ("CON", "CON_川商电统1表.xlsx"),  # not a device name: its base is CON_…
    ],
)
def test_file_name_is_a_safe_name_whatever_the_region_is_called(
    region_name: str, expected: str
) -> None:
    mapping = mapping_with_name("{region_name}_{form_number}.xlsx")
    assert file_name(mapping, data_for(region_name)) == expected


@pytest.mark.parametrize("reserved", ["CON", "prn", "Aux", "NUL", "COM1", "lpt9", "nul.tar"])
def test_file_name_never_a_windows_device_name(reserved: str) -> None:
    mapping = mapping_with_name("{region_name}.xlsx")
    name = file_name(mapping, data_for(reserved))
    assert name == f"_{reserved}.xlsx"


def test_file_name_is_bounded_in_bytes_and_keeps_its_extension() -> None:
    mapping = mapping_with_name("{region_name}_{period}.xlsx")
    name = file_name(mapping, data_for("县" * 500 + ". "))
    assert name.endswith(".xlsx")
    assert len(name.encode("utf-8")) <= MAX_FILE_NAME_BYTES
    assert len((name + ".part").encode("utf-8")) <= 255  # ext4, NTFS: 255 per name
    assert name == "县" * ((MAX_FILE_NAME_BYTES - len(".xlsx")) // 3) + ".xlsx"


def test_file_name_empty_after_cleaning_falls_back_to_the_template_id() -> None:
    mapping = mapping_with_name("{region_name}.xlsx")
    assert file_name(mapping, data_for(" .. ")) == "sc-county-monthly.xlsx"


def test_template_editor_check_refuses_a_bad_file_name() -> None:
    from openpyxl import load_workbook

    from desktop_app.exporting.excel.mapping import validate_mapping

    mapping = mapping_with_name("{region_name.__class__}.xlsx")
    problems = validate_mapping(mapping, load_workbook(WORKBOOK))
    assert [p.issue.code for p in problems] == ["template_file_name_not_plain"]


# --- sheets ----------------------------------------------------------------------------------------
def test_mapping_without_sheets_is_refused_at_load(tmp_path: Path) -> None:
    path = user_template(tmp_path, TEXT.split("[[sheet]]")[0])
    exc = refusal(path)
    assert exc.issue.code == "template_mapping_no_sheets"
    assert_sentence(exc, "mine.toml")


# --- the workbook: an ordinary file beside the mapping ----------------------------------------------
WORKBOOK_LINE = f'workbook = "{WORKBOOK.name}"'


@pytest.mark.parametrize(
    "workbook",
    ["/dev/zero", "../sc_county_monthly_样表.xlsx", "sub/x.xlsx", "C:\\\\x.xlsx", "C:x.xlsx", ".."],
)
def test_mapping_workbook_must_be_a_plain_file_name(tmp_path: Path, workbook: str) -> None:
    path = user_template(tmp_path / "t", TEXT.replace(WORKBOOK_LINE, f'workbook = "{workbook}"'))
    exc = refusal(path)
    assert exc.issue.code == "template_workbook_name"
    assert_sentence(exc, "mine.toml", "workbook")


def test_mapping_workbook_that_is_a_device_or_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    path = user_template(folder, TEXT.replace(WORKBOOK_LINE, 'workbook = "zero.xlsx"'))
    (folder / "zero.xlsx").symlink_to("/dev/zero")
    exc = refusal(path)
    assert exc.issue.code == "template_workbook_not_file"
    assert_sentence(exc, "mine.toml", "zero.xlsx")
    (folder / "zero.xlsx").unlink()
    (folder / "zero.xlsx").mkdir()
    assert refusal(path).issue.code == "template_workbook_not_file"


def test_mapping_workbook_linked_from_outside_the_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    path = user_template(folder, TEXT.replace(WORKBOOK_LINE, 'workbook = "elsewhere.xlsx"'))
    (folder / "elsewhere.xlsx").symlink_to(WORKBOOK)
    exc = refusal(path)
    assert exc.issue.code == "template_workbook_outside"
    assert_sentence(exc, "mine.toml", "elsewhere.xlsx")


def test_mapping_workbook_too_large_is_refused_without_reading_it(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    path = user_template(folder, TEXT.replace(WORKBOOK_LINE, 'workbook = "huge.xlsx"'))
    with (folder / "huge.xlsx").open("wb") as sparse:
        sparse.truncate(200 * 1024 * 1024)
    exc = refusal(path)
    assert exc.issue.code == "template_workbook_too_large"
    assert_sentence(exc, "mine.toml", "huge.xlsx")


def test_a_broken_user_template_never_falls_back_to_the_shipped_one(tmp_path: Path) -> None:
    # Given the clerk's own sc-county-monthly whose workbook is /dev/zero
    user = tmp_path / "user"
    user_template(user, TEXT.replace(WORKBOOK_LINE, 'workbook = "/dev/zero"'))
    # When the folders are scanned
    scan = scan_templates([SHIPPED, user])
    # Then the shipped sample is not offered in its place, and asking for it says why
    assert "sc-county-monthly" not in {t.id for t in scan.templates}
    assert {t.id for t in scan.templates} >= {"sc-city-summary", "qh-county-annual"}
    (refused,) = scan.refused
    assert refused.path.name == "mine.toml" and refused.template_id == "sc-county-monthly"
    with pytest.raises(DomainError) as caught:
        scan.template("sc-county-monthly")
    assert caught.value.issue.code == "template_workbook_name"


# --- the TOML file itself ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "nested",
    [
        "a = " + "[" * 50_000 + "]" * 50_000,
        "a = " + "{ b = " * 50_000 + "1" + " }" * 50_000,
        "a = " + "[{ b = " * 25_000 + "1" + " }]" * 25_000,
    ],
    ids=["arrays", "inline-tables", "both"],
)
def test_mapping_nested_too_deep_is_refused_quickly(tmp_path: Path, nested: str) -> None:
    path = user_template(tmp_path, TEXT.replace("format = 1", "format = 1\n" + nested))
    started = time.monotonic()
    exc = refusal(path)
    assert time.monotonic() - started < 2.0
    assert exc.issue.code == "template_too_deep"
    assert exc.issue.params["line"] == 4
    assert_sentence(exc, "mine.toml", "4", str(MAX_NESTING))


@pytest.mark.parametrize(
    "key",
    [
        "a" + ".a" * 250_000 + " = 1",
        "[a" + ".a" * 250_000 + "]",
        '"a"' + ' . "a"' * 50_000 + " = 1",
    ],
    ids=["dotted-key", "table-header", "quoted-parts"],
)
def test_mapping_dotted_key_too_long_is_refused_quickly(tmp_path: Path, key: str) -> None:
    # tomllib's time grows with the square of a dotted key's parts: 250,000 would take minutes
    path = user_template(tmp_path, TEXT.replace("format = 1", "format = 1\n" + key))
    started = time.monotonic()
    exc = refusal(path)
    assert time.monotonic() - started < 2.0
    assert exc.issue.code == "template_key_too_long"
    assert exc.issue.params["line"] == 4
    assert_sentence(exc, "mine.toml", "4")


def test_mapping_numbers_and_dots_in_values_are_not_key_parts(tmp_path: Path) -> None:
    text = TEXT.replace(
        'approval = "',
        '# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r\napproval = "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r',
    )
    assert load_template(user_template(tmp_path, text)).mapping.approval.startswith("a.b.c")


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("sheets", "".join(f'[[sheet]]\nname = "s{i}"\n' for i in range(20_000))),
        ("tables", "".join(f"[t{i}]\na = 1\n" for i in range(33_000))),
        ("lines", "\n" * 400_000),
        (
            "values",
            '[[sheet]]\nname = "川商电统1表"\nvalues = [\n'
            + "".join(
                f'{{ cell = "D{i}", indicator = "A01", measure = "current" }},\n'
                for i in range(7_000)
            )
            + "]\n",
        ),
    ],
)
def test_mapping_worst_cases_within_the_size_bound_are_answered_within_5_s(
    tmp_path: Path, name: str, body: str
) -> None:
    # Given a mapping just under MAX_MAPPING_BYTES, shaped to make the parser work hardest
    text = TEXT.split("[[sheet]]")[0] + body
    assert len(text.encode("utf-8")) <= MAX_MAPPING_BYTES
    path = user_template(tmp_path, text)
    started = time.monotonic()
    # When it is loaded, it is answered (loaded or refused) within the bound
    try:
        load_template(path)
    except DomainError as exc:
        assert_sentence(exc, "mine.toml")
    assert time.monotonic() - started < 5.0


def test_mapping_with_too_many_sheets_or_a_sheet_twice_is_refused(tmp_path: Path) -> None:
    head = TEXT.split("[[sheet]]")[0]
    many = head + "".join(f'[[sheet]]\nname = "s{i}"\n' for i in range(256))
    exc = refusal(user_template(tmp_path / "many", many))
    assert exc.issue.code == "template_too_many_sheets"
    assert_sentence(exc, "mine.toml", "256", "255")
    twice = head + '[[sheet]]\nname = "表"\n[[sheet]]\nname = "表"\n'
    exc = refusal(user_template(tmp_path / "twice", twice))
    assert exc.issue.code == "template_sheet_twice"
    assert_sentence(exc, "mine.toml", "表")


def test_mapping_brackets_inside_strings_and_comments_are_not_nesting(tmp_path: Path) -> None:
    text = TEXT.replace(
        'description = "',
        '# [[[[[[[[[[[[[[[[[[[[[[[[ a comment\ndescription = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[ {{{{{{',
    ).replace('authority = "四川省商务厅"', "authority = '''[[[[[[[[[[[[[[[[[[[[[[['''")
    mapping = load_template(user_template(tmp_path, text)).mapping
    assert mapping.description.startswith("[[[[")


def test_mapping_too_large_is_refused_before_parsing(tmp_path: Path) -> None:
    path = user_template(tmp_path, TEXT)
    with path.open("ab") as grow:
        grow.write(b"# padding\n" * (MAX_MAPPING_BYTES // 10 + 1))
    exc = refusal(path)
    assert exc.issue.code == "template_file_too_large"
    assert_sentence(exc, "mine.toml")


def test_mapping_that_is_a_device_is_refused(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "zero.toml").symlink_to("/dev/zero")
    started = time.monotonic()
    exc = refusal(tmp_path / "zero.toml")
    assert time.monotonic() - started < 1.0
    assert exc.issue.code == "template_file_not_file"
    assert_sentence(exc, "zero.toml")


def test_mapping_not_utf8_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = user_template(tmp_path, TEXT.encode("gbk"))
    exc = refusal(path)
    assert exc.issue.code == "template_not_utf8"
    assert exc.issue.params["line"] == 5  # title = "农村…", the first line with Chinese
    assert_sentence(exc, "mine.toml", "UTF-8")


def test_mapping_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = user_template(tmp_path, b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert load_template(path).mapping.id == "sc-county-monthly"


def test_mapping_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = user_template(
        tmp_path, TEXT.replace('title = "农村电子商务发展情况月报表"', 'title = "农村')
    )
    exc = refusal(path)
    assert exc.issue.code == "template_toml_syntax"
    assert exc.issue.params["line"] == 5
    assert_sentence(exc, "mine.toml", "5")


SHEET_TABLE = """
[[sheet]]
name = "表"
kind = "table"
[sheet.table]
first_row = 10
last_row = 39
key_column = "B"
columns = []
"""


@pytest.mark.parametrize(
    ("old", "new", "code", "key"),
    [
        ('title = "农村电子商务发展情况月报表"', 'title = ["x"]', "template_key_not_text", "title"),
        ("years = [2024, 2026]", 'years = "2024"', "template_key_years", "years"),
        ("years = [2024, 2026]", "years = [2024]", "template_key_years", "years"),
        ("years = [2024, 2026]", "years = [2024, true]", "template_key_years", "years"),
        ("years = [2024, 2026]", "years = [2026, 2024]", "template_key_years", "years"),
        ("years = [2024, 2026]", "years = [2024, 99999]", "template_key_years", "years"),
        ("sample = true", 'sample = "yes"', "template_key_not_flag", "sample"),
        (
            'levels = ["county", "prefecture"]',
            'levels = "county"',
            "template_key_not_list",
            "levels",
        ),
        ('levels = ["county", "prefecture"]', 'levels = ["town"]', "template_key_choice", "levels"),
        ('period_kind = "month"', "period_kind = 3", "template_key_not_text", "period_kind"),
        ('period_kind = "month"', 'period_kind = "weekly"', "template_key_choice", "period_kind"),
        ("format = 1", "format = 2", "template_format", "2"),
        ('id = "sc-county-monthly"', 'id = "../x"', "template_mapping_bad_id", "../x"),
        ('id = "sc-county-monthly"', "", "template_key_missing", "id"),
        ("file_name =", "file_nmae =", "template_key_unknown", "file_nmae"),
        ('name = "川商电统1表"', 'name = ""', "template_key_empty", "sheet[1].name"),
        ('kind = "form"', 'kind = "grid"', "template_key_choice", "sheet[1].kind"),
        (
            '{ cell = "D11", indicator = "A01", measure = "current" }',
            '"D11"',
            "template_key_not_table",
            "sheet[1].values[1]",
        ),
        (
            '{ cell = "D11", indicator = "A01", measure = "current" }',
            '{ cell = "D11", indicator = "A01", measure = "bogus" }',
            "template_key_choice",
            "sheet[1].values[1].measure",
        ),
        (
            '{ cell = "D11", indicator = "A01", measure = "current" }',
            '{ indicator = "A01", measure = "current" }',
            "template_key_missing",
            "sheet[1].values[1].cell",
        ),
        (
            '{ cell = "D11", indicator = "A01", measure = "current" }',
            '{ cell = 11, indicator = "A01", measure = "current" }',
            "template_key_not_text",
            "sheet[1].values[1].cell",
        ),
        (
            'prefix = "填报单位（盖章）："',
            'prefix = "填报单位\\u0001"',
            "template_key_control",
            "sheet[1].fields[1].prefix",
        ),
        ('na_text = "无"', 'na_text = "\\u0002"', "template_key_control", "na_text"),
        (
            '{ cell = "D11", indicator = "A01", measure = "current" }',
            '{ cell = "D11", indicator = "A01", measure = "current", number_format = "'
            + "0" * 256
            + '" }',
            "template_number_format_long",
            "sheet[1].values[1].number_format",
        ),
        (
            '{ cell = "A1", text = "农村电子商务发展情况月报表" }',
            '{ cell = "A1", text = "农村电子商务发展情况月报表", colour = "red" }',
            "template_key_unknown",
            "sheet[1].anchors[1].colour",
        ),
        (
            'name = "川商电统1表"',
            'name = "川商电统1表"\ntable = 5',
            "template_key_not_table",
            "sheet[1].table",
        ),
    ],
)
def test_mapping_wrong_type_or_value_is_refused_naming_the_key(
    tmp_path: Path, old: str, new: str, code: str, key: str
) -> None:
    assert old in TEXT
    exc = refusal(user_template(tmp_path, TEXT.replace(old, new, 1)))
    assert exc.issue.code == code
    assert_sentence(exc, "mine.toml", key)


def test_mapping_sheet_not_a_list_of_tables_is_refused(tmp_path: Path) -> None:
    text = TEXT.split("[[sheet]]")[0] + 'sheet = "川商电统1表"\n'
    exc = refusal(user_template(tmp_path, text))
    assert exc.issue.code == "template_key_not_table_list"
    assert_sentence(exc, "mine.toml", "sheet")


def test_mapping_table_row_not_a_number_is_refused(tmp_path: Path) -> None:
    text = TEXT.replace("\n[[sheet]]", SHEET_TABLE + "\n[[sheet]]", 1)
    exc = refusal(user_template(tmp_path, text.replace("first_row = 10", 'first_row = "10"')))
    assert exc.issue.code == "template_key_not_integer"
    assert_sentence(exc, "mine.toml", "sheet[1].table.first_row")


def test_mapping_table_rows_bounded_at_load(tmp_path: Path) -> None:
    text = TEXT.replace("\n[[sheet]]", SHEET_TABLE + "\n[[sheet]]", 1).replace(
        "last_row = 39", "last_row = 1048576"
    )
    exc = refusal(user_template(tmp_path, text))
    assert exc.issue.code == "template_table_too_long"
    assert_sentence(exc, "mine.toml", "sheet[1].table")


def test_every_shipped_mapping_still_loads() -> None:
    scan = scan_templates([SHIPPED])
    assert scan.refused == ()
    assert len(scan.templates) == len(list(SHIPPED.glob("*.toml")))


def test_mapping_unreadable_file_is_refused(tmp_path: Path) -> None:
    # A link to itself cannot be opened by anyone, root included.
    (tmp_path / "loop.toml").symlink_to(tmp_path / "loop.toml")
    exc = refusal(tmp_path / "loop.toml")
    assert exc.issue.code == "template_file_unreadable"
    assert_sentence(exc, "loop.toml")
