"""Read a register's list (台账) as a bureau keeps it: a workbook's sheet (or a CSV file), its
header row, which column holds which field, and the rows under the header.

Bureaus write their own lists: a title and a date above the table, headings in their words
(站点名称, 建成时间, 所在乡镇), a 序号 column, a 合计 row and the signatures below it. Here:

- the file is screened and read by the bounded reader the province returns use
  (read.open_filled: no old .xls, no encrypted or damaged workbook, no zip bomb), a CSV in UTF-8
  or GB18030, both up to MAX_LIST_ROWS rows;
- the header row is the row among the first HEADER_ROWS that names the most fields;
- each heading is matched to a field by the register's aliases, its labels in both languages
  and its key, or to the place: a code column (统计用区划代码), a township column, a village
  column (looked up under the township), or a place column (a name or a code);
- the rows under the header are read up to the first 合计 / 总计 row (or the signatures); blank
  rows are skipped.

The mapping of columns is remembered per layout: `layout_key` hashes the register and the
header's headings, so the same list next month is mapped as it was.

Nothing here touches the database: the rows are what the file says, for the register service
to plan.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.registers import REGISTERS, FieldKind, RegisterSpec
from desktop_app.exporting.excel.read import open_filled
from desktop_app.i18n import catalogue

#: A county's register has a few hundred rows; a training register over years a few thousand.
MAX_LIST_ROWS = 20_000
MAX_LIST_COLUMNS = 60
MAX_CSV_BYTES = 16 * 1024 * 1024
#: The header is looked for in the first rows that hold something.
HEADER_ROWS = 10

#: What a column may give besides a field: the place of the row.
PLACE_CODE = "@code"  # 统计用区划代码 (12 digits), a township's 9, or the county's 6
PLACE_TOWNSHIP = "@township"  # the township's name
PLACE_VILLAGE = "@village"  # the village's name (under the township, when one is given)
PLACE_NAME = "@place"  # a name or a code
PLACE_TARGETS = (PLACE_CODE, PLACE_TOWNSHIP, PLACE_VILLAGE, PLACE_NAME)

_PLACE_HEADINGS: dict[str, tuple[str, ...]] = {
    PLACE_CODE: (
        "统计用区划代码",
        "区划代码",
        "行政区划代码",
        "代码",
        "地区代码",
        "村代码",
        "code",
        "region code",
    ),
    PLACE_TOWNSHIP: (
        "乡镇",
        "所在乡镇",
        "乡镇名称",
        "乡镇(街道)",
        "乡(镇)",
        "乡镇街道",
        "township",
    ),
    PLACE_VILLAGE: (
        "村",
        "行政村",
        "所在村",
        "所在行政村",
        "村名",
        "村名称",
        "村(社区)",
        "village",
    ),
    PLACE_NAME: ("地点", "所在地", "所在地区", "区域", "地区", "place", "region"),
}

#: Other words bureaus write for a choice (the choice's key, its English label and its
#: translation are always understood).
_CHOICE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "service_points": {
        "county": ("县级", "县", "县级服务中心", "县级电子商务公共服务中心", "县级中心"),
        "township": ("乡镇级", "乡镇", "乡镇站", "乡镇服务站", "乡镇电子商务服务站"),
        "village": ("村级", "村", "村级点", "村级站", "村级服务点", "村级电子商务服务点"),
    },
    "ec_places": {"village": ("电商村", "淘宝村"), "town": ("电商镇", "淘宝镇")},
    "enterprises": {
        "enterprise": ("电商企业", "电子商务企业", "企业"),
        "shop": ("网店",),
        "cross_border": ("跨境电商企业", "跨境电商", "跨境电子商务企业"),
    },
    "projects": {
        "planned": ("谋划中", "谋划", "计划", "拟建"),
        "building": ("在建", "建设中", "实施中"),
        "done": ("已建成", "建成", "完工", "已完工", "竣工"),
        "stopped": ("停建", "停工", "终止"),
    },
    "designations": {
        "demo_county": ("综合示范县", "电子商务进农村综合示范县", "示范县"),
        "poverty_county": ("电商精准扶贫县", "电子商务精准扶贫县"),
        "poor_county": ("贫困县",),
        "poor_village": ("贫困村",),
    },
}

#: The first words of the rows that end a list: its total and the signatures under it.
_END_WORDS = (
    "合计",
    "总计",
    "填表人",
    "制表人",
    "审核人",
    "单位负责人",
    "填报说明",
    "说明:",
    "注:",
)


@dataclass(frozen=True)
class ListSheet:
    """The rows of one sheet that hold something, by their line in the file (1-based), each as
    its cells from the first column (None for an empty cell)."""

    file: str
    sheet: str  # "" for a CSV file
    sheets: tuple[str, ...]  # every sheet of the workbook, in order
    rows: tuple[tuple[int, tuple[object, ...]], ...]

    @property
    def width(self) -> int:
        return max((len(cells) for _line, cells in self.rows), default=0)


@dataclass(frozen=True)
class ListRow:
    """A row under the header: its line, its place as the file gives it (a code or a name as
    text, a (township, village) pair of names, or None) and its cells by field key."""

    line: int
    place: object
    cells: Mapping[str, object]


@dataclass(frozen=True)
class ListLayout:
    """Where a list's header is and what it says; `key` names the layout for the remembered
    mapping of its columns."""

    register: str
    header_line: int
    headings: tuple[str, ...]
    #: How many of the register's fields and place columns the headings name (0: none, the
    #: first row taken for the clerk to map by hand).
    matched: int = 0

    @property
    def key(self) -> str:
        words = [heading_word(h) for h in self.headings]
        while words and not words[-1]:
            words.pop()
        digest = hashlib.sha1(
            json.dumps([self.register, words], ensure_ascii=False).encode("utf-8")
        ).hexdigest()
        return f"register_layout:{digest}"


# --- reading the file -----------------------------------------------------------------------------
def sheet_names(path: Path) -> tuple[str, ...]:
    """The workbook's sheets in order (a CSV file has one, named "")."""
    if path.suffix.lower() == ".csv":
        return ("",)
    with open_filled(path) as book:
        names = tuple(book.sheetnames)
    if not names:
        raise DomainError.of("import_damaged", file=path.name)
    return names


def read_list_sheet(path: Path, sheet: str | None = None) -> ListSheet:
    """The rows of the sheet (the first one when `sheet` is None or not in the workbook) that
    hold something; refused with a sentence for a file that is not a sound .xlsx or CSV, or
    holds more than MAX_LIST_ROWS rows."""
    if path.suffix.lower() == ".csv":
        return ListSheet(path.name, "", ("",), _csv_rows(path))
    with open_filled(path) as book:
        names = tuple(book.sheetnames)
        if not names:
            raise DomainError.of("import_damaged", file=path.name)
        chosen = sheet if sheet in names else names[0]
        read = book.cells(chosen, MAX_LIST_ROWS + 1, MAX_LIST_COLUMNS)
    lines: dict[int, list[object]] = {}
    for (row, col), value in read.values.items():
        if _blank(value):
            continue
        if row > MAX_LIST_ROWS:
            raise DomainError.of("list_too_long", file=path.name, limit=MAX_LIST_ROWS)
        cells = lines.setdefault(row, [])
        if len(cells) < col:
            cells.extend([None] * (col - len(cells)))
        cells[col - 1] = value
    rows = tuple((line, tuple(lines[line])) for line in sorted(lines))
    return ListSheet(path.name, chosen, names, rows)


def _csv_rows(path: Path) -> tuple[tuple[int, tuple[object, ...]], ...]:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise DomainError.of("import_unreadable", file=path.name, detail=str(exc)) from exc
    if len(raw) > MAX_CSV_BYTES:  # a size no list of a county's rows reaches
        raise DomainError.of("list_too_large", file=path.name, limit=MAX_CSV_BYTES // 2**20)
    if b"\x00" in raw[:4096]:  # a binary file (a workbook) given a .csv name
        raise DomainError.of("list_not_text", file=path.name)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise DomainError.of("list_not_text", file=path.name)
    rows: list[tuple[int, tuple[object, ...]]] = []
    try:
        for number, line in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
            if number > MAX_LIST_ROWS:
                raise DomainError.of("list_too_long", file=path.name, limit=MAX_LIST_ROWS)
            cells = tuple(cell if cell.strip() else None for cell in line[:MAX_LIST_COLUMNS])
            if any(cell is not None for cell in cells):
                rows.append((number, cells))
    except csv.Error as exc:
        raise DomainError.of("list_not_text", file=path.name) from exc
    return tuple(rows)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- headings -------------------------------------------------------------------------------------
def heading_word(value: object) -> str:
    """A heading as it is compared: full-width forms folded (（） → ()), spaces, line breaks and
    required-field stars dropped, lower case."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return "".join(text.split()).strip("*※").lower()


def _without_brackets(word: str) -> str:
    """站点名称(全称) → 站点名称; 支持资金(万元) → 支持资金."""
    out: list[str] = []
    depth = 0
    for char in word:
        if char in "([【":
            depth += 1
        elif char in ")]】":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def heading_text(value: object) -> str:
    """A heading cell as the mapping shows it."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def _names_of(spec: RegisterSpec) -> dict[str, str]:
    """Every heading word that names a target of the register: its fields (key, English label,
    Chinese label, aliases) and the place columns."""
    chinese = catalogue("zh_CN")
    names: dict[str, str] = {}

    def add(word: str, target: str) -> None:
        for found in {heading_word(word), _without_brackets(heading_word(word))}:
            if found:
                names.setdefault(found, target)

    for fs in spec.fields:
        for alias in fs.aliases:
            add(alias, fs.key)
    for target, words in _PLACE_HEADINGS.items():
        for word in words:
            add(word, target)
    for fs in spec.fields:
        add(fs.key, fs.key)
        add(fs.label, fs.key)
        translated = chinese.lookup("Registers", fs.label) if chinese is not None else None
        if translated:
            add(translated, fs.key)
    return names


def _target_of(value: object, names: Mapping[str, str]) -> str | None:
    word = heading_word(value)
    if not word:
        return None
    return names.get(word) or names.get(_without_brackets(word))


def find_header(sheet: ListSheet, register: str) -> ListLayout:
    """The header row: of the first HEADER_ROWS rows that hold something, the one whose cells
    name the most fields and place columns (the first such, on a tie; the first row when none
    names anything, for the clerk to map by hand)."""
    spec = REGISTERS[register]
    names = _names_of(spec)
    best: tuple[int, int, tuple[object, ...]] | None = None
    for line, cells in sheet.rows[:HEADER_ROWS]:
        score = len({t for t in (_target_of(c, names) for c in cells) if t is not None})
        if best is None or score > best[0]:
            best = (score, line, cells)
    if best is None:
        where = sheet.sheet or sheet.file
        raise DomainError.of("register_list_empty", file=sheet.file, sheet=where)
    score, line, cells = best
    return ListLayout(register, line, tuple(heading_text(c) for c in cells), score)


def propose_columns(layout: ListLayout) -> dict[int, str]:
    """Column (0-based) → field key or place target, by the headings; each target once (its
    first column)."""
    names = _names_of(REGISTERS[layout.register])
    columns: dict[int, str] = {}
    for column, heading in enumerate(layout.headings):
        target = _target_of(heading, names)
        if target is not None and target not in columns.values():
            columns[column] = target
    return columns


def check_columns(register: str, columns: Mapping[int, str]) -> list[Issue]:
    """What keeps a mapping of columns from being previewed: a target on two columns, no place
    column; a required field with no column, as a warning the rows repeat."""
    spec = REGISTERS[register]
    issues: list[Issue] = []
    first: dict[str, int] = {}
    for column in sorted(columns):
        target = columns[column]
        if target in first:
            letters = {"first": column_letter(first[target]), "second": column_letter(column)}
            if target in PLACE_TARGETS:
                issues.append(Issue("register_list_place_twice", params=letters))
            else:
                issues.append(
                    Issue("register_list_column_twice", params={"field": target, **letters})
                )
        else:
            first[target] = column
    if not set(first) & set(PLACE_TARGETS):
        issues.append(Issue("register_list_no_place"))
    for fs in spec.fields:
        if fs.required and not fs.from_place and fs.key not in first:
            issues.append(Issue("register_list_field_unmapped", params={"field": fs.key}))
    return issues


def place_word(target: str) -> str:
    """The English source of a place target's name (translated in context RegisterImport)."""
    return {
        PLACE_CODE: "Region code",
        PLACE_TOWNSHIP: "Township",
        PLACE_VILLAGE: "Village",
        PLACE_NAME: "Place (name or code)",
    }[target]


def column_letter(column: int) -> str:
    """0 → A, 26 → AA."""
    letters = ""
    number = column + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- the rows -------------------------------------------------------------------------------------
def _cell(value: object) -> object:
    """A cell as the register reads it: an integral float as an int (a phone or a code typed as
    a number), a midnight datetime as its date."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def place_text(value: object) -> str:
    """A cell that names a place (a code, perhaps typed as a number, or a name) as text."""
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip()


def _ends_list(cells: Sequence[object]) -> bool:
    first = next((c for c in cells if not _blank(c)), None)
    word = heading_word(first)
    return any(word.startswith(end) for end in _END_WORDS)


def list_rows(
    sheet: ListSheet, layout: ListLayout, columns: Mapping[int, str]
) -> tuple[ListRow, ...]:
    """The rows under the header up to the end of the list, each with its place and its cells
    by field. A row that repeats the header (a table printed over pages) is skipped."""
    fields = {c: t for c, t in columns.items() if t not in PLACE_TARGETS}
    places = {t: c for c, t in columns.items() if t in PLACE_TARGETS}
    header = [heading_word(h) for h in layout.headings]
    rows: list[ListRow] = []
    for line, cells in sheet.rows:
        if line <= layout.header_line:
            continue
        if _ends_list(cells):
            break
        if [heading_word(c) for c in cells[: len(header)]] == header[: len(cells)]:
            continue
        values = {key: _cell(cells[c]) if c < len(cells) else None for c, key in fields.items()}
        mapped = [c for c in columns if c < len(cells) and not _blank(cells[c])]
        if not mapped:
            continue  # a row with nothing in the mapped columns (a 序号 alone, a note)
        rows.append(ListRow(line, _place(cells, places), values))
    return tuple(rows)


def _place(cells: Sequence[object], places: Mapping[str, int]) -> object:
    def text(target: str) -> str:
        column = places.get(target)
        return place_text(cells[column]) if column is not None and column < len(cells) else ""

    code = text(PLACE_CODE)
    if code:
        return code
    township, village = text(PLACE_TOWNSHIP), text(PLACE_VILLAGE)
    if township and village:
        return (township, village)
    return village or township or text(PLACE_NAME) or None


def choice_names(register: str) -> dict[str, str]:
    """Names a choice of the register may be written in, to its key: the English label, its
    translation, and the words bureaus use (村级点, 乡镇站 …)."""
    spec = REGISTERS[register]
    chinese = catalogue("zh_CN")
    names: dict[str, str] = {}
    for fs in spec.fields:
        if fs.kind is not FieldKind.CHOICE:
            continue
        for key, label in fs.choices:
            words: Iterable[str] = (
                label,
                label.lower(),
                *(_CHOICE_WORDS.get(register, {}).get(key, ())),
            )
            translated = chinese.lookup("Registers", label) if chinese is not None else None
            for word in (*words, translated or ""):
                if word:
                    names.setdefault(unicodedata.normalize("NFKC", word).strip(), key)
    return names
