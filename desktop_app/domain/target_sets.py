"""Reading a set of targets (a TOML data file such as resources/targets/sichuan_2016.toml).

A set holds one region's targets for one year, each citing the document item it comes from, and
the document's targets that could not be mapped onto an indicator, with the reason. Errors are
issues naming the item and the field, never text.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.targets import TargetKind

SUPPORTED_FORMAT = 1


@dataclass(frozen=True)
class TargetItem:
    indicator: str
    kind: TargetKind
    figure: Decimal
    item: str  # 第28项, 总体目标
    quote: str
    remark: str = ""

    def note(self, document: str) -> str:
        """Where the target comes from, as stored with it."""
        text = f"{document} {self.item}：{self.quote}"
        return f"{text}（{self.remark}）" if self.remark else text


@dataclass(frozen=True)
class UnmappedItem:
    item: str
    quote: str
    reason: str


@dataclass(frozen=True)
class TargetSet:
    region: str
    year: int
    document: str
    targets: tuple[TargetItem, ...]
    unmapped: tuple[UnmappedItem, ...]


def _bad(entry: str, name: str, value: object) -> DomainError:
    return DomainError.of("target_file_entry", entry=entry, name=name, text=str(value))


def _text(raw: dict[str, Any], name: str, entry: str, *, required: bool = True) -> str:
    value = raw.get(name, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _bad(entry, name, value)
    return value.strip()


def parse_target_set(data: bytes) -> TargetSet:
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DomainError.of("target_file_unreadable", detail=str(exc)) from exc
    if raw.get("format") != SUPPORTED_FORMAT:
        raise _bad("format", "format", raw.get("format"))
    region = _text(raw, "region", "region")
    year = raw.get("year")
    if not isinstance(year, int) or not 1990 <= year <= 2100:
        raise _bad("year", "year", year)
    document = _text(raw, "document", "document")
    targets: list[TargetItem] = []
    seen: set[str] = set()
    for number, item in enumerate(raw.get("target", []), start=1):
        entry = f"[[target]] #{number}"
        if not isinstance(item, dict):
            raise _bad(entry, "target", item)
        indicator = _text(item, "indicator", entry)
        entry = f"[[target]] #{number} ({indicator})"
        if indicator in seen:
            raise _bad(entry, "indicator", indicator)
        seen.add(indicator)
        try:
            kind = TargetKind(item.get("kind"))
        except ValueError:
            raise _bad(entry, "kind", item.get("kind")) from None
        figure_text = item.get("figure")
        if not isinstance(figure_text, str):
            raise _bad(entry, "figure", figure_text)
        try:
            figure = Decimal(figure_text)
        except InvalidOperation:
            raise _bad(entry, "figure", figure_text) from None
        if not figure.is_finite():
            raise _bad(entry, "figure", figure_text)
        targets.append(
            TargetItem(
                indicator,
                kind,
                figure,
                _text(item, "item", entry),
                _text(item, "quote", entry),
                _text(item, "remark", entry, required=False),
            )
        )
    unmapped: list[UnmappedItem] = []
    for number, item in enumerate(raw.get("unmapped", []), start=1):
        entry = f"[[unmapped]] #{number}"
        if not isinstance(item, dict):
            raise _bad(entry, "unmapped", item)
        unmapped.append(
            UnmappedItem(
                _text(item, "item", entry),
                _text(item, "quote", entry),
                _text(item, "reason", entry),
            )
        )
    if not targets:
        raise _bad("target", "target", "")
    return TargetSet(region, year, document, tuple(targets), tuple(unmapped))


# --- a sheet of targets (地区代码, 指标代码, 年份, 类型, 目标, 说明) --------------------------------------
#: The headings a sheet of targets may use for each column (compared without spaces, any case).
SHEET_HEADINGS: dict[str, tuple[str, ...]] = {
    "region": ("地区代码", "区划代码", "行政区划代码", "region"),
    "indicator": ("指标代码", "indicator"),
    "year": ("年份", "年度", "year"),
    "kind": ("类型", "目标类型", "kind"),
    "figure": ("目标", "目标值", "目标数", "target", "figure"),
    "note": ("说明", "出处", "备注", "note"),
}
_REQUIRED = ("region", "indicator", "year", "figure")
#: The words a 类型 cell may hold for each kind (blank: absolute, or share for a rate).
KIND_WORDS: dict[str, TargetKind] = {
    "绝对值": TargetKind.ABSOLUTE,
    "总量": TargetKind.ABSOLUTE,
    "absolute": TargetKind.ABSOLUTE,
    "增长率": TargetKind.GROWTH,
    "增长": TargetKind.GROWTH,
    "growth": TargetKind.GROWTH,
    "新增": TargetKind.NEW_UNITS,
    "新增数": TargetKind.NEW_UNITS,
    "new_units": TargetKind.NEW_UNITS,
    "占比": TargetKind.SHARE,
    "比率": TargetKind.SHARE,
    "share": TargetKind.SHARE,
}


@dataclass(frozen=True)
class SheetTarget:
    line: int
    region: str
    indicator: str
    year: int
    kind: TargetKind | None  # None: not given (absolute, or share for a rate)
    text: str  # the figure as written, read by the caller as a typed target
    note: str


def _word(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value)) if value is not None else ""
    return "".join(text.split()).lower()


def _code_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _word(value).upper()


def read_sheet_rows(
    rows: Sequence[tuple[int, Sequence[object]]],
) -> tuple[list[SheetTarget], list[tuple[int, Issue]]]:
    """The targets of a sheet's rows (line, cells) under its header, and the refusals by line.

    The header is the first row naming 指标代码 (or "indicator"); a sheet without one, or whose
    header lacks a required column, is refused as a whole."""
    headings = {word: key for key, words in SHEET_HEADINGS.items() for word in words}
    columns: dict[str, int] = {}
    header_line = 0
    for line, cells in rows:
        found = {headings[_word(c)]: i for i, c in enumerate(cells) if _word(c) in headings}
        if "indicator" in found:
            columns, header_line = found, line
            break
    missing = [key for key in _REQUIRED if key not in columns]
    if not header_line or missing:
        raise DomainError.of(
            "target_sheet_header",
            columns="、".join(SHEET_HEADINGS[key][0] for key in _REQUIRED),
        )
    found_targets: list[SheetTarget] = []
    refusals: list[tuple[int, Issue]] = []

    def cell(cells: Sequence[object], key: str) -> object:
        at = columns.get(key)
        return cells[at] if at is not None and at < len(cells) else None

    for line, cells in rows:
        if line <= header_line or all(_word(c) == "" for c in cells):
            continue
        year_text = _code_text(cell(cells, "year"))
        kind_word = _word(cell(cells, "kind"))
        figure = cell(cells, "figure")
        if not year_text.isdigit() or not 1990 <= int(year_text) <= 2100:
            refusals.append(
                (
                    line,
                    Issue(
                        "target_sheet_cell",
                        params={
                            "name": SHEET_HEADINGS["year"][0],
                            "text": str(cell(cells, "year")),
                        },
                    ),
                )
            )
            continue
        if kind_word and kind_word not in KIND_WORDS:
            refusals.append(
                (
                    line,
                    Issue(
                        "target_sheet_cell",
                        params={
                            "name": SHEET_HEADINGS["kind"][0],
                            "text": str(cell(cells, "kind")),
                        },
                    ),
                )
            )
            continue
        if isinstance(figure, float) and figure.is_integer():
            figure = int(figure)
        note = cell(cells, "note")
        found_targets.append(
            SheetTarget(
                line,
                _code_text(cell(cells, "region")),
                _code_text(cell(cells, "indicator")),
                int(year_text),
                KIND_WORDS[kind_word] if kind_word else None,
                "" if figure is None else str(figure),
                "" if note is None else str(note).strip(),
            )
        )
    return found_targets, refusals
