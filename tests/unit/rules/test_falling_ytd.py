"""falling_ytd.check_context: the year-to-date check for every flow of a return."""

from __future__ import annotations

import pytest

from desktop_app.domain.figures import Entry
from desktop_app.domain.indicators import Basis
from desktop_app.domain.issues import Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.rules import falling_ytd
from tests.unit.rules.builders import (
    M,
    Q,
    amount_flow,
    context,
    count_flow,
    count_stock,
    months,
    own,
    ytd,
)

RETAIL = amount_flow("C02", entry_basis=Basis.YTD)
TRAINING = count_flow("D02")
POINTS = count_stock("A04")
CATALOGUE = [POINTS, RETAIL, TRAINING]


@pytest.mark.parametrize(
    ("period", "series", "expected"),
    [
        pytest.param(
            M(2016, 3),
            {"C02": ytd((M(2016, 1), "100"), (M(2016, 2), "90"), (M(2016, 3), "120"))},
            [("C02", "2016-M02")],
            id="ytd-keyed-falls-in-february",
        ),
        pytest.param(
            M(2016, 3),
            {"D02": months(2016, ["5", "-2", "1"])},
            [("D02", "2016-M02")],
            id="negative-own-month",
        ),
        pytest.param(
            Q(2016, 1),
            {
                "C02": ytd((M(2016, 1), "100"), (M(2016, 2), "90")),
                "D02": months(2016, ["5", "3", "-9"]),
            },
            [("C02", "2016-M02"), ("D02", "2016-M03")],
            id="every-flow-up-to-the-quarter-end",
        ),
    ],
)
def test_falling_ytd_flags_every_flow(
    period: Period, series: dict[str, dict[Period, Entry]], expected: list[tuple[str, str]]
) -> None:
    issues = falling_ytd.check_context(context(period, CATALOGUE, series))
    assert [(i.params["indicator"], i.params["month"]) for i in issues] == expected
    assert all(i.code == "ytd_falls" and i.severity is Severity.ERROR for i in issues)


@pytest.mark.parametrize(
    ("period", "series"),
    [
        pytest.param(
            M(2016, 3),
            {"C02": ytd((M(2016, 1), "100"), (M(2016, 2), "100"), (M(2016, 3), "120"))},
            id="flat-ytd-is-fine",
        ),
        pytest.param(M(2016, 3), {"D02": months(2016, ["5", "0", "无"])}, id="zero-and-na"),
        pytest.param(
            M(2016, 2),
            {"C02": ytd((M(2016, 1), "100"), (M(2016, 2), "100"), (M(2016, 3), "50"))},
            id="later-month-not-yet-due",
        ),
        pytest.param(
            M(2016, 3), {"A04": own((M(2016, 2), "10"), (M(2016, 3), "5"))}, id="stock-ignored"
        ),
    ],
)
def test_falling_ytd_accepts_rising_or_flat_figures(
    period: Period, series: dict[str, dict[Period, Entry]]
) -> None:
    assert falling_ytd.check_context(context(period, CATALOGUE, series)) == []
