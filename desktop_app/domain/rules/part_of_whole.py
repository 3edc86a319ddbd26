"""其中 ≤ 合计: a part never exceeds the indicator it is part of."""

from __future__ import annotations

from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules._support import pairs
from desktop_app.domain.rules.context import CheckContext

CODE = "part_exceeds_whole"


def check(ctx: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    for code, indicator in ctx.indicators.items():
        parent = indicator.parent_code
        if parent is None:
            continue
        for measure, part, whole in pairs(ctx.figures.get(code), ctx.figures.get(parent)):
            if part > whole:
                params = {
                    "indicator": code,
                    "parent": parent,
                    "part_value": str(part),
                    "whole_value": str(whole),
                    "measure": measure,
                }
                issues.append(Issue(CODE, Severity.ERROR, params))
    return issues


def reads(indicator: Indicator) -> tuple[str | None, ...]:
    """Besides the indicator itself: the whole it is part of."""
    return (indicator.parent_code,)
