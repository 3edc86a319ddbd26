"""A ratio lies within its bounds (by default 0–100%).

Not reported twice: a keyed ratio's stored number is checked by `type_sign`, and a computed ratio
out of bounds only because of its parts (a negative part; a numerator above its denominator) is
reported on the part (by `type_sign`, `falling_ytd`, `at_most` or `part_of_whole`).
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.indicators import Indicator, ValueKind
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules._support import number_text, numbers
from desktop_app.domain.rules.context import CheckContext

CODE = "ratio_out_of_bounds"

_HUNDRED = Decimal(100)


def check(ctx: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    for code, indicator in ctx.indicators.items():
        if indicator.kind is not ValueKind.RATIO:
            continue
        series = ctx.series.get(code)
        entry = series.get(ctx.period) if series is not None else None
        if entry is not None and isinstance(entry.figure, Decimal):
            continue  # type_sign checks what was stored
        lower, upper = indicator.lower_bound, indicator.upper_bound
        for measure, value in numbers(ctx.figures.get(code)):
            if lower <= value and (upper is None or value <= upper):
                continue
            if _explained_by_parts(ctx, code, measure, value):
                continue
            params = {
                "indicator": code,
                "value": str(value),
                "minimum": str(lower),
                "maximum": number_text(upper),
                "measure": measure,
            }
            issues.append(Issue(CODE, Severity.ERROR, params))
    return issues


def _explained_by_parts(ctx: CheckContext, code: str, measure: str, value: Decimal) -> bool:
    """Whether a computed ratio is out of bounds only because its parts are, reported on them.

    A negative part is an error of its own (type_sign, falling_ytd); a numerator above its
    denominator is one too where the ratio may not exceed 100% (at_most, part_of_whole).
    """
    indicator = ctx.indicators[code]
    if indicator.numerator_code is None or indicator.denominator_code is None:
        return False
    num_figures = ctx.figures.get(indicator.numerator_code)
    den_figures = ctx.figures.get(indicator.denominator_code)
    if num_figures is None or den_figures is None:
        return False
    num, den = getattr(num_figures, measure), getattr(den_figures, measure)
    if not isinstance(num, Decimal) or not isinstance(den, Decimal):
        return False
    if num < 0 or den < 0:
        return True
    upper = indicator.upper_bound
    return upper is not None and upper <= _HUNDRED and value > upper and num > den


def reads(indicator: Indicator) -> tuple[str | None, ...]:
    """Besides the ratio itself: its numerator and denominator (out of bounds because of them)."""
    return (indicator.numerator_code, indicator.denominator_code)
