"""Reading the indicator catalogue (a TOML data file) into domain objects, with its checks."""

from __future__ import annotations

import hashlib
import tomllib
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


def parse_catalogue(data: bytes) -> Catalogue:
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
    return Catalogue(groups, indicators, hashlib.sha256(data).hexdigest())


def _decimal(value: Any, field: str, code: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, float):
        raise CatalogueError(f'{code}.{field}: write bounds as strings, e.g. "100"')
    return Decimal(str(value))


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
        )
    except KeyError as exc:
        raise CatalogueError(f"{code}: missing field {exc.args[0]}") from exc
    except ValueError as exc:
        raise CatalogueError(f"{code}: {exc}") from exc


def _check_references(indicators: tuple[Indicator, ...]) -> None:
    by_code: dict[str, Indicator] = {}
    for ind in indicators:
        if ind.code in by_code:
            raise CatalogueError(f"{ind.code}: code used twice")
        by_code[ind.code] = ind
    for ind in indicators:
        for field, ref in (
            ("parent", ind.parent_code),
            ("numerator", ind.numerator_code),
            ("denominator", ind.denominator_code),
            ("at_most", ind.at_most_code),
        ):
            if ref is not None and ref not in by_code:
                raise CatalogueError(f"{ind.code}.{field}: unknown indicator {ref!r}")
        if ind.parent_code is not None:
            parent = by_code[ind.parent_code]
            if (parent.unit, parent.temporal, parent.kind) != (ind.unit, ind.temporal, ind.kind):
                raise CatalogueError(f"{ind.code}: a 其中 item shares its parent's unit and kind")
        # A 其中 chain must end: no indicator is (indirectly) part of itself.
        seen = {ind.code}
        cursor = ind.parent_code
        while cursor is not None:
            if cursor in seen:
                raise CatalogueError(f"{ind.code}.parent: cycle through {cursor!r}")
            seen.add(cursor)
            cursor = by_code[cursor].parent_code
