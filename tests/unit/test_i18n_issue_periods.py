"""Issues carry periods as codes; the localizer writes them in the chosen language, so an English
sentence names "Jul 2016", not 2016年7月."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from desktop_app import i18n
from desktop_app.domain.issues import Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.rules import falling_ytd, period_gaps
from desktop_app.i18n import issue_message, issue_params
from tests.unit.rules.builders import M, amount_flow, context, count_flow, own, ytd

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    before = i18n.current_language()
    assert i18n.set_language(request.param)
    yield request.param
    i18n._language[0] = before


@pytest.mark.parametrize(
    ("language", "periods", "month"),
    [("zh_CN", "2016年2月、2016年7月", "2016年2月"), ("en", "Feb 2016, Jul 2016", "Feb 2016")],
    indirect=["language"],
)
def test_rule_issues_name_periods_in_the_language(language: str, periods: str, month: str) -> None:
    # Given a flow lacking February and July, and a year-to-date figure falling in February
    training = count_flow("D02")
    keyed = own(*[(M(2016, m), "10") for m in range(1, 10) if m not in (2, 7)])
    gaps = period_gaps.check(context(M(2016, 9), [training], {"D02": keyed}))  # type: ignore[arg-type]
    retail = amount_flow("C02")
    falling = falling_ytd.check_context(
        context(
            M(2016, 3),
            [retail],
            {"C02": ytd((M(2016, 1), "100"), (M(2016, 2), "90"), (M(2016, 3), "120"))},
        )
    )
    # Then the issues carry codes, and their sentences the language's labels
    assert [issue.params["periods"] for issue in gaps] == [("2016-M02", "2016-M07")]
    assert [issue.params["month"] for issue in falling] == ["2016-M02"]
    assert issue_params(gaps[0])["periods"] == periods
    assert month in issue_message(falling[0])
    if language == "en":  # 无 stays: the word a clerk may type for "does not apply"
        assert not CJK.search(issue_message(gaps[0]).replace("无", "") + issue_message(falling[0]))


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_params_that_are_no_period_code_are_left_alone(language: str) -> None:
    issue = Issue("import_wrong_region", params={"found": "通江县", "expected": "511921"})
    assert issue_params(issue) == {"found": "通江县", "expected": "511921"}
    jump = Issue("jump", params={"value": "9000.0000", "previous": "12345.5000"})
    assert issue_params(jump)["previous"] == "12,345.5"
    assert issue_params(Issue("x", params={"period": Period.quarter(2016, 2).code})) == {
        "period": "2016 Q2"
    }
