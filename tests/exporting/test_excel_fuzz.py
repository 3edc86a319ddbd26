"""A fuzzer for the Excel import (issue 10, acceptance): a real return, filled by an export of a
shipped template, mutated at the zip-member and XML level, is fed to the preview and the import.

Whatever the mutation: no exception but a DomainError leaves the preview; the import never
records an unexpected failure (import_failed); a refused import writes nothing (values and audit
counted before and after); an accepted one writes one audit entry per value it reports; and each
case takes less than 5 s. Deterministic: derandomized, no example database.
"""

from __future__ import annotations

import re
import shutil
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.domain.issues import DomainError
from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.store import Store, prepare
from tests.exporting.excel_support import PERIOD_OF, counts, demo_db
from tests.exporting.hostile_xlsx import SHEET, STRINGS, members, to_shared_strings, write

__all__ = ["demo_db"]

#: The bound each case is held to (preview and import of one mutated file).
SECONDS_PER_CASE = 5.0
TEMPLATE = "sc-county-monthly"


@dataclass
class Bench:
    store: Store
    service: ExcelReturns
    bases: dict[str, dict[str, bytes]]  # "inline" / "shared" → the parts of the filled return
    folder: Path


@pytest.fixture(scope="module")
def bench(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "fuzz.sqlite3"
    shutil.copy(demo_db, path)
    store = prepare(create_sqlite_engine(path), path)
    service = ExcelReturns(store.sessions)
    exported = service.export(TEMPLATE, "511921", PERIOD_OF[TEMPLATE], folder)
    inline = members(exported)
    bases = {"inline": inline, "shared": to_shared_strings(inline)}
    yield Bench(store, service, bases, folder)
    store.close()


# --- mutations -----------------------------------------------------------------------------------------
ELEMENTS = {
    "cell": re.compile(rb"<c [^>]*?(?:/>|>.*?</c>)", re.S),
    "row": re.compile(rb"<row [^>]*?(?:/>|>.*?</row>)", re.S),
    "string": re.compile(rb"<si>.*?</si>", re.S),
    "sheet entry": re.compile(rb"<sheet [^>]*/>"),
    "relationship": re.compile(rb"<Relationship [^>]*/>"),
    "value": re.compile(rb"<v>[^<]*</v>"),
}
VALUES = [
    b"NaN", b"INF", b"-inf", b"-1e999", b"1e308", b"9" * 40, b"", b"abc", b"1_000", b"0x10",
    b"-0", b"1.5", b"\xef\xbc\x91\xef\xbc\x92", b"  7 ", b"1e-400", b"4294967296", b"-1",
]  # fmt: skip
TYPES = [b"s", b"n", b"b", b"e", b"str", b"inlineStr", b"d", b"zzz", b""]


def _pick(options: list[re.Match[bytes]], index: int) -> re.Match[bytes] | None:
    return options[index % len(options)] if options else None


@st.composite
def mutation(draw: st.DrawFn) -> tuple[object, ...]:
    kind = draw(
        st.sampled_from(
            [
                "truncate",
                "flip",
                "delete",
                "duplicate",
                "cell type",
                "value",
                "huge attribute",
                "drop part",
                "garbage part",
                "deep nesting",
            ]
        )
    )
    part = draw(st.sampled_from([SHEET, SHEET, STRINGS, "xl/workbook.xml", "xl/styles.xml",
                                 "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]))  # fmt: skip
    return (
        kind,
        part,
        draw(st.integers(0, 10_000)),
        draw(st.sampled_from(sorted(ELEMENTS))),
        draw(st.sampled_from(VALUES)),
        draw(st.sampled_from(TYPES)),
        draw(st.sampled_from([16, 4096, 300_000, 1_500_000])),
    )


def mutate(parts: dict[str, bytes], change: tuple[object, ...]) -> dict[str, bytes]:
    kind, part, at, element, value, cell_type, size = change
    if kind in ("value", "cell type"):  # cells: in the sheet, most of them in the mapped extent
        part, element = SHEET, "cell"
    assert isinstance(part, str) and isinstance(at, int) and isinstance(size, int)
    assert isinstance(element, str) and isinstance(value, bytes) and isinstance(cell_type, bytes)
    out = dict(parts)
    data = out.get(part)
    if kind == "drop part":
        out.pop(part, None)
        return out
    if not data:
        return out
    if kind == "truncate":
        out[part] = data[: at % (len(data) + 1)]
    elif kind == "flip":
        flipped = bytearray(data)
        for i in range(3):
            flipped[(at * (i + 7)) % len(flipped)] ^= 0x5A
        out[part] = bytes(flipped)
    elif kind == "garbage part":
        out[part] = bytes((at * i + 13) % 256 for i in range(size % 5000))
    elif kind == "huge attribute":
        out[part] = data.replace(b"<sheetData", b'<sheetData x="' + b"y" * size + b'"', 1).replace(
            b"<sst ", b'<sst x="' + b"y" * size + b'" ', 1
        )
    elif kind == "deep nesting":
        depth = 10 + at % 200
        out[part] = data.replace(
            b"</sheetData>", b"<x>" * depth + b"</x>" * depth + b"</sheetData>"
        )
    else:
        found = _pick(list(ELEMENTS[element].finditer(data)), at)
        if found is None:
            return out
        start, end = found.span()
        piece = found.group(0)
        if kind == "delete":
            replacement = b""
        elif kind == "duplicate":
            replacement = piece + piece
        elif kind == "cell type":
            replacement = re.sub(
                rb'^<c ([^>]*?)(?: t="[^"]*")?', rb'<c \1 t="' + cell_type + b'"', piece
            )
        else:  # value
            replacement = re.sub(rb"<v>[^<]*</v>", b"<v>" + value + b"</v>", piece) or piece
            if b"<v>" not in piece:
                replacement = piece.replace(b"</c>", b"<v>" + value + b"</v></c>")
        out[part] = data[:start] + replacement + data[end:]
    return out


# --- the property ---------------------------------------------------------------------------------------
@pytest.mark.slow
@settings(
    max_examples=100,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    base=st.sampled_from(["inline", "shared"]),
    changes=st.lists(mutation(), min_size=1, max_size=3),
)
def test_a_mutated_return_is_read_or_refused_and_never_half_written(
    bench: Bench, base: str, changes: list[tuple[object, ...]]
) -> None:
    parts = bench.bases[base]
    for change in changes:
        parts = mutate(parts, change)
    path = bench.folder / "来件.xlsx"
    path.unlink(missing_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    before = counts(bench.store)
    started = time.monotonic()

    try:
        preview = bench.service.preview(path)
    except DomainError:
        preview = None
    assert counts(bench.store) == before  # a preview writes nothing
    outcome = bench.service.import_path(path).outcomes[0]
    elapsed = time.monotonic() - started

    event(outcome.error.code if outcome.error is not None else "read")
    assert outcome.error is None or outcome.error.code != "import_failed", outcome.error
    if outcome.error is not None:
        assert counts(bench.store) == before  # refused: nothing written
    else:
        assert preview is not None and outcome.written == len(preview.writes)
        assert counts(bench.store)[1] == before[1] + outcome.written  # one audit entry a value
    assert elapsed < SECONDS_PER_CASE, (changes, elapsed)


def test_the_fuzzer_bases_are_sound_returns(bench: Bench) -> None:
    # The mutations start from files the import reads without a change to make
    for name, parts in bench.bases.items():
        path = write(bench.folder / f"{name}.xlsx", parts)
        preview = bench.service.preview(path)
        assert preview.items and not preview.writes, name
