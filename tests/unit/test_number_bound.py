"""Numbers too large to store are refused by the indicator's number check, with the largest one.

The store keeps every amount as a signed 64-bit integer of 10^-4 units (persistence/models.py
ScaledDecimal), so the bound is checked here against that column's own range, computed
independently of the code under test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.indicators import (
    LARGEST_NUMBER,
    STORAGE_SCALE,
    Indicator,
    Temporal,
    ValueKind,
)

COUNT = Indicator("D02", "培训人次", "Trainees", "D", "人次", ValueKind.COUNT, Temporal.FLOW)
AMOUNT = Indicator(
    "C02", "网络零售额", "Online retail", "C", "万元", ValueKind.AMOUNT, Temporal.FLOW, scale=2
)
SIGNED = Indicator(
    "G01",
    "增长",
    "Growth",
    "G",
    "万元",
    ValueKind.AMOUNT,
    Temporal.FLOW,
    scale=2,
    minimum=Decimal("-1E+30"),
)

#: The range of SQLite's INTEGER (and of BigInteger), in units of 10^-STORAGE_SCALE.
INT64_MAX = 2**63 - 1


def fits_the_column(number: Decimal) -> bool:
    return bool(abs(number * 10**STORAGE_SCALE) <= INT64_MAX)


@pytest.mark.parametrize(
    ("indicator", "text", "codes"),
    [
        (COUNT, "99999999999999999999", ["too_large"]),
        (COUNT, "99999999999", []),
        (COUNT, "100000000000", ["too_large"]),
        (AMOUNT, "99999999999.99", []),
        (AMOUNT, "100000000000.00", ["too_large"]),
        (AMOUNT, "922337203685477.5808", ["too_large", "too_many_decimals"]),
        (SIGNED, "-100000000000", ["too_large"]),
        (SIGNED, "-99999999999.99", []),
        (COUNT, "1" + "0" * 60, ["too_large"]),
    ],
)
def test_check_number_refuses_numbers_too_large_to_store(
    indicator: Indicator, text: str, codes: list[str]
) -> None:
    issues = indicator.check_number(Decimal(text))
    assert [i.code for i in issues] == codes


def test_too_large_names_the_largest_number_at_the_indicators_scale() -> None:
    (issue,) = AMOUNT.check_number(Decimal("99999999999999999999"))
    assert issue.params["largest"] == "99999999999.99"
    (issue,) = COUNT.check_number(Decimal("99999999999999999999"))
    assert issue.params["largest"] == "99999999999"


def test_the_bound_leaves_room_to_sum_a_province_year_in_the_column() -> None:
    # A province's year: some 200 counties' 12 months, each at the largest number, still sums
    # within the 64-bit column (SQLite's SUM raises "integer overflow" beyond it).
    assert fits_the_column(LARGEST_NUMBER * 200 * 12)
    assert not fits_the_column(Decimal(INT64_MAX + 1).scaleb(-STORAGE_SCALE))


@settings(max_examples=200, deadline=None)
@given(number=st.decimals(allow_nan=False, allow_infinity=False, places=2))
def test_every_number_the_check_accepts_fits_the_column(number: Decimal) -> None:
    if not SIGNED.check_number(number):
        assert fits_the_column(number)
