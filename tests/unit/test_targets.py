"""Targets as the documents write them: goal, progress, pace, refusals and splits.

Expected figures are worked out by hand (or by the plain references below), never with the
functions under test.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.indicators import Indicator, Temporal, ValueKind
from desktop_app.domain.issues import DomainError
from desktop_app.domain.targets import (
    LastYear,
    PaceBasis,
    Target,
    TargetKind,
    assess,
    check_split,
    check_target,
    split_equal,
    split_proportional,
)

D = Decimal
RETAIL = Indicator(
    "C02", "网络零售额", "Retail", "C", "万元", ValueKind.AMOUNT, Temporal.FLOW, scale=2
)
TRAINING = Indicator("D02", "培训人次", "Training", "D", "人次", ValueKind.COUNT, Temporal.FLOW)
POINTS = Indicator("A04", "村级服务点", "Points", "A", "个", ValueKind.COUNT, Temporal.STOCK)
RATE = Indicator(
    "F02",
    "应用率",
    "Adoption",
    "F",
    "%",
    ValueKind.RATIO,
    Temporal.STOCK,
    scale=1,
    numerator_code="F01.1",
    denominator_code="F01",
)
EXAMPLES = settings(max_examples=100, deadline=None)


def one_decimal(x: Decimal) -> Decimal:
    return x.quantize(D("0.1"), rounding=ROUND_HALF_UP)


# --- goal, progress and pace by kind --------------------------------------------------------------
def test_targets_new_units_counts_only_the_points_added() -> None:
    # Given 75 points at the end of last year and a target of 10 new ones
    # When 80 stand at the end of June
    found = assess(
        POINTS,
        Target(TargetKind.NEW_UNITS, D(10)),
        now=D(80),
        end_month=6,
        last_year=LastYear(total=D(75)),
    )
    # Then progress is 5 of 10 (50%), not 80 of 10 (800%); the goal is 85 points
    assert found.goal == D(85)
    assert found.done == D(5)
    assert found.progress == D("50.0")
    assert found.pace == D("50.0")
    assert not found.behind


@pytest.mark.parametrize(
    ("month", "now", "progress", "pace", "behind"),
    [
        (1, D(75), D("0.0"), D("8.3"), True),  # January: nothing added yet, 1/12 of the year gone
        (1, D(76), D("10.0"), D("8.3"), False),
        (12, D(84), D("90.0"), D("100.0"), True),  # December: the whole year is expected
        (12, D(85), D("100.0"), D("100.0"), False),
        (12, D(70), D("-50.0"), D("100.0"), True),  # points closed: progress below zero
    ],
)
def test_targets_new_units_january_and_december(
    month: int, now: Decimal, progress: Decimal, pace: Decimal, behind: bool
) -> None:
    found = assess(
        POINTS,
        Target(TargetKind.NEW_UNITS, D(10)),
        now=now,
        end_month=month,
        last_year=LastYear(total=D(75)),
    )
    assert (found.progress, found.pace, found.behind) == (progress, pace, behind)
    assert found.pace_basis is PaceBasis.STRAIGHT


def test_targets_new_units_without_last_years_end_has_no_goal() -> None:
    found = assess(
        POINTS, Target(TargetKind.NEW_UNITS, D(10)), now=D(80), end_month=6, last_year=LastYear()
    )
    assert (found.goal, found.progress, found.pace, found.behind) == (None, None, None, False)


@pytest.mark.parametrize(
    ("month", "ytd", "last_ytd", "progress", "pace", "basis", "behind"),
    [
        # Last year 1,000.00 万元 in all, 50.00 by January: the seasonal pace is 5.0%.
        (1, D("60.00"), D("50.00"), D("4.6"), D("5.0"), PaceBasis.SEASONAL, True),
        (1, D("70.00"), D("50.00"), D("5.4"), D("5.0"), PaceBasis.SEASONAL, False),
        # Without last year's January: straight-line, 1/12.
        (1, D("70.00"), None, D("5.4"), D("8.3"), PaceBasis.STRAIGHT, True),
        (12, D("1300.00"), D("1000.00"), D("100.0"), D("100.0"), PaceBasis.SEASONAL, False),
        (12, D("1200.00"), D("1000.00"), D("92.3"), D("100.0"), PaceBasis.SEASONAL, True),
    ],
)
def test_targets_growth_on_a_flow(
    month: int,
    ytd: Decimal,
    last_ytd: Decimal | None,
    progress: Decimal,
    pace: Decimal,
    basis: PaceBasis,
    behind: bool,
) -> None:
    # Given a 30% growth target over last year's 1,000.00 万元: the goal is 1,300.00
    found = assess(
        RETAIL,
        Target(TargetKind.GROWTH, D(30)),
        now=ytd,
        end_month=month,
        last_year=LastYear(total=D("1000.00"), to_date=last_ytd),
    )
    assert found.goal == D("1300.00")
    assert (found.progress, found.pace, found.pace_basis, found.behind) == (
        progress,
        pace,
        basis,
        behind,
    )


def test_targets_growth_on_a_stock_measures_the_increase() -> None:
    # 200 points last year-end, +10%: the goal is 220; 205 in March is 5 of the 20 added.
    found = assess(
        POINTS,
        Target(TargetKind.GROWTH, D(10)),
        now=D(205),
        end_month=3,
        last_year=LastYear(total=D(200)),
    )
    assert found.goal == D(220)
    assert found.progress == D("25.0")
    assert found.pace == D("25.0")
    assert not found.behind


def test_targets_absolute_stock_level_and_pace() -> None:
    # A level of 100 points by year end from 40: by June 40 + 60 × 6/12 = 70 expected (70.0%).
    found = assess(
        POINTS,
        Target(TargetKind.ABSOLUTE, D(100)),
        now=D(64),
        end_month=6,
        last_year=LastYear(D(40)),
    )
    assert (found.goal, found.progress, found.pace, found.behind) == (
        D(100),
        D("64.0"),
        D("70.0"),
        True,
    )


@pytest.mark.parametrize(
    ("month", "rate", "progress"), [(1, D("54.0"), D("90.0")), (12, D("66.0"), D("110.0"))]
)
def test_targets_share_is_the_rate_against_the_target_rate(
    month: int, rate: Decimal, progress: Decimal
) -> None:
    found = assess(
        RATE, Target(TargetKind.SHARE, D(60)), now=rate, end_month=month, last_year=LastYear()
    )
    assert found.goal == D(60)
    assert found.done == rate
    assert found.progress == progress
    assert found.pace is None and not found.behind


@given(
    total=st.integers(min_value=1, max_value=10**9),
    ytd=st.integers(min_value=0, max_value=10**9),
    growth=st.integers(min_value=-99, max_value=500),
    month=st.integers(min_value=1, max_value=12),
)
@EXAMPLES
def test_targets_flow_growth_matches_reference(
    total: int, ytd: int, growth: int, month: int
) -> None:
    last, now = D(total) / 100, D(ytd) / 100
    found = assess(
        RETAIL,
        Target(TargetKind.GROWTH, D(growth)),
        now=now,
        end_month=month,
        last_year=LastYear(total=last),
    )
    # Reference: goal in fen, rounded half up; progress and pace to one decimal.
    goal_fen = (D(total) * (100 + growth) / 100).quantize(D(1), rounding=ROUND_HALF_UP)
    assert found.goal == goal_fen / 100
    if goal_fen > 0:
        assert found.progress == one_decimal(D(ytd) * 100 / goal_fen)
        assert found.pace == one_decimal(D(month) * 100 / 12)
        assert found.behind == (found.progress < found.pace)


# --- refusals ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("indicator", "kind", "figure", "code"),
    [
        (RETAIL, TargetKind.GROWTH, D("-100.1"), "target_growth_below_minus_100"),
        (RETAIL, TargetKind.NEW_UNITS, D(10), "target_new_units_flow"),
        (POINTS, TargetKind.SHARE, D(60), "target_share_not_rate"),
        (RATE, TargetKind.SHARE, D(0), "target_share_range"),
        (RATE, TargetKind.SHARE, D("100.1"), "target_share_range"),
        (RATE, TargetKind.ABSOLUTE, D(60), "target_rate_needs_share"),
        (RATE, TargetKind.GROWTH, D(5), "target_rate_needs_share"),
        (POINTS, TargetKind.NEW_UNITS, D(0), "target_not_positive"),
        (RETAIL, TargetKind.ABSOLUTE, D(-1), "target_not_positive"),
        (RETAIL, TargetKind.GROWTH, D("30.125"), "target_growth_decimals"),
        (RETAIL, TargetKind.GROWTH, D("10000.01"), "target_growth_too_large"),
        (RATE, TargetKind.SHARE, D("60.55"), "too_many_decimals"),
    ],
)
def test_targets_refused(
    indicator: Indicator, kind: TargetKind, figure: Decimal, code: str
) -> None:
    assert [i.code for i in check_target(indicator, kind, figure)] == [code]


@pytest.mark.parametrize(
    ("indicator", "kind", "figure"),
    [
        (RETAIL, TargetKind.GROWTH, D(-100)),
        (RETAIL, TargetKind.GROWTH, D(0)),
        (POINTS, TargetKind.NEW_UNITS, D(4000)),
        (RATE, TargetKind.SHARE, D(100)),
        (TRAINING, TargetKind.ABSOLUTE, D(100000)),
    ],
)
def test_targets_accepted(indicator: Indicator, kind: TargetKind, figure: Decimal) -> None:
    assert check_target(indicator, kind, figure) == []


# --- splits ----------------------------------------------------------------------------------------
def test_targets_split_equal_puts_remainder_on_the_first_parts() -> None:
    assert split_equal(D(10), ["a", "b", "c"], 0) == {"a": D(4), "b": D(3), "c": D(3)}
    assert split_equal(D("1.00"), ["a", "b", "c"], 2) == {
        "a": D("0.34"),
        "b": D("0.33"),
        "c": D("0.33"),
    }


def test_targets_split_proportional_remainder_on_the_largest() -> None:
    # 100 in proportion to 1 : 1 : 2 → 25, 25, 50; 10 in proportion 1 : 1 : 1 → 4, 3, 3;
    # 7 in proportion 1 : 2 : 4 → 1, 2, 4 exactly.
    assert split_proportional(D(100), {"a": D(1), "b": D(1), "c": D(2)}, 0) == {
        "a": D(25),
        "b": D(25),
        "c": D(50),
    }
    # 10 in proportion 2 : 3 : 5 at 0 decimals: 2, 3, 5; 11: 2.2, 3.3, 5.5 → 2, 3, 5 + 1 on c
    assert split_proportional(D(11), {"a": D(2), "b": D(3), "c": D(5)}, 0) == {
        "a": D(2),
        "b": D(3),
        "c": D(6),
    }


def test_targets_split_proportional_refused_without_last_year() -> None:
    with pytest.raises(DomainError) as refused:
        split_proportional(D(10), {"a": D(1), "b": None}, 0)
    assert refused.value.issue.code == "target_split_weight_missing"
    assert refused.value.issue.params["regions"] == "b"
    with pytest.raises(DomainError) as zero:
        split_proportional(D(10), {"a": D(0), "b": D(0)}, 0)
    assert zero.value.issue.code == "target_split_weights_zero"


def test_targets_split_by_hand_that_does_not_add_up_is_refused() -> None:
    issues = check_split(D("100.00"), {"a": D("40.00"), "b": D("57.00")}, 2)
    assert [i.code for i in issues] == ["target_split_mismatch"]
    assert issues[0].params["difference"] == "-3.00"
    assert check_split(D("100.00"), {"a": D("43.00"), "b": D("57.00")}, 2) == []
    assert [i.code for i in check_split(D(10), {"a": D("9.5"), "b": D("0.5")}, 0)] == [
        "target_split_part",
        "target_split_part",
    ]


@given(
    whole=st.integers(min_value=0, max_value=10**8),
    weights=st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=12),
    scale=st.integers(min_value=0, max_value=2),
)
@EXAMPLES
def test_targets_splits_add_up_and_stay_near_the_exact_share(
    whole: int, weights: list[int], scale: int
) -> None:
    amount = D(whole).scaleb(-scale)
    quantum = D(1).scaleb(-scale)
    codes = [f"r{i}" for i in range(len(weights))]
    equal = split_equal(amount, codes, scale)
    assert sum(equal.values()) == amount
    assert max(equal.values()) - min(equal.values()) <= quantum
    if sum(weights) == 0:
        return
    parts = split_proportional(amount, dict(zip(codes, map(D, weights), strict=True)), scale)
    assert list(parts) == codes
    assert sum(parts.values()) == amount
    total = sum(weights)
    for code, w in zip(codes, weights, strict=True):
        exact = amount * w / total
        assert abs(parts[code] - exact) < quantum  # never more than one quantum off
        assert parts[code] == parts[code].quantize(quantum)


# --- a sheet and a set file ---------------------------------------------------------------------------
def test_targets_sheet_rows_read_with_full_width_and_numbers() -> None:
    from desktop_app.domain.target_sets import read_sheet_rows

    rows = [
        (1, ("2016年目标",)),
        (2, ("地区代码", "指标代码", "年份", "类型", "目标", "说明")),
        (3, (511921.0, "c02", 2016.0, "增长率", 20.0, " 市定 ")),
        (4, ("５１１９２２", "A08", "２０１６", None, "１５", None)),
        (5, ("511921", "D02", "去年", None, 1, None)),
        (6, ("511921", "D02", 2016, "翻番", 1, None)),
        (7, (None, None, None)),
    ]
    found, refused = read_sheet_rows(rows)
    assert [(t.line, t.region, t.indicator, t.year, t.kind, t.text, t.note) for t in found] == [
        (3, "511921", "C02", 2016, TargetKind.GROWTH, "20", "市定"),
        (4, "511922", "A08", 2016, None, "１５", ""),
    ]
    assert [(line, i.code, i.params["name"]) for line, i in refused] == [
        (5, "target_sheet_cell", "年份"),
        (6, "target_sheet_cell", "类型"),
    ]


def test_targets_sheet_without_its_header_is_refused() -> None:
    from desktop_app.domain.target_sets import read_sheet_rows

    with pytest.raises(DomainError) as refused:
        read_sheet_rows([(1, ("指标代码", "目标")), (2, ("C02", 1))])
    assert refused.value.issue.code == "target_sheet_header"
    assert "地区代码" in refused.value.issue.params["columns"]


@pytest.mark.parametrize(
    ("text", "entry", "name"),
    [
        ('format = 2\nregion = "510000"\nyear = 2016\ndocument = "x"', "format", "format"),
        ('format = 1\nregion = "510000"\nyear = "2016"\ndocument = "x"', "year", "year"),
        (
            'format = 1\nregion = "510000"\nyear = 2016\ndocument = "x"\n[[target]]\n'
            'indicator = "C02"\nkind = "double"\nfigure = "1"\nitem = "1"\nquote = "q"',
            "[[target]] #1 (C02)",
            "kind",
        ),
        (
            'format = 1\nregion = "510000"\nyear = 2016\ndocument = "x"\n[[target]]\n'
            'indicator = "C02"\nkind = "growth"\nfigure = 25\nitem = "1"\nquote = "q"',
            "[[target]] #1 (C02)",
            "figure",
        ),
        (
            'format = 1\nregion = "510000"\nyear = 2016\ndocument = "x"\n[[target]]\n'
            'indicator = "C02"\nkind = "growth"\nfigure = "25"\nquote = "q"',
            "[[target]] #1 (C02)",
            "item",
        ),
    ],
)
def test_targets_set_file_errors_name_the_entry_and_field(text: str, entry: str, name: str) -> None:
    from desktop_app.domain.target_sets import parse_target_set

    with pytest.raises(DomainError) as refused:
        parse_target_set(text.encode("utf-8"))
    assert refused.value.issue.code == "target_file_entry"
    assert (refused.value.issue.params["entry"], refused.value.issue.params["name"]) == (
        entry,
        name,
    )


def test_targets_shipped_set_parses_with_every_item_cited() -> None:
    from pathlib import Path

    from desktop_app.domain.target_sets import parse_target_set

    path = Path(__file__).resolve().parents[2] / "resources" / "targets" / "sichuan_2016.toml"
    found = parse_target_set(path.read_bytes())
    assert (found.region, found.year, found.document) == ("510000", 2016, "川办函〔2016〕21号")
    assert len(found.targets) == 9 and len(found.unmapped) == 6
    assert all(t.item and t.quote for t in found.targets)
    a08 = next(t for t in found.targets if t.indicator == "A08")
    assert (a08.kind, a08.figure, a08.item) == (TargetKind.NEW_UNITS, D(4000), "第28项")
    assert "4000" in a08.quote  # the figure is the document's own


@given(
    base=st.integers(min_value=0, max_value=10**6),
    now=st.integers(min_value=0, max_value=2 * 10**6),
    new=st.integers(min_value=1, max_value=10**5),
    month=st.integers(min_value=1, max_value=12),
)
@EXAMPLES
def test_targets_new_units_match_reference(base: int, now: int, new: int, month: int) -> None:
    found = assess(
        POINTS,
        Target(TargetKind.NEW_UNITS, D(new)),
        now=D(now),
        end_month=month,
        last_year=LastYear(total=D(base)),
    )
    # Reference: the units added since last year's end against the units the target adds.
    assert found.goal == base + new
    assert found.done == now - base
    assert found.progress == one_decimal(D(now - base) * 100 / new)
    assert found.pace == one_decimal(D(month * 100) / 12)
    assert found.behind == (found.progress < found.pace)


@given(
    months=st.lists(st.integers(min_value=0, max_value=10**6), min_size=12, max_size=12),
    month=st.integers(min_value=1, max_value=12),
)
@EXAMPLES
def test_targets_seasonal_pace_is_last_years_share_by_this_month(
    months: list[int], month: int
) -> None:
    total = sum(months)
    by_now = sum(months[:month])
    found = assess(
        TRAINING,
        Target(TargetKind.ABSOLUTE, D(1000)),
        now=D(0),
        end_month=month,
        last_year=LastYear(total=D(total), to_date=D(by_now)),
    )
    if total == 0:  # no shape to follow: straight-line
        assert found.pace_basis is PaceBasis.STRAIGHT
        assert found.pace == one_decimal(D(month * 100) / 12)
    else:
        assert found.pace_basis is PaceBasis.SEASONAL
        assert found.pace == one_decimal(D(by_now * 100) / total)
        if month == 12:
            assert found.pace == D("100.0")


def test_targets_children_total_adds_parts_of_the_matching_kind() -> None:
    from desktop_app.domain.targets import children_total

    whole = Target(TargetKind.NEW_UNITS, D(10))
    parts = [Target(TargetKind.NEW_UNITS, D(4)), Target(TargetKind.ABSOLUTE, D(6)), None]
    found = children_total(whole, D(85), parts)
    assert found is not None
    assert (found.whole, found.total, found.counted, found.expected) == (D(10), D(4), 1, 3)
    assert not found.complete and not found.adds_up
    growth = children_total(
        Target(TargetKind.GROWTH, D(30)),
        D("130.00"),
        [
            Target(TargetKind.ABSOLUTE, D("100.00")),
            Target(TargetKind.ABSOLUTE, D("30.00")),
        ],
    )
    assert growth is not None and growth.adds_up  # a growth target's parts add up to its goal
    assert children_total(Target(TargetKind.GROWTH, D(30)), None, []) is None
    assert children_total(Target(TargetKind.SHARE, D(60)), D(60), []) is None
