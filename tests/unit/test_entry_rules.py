"""The rules of keying one figure that need nothing stored (domain/entry.py), shared by the save
and the import preview through services/entry_plan.py."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.entry import (
    copy_target,
    holds_already,
    input_issue,
    second_way_issue,
    stock_entries,
)
from desktop_app.domain.indicators import Basis, Indicator, Temporal, ValueKind
from desktop_app.domain.periods import Period
from desktop_app.domain.values import NA, parse_input

M, Q, H, Y = Period.month, Period.quarter, Period.half_year, Period.whole_year

TRAINING = Indicator(
    "D02", "电子商务培训人次", "Training", "D", "人次", ValueKind.COUNT, Temporal.FLOW
)
RETAIL = Indicator(
    "C02", "网络零售额", "Retail", "C", "万元", ValueKind.AMOUNT, Temporal.FLOW, scale=2
)
POINTS = Indicator(
    "A04", "村级电子商务服务点", "Points", "A", "个", ValueKind.COUNT, Temporal.STOCK
)
COVERAGE = Indicator(
    "A07",
    "行政村覆盖率",
    "Coverage",
    "A",
    "%",
    ValueKind.RATIO,
    Temporal.STOCK,
    scale=1,
    numerator_code="A05",
    denominator_code="A06",
)


@pytest.mark.parametrize(
    ("indicator", "text", "basis", "code"),
    [
        (TRAINING, "12", Basis.OWN, None),
        (TRAINING, "12", Basis.YTD, None),
        (TRAINING, "无", Basis.OWN, None),
        (TRAINING, "", Basis.OWN, None),
        (TRAINING, "1.5", Basis.OWN, "count_not_integer"),
        (TRAINING, "-1", Basis.OWN, "negative_value"),
        (TRAINING, "50%", Basis.OWN, "percent_not_ratio"),
        (RETAIL, "1.234", Basis.OWN, "too_many_decimals"),
        (RETAIL, "100000000000", Basis.OWN, "too_large"),
        (POINTS, "3", Basis.YTD, "stock_has_no_ytd"),
        (POINTS, "", Basis.YTD, "stock_has_no_ytd"),
        (COVERAGE, "50", Basis.OWN, "computed_indicator"),
        (COVERAGE, "无", Basis.OWN, "computed_indicator"),
        (COVERAGE, "", Basis.OWN, None),  # clearing a computed cell refuses nothing
    ],
)
def test_entry_input_issue(indicator: Indicator, text: str, basis: Basis, code: str | None) -> None:
    issue = input_issue(indicator, parse_input(text), basis)
    assert (issue.code if issue else None) == code


@pytest.mark.parametrize(
    ("old", "old_basis", "new", "basis", "holds"),
    [
        (None, None, None, Basis.OWN, True),  # blank stays blank
        (Decimal(5), "own", Decimal("5.00"), Basis.OWN, True),  # equal numbers at any scale
        (Decimal(5), "ytd", Decimal(5), Basis.OWN, False),  # same figure, another basis
        (Decimal(5), "own", Decimal(6), Basis.OWN, False),
        (NA, "own", NA, Basis.OWN, True),
        (NA, "own", None, Basis.OWN, False),  # clearing 无
        (None, None, Decimal(0), Basis.OWN, False),  # 0 is not blank
    ],
)
def test_entry_holds_already(
    old: Decimal | None, old_basis: str | None, new: Decimal | None, basis: Basis, holds: bool
) -> None:
    assert holds_already(old, old_basis, new, basis) is holds


@pytest.mark.parametrize(
    ("indicator", "period", "basis", "keyed", "code"),
    [
        (TRAINING, M(2025, 3), Basis.OWN, [], None),
        (TRAINING, M(2025, 3), Basis.OWN, [("2025-M03", "ytd")], None),  # the cell itself
        (TRAINING, M(2025, 3), Basis.OWN, [("2025-M02", "own")], None),
        (TRAINING, M(2025, 3), Basis.OWN, [("2025-Q1", "own")], "keyed_as_other_kind"),
        (TRAINING, M(2025, 3), Basis.OWN, [("2025-M02", "ytd")], "keyed_as_ytd_already"),
        (TRAINING, M(2025, 3), Basis.YTD, [("2025-M02", "own")], "keyed_as_own_already"),
        (POINTS, M(2025, 3), Basis.OWN, [("2025-M02", "ytd")], None),  # a stock has one basis
        (POINTS, Q(2025, 2), Basis.OWN, [("2025-M02", "own")], "keyed_as_other_kind"),
    ],
)
def test_entry_second_way_issue(
    indicator: Indicator,
    period: Period,
    basis: Basis,
    keyed: list[tuple[str, str]],
    code: str | None,
) -> None:
    issue = second_way_issue(indicator, period, basis, keyed)
    assert (issue.code if issue else None) == code


@pytest.mark.parametrize(
    ("period", "entries"),
    [
        (M(2024, 2), [M(2024, 2)]),
        (M(2024, 3), [M(2024, 3), Q(2024, 1)]),
        (Q(2024, 2), [M(2024, 6), Q(2024, 2), H(2024, 1)]),
        (Y(2023), [M(2023, 12), Q(2023, 4), H(2023, 2), Y(2023)]),
    ],
)
def test_entry_stock_entries_end_with_the_period(period: Period, entries: list[Period]) -> None:
    assert stock_entries(period) == entries
    assert {p.end_month for p in entries} == {period.end_month}


@pytest.mark.parametrize(
    ("period", "kept", "target"),
    [
        (Q(2024, 2), [], Q(2024, 2)),  # nothing kept this year: the period itself
        (Q(2024, 2), ["2024-Q1"], Q(2024, 2)),
        (Q(2024, 2), ["2024-M01", "2024-M03"], M(2024, 6)),  # a year kept by months
        (Y(2024), ["2024-M01"], M(2024, 12)),
        (H(2024, 2), ["2024-Q1"], Q(2024, 4)),
        (M(2024, 4), ["2024-Q1"], None),  # April ends no quarter
        (Q(2024, 2), ["2024-M01", "2024-H1"], Q(2024, 2)),  # kept two ways: the save says why
    ],
)
def test_entry_copy_target(period: Period, kept: list[str], target: Period | None) -> None:
    assert copy_target(period, kept) == target
