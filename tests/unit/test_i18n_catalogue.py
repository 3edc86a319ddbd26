"""The catalogue desktop_app/i18n.py reads from the .ts files, without Qt: what lrelease keeps of
a .ts, and translate() following set_language()."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.domain.issues import Issue
from desktop_app.i18n import Catalogue, issue_message, set_language, translate

#: A .ts with every kind of entry Qt Linguist writes (tests/ui/test_language.py compiles the same
#: file with lrelease and checks that QTranslator gives the same answers).
EDGE_CASES_TS = """<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>Edge</name>
    <message><source>finished</source><translation>完成</translation></message>
    <message><source>unfinished</source><translation type="unfinished">未完成</translation></message>
    <message><source>unfinished, empty</source><translation type="unfinished"></translation></message>
    <message><source>obsolete</source><translation type="obsolete">废弃</translation></message>
    <message><source>vanished</source><translation type="vanished">消失</translation></message>
    <message><source>empty</source><translation></translation></message>
    <message><source>Open</source><comment>a file</comment><translation>打开文件</translation></message>
    <message><source>Open</source><comment>a door</comment><translation>开门</translation></message>
    <message><source>Close</source><translation>关闭</translation></message>
    <message><source>Close</source><comment>near</comment><translation>近</translation></message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message><source>Line one
line two &amp; “{{name}}”</source><translation>第一行
第二行 &amp; “{{name}}”</translation></message>
</context>
<context>
    <name>Other</name>
    <message><source>finished</source><translation>另一处</translation></message>
</context>
</TS>
"""


def edge_cases(folder: Path, language: str = "en") -> Path:
    path = folder / f"edge_{language}.ts"
    path.write_text(EDGE_CASES_TS.format(language=language), encoding="utf-8")
    return path


@pytest.fixture
def restore_language() -> Iterator[None]:
    before = i18n.current_language()
    yield
    if before is None:
        i18n._language[0] = None
    else:
        set_language(before)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("finished", "完成"),
        ("unfinished", "未完成"),  # lrelease keeps an unfinished translation that has text
        ("unfinished, empty", None),
        ("obsolete", None),
        ("vanished", None),
        ("empty", None),
        ("missing", None),
        ("Line one\nline two & “{name}”", "第一行\n第二行 & “{name}”"),
    ],
)
def test_catalogue_keeps_what_lrelease_keeps(
    tmp_path: Path, source: str, expected: str | None
) -> None:
    catalogue = Catalogue.read(edge_cases(tmp_path))
    assert catalogue.lookup("Edge", source) == expected


def test_catalogue_contexts_are_kept_apart(tmp_path: Path) -> None:
    catalogue = Catalogue.read(edge_cases(tmp_path))
    assert catalogue.lookup("Other", "finished") == "另一处"
    assert catalogue.lookup("Nowhere", "finished") is None


@pytest.mark.parametrize(
    ("disambiguation", "expected"),
    [
        ("a file", "打开文件"),
        ("a door", "开门"),
        # As QTranslator: an unknown or missing comment falls back to an entry of that source.
        ("a window", "打开文件"),
        ("", "打开文件"),
    ],
)
def test_catalogue_disambiguation(tmp_path: Path, disambiguation: str, expected: str) -> None:
    catalogue = Catalogue.read(edge_cases(tmp_path))
    assert catalogue.lookup("Edge", "Open", disambiguation) == expected
    assert catalogue.lookup("Edge", "Close", "near") == "近"
    assert catalogue.lookup("Edge", "Close", "far") == "关闭"  # the entry without a comment


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("en", 1, "%n file"),
        ("en", 0, "%n files"),
        ("en", 2, "%n files"),
        ("en", -1, "%n file"),  # no count: the first form, as QTranslator
        ("zh_CN", 1, "%n file"),  # Chinese has one form only
        ("zh_CN", 5, "%n file"),
    ],
)
def test_catalogue_numerus_forms_follow_the_language(
    tmp_path: Path, language: str, n: int, expected: str
) -> None:
    catalogue = Catalogue.read(edge_cases(tmp_path, language))
    assert catalogue.lookup("Edge", "%n file(s)", n=n) == expected


def test_translate_follows_the_chosen_language(restore_language: None) -> None:
    # Given the shipped catalogues, when a language is chosen, then translate() speaks it.
    assert set_language("zh_CN")
    assert translate("App", "Xianbao") == "县报"
    assert issue_message(Issue("cancelled")) == "已取消。"
    assert set_language("en")
    assert translate("App", "Xianbao") == "Xianbao"
    assert issue_message(Issue("cancelled")) == "Cancelled."
    # A language without a catalogue leaves the English source texts.
    assert not set_language("fr")
    assert translate("App", "Xianbao") == "Xianbao"
    assert translate("Nowhere", "%n left", n=3) == "3 left"


# --- the catalogue kept in the cache folder (Catalogue.load) -------------------------------------
def kept_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"))


def test_catalogue_kept_is_the_ts_read_again_and_serves_the_next_start(tmp_path: Path) -> None:
    ts, cache = edge_cases(tmp_path), tmp_path / "cache"
    # When the catalogue is loaded with a cache folder, it is what reading the .ts gives
    first = Catalogue.load(ts, cache)
    assert first == Catalogue.read(ts)
    assert [first.lookup("Edge", s, d) for s, d in (("Open", "a door"), ("Close", "far"))] == [
        "开门",
        "关闭",
    ]
    # ... and it is kept: one file, from which the next load answers (changed here by hand,
    # the way only the kept copy could give this answer)
    [kept] = kept_files(cache)
    kept.write_text(kept.read_text(encoding="utf-8").replace("开门", "开大门"), encoding="utf-8")
    again = Catalogue.load(ts, cache)
    assert again.lookup("Edge", "Open", "a door") == "开大门"
    assert again.lookup("Edge", "%n file(s)", n=2) == "%n files"  # the numerus forms kept
    assert again.lookup("Edge", "Line one\nline two & “{name}”") == "第一行\n第二行 & “{name}”"


def test_catalogue_kept_is_read_again_when_the_ts_changes(tmp_path: Path) -> None:
    ts, cache = edge_cases(tmp_path), tmp_path / "cache"
    Catalogue.load(ts, cache)
    # When the .ts is edited (a new translation: another size and time)
    ts.write_text(ts.read_text(encoding="utf-8").replace("开门", "开院门"), encoding="utf-8")
    # Then the next load has the new translation, and keeps it
    assert Catalogue.load(ts, cache).lookup("Edge", "Open", "a door") == "开院门"
    [kept] = kept_files(cache)
    assert "开院门" in kept.read_text(encoding="utf-8")


def test_catalogue_kept_is_read_again_when_the_ts_changes_with_its_size_and_time(
    tmp_path: Path,
) -> None:
    # Given a kept catalogue, when the .ts is replaced by one of the same size and time (a
    # copy that keeps times, one translation changed for one as long)
    ts, cache = edge_cases(tmp_path), tmp_path / "cache"
    Catalogue.load(ts, cache)
    before = ts.stat()
    ts.write_text(ts.read_text(encoding="utf-8").replace("开门", "关门"), encoding="utf-8")
    os.utime(ts, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (ts.stat().st_size, ts.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    # Then the new translation is read
    assert Catalogue.load(ts, cache).lookup("Edge", "Open", "a door") == "关门"


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00",
        b"[1, 2]",
        b'{"format": 1}',
        b'"entries"',
    ],
)
def test_catalogue_kept_damaged_is_read_from_the_ts(tmp_path: Path, damage: bytes) -> None:
    ts, cache = edge_cases(tmp_path), tmp_path / "cache"
    Catalogue.load(ts, cache)
    [kept] = kept_files(cache)
    kept.write_bytes(damage)
    assert Catalogue.load(ts, cache) == Catalogue.read(ts)
    assert Catalogue.load(ts, cache).lookup("Edge", "finished") == "完成"


def test_catalogue_kept_with_entries_of_another_shape_is_read_from_the_ts(tmp_path: Path) -> None:
    # Given a kept copy of this very .ts whose entries are not three texts and a list of texts
    ts, cache = edge_cases(tmp_path), tmp_path / "cache"
    Catalogue.load(ts, cache)
    [kept] = kept_files(cache)
    good = json.loads(kept.read_text(encoding="utf-8"))
    for entries in (
        [["Edge", "finished", "", "完成"]],
        [["Edge", "finished", ""]],
        [[1, 2, 3, []]],
    ):
        kept.write_text(json.dumps({**good, "entries": entries}), encoding="utf-8")
        # Then the .ts answers (a text's characters are not taken for its forms)
        assert Catalogue.load(ts, cache) == Catalogue.read(ts)


def test_catalogue_kept_nowhere_when_the_folder_cannot_be_written(tmp_path: Path) -> None:
    # Given a file where the cache folder would be
    ts, blocked = edge_cases(tmp_path), tmp_path / "cache"
    blocked.write_text("a file", encoding="utf-8")
    # Then the catalogue is read from the .ts, every time, and nothing is left behind
    assert Catalogue.load(ts, blocked) == Catalogue.read(ts)
    assert Catalogue.load(ts, blocked).lookup("Edge", "finished") == "完成"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", ts.name]
