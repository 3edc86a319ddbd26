"""An indicator never exceeds its declared limit (覆盖行政村数 ≤ 行政村总数), nor a ratio's
numerator its denominator.

The numerator check is skipped where another rule already compares the same pair (the numerator's
`at_most` or 其中 parent is the denominator) and for ratios allowed above 100%.
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules._support import pairs
from desktop_app.domain.rules.context import CheckContext

CODE = "exceeds_limit_indicator"
NUMERATOR_CODE = "numerator_exceeds_denominator"

_HUNDRED = Decimal(100)


def check(ctx: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    for code, indicator in ctx.indicators.items():
        limit = indicator.at_most_code
        if limit is not None:
            for measure, value, limit_value in pairs(ctx.figures.get(code), ctx.figures.get(limit)):
                if value > limit_value:
                    params = {
                        "indicator": code,
                        "limit": limit,
                        "value": str(value),
                        "limit_value": str(limit_value),
                        "measure": measure,
                    }
                    issues.append(Issue(CODE, Severity.ERROR, params))
        issues.extend(_numerator_issues(ctx, indicator))
    return issues


def numerator_checked(ctx: CheckContext, ratio: Indicator) -> bool:
    """Whether this module compares the ratio's numerator with its denominator itself."""
    numerator, denominator = ratio.numerator_code, ratio.denominator_code
    if numerator is None or denominator is None:
        return False
    upper = ratio.upper_bound
    if upper is None or upper > _HUNDRED:
        return False  # the numerator may legitimately exceed the denominator
    part = ctx.indicators.get(numerator)
    return part is None or denominator not in (part.parent_code, part.at_most_code)


def _numerator_issues(ctx: CheckContext, ratio: Indicator) -> list[Issue]:
    if not numerator_checked(ctx, ratio):
        return []
    assert ratio.numerator_code is not None and ratio.denominator_code is not None
    numerator, denominator = ratio.numerator_code, ratio.denominator_code
    return [
        Issue(
            NUMERATOR_CODE,
            Severity.ERROR,
            {
                # The cell to correct is the keyed numerator; the ratio only shows the effect.
                "indicator": numerator,
                "ratio": ratio.code,
                "denominator": denominator,
                "numerator_value": str(num),
                "denominator_value": str(den),
                "measure": measure,
            },
        )
        for measure, num, den in pairs(ctx.figures.get(numerator), ctx.figures.get(denominator))
        if num > den
    ]


def reads(indicator: Indicator) -> tuple[str | None, ...]:
    """Besides the indicator itself: the one it may not exceed, and a ratio's numerator and
    denominator (its numerator's issues)."""
    return (indicator.at_most_code, indicator.numerator_code, indicator.denominator_code)
