"""Type and sign of every number stored for the period: imported data may bypass the save check.

Reuses `Indicator.check_number` and keeps its codes (their texts already exist), as errors.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules.context import CheckContext

#: The codes `Indicator.check_number` emits; all are errors here.
CODES = (
    "count_not_integer",
    "too_many_decimals",
    "negative_value",
    "below_minimum",
    "above_maximum",
    "computed_indicator",
    "too_large",
)


def check(ctx: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    for code, indicator in ctx.indicators.items():
        series = ctx.series.get(code)
        entry = series.get(ctx.period) if series is not None else None
        if entry is None or not isinstance(entry.figure, Decimal):
            continue
        for issue in indicator.check_number(entry.figure):
            params = {**issue.params, "indicator": code}
            issues.append(replace(issue, severity=Severity.ERROR, params=params))
    return issues
