"""Issue messages show numbers as the return shows them: at the indicator's scale, grouped.

Issues keep raw parameters (exact Decimal text, "9000.0000" as the store gives it back); the
localizer makes the words and writes the numbers.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules import run_checks
from desktop_app.i18n import issue_message, issue_params
from tests.unit.rules.builders import (
    D,
    M,
    amount_flow,
    context,
    count_flow,
    count_stock,
    months,
    own,
    ratio,
)

PERIOD = M(2016, 3)
POINTS = count_stock("A04", maximum=D(5000))
RETAIL = amount_flow("C02", maximum=D(1000))
RURAL = amount_flow("C02.1", parent_code="C02")


def only(issues: list[Issue], code: str, indicator: str | None = None) -> Issue:
    (issue,) = [
        i for i in issues if i.code == code and indicator in (None, i.params.get("indicator"))
    ]
    return issue


@pytest.mark.parametrize(
    ("indicator", "value", "code", "shown", "hidden"),
    [
        # A count comes back from the store at storage scale: 9000.0000.
        (POINTS, "9000.0000", "above_maximum", ["9,000", "5,000"], ["9000", ".0000"]),
        (RETAIL, "1234.5", "above_maximum", ["1,234.50", "1,000.00"], ["1234.5 "]),
        (count_stock("A04", minimum=D(10)), "9", "below_minimum", ["at least 10 (9)"], []),
        (RETAIL, "-1234.5", "negative_value", ["(-1,234.50)"], []),
        # The digits that are the problem are shown, never rounded away.
        (RETAIL, "1234.567", "too_many_decimals", ["1,234.567", "keeps 2 decimal"], ["1,234.57"]),
        (count_stock("A04"), "12345.5", "count_not_integer", ["12,345.5 is not"], ["12,346"]),
    ],
)
def test_issue_message_shows_check_number_figures_at_scale(
    indicator: Indicator, value: str, code: str, shown: list[str], hidden: list[str]
) -> None:
    issue = only(indicator.check_number(Decimal(value)), code)
    message = issue_message(issue)
    for text in shown:
        assert text in message, message
    for text in hidden:
        assert text not in message, message
    assert issue.params["value"] == value  # the issue itself keeps the raw number


def test_issue_message_shows_stored_figures_of_run_checks_at_scale() -> None:
    series = {
        "A04": own((M(2016, 2), "12000.0000"), (PERIOD, "9000.0000")),
        "C02": own((PERIOD, "1234.5000")),
        "C02.1": own((PERIOD, "2345.6000")),
    }
    issues = run_checks(context(PERIOD, [POINTS, RETAIL, RURAL], series))
    assert "fell to 9,000 from 12,000 at the end" in issue_message(only(issues, "stock_dropped"))
    assert "at most 5,000 (9,000)." in issue_message(only(issues, "above_maximum", "A04"))
    assert "at most 1,000.00 (1,234.50)." in issue_message(only(issues, "above_maximum", "C02"))
    part = issue_message(only(issues, "part_exceeds_whole"))
    assert "(2,345.60) exceeds its whole C02 (1,234.50)" in part


def test_issue_message_shows_a_computed_rate_at_its_scale() -> None:
    rate = ratio("G03", "G01", "G02", maximum=D(50))
    series = {"G01": own((PERIOD, "2")), "G02": own((PERIOD, "3"))}
    issue = only(
        run_checks(context(PERIOD, [count_stock("G01"), count_stock("G02"), rate], series)),
        "ratio_out_of_bounds",
    )
    assert (issue.params["minimum"], issue.params["maximum"]) == ("0", "50")  # raw
    assert "the rate 66.7% is outside the allowed range 0.0%–50.0%" in issue_message(issue)


def test_issue_message_shows_the_outlier_references_at_scale() -> None:
    history = months(2015, ["1000"] * 12) | months(2016, ["1200.0000", "1100", "12000"])
    issue = only(
        run_checks(context(PERIOD, [count_flow("D02")], {"D02": history})), "far_from_usual"
    )
    message = issue_message(issue)
    assert "12,000 is far from" in message
    assert "past 12 months: 1,000; same period last year: 1,000)" in message


def test_issue_message_shows_at_most_figures_at_scale() -> None:
    covered = count_stock("A05", at_most_code="A06")
    series = {"A05": own((PERIOD, "1300.0000")), "A06": own((PERIOD, "1200.0000"))}
    issue = only(
        run_checks(context(PERIOD, [covered, count_stock("A06")], series)),
        "exceeds_limit_indicator",
    )
    assert "A05 (1,300) cannot exceed indicator A06 (1,200)" in issue_message(issue)


def test_issue_params_without_a_scale_drop_storage_zeros_and_group() -> None:
    # An issue made elsewhere, without the indicator's scale: the number as it stands, grouped.
    issue = Issue(
        "stock_dropped",
        Severity.WARNING,
        {"indicator": "A04", "value": "9000.0000", "previous": "12345.50"},
    )
    params = issue_params(issue)
    assert (params["value"], params["previous"]) == ("9,000", "12,345.5")
    assert params["indicator"] == "A04"


@pytest.mark.parametrize(
    "params",
    [
        {"indicator": "2016", "month": "2016年3月", "previous": "2016年2月"},  # ytd_falls labels
        {"indicator": "A04", "value": "—", "median": "—"},  # no figure
        {"indicator": "A04", "value": "abc"},
    ],
)
def test_issue_params_leave_what_is_not_a_number(params: dict[str, str]) -> None:
    assert issue_params(Issue("ytd_falls", params=params)) == params


def test_issue_params_keep_the_issue_unchanged() -> None:
    issue = only(POINTS.check_number(Decimal("9000.0000")), "above_maximum")
    before = dict(issue.params)
    issue_params(issue)
    assert issue.params == before


def test_issue_message_in_chinese_shows_grouped_figures(chinese: None) -> None:
    message = issue_message(only(RETAIL.check_number(Decimal("1234.5")), "above_maximum"))
    assert message == "指标 C02 不得大于 1,000.00（1,234.50）。"
    count = issue_message(only(POINTS.check_number(Decimal("9000.0000")), "above_maximum"))
    assert "9,000" in count and "5,000" in count


def test_issue_message_percent_not_ratio_names_the_unit() -> None:
    (issue,) = RETAIL.check_number(Decimal("12.5"), percent=True)
    message = issue_message(issue)
    assert "kept in 万元, not as a percentage" in message
