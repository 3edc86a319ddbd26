"""part_of_whole: 其中 ≤ 合计, for 本期 and 累计."""

from __future__ import annotations

import pytest

from desktop_app.domain.figures import Entry
from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.rules import part_of_whole
from tests.unit.rules.builders import (
    M,
    Q,
    amount_flow,
    context,
    count_stock,
    months,
    own,
    ytd,
)

POINTS = count_stock("A04")
POOR_POINTS = count_stock("A04.1", parent_code="A04")
RETAIL = amount_flow("C02")
FARM = amount_flow("C02.1", parent_code="C02")
POOR_FARM = amount_flow("C02.2", parent_code="C02.1")
STOCKS = [POINTS, POOR_POINTS]
FLOWS = [RETAIL, FARM, POOR_FARM]


@pytest.mark.parametrize(
    ("indicators", "period", "series", "expected"),
    [
        pytest.param(
            STOCKS,
            M(2016, 3),
            {"A04": own((M(2016, 3), "10")), "A04.1": own((M(2016, 3), "11"))},
            [("A04.1", "A04", "11", "10", "current")],  # a stock: one issue, not two
            id="stock",
        ),
        pytest.param(
            FLOWS,
            M(2016, 2),
            {
                "C02": months(2016, ["100.00", "50.00"]),
                "C02.1": months(2016, ["20.00", "60.00"]),
            },
            [("C02.1", "C02", "60.00", "50.00", "current")],  # 累计 80 ≤ 150 is fine
            id="flow-current-only",
        ),
        pytest.param(
            FLOWS,
            M(2016, 2),
            {
                "C02": ytd((M(2016, 1), "100.00"), (M(2016, 2), "150.00")),
                "C02.1": ytd((M(2016, 1), "120.00"), (M(2016, 2), "160.00")),
            },
            [("C02.1", "C02", "160.00", "150.00", "cumulative")],  # 本期 40 ≤ 50
            id="flow-cumulative-only",
        ),
        pytest.param(
            FLOWS,
            Q(2016, 1),
            {
                "C02": months(2016, ["10", "10", "10"]),
                "C02.1": months(2016, ["5", "5", "5"]),
                "C02.2": months(2016, ["6", "6", "6"]),
            },
            [("C02.2", "C02.1", "18", "15", "current")],  # the direct parent, Q1 = 1-3月
            id="chain-quarter",
        ),
    ],
)
def test_part_of_whole_flags_a_part_above_its_whole(
    indicators: list[Indicator],
    period: Period,
    series: dict[str, dict[Period, Entry]],
    expected: list[tuple[str, str, str, str, str]],
) -> None:
    issues = part_of_whole.check(context(period, indicators, series))
    assert [
        (
            i.params["indicator"],
            i.params["parent"],
            i.params["part_value"],
            i.params["whole_value"],
            i.params["measure"],
        )
        for i in issues
    ] == expected
    assert all(i.code == part_of_whole.CODE and i.severity is Severity.ERROR for i in issues)


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        ("10", "10"),  # equal is fine
        ("0", "10"),
        ("无", "10"),  # 无 is not a number
        ("5", "无"),
        ("5", None),  # the whole is blank: completeness reports it, not this rule
    ],
)
def test_part_of_whole_accepts_parts_within_the_whole(part: str, whole: str | None) -> None:
    period = M(2016, 3)
    series = {"A04.1": own((period, part))}
    if whole is not None:
        series["A04"] = own((period, whole))
    assert part_of_whole.check(context(period, STOCKS, series)) == []


def test_part_of_whole_issue_carries_the_codes_and_values() -> None:
    period = M(2016, 3)
    ctx = context(period, STOCKS, {"A04": own((period, "3")), "A04.1": own((period, "4"))})
    assert part_of_whole.check(ctx) == [
        Issue(
            "part_exceeds_whole",
            Severity.ERROR,
            {
                "indicator": "A04.1",
                "parent": "A04",
                "part_value": "4",
                "whole_value": "3",
                "measure": "current",
            },
        )
    ]
