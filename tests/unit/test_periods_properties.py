"""Properties of period arithmetic: codes and labels round-trip, shifts invert, months tile."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import MAX_YEAR, MIN_YEAR, Period, PeriodKind

EXAMPLES = settings(max_examples=200, deadline=None)

kinds = st.sampled_from(list(PeriodKind))
years = st.integers(min_value=MIN_YEAR, max_value=MAX_YEAR)


@st.composite
def periods_of(draw: st.DrawFn, kind: PeriodKind, min_year: int = MIN_YEAR) -> Period:
    year = draw(st.integers(min_value=min_year, max_value=MAX_YEAR))
    index = draw(st.integers(min_value=1, max_value=kind.per_year))
    return Period(kind, year, index)


def periods(min_year: int = MIN_YEAR) -> st.SearchStrategy[Period]:
    return kinds.flatmap(lambda kind: periods_of(kind, min_year))


def ordinal(period: Period) -> int:
    """Periods of one kind counted from year 0: consecutive periods differ by one."""
    return period.year * period.kind.per_year + period.index - 1


def shift_range(period: Period) -> tuple[int, int]:
    """The steps that keep a shift of `period` within the supported years."""
    first = Period(period.kind, MIN_YEAR, 1)
    last = Period(period.kind, MAX_YEAR, period.kind.per_year)
    return ordinal(first) - ordinal(period), ordinal(last) - ordinal(period)


# What a Chinese IME types for each ASCII digit and the hyphen.
_FULL_WIDTH = {**{str(d): chr(0xFF10 + d) for d in range(10)}, "-": "－"}


ZH_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def full_width(text: str) -> str:
    return "".join(_FULL_WIDTH.get(ch, ch) for ch in text)


# --- codes and labels -----------------------------------------------------------------------------


@EXAMPLES
@given(period=periods())
def test_period_code_round_trips(period: Period) -> None:
    assert Period.parse(period.code) == period
    assert Period.from_code(period.code) == period
    assert str(period) == period.code


@EXAMPLES
@given(period=periods())
def test_period_label_zh_round_trips(period: Period) -> None:
    assert Period.parse(period.label_zh) == period


@EXAMPLES
@given(period=periods())
def test_period_every_label_parses_back(period: Period) -> None:
    labels = [period.label_zh, period.code, period.label_en]
    if period.kind is PeriodKind.MONTH:
        labels.append(period.ytd_label_zh)  # 2016年1-3月 is the return that runs to March
    for label in labels:
        assert Period.parse(label) == period, label
        assert Period.parse(full_width(label)) == period, label
        assert Period.parse(label.lower()) == period, label


@EXAMPLES
@given(period=periods(), padding=st.sampled_from(["", " ", "\u3000", "  "]))
def test_period_full_width_digits_parse_the_same(period: Period, padding: str) -> None:
    assert Period.parse(full_width(period.label_zh)) == period
    assert Period.parse(full_width(period.code)) == period
    assert Period.parse(f"{padding}{full_width(period.label_zh)}{padding}") == period


@EXAMPLES
@given(period=periods())
def test_period_other_written_forms_parse_the_same(period: Period) -> None:
    y, i = period.year, period.index
    forms: list[str]
    if period.kind is PeriodKind.MONTH:
        zh = ZH_MONTHS[i - 1]
        forms = [
            f"{y}-{i:02d}",
            f"{y}-{i}",
            f"{y}/{i}",
            f"{y}.{i}",
            f"{y}年{i}月份",
            f"{y}{i:02d}",
            f"{y}年{zh}月",
            f"{y}年{zh}月份",
            f"{y}年1-{i}月",
            f"{y}年1至{i}月",
            f"{y}年一至{zh}月",
            f"{EN_MONTHS[i - 1]} {y}",
        ]
    elif period.kind is PeriodKind.QUARTER:
        zh = "一二三四"[i - 1]
        forms = [f"{y}Q{i}", f"{y}q{i}", f"{y}年{zh}季度", f"{y}年第{i}季度", f"Q{i} {y}"]
    elif period.kind is PeriodKind.HALF_YEAR:
        forms = [f"{y}H{i}", f"{y}h{i}", f"H{i} {y}"]
    else:
        forms = [str(y), f"{y}-Y1", f"{y}年度", f"{y}年全年"]
    for form in forms:
        assert Period.parse(form) == period, form
        assert Period.parse(full_width(form)) == period, form


# Text close to a period label: digits, the characters of Chinese and English labels, separators.
near_periods = st.text(
    alphabet=st.sampled_from(
        list("0123456789２０-/.~～—至到年月份度全季第上下半一二三十QHMYqhmarMAR ")
    ),
    max_size=14,
)


@EXAMPLES
@given(text=st.one_of(st.text(max_size=20), near_periods))
def test_period_parse_reads_a_period_or_refuses_with_an_issue(text: str) -> None:
    try:
        period = Period.parse(text)
    except DomainError as error:
        assert error.issue.code in {
            "unknown_period",
            "period_index_out_of_range",
            "period_year_out_of_range",
        }
        return
    assert Period.from_code(period.code) == period


@EXAMPLES
@given(kind=kinds, data=st.data())
def test_period_sorting_by_code_is_chronological(kind: PeriodKind, data: st.DataObject) -> None:
    items = data.draw(st.lists(periods_of(kind), min_size=2, max_size=12))
    chronological = sorted(items, key=lambda p: (p.year, p.index))
    assert sorted(items, key=lambda p: p.code) == chronological
    assert sorted(items) == chronological


@EXAMPLES
@given(a=periods(), b=periods())
def test_period_order_is_by_end_month(a: Period, b: Period) -> None:
    # Periods that end later sort later; among those ending together, the shorter first.
    if (a.year, a.end_month) < (b.year, b.end_month):
        assert a < b
    if a.kind is b.kind:
        assert (a < b) == ((a.year, a.index) < (b.year, b.index))


# --- arithmetic -----------------------------------------------------------------------------------


@EXAMPLES
@given(period=periods(), data=st.data())
def test_period_shift_is_inverted_by_the_opposite_shift(
    period: Period, data: st.DataObject
) -> None:
    low, high = shift_range(period)
    steps = data.draw(st.integers(min_value=low, max_value=high))
    moved = period.shift(steps)
    assert moved.kind is period.kind
    assert ordinal(moved) == ordinal(period) + steps
    assert moved.shift(-steps) == period


@EXAMPLES
@given(period=periods(), data=st.data())
def test_period_shift_composes(period: Period, data: st.DataObject) -> None:
    low, high = shift_range(period)
    first = data.draw(st.integers(min_value=low, max_value=high))
    second = data.draw(st.integers(min_value=low - first, max_value=high - first))
    assert period.shift(first).shift(second) == period.shift(first + second)


@EXAMPLES
@given(period=periods(min_year=MIN_YEAR + 1))
def test_period_previous_then_next_is_identity(period: Period) -> None:
    assert period.previous().next() == period
    assert period.previous() < period
    assert period.previous() == period.shift(-1)


@EXAMPLES
@given(period=periods(min_year=MIN_YEAR + 1))
def test_period_same_period_last_year_keeps_the_index(period: Period) -> None:
    last_year = period.same_period_last_year()
    assert last_year.kind is period.kind
    assert last_year.year == period.year - 1
    assert last_year.index == period.index
    assert last_year == period.shift(-period.kind.per_year)


@EXAMPLES
@given(period=periods_of(PeriodKind.MONTH).filter(lambda p: p.year < MAX_YEAR))
def test_period_month_shifted_by_twelve_is_same_month_next_year(period: Period) -> None:
    next_year = period.shift(12)
    assert next_year == Period.month(period.year + 1, period.index)
    assert next_year.same_period_last_year() == period


@EXAMPLES
@given(period=periods().filter(lambda p: p.year < MAX_YEAR))
def test_period_shift_by_a_year_of_periods_is_next_year(period: Period) -> None:
    assert period.shift(period.kind.per_year) == Period(period.kind, period.year + 1, period.index)


# --- months --------------------------------------------------------------------------------------


@EXAMPLES
@given(period=periods())
def test_period_months_tile_the_period(period: Period) -> None:
    months = period.months()
    assert len(months) == period.kind.months
    assert all(m.kind is PeriodKind.MONTH for m in months)
    assert all(period.contains(m) for m in months)
    assert [m.index for m in months] == list(range(period.start_month, period.end_month + 1))
    assert months[0].index == period.start_month
    assert months[-1].index == period.end_month
    assert all(m.year == period.year for m in months)
    assert Period.ending_at(period.kind, period.year, period.end_month) == period


@EXAMPLES
@given(period=periods(), month=periods_of(PeriodKind.MONTH))
def test_period_contains_exactly_its_months(period: Period, month: Period) -> None:
    assert period.contains(month) == (month in period.months())


@EXAMPLES
@given(year=years)
def test_period_kinds_partition_the_year(year: int) -> None:
    for kind in PeriodKind:
        months = [m for i in range(1, kind.per_year + 1) for m in Period(kind, year, i).months()]
        assert months == Period.whole_year(year).months()


@EXAMPLES
@given(period=periods())
def test_period_year_to_date_months_run_from_january_to_the_end(period: Period) -> None:
    months = period.year_to_date_months()
    assert months[0] == Period.month(period.year, 1)
    assert months[-1] == Period.month(period.year, period.end_month)
    assert len(months) == period.end_month
    assert [m.index for m in months] == list(range(1, period.end_month + 1))
    assert months[-period.kind.months :] == period.months()
