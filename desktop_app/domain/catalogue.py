"""Reading the indicator catalogue (a TOML data file) into domain objects, with its checks."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.domain.indicators import (
    Basis,
    Indicator,
    IndicatorGroup,
    Temporal,
    ValueKind,
)
from desktop_app.domain.issues import Issue
from desktop_app.domain.registers import DerivedCount

SUPPORTED_FORMAT = 1


class CatalogueError(ValueError):
    """The catalogue file is malformed; the message names the indicator and the field."""


@dataclass(frozen=True)
class Catalogue:
    groups: tuple[IndicatorGroup, ...]
    indicators: tuple[Indicator, ...]
    digest: str  # sha256 of the file's bytes: a changed file is loaded again

    def by_code(self) -> dict[str, Indicator]:
        return {i.code: i for i in self.indicators}


def catalogue_digest(data: bytes) -> str:
    """What a catalogue file is known by: a database loads a file with another digest again."""
    return hashlib.sha256(data).hexdigest()


def parse_catalogue(data: bytes) -> Catalogue:
    import tomllib  # ~5 ms; an unchanged file is not parsed (reference_data.sync_catalogue_file)

    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"catalogue is not valid UTF-8 TOML: {exc}") from exc
    if raw.get("format") != SUPPORTED_FORMAT:
        raise CatalogueError(f"catalogue format must be {SUPPORTED_FORMAT}")
    groups = tuple(
        IndicatorGroup(code=str(g["code"]), name_zh=g["name_zh"], name_en=g["name_en"], order=i)
        for i, g in enumerate(raw.get("group", []))
    )
    group_codes = {g.code for g in groups}
    indicators = tuple(_indicator(item, i, group_codes) for i, item in enumerate(raw["indicator"]))
    _check_references(indicators)
    return Catalogue(groups, indicators, catalogue_digest(data))


def _decimal(value: Any, field: str, code: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, float):
        raise CatalogueError(f'{code}.{field}: write bounds as strings, e.g. "100"')
    return Decimal(str(value))


def _derived(value: Any, code: str) -> DerivedCount | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise CatalogueError(f"{code}.derived: write it as a table, e.g. {{register = ...}}")
    try:
        return DerivedCount.from_mapping(value)
    except ValueError as exc:
        raise CatalogueError(f"{code}.derived: {exc}") from exc


def _indicator(item: dict[str, Any], order: int, group_codes: set[str]) -> Indicator:
    code = str(item.get("code", ""))
    if not code:
        raise CatalogueError(f"indicator #{order + 1} has no code")
    if item.get("group") not in group_codes:
        raise CatalogueError(f"{code}: unknown group {item.get('group')!r}")
    try:
        return Indicator(
            code=code,
            name_zh=item["name_zh"],
            name_en=item["name_en"],
            group=item["group"],
            unit=item["unit"],
            kind=ValueKind(item["kind"]),
            temporal=Temporal(item["temporal"]),
            scale=int(item.get("scale", 0)),
            parent_code=item.get("parent"),
            numerator_code=item.get("numerator"),
            denominator_code=item.get("denominator"),
            at_most_code=item.get("at_most"),
            minimum=_decimal(item.get("min"), "min", code),
            maximum=_decimal(item.get("max"), "max", code),
            entry_basis=Basis(item.get("basis", "own")),
            order=order,
            required=bool(item.get("required", True)),
            derived=_derived(item.get("derived"), code),
        )
    except KeyError as exc:
        raise CatalogueError(f"{code}: missing field {exc.args[0]}") from exc
    except ValueError as exc:
        raise CatalogueError(f"{code}: {exc}") from exc


#: The English words of reference_issues' codes, for a catalogue file's CatalogueError.
_REFERENCE_TEXTS = {
    "catalogue_code_twice": "{indicator}: code used twice",
    "catalogue_unknown_reference": "{indicator}.{field}: unknown indicator {ref!r}",
    "catalogue_part_mismatch": "{indicator}: a 其中 item shares its parent's unit and kind",
    "catalogue_cycle": "{indicator}.parent: cycle through {ref!r}",
}


def reference_issues(indicators: Iterable[Indicator]) -> list[Issue]:
    """How indicators refer to each other, checked together: each code once, every reference
    (parent, numerator, denominator, at_most) to one of them, a 其中 item with its parent's
    unit, kind and flow/stock, and no 其中 chain that loops. Codes with parameters (indicator,
    field, ref, parent); the shipped file and the indicators a bureau adds share these."""
    issues: list[Issue] = []
    by_code: dict[str, Indicator] = {}
    for ind in indicators:
        if ind.code in by_code:
            issues.append(Issue("catalogue_code_twice", params={"indicator": ind.code}))
        by_code[ind.code] = ind
    for ind in by_code.values():
        for field, ref in (
            ("parent", ind.parent_code),
            ("numerator", ind.numerator_code),
            ("denominator", ind.denominator_code),
            ("at_most", ind.at_most_code),
        ):
            if ref is not None and ref not in by_code:
                params = {"indicator": ind.code, "field": field, "ref": ref}
                issues.append(Issue("catalogue_unknown_reference", params=params))
        parent = by_code.get(ind.parent_code) if ind.parent_code is not None else None
        if parent is not None and (parent.unit, parent.temporal, parent.kind) != (
            ind.unit,
            ind.temporal,
            ind.kind,
        ):
            params = {"indicator": ind.code, "parent": parent.code, "unit": parent.unit}
            issues.append(Issue("catalogue_part_mismatch", params=params))
        # A 其中 chain must end: no indicator is (indirectly) part of itself.
        seen = {ind.code}
        cursor = ind.parent_code
        while cursor is not None and cursor in by_code:
            if cursor in seen:
                params = {"indicator": ind.code, "field": "parent", "ref": cursor}
                issues.append(Issue("catalogue_cycle", params=params))
                break
            seen.add(cursor)
            cursor = by_code[cursor].parent_code
    return issues


def _check_references(indicators: tuple[Indicator, ...]) -> None:
    issues = reference_issues(indicators)
    if issues:
        first = issues[0]
        raise CatalogueError(_REFERENCE_TEXTS[first.code].format(**first.params))
