"""ratio_bounds: a ratio lies within [minimum, maximum], by default 0–100%."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules import ratio_bounds
from tests.unit.rules.builders import M, Q, context, count_stock, own, ratio

PERIOD = M(2016, 3)
FIRMS = count_stock("G02")
USERS = count_stock("G01")
RATE = ratio("G03", "G01", "G02")
CAPPED = ratio("G03", "G01", "G02", maximum=Decimal(50))  # a province's own bound
FLOORED = ratio("G03", "G01", "G02", minimum=Decimal(10))
KEYED = ratio("X01")


@pytest.mark.parametrize(
    ("rate", "users", "firms", "expected"),
    [
        (CAPPED, "51", "100", ("51.0", "0", "50")),
        (FLOORED, "9", "100", ("9.0", "10", "100")),
    ],
)
def test_ratio_bounds_flags_a_computed_ratio_out_of_bounds(
    rate: Indicator, users: str, firms: str, expected: tuple[str, str, str]
) -> None:
    series = {"G01": own((PERIOD, users)), "G02": own((PERIOD, firms))}
    issues = ratio_bounds.check(context(PERIOD, [USERS, FIRMS, rate], series))
    value, minimum, maximum = expected
    assert issues == [
        Issue(
            ratio_bounds.CODE,
            Severity.ERROR,
            {
                "indicator": "G03",
                "value": value,
                "minimum": minimum,
                "maximum": maximum,
                "measure": "current",
            },
        )
    ]


@pytest.mark.parametrize(
    ("rate", "users", "firms"),
    [
        (RATE, "100", "100"),  # exactly 100%
        (RATE, "0", "100"),  # exactly 0%
        (CAPPED, "50", "100"),  # equal to a custom maximum
        (FLOORED, "10", "100"),  # equal to a custom minimum
        (RATE, "1", "0"),  # undefined, shown as "—"
        (RATE, "101", "100"),  # above 100% because of its parts: reported on the numerator
        (CAPPED, "101", "100"),  # likewise
        (RATE, "-1", "100"),  # a negative part: type_sign reports it on the part
    ],
)
def test_ratio_bounds_accepts_ratios_within_bounds_or_explained_by_parts(
    rate: Indicator, users: str, firms: str
) -> None:
    series = {"G01": own((PERIOD, users)), "G02": own((PERIOD, firms))}
    assert ratio_bounds.check(context(PERIOD, [USERS, FIRMS, rate], series)) == []


def test_ratio_bounds_leaves_a_keyed_ratio_to_type_sign() -> None:
    ctx = context(PERIOD, [KEYED], {"X01": own((PERIOD, "120"))})
    assert ratio_bounds.check(ctx) == []


def test_ratio_bounds_flags_a_keyed_ratio_derived_from_another_period() -> None:
    # Q1 of a stock is its value at the end of March; type_sign sees no Q1 entry.
    ctx = context(Q(2016, 1), [KEYED], {"X01": own((M(2016, 3), "120"))})
    assert [i.code for i in ratio_bounds.check(ctx)] == [ratio_bounds.CODE]
