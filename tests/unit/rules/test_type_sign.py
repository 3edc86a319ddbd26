"""type_sign: every number stored for the period passes the indicator's own check, as an error."""

from __future__ import annotations

import pytest

from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import Severity
from desktop_app.domain.rules import type_sign
from tests.unit.rules.builders import (
    D,
    M,
    amount_flow,
    context,
    count_flow,
    count_stock,
    own,
    ratio,
)

PERIOD = M(2016, 3)
POINTS = count_stock("A04")
TRAINING = count_flow("D02")
RETAIL = amount_flow("C02")
KEYED_RATE = ratio("X01")
BOUNDED = count_flow("D09", minimum=D(10))


@pytest.mark.parametrize(
    ("indicator", "value", "expected"),
    [
        (TRAINING, "1.5", ["count_not_integer"]),
        (RETAIL, "1.234", ["too_many_decimals"]),
        (POINTS, "-1", ["negative_value"]),
        (BOUNDED, "9", ["below_minimum"]),
        (KEYED_RATE, "100.1", ["above_maximum"]),
        (RETAIL, "-0.001", ["too_many_decimals", "negative_value"]),
    ],
)
def test_type_sign_flags_bad_stored_numbers(
    indicator: Indicator, value: str, expected: list[str]
) -> None:
    ctx = context(PERIOD, [indicator], {indicator.code: own((PERIOD, value))})
    issues = type_sign.check(ctx)
    assert [i.code for i in issues] == expected
    assert all(i.severity is Severity.ERROR for i in issues)
    assert all(i.params["indicator"] == indicator.code for i in issues)
    assert all(i.params["value"] == value for i in issues)
    assert set(expected) <= set(type_sign.CODES)


@pytest.mark.parametrize(
    ("indicator", "value"),
    [
        (TRAINING, "0"),
        (RETAIL, "1.23"),
        (RETAIL, "1.2300"),  # trailing zeros are not extra decimals
        (BOUNDED, "10"),  # equal to the minimum
        (KEYED_RATE, "100"),  # equal to the maximum
        (POINTS, "无"),  # not a number: nothing to check
    ],
)
def test_type_sign_accepts_good_numbers(indicator: Indicator, value: str) -> None:
    ctx = context(PERIOD, [indicator], {indicator.code: own((PERIOD, value))})
    assert type_sign.check(ctx) == []


def test_type_sign_looks_only_at_the_period() -> None:
    ctx = context(PERIOD, [TRAINING], {"D02": own((M(2016, 2), "1.5"), (PERIOD, "2"))})
    assert type_sign.check(ctx) == []
