"""A flow's own figure far from its usual level needs an explanation (情况说明).

Robust on purpose: two references, the median of the same-kind periods of the twelve months before
(each the period's own figure) and the same period last year. The value is flagged only when it is
far from every usable reference: more than FAR_FACTOR times it, or less than a FAR_FACTOR-th of it.
A reference that is missing, zero or negative is not usable; the median needs at least
MIN_HISTORY_MONTHS months of history. A negative value is left to the rules that make it an error. No mean ± k·SD: a single bad month would move it.
"""

from __future__ import annotations

import math
import statistics
from decimal import Decimal

from desktop_app.domain.figures import SeriesCalculator
from desktop_app.domain.indicators import Temporal
from desktop_app.domain.issues import DomainError, Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.rules._support import number_text
from desktop_app.domain.rules.context import CheckContext

CODE = "far_from_usual"

#: "Far" means more than this many times the reference, or less than the reference divided by it.
FAR_FACTOR = Decimal(3)
#: The span of history the median looks back over.
HISTORY_MONTHS = 12
#: Months of history (with a number) the median needs before it counts as a reference.
MIN_HISTORY_MONTHS = 6


def check(ctx: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    for code, indicator in ctx.indicators.items():
        series = ctx.series.get(code)
        figures = ctx.figures.get(code)
        if indicator.temporal is not Temporal.FLOW or indicator.is_computed:
            continue
        if series is None or figures is None or not isinstance(figures.current, Decimal):
            continue
        value = figures.current
        if value < 0:
            continue  # already an error: a year-to-date figure fell (falling_ytd) or type_sign
        calc = SeriesCalculator(indicator.temporal, series)
        median = history_median(calc, ctx.period)
        last_year_figure = calc.own(ctx.period.same_period_last_year())
        last_year = last_year_figure if isinstance(last_year_figure, Decimal) else None
        references = [ref for ref in (median, last_year) if ref is not None and ref > 0]
        if references and all(is_far(value, ref) for ref in references):
            params = {
                "indicator": code,
                "value": str(value),
                "median": number_text(median),
                "last_year": number_text(last_year),
            }
            issues.append(Issue(CODE, Severity.WARNING, params))
    return issues


def is_far(value: Decimal, reference: Decimal) -> bool:
    """More than FAR_FACTOR × the reference, or less than a FAR_FACTOR-th of it (equal is usual)."""
    return value > reference * FAR_FACTOR or value * FAR_FACTOR < reference


def history_median(calc: SeriesCalculator, period: Period) -> Decimal | None:
    """Median own figure of the same-kind periods in the HISTORY_MONTHS before `period`."""
    steps = HISTORY_MONTHS // period.kind.months
    values: list[Decimal] = []
    for step in range(1, steps + 1):
        try:
            earlier = period.shift(-step)
        except DomainError:  # before the first year a period can have
            break
        figure = calc.own(earlier)
        if isinstance(figure, Decimal):
            values.append(figure)
    if len(values) < math.ceil(MIN_HISTORY_MONTHS / period.kind.months):
        return None
    return statistics.median(values)
