"""Checks on data, one rule per module. Each returns Issues (codes with parameters), never text.

Errors (`Severity.ERROR`) block submission; warnings need a written explanation (情况说明) that
travels with the return.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import replace

from desktop_app.domain.indicators import Indicator
from desktop_app.domain.issues import Issue, Severity
from desktop_app.domain.rules import (
    at_most,
    completeness,
    falling_ytd,
    outlier,
    part_of_whole,
    period_gaps,
    ratio_bounds,
    stock_drop,
    type_sign,
)
from desktop_app.domain.rules.context import CheckContext

Rule = Callable[[CheckContext], list[Issue]]

#: Every rule, in the order their issues are listed for one indicator.
ALL_RULES: tuple[Rule, ...] = (
    completeness.check,
    period_gaps.check,
    type_sign.check,
    part_of_whole.check,
    at_most.check,
    ratio_bounds.check,
    falling_ytd.check_context,
    stock_drop.check,
    outlier.check,
)

__all__ = [
    "ALL_RULES",
    "CheckContext",
    "Rule",
    "blocking",
    "needs_explanation",
    "recheck",
    "run_checks",
]

#: What a rule reads, declared for re-checking after a change (`recheck`). A rule judges the
#: indicators of the catalogue one by one (its subject); for a subject it reads the figures and
#: series of the subject and of the indicators its `reads` names (a module without `reads` reads
#: the subject alone), and it attributes its issues (params "indicator") to the subject or, for
#: a ratio, to the ratio's numerator (the keyed cell to correct). tests/unit/rules checks that a
#: re-check equals a full run after a change of every indicator of the shipped catalogue.
READS: tuple[Callable[[Indicator], Iterable[str | None]], ...] = (
    at_most.reads,
    part_of_whole.reads,
    ratio_bounds.reads,
)


def run_checks(ctx: CheckContext) -> list[Issue]:
    """All rules: errors first, then warnings, each in catalogue order of the indicator.

    Each issue carries its indicator's `scale`, so that its figures (raw Decimal text) are shown
    as the return shows them.
    """
    issues = [_with_scale(issue, ctx) for rule in ALL_RULES for issue in rule(ctx)]
    return _ordered(issues, ctx.indicators)


def _ordered(issues: list[Issue], catalogue: Mapping[str, Indicator]) -> list[Issue]:
    position = {code: i for i, code in enumerate(catalogue)}
    unknown = len(position)

    def key(issue: Issue) -> tuple[bool, int]:
        return (not issue.is_error, position.get(issue.params.get("indicator", ""), unknown))

    return sorted(issues, key=key)  # stable: rule order within one indicator


def _reads(indicator: Indicator) -> set[str]:
    """The indicators whose figures and series any rule reads to judge `indicator`."""
    codes = {indicator.code}
    for reads in READS:
        codes.update(code for code in reads(indicator) if code is not None)
    return codes


def recheck(ctx: CheckContext, previous: Iterable[Issue], changed: Collection[str]) -> list[Issue]:
    """`run_checks(ctx)`, given the issues `previous` it found on a context that differed from
    `ctx` only in the figures and series of the indicators `changed` (same catalogue, same
    period): the rules run again for the indicators whose issues can differ, the others' issues
    are kept. After one keyed cell that is a few indicators instead of the whole return."""
    catalogue = ctx.indicators
    judged = {code for code, ind in catalogue.items() if not _reads(ind).isdisjoint(changed)}
    # The issues that can differ, by the indicator they are attributed to.
    attributed = set(judged)
    attributed.update(
        str(catalogue[code].numerator_code)
        for code in judged
        if catalogue[code].numerator_code is not None
    )
    # Every subject that attributes issues to those, and what its rules look up.
    subjects = set(attributed)
    subjects.update(code for code, ind in catalogue.items() if ind.numerator_code in attributed)
    for code in list(subjects):
        if code in catalogue:
            subjects.update(_reads(catalogue[code]))
    narrowed = replace(
        ctx, indicators={code: ind for code, ind in catalogue.items() if code in subjects}
    )
    fresh = [
        _with_scale(issue, ctx)
        for rule in ALL_RULES
        for issue in rule(narrowed)
        if issue.params.get("indicator") in attributed
    ]
    kept = [issue for issue in previous if issue.params.get("indicator") not in attributed]
    return _ordered(kept + fresh, catalogue)


def _with_scale(issue: Issue, ctx: CheckContext) -> Issue:
    indicator = ctx.indicators.get(issue.params.get("indicator", ""))
    if indicator is None or "scale" in issue.params:
        return issue
    return replace(issue, params={**issue.params, "scale": indicator.scale})


def blocking(issues: Iterable[Issue]) -> list[Issue]:
    """The issues that block submission."""
    return [issue for issue in issues if issue.severity is Severity.ERROR]


def needs_explanation(issues: Iterable[Issue]) -> list[Issue]:
    """The issues a submission must explain in writing (情况说明)."""
    return [issue for issue in issues if issue.severity is Severity.WARNING]
