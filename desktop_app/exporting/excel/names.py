"""Names of exported files: a pattern of fixed fields, and a name safe on every file system.

A mapping's `file_name` is user data, so it is never given to `str.format` (which would evaluate
`{region_name.__class__.__mro__}`). This module's own tokenizer accepts literal text and fields
written as `{name}` with a name from FILE_NAME_FIELDS, nothing else: no attribute or index access,
no conversion, no format spec, no doubled braces. The filled name is then made safe: no path
separators, control or invisible formatting characters, characters or device names Windows
refuses, no leading dots (so never `..` or a hidden file), and at most MAX_FILE_NAME_BYTES bytes
of UTF-8 (255 bytes is the limit of ext4 and NTFS, and export adds ".part" while writing).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period

#: The fields a file name may use, as docs/templates.md documents them.
FILE_NAME_FIELDS = ("region_name", "region_code", "form_number", "title", "period", "period_code")
FILE_NAME_SUFFIX = ".xlsx"
MAX_FILE_NAME_BYTES = 180
EXAMPLE_FIELD = "{region_name}"
_NAME = re.compile(r"[a-z_]+")
_WINDOWS_CHARS = frozenset('\\/:*?"<>|')
# Control (Cc), invisible formatting such as the right-to-left override (Cf), line and paragraph
# separators (Zl, Zp), surrogates (Cs) and unassigned code points (Cn) never belong in a name.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Cn"})
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]}
)


@dataclass(frozen=True)
class Field:
    name: str


Part = str | Field


def _allowed() -> str:
    return ", ".join("{" + f + "}" for f in FILE_NAME_FIELDS)


def parse_file_name(pattern: str, file: str) -> tuple[Part, ...]:
    """The literal texts and fields of a `file_name` pattern; DomainError naming `file` if bad."""
    if not pattern.strip():
        raise DomainError.of("template_file_name_empty", file=file, example=EXAMPLE_FIELD)
    parts: list[Part] = []
    literal: list[str] = []
    position = 0
    while position < len(pattern):
        char = pattern[position]
        if char == "}":
            raise _brace(file, pattern, position)
        if char != "{":
            literal.append(char)
            position += 1
            continue
        end = pattern.find("}", position + 1)
        inner = pattern[position + 1 : end]
        if end < 0 or "{" in inner:
            raise _brace(file, pattern, position)
        if not _NAME.fullmatch(inner):
            raise DomainError.of(
                "template_file_name_not_plain",
                file=file,
                field="{" + inner + "}",
                allowed=_allowed(),
            )
        if inner not in FILE_NAME_FIELDS:
            raise DomainError.of(
                "template_file_name_unknown", file=file, field=inner, allowed=_allowed()
            )
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(Field(inner))
        position = end + 1
    if literal:
        parts.append("".join(literal))
    return tuple(parts)


def _brace(file: str, pattern: str, position: int) -> DomainError:
    return DomainError.of(
        "template_file_name_brace",
        file=file,
        text=pattern,
        position=position + 1,
        example=EXAMPLE_FIELD,
        allowed=_allowed(),
    )


def file_name_fields(
    *, region_name: str, region_code: str, form_number: str, title: str, period: Period
) -> dict[str, str]:
    """What each field of FILE_NAME_FIELDS stands for in one export (and in an editor's example)."""
    return {
        "region_name": region_name,
        "region_code": region_code,
        "form_number": form_number,
        "title": title,
        "period": period.label_zh,
        "period_code": period.code,
    }


def build_file_name(pattern: str, values: Mapping[str, str], fallback: str, file: str = "") -> str:
    """The pattern filled with `values` (one per field), made safe; `fallback` if nothing is left."""
    text = "".join(
        values[part.name] if isinstance(part, Field) else part
        for part in parse_file_name(pattern, file)
    )
    return safe_file_name(text) or safe_file_name(fallback) or "return" + FILE_NAME_SUFFIX


def safe_file_name(text: str) -> str:
    """`text` as one file name ending in .xlsx, or "" when nothing usable is left."""
    if text.lower().endswith(FILE_NAME_SUFFIX):
        text = text[: -len(FILE_NAME_SUFFIX)]
    stem = "".join(
        "_" if c in _WINDOWS_CHARS or unicodedata.category(c) in _UNSAFE_CATEGORIES else c
        for c in text
    )
    stem = _trim(stem)
    if stem.split(".")[0].strip().upper() in _DEVICES:
        stem = "_" + stem
    room = MAX_FILE_NAME_BYTES - len(FILE_NAME_SUFFIX)
    encoded = stem.encode("utf-8")
    if len(encoded) > room:
        stem = _trim(encoded[:room].decode("utf-8", errors="ignore"))
    return stem + FILE_NAME_SUFFIX if stem else ""


def _trim(stem: str) -> str:
    # Leading dots would hide the file or name a parent folder; Windows drops trailing ones.
    return stem.strip(" .")
