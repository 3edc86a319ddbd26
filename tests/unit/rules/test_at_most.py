"""at_most: an indicator never exceeds its limit, nor a ratio's numerator its denominator."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.issues import Severity
from desktop_app.domain.rules import at_most
from tests.unit.rules.builders import M, context, count_stock, own, ratio

PERIOD = M(2016, 3)
COVERED = count_stock("A05", at_most_code="A06")
VILLAGES = count_stock("A06")
BROADBAND = count_stock("A09", at_most_code="A06")
COVERAGE = ratio("A07", "A05", "A06")
# A ratio whose numerator is tied to its denominator by nothing else.
USERS = count_stock("G01")
FIRMS = count_stock("G02")
USE_RATE = ratio("G03", "G01", "G02")
GROWTH = ratio("G04", "G01", "G02", maximum=Decimal(500))  # may exceed 100%
VILLAGE_CATALOGUE = [COVERED, VILLAGES, COVERAGE, BROADBAND]
FIRM_CATALOGUE = [USERS, FIRMS, USE_RATE]


@pytest.mark.parametrize(
    ("covered", "broadband", "villages", "expected"),
    [
        ("201", "200", "200", [("A05", "201", "200")]),
        ("150", "250", "200", [("A09", "250", "200")]),
        ("201", "202", "200", [("A05", "201", "200"), ("A09", "202", "200")]),
    ],
)
def test_at_most_flags_a_value_above_its_limit(
    covered: str, broadband: str, villages: str, expected: list[tuple[str, str, str]]
) -> None:
    series = {"A05": own((PERIOD, covered)), "A09": own((PERIOD, broadband))}
    series["A06"] = own((PERIOD, villages))
    issues = at_most.check(context(PERIOD, VILLAGE_CATALOGUE, series))
    # A05 is A07's numerator but its own limit already says so: no second issue.
    assert [i.code for i in issues] == [at_most.CODE] * len(expected)
    assert all(i.severity is Severity.ERROR and i.params["limit"] == "A06" for i in issues)
    assert [
        (i.params["indicator"], i.params["value"], i.params["limit_value"]) for i in issues
    ] == expected


@pytest.mark.parametrize(
    ("covered", "villages"),
    [("200", "200"), ("0", "200"), ("无", "200"), ("5", "无"), ("0", "0")],
)
def test_at_most_accepts_values_within_the_limit(covered: str, villages: str) -> None:
    series = {"A05": own((PERIOD, covered)), "A06": own((PERIOD, villages))}
    assert at_most.check(context(PERIOD, VILLAGE_CATALOGUE, series)) == []


@pytest.mark.parametrize(
    ("users", "firms", "flagged"),
    [("31", "30", True), ("30", "30", False), ("0", "30", False), ("无", "30", False)],
)
def test_at_most_numerator_exceeds_denominator(users: str, firms: str, flagged: bool) -> None:
    series = {"G01": own((PERIOD, users)), "G02": own((PERIOD, firms))}
    issues = at_most.check(context(PERIOD, FIRM_CATALOGUE, series))
    if not flagged:
        assert issues == []
        return
    assert [(i.code, i.severity) for i in issues] == [(at_most.NUMERATOR_CODE, Severity.ERROR)]
    assert issues[0].params == {
        "indicator": "G01",
        "ratio": "G03",
        "denominator": "G02",
        "numerator_value": users,
        "denominator_value": firms,
        "measure": "current",
    }


def test_at_most_numerator_of_a_ratio_allowed_above_100_is_not_flagged() -> None:
    series = {"G01": own((PERIOD, "90")), "G02": own((PERIOD, "30"))}
    assert at_most.check(context(PERIOD, [USERS, FIRMS, GROWTH], series)) == []


def test_at_most_numerator_that_is_a_part_of_the_denominator_is_left_to_part_of_whole() -> None:
    firms, users = count_stock("F01"), count_stock("F01.1", parent_code="F01")
    rate = ratio("F02", "F01.1", "F01")
    series = {"F01": own((PERIOD, "10")), "F01.1": own((PERIOD, "11"))}
    assert at_most.check(context(PERIOD, [firms, users, rate], series)) == []
