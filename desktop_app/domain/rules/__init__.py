"""Checks on data, one rule per module. Each returns Issues (codes with parameters), never text.

Errors (`Severity.ERROR`) block submission; warnings need a written explanation (情况说明) that
travels with the return.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules import (
    at_most,
    completeness,
    falling_ytd,
    outlier,
    part_of_whole,
    period_gaps,
    ratio_bounds,
    stock_drop,
    type_sign,
)
from desktop_app.domain.rules.context import CheckContext

Rule = Callable[[CheckContext], list[Issue]]

#: Every rule, in the order their issues are listed for one indicator.
ALL_RULES: tuple[Rule, ...] = (
    completeness.check,
    period_gaps.check,
    type_sign.check,
    part_of_whole.check,
    at_most.check,
    ratio_bounds.check,
    falling_ytd.check_context,
    stock_drop.check,
    outlier.check,
)

__all__ = ["ALL_RULES", "CheckContext", "Rule", "blocking", "needs_explanation", "run_checks"]


def run_checks(ctx: CheckContext) -> list[Issue]:
    """All rules: errors first, then warnings, each in catalogue order of the indicator.

    Each issue carries its indicator's `scale`, so that its figures (raw Decimal text) are shown
    as the return shows them.
    """
    issues = [_with_scale(issue, ctx) for rule in ALL_RULES for issue in rule(ctx)]
    position = {code: i for i, code in enumerate(ctx.indicators)}
    unknown = len(position)

    def key(issue: Issue) -> tuple[bool, int]:
        return (not issue.is_error, position.get(issue.params.get("indicator", ""), unknown))

    return sorted(issues, key=key)  # stable: rule order within one indicator


def _with_scale(issue: Issue, ctx: CheckContext) -> Issue:
    indicator = ctx.indicators.get(issue.params.get("indicator", ""))
    if indicator is None or "scale" in issue.params:
        return issue
    return replace(issue, params={**issue.params, "scale": indicator.scale})


def blocking(issues: Iterable[Issue]) -> list[Issue]:
    """The issues that block submission."""
    return [issue for issue in issues if issue.severity is Severity.ERROR]


def needs_explanation(issues: Iterable[Issue]) -> list[Issue]:
    """The issues a submission must explain in writing (情况说明)."""
    return [issue for issue in issues if issue.severity is Severity.WARNING]
