"""completeness: every required keyed indicator has a number or an explicit 无."""

from __future__ import annotations

import pytest

from desktop_app.domain.figures import Entry
from desktop_app.domain.indicators import Basis
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.rules import completeness
from tests.unit.rules.builders import (
    M,
    Q,
    amount_flow,
    context,
    count_flow,
    count_stock,
    months,
    own,
    ratio,
    ytd,
)

PERIOD = M(2016, 3)
POINTS = count_stock("A04")
OPTIONAL = count_stock("A08", required=False)
RETAIL = amount_flow("C02", entry_basis=Basis.YTD)
TRAINING = count_flow("D02")
FIRMS, USERS = count_stock("F01"), count_stock("F01.1", parent_code="F01")
RATE = ratio("F02", "F01.1", "F01")
CATALOGUE = [POINTS, OPTIONAL, RETAIL, TRAINING, FIRMS, USERS, RATE]

COMPLETE: dict[str, dict[Period, Entry]] = {
    "A04": own((PERIOD, "10")),
    "C02": ytd((PERIOD, "300.00")),
    "D02": own((PERIOD, "0")),
    "F01": own((PERIOD, "20")),
    "F01.1": own((PERIOD, "5")),
}


@pytest.mark.parametrize(
    ("blank", "period"),
    [("A04", PERIOD), ("C02", PERIOD), ("D02", PERIOD), ("F01.1", PERIOD), ("D02", Q(2016, 1))],
)
def test_completeness_flags_a_blank_required_indicator(blank: str, period: Period) -> None:
    series = {code: s for code, s in COMPLETE.items() if code != blank}
    assert completeness.check(context(period, CATALOGUE, series)) == [
        Issue(completeness.CODE, Severity.ERROR, {"indicator": blank})
    ]


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({}, id="complete"),
        pytest.param({"A04": own((PERIOD, "无"))}, id="na-is-an-answer"),
        pytest.param({"D02": own((PERIOD, "无"))}, id="na-flow"),
        pytest.param(
            {"C02": ytd((PERIOD, "300.00"))}, id="ytd-without-earlier-months-is-an-answer"
        ),
        pytest.param({"A04": own((M(2016, 2), "9"), (PERIOD, "10"))}, id="with-history"),
    ],
)
def test_completeness_accepts_answered_indicators(
    changes: dict[str, dict[Period, Entry]],
) -> None:
    series = {**COMPLETE, **changes}
    series.pop("A08", None)  # optional: may stay blank; F02 is computed
    assert completeness.check(context(PERIOD, CATALOGUE, series)) == []


def test_completeness_accepts_a_quarter_derived_from_its_months() -> None:
    series = {**COMPLETE, "D02": months(2016, ["1", "2", "3"])}
    assert completeness.check(context(Q(2016, 1), CATALOGUE, series)) == []
