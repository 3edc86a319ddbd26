"""Period arithmetic tables: labels, neighbours and year-to-date spans across year boundaries."""

from __future__ import annotations

import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period, PeriodKind

M, Q, H, Y = Period.month, Period.quarter, Period.half_year, Period.whole_year


@pytest.mark.parametrize(
    ("period", "label", "ytd_label", "code"),
    [
        (M(2016, 3), "2016年3月", "2016年1-3月", "2016-M03"),
        (M(2016, 1), "2016年1月", "2016年1月", "2016-M01"),
        (M(2016, 12), "2016年12月", "2016年1-12月", "2016-M12"),
        (Q(2016, 1), "2016年第一季度", "2016年1-3月", "2016-Q1"),
        (Q(2016, 4), "2016年第四季度", "2016年1-12月", "2016-Q4"),
        (H(2016, 1), "2016年上半年", "2016年1-6月", "2016-H1"),
        (H(2016, 2), "2016年下半年", "2016年1-12月", "2016-H2"),
        (Y(2016), "2016年", "2016年", "2016-Y"),
    ],
)
def test_period_labels_follow_chinese_returns(
    period: Period, label: str, ytd_label: str, code: str
) -> None:
    assert period.label_zh == label
    assert period.ytd_label_zh == ytd_label
    assert period.code == code
    assert Period.parse(label) == period
    assert Period.from_code(code) == period


@pytest.mark.parametrize(
    ("period", "previous", "next_", "last_year"),
    [
        (M(2016, 1), M(2015, 12), M(2016, 2), M(2015, 1)),
        (M(2016, 12), M(2016, 11), M(2017, 1), M(2015, 12)),
        (Q(2016, 1), Q(2015, 4), Q(2016, 2), Q(2015, 1)),
        (Q(2016, 4), Q(2016, 3), Q(2017, 1), Q(2015, 4)),
        (H(2016, 1), H(2015, 2), H(2016, 2), H(2015, 1)),
        (Y(2016), Y(2015), Y(2017), Y(2015)),
        (M(2000, 2), M(2000, 1), M(2000, 3), M(1999, 2)),
    ],
)
def test_period_neighbours_cross_year_boundaries(
    period: Period, previous: Period, next_: Period, last_year: Period
) -> None:
    assert period.previous() == previous
    assert period.next() == next_
    assert period.same_period_last_year() == last_year


@pytest.mark.parametrize(
    ("period", "months"),
    [
        (M(2016, 5), [5]),
        (Q(2016, 2), [4, 5, 6]),
        (H(2016, 2), [7, 8, 9, 10, 11, 12]),
        (Y(2016), list(range(1, 13))),
    ],
)
def test_period_months_and_year_to_date(period: Period, months: list[int]) -> None:
    assert [m.index for m in period.months()] == months
    assert [m.index for m in period.year_to_date_months()] == list(range(1, months[-1] + 1))
    assert all(period.contains(m) for m in period.months())
    assert not period.contains(M(2016, months[-1]).next()) or months[-1] == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-03", M(2016, 3)),
        ("2016/3", M(2016, 3)),
        ("２０１６年３月", M(2016, 3)),
        ("2016年3月份", M(2016, 3)),
        ("2016Q1", Q(2016, 1)),
        ("2016q3", Q(2016, 3)),
        ("2016年一季度", Q(2016, 1)),
        ("2016年第2季度", Q(2016, 2)),
        ("2016H2", H(2016, 2)),
        ("2016年下半年", H(2016, 2)),
        ("2016", Y(2016)),
        ("2016年", Y(2016)),
        (" 2016-M07 ", M(2016, 7)),
        # The product's own 1-N月累计 label names the return that runs to month N.
        ("2016年1-3月", M(2016, 3)),
        ("2016年1－3月", M(2016, 3)),
        ("２０１６年１－３月", M(2016, 3)),
        ("2016年1~3月", M(2016, 3)),
        ("2016年1～3月", M(2016, 3)),
        ("2016年1—3月", M(2016, 3)),
        ("2016年1–3月", M(2016, 3)),
        ("2016年1至3月", M(2016, 3)),
        ("2016年1月至3月", M(2016, 3)),
        ("2016年1-3月份", M(2016, 3)),
        ("2016年一至三月", M(2016, 3)),
        ("2016年1-12月", M(2016, 12)),
        ("2016年 1 - 6 月", M(2016, 6)),
        # The whole year.
        ("2016年度", Y(2016)),
        ("2016年全年", Y(2016)),
        ("2016全年", Y(2016)),
        ("２０１６年度", Y(2016)),
        # Six digits: year and month.
        ("201603", M(2016, 3)),
        ("201612", M(2016, 12)),
        ("２０１６０３", M(2016, 3)),
        # Months in Chinese numerals, and 月份.
        ("2016年三月", M(2016, 3)),
        ("2016年一月", M(2016, 1)),
        ("2016年十月", M(2016, 10)),
        ("2016年十一月", M(2016, 11)),
        ("2016年十二月", M(2016, 12)),
        ("2016年三月份", M(2016, 3)),
        ("2016年3月份", M(2016, 3)),
        ("2016年03月", M(2016, 3)),
        # English labels.
        ("Mar 2016", M(2016, 3)),
        ("March 2016", M(2016, 3)),
        ("mar. 2016", M(2016, 3)),
        ("Sept 2016", M(2016, 9)),
        ("May 2016", M(2016, 5)),
        ("2016 Q1", Q(2016, 1)),
        ("Q3 2016", Q(2016, 3)),
        ("2016 H1", H(2016, 1)),
        ("H2 2016", H(2016, 2)),
    ],
)
def test_period_parse_accepts_what_people_write(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2016-13",
        "2016Q5",
        "2016年第五季度",
        "三月",
        "",
        "2016-00",
        "16-03",
        "2016年2-3月",  # not a year-to-date span: it does not start in January
        "2016年1-13月",
        "2016年1-0月",
        "2016年1-3",
        "2016年十三月",
        "2016年二十月",
        "2016年零月",
        "201613",
        "201600",
        "20163",
        "2016031",
        "Mar",
        "Marc 2016",
        "Foo 2016",
        "2016年度度",
        "2016年全",
    ],
)
def test_period_parse_refuses_nonsense(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        Period.parse(text)
    assert caught.value.issue.code in {"unknown_period", "period_index_out_of_range"}


def test_period_ordering_is_chronological_by_end_month() -> None:
    periods = [Y(2016), M(2016, 3), Q(2016, 1), M(2015, 12), H(2016, 1)]
    assert sorted(periods) == [M(2015, 12), M(2016, 3), Q(2016, 1), H(2016, 1), Y(2016)]


def test_period_ending_at_only_where_a_period_ends() -> None:
    assert Period.ending_at(PeriodKind.QUARTER, 2016, 6) == Q(2016, 2)
    assert Period.ending_at(PeriodKind.QUARTER, 2016, 5) is None
    assert Period.ending_at(PeriodKind.YEAR, 2016, 12) == Y(2016)


@pytest.mark.parametrize("code", ["2016-M3", "2016-Y1", "2016-M03\n", "2016-Q01"])
def test_period_from_code_accepts_only_canonical_codes(code: str) -> None:
    with pytest.raises(DomainError):
        Period.from_code(code)
