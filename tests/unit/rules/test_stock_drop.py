"""stock_drop: a stock below the end of the previous period needs an explanation."""

from __future__ import annotations

import pytest

from desktop_app.domain.figures import Entry
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.rules import stock_drop
from tests.unit.rules.builders import M, Q, context, count_flow, count_stock, months, own, ratio

POINTS = count_stock("A04")
VILLAGES = count_stock("A06")
COVERED = count_stock("A05")
COVERAGE = ratio("A07", "A05", "A06")
TRAINING = count_flow("D02")
CATALOGUE = [POINTS, COVERED, VILLAGES, COVERAGE, TRAINING]


@pytest.mark.parametrize(
    ("period", "series", "value", "previous"),
    [
        pytest.param(M(2016, 3), {"A04": own((M(2016, 2), "10"), (M(2016, 3), "9"))}, "9", "10"),
        pytest.param(
            M(2016, 1),
            {"A04": own((M(2015, 12), "10"), (M(2016, 1), "0"))},
            "0",
            "10",
            id="across-the-year",
        ),
        pytest.param(
            Q(2016, 2),
            {"A04": own((M(2016, 3), "12"), (M(2016, 6), "11"))},
            "11",
            "12",
            id="quarter-end-values",
        ),
    ],
)
def test_stock_drop_warns(
    period: Period, series: dict[str, dict[Period, Entry]], value: str, previous: str
) -> None:
    assert stock_drop.check(context(period, CATALOGUE, series)) == [
        Issue(
            stock_drop.CODE,
            Severity.WARNING,
            {"indicator": "A04", "value": value, "previous": previous},
        )
    ]


@pytest.mark.parametrize(
    "series",
    [
        pytest.param({"A04": own((M(2016, 2), "10"), (M(2016, 3), "10"))}, id="equal"),
        pytest.param({"A04": own((M(2016, 2), "10"), (M(2016, 3), "11"))}, id="rising"),
        pytest.param({"A04": own((M(2016, 3), "5"))}, id="no-previous"),
        pytest.param({"A04": own((M(2016, 2), "10"), (M(2016, 3), "无"))}, id="now-na"),
        pytest.param(
            {"A04": own((M(2016, 2), "10"), (M(2016, 3), "-1"))}, id="negative-is-type_sign"
        ),
        pytest.param({"D02": months(2016, ["1", "10", "2"])}, id="a-flow-may-fall"),
        pytest.param(
            {
                "A05": own((M(2016, 2), "10"), (M(2016, 3), "10")),
                "A06": own((M(2016, 2), "10"), (M(2016, 3), "20")),
            },
            id="a-computed-ratio-falling-with-its-parts",
        ),
    ],
)
def test_stock_drop_accepts_a_stock_that_holds(series: dict[str, dict[Period, Entry]]) -> None:
    assert stock_drop.check(context(M(2016, 3), CATALOGUE, series)) == []
