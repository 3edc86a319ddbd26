"""The catalogue desktop_app/i18n.py reads from the .ts files, without Qt: what lrelease keeps of
a .ts, and translate() following set_language()."""

from __future__ import annotations

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
