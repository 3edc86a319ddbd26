"""Indicators a bureau adds in the program (本地指标), beside the shipped catalogue (内置).

A province introduces an indicator during the year; the bureau adds it in the program rather than
editing the catalogue file. Such an indicator is checked as the shipped file is (one set of
checks: catalogue.reference_issues) plus what a form can get wrong: the code's form, a code taken
or shipped, names, unit, decimals, bounds typed with full-width digits.

Where it goes in a return: a 其中 item right after its parent and the parent's other 其中 items,
any other at the end of its group, in the order they were added. `arrange` computes it again
whenever the shipped catalogue or the local indicators change, so a later catalogue that adds or
moves indicators keeps the local ones where they belong.

Pure: indicators in, issues or orders out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop_app.domain.catalogue import reference_issues
from desktop_app.domain.indicators import (
    NUMBER_LIMIT,
    STORAGE_SCALE,
    Basis,
    Indicator,
    Temporal,
    ValueKind,
)
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.values import decimal_places, parse_input

#: The `origin` of an indicator a bureau added (the shipped ones are "catalogue").
ORIGIN_LOCAL = "user"
ORIGIN_SHIPPED = "catalogue"

#: Shipped indicators are kept this far apart in `order`, so that local ones fit between them.
ORDER_STEP = 1000

#: Longest code, names and unit the store keeps.
CODE_LENGTH = 32
NAME_ZH_LENGTH = 200
NAME_EN_LENGTH = 300
UNIT_LENGTH = 16

# Like the catalogue's codes (A04, C02.1): a letter, then letters and digits, parts joined by dots.
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*", re.ASCII)


def normal_code(text: str) -> str:
    """A code as typed with an IME (full-width ａ０１．１) in the catalogue's form (A01.1)."""
    return unicodedata.normalize("NFKC", text).replace("。", ".").strip().upper()


@dataclass(frozen=True)
class IndicatorDraft:
    """What the form holds: every field of an indicator, the bounds as typed."""

    code: str
    name_zh: str
    name_en: str
    group: str
    unit: str
    kind: ValueKind
    temporal: Temporal
    scale: int = 0
    parent_code: str | None = None
    at_most_code: str | None = None
    #: A rate computed from two indicators at every level (never keyed): both or neither.
    numerator_code: str | None = None
    denominator_code: str | None = None
    minimum: str = ""
    maximum: str = ""
    entry_basis: Basis = Basis.OWN
    required: bool = True

    @classmethod
    def of(cls, indicator: Indicator) -> IndicatorDraft:
        """The draft of an existing indicator, for editing it."""
        return cls(
            code=indicator.code,
            name_zh=indicator.name_zh,
            name_en=indicator.name_en,
            group=indicator.group,
            unit=indicator.unit,
            kind=indicator.kind,
            temporal=indicator.temporal,
            scale=indicator.scale,
            parent_code=indicator.parent_code,
            at_most_code=indicator.at_most_code,
            numerator_code=indicator.numerator_code,
            denominator_code=indicator.denominator_code,
            minimum="" if indicator.minimum is None else str(indicator.minimum),
            maximum="" if indicator.maximum is None else str(indicator.maximum),
            entry_basis=indicator.entry_basis,
            required=indicator.required,
        )


def _issue(issue_code: str, field: str, /, **params: object) -> Issue:
    return Issue(issue_code, params={"field": field, **params})


def _bound(text: str, field: str, issues: list[Issue], *, rate: bool) -> Decimal | None:
    """A bound as typed ("１００", "-5", "" for none; a rate's may be "80%"); an issue for
    anything else."""
    try:
        parsed = parse_input(text)
    except DomainError:
        issues.append(_issue("indicator_bad_bound", field, text=text))
        return None
    if parsed.not_applicable or (parsed.percent and not rate):
        issues.append(_issue("indicator_bad_bound", field, text=text))
        return None
    number = parsed.number
    if number is not None and (
        abs(number) >= NUMBER_LIMIT or decimal_places(number.normalize()) > STORAGE_SCALE
    ):
        issues.append(_issue("indicator_bad_bound", field, text=text))
        return None
    return number


def check_draft(
    draft: IndicatorDraft,
    *,
    groups: Collection[str],
    known: Mapping[str, Indicator],
    shipped: Collection[str],
    editing: str | None = None,
    order: int = 0,
) -> tuple[Indicator | None, list[Issue]]:
    """The indicator a draft describes, or the issues that refuse it (every one found).

    `known`: every indicator of the database by code, active or not; `shipped`: the codes of
    the shipped catalogue (those are never a local code); `editing`: the code of the local
    indicator the draft edits (None for a new one). Parameters carry `field`, the form field
    to point at."""
    issues: list[Issue] = []
    code = normal_code(draft.code)
    if not _CODE.fullmatch(code) or len(code) > CODE_LENGTH:
        issues.append(_issue("indicator_code_form", "code", code=code, length=CODE_LENGTH))
    elif editing is None or code.lower() != editing.lower():
        taken = {c.lower(): c for c in known}
        if code.lower() in {c.lower() for c in shipped}:
            issues.append(_issue("indicator_code_shipped", "code", code=code))
        elif code.lower() in taken:
            other = known[taken[code.lower()]]
            issues.append(_issue("indicator_code_taken", "code", code=code, name=other.name_zh))
    name_zh, name_en, unit = draft.name_zh.strip(), draft.name_en.strip(), draft.unit.strip()
    if not name_zh:
        issues.append(_issue("indicator_needs_name", "name_zh", code=code))
    for text, field, length in (
        (name_zh, "name_zh", NAME_ZH_LENGTH),
        (name_en, "name_en", NAME_EN_LENGTH),
        (unit, "unit", UNIT_LENGTH),
    ):
        if len(text) > length:
            issues.append(_issue("indicator_text_too_long", field, length=length))
    if not unit:
        issues.append(_issue("indicator_needs_unit", "unit", code=code))
    if draft.group not in groups:
        issues.append(_issue("indicator_unknown_group", "group", group=draft.group))
    if draft.kind is ValueKind.COUNT and draft.scale != 0:
        issues.append(_issue("indicator_count_scale", "scale", scale=draft.scale))
    elif not 0 <= draft.scale <= STORAGE_SCALE:
        issues.append(_issue("indicator_scale_range", "scale", largest=STORAGE_SCALE))
    if draft.temporal is Temporal.STOCK and draft.entry_basis is Basis.YTD:
        issues.append(_issue("indicator_stock_ytd", "entry_basis"))
    rate = draft.kind is ValueKind.RATIO
    minimum = _bound(draft.minimum, "minimum", issues, rate=rate)
    maximum = _bound(draft.maximum, "maximum", issues, rate=rate)
    if minimum is not None and maximum is not None and minimum > maximum:
        issues.append(
            _issue("indicator_bounds_order", "maximum", minimum=str(minimum), maximum=str(maximum))
        )
    numerator, denominator = draft.numerator_code or None, draft.denominator_code or None
    if (numerator is None) != (denominator is None):
        missing = "denominator_code" if denominator is None else "numerator_code"
        issues.append(_issue("indicator_rate_parts", missing))
    elif numerator is not None and draft.kind is not ValueKind.RATIO:
        issues.append(_issue("indicator_parts_not_rate", "kind"))
    elif numerator is not None and numerator == denominator:
        issues.append(_issue("indicator_rate_parts_same", "denominator_code"))
    parent = known.get(draft.parent_code) if draft.parent_code else None
    if parent is not None and parent.group != draft.group:
        issues.append(_issue("indicator_part_group", "group", parent=parent.code))
    if editing is not None:  # its own 其中 items stay in its group
        for part in known.values():
            if part.active and part.parent_code == editing and part.group != draft.group:
                issues.append(_issue("indicator_parts_stay", "group", part=part.code))
                break
    if issues:
        return None, issues
    indicator = Indicator(
        code=code,
        name_zh=name_zh,
        name_en=name_en or name_zh,
        group=draft.group,
        unit=unit,
        kind=draft.kind,
        temporal=draft.temporal,
        scale=draft.scale,
        parent_code=draft.parent_code or None,
        at_most_code=draft.at_most_code or None,
        numerator_code=numerator,
        denominator_code=denominator,
        minimum=minimum,
        maximum=maximum,
        entry_basis=draft.entry_basis,
        order=order,
        required=draft.required,
    )
    # The shipped file's checks over what returns will show: the active indicators with this
    # one in place of the one it edits.
    others = [i for c, i in known.items() if i.active and c != editing and c != code]
    for issue in reference_issues([*others, indicator]):
        # Those about this indicator, or about one that names it (a 其中 item of it whose
        # unit the edit would change).
        if code in (
            issue.params.get("indicator"),
            issue.params.get("ref"),
            issue.params.get("parent"),
        ):
            field = {
                "parent": "parent_code",
                "at_most": "at_most_code",
                "numerator": "numerator_code",
                "denominator": "denominator_code",
            }.get(str(issue.params.get("field", "")), "parent_code")
            issues.append(Issue(issue.code, params={**issue.params, "field": field}))
    return (None, issues) if issues else (indicator, [])


def arrange(
    indicators: Sequence[Indicator], local: Collection[str], group_order: Mapping[str, int]
) -> dict[str, int]:
    """The `order` of every active indicator once the local ones are placed.

    `indicators`: every indicator, the local ones in the order they were added; `local`: their
    codes. A local 其中 item follows its parent and the parent's other 其中 items (a local one
    whose parent is not shown goes to the end of its group), any other local one ends its group.
    Shipped indicators keep their order while the local ones fit between them; otherwise every
    shipped one is spaced ORDER_STEP apart (a database loaded before local indicators existed).
    """
    active = [i for i in indicators if i.active]
    by_code = {i.code: i for i in active}
    shipped = sorted(
        (i for i in active if i.code not in local),
        key=lambda i: (group_order.get(i.group, 0), i.order),
    )
    rows: dict[str, list[str]] = {}
    for ind in shipped:
        rows.setdefault(ind.group, []).append(ind.code)

    def within(code: str, ancestor: str) -> bool:
        seen: set[str] = set()
        cursor = by_code[code].parent_code
        while cursor is not None and cursor in by_code and cursor not in seen:
            if cursor == ancestor:
                return True
            seen.add(cursor)
            cursor = by_code[cursor].parent_code
        return False

    placed = {i.code for i in shipped}
    pending = [i for i in active if i.code in local]
    while pending:
        ready = [
            i
            for i in pending
            if i.parent_code is None or i.parent_code not in by_code or i.parent_code in placed
        ] or pending[:1]  # a loop (refused elsewhere) must not stop the others
        for ind in ready:
            row = rows.setdefault(ind.group, [])
            parent = ind.parent_code
            if parent is not None and parent in row:
                at = row.index(parent) + 1
                while at < len(row) and within(row[at], parent):
                    at += 1
                row.insert(at, ind.code)
            else:
                row.append(ind.code)
            placed.add(ind.code)
            pending.remove(ind)
    orders = _orders(rows, by_code, local)
    if orders is None:
        spaced = {i.code: n * ORDER_STEP for n, i in enumerate(sorted(shipped, key=_by_order))}
        by_code.update({i.code: replace(i, order=spaced[i.code]) for i in shipped})
        orders = _orders(rows, by_code, local)
        assert orders is not None  # ORDER_STEP leaves room for every local indicator
    return orders


def _by_order(indicator: Indicator) -> int:
    return indicator.order


def _orders(
    rows: Mapping[str, list[str]], by_code: Mapping[str, Indicator], local: Collection[str]
) -> dict[str, int] | None:
    """Orders for rows of codes, shipped ones as they are, local ones one after the one before;
    None when a local one would reach the next shipped one."""
    orders: dict[str, int] = {}
    for row in rows.values():
        last = -1
        for code in row:
            if code in local:
                last += 1
            else:
                if by_code[code].order <= last:
                    return None
                last = by_code[code].order
            orders[code] = last
    return orders
