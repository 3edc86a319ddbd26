"""Maps over a real store: the counties' figures are the grid's, classed as the issue says.

巴中市 (511900) has five counties; four key something in March 2016, 平昌县 (511923) nothing, and
a county-level unit a clerk added (511990) has figures but no polygon. Expected classes come
from the breaks worked out here by hand, the figures from FigureService (the grid's).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.domain.maps import FillState, LegendKind, MapMeasure, MapPicture, ScaleKind
from desktop_app.domain.periods import Period
from desktop_app.services.figures import FigureService
from desktop_app.services.maps import MapService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.services.targets import TargetService
from desktop_app.services.values import ValueService

D = Decimal
MARCH = Period.month(2016, 3)
ADDED = ("511990", "测试行委")


@pytest.fixture
def keyed(store: Store) -> Store:
    RegionQueries(store.sessions).add(*ADDED, "511900")
    v = ValueService(store.sessions, user="t")
    # 网络零售额 (1-N月累计, 万元): this year and last year's March
    for code, now, before in [
        ("511902", "500.00", "400.00"),  # +25.0%
        ("511903", "120.00", "150.00"),  # -20.0%
        ("511921", "400.00", "320.00"),  # +25.0%
        ("511922", "50.00", None),  # no base: 同比 "—"
    ]:
        v.set_text(code, "C02", MARCH, now)
        if before is not None:
            v.set_text(code, "C02", Period.month(2015, 3), before)
    # 行政村覆盖率 from covered and all villages: 80.0, 6.7, 50.0 and (no polygon) 50.0
    for code, covered, villages in [
        ("511921", "40", "50"),
        ("511922", "10", "150"),
        ("511902", "30", "60"),
        (ADDED[0], "5", "10"),
    ]:
        v.set_text(code, "A05", MARCH, covered)
        v.set_text(code, "A06", MARCH, villages)
    targets = TargetService(store.sessions)
    targets.set_text("511921", "C02", 2016, "1000")  # 40.0%
    targets.set_text("511902", "C02", 2016, "2000")  # 25.0%
    return store


def _service(store: Store) -> MapService:
    return MapService(store.sessions, FigureService(store.sessions))


def _fills(picture: MapPicture) -> dict[str, tuple[FillState, Decimal | None, int | None]]:
    return {f.code: (f.state, f.value, f.class_index) for f in picture.fills}


def _check_colours_follow_classes(picture: MapPicture) -> None:
    """Every county with a value has the fill of its class's legend entry; the legend counts
    them."""
    entries = [e for e in picture.legend if e.kind is LegendKind.CLASS]
    for fill in picture.fills:
        if fill.class_index is not None:
            assert fill.fill == entries[fill.class_index].fill
    for i, entry in enumerate(entries):
        assert entry.count == sum(1 for f in picture.fills if f.class_index == i)


def test_map_figures_ratio_classes_in_steps_of_twenty(keyed: Store) -> None:
    picture = _service(keyed).map_of("511900", "A07", MapMeasure.CURRENT, MARCH)
    assert picture.classes.kind is ScaleKind.PERCENT
    grid = FigureService(keyed.sessions)
    for fill in picture.fills:
        figure = grid.figures(fill.code, MARCH).by_code()["A07"].figures.current
        assert fill.value == figure  # the grid's figure, None where it shows none
    # 6.7 to 80.0 in steps of 20: 0–20, 20–40, 40–60, 60–80 (80 in the last), so 80.0 → 4th,
    # 6.7 → 1st, 50.0 → 3rd
    assert [c.label for c in picture.classes.classes] == ["0–20", "20–40", "40–60", "60–80"]
    assert _fills(picture) == {
        "511902": (FillState.VALUE, D("50.0"), 2),
        "511903": (FillState.NOT_REPORTED, None, None),
        "511921": (FillState.VALUE, D("80.0"), 3),
        "511922": (FillState.VALUE, D("6.7"), 0),
        "511923": (FillState.NOT_REPORTED, None, None),
    }
    _check_colours_follow_classes(picture)
    assert all(f.hatched == (f.state is FillState.NOT_REPORTED) for f in picture.fills)
    # the unit without polygon counts among the reported and is named beside the map
    assert (picture.reported, picture.expected) == (4, 6)
    assert picture.not_reported == (("511903", "恩阳区"), ("511923", "平昌县"))
    assert picture.missing_polygons == (ADDED,)
    assert picture.unit == "%" and picture.region_name == "巴中市"
    assert picture.fill_of("511921") is not None
    assert picture.fill_of("511921").value_text == "80.0"  # type: ignore[union-attr]


def test_map_figures_growth_diverges_around_zero(keyed: Store) -> None:
    picture = _service(keyed).map_of("511900", "C02", MapMeasure.YOY_CUMULATIVE, MARCH)
    assert picture.classes.kind is ScaleKind.GROWTH
    # three counties (fewer than ten), one of them falling: two classes below 0 and two above
    # in the largest readable step reaching the rises (25) and the fall (-20) in one: 25, so
    # the breaks are -25, 0, 25; "< -25" holds nobody and goes: -25 ~ 0, 0 ~ 25, ≥ 25
    bounds = [(c.lower, c.upper) for c in picture.classes.classes]
    assert bounds == [(D(-25), D(0)), (D(0), D(25)), (D(25), None)]
    assert _fills(picture) == {
        "511902": (FillState.VALUE, D("25.0"), 2),
        "511903": (FillState.VALUE, D("-20.0"), 0),
        "511921": (FillState.VALUE, D("25.0"), 2),
        "511922": (FillState.NO_FIGURE, None, None),  # reported, no base last year
        "511923": (FillState.NOT_REPORTED, None, None),
    }
    _check_colours_follow_classes(picture)
    assert (picture.reported, picture.expected) == (4, 6)
    kinds = [e.kind for e in picture.legend]
    assert kinds[-2:] == [LegendKind.NO_FIGURE, LegendKind.NOT_REPORTED]


def test_map_figures_progress_of_the_targets(keyed: Store) -> None:
    picture = _service(keyed).map_of("511900", "C02", MapMeasure.PROGRESS, MARCH)
    below = FigureService(keyed.sessions).figures_below("511900", MARCH, ["511902", "511921"])
    assert below["511921"]["C02"].progress == D("40.0")
    # < 20, 20–40, 40–60, 60–80, 80–100, ≥ 100: 40.0 → 3rd, 25.0 → 2nd
    assert _fills(picture) == {
        "511902": (FillState.VALUE, D("25.0"), 1),
        "511903": (FillState.NO_FIGURE, None, None),  # reported, no target
        "511921": (FillState.VALUE, D("40.0"), 2),
        "511922": (FillState.NO_FIGURE, None, None),
        "511923": (FillState.NOT_REPORTED, None, None),
    }
    _check_colours_follow_classes(picture)


def test_map_figures_amounts_in_quantiles(keyed: Store) -> None:
    picture = _service(keyed).map_of("511900", "C02", MapMeasure.CUMULATIVE, MARCH)
    assert picture.classes.kind is ScaleKind.QUANTILE
    classes = picture.classes.classes
    for fill in picture.fills:
        if fill.value is None:
            continue
        # the class whose legend bounds hold the figure (the last one includes its top)
        lower, upper = classes[fill.class_index or 0].lower, classes[fill.class_index or 0].upper
        last = fill.class_index == len(classes) - 1
        assert lower is not None and upper is not None
        assert lower <= fill.value and (fill.value <= upper if last else fill.value < upper)
    assert _fills(picture)["511921"][1] == D("400.00")
    assert picture.fill_of("511902").value_text == "500.00"  # type: ignore[union-attr]
    assert picture.unit == "万元"
    _check_colours_follow_classes(picture)


def test_map_figures_of_the_province_draw_all_its_counties(keyed: Store) -> None:
    service = _service(keyed)
    picture = service.map_of("510000", "C02", MapMeasure.CUMULATIVE, MARCH)
    assert picture.expected == 184  # 183 GB/T 2260 counties and the unit added
    assert len(picture.shapes.counties) == 183
    assert picture.reported == 4
    assert picture.missing_polygons == (ADDED,)
    assert service.shapes("510000") is picture.shapes  # kept, for the painter's cache
    # a province is drawn on screen from the coarser level, a prefecture from the fine rings
    assert all(c.screen_rings for c in picture.shapes.counties)
    assert not any(c.screen_rings for c in service.shapes("511900").counties)


def test_map_figures_refuse_a_county(keyed: Store) -> None:
    with pytest.raises(DomainError) as refused:
        _service(keyed).map_of("511921", "C02", MapMeasure.CUMULATIVE, MARCH)
    assert refused.value.issue.code == "map_needs_city"


def test_map_figures_indicators_offer_their_measures(keyed: Store) -> None:
    offered = dict((i.code, m) for i, m in _service(keyed).indicators())
    assert offered["A07"] == (MapMeasure.CURRENT, MapMeasure.PROGRESS)
    assert MapMeasure.YOY_CUMULATIVE in offered["C02"]


def test_map_figures_shapes_kept_until_the_counties_change(store: Store) -> None:
    service = _service(store)
    first = service.shapes("511900")
    assert service.shapes("511900") is first
    picture = service.map_of("511900", "C02", MapMeasure.CUMULATIVE, MARCH)
    assert picture.missing_polygons == () and (picture.reported, picture.expected) == (0, 5)
    assert all(f.hatched for f in picture.fills)  # nobody reported: all hatched
    assert [(e.kind, e.count) for e in picture.legend] == [(LegendKind.NOT_REPORTED, 5)]
    RegionQueries(store.sessions).add(*ADDED, "511900")
    picture = service.map_of("511900", "C02", MapMeasure.CUMULATIVE, MARCH)
    assert picture.missing_polygons == (ADDED,) and picture.expected == 6


def test_map_figures_from_figures_the_caller_has(keyed: Store) -> None:
    """A report that ranked the counties hands their figures over: the same picture."""
    service = _service(keyed)
    below = service.figures_of("511900", MARCH)
    assert below == FigureService(keyed.sessions).figures_below(
        "511900", MARCH, ["511902", "511903", "511921", "511922", "511923", ADDED[0]]
    )
    given = service.map_of("511900", "C02", MapMeasure.YOY_CUMULATIVE, MARCH, below=below)
    assert given == service.map_of("511900", "C02", MapMeasure.YOY_CUMULATIVE, MARCH)
    # and it is what it was given that is drawn
    below["511921"] = below["511903"]
    moved = service.map_of("511900", "C02", MapMeasure.YOY_CUMULATIVE, MARCH, below=below)
    assert moved.fill_of("511921").value == D("-20.0")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("indicator", "measure", "grid_measure"),
    [("C02", MapMeasure.CUMULATIVE, "cumulative"), ("A07", MapMeasure.CURRENT, "current")],
)
def test_map_figures_report_n_of_m_as_the_grid_does(
    keyed: Store, indicator: str, measure: MapMeasure, grid_measure: str
) -> None:
    picture = _service(keyed).map_of("511900", indicator, measure, MARCH)
    coverage = FigureService(keyed.sessions).figures("511900", MARCH).by_code()[indicator]
    grid = coverage.coverage[grid_measure]
    assert (picture.reported, picture.expected) == (grid.reported, grid.expected)
    assert sorted(n for _c, n in picture.not_reported) == sorted(grid.missing)


def test_map_figures_mark_a_county_summed_from_part_of_its_townships(store: Store) -> None:
    # Given 通江县 keeping 培训人次 through three townships, only one of which has reported, and
    # 南江县 keying its own
    from desktop_app.domain.regions import RegionLevel
    from desktop_app.persistence.repositories import RegionRepository

    with store.sessions.begin() as session:
        regions = RegionRepository(session)
        county = regions.require("511921")
        for i in (1, 2, 3):
            regions.add(f"511921{i:03d}", f"镇{i}", RegionLevel.TOWNSHIP, county, origin="user")
    values = ValueService(store.sessions, user="t")
    march = Period.month(2016, 3)
    values.set_text("511921001", "D02", march, "10")
    values.set_text("511922", "D02", march, "40")
    # When 巴中市 is mapped by it
    picture = _service(store).map_of("511900", "D02", MapMeasure.CURRENT, march)
    # Then 通江县 is drawn by its 10 but marked and named as incomplete, as the tables' "*";
    # 南江县's 40 is whole
    tongjiang, nanjiang = picture.fill_of("511921"), picture.fill_of("511922")
    assert tongjiang is not None and nanjiang is not None
    assert (tongjiang.value, tongjiang.value_text, tongjiang.incomplete) == (
        Decimal(10),
        "10*",
        True,
    )
    assert (nanjiang.value_text, nanjiang.incomplete) == ("40", False)
    assert picture.incomplete == (("511921", "通江县"),)
