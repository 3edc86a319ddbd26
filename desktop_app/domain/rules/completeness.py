"""Every required indicator has a value or an explicit "无" (which is not 0, and is an answer)."""

from __future__ import annotations

from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules.context import CheckContext

CODE = "missing_value"


def check(ctx: CheckContext) -> list[Issue]:
    """Required, keyed indicators with no figure at all for the period.

    "No figure at all": nothing stored for the period, and neither 本期 nor 累计 derives. A flow keyed
    as 1-N月累计 whose earlier months are missing has no 本期 but has been answered.
    """
    issues: list[Issue] = []
    for code, indicator in ctx.indicators.items():
        if not indicator.required or not indicator.active or indicator.is_computed:
            continue
        series = ctx.series.get(code)
        if series is not None and ctx.period in series:
            continue
        figures = ctx.figures.get(code)
        if figures is None or (figures.current is None and figures.cumulative is None):
            issues.append(Issue(CODE, Severity.ERROR, {"indicator": code}))
    return issues
