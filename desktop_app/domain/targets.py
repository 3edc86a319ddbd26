"""年度目标: a year's target written as the documents write it, its goal, progress and pace.

A target is one of four kinds (`TargetKind`):

- absolute: a figure in the indicator's unit (交易额超过2.3万亿元; a stock's level at year end);
- growth: a rate over last year (%): the goal is last year's full-year total (a flow) or last
  year's year-end figure (a stock) × (1 + g);
- new units: for a stock, how many are added this year (end of year − end of last year);
- share: for a rate (%), the rate to reach (规上工业企业电子商务应用率超过60%).

Progress (完成进度, %) is measured on what the target counts:

- a flow (absolute or growth): year to date ÷ goal;
- a stock with an absolute target: the level now ÷ goal;
- a stock with a growth or new-units target: the units added since last year's end ÷ the units
  the target adds (goal − last year's end), so 10 new points against 75 existing is about the 10;
- a share: the rate now ÷ the target rate (54% against 60% shows 90.0).

Pace (按进度应完成, %) is what progress should be at the end of the period: straight-line (months
elapsed ÷ 12) or, for a flow with last year's months, last year's seasonal shape (last year's year
to date at this month ÷ last year's total). A stock's level target expects last year's end plus
that share of the way to the goal. A share has no pace (a rate is a state, not an amount built up
over the year). A target is behind pace when its progress is below its pace (both shown with one
decimal, and compared as shown).

A split divides a target among the children of a region (equally, in proportion to last year's
figures, or by hand); the parts must add up to the whole at the indicator's scale.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import Enum

from desktop_app.domain.indicators import Indicator, Temporal, ValueKind
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.values import Figure, decimal_places

_ONE_DECIMAL = Decimal("0.1")
_HUNDRED = Decimal(100)
#: A growth target above this (%) is taken for a slip of the keyboard (a hundredfold year).
GROWTH_LIMIT = Decimal(10000)
#: Decimals a growth rate is written with (30.25%).
GROWTH_PLACES = 2


class TargetKind(Enum):
    ABSOLUTE = "absolute"
    GROWTH = "growth"
    NEW_UNITS = "new_units"
    SHARE = "share"


class PaceBasis(Enum):
    STRAIGHT = "straight"  # months elapsed ÷ 12
    SEASONAL = "seasonal"  # last year's year to date at this month ÷ last year's total


class SplitMethod(Enum):
    EQUAL = "split_equal"
    LAST_YEAR = "split_last_year"
    BY_HAND = "split_by_hand"


@dataclass(frozen=True)
class Target:
    """A target as stored: its kind and the figure as the document writes it."""

    kind: TargetKind
    figure: Decimal
    note: str | None = None
    method: str | None = None


@dataclass(frozen=True)
class LastYear:
    """Last year's figures a target is measured against.

    `total`: a flow's full-year total, a stock's year-end figure. `to_date`: a flow's year to
    date at the same month last year (for the seasonal pace).
    """

    total: Figure = None
    to_date: Figure = None


@dataclass(frozen=True)
class Assessment:
    """What a target means for one period."""

    target: Target
    goal: Decimal | None  # the year's goal in the indicator's unit (a share: the rate)
    done: Decimal | None  # what counts toward it: year to date, units added, the level, the rate
    progress: Decimal | None  # 完成进度 (%), one decimal
    pace: Decimal | None  # 按进度应完成 (%), one decimal; None for a share or without a base
    pace_basis: PaceBasis | None
    behind: bool


def check_target(indicator: Indicator, kind: TargetKind, figure: Decimal) -> list[Issue]:
    """Refusals for a target of `kind` with `figure` on `indicator`. Codes only."""
    params = {"indicator": indicator.code, "value": str(figure), "unit": indicator.unit}
    is_rate = indicator.kind is ValueKind.RATIO
    if kind is TargetKind.SHARE:
        if not is_rate:
            return [Issue("target_share_not_rate", params=params)]
        if not 0 < figure <= _HUNDRED:
            return [Issue("target_share_range", params=params)]
        if decimal_places(figure.normalize()) > indicator.scale:
            return [Issue("too_many_decimals", params={**params, "scale": indicator.scale})]
        return []
    if is_rate:
        return [Issue("target_rate_needs_share", params=params)]
    if kind is TargetKind.GROWTH:
        if figure < -_HUNDRED:
            return [Issue("target_growth_below_minus_100", params=params)]
        if figure > GROWTH_LIMIT:
            return [Issue("target_growth_too_large", params={**params, "limit": str(GROWTH_LIMIT)})]
        if decimal_places(figure.normalize()) > GROWTH_PLACES:
            return [Issue("target_growth_decimals", params={**params, "places": GROWTH_PLACES})]
        return []
    if kind is TargetKind.NEW_UNITS:
        if indicator.temporal is not Temporal.STOCK:
            return [Issue("target_new_units_flow", params=params)]
        if figure <= 0:
            return [Issue("target_not_positive", params=params)]
        return []
    if figure <= 0:
        return [Issue("target_not_positive", params=params)]
    return []


def _quantize(number: Decimal, scale: int) -> Decimal:
    return number.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)


def _percent(part: Decimal, whole: Decimal) -> Decimal | None:
    if whole == 0:
        return None
    return (part * _HUNDRED / whole).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def goal_of(indicator: Indicator, target: Target, last_year_total: Figure) -> Decimal | None:
    """The year's goal in the indicator's unit, at its scale; None when it rests on a figure of
    last year that is missing."""
    if target.kind in (TargetKind.ABSOLUTE, TargetKind.SHARE):
        return target.figure
    if not isinstance(last_year_total, Decimal):
        return None
    if target.kind is TargetKind.GROWTH:
        return _quantize(last_year_total * (1 + target.figure / _HUNDRED), indicator.scale)
    return last_year_total + target.figure  # new units on a stock


def straight_pace(end_month: int) -> Decimal:
    """Months elapsed ÷ 12, as a percentage with one decimal (January 8.3, December 100.0)."""
    return (Decimal(end_month) * _HUNDRED / 12).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def flow_pace(end_month: int, last_year: LastYear) -> tuple[Decimal, PaceBasis]:
    """Last year's seasonal shape when last year's months are known, else straight-line."""
    total, to_date = last_year.total, last_year.to_date
    if isinstance(total, Decimal) and isinstance(to_date, Decimal) and total > 0:
        shape = (to_date * _HUNDRED / total).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)
        return shape, PaceBasis.SEASONAL
    return straight_pace(end_month), PaceBasis.STRAIGHT


def assess(
    indicator: Indicator,
    target: Target,
    *,
    now: Figure,
    end_month: int,
    last_year: LastYear,
) -> Assessment:
    """Goal, progress and pace of `target` at the end of month `end_month` of its year.

    `now`: a flow's year to date, a stock's figure at the end of the period, a rate's figure.
    """
    goal = goal_of(indicator, target, last_year.total)
    current = now if isinstance(now, Decimal) else None
    done: Decimal | None = None
    progress: Decimal | None = None
    pace: Decimal | None = None
    basis: PaceBasis | None = None
    if target.kind is TargetKind.SHARE:
        done = current
        progress = None if current is None else _percent(current, target.figure)
    elif indicator.temporal is Temporal.FLOW:
        done = current
        if goal is not None and goal > 0:
            progress = None if current is None else _percent(current, goal)
            pace, basis = flow_pace(end_month, last_year)
    else:
        base = last_year.total if isinstance(last_year.total, Decimal) else None
        fraction = Decimal(end_month) / 12
        if target.kind is TargetKind.ABSOLUTE:
            done = current
            if goal is not None and goal > 0:
                progress = None if current is None else _percent(current, goal)
                if base is not None:
                    expected = base + (goal - base) * fraction
                    pace, basis = _percent(expected, goal), PaceBasis.STRAIGHT
        elif goal is not None and base is not None:
            added = goal - base
            done = None if current is None else current - base
            if added != 0:
                progress = None if done is None else _percent(done, added)
                pace, basis = straight_pace(end_month), PaceBasis.STRAIGHT
    behind = progress is not None and pace is not None and progress < pace
    return Assessment(target, goal, done, progress, pace, basis, behind)


# --- splitting a target among the children of a region --------------------------------------------
def _quantum(scale: int) -> Decimal:
    return Decimal(1).scaleb(-scale)


def _apportion(
    whole: Decimal, shares: Sequence[tuple[str, Decimal]], scale: int
) -> dict[str, Decimal]:
    """Round each raw share down to the scale, then give the quanta left over, one each, to the
    largest shares (ties: in the children's order), so the parts add up to `whole` exactly."""
    quantum = _quantum(scale)
    parts = {code: raw.quantize(quantum, rounding=ROUND_DOWN) for code, raw in shares}
    left = int((whole - sum(parts.values(), Decimal(0))) / quantum)
    order = sorted(range(len(shares)), key=lambda i: (-shares[i][1], i))
    for i in order[:left]:
        code = shares[i][0]
        parts[code] += quantum
    return {code: parts[code] for code, _raw in shares}


def split_equal(whole: Decimal, children: Sequence[str], scale: int) -> dict[str, Decimal]:
    """`whole` in equal parts at `scale`; the remainder one quantum each to the first children."""
    if not children:
        raise DomainError.of("target_split_no_children")
    _check_whole(whole, scale)
    share = whole / len(children)
    return _apportion(whole, [(code, share) for code in children], scale)


def split_proportional(
    whole: Decimal, weights: Mapping[str, Figure], scale: int
) -> dict[str, Decimal]:
    """`whole` in proportion to last year's figures of the children (in the mapping's order);
    refused when a child lacks one or when they add up to nothing."""
    if not weights:
        raise DomainError.of("target_split_no_children")
    _check_whole(whole, scale)
    missing = [code for code, w in weights.items() if not isinstance(w, Decimal) or w < 0]
    if missing:
        raise DomainError.of("target_split_weight_missing", regions="、".join(missing))
    numbers = {code: w for code, w in weights.items() if isinstance(w, Decimal)}
    total = sum(numbers.values(), Decimal(0))
    if total <= 0:
        raise DomainError.of("target_split_weights_zero")
    return _apportion(whole, [(code, whole * w / total) for code, w in numbers.items()], scale)


def _check_whole(whole: Decimal, scale: int) -> None:
    if whole < 0 or whole != whole.quantize(_quantum(scale)):
        raise DomainError.of("target_split_whole", value=str(whole), scale=scale)


def check_split(whole: Decimal, parts: Mapping[str, Decimal], scale: int) -> list[Issue]:
    """The parts must add up to the whole exactly at the indicator's scale."""
    quantum = _quantum(scale)
    issues: list[Issue] = []
    for code, part in parts.items():
        if part < 0 or part != part.quantize(quantum):
            issues.append(
                Issue(
                    "target_split_part", params={"region": code, "value": str(part), "scale": scale}
                )
            )
    total = sum(parts.values(), Decimal(0))
    if not issues and total != whole:
        issues.append(
            Issue(
                "target_split_mismatch",
                params={
                    "value": str(total),
                    "whole_value": str(whole),
                    "difference": str(total - whole),
                    "scale": scale,
                },
            )
        )
    return issues


@dataclass(frozen=True)
class ChildrenTotal:
    """The children's targets of an indicator against the region's own: what they add up to,
    how many children hold one that adds up with the whole, and of how many."""

    whole: Decimal
    total: Decimal
    counted: int
    expected: int

    @property
    def complete(self) -> bool:
        return self.counted == self.expected

    @property
    def adds_up(self) -> bool:
        return self.complete and self.total == self.whole


def children_total(
    target: Target, goal: Decimal | None, children: Sequence[Target | None]
) -> ChildrenTotal | None:
    """The children's parts of a target: figures for a figure or a growth target (its goal),
    new units for new units; None for a share (rates do not add up) or an unknown goal."""
    if target.kind is TargetKind.SHARE:
        return None
    whole = goal if target.kind is TargetKind.GROWTH else target.figure
    if whole is None:
        return None
    part_kind = TargetKind.NEW_UNITS if target.kind is TargetKind.NEW_UNITS else TargetKind.ABSOLUTE
    parts = [c.figure for c in children if c is not None and c.kind is part_kind]
    return ChildrenTotal(whole, sum(parts, Decimal(0)), len(parts), len(children))
