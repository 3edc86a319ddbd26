"""Reading a set of targets (a TOML data file such as resources/targets/sichuan_2016.toml).

A set holds one region's targets for one year, each citing the document item it comes from, and
the document's targets that could not be mapped onto an indicator, with the reason. Errors are
issues naming the item and the field, never text.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.domain.issues import DomainError
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
