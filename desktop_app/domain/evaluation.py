"""A scored evaluation scheme (综合示范绩效评价指标体系) as data, and the rules of a claim.

A scheme is a TOML file under resources/evaluation/ that a province replaces with its own: items
(一级指标) with sub-items (the scored lines), each sub-item with its maximum points, the evidence
the evaluators ask for (评价材料) and how it is scored. The parser refuses a file whose maxima do
not add up, naming the item. A county claims points per sub-item (0 to the maximum, at the
item's step, e.g. 0.5) with a note, and attaches evidence files; services/evaluation.py keeps them.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop_app.domain.issues import DomainError
from desktop_app.domain.values import parse_input

SUPPORTED_FORMAT = 1
#: The step points are claimed in when a scheme names none.
DEFAULT_STEP = Decimal("0.5")
#: Codes are kept in columns of 32 characters (evaluation_claim.item), scheme keys in 64.
CODE_LENGTH, KEY_LENGTH = 32, 64


class EvaluationSchemeError(ValueError):
    """The scheme file is malformed; the message names the item and the field."""


@dataclass(frozen=True)
class SubItem:
    """One scored line: what is scored, its maximum, the evidence asked and how it is scored."""

    code: str
    name: str
    max_points: Decimal
    evidence: str  # what the evaluators ask for (评价材料); "" when none is asked
    scoring: str  # how points are given (评分标准), as the scheme writes it
    source: str  # where the line comes from, or why it has no authority behind it

    @property
    def evidence_asked(self) -> bool:
        return bool(self.evidence.strip())


@dataclass(frozen=True)
class Item:
    """A heading (一级指标) with its sub-items; its maximum is theirs added up."""

    code: str
    name: str
    max_points: Decimal
    step: Decimal
    subs: tuple[SubItem, ...]


@dataclass(frozen=True)
class Scheme:
    key: str
    title: str
    source: str  # the published scheme it follows, or what it is built from
    example: bool  # shipped as an example (示例) a province replaces with its own
    total: Decimal
    items: tuple[Item, ...]
    digest: str  # sha256 of the file's bytes

    def sub_items(self) -> tuple[SubItem, ...]:
        return tuple(sub for item in self.items for sub in item.subs)

    def item_of(self, code: str) -> Item:
        """The item a sub-item belongs to; DomainError evaluation_unknown_item otherwise."""
        for item in self.items:
            if any(sub.code == code for sub in item.subs):
                return item
        raise DomainError.of("evaluation_unknown_item", item=code, scheme=self.title)

    def sub_item(self, code: str) -> SubItem:
        item = self.item_of(code)
        return next(sub for sub in item.subs if sub.code == code)


# --- reading a scheme file -------------------------------------------------------------------------
def parse_scheme(data: bytes) -> Scheme:
    """A scheme from its TOML bytes; EvaluationSchemeError names the item and field at fault."""
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise EvaluationSchemeError(f"scheme is not valid UTF-8 TOML: {exc}") from exc
    if raw.get("format") != SUPPORTED_FORMAT:
        raise EvaluationSchemeError(f"scheme format must be {SUPPORTED_FORMAT}")
    key = _text(raw, "key", "scheme")
    if len(key) > KEY_LENGTH:
        raise EvaluationSchemeError(f"scheme.key: at most {KEY_LENGTH} characters")
    title = _text(raw, "title", "scheme")
    source = _text(raw, "source", "scheme")
    example = raw.get("example", False)
    if not isinstance(example, bool):
        raise EvaluationSchemeError("scheme.example: write true or false")
    total = _points(raw.get("total"), "scheme", "total")
    step = _points(raw.get("step", str(DEFAULT_STEP)), "scheme", "step")
    raw_items = raw.get("item")
    if not isinstance(raw_items, list) or not raw_items:
        raise EvaluationSchemeError("scheme has no [[item]]")
    items = tuple(_item(entry, n, step) for n, entry in enumerate(raw_items))
    _check_codes(items)
    added = sum((item.max_points for item in items), Decimal(0))
    if added != total:
        raise EvaluationSchemeError(
            f"scheme.total: the items' maxima add up to {added}, not {total}"
        )
    return Scheme(key, title, source, example, total, items, hashlib.sha256(data).hexdigest())


def read_scheme_file(path: Path) -> Scheme:
    """A scheme file read whole; an unreadable file is an EvaluationSchemeError too."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise EvaluationSchemeError(f"{Path(path).name}: {exc.strerror or exc}") from exc
    return parse_scheme(data)


def _text(raw: dict[str, Any], field: str, where: str) -> str:
    value = raw.get(field)
    if not isinstance(value, str) or not value.strip():
        raise EvaluationSchemeError(f"{where}.{field}: missing or empty text")
    return value.strip()


def _points(value: Any, where: str, field: str) -> Decimal:
    if isinstance(value, float):
        raise EvaluationSchemeError(f'{where}.{field}: write points as strings, e.g. "2.5"')
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise EvaluationSchemeError(f"{where}.{field}: missing or not a number")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise EvaluationSchemeError(f"{where}.{field}: {value!r} is not a number") from exc
    if not number.is_finite() or number < 0:
        raise EvaluationSchemeError(f"{where}.{field}: {value!r} is not a number of points")
    return number


def _code(raw: dict[str, Any], where: str) -> str:
    code = raw.get("code")
    if isinstance(code, int) and not isinstance(code, bool):
        code = str(code)
    if not isinstance(code, str) or not code.strip():
        raise EvaluationSchemeError(f"{where} has no code")
    code = code.strip()
    if len(code) > CODE_LENGTH:
        raise EvaluationSchemeError(f"{code}: a code has at most {CODE_LENGTH} characters")
    return code


def _item(raw: Any, order: int, scheme_step: Decimal) -> Item:
    if not isinstance(raw, dict):
        raise EvaluationSchemeError(f"item #{order + 1} is not a table")
    code = _code(raw, f"item #{order + 1}")
    name = _text(raw, "name", code)
    max_points = _points(raw.get("max"), code, "max")
    step = _points(raw["step"], code, "step") if "step" in raw else scheme_step
    if step <= 0:
        raise EvaluationSchemeError(f"{code}.step: must be more than 0")
    raw_subs = raw.get("sub")
    if not isinstance(raw_subs, list) or not raw_subs:
        raise EvaluationSchemeError(f"{code}: no [[item.sub]]")
    subs = tuple(_sub(entry, code, n, step) for n, entry in enumerate(raw_subs))
    added = sum((sub.max_points for sub in subs), Decimal(0))
    if added != max_points:
        raise EvaluationSchemeError(
            f"{code}.max: its sub-items' maxima add up to {added}, not {max_points}"
        )
    return Item(code, name, max_points, step, subs)


def _sub(raw: Any, item_code: str, order: int, step: Decimal) -> SubItem:
    if not isinstance(raw, dict):
        raise EvaluationSchemeError(f"{item_code}: sub-item #{order + 1} is not a table")
    code = _code(raw, f"{item_code}: sub-item #{order + 1}")
    max_points = _points(raw.get("max"), code, "max")
    if max_points == 0:
        raise EvaluationSchemeError(f"{code}.max: must be more than 0")
    if max_points % step != 0:
        raise EvaluationSchemeError(
            f"{code}.max: {max_points} is not a multiple of the step {step}"
        )
    evidence = raw.get("evidence", "")
    if not isinstance(evidence, str):
        raise EvaluationSchemeError(f"{code}.evidence: write it as text")
    return SubItem(
        code=code,
        name=_text(raw, "name", code),
        max_points=max_points,
        evidence=evidence.strip(),
        scoring=_text(raw, "scoring", code),
        source=_text(raw, "source", code),
    )


def _check_codes(items: Iterable[Item]) -> None:
    seen: set[str] = set()
    for item in items:
        for code in (item.code, *(sub.code for sub in item.subs)):
            if code in seen:
                raise EvaluationSchemeError(f"{code}: code used twice")
            seen.add(code)


# --- a claim ---------------------------------------------------------------------------------------
def read_points(text: str | None) -> Decimal | None:
    """Points as typed (full-width digits are fine); None for blank. "无", a percent sign or
    anything else not a plain number is refused with evaluation_points_not_number."""
    try:
        parsed = parse_input(text)
    except DomainError as exc:
        raise DomainError.of("evaluation_points_not_number", text=text or "") from exc
    if parsed.not_applicable or parsed.percent:
        raise DomainError.of("evaluation_points_not_number", text=text or "")
    return parsed.number


def check_points(scheme: Scheme, code: str, points: Decimal) -> None:
    """Claimed points lie in 0..max of the sub-item, at its item's step; DomainError otherwise."""
    item = scheme.item_of(code)
    sub = scheme.sub_item(code)
    if points < 0 or points > sub.max_points:
        raise DomainError.of(
            "evaluation_points_out_of_range", item=code, points=points, maximum=sub.max_points
        )
    if points % item.step != 0:
        raise DomainError.of("evaluation_points_off_step", item=code, points=points, step=item.step)


def missing_evidence(scheme: Scheme, with_files: Iterable[str]) -> tuple[SubItem, ...]:
    """The sub-items that ask for evidence and have no file among `with_files` (codes)."""
    have = set(with_files)
    return tuple(sub for sub in scheme.sub_items() if sub.evidence_asked and sub.code not in have)


def points_text(points: Decimal | None) -> str:
    """Points as the form and the dialog write them: 2, 1.5, 0; blank when not claimed."""
    if points is None:
        return ""
    text = f"{points:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
