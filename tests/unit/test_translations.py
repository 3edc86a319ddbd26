"""Translations: every user-visible source string is translated and keeps its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.paths import install_root, resources_dir

TS = resources_dir() / "translations" / "xianbao_zh_CN.ts"
CATALOGUES = sorted((resources_dir() / "translations").glob("xianbao_*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")  # %n: a numerus entry's count


def messages(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            forms = [form.text or "" for form in tr.iter("numerusform")]
            # A numerus entry's forms are checked one by one, each as a translation of its own.
            for text in forms if msg.get("numerus") == "yes" else [tr.text]:
                out.append((name, msg.findtext("source") or "", text, tr.get("type")))
    return out


@pytest.mark.parametrize(
    ("context", "source", "translation", "kind"),
    [m for ts in CATALOGUES for m in messages(ts)],
    ids=lambda v: str(v)[:40],
)
def test_translation_keeps_placeholders(
    context: str, source: str, translation: str | None, kind: str | None
) -> None:
    assert kind is None, f"{context}: {source!r} is {kind}"
    assert translation, f"{context}: {source!r} has no translation"
    assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation))


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_translation_catalogue_covers_the_code(tmp_path: Path, ts: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:  # the venv's scripts folder is on PATH under make test
        lupdate = str(Path(__import__("sys").executable).parent / "pyside6-lupdate")
    sources = sorted(str(p) for p in (install_root() / "desktop_app").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    found = {(c, s) for c, s, _, _ in messages(fresh)}
    kept = {(c, s) for c, s, _, _ in messages(ts)}
    assert found - kept == set(), "run `make translations` and translate the new strings"
