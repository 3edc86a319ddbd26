"""A stock (存量) below its value at the end of the previous period needs an explanation (情况说明)."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.indicators import Temporal
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules.context import CheckContext

CODE = "stock_dropped"


def check(ctx: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    for code, indicator in ctx.indicators.items():
        if indicator.temporal is not Temporal.STOCK or indicator.is_computed:
            continue  # a computed ratio falls only because its parts moved
        figures = ctx.figures.get(code)
        if figures is None:
            continue
        value, previous = figures.current, figures.previous
        if not isinstance(value, Decimal) or value < indicator.lower_bound:
            continue  # blank, 无, or already an error (type_sign)
        if isinstance(previous, Decimal) and value < previous:
            params = {"indicator": code, "value": str(value), "previous": str(previous)}
            issues.append(Issue(CODE, Severity.WARNING, params))
    return issues
