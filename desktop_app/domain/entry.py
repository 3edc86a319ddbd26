"""The rules of keying one figure that need nothing stored: what the figure and its basis may be,
and how a region keeps an indicator within a year. Codes with parameters, never text.

The save (services/values.py) and the import preview (services/excel_returns.py) both ask these
through one planning step (services/entry_plan.py), so they refuse the same things alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.domain.indicators import Basis, Indicator, Temporal
from desktop_app.domain.issues import Issue
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.values import Figure, ParsedInput

#: Period kinds from the finest: a stock's figure for a period is the entry of the finest kind
#: that ends with the period's last month (SeriesCalculator.stock_at reads them in this order).
KINDS_FINE_FIRST = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR)


def input_issue(indicator: Indicator, parsed: ParsedInput, basis: Basis) -> Issue | None:
    """Why this input cannot be stored for this indicator with this basis, or None.

    A stock has no year-to-date figure; a number must fit the indicator (type, sign, scale,
    bounds, a percent sign only for a rate); a computed rate takes nothing but blank.
    """
    if basis is Basis.YTD and indicator.temporal is Temporal.STOCK:
        return Issue("stock_has_no_ytd", params={"indicator": indicator.code})
    if parsed.number is not None:
        issues = indicator.check_number(parsed.number, percent=parsed.percent)
        return issues[0] if issues else None
    if indicator.is_computed and not parsed.is_blank:
        return Issue("computed_indicator", params={"indicator": indicator.code})
    return None


def holds_already(old: Figure, old_basis: str | None, new: Figure, basis: Basis) -> bool:
    """Nothing to write: the cell holds this figure with this basis (or is blank and stays so).
    `old_basis`: the stored basis (None: nothing stored)."""
    return old == new and (old_basis is None or old_basis == basis.value)


def second_way_issue(
    indicator: Indicator, period: Period, basis: Basis, keyed: Sequence[tuple[str, str]]
) -> Issue | None:
    """A region keeps an indicator one way a year: one period kind, and for a flow one basis.

    Month values beside a quarter value, or own figures beside year-to-date ones, would
    contradict each other without any check noticing; the second way is refused, naming the
    first and how to change it. `keyed`: the (period code, basis) the region holds that year.
    """
    others = [(Period.from_code(code), b) for code, b in keyed if code != period.code]
    if not others:
        return None
    example, example_basis = others[0]
    params = {
        "indicator": indicator.code,
        "year": period.year,
        "period": period.code,
        "existing": example.code,
        "count": len(others),
    }
    if example.kind is not period.kind:
        return Issue("keyed_as_other_kind", params=params)
    if indicator.temporal is Temporal.FLOW and example_basis != basis.value:
        code = (
            "keyed_as_ytd_already" if example_basis == Basis.YTD.value else "keyed_as_own_already"
        )
        return Issue(code, params=params)
    return None


def stock_entries(period: Period) -> list[Period]:
    """The entries a stock's figure for `period` may be kept as, the one read first first: every
    period of any kind that ends with the same month (2024Q1: March, Q1; a year: December, Q4,
    the second half, the year)."""
    found = (Period.ending_at(kind, period.year, period.end_month) for kind in KINDS_FINE_FIRST)
    return [p for p in found if p is not None]


def copy_target(period: Period, kept: Sequence[str]) -> Period | None:
    """Where a stock's figure copied into `period` is stored, given the period codes the region
    keeps the indicator as that year (`kept`): the period itself when nothing is kept yet or the
    year is kept by periods of its kind; else the kept kind's period that ends with the same
    month (a quarter of a year kept by months: its last month). None when that kind has no
    period ending there (a month of a year kept by quarters)."""
    kinds = {Period.from_code(code).kind for code in kept}
    if not kinds or period.kind in kinds or len(kinds) > 1:
        return period
    (kind,) = kinds
    return Period.ending_at(kind, period.year, period.end_month)
