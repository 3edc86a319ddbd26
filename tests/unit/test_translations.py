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


def faults(context: str, source: str, translation: str | None, kind: str | None) -> str | None:
    """What is wrong with one entry: unfinished or obsolete, untranslated, or a placeholder lost
    or added; None when it is right."""
    if kind is not None:
        return f"{context}: {source!r} is {kind}"
    if not translation:
        return f"{context}: {source!r} has no translation"
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        return f"{context}: {source!r} -> {translation!r} changes the placeholders"
    return None


@pytest.mark.parametrize(
    ("entry", "fault"),
    [
        (("C", "{n} files", "{n} 个文件", None), None),
        (("C", "{n} files", "文件", None), "changes the placeholders"),
        (("C", "%n file(s)", "%n 个文件", None), None),
        (("C", "%n file(s)", "个文件", None), "changes the placeholders"),
        (("C", "Save", "", None), "has no translation"),
        (("C", "Save", "保存", "unfinished"), "is unfinished"),
    ],
)
def test_translation_faults_are_found(
    entry: tuple[str, str, str | None, str | None], fault: str | None
) -> None:
    found = faults(*entry)
    if fault is None:
        assert found is None
    else:
        assert found is not None and fault in found


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_translation_keeps_placeholders(ts: Path) -> None:
    # One test per catalogue listing every faulty entry (thousands of one-entry tests cost the
    # suite seconds of bookkeeping each run and said no more).
    entries = messages(ts)
    assert len(entries) > 100
    found = [fault for entry in entries if (fault := faults(*entry)) is not None]
    assert found == [], "\n".join(found)


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
