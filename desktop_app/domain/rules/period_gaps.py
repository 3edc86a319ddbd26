"""A flow with a hole: an earlier period of the year that was never keyed ("缺 7月").

A flow keyed as each period's own figure cannot give 1–N月累计 (nor a coarser period) while an
earlier period of the year is missing: an error. Keyed as year to date, an earlier hole is
harmless except for the period just before this one, without which this period's own figure
cannot be derived: a warning. The period itself is the completeness rule's concern.
"""

from __future__ import annotations

from desktop_app.domain.indicators import Basis, Temporal
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.rules.context import CheckContext

CODE = "periods_missing"


def check(ctx: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    year = ctx.period.year
    for code, indicator in ctx.indicators.items():
        if indicator.is_computed or indicator.temporal is not Temporal.FLOW:
            continue
        series = ctx.series.get(code)
        keyed = sorted(p for p in series or () if p.year == year)
        if not keyed:
            continue
        kind = keyed[0].kind  # a year is keyed at one period kind (the value service sees to it)
        last = ctx.period.end_month // kind.months
        if ctx.period.kind is kind:
            last -= 1  # the period itself: the completeness rule
        expected = [Period(kind, year, i) for i in range(1, last + 1)]
        missing = [p for p in expected if p not in keyed]
        if not missing:
            continue
        assert series is not None
        if series[keyed[0]].basis is Basis.YTD:
            just_before = expected[-1]
            if just_before not in missing:
                continue
            missing, severity = [just_before], Severity.WARNING
        else:
            severity = Severity.ERROR
        issues.append(
            Issue(
                CODE,
                severity,
                {
                    "indicator": code,
                    "periods": tuple(p.code for p in missing),
                    "count": len(missing),
                },
            )
        )
    return issues
