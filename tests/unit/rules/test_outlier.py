"""outlier: a flow far from both its recent median and the same period last year is explained."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.figures import Entry
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.rules import outlier
from tests.unit.rules.builders import M, Q, Y, context, count_flow, count_stock, months, own

TRAINING = count_flow("D02")
POINTS = count_stock("A04")
CATALOGUE = [POINTS, TRAINING]

Series = dict[Period, Entry]


def history(last_year: list[str], this_year: list[str]) -> Series:
    """Own monthly figures for the whole of 2015 and from January 2016."""
    return {**months(2015, last_year), **months(2016, this_year)}


STEADY = ["100"] * 12
NOVEMBER_PEAK = ["100"] * 10 + ["500", "100"]


def check(period: Period, series: Series) -> list[Issue]:
    return outlier.check(context(period, CATALOGUE, {"D02": series}))


@pytest.mark.parametrize(
    ("period", "series", "value", "median", "last_year"),
    [
        pytest.param(
            M(2016, 3), history(STEADY, ["100", "100", "301"]), "301", "100", "100", id="high"
        ),
        pytest.param(
            M(2016, 3), history(STEADY, ["100", "100", "33"]), "33", "100", "100", id="low"
        ),
        pytest.param(
            M(2016, 3), history(STEADY, ["100", "100", "0"]), "0", "100", "100", id="zero"
        ),
        pytest.param(
            M(2016, 8),
            months(2016, ["100", "90", "110", "100", "100", "120", "100", "400"]),
            "400",
            "100",
            "—",
            id="no-last-year-median-alone",
        ),
        pytest.param(
            M(2016, 3),
            {**own((M(2015, 3), "100")), **months(2016, ["90", "95", "400"])},
            "400",
            "—",
            "100",
            id="short-history-last-year-alone",
        ),
        pytest.param(
            Q(2016, 1), history(STEADY, ["100", "100", "1000"]), "1200", "300", "300", id="quarter"
        ),
        pytest.param(Y(2016), history(STEADY, ["400"] * 12), "4800", "1200", "1200", id="year"),
    ],
)
def test_outlier_warns_when_far_from_every_reference(
    period: Period, series: Series, value: str, median: str, last_year: str
) -> None:
    assert check(period, series) == [
        Issue(
            outlier.CODE,
            Severity.WARNING,
            {"indicator": "D02", "value": value, "median": median, "last_year": last_year},
        )
    ]


@pytest.mark.parametrize(
    ("period", "series"),
    [
        pytest.param(M(2016, 3), history(STEADY, ["100", "100", "300"]), id="exactly-3x"),
        pytest.param(
            M(2016, 3), history(["300"] * 12, ["300", "300", "100"]), id="exactly-a-third"
        ),
        pytest.param(
            M(2016, 11),
            history(NOVEMBER_PEAK, ["100"] * 10 + ["600"]),
            id="seasonal-peak-like-last-year",
        ),
        pytest.param(
            M(2016, 3),
            history(["100", "100", "10"] + ["100"] * 9, ["100", "100", "100"]),
            id="last-year-was-the-odd-one",
        ),
        pytest.param(
            M(2016, 6), months(2016, ["100"] * 5 + ["900"]), id="five-months-are-no-median"
        ),
        pytest.param(
            M(2016, 3), history(["0"] * 12, ["0", "0", "400"]), id="zero-references-skipped"
        ),
        pytest.param(M(2016, 3), history(STEADY, ["100", "100", "无"]), id="na"),
        pytest.param(
            M(2016, 3), history(STEADY, ["100", "100", "-900"]), id="negative-is-falling_ytd"
        ),
        pytest.param(M(2016, 3), history(STEADY, ["100", "100"]), id="blank"),
    ],
)
def test_outlier_accepts_usual_or_unjudgeable_values(period: Period, series: Series) -> None:
    assert check(period, series) == []


def test_outlier_ignores_stocks() -> None:
    series = {"A04": {**months(2015, STEADY), **months(2016, ["100", "100", "900"])}}
    assert outlier.check(context(M(2016, 3), CATALOGUE, series)) == []


@pytest.mark.parametrize(
    ("value", "reference", "far"),
    [("301", "100", True), ("300", "100", False), ("33.4", "100", False), ("33.3", "100", True)],
)
def test_outlier_is_far_at_the_factor(value: str, reference: str, far: bool) -> None:
    assert outlier.is_far(Decimal(value), Decimal(reference)) is far
