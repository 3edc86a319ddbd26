"""Fill unfinished entries of a Qt Linguist .ts file from a JSON list of translations.

Usage: python packaging/fill_translations.py resources/translations/xianbao_zh_CN.ts new.json

new.json holds [[context, source, translation], ...]. Only entries lupdate marked unfinished are
touched, so a translation someone already reviewed in Qt Linguist is never overwritten. Prints
the entries that are still unfinished afterwards, so nothing is forgotten.

A numerus entry (self.tr("%n file(s)", "", n)) takes the translation in each of its forms
(Chinese has one); forms that differ are given separated by "|" ("%n file|%n files").
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, translations: list[list[str]]) -> tuple[int, list[tuple[str, str]]]:
    wanted = {(context, source): text for context, source, text in translations}
    tree = ET.parse(ts_path)
    filled = 0
    missing: list[tuple[str, str]] = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = wanted.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes" and forms:
                given = text.split("|")
                for at, form in enumerate(forms):
                    form.text = given[min(at, len(given) - 1)]
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


if __name__ == "__main__":
    path, source = Path(sys.argv[1]), Path(sys.argv[2])
    count, left = fill(path, json.loads(source.read_text(encoding="utf-8")))
    print(count, "filled")
    for context, text in left:
        print(f"still unfinished: [{context}] {text}")
