"""Fill resources/translations/xianbao_en.ts: English wording defaults to the source text.

The source strings are English, so a new string's English translation starts as the source;
a translator may then reword it in Qt Linguist without touching code. Run by `make translations`.

A numerus entry (self.tr("%n file(s)", "", n)) has two English forms: its "(s)" is dropped for
one ("%n file") and becomes "s" for the others ("%n files"); "y(ies)" reads "y" for one and
"ies" for the others ("%n county(ies)": "%n county", "%n counties").
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def english_form(source: str, form: int) -> str:
    """The English numerus form of a source text: the first for one, the second for others."""
    one = form == 0
    return source.replace("y(ies)", "y" if one else "ies").replace("(s)", "" if one else "s")


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or source is None:
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes" and forms:
            for at, form in enumerate(forms):
                if not form.text:
                    form.text = english_form(source, at)
                    filled += 1
            translation.attrib.pop("type", None)
            continue
        if translation.get("type") == "unfinished" and not translation.text:
            translation.text = source
            filled += 1
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    print(fill(Path(sys.argv[1])), "filled")
