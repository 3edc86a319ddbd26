"""A flow's year-to-date figure (1-N月累计) that falls from one month to the next is an error."""

from __future__ import annotations

from desktop_app.domain.figures import Series, SeriesCalculator
from desktop_app.domain.indicators import Indicator, Temporal
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.rules.context import CheckContext

CODE = "ytd_falls"


def check(indicator: Indicator, series: Series, period: Period) -> list[Issue]:
    """Months up to the end of `period` whose year-to-date figure is below the month before."""
    if indicator.temporal is not Temporal.FLOW or indicator.lower_bound < 0:
        return []
    calc = SeriesCalculator(indicator.temporal, series)
    return [
        Issue(
            CODE,
            Severity.ERROR,
            {
                "indicator": indicator.code,
                "month": month.code,
                "previous": month.previous().code,
            },
        )
        for month in calc.falling_months(period.year)
        if month.end_month <= period.end_month
    ]


def check_context(ctx: CheckContext) -> list[Issue]:
    """`check` for every flow of the return that has a series (computed ratios have none)."""
    issues: list[Issue] = []
    for code, indicator in ctx.indicators.items():
        series = ctx.series.get(code)
        if series is None or indicator.is_computed or indicator.temporal is not Temporal.FLOW:
            continue
        issues.extend(check(indicator, series, ctx.period))
    return issues
