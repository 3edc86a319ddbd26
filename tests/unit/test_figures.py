"""Derived figures: flows and stocks, own and year-to-date keying, growth, ratio roll-up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.figures import (
    Entry,
    Figures,
    SeriesCalculator,
    derive,
    derive_ratio,
    display_growth,
    growth_percent,
    total,
)
from desktop_app.domain.indicators import Basis, Indicator, Temporal, ValueKind
from desktop_app.domain.periods import Period
from desktop_app.domain.values import NA

D = Decimal
M, Q, Y = Period.month, Period.quarter, Period.whole_year

TRAINING = Indicator(
    "D02", "电子商务培训人次", "Training", "D", "人次", ValueKind.COUNT, Temporal.FLOW
)
RETAIL = Indicator(
    "C02",
    "网络零售额",
    "Retail",
    "C",
    "万元",
    ValueKind.AMOUNT,
    Temporal.FLOW,
    scale=2,
    entry_basis=Basis.YTD,
)
POINTS = Indicator(
    "A04", "村级电子商务服务点", "Points", "A", "个", ValueKind.COUNT, Temporal.STOCK
)
COVERAGE = Indicator(
    "A07",
    "行政村覆盖率",
    "Coverage",
    "A",
    "%",
    ValueKind.RATIO,
    Temporal.STOCK,
    scale=1,
    numerator_code="A05",
    denominator_code="A06",
)


def own(*pairs: tuple[Period, str]) -> dict[Period, Entry]:
    return {p: Entry(D(v), Basis.OWN) for p, v in pairs}


def ytd(*pairs: tuple[Period, str]) -> dict[Period, Entry]:
    return {p: Entry(D(v), Basis.YTD) for p, v in pairs}


def test_flow_month_figures_with_last_year_and_growth() -> None:
    series = own(
        (M(2015, 1), "100"),
        (M(2015, 2), "100"),
        (M(2015, 3), "200"),
        (M(2016, 1), "120"),
        (M(2016, 2), "130"),
        (M(2016, 3), "250"),
    )
    fig = derive(TRAINING, series, M(2016, 3))
    assert fig.current == D(250)
    assert fig.cumulative == D(500)
    assert fig.last_year == D(200)
    assert fig.last_year_cumulative == D(400)
    assert fig.yoy == D("25.0")
    assert fig.yoy_cumulative == D("25.0")
    assert fig.previous == D(130)
    assert fig.mom == D("92.3")


def test_flow_keyed_year_to_date_gives_month_by_difference() -> None:
    series = ytd((M(2016, 1), "100.50"), (M(2016, 2), "250.00"), (M(2016, 3), "400.25"))
    calc = SeriesCalculator(Temporal.FLOW, series)
    assert calc.own(M(2016, 2)) == D("149.50")
    assert calc.own(M(2016, 3)) == D("150.25")
    assert calc.own(Q(2016, 1)) == D("400.25")
    assert calc.cumulative(M(2016, 2)) == D("250.00")


def test_flow_missing_month_leaves_year_to_date_unknown_not_short() -> None:
    series = own((M(2016, 1), "10"), (M(2016, 3), "30"))
    fig = derive(TRAINING, series, M(2016, 3))
    assert fig.current == D(30)
    assert fig.cumulative is None  # February is missing: 1-3月 cannot be known
    assert derive(TRAINING, series, Q(2016, 1)).current is None


def test_flow_quarter_stored_directly_serves_when_months_are_missing() -> None:
    series = own((Period.quarter(2016, 1), "90"), (M(2016, 4), "40"))
    calc = SeriesCalculator(Temporal.FLOW, series)
    assert calc.cumulative(M(2016, 3)) == D(90)
    assert calc.cumulative(M(2016, 4)) == D(130)


def test_flow_quarter_and_year_sum_their_months() -> None:
    series = own(*[(M(2016, m), str(m)) for m in range(1, 13)])
    assert derive(TRAINING, series, Q(2016, 2)).current == D(4 + 5 + 6)
    assert derive(TRAINING, series, Y(2016)).current == D(78)
    assert derive(TRAINING, series, Period.half_year(2016, 2)).current == D(57)


def test_flow_falling_year_to_date_is_found() -> None:
    series = ytd((M(2016, 1), "100"), (M(2016, 2), "90"), (M(2016, 3), "120"))
    assert SeriesCalculator(Temporal.FLOW, series).falling_months(2016) == [M(2016, 2)]


def test_flow_not_applicable_months_count_as_nothing() -> None:
    series = {
        M(2016, 1): Entry(NA),
        M(2016, 2): Entry(D(5)),
    }
    fig = derive(TRAINING, series, M(2016, 2))
    assert fig.cumulative == D(5)
    assert derive(TRAINING, {M(2016, 1): Entry(NA)}, M(2016, 1)).current is NA


def test_stock_takes_end_value_and_never_sums() -> None:
    series = own((M(2015, 12), "40"), (M(2016, 1), "42"), (M(2016, 2), "45"), (M(2016, 3), "47"))
    fig = derive(POINTS, series, Q(2016, 1))
    assert fig.current == D(47)
    assert fig.cumulative == D(47)
    month = derive(POINTS, series, M(2016, 1))
    assert month.previous == D(40)  # December of the year before
    assert month.mom == D("5.0")


@pytest.mark.parametrize(
    ("current", "base", "expected"),
    [
        (D(110), D(100), "10.0"),
        (D(0), D(100), "-100.0"),
        (D(5), D(0), "—"),
        (D(5), None, "—"),
        (None, D(5), "—"),
        (NA, D(5), "—"),
        (D("100.05"), D(100), "0.1"),  # half up
        (D("2"), D("3"), "-33.3"),
    ],
)
def test_growth_percent_one_decimal_and_dash(current: object, base: object, expected: str) -> None:
    assert display_growth(growth_percent(current, base)) == expected  # type: ignore[arg-type]


def test_ratio_rolls_up_from_parts_never_from_ratios() -> None:
    # Given two counties: 40 of 50 villages covered (80%) and 10 of 50 (20%)
    county_a = own((M(2016, 2), "40")), own((M(2016, 2), "50"))
    county_b = own((M(2016, 2), "10")), own((M(2016, 2), "50"))
    covered = Figures.combine(derive(POINTS, s[0], M(2016, 2)) for s in (county_a, county_b))
    total = Figures.combine(derive(POINTS, s[1], M(2016, 2)) for s in (county_a, county_b))
    # When the prefecture's coverage is computed
    rate = derive_ratio(COVERAGE, covered, total)
    # Then it is 50 / 100 = 50.0%, not the average 50% by luck nor the sum 100%
    assert rate.current == D("50.0")
    uneven = derive_ratio(
        COVERAGE,
        Figures.combine([Figures(current=D(40)), Figures(current=D(10))]),
        Figures.combine([Figures(current=D(50)), Figures(current=D(150))]),
    )
    assert uneven.current == D("25.0")  # (40+10)/(50+150), while the mean of 80% and 6.7% is 43.3%


def test_ratio_with_zero_denominator_is_undefined() -> None:
    assert derive_ratio(COVERAGE, Figures(current=D(0)), Figures(current=D(0))).current is None


def test_retail_indicator_keyed_ytd_derives_like_own() -> None:
    keyed_ytd = ytd((M(2016, 1), "10"), (M(2016, 2), "25"))
    keyed_own = own((M(2016, 1), "10"), (M(2016, 2), "15"))
    assert derive(RETAIL, keyed_ytd, M(2016, 2)) == derive(RETAIL, keyed_own, M(2016, 2))


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ([], None),
        ([None, None], None),
        ([NA], NA),
        ([NA, None, NA], NA),
        ([D("1.50"), NA, D("2.25"), None], D("3.75")),
        ([None, D("0")], D("0")),
        ([D("-2"), D("2.0")], D("0.0")),
        ([D("1E+2"), D("3")], D("103")),
    ],
)
def test_total_adds_what_is_known_and_none_only_when_nothing_is(
    figures: list[Decimal | object | None], expected: object
) -> None:
    # Reference: 无 adds nothing to a number and is the answer only when nothing else is known;
    # a blank (None) is left out; the numbers are added in their order, exponents as Decimal
    # keeps them (1E+2 + 3 is 103, not 1.03E+2).
    got = total(figures)  # type: ignore[arg-type]
    assert got == expected
    assert str(got) == str(expected)
