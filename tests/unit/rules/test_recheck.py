"""recheck: after a change of some indicators' figures, the rules run again only where their
issues can differ, and the issues equal a full run_checks (the reference) for every keyed
indicator of the shipped catalogue and values that raise each rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.figures import Entry
from desktop_app.domain.indicators import Basis, Indicator
from desktop_app.domain.periods import Period
from desktop_app.domain.rules import recheck, run_checks
from desktop_app.domain.rules.context import CheckContext
from tests.unit.rules.builders import context, count_stock, own, ratio
from tests.unit.rules.test_run_checks import PERIOD, catalogue, monthly_series

#: New texts for a keyed cell: ordinary, far from usual, negative, zero, a decimal too many,
#: blank (the period removed) and 无 (no figure).
TEXTS = ("7", "99999", "-3", "0", "1.00001", None, "无")


def changed_between(old: CheckContext, new: CheckContext) -> set[str]:
    """The indicators whose figures or series differ: what a view after a save reads again."""
    codes = set(old.indicators) | set(new.indicators)
    return {
        code
        for code in codes
        if old.figures.get(code) != new.figures.get(code)
        or old.series.get(code) != new.series.get(code)
    }


def keyed(series: dict[str, dict[Period, Entry]], ind: Indicator, text: str | None) -> None:
    cell = dict(series[ind.code])
    if text is None:
        cell.pop(PERIOD, None)
    else:
        figure = None if text == "无" else Decimal(text)
        cell[PERIOD] = Entry(figure, Basis.YTD if ind.entry_basis is Basis.YTD else Basis.OWN)
    series[ind.code] = cell


@pytest.mark.parametrize("text", TEXTS)
def test_recheck_equals_a_full_run_after_each_keyed_cell(text: str | None) -> None:
    indicators = catalogue()
    keyable = [i for i in indicators if not i.is_computed]
    series = {i.code: monthly_series(i) for i in keyable}
    # Given a return with problems of several rules already (a part above its whole, a
    # negative ratio part, a stock that dropped)
    for code, value in (("A04.1", "500"), ("F01.1", "-1"), ("A04", "100")):
        keyed(series, next(i for i in keyable if i.code == code), value)
    before = context(PERIOD, indicators, series)
    issues = run_checks(before)
    assert issues
    rerun = 0
    # When each keyed cell in turn takes the text (one after the other, each on the last)
    for ind in keyable:
        keyed(series, ind, text)
        after = context(PERIOD, indicators, series)
        changed = changed_between(before, after)
        # Then the re-check equals a full run on the new return
        again = recheck(after, issues, changed)
        assert again == run_checks(after), (ind.code, text)
        rerun += bool(changed)
        before, issues = after, again
    assert rerun > 0


def test_recheck_follows_a_ratios_numerator_issue_to_its_denominator() -> None:
    """A ratio that may not exceed 100% names its numerator when the numerator exceeds the
    denominator (at_most): a change of the denominator alone must re-judge the numerator."""
    indicators = [
        count_stock("G01"),
        count_stock("G02"),
        ratio("G03", "G01", "G02"),
        count_stock("G05", parent_code="G01"),
    ]
    series = {"G01": own((PERIOD, "31")), "G02": own((PERIOD, "30")), "G05": own((PERIOD, "3"))}
    before = context(PERIOD, indicators, series)
    issues = run_checks(before)
    assert [(i.code, i.params["indicator"]) for i in issues] == [
        ("numerator_exceeds_denominator", "G01")
    ]
    for code, value in (("G02", "40"), ("G02", "20"), ("G01", "10"), ("G05", "50"), ("G02", "5")):
        series[code] = own((PERIOD, value))
        after = context(PERIOD, indicators, series)
        again = recheck(after, issues, changed_between(before, after))
        assert again == run_checks(after), (code, value)
        before, issues = after, again
