"""Making damaged and hostile versions of a real exported return, part by part (test support)."""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def rewrite(
    good: Path,
    target: Path,
    change: Callable[[bytes], bytes] | None = None,
    part: str = SHEET,
    extra: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
) -> Path:
    """A copy of `good` with one part changed, parts added (`extra`) or left out (`drop`)."""
    parts = {n: d for n, d in members(good).items() if n not in drop}
    if change is not None:
        parts[part] = change(parts[part])
    parts.update(extra or {})
    return write(target, parts)


def after_root_tag(data: bytes, insert: bytes) -> bytes:
    """`insert` just after the root element's start tag of an XML part."""
    at = data.index(b"<worksheet")
    end = data.index(b">", at) + 1
    return data[:end] + insert + data[end:]


def before_root(data: bytes, insert: bytes) -> bytes:
    """`insert` before the root element (where an XML declaration and a DTD go)."""
    at = data.index(b"<worksheet")
    return insert + data[at:]


def set_value(data: bytes, ref: str, xml: bytes) -> bytes:
    """Replace cell `ref` of a sheet with `xml` (a whole <c> element)."""
    pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.S)
    changed, count = pattern.subn(xml, data, count=1)
    assert count == 1, f"no cell {ref} in the sheet"
    return changed


def to_shared_strings(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The same workbook with its inline strings moved to a shared string table, as Excel and
    WPS save them (openpyxl's exports write inline strings)."""
    strings: list[bytes] = []
    index: dict[bytes, int] = {}

    def shared(match: re.Match[bytes]) -> bytes:
        text = match.group(2)
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return match.group(1) + b't="s"><v>' + str(index[text]).encode() + b"</v></c>"

    out = dict(parts)
    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
        out[name] = re.sub(
            rb'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")? )t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>',
            shared,
            parts[name],
            flags=re.S,
        )
    body = b"".join(b"<si><t>" + s + b"</t></si>" for s in strings)
    out[STRINGS] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="'
        + MAIN_NS
        + b'" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
        + body
        + b"</sst>"
    )
    out["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    out["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    return out


def comment_return(good: Path, target: Path, megabytes: int, noise: int = 600_000) -> Path:
    """The return whose sheet begins with an XML comment of `megabytes` MB (issue 10, defect 6:
    654 KB packed, 45 MB unpacked), with incompressible padding so the whole packs as loosely."""
    comment = b"<!--" + b"0123456789abcdefghij" * (megabytes * 1024 * 1024 // 20) + b"-->"
    return rewrite(
        good,
        target,
        lambda data: after_root_tag(data, comment),
        extra={"xl/media/noise.bin": os.urandom(noise)},
    )
