"""Properties of derived figures: own vs year-to-date keying, sums, stocks, roll-up and growth."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, localcontext
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.figures import (
    Entry,
    Figures,
    Series,
    SeriesCalculator,
    derive,
    growth_percent,
)
from desktop_app.domain.indicators import Basis, Indicator, Temporal, ValueKind
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.values import NA, Figure

EXAMPLES = settings(max_examples=200, deadline=None)
#: For properties that check every period of two years in each example.
EVERY_PERIOD = settings(max_examples=100, deadline=None)

YEARS = (2015, 2016)
FIRST_YEAR, LAST_YEAR = YEARS
MONTHS = [Period.month(year, m) for year in YEARS for m in range(1, 13)]

FLOW = Indicator(
    code="sales",
    name_zh="网络零售额",
    name_en="Online retail sales",
    group="交易",
    unit="万元",
    kind=ValueKind.AMOUNT,
    temporal=Temporal.FLOW,
    scale=2,
)
STOCK = Indicator(
    code="points",
    name_zh="村级电子商务服务点",
    name_en="Village service points",
    group="服务体系",
    unit="个",
    kind=ValueKind.AMOUNT,
    temporal=Temporal.STOCK,
    scale=2,
)


def periods_of_years(years: Sequence[int] = YEARS) -> list[Period]:
    """Every month, quarter, half-year and year of `years`."""
    return [
        Period(kind, year, index)
        for year in years
        for kind in PeriodKind
        for index in range(1, kind.per_year + 1)
    ]


PERIODS = periods_of_years()

amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
#: 24 months of one flow, January of the first year first.
monthly_values = st.lists(amounts, min_size=len(MONTHS), max_size=len(MONTHS))


def own_series(values: Sequence[Decimal]) -> dict[Period, Entry]:
    return {month: Entry(value, Basis.OWN) for month, value in zip(MONTHS, values, strict=True)}


def running_sums(values: Sequence[Decimal]) -> list[Decimal]:
    """Year-to-date figures: the running sum, restarting every January."""
    sums: list[Decimal] = []
    for month, value in zip(MONTHS, values, strict=True):
        sums.append(value if month.index == 1 else sums[-1] + value)
    return sums


def ytd_series(values: Sequence[Decimal]) -> dict[Period, Entry]:
    return {
        month: Entry(value, Basis.YTD)
        for month, value in zip(MONTHS, running_sums(values), strict=True)
    }


def keyed(values: Sequence[Decimal], basis: Basis) -> dict[Period, Entry]:
    return own_series(values) if basis is Basis.OWN else ytd_series(values)


def expected_flow(values: Sequence[Decimal], period: Period) -> Figures:
    """An independent oracle: sums over the months we hold, None for anything outside them."""
    by_month = dict(zip(MONTHS, values, strict=True))

    def total_over(months: list[Period]) -> Figure:
        if any(m not in by_month for m in months):
            return None
        return sum((by_month[m] for m in months), Decimal(0))

    last_year = period.same_period_last_year()
    return Figures(
        current=total_over(period.months()),
        cumulative=total_over(period.year_to_date_months()),
        last_year=total_over(last_year.months()),
        last_year_cumulative=total_over(last_year.year_to_date_months()),
        previous=total_over(period.previous().months()),
    ).with_growth()


# --- own vs year-to-date keying -------------------------------------------------------------------


@EVERY_PERIOD
@given(values=monthly_values)
def test_derive_is_the_same_for_own_and_ytd_keying(values: list[Decimal]) -> None:
    by_own, by_ytd = own_series(values), ytd_series(values)
    for period in PERIODS:
        assert derive(FLOW, by_own, period) == derive(FLOW, by_ytd, period), period


@EVERY_PERIOD
@given(values=monthly_values, bases=st.lists(st.sampled_from(Basis), min_size=24, max_size=24))
def test_derive_is_the_same_for_any_mix_of_own_and_ytd_months(
    values: list[Decimal], bases: list[Basis]
) -> None:
    own, ytd = own_series(values), ytd_series(values)
    mixed = {
        m: (own if basis is Basis.OWN else ytd)[m] for m, basis in zip(MONTHS, bases, strict=True)
    }
    for period in PERIODS:
        assert derive(FLOW, mixed, period) == derive(FLOW, own, period), period


@EVERY_PERIOD
@given(values=monthly_values, basis=st.sampled_from(Basis))
def test_derive_flow_matches_sums_over_months(values: list[Decimal], basis: Basis) -> None:
    series = keyed(values, basis)
    for period in PERIODS:
        assert derive(FLOW, series, period) == expected_flow(values, period), period


@EXAMPLES
@given(values=monthly_values, basis=st.sampled_from(Basis))
def test_series_calculator_own_of_a_period_is_the_sum_of_its_months(
    values: list[Decimal], basis: Basis
) -> None:
    calc = SeriesCalculator(Temporal.FLOW, keyed(values, basis))
    for period in PERIODS:
        months = [calc.own(m) for m in period.months()]
        assert all(isinstance(m, Decimal) for m in months)
        assert calc.own(period) == sum(months, Decimal(0)), period


@EXAMPLES
@given(values=monthly_values, basis=st.sampled_from(Basis))
def test_series_calculator_quarter_is_the_sum_of_its_months(
    values: list[Decimal], basis: Basis
) -> None:
    calc = SeriesCalculator(Temporal.FLOW, keyed(values, basis))
    by_month = dict(zip(MONTHS, values, strict=True))
    for year in YEARS:
        for quarter in range(1, 5):
            period = Period.quarter(year, quarter)
            assert calc.own(period) == sum((by_month[m] for m in period.months()), Decimal(0))


@EXAMPLES
@given(values=monthly_values, basis=st.sampled_from(Basis))
def test_series_calculator_year_to_date_never_falls_for_non_negative_months(
    values: list[Decimal], basis: Basis
) -> None:
    calc = SeriesCalculator(Temporal.FLOW, keyed(values, basis))
    for year in YEARS:
        figures = [calc.year_to_date(year, m) for m in range(1, 13)]
        assert all(isinstance(f, Decimal) for f in figures)
        assert all(a <= b for a, b in pairwise(figures))  # type: ignore[operator]
        assert calc.falling_months(year) == []
        assert calc.year_to_date(year, 12) == calc.own(Period.whole_year(year))


# --- falling year-to-date figures -----------------------------------------------------------------

falls = st.decimals(
    min_value=Decimal("-1000000.00"),
    max_value=Decimal("-0.01"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@st.composite
def monthly_changes_with_falls(draw: st.DrawFn) -> tuple[list[Decimal], set[int]]:
    """Twelve monthly changes of a year-to-date figure, negative exactly in the chosen months."""
    falling = draw(st.sets(st.integers(min_value=2, max_value=12)))
    changes = [draw(falls if month in falling else amounts) for month in range(1, 13)]
    return changes, falling


@EXAMPLES
@given(case=monthly_changes_with_falls(), year=st.sampled_from(YEARS))
def test_series_calculator_falling_months_finds_the_months_that_fall(
    case: tuple[list[Decimal], set[int]], year: int
) -> None:
    changes, falling = case
    expected = [Period.month(year, m) for m in sorted(falling)]
    running: list[Decimal] = []
    for change in changes:
        running.append(change if not running else running[-1] + change)
    as_ytd = {Period.month(year, m): Entry(running[m - 1], Basis.YTD) for m in range(1, 13)}
    as_own = {Period.month(year, m): Entry(changes[m - 1], Basis.OWN) for m in range(1, 13)}
    assert SeriesCalculator(Temporal.FLOW, as_ytd).falling_months(year) == expected
    assert SeriesCalculator(Temporal.FLOW, as_own).falling_months(year) == expected


# --- stocks ---------------------------------------------------------------------------------------


@EVERY_PERIOD
@given(values=monthly_values)
def test_derive_stock_takes_the_value_at_the_end_month(values: list[Decimal]) -> None:
    series = own_series(values)
    by_month = dict(zip(MONTHS, values, strict=True))

    def at_end(period: Period) -> Figure:
        return by_month.get(Period.month(period.year, period.end_month))

    for period in PERIODS:
        figures = derive(STOCK, series, period)
        assert figures.current == figures.cumulative == at_end(period), period
        assert figures.last_year == figures.last_year_cumulative
        assert figures.last_year == at_end(period.same_period_last_year())
        assert figures.previous == at_end(period.previous())
        assert SeriesCalculator(Temporal.STOCK, series).falling_months(period.year) == []


# --- roll-up over regions ------------------------------------------------------------------------


def summed(regions: Sequence[Sequence[Decimal]]) -> list[Decimal]:
    return [sum(month, Decimal(0)) for month in zip(*regions, strict=True)]


@EVERY_PERIOD
@given(
    regions=st.lists(monthly_values, min_size=1, max_size=4),
    basis=st.sampled_from(Basis),
)
def test_figures_combine_equals_derive_over_the_summed_series(
    regions: list[list[Decimal]], basis: Basis
) -> None:
    # Year-to-date figures of a sum are the sums of year-to-date figures, so either basis sums.
    series = [keyed(values, basis) for values in regions]
    total_series: Series = keyed(summed(regions), basis)
    for period in PERIODS:
        combined = Figures.combine(derive(FLOW, s, period) for s in series)
        assert combined == derive(FLOW, total_series, period), period


@EVERY_PERIOD
@given(regions=st.lists(monthly_values, min_size=1, max_size=4))
def test_figures_combine_of_stocks_equals_derive_over_the_summed_series(
    regions: list[list[Decimal]],
) -> None:
    series = [own_series(values) for values in regions]
    total_series = own_series(summed(regions))
    for period in PERIODS:
        combined = Figures.combine(derive(STOCK, s, period) for s in series)
        assert combined == derive(STOCK, total_series, period), period


# --- growth ---------------------------------------------------------------------------------------

any_amounts = st.decimals(
    min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False
)
zeros = st.sampled_from([Decimal(0), Decimal("0.00"), Decimal("-0"), Decimal("0E+3")])
no_base: st.SearchStrategy[Figure] = st.one_of(zeros, st.none(), st.just(NA))


@EXAMPLES
@given(current=st.one_of(any_amounts, st.none(), st.just(NA)), base=no_base)
def test_growth_percent_is_none_without_a_base(current: Figure, base: Figure) -> None:
    assert growth_percent(current, base) is None


@EXAMPLES
@given(base=any_amounts)
def test_growth_percent_is_none_without_a_current_figure(base: Decimal) -> None:
    assert growth_percent(None, base) is None
    assert growth_percent(NA, base) is None


@EXAMPLES
@given(current=any_amounts, base=any_amounts.filter(lambda b: b != 0))
def test_growth_percent_has_exactly_one_decimal(current: Decimal, base: Decimal) -> None:
    growth = growth_percent(current, base)
    assert type(growth) is Decimal
    assert growth.as_tuple().exponent == -1
    with localcontext() as exact:
        exact.prec = 60
        assert abs(growth - (current / base - 1) * 100) <= Decimal("0.05")


@EXAMPLES
@given(base=any_amounts.filter(lambda b: b != 0))
def test_growth_percent_of_an_unchanged_figure_is_zero(base: Decimal) -> None:
    assert growth_percent(base, base) == Decimal("0.0")
    assert growth_percent(base * 2, base) == Decimal("100.0")
