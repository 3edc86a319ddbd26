"""period_gaps: "缺 7月" for a flow with an earlier period of the year never keyed (the periods as codes)."""

from __future__ import annotations

import pytest

from desktop_app.domain.indicators import Basis
from desktop_app.domain.issues import Severity
from desktop_app.domain.rules import period_gaps
from tests.unit.rules.builders import M, Q, amount_flow, context, count_flow, count_stock, own, ytd

RETAIL = amount_flow("C02", entry_basis=Basis.YTD)
TRAINING = count_flow("D02")
POINTS = count_stock("A04")
CATALOGUE = [POINTS, RETAIL, TRAINING]


def _months(first: int, last: int, skip: tuple[int, ...] = ()) -> list[tuple[object, str]]:
    return [(M(2016, m), "10") for m in range(first, last + 1) if m not in skip]


@pytest.mark.parametrize(
    ("period", "series", "expected"),
    [
        pytest.param(
            M(2016, 9),
            {"D02": own(*_months(1, 9, skip=(7,)))},  # type: ignore[arg-type]
            [("D02", ("2016-M07",), Severity.ERROR)],
            id="own-months-lack-july",
        ),
        pytest.param(
            M(2016, 9),
            {"D02": own(*_months(1, 8, skip=(2, 7)))},  # type: ignore[arg-type]
            [("D02", ("2016-M02", "2016-M07"), Severity.ERROR)],
            id="this-month-itself-is-the-completeness-rule",
        ),
        pytest.param(
            Q(2016, 3),
            {"D02": own(*_months(1, 9, skip=(4,)))},  # type: ignore[arg-type]
            [("D02", ("2016-M04",), Severity.ERROR)],
            id="a-quarter-of-a-month-keyed-flow",
        ),
        pytest.param(
            M(2016, 9),
            {"D02": own((Q(2016, 1), "30"), (Q(2016, 3), "30"))},
            [("D02", ("2016-Q2",), Severity.ERROR)],
            id="quarter-keyed-lacks-q2",
        ),
        pytest.param(
            M(2016, 9),
            {"C02": ytd((M(2016, 4), "40"), (M(2016, 8), "80"), (M(2016, 9), "90"))},
            [],
            id="ytd-earlier-holes-are-harmless",
        ),
        pytest.param(
            M(2016, 9),
            {"C02": ytd((M(2016, 4), "40"), (M(2016, 9), "90"))},
            [("C02", ("2016-M08",), Severity.WARNING)],
            id="ytd-without-the-month-before",
        ),
        pytest.param(
            M(2016, 9),
            {"A04": own((M(2016, 1), "3"), (M(2016, 9), "4"))},
            [],
            id="a-stock-needs-no-history",
        ),
        pytest.param(M(2016, 1), {"D02": own((M(2016, 1), "3"))}, [], id="january"),
    ],
)
def test_period_gaps_names_the_missing_periods(
    period: object,
    series: dict[str, object],
    expected: list[tuple[str, tuple[str, ...], Severity]],
) -> None:
    issues = period_gaps.check(context(period, CATALOGUE, series))  # type: ignore[arg-type]
    assert [(i.params["indicator"], i.params["periods"], i.severity) for i in issues] == expected
