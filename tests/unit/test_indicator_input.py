"""What an indicator accepts as typed: a percent sign only where the indicator is a rate."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.indicators import Indicator, Temporal, ValueKind
from desktop_app.domain.issues import DomainError
from desktop_app.domain.values import parse_input

COUNT = Indicator("D02", "培训人次", "Trainees", "D", "人次", ValueKind.COUNT, Temporal.FLOW)
AMOUNT = Indicator(
    "C02", "网络零售额", "Online retail", "C", "万元", ValueKind.AMOUNT, Temporal.FLOW, scale=2
)
KEYED_RATIO = Indicator(
    "X01", "好评率", "Positive reviews", "X", "%", ValueKind.RATIO, Temporal.STOCK, scale=1
)


@pytest.mark.parametrize(
    ("indicator", "text", "codes"),
    [
        (COUNT, "50%", ["percent_not_ratio"]),
        (COUNT, "５０％", ["percent_not_ratio"]),
        (AMOUNT, "12.5%", ["percent_not_ratio"]),
        (AMOUNT, "1,234.56 %", ["percent_not_ratio"]),
        (COUNT, "50", []),
        (AMOUNT, "12.5", []),
        (KEYED_RATIO, "50%", []),
        (KEYED_RATIO, "50", []),
        (KEYED_RATIO, "12.5％", []),
        # The percent sign is one problem among others, each reported.
        (COUNT, "-1.5%", ["percent_not_ratio", "count_not_integer", "negative_value"]),
        (KEYED_RATIO, "120%", ["above_maximum"]),
    ],
)
def test_check_number_refuses_a_percent_sign_outside_a_ratio(
    indicator: Indicator, text: str, codes: list[str]
) -> None:
    parsed = parse_input(text)
    assert parsed.number is not None
    issues = indicator.check_number(parsed.number, percent=parsed.percent)
    assert [i.code for i in issues] == codes


def test_percent_not_ratio_says_the_unit_and_the_number() -> None:
    (issue,) = AMOUNT.check_number(Decimal("12.5"), percent=True)
    assert issue.params["indicator"] == "C02"
    assert issue.params["unit"] == "万元"
    assert Decimal(issue.params["value"]) == Decimal("12.5")


@settings(max_examples=200, deadline=None)
@given(
    indicator=st.sampled_from([COUNT, AMOUNT, KEYED_RATIO]),
    number=st.decimals(min_value=-1000, max_value=1000, places=3, allow_nan=False),
)
def test_percent_sign_adds_exactly_its_own_issue(indicator: Indicator, number: Decimal) -> None:
    # A percent sign changes nothing for a rate, and adds only percent_not_ratio elsewhere.
    plain = indicator.check_number(number)
    marked = indicator.check_number(number, percent=True)
    if indicator.kind is ValueKind.RATIO:
        assert marked == plain
    else:
        assert [i.code for i in marked] == ["percent_not_ratio", *(i.code for i in plain)]
        assert marked[1:] == plain


def test_domain_error_carries_the_percent_issue() -> None:
    # What the services raise: the first issue, as a DomainError.
    issues = COUNT.check_number(Decimal(50), percent=True)
    assert DomainError(issues[0]).issue.code == "percent_not_ratio"
