"""run_checks over the shipped catalogue: a clean return passes; problems come errors first."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.catalogue import parse_catalogue
from desktop_app.domain.figures import Entry
from desktop_app.domain.indicators import Basis, Indicator, Temporal
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.rules import (
    ALL_RULES,
    blocking,
    falling_ytd,
    needs_explanation,
    run_checks,
)
from desktop_app.domain.rules.context import CheckContext
from desktop_app.paths import resources_dir
from tests.unit.rules.builders import M, Q, context

PERIOD = M(2016, 6)

# Levels of a realistic county: parts below their wholes, coverage below the village count.
STOCK_LEVELS = {
    "A01": 1, "A02": 1, "A03": 18, "A04": 160, "A04.1": 40, "A05": 150, "A06": 210,
    "A08": 12, "A09": 190, "B01": 3, "B02": 1, "B03": 45, "B04": 1200, "B05": 2, "B06": 4,
    "B07": 9, "E01": 800, "F01": 60, "F01.1": 25, "F03": 80, "F03.1": 30,
}  # fmt: skip
FLOW_LEVELS = {
    "C01": "5200.00", "C02": "2100.00", "C02.1": "900.00", "C02.2": "300.00",
    "C03": "35.50", "D01": 3, "D02": 240, "D02.1": 60, "D03": 25, "E02": "12.40",
}  # fmt: skip


def catalogue() -> tuple[Indicator, ...]:
    data = (resources_dir() / "catalogue" / "indicators.toml").read_bytes()
    return parse_catalogue(data).indicators


def monthly_series(indicator: Indicator) -> dict[Period, Entry]:
    """2015 and 2016 up to PERIOD: stocks growing slowly, flows a little above or below level."""
    series: dict[Period, Entry] = {}
    for year in (2015, 2016):
        running = Decimal(0)
        for month in range(1, 13):
            period = M(year, month)
            if period > PERIOD:
                break
            step = (year - 2015) * 12 + month  # 1..18
            if indicator.temporal is Temporal.STOCK:
                value = Decimal(STOCK_LEVELS[indicator.code]) + step // 6
                series[period] = Entry(value, Basis.OWN)
                continue
            level = Decimal(FLOW_LEVELS[indicator.code])
            own = level + (month % 3 - 1) * (level / 10).to_integral_value()
            running += own
            if indicator.entry_basis is Basis.YTD:
                series[period] = Entry(running, Basis.YTD)
            else:
                series[period] = Entry(own, Basis.OWN)
    return series


def clean_context(period: Period = PERIOD) -> CheckContext:
    indicators = catalogue()
    series = {i.code: monthly_series(i) for i in indicators if not i.is_computed}
    return context(period, indicators, series)


@pytest.mark.parametrize("period", [PERIOD, M(2016, 1), Q(2016, 2), Period.half_year(2016, 1)])
def test_run_checks_clean_realistic_return_has_no_issues(period: Period) -> None:
    assert run_checks(clean_context(period)) == []


def test_run_checks_every_rule_sees_the_whole_return() -> None:
    ctx = clean_context()
    assert all(rule(ctx) == [] for rule in ALL_RULES)
    assert falling_ytd.check_context in ALL_RULES


def test_run_checks_orders_errors_first_then_catalogue_order() -> None:
    indicators = catalogue()
    series = {i.code: monthly_series(i) for i in indicators if not i.is_computed}

    def key(code: str, value: str, basis: Basis = Basis.OWN) -> None:
        series[code] = {**series[code], PERIOD: Entry(Decimal(value), basis)}

    key("D02", "2400")  # ten times its usual level
    key("A04", "100")  # dropped from 162
    key("A04.1", "101")  # more than A04
    key("A05", "300")  # more villages covered than there are
    del series["B03"][PERIOD]  # blank
    key("C01", "5100.001", Basis.YTD)  # a decimal too many, and below May's 1-5月
    key("F01.1", "-1")  # negative: F02 is out of bounds only because of it
    issues = run_checks(context(PERIOD, indicators, series))
    assert [(i.code, i.params["indicator"]) for i in issues] == [
        ("part_exceeds_whole", "A04.1"),
        ("exceeds_limit_indicator", "A05"),
        ("missing_value", "B03"),
        ("too_many_decimals", "C01"),
        ("ytd_falls", "C01"),
        ("negative_value", "F01.1"),
        ("stock_dropped", "A04"),
        ("far_from_usual", "D02"),
    ]
    assert blocking(issues) == issues[:6]
    assert needs_explanation(issues) == issues[6:]
    assert issues[-1].params == {
        "indicator": "D02",
        "value": "2400",
        "median": "240",
        "last_year": "216",
        "scale": 0,
    }


def test_run_checks_helpers_split_by_severity() -> None:
    error = Issue("missing_value", Severity.ERROR, {"indicator": "A01"})
    warning = Issue("stock_dropped", Severity.WARNING, {"indicator": "A01"})
    assert blocking([warning, error]) == [error]
    assert needs_explanation([warning, error]) == [warning]
