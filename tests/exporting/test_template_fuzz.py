"""Fuzzing template mappings: a mutated shipped mapping loads or is refused with a sentence.

Each example takes a shipped mapping and mutates it, either as text (truncation, deleted or
duplicated lines, inserted braces, format fields, quotes, brackets, bytes that are not UTF-8) or
as structure (a key dropped, a value of another type, a format field injected into a string, a
list item duplicated, deep nesting), writes it beside the shipped workbook and loads it. When it
loads, a return is exported with it into an output folder. Either a DomainError with one of the
known sentences, naming the mapping file when loading refused it, or a correct result; never
another exception, never a file written outside the output folder, and each example within
BOUND_SECONDS. 100 examples, derandomized: the same cases on every run.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
import tomllib
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.domain.catalogue import parse_catalogue
from desktop_app.domain.figures import Figures
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.excel.export import ExportData, FigureRow, RegionData, export_workbook
from desktop_app.exporting.excel.mapping import TemplateMapping, load_template
from desktop_app.exporting.excel.names import FILE_NAME_FIELDS
from desktop_app.i18n import ISSUE_TEXTS, issue_message
from desktop_app.paths import resources_dir

BOUND_SECONDS = 5.0  # one example: write, load, and export a workbook of ~300 cells
SHIPPED = resources_dir() / "templates"
MAPPINGS = sorted(SHIPPED.glob("*.toml"))
CATALOGUE = parse_catalogue((resources_dir() / "catalogue" / "indicators.toml").read_bytes())
CODES = {i.code for i in CATALOGUE.indicators}
SNIPPETS = [
    "{",
    "}",
    "{nosuchkey}",
    "{region_name.__class__.__mro__}",
    "{region_name!r}",
    "{period:>500}",
    "{0}",
    '"',
    "'''",
    '"""',
    "[[sheet]]\n",
    "[",
    "]",
    "{ a = ",
    "= ",
    "#",
    "\n",
    "\\",
    "../../",
    "/dev/zero",
    "C:\\\\",
    "\u202e",
    "\x00",
    "CON",
    "[" * 40,
    "{ b = " * 30,
    "sheet = []\n",
    'workbook = "/dev/zero"\n',
    "file_name = '{region_name.__init__.__globals__}'\n",
]


# --- text-level mutations ----------------------------------------------------------------------------
@st.composite
def text_mutation(draw: st.DrawFn, text: str) -> bytes:
    data = text.encode("utf-8")
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["truncate", "insert", "delete", "duplicate", "byte"]))
        at = draw(st.integers(0, len(data)))
        if kind == "truncate":
            data = data[:at]
        elif kind == "insert":
            data = data[:at] + draw(st.sampled_from(SNIPPETS)).encode("utf-8") + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 200)) :]
        elif kind == "duplicate":
            lines = data.split(b"\n")
            line = draw(st.integers(0, len(lines) - 1))
            lines.insert(line, lines[line])
            data = b"\n".join(lines)
        else:
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
    return data


# --- structure-level mutations ---------------------------------------------------------------------
def paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside the parsed mapping (keys and list indexes)."""
    found = [here] if here else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*here, index))
    return found


def get(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


OTHER_VALUES = st.one_of(
    st.integers(-(2**70), 2**70),
    st.booleans(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.lists(st.integers(0, 3000), max_size=3),
    st.just({}),
    st.just({"cell": "A1"}),
    st.sampled_from(["", " ", "{nosuchkey}", "../x.xlsx", "/dev/zero", "D99999999", "CON"]),
)


@st.composite
def structure_mutation(draw: st.DrawFn, text: str) -> bytes:
    data = tomllib.loads(text)
    for _ in range(draw(st.integers(1, 3))):
        every = paths(data)
        if not every:
            break
        path = draw(st.sampled_from(every))
        parent, last = get(data, path[:-1]), path[-1]
        kind = draw(st.sampled_from(["drop", "retype", "inject", "duplicate", "nest"]))
        if kind == "drop":
            del parent[last]
        elif kind == "retype":
            parent[last] = draw(OTHER_VALUES)
        elif kind == "inject":
            value = parent[last]
            snippet = draw(st.sampled_from(SNIPPETS))
            parent[last] = (value + snippet) if isinstance(value, str) else snippet
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(last, json.loads(json.dumps(parent[last])))
        else:
            depth = draw(st.integers(1, 40))
            value = parent[last]
            for _ in range(depth):
                value = draw(st.sampled_from([[value], {"x": value}]))
            parent[last] = value
    return dumps(data).encode("utf-8")


def dumps(data: dict[str, Any]) -> str:
    """TOML of any parsed value: every key at the top as `key = inline value`."""
    return "".join(f"{json.dumps(k, ensure_ascii=False)} = {inline(v)}\n" for k, v in data.items())


def inline(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (
            "nan"
            if value != value
            else ("inf" if value > 0 else "-inf")
            if abs(value) == float("inf")
            else repr(value)
        )
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(inline(v) for v in value) + "]"
    items = (f"{json.dumps(k, ensure_ascii=False)} = {inline(v)}" for k, v in value.items())
    return "{ " + ", ".join(items) + " }"


NAME_PARTS = [
    *("{" + f + "}" for f in FILE_NAME_FIELDS),
    *("{" + f + "}" for f in FILE_NAME_FIELDS),
    "_",
    ".",
    " ",
    "..",
    "/",
    "\\",
    ":",
    "CON",
    "nul.",
    "\u202e",
    "\t",
    "县" * 100,
    ".xlsx",
]


@st.composite
def name_mutation(draw: st.DrawFn, text: str) -> bytes:
    """A file_name of fields and hostile literal text: most of these load and export."""
    data = tomllib.loads(text)
    parts = draw(st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=8))
    if draw(st.integers(0, 4)) == 0:  # now and then one part that must be refused
        parts.insert(draw(st.integers(0, len(parts))), draw(st.sampled_from(SNIPPETS[:7])))
    data["file_name"] = "".join(parts)
    return dumps(data).encode("utf-8")


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    source = draw(st.sampled_from(MAPPINGS))
    text = source.read_text(encoding="utf-8")
    mutate = draw(st.sampled_from([text_mutation, structure_mutation, name_mutation]))
    return source.name, draw(mutate(text))


# --- the data exported ----------------------------------------------------------------------------
def period_for(mapping: TemplateMapping) -> Period:
    year = mapping.first_year
    return {
        PeriodKind.MONTH: Period.month(year, 3),
        PeriodKind.QUARTER: Period.quarter(year, 1),
        PeriodKind.HALF_YEAR: Period.half_year(year, 1),
        PeriodKind.YEAR: Period.whole_year(year),
    }[mapping.period_kind]


def rows() -> dict[str, FigureRow]:
    figures = Figures(Decimal("12.5"), Decimal("30"), Decimal("10"), Decimal("25"), Decimal("11"))
    return {
        i.code: FigureRow(i, figures.with_growth(), Decimal("100"), Decimal("30"))
        for i in CATALOGUE.indicators
    }


ROWS = rows()


def export_data(mapping: TemplateMapping) -> ExportData:
    province = mapping.province if len(mapping.province) == 2 else "51"
    level = mapping.levels[0] if mapping.levels else "county"
    children = [RegionData(f"{province}19{n:02d}", f"县{n}", "county", ROWS) for n in range(1, 4)]
    return ExportData(
        RegionData(f"{province}1900", "巴中市", level, ROWS),
        period_for(mapping),
        Signatories("商务局", "张", "李", "王", "0827-1"),
        children=children,
    )


def tree(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.lstat().st_size for p in folder.rglob("*")}


@pytest.mark.slow
@settings(
    max_examples=100,
    derandomize=True,
    database=None,
    deadline=timedelta(seconds=BOUND_SECONDS),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_template_fuzz_loads_or_refuses_and_exports_only_into_its_folder(
    case: tuple[str, bytes],
) -> None:
    source_name, content = case
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        folder, out = root / "templates", root / "out"
        folder.mkdir()
        out.mkdir()
        workbook = (SHIPPED / source_name).with_suffix(".xlsx")
        shutil.copyfile(workbook, folder / workbook.name)
        path = folder / "fuzzed.toml"
        path.write_bytes(content)
        before = tree(root)
        started = time.monotonic()
        try:
            template = load_template(path)
        except DomainError as exc:
            event(f"refused at load: {exc.issue.code}")
            assert exc.issue.code in ISSUE_TEXTS
            assert "fuzzed.toml" in issue_message(exc.issue)
            assert tree(root) == before
            return
        try:
            written = export_workbook(template, export_data(template.mapping), out, CODES)
        except DomainError as exc:
            event(f"refused at export: {exc.issue.code}")
            assert exc.issue.code in ISSUE_TEXTS
            issue_message(exc.issue)
            written = None
        else:
            event("exported")
        assert time.monotonic() - started < BOUND_SECONDS
        after = tree(root)
        new = set(after) - set(before)
        changed = {name for name in before if after.get(name) != before[name]}
        assert changed == set()
        if written is None:
            assert new == set()
        else:
            assert written.parent == out and written.is_file()
            assert new == {f"out/{written.name}"}
