"""Small catalogues and series for the rule tests; figures are derived as the service derives them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from desktop_app.domain.figures import Entry, Figures, derive, derive_ratio
from desktop_app.domain.indicators import Basis, Indicator, Temporal, ValueKind
from desktop_app.domain.periods import Period
from desktop_app.domain.rules.context import CheckContext
from desktop_app.domain.values import NA

D = Decimal
M, Q, H, Y = Period.month, Period.quarter, Period.half_year, Period.whole_year


def count_stock(code: str, **extra: Any) -> Indicator:
    return Indicator(code, code, code, code[0], "个", ValueKind.COUNT, Temporal.STOCK, **extra)


def count_flow(code: str, **extra: Any) -> Indicator:
    return Indicator(code, code, code, code[0], "人次", ValueKind.COUNT, Temporal.FLOW, **extra)


def amount_flow(code: str, **extra: Any) -> Indicator:
    extra.setdefault("scale", 2)
    return Indicator(code, code, code, code[0], "万元", ValueKind.AMOUNT, Temporal.FLOW, **extra)


def ratio(
    code: str, numerator: str | None = None, denominator: str | None = None, **extra: Any
) -> Indicator:
    extra.setdefault("scale", 1)
    return Indicator(
        code,
        code,
        code,
        code[0],
        "%",
        ValueKind.RATIO,
        Temporal.STOCK,
        numerator_code=numerator,
        denominator_code=denominator,
        **extra,
    )


def entry(value: str) -> Entry:
    """A stored own figure: a number, or "无"."""
    return Entry(NA if value == "无" else D(value), Basis.OWN)


def own(*pairs: tuple[Period, str]) -> dict[Period, Entry]:
    return {p: entry(v) for p, v in pairs}


def ytd(*pairs: tuple[Period, str]) -> dict[Period, Entry]:
    return {p: Entry(D(v), Basis.YTD) for p, v in pairs}


def months(year: int, values: Iterable[str], first: int = 1) -> dict[Period, Entry]:
    """Own monthly figures from month `first` on."""
    return {M(year, first + i): entry(v) for i, v in enumerate(values)}


def context(
    period: Period,
    indicators: Iterable[Indicator],
    series: Mapping[str, Mapping[Period, Entry]],
) -> CheckContext:
    """A return as the figure service builds it: derived figures, then ratios from their parts."""
    by_code = {i.code: i for i in indicators}
    figures: dict[str, Figures] = {}
    for code, ind in by_code.items():
        if not ind.is_computed:
            figures[code] = derive(ind, series.get(code, {}), period)
    for code, ind in by_code.items():
        if ind.is_computed:
            assert ind.numerator_code is not None and ind.denominator_code is not None
            figures[code] = derive_ratio(
                ind,
                figures.get(ind.numerator_code, Figures()),
                figures.get(ind.denominator_code, Figures()),
            )
    stored = {code: s for code, s in series.items() if not by_code[code].is_computed}
    return CheckContext(period, by_code, figures, stored)


def codes(issues: Iterable[Any]) -> list[tuple[str, str]]:
    return [(i.code, i.params["indicator"]) for i in issues]
