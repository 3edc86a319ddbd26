"""Counts derived from registers, against references written here in another way."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.issues import Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.registers import (
    REGISTERS,
    DerivedCount,
    FieldError,
    Measure,
    RegisterRow,
    check_row,
    derive,
    derive_year_to_date,
    read_field,
    under,
    values_from_json,
    values_to_json,
)

COUNTY = "511921"
TOWNSHIPS = ["511921101", "511921102", "511921103"]
VILLAGES = [t + v for t in TOWNSHIPS for v in ("201", "202")]

LEVELS = ("county", "township", "village")
VILLAGE_POINTS = DerivedCount("service_points", Measure.OPEN_AT_END, where=(("level", "village"),))
POOR_VILLAGE_POINTS = DerivedCount(
    "service_points", Measure.OPEN_AT_END, where=(("level", "village"), ("poor_village", True))
)
VILLAGES_COVERED = DerivedCount(
    "service_points", Measure.PLACES_AT_END, where=(("level", "village"),)
)
ATTENDEES = DerivedCount("training", Measure.SUM_IN_PERIOD, summed="attendees")
POOR_ATTENDEES = DerivedCount("training", Measure.SUM_IN_PERIOD, summed="poor_attendees")
SESSIONS = DerivedCount("training", Measure.COUNT_IN_PERIOD)


def service_point(
    level: str, code: str, opened: date | None, closed: date | None, poor: bool = False
) -> RegisterRow:
    values = {
        "name": "点",
        "level": level,
        "opened": opened,
        "closed": closed,
        "poor_village": poor,
    }
    return RegisterRow("service_points", code, values)


def point(
    opened: date | None,
    closed: date | None = None,
    *,
    code: str = VILLAGES[0],
    level: str = "village",
    poor: bool = False,
) -> RegisterRow:
    return service_point(level, code, opened, closed, poor)


def training(
    started: date, ended: date, topic: str, code: str, attendees: int, poor: int = 0
) -> RegisterRow:
    values = {
        "topic": topic,
        "started": started,
        "ended": ended,
        "attendees": attendees,
        "poor_attendees": poor,
    }
    return RegisterRow("training", code, values)


def everywhere(_code: str) -> bool:
    return True


def test_a_month_end_counts_the_points_open_on_its_last_day() -> None:
    march = Period.month(2024, 3)
    points = [
        point(date(2024, 1, 10)),  # open since January
        point(date(2024, 3, 5), date(2024, 3, 20)),  # opened and closed inside March
        point(date(2024, 3, 31)),  # opened on the last day
        point(date(2024, 2, 1), date(2024, 3, 31)),  # closed on the last day: not at the end
        point(date(2024, 2, 1), date(2024, 4, 1)),  # closed the day after: still open
        point(date(2024, 4, 1)),  # opened after
        point(None),  # no opening date: never counted
        point(date(2024, 1, 1), code=TOWNSHIPS[0], level="township"),  # a station
        point(date(2024, 1, 1), poor=True),
    ]
    # open at the end of 31 March: the January one, the one opened on the 31st, the one closed
    # on 1 April, the poor village's
    assert derive(VILLAGE_POINTS, points, march, everywhere) == 4
    assert derive(POOR_VILLAGE_POINTS, points, march, everywhere) == 1
    # 29 February 2024: the January one, the two opened on 1 February, the poor village's
    assert derive(VILLAGE_POINTS, points, Period.month(2024, 2), everywhere) == 4
    # a quarter and a year are counted on their own last day, like their last month
    assert derive(VILLAGE_POINTS, points, Period.quarter(2024, 1), everywhere) == 4
    # 31 December: the one closed on 1 April has gone, the one opened on 1 April is there
    assert derive(VILLAGE_POINTS, points, Period.whole_year(2024), everywhere) == 4
    assert derive(VILLAGE_POINTS, points, Period.month(2024, 4), everywhere) == 4
    assert derive(VILLAGE_POINTS, points, Period.month(2023, 12), everywhere) == 0


def test_attendees_are_summed_over_a_quarter_by_the_sessions_last_day() -> None:
    def session(start: date, end: date, attendees: int, poor: int = 0) -> RegisterRow:
        return training(start, end, "直播带货", TOWNSHIPS[0], attendees, poor)

    sessions = [
        session(date(2024, 1, 8), date(2024, 1, 9), 40, 12),
        session(date(2024, 3, 30), date(2024, 4, 2), 25, 5),  # ends in the second quarter
        session(date(2023, 12, 30), date(2024, 1, 2), 30, 0),  # ends in the first
        session(date(2024, 3, 31), date(2024, 3, 31), 15, 15),
    ]
    q1 = Period.quarter(2024, 1)
    assert derive(ATTENDEES, sessions, q1, everywhere) == 85
    assert derive(POOR_ATTENDEES, sessions, q1, everywhere) == 27
    assert derive(SESSIONS, sessions, q1, everywhere) == 3
    assert derive(ATTENDEES, sessions, Period.quarter(2024, 2), everywhere) == 25
    assert derive(ATTENDEES, sessions, Period.month(2024, 1), everywhere) == 70


def test_under_takes_a_region_and_every_region_below_it() -> None:
    assert under(COUNTY)("511921101201")
    assert under(COUNTY)(COUNTY)
    assert not under(COUNTY)("511922101201")
    assert under("511900")("511921101")  # a prefecture's counties
    assert under("510000")("513401")  # a province's
    assert not under("510000")("500101")
    assert under(TOWNSHIPS[0])(VILLAGES[0])
    assert not under(TOWNSHIPS[0])(VILLAGES[2])


def test_a_rule_sums_only_what_it_sums() -> None:
    with pytest.raises(ValueError):
        DerivedCount("training", Measure.SUM_IN_PERIOD)
    with pytest.raises(ValueError):
        DerivedCount("training", Measure.OPEN_AT_END, summed="attendees")


# --- properties against references that work another way ---------------------------------------


def month_end(year: int, month: int) -> date:
    """The last day of a month: the day before the first of the next."""
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


ANY_DAY = st.dates(min_value=date(2022, 11, 1), max_value=date(2025, 2, 28))
PERIODS = st.one_of(
    st.builds(Period.month, st.integers(2023, 2024), st.integers(1, 12)),
    st.builds(Period.quarter, st.integers(2023, 2024), st.integers(1, 4)),
    st.builds(Period.half_year, st.integers(2023, 2024), st.integers(1, 2)),
    st.builds(Period.whole_year, st.integers(2023, 2024)),
)


def edges(period: Period) -> list[date]:
    """The days where an off-by-one hides: either side of the period's first and last day."""
    first = date(period.year, period.start_month, 1)
    last = month_end(period.year, period.end_month)
    return [first - timedelta(days=1), first, last, last + timedelta(days=1)]


@st.composite
def service_points(draw: st.DrawFn, period: Period) -> RegisterRow:
    days = st.one_of(ANY_DAY, st.sampled_from(edges(period)))
    opened = draw(st.one_of(st.none(), days))
    closed = draw(st.one_of(st.none(), days))
    if opened is not None and closed is not None and closed <= opened:
        closed = None
    level = draw(st.sampled_from(LEVELS))
    code = {
        "county": COUNTY,
        "township": draw(st.sampled_from(TOWNSHIPS)),
        "village": draw(st.sampled_from(VILLAGES)),
    }[level]
    return service_point(level, code, opened, closed, draw(st.booleans()))


@st.composite
def registers(draw: st.DrawFn) -> tuple[Period, list[RegisterRow]]:
    period = draw(PERIODS)
    return period, draw(st.lists(service_points(period), max_size=25))


def open_by_sweep(points: list[RegisterRow], level: str, day: date) -> int:
    """Replay the events in date order: +1 on an opening day, -1 on a closing day, up to `day`."""
    events: list[tuple[date, int]] = []
    for p in points:
        opened, closed = p.values["opened"], p.values["closed"]
        if p.values["level"] != level or opened is None:
            continue
        events.append((opened, 1))
        if closed is not None:
            events.append((closed, -1))
    count = 0
    for when, step in sorted(events):
        if when > day:
            break
        count += step
    return count


@settings(max_examples=60, deadline=None)
@given(register=registers())
def test_open_points_agree_with_a_replay_of_openings_and_closings(
    register: tuple[Period, list[RegisterRow]],
) -> None:
    period, points = register
    last = month_end(period.year, period.end_month)
    for level in LEVELS:
        rule = DerivedCount("service_points", Measure.OPEN_AT_END, where=(("level", level),))
        assert derive(rule, points, period, everywhere) == open_by_sweep(points, level, last)
    # the villages covered: each village with a point open on the last day, counted once
    covered = {
        p.region_code
        for p in points
        if p.values["level"] == "village" and open_by_sweep([p], "village", last) == 1
    }
    assert derive(VILLAGES_COVERED, points, period, everywhere) == len(covered)
    # a stock's 1-N月累计 is the figure at the period's end
    assert derive_year_to_date(VILLAGE_POINTS, points, period, everywhere) == derive(
        VILLAGE_POINTS, points, period, everywhere
    )


@settings(max_examples=60, deadline=None)
@given(register=registers())
def test_townships_and_the_county_itself_add_up_to_the_county(
    register: tuple[Period, list[RegisterRow]],
) -> None:
    period, points = register
    last = month_end(period.year, period.end_month)
    for rule in (VILLAGE_POINTS, POOR_VILLAGE_POINTS):
        county = derive(rule, points, period, under(COUNTY))
        by_township = sum(derive(rule, points, period, under(t)) for t in TOWNSHIPS)
        at_county = derive(rule, points, period, lambda code: code == COUNTY)
        assert county == by_township + at_county
        # and the county's figure is the register filtered by county, counted here by hand
        by_hand = [
            p
            for p in points
            if p.region_code.startswith(COUNTY)
            and p.values["level"] == "village"
            and (rule is VILLAGE_POINTS or p.values["poor_village"])
            and p.values["opened"] is not None
            and p.values["opened"] <= last
            and (p.values["closed"] is None or last < p.values["closed"])
        ]
        assert county == len(by_hand)


@st.composite
def trainings(draw: st.DrawFn) -> tuple[Period, list[RegisterRow]]:
    period = draw(PERIODS)
    days = st.one_of(ANY_DAY, st.sampled_from(edges(period)))
    sessions = []
    for _ in range(draw(st.integers(0, 25))):
        ended = draw(days)
        started = ended - timedelta(days=draw(st.integers(0, 5)))
        attendees = draw(st.integers(0, 500))
        poor = draw(st.integers(0, attendees))
        township = draw(st.sampled_from(TOWNSHIPS))
        sessions.append(training(started, ended, "培训", township, attendees, poor))
    return period, sessions


@settings(max_examples=60, deadline=None)
@given(training=trainings())
def test_attendees_agree_with_month_by_month_sums(
    training: tuple[Period, list[RegisterRow]],
) -> None:
    period, sessions = training
    months = {(period.year, m) for m in range(period.start_month, period.end_month + 1)}
    ended = [(s.values["ended"], s.values["attendees"]) for s in sessions]
    expected = sum(n for day, n in ended if (day.year, day.month) in months)
    assert derive(ATTENDEES, sessions, period, everywhere) == Decimal(expected)
    assert derive(SESSIONS, sessions, period, everywhere) == sum(
        1 for day, _n in ended if (day.year, day.month) in months
    )
    # 1-N月累计: every month from January to the period's last, summed month by month
    to_date = sum(
        derive(ATTENDEES, sessions, Period.month(period.year, m), everywhere)
        for m in range(1, period.end_month + 1)
    )
    assert derive_year_to_date(ATTENDEES, sessions, period, everywhere) == to_date


# --- rows the register refuses -------------------------------------------------------------------


def codes(issues: list[Issue]) -> set[str]:
    return {issue.code for issue in issues}


def test_a_service_point_is_refused_with_every_reason() -> None:
    good = point(date(2024, 1, 1))
    assert check_row(good) == []
    bad = RegisterRow(
        "service_points",
        TOWNSHIPS[0],
        {"name": None, "level": "village", "opened": date(2024, 3, 1), "closed": date(2024, 3, 1)},
    )
    assert codes(check_row(bad)) == {
        "register_name_missing",
        "register_ended_before_began",
        "register_point_region_level",
    }
    assert codes(check_row(point(None))) == {"register_field_missing"}


def test_a_training_session_is_refused_with_every_reason() -> None:
    good = training(date(2024, 1, 1), date(2024, 1, 2), "培训", COUNTY, 10, 3)
    assert check_row(good) == []
    bad = RegisterRow(
        "training",
        COUNTY,
        {
            "started": date(2024, 1, 2),
            "ended": date(2024, 1, 1),
            "attendees": 10,
            "poor_attendees": 11,
        },
    )
    assert codes(check_row(bad)) == {
        "register_name_missing",
        "register_ended_before_began",
        "register_part_exceeds_whole",
    }


SPEC = REGISTERS["service_points"]


@pytest.mark.parametrize(
    ("key", "cell", "read"),
    [
        ("opened", "2024-03-05", date(2024, 3, 5)),
        ("opened", "２０２４年３月５日", date(2024, 3, 5)),  # full-width, as typed in Chinese
        ("opened", "2024.3.5", date(2024, 3, 5)),
        ("opened", "20240305", date(2024, 3, 5)),
        ("funded_amount", "１２．５", Decimal("12.5")),
        ("funded_amount", 3.1, Decimal("3.1")),  # a float from a workbook, without its binary tail
        ("funded_year", "２０２３", 2023),
        ("poor_village", "是", True),
        ("poor_village", "否", False),
        ("level", "village", "village"),
        ("name", "  龙泉村服务点 ", "龙泉村服务点"),
        ("closed", "  ", None),
        ("longitude", "107.2471", Decimal("107.2471")),
        ("longitude", "１０７．２４７１°", Decimal("107.2471")),  # full-width, a degree sign
        ("longitude", 107.2471, Decimal("107.2471")),  # a float from a workbook
        ("latitude", "31.91", Decimal("31.91")),
        ("latitude", "", None),
    ],
)
def test_a_cell_is_read_as_its_field(key: str, cell: object, read: object) -> None:
    assert read_field(SPEC.field(key), cell) == read


@pytest.mark.parametrize(
    ("key", "cell", "code"),
    [
        ("opened", "2024-02-30", "register_bad_date"),
        ("opened", "去年", "register_bad_date"),
        ("funded_amount", "十万", "register_bad_number"),
        ("funded_amount", "-3", "register_negative_number"),
        ("funded_year", "2023.5", "register_not_whole"),
        ("funded_year", "1800", "register_bad_year"),
        ("poor_village", "也许", "register_bad_flag"),
        ("level", "省级", "register_bad_choice"),
        ("longitude", "107°14′", "register_bad_degrees"),  # degrees and minutes
        ("longitude", "东经107", "register_bad_degrees"),
        ("longitude", "31.91", "register_outside_china"),  # a latitude typed as the longitude
        ("longitude", "-107.2", "register_outside_china"),
        ("longitude", "136.5", "register_outside_china"),
        ("latitude", "107.2471", "register_outside_china"),
        ("latitude", "2.5", "register_outside_china"),
        ("latitude", "54.1", "register_outside_china"),
    ],
)
def test_a_cell_that_is_not_its_field_says_why(key: str, cell: object, code: str) -> None:
    with pytest.raises(FieldError) as raised:
        read_field(SPEC.field(key), cell)
    assert raised.value.code == code


@pytest.mark.parametrize(
    ("longitude", "latitude", "half"),
    [
        (Decimal("107.2"), Decimal("31.9"), False),
        (None, None, False),
        (Decimal("107.2"), None, True),
        (None, Decimal("31.9"), True),
    ],
)
def test_a_service_point_gives_both_coordinates_or_neither(
    longitude: Decimal | None, latitude: Decimal | None, half: bool
) -> None:
    values = {"name": "龙泉村服务点", "level": "county", "opened": date(2024, 1, 5)}
    values |= {k: v for k, v in (("longitude", longitude), ("latitude", latitude)) if v}
    codes = [issue.code for issue in check_row(RegisterRow("service_points", "511921", values))]
    assert codes == (["register_half_coordinates"] if half else [])


def test_a_choice_may_be_given_by_its_shown_name() -> None:
    assert read_field(SPEC.field("level"), "村级点", {"村级点": "village"}) == "village"


def test_values_survive_the_stored_form() -> None:
    values = {
        "name": "点",
        "level": "village",
        "opened": date(2024, 1, 2),
        "poor_village": True,
        "funded_amount": Decimal("12.3456"),
        "funded_year": 2023,
        "longitude": Decimal("107.2471"),
        "latitude": Decimal("31.9100"),
    }
    assert values_from_json(SPEC, values_to_json(SPEC, values)) == values


def test_a_rule_names_a_register_and_fields_it_has() -> None:
    with pytest.raises(ValueError):
        DerivedCount("nothing", Measure.COUNT_IN_PERIOD)
    with pytest.raises(ValueError):
        DerivedCount("training", Measure.OPEN_AT_END)  # sessions have no span
    with pytest.raises(ValueError):
        DerivedCount("service_points", Measure.OPEN_AT_END, where=(("level", "province"),))
    with pytest.raises(ValueError):
        DerivedCount("training", Measure.SUM_IN_PERIOD, summed="topic")
    rule = DerivedCount.from_mapping(
        {"register": "service_points", "measure": "open_at_end", "where": {"level": "village"}}
    )
    assert DerivedCount.from_json(rule.to_json()) == rule


def test_every_heading_title_and_choice_is_listed_for_translation() -> None:
    from desktop_app.i18n import REGISTER_TEXTS

    wanted = set()
    for spec in REGISTERS.values():
        wanted.add(spec.title)
        for fs in spec.fields:
            wanted.add(fs.label)
            wanted.update(label for _key, label in fs.choices)
    assert wanted == set(REGISTER_TEXTS)


def test_a_row_named_by_a_choice_is_called_by_its_label_in_sentences() -> None:
    from desktop_app.i18n import issue_message, set_language

    set_language("zh_CN")
    issue = Issue(
        "register_row_changed_since",
        params={"name": "poor_village", "who": "李四", "register": "designations"},
    )
    assert "贫困村" in issue_message(issue) and "poor_village" not in issue_message(issue)
    retire = Issue(
        "region_retire_has_rows",
        params={
            "code": "511921101201",
            "name": "龙泉村",
            "day": "2024-06-30",
            "register": "designations",
            "row": "poor_village",
        },
    )
    assert "龙泉村" in issue_message(retire) and "poor_village" not in issue_message(retire)
