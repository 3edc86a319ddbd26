"""Demonstration standards (示范标准) as data, and the check of a candidate against them.

A province publishes standards that enterprises, bases and counties must meet to be recommended
as demonstration units (Sichuan: seed document 003, shipped as
resources/standards/sichuan_demonstration.toml). A standard is a list of criteria:

- a figure against a threshold: `at_least` (the documents' "以上": value ≥ threshold) or
  `more_than` ("大于": value > threshold), in the criterion's unit; the threshold may differ by
  the class of the candidate's region (Chengdu or another prefecture);
- a condition the clerk confirms (`yes`);
- `any_of` / `all_of` its parts.

A candidate's facts are a mapping of criterion key → Decimal (a figure), bool (a condition) or
None / absent (not given). Each criterion then passes, fails or lacks data, with the figures
compared; the whole passes only when every criterion passes, fails when any fails, and is
otherwise incomplete: missing data never passes.

Groups of standards (enterprises, bases, counties) carry the quota a prefecture may recommend
in one round, by region class (a class without a number has no cap); recognised units are
reviewed every `review_years`.

Everything here is pure: a file's bytes or facts in, objects, outcomes or issues out.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.values import normalise_text, parse_input

SUPPORTED_FORMAT = 1

#: The unit the enterprise register keeps its amounts in (capital, revenue, online sales).
REGISTER_UNIT = "万元"

#: Money units and their size in 元: a register's 万元 becomes the 亿元 a standard asks for.
MONEY_UNITS = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}

#: The units a standards file may use, with their English names.
UNITS = {
    "万元": "10k yuan",
    "亿元": "100m yuan",
    "元": "yuan",
    "平方米": "m²",
    "%": "%",
    "家": "firms",
    "个": "units",
    "人": "persons",
}

#: Enterprise register fields a criterion may be prefilled from.
REGISTER_FIELDS = frozenset({"capital", "revenue", "online_sales", "employees"})


class StandardsError(ValueError):
    """The standards file is malformed; the message names the item and the field."""


class Kind(Enum):
    AT_LEAST = "at_least"  # 以上: value ≥ threshold
    MORE_THAN = "more_than"  # 大于: value > threshold
    YES = "yes"  # a condition the clerk confirms
    ANY_OF = "any_of"
    ALL_OF = "all_of"

    @property
    def is_figure(self) -> bool:
        return self in (Kind.AT_LEAST, Kind.MORE_THAN)

    @property
    def is_compound(self) -> bool:
        return self in (Kind.ANY_OF, Kind.ALL_OF)


class Outcome(Enum):
    PASS = "pass"
    FAIL = "fail"
    MISSING = "missing"


class Verdict(Enum):
    PASS = "pass"
    FAIL = "fail"
    INCOMPLETE = "incomplete"


class Status(Enum):
    CANDIDATE = "candidate"
    RECOMMENDED = "recommended"
    RECOGNISED = "recognised"
    REVOKED = "revoked"


Fact = Decimal | bool | None


@dataclass(frozen=True)
class RegionClass:
    key: str
    name_zh: str
    name_en: str
    prefixes: tuple[str, ...]  # empty: every region no other class claims


@dataclass(frozen=True)
class Criterion:
    key: str
    name_zh: str
    name_en: str
    kind: Kind
    source: str
    unit: str | None = None
    #: region class → threshold (a figure criterion); the same number for every class when
    #: the file gives one number.
    thresholds: Mapping[str, Decimal] = field(default_factory=dict)
    parts: tuple[Criterion, ...] = ()
    from_register: str | None = None
    note: str = ""

    def name(self, english: bool = False) -> str:
        return self.name_en if english else self.name_zh

    def threshold(self, region_class: str) -> Decimal | None:
        return self.thresholds.get(region_class)

    def leaves(self) -> Iterator[Criterion]:
        """The criteria that read a fact (figures and conditions), in the file's order."""
        if self.kind.is_compound:
            for part in self.parts:
                yield from part.leaves()
        else:
            yield self


@dataclass(frozen=True)
class Standard:
    key: str
    group: str
    name_zh: str
    name_en: str
    source: str
    criteria: tuple[Criterion, ...]

    def name(self, english: bool = False) -> str:
        return self.name_en if english else self.name_zh

    def facts(self) -> tuple[Criterion, ...]:
        """The facts a candidate gives for this standard, in the file's order."""
        return tuple(leaf for criterion in self.criteria for leaf in criterion.leaves())

    def fact(self, key: str) -> Criterion:
        for leaf in self.facts():
            if leaf.key == key:
                return leaf
        raise KeyError(key)


@dataclass(frozen=True)
class StandardGroup:
    key: str
    name_zh: str
    name_en: str
    source: str
    quota: Mapping[str, int]  # region class → most units per prefecture and round

    def name(self, english: bool = False) -> str:
        return self.name_en if english else self.name_zh

    def quota_for(self, region_class: str) -> int | None:
        """The most units a prefecture of that class recommends in a round; None: no cap."""
        return self.quota.get(region_class)


@dataclass(frozen=True)
class Standards:
    province: str
    name_zh: str
    name_en: str
    source: str
    review_years: int
    review_source: str
    classes: tuple[RegionClass, ...]
    groups: tuple[StandardGroup, ...]
    standards: tuple[Standard, ...]
    digest: str

    def name(self, english: bool = False) -> str:
        return self.name_en if english else self.name_zh

    def standard(self, key: str) -> Standard:
        for standard in self.standards:
            if standard.key == key:
                return standard
        raise DomainError.of("standard_unknown", standard=key)

    def group(self, key: str) -> StandardGroup:
        for group in self.groups:
            if group.key == key:
                return group
        raise KeyError(key)

    def region_class(self, code: str) -> RegionClass:
        """The class of a region by its code: the longest matching prefix, or the rest."""
        best: RegionClass | None = None
        best_length = -1
        for region_class in self.classes:
            for prefix in region_class.prefixes:
                if code.startswith(prefix) and len(prefix) > best_length:
                    best, best_length = region_class, len(prefix)
        if best is not None:
            return best
        return next(c for c in self.classes if not c.prefixes)

    def covers(self, code: str) -> bool:
        return code.startswith(self.province)

    def review_due(self, recognised_on: date, reviewed_on: date | None = None) -> date:
        """The day the next review is due: `review_years` after the later of recognition and
        the last review (29 February falls on 28 February in a common year)."""
        start = max(recognised_on, reviewed_on) if reviewed_on is not None else recognised_on
        return add_years(start, self.review_years)


def add_years(day: date, years: int) -> date:
    year = day.year + years
    last = calendar.monthrange(year, day.month)[1]
    return date(year, day.month, min(day.day, last))


# --- evaluation ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    outcome: Outcome
    value: Fact = None
    threshold: Decimal | None = None
    parts: tuple[CriterionResult, ...] = ()

    def issue(self, english: bool = False) -> Issue:
        """Why it passes, fails or lacks data, as an issue code with the figures compared
        ("注册资金 150 万元 < 200 万元")."""
        criterion = self.criterion
        params: dict[str, Any] = {"name": criterion.name(english)}
        kind = criterion.kind
        if kind.is_figure:
            unit = criterion.unit or ""
            params["unit"] = UNITS.get(unit, unit) if english else unit
            params["limit_value"] = self.threshold
            if self.value is not None:
                params["value"] = self.value
            word = "at_least" if kind is Kind.AT_LEAST else "more_than"
            suffix = {Outcome.PASS: "met", Outcome.FAIL: "short", Outcome.MISSING: "missing"}
            return Issue(f"standard_{word}_{suffix[self.outcome]}", params=params)
        if kind is Kind.YES:
            code = {
                Outcome.PASS: "standard_confirmed",
                Outcome.FAIL: "standard_denied",
                Outcome.MISSING: "standard_unconfirmed",
            }[self.outcome]
            return Issue(code, params=params)
        word = "any" if kind is Kind.ANY_OF else "all"
        suffix = {Outcome.PASS: "met", Outcome.FAIL: "short", Outcome.MISSING: "missing"}
        return Issue(f"standard_{word}_{suffix[self.outcome]}", params=params)

    def walk(self) -> Iterator[tuple[int, CriterionResult]]:
        """This result and its parts', with their depth (0 for a standard's own criterion)."""
        yield 0, self
        for part in self.parts:
            for depth, found in part.walk():
                yield depth + 1, found


@dataclass(frozen=True)
class Evaluation:
    standard: Standard
    region_class: str
    results: tuple[CriterionResult, ...]

    @property
    def verdict(self) -> Verdict:
        return _verdict(self.results)

    def outcomes(self, outcome: Outcome) -> list[CriterionResult]:
        return [r for r in self.results if r.outcome is outcome]

    def result(self, key: str) -> CriterionResult:
        for result in self.results:
            for _depth, found in result.walk():
                if found.criterion.key == key:
                    return found
        raise KeyError(key)


def _verdict(results: tuple[CriterionResult, ...]) -> Verdict:
    outcomes = {r.outcome for r in results}
    if Outcome.FAIL in outcomes:
        return Verdict.FAIL
    if Outcome.MISSING in outcomes:
        return Verdict.INCOMPLETE
    return Verdict.PASS


def evaluate(standard: Standard, facts: Mapping[str, Any], region_class: str) -> Evaluation:
    """Check a candidate's facts against a standard for a region of `region_class`."""
    return Evaluation(
        standard,
        region_class,
        tuple(_check(c, facts, region_class) for c in standard.criteria),
    )


def _check(criterion: Criterion, facts: Mapping[str, Any], region_class: str) -> CriterionResult:
    kind = criterion.kind
    if kind.is_compound:
        parts = tuple(_check(p, facts, region_class) for p in criterion.parts)
        outcomes = [p.outcome for p in parts]
        if kind is Kind.ANY_OF:
            if Outcome.PASS in outcomes:
                outcome = Outcome.PASS
            elif Outcome.MISSING in outcomes:
                outcome = Outcome.MISSING
            else:
                outcome = Outcome.FAIL
        elif Outcome.FAIL in outcomes:
            outcome = Outcome.FAIL
        elif Outcome.MISSING in outcomes:
            outcome = Outcome.MISSING
        else:
            outcome = Outcome.PASS
        return CriterionResult(criterion, outcome, parts=parts)
    value = facts.get(criterion.key)
    if kind is Kind.YES:
        if not isinstance(value, bool):
            return CriterionResult(criterion, Outcome.MISSING)
        return CriterionResult(criterion, Outcome.PASS if value else Outcome.FAIL, value)
    threshold = criterion.threshold(region_class)
    if threshold is None:  # pragma: no cover - the parser asks every class for a number
        raise StandardsError(f"{criterion.key}.threshold: no number for {region_class}")
    if not isinstance(value, Decimal):
        return CriterionResult(criterion, Outcome.MISSING, None, threshold)
    met = value >= threshold if kind is Kind.AT_LEAST else value > threshold
    return CriterionResult(criterion, Outcome.PASS if met else Outcome.FAIL, value, threshold)


# --- facts as typed and as stored ------------------------------------------------------------------
_YES_WORDS = frozenset({"是", "有", "yes", "y", "true", "1", "√", "✓", "符合"})
_NO_WORDS = frozenset({"否", "无", "没有", "no", "n", "false", "0", "×", "✗", "不符合"})


def read_fact(criterion: Criterion, text: str | None) -> Fact:
    """A fact as a clerk typed it: a figure (full-width digits and separators are fine) in the
    criterion's unit, or 是/否 for a condition; blank is None (not given). Bad input raises
    DomainError with the criterion's key and the text."""
    folded = normalise_text(text or "")
    if not folded:
        return None
    if criterion.kind is Kind.YES:
        word = folded.lower()
        if word in _YES_WORDS:
            return True
        if word in _NO_WORDS:
            return False
        raise DomainError.of("standard_fact_not_yes_no", name=criterion.name_zh, text=text)
    try:
        parsed = parse_input(folded.removesuffix(criterion.unit or "").strip() or folded)
    except DomainError:
        raise DomainError.of(
            "standard_fact_not_number", name=criterion.name_zh, text=text
        ) from None
    if parsed.number is None or (parsed.percent and criterion.unit != "%"):
        # "无": a figure is given or not, never "not applicable"; "30%" is no 万元 figure
        raise DomainError.of("standard_fact_not_number", name=criterion.name_zh, text=text)
    if parsed.number < 0:
        raise DomainError.of("standard_fact_negative", name=criterion.name_zh, text=text)
    return parsed.number


def facts_to_json(facts: Mapping[str, Any]) -> str:
    """Facts as the database keeps them: figures as exact text, conditions as true/false;
    facts not given are left out. Keys starting with "_" are the candidate's own notes
    (the day it was recommended)."""
    out: dict[str, Any] = {}
    for key, value in sorted(facts.items()):
        if value is None:
            continue
        if isinstance(value, bool):
            out[key] = value
        elif isinstance(value, Decimal):
            out[key] = format(value, "f")
        else:
            out[key] = str(value)
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def facts_from_json(text: str) -> dict[str, Any]:
    """The stored facts back: a figure as Decimal, a condition as bool, a note as text."""
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, bool) or str(key).startswith("_"):
            out[str(key)] = value
        elif isinstance(value, (str, int)):
            try:
                out[str(key)] = Decimal(str(value))
            except ArithmeticError:
                continue
    return out


def from_register(criterion: Criterion, amount: Decimal | int | None) -> Decimal | None:
    """A register's figure (万元, or a count) in the criterion's unit (万元 → 亿元)."""
    if amount is None:
        return None
    value = Decimal(amount)
    unit = criterion.unit or ""
    if unit in MONEY_UNITS and unit != REGISTER_UNIT:
        value = value * MONEY_UNITS[REGISTER_UNIT] / MONEY_UNITS[unit]
    return value


# --- the file --------------------------------------------------------------------------------------
def parse_standards(data: bytes) -> Standards:
    """Read a standards file (TOML); StandardsError names the item and the field at fault."""
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StandardsError(f"standards file is not valid UTF-8 TOML: {exc}") from exc
    if raw.get("format") != SUPPORTED_FORMAT:
        raise StandardsError(f"standards file: format must be {SUPPORTED_FORMAT}")
    province = _text(raw, "province", "standards file")
    if not (len(province) == 2 and province.isdigit()):
        raise StandardsError('standards file.province: two digits, e.g. "51"')
    review_years = raw.get("review_years")
    if not isinstance(review_years, int) or isinstance(review_years, bool) or review_years < 1:
        raise StandardsError("standards file.review_years: a whole number of years, at least 1")
    classes = _classes(raw.get("region_class"))
    class_keys = tuple(c.key for c in classes)
    groups = _groups(raw.get("group"), class_keys)
    shared = _shared(raw.get("shared", []), class_keys)
    standards = _standards(raw.get("standard"), {g.key for g in groups}, shared, class_keys)
    return Standards(
        province=province,
        name_zh=_text(raw, "name_zh", "standards file"),
        name_en=_text(raw, "name_en", "standards file"),
        source=_text(raw, "source", "standards file"),
        review_years=review_years,
        review_source=str(raw.get("review_source", "")),
        classes=classes,
        groups=groups,
        standards=standards,
        digest=hashlib.sha256(data).hexdigest(),
    )


def _text(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise StandardsError(f"{where}.{key}: missing (text in quotes)")
    return value.strip()


def _tables(value: Any, what: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        raise StandardsError(f"standards file: at least one [[{what}]] is needed")
    return value


def _key(item: Mapping[str, Any], what: str, order: int) -> str:
    key = item.get("key")
    if not isinstance(key, str) or not key.strip():
        raise StandardsError(f"{what} #{order + 1} has no key")
    if key.startswith("_"):
        raise StandardsError(f"{what} {key}: a key may not start with “_”")
    return key.strip()


def _classes(value: Any) -> tuple[RegionClass, ...]:
    classes = []
    for order, item in enumerate(_tables(value, "region_class")):
        key = _key(item, "region_class", order)
        prefixes = item.get("prefixes", [])
        if not isinstance(prefixes, list) or not all(
            isinstance(p, str) and p.isdigit() for p in prefixes
        ):
            raise StandardsError(f"{key}.prefixes: a list of region code prefixes in quotes")
        classes.append(
            RegionClass(
                key,
                _text(item, "name_zh", key),
                _text(item, "name_en", key),
                tuple(prefixes),
            )
        )
    keys = [c.key for c in classes]
    if len(set(keys)) != len(keys):
        raise StandardsError("region_class: a key is used twice")
    if sum(1 for c in classes if not c.prefixes) != 1:
        raise StandardsError("region_class: exactly one class has no prefixes (the rest)")
    return tuple(classes)


def _groups(value: Any, class_keys: tuple[str, ...]) -> tuple[StandardGroup, ...]:
    groups = []
    for order, item in enumerate(_tables(value, "group")):
        key = _key(item, "group", order)
        quota_raw = item.get("quota", {})
        if not isinstance(quota_raw, dict):
            raise StandardsError(f"{key}.quota: a table such as {{ other = 2 }}")
        quota: dict[str, int] = {}
        for name, number in quota_raw.items():
            if name not in class_keys:
                raise StandardsError(f"{key}.quota: unknown region class {name!r}")
            if not isinstance(number, int) or isinstance(number, bool) or number < 0:
                raise StandardsError(f"{key}.quota.{name}: a whole number, 0 or more")
            quota[name] = number
        groups.append(
            StandardGroup(
                key,
                _text(item, "name_zh", key),
                _text(item, "name_en", key),
                _text(item, "source", key),
                quota,
            )
        )
    if len({g.key for g in groups}) != len(groups):
        raise StandardsError("group: a key is used twice")
    return tuple(groups)


def _threshold(value: Any, key: str, class_keys: tuple[str, ...]) -> dict[str, Decimal]:
    def number(raw: Any, where: str) -> Decimal:
        if isinstance(raw, (bool, float)) or not isinstance(raw, (str, int)):
            raise StandardsError(f'{where}: write the number in quotes, e.g. "200"')
        try:
            found = Decimal(str(raw).strip())
        except ArithmeticError:
            raise StandardsError(f"{where}: {raw!r} is not a number") from None
        if not found.is_finite() or found < 0:
            raise StandardsError(f"{where}: {raw!r} is not a number of 0 or more")
        return found

    if value is None:
        raise StandardsError(f"{key}.threshold: missing")
    if isinstance(value, dict):
        unknown = sorted(set(value) - set(class_keys))
        if unknown:
            raise StandardsError(f"{key}.threshold: unknown region class {unknown[0]!r}")
        missing = [c for c in class_keys if c not in value]
        if missing:
            raise StandardsError(f"{key}.threshold: no number for region class {missing[0]!r}")
        return {c: number(value[c], f"{key}.threshold.{c}") for c in class_keys}
    single = number(value, f"{key}.threshold")
    return {c: single for c in class_keys}


def _criterion(item: Any, order: int, class_keys: tuple[str, ...], where: str) -> Criterion:
    if not isinstance(item, dict):
        raise StandardsError(f"{where}: criterion #{order + 1} is not a table")
    key = _key(item, f"{where}: criterion", order)
    try:
        kind = Kind(item.get("kind"))
    except ValueError:
        allowed = ", ".join(k.value for k in Kind)
        raise StandardsError(f"{key}.kind: {item.get('kind')!r} is not one of {allowed}") from None
    unit = item.get("unit")
    parts: tuple[Criterion, ...] = ()
    thresholds: dict[str, Decimal] = {}
    if kind.is_figure:
        if unit not in UNITS:
            raise StandardsError(f"{key}.unit: {unit!r} is not one of {', '.join(UNITS)}")
        thresholds = _threshold(item.get("threshold"), key, class_keys)
    elif "threshold" in item or "unit" in item:
        raise StandardsError(f"{key}: a {kind.value} criterion has no threshold nor unit")
    if kind.is_compound:
        raw_parts = item.get("part")
        if not isinstance(raw_parts, list) or len(raw_parts) < 2:
            raise StandardsError(f"{key}.part: an {kind.value} criterion needs two parts or more")
        parts = tuple(_criterion(p, i, class_keys, key) for i, p in enumerate(raw_parts))
    elif "part" in item:
        raise StandardsError(f"{key}.part: only any_of and all_of have parts")
    register_field = item.get("from_register")
    if register_field is not None and (not kind.is_figure or register_field not in REGISTER_FIELDS):
        allowed = ", ".join(sorted(REGISTER_FIELDS))
        raise StandardsError(
            f"{key}.from_register: a figure criterion names one of {allowed}, "
            f"not {register_field!r}"
        )
    return Criterion(
        key=key,
        name_zh=_text(item, "name_zh", key),
        name_en=_text(item, "name_en", key),
        kind=kind,
        source=_text(item, "source", key),
        unit=unit,
        thresholds=thresholds,
        parts=parts,
        from_register=register_field,
        note=str(item.get("note", "")),
    )


def _shared(value: Any, class_keys: tuple[str, ...]) -> dict[str, tuple[Criterion, ...]]:
    if not isinstance(value, list):
        raise StandardsError("shared: a list of [[shared]] tables")
    found: dict[str, tuple[Criterion, ...]] = {}
    for order, item in enumerate(value):
        if not isinstance(item, dict):
            raise StandardsError(f"shared #{order + 1} is not a table")
        key = _key(item, "shared", order)
        criteria = item.get("criterion")
        if not isinstance(criteria, list) or not criteria:
            raise StandardsError(f"{key}.criterion: at least one criterion")
        found[key] = tuple(_criterion(c, i, class_keys, key) for i, c in enumerate(criteria))
    return found


def _keys(criterion: Criterion) -> Iterator[str]:
    yield criterion.key
    for part in criterion.parts:
        yield from _keys(part)


def _standards(
    value: Any,
    group_keys: set[str],
    shared: Mapping[str, tuple[Criterion, ...]],
    class_keys: tuple[str, ...],
) -> tuple[Standard, ...]:
    standards = []
    for order, item in enumerate(_tables(value, "standard")):
        key = _key(item, "standard", order)
        if item.get("group") not in group_keys:
            raise StandardsError(f"{key}.group: unknown group {item.get('group')!r}")
        uses = item.get("uses", [])
        if not isinstance(uses, list):
            raise StandardsError(f"{key}.uses: a list of [[shared]] keys")
        criteria: list[Criterion] = []
        for name in uses:
            if name not in shared:
                raise StandardsError(f"{key}.uses: unknown shared criteria {name!r}")
            criteria.extend(shared[name])
        own = item.get("criterion", [])
        if not isinstance(own, list):
            raise StandardsError(f"{key}.criterion: a list of criteria")
        criteria.extend(_criterion(c, i, class_keys, key) for i, c in enumerate(own))
        if not criteria:
            raise StandardsError(f"{key}: a standard needs at least one criterion")
        standard = Standard(
            key=key,
            group=str(item["group"]),
            name_zh=_text(item, "name_zh", key),
            name_en=_text(item, "name_en", key),
            source=_text(item, "source", key),
            criteria=tuple(criteria),
        )
        keys = [k for c in criteria for k in _keys(c)]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise StandardsError(f"{key}: criterion {twice[0]!r} is used twice")
        standards.append(standard)
    if len({s.key for s in standards}) != len(standards):
        raise StandardsError("standard: a key is used twice")
    return tuple(standards)
