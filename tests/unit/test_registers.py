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
    DerivedCount,
    Measure,
    PointLevel,
    ServicePoint,
    TrainingSession,
    check_service_point,
    check_training,
    derive,
    under,
)

COUNTY = "511921"
TOWNSHIPS = ["511921101", "511921102", "511921103"]
VILLAGES = [t + v for t in TOWNSHIPS for v in ("201", "202")]

VILLAGE_POINTS = DerivedCount("service_points", Measure.OPEN_AT_END, where={"level": "village"})
POOR_VILLAGE_POINTS = DerivedCount(
    "service_points", Measure.OPEN_AT_END, where={"level": "village", "poor_village": True}
)
ATTENDEES = DerivedCount("training", Measure.SUM_IN_PERIOD, summed="attendees")
POOR_ATTENDEES = DerivedCount("training", Measure.SUM_IN_PERIOD, summed="poor_attendees")
SESSIONS = DerivedCount("training", Measure.COUNT_IN_PERIOD)


def point(
    opened: date | None,
    closed: date | None = None,
    *,
    code: str = VILLAGES[0],
    level: PointLevel = PointLevel.VILLAGE,
    poor: bool = False,
) -> ServicePoint:
    return ServicePoint("点", level, code, opened, closed, poor_village=poor)


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
        point(date(2024, 1, 1), code=TOWNSHIPS[0], level=PointLevel.TOWNSHIP),  # a station
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
    def session(start: date, end: date, attendees: int, poor: int = 0) -> TrainingSession:
        return TrainingSession(start, end, "直播带货", TOWNSHIPS[0], attendees, poor)

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
def service_points(draw: st.DrawFn, period: Period) -> ServicePoint:
    days = st.one_of(ANY_DAY, st.sampled_from(edges(period)))
    opened = draw(st.one_of(st.none(), days))
    closed = draw(st.one_of(st.none(), days))
    if opened is not None and closed is not None and closed <= opened:
        closed = None
    level = draw(st.sampled_from(list(PointLevel)))
    code = {
        PointLevel.COUNTY: COUNTY,
        PointLevel.TOWNSHIP: draw(st.sampled_from(TOWNSHIPS)),
        PointLevel.VILLAGE: draw(st.sampled_from(VILLAGES)),
    }[level]
    return ServicePoint("点", level, code, opened, closed, poor_village=draw(st.booleans()))


@st.composite
def registers(draw: st.DrawFn) -> tuple[Period, list[ServicePoint]]:
    period = draw(PERIODS)
    return period, draw(st.lists(service_points(period), max_size=25))


def open_by_sweep(points: list[ServicePoint], level: str, day: date) -> int:
    """Replay the events in date order: +1 on an opening day, -1 on a closing day, up to `day`."""
    events: list[tuple[date, int]] = []
    for p in points:
        if p.level.value != level or p.opened is None:
            continue
        events.append((p.opened, 1))
        if p.closed is not None:
            events.append((p.closed, -1))
    count = 0
    for when, step in sorted(events):
        if when > day:
            break
        count += step
    return count


@settings(max_examples=60, deadline=None)
@given(register=registers())
def test_open_points_agree_with_a_replay_of_openings_and_closings(
    register: tuple[Period, list[ServicePoint]],
) -> None:
    period, points = register
    last = month_end(period.year, period.end_month)
    for level in PointLevel:
        rule = DerivedCount("service_points", Measure.OPEN_AT_END, where={"level": level.value})
        assert derive(rule, points, period, everywhere) == open_by_sweep(points, level.value, last)


@settings(max_examples=60, deadline=None)
@given(register=registers())
def test_townships_and_the_county_itself_add_up_to_the_county(
    register: tuple[Period, list[ServicePoint]],
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
            and p.level is PointLevel.VILLAGE
            and (rule is VILLAGE_POINTS or p.poor_village)
            and p.opened is not None
            and p.opened <= last
            and (p.closed is None or last < p.closed)
        ]
        assert county == len(by_hand)


@st.composite
def trainings(draw: st.DrawFn) -> tuple[Period, list[TrainingSession]]:
    period = draw(PERIODS)
    days = st.one_of(ANY_DAY, st.sampled_from(edges(period)))
    sessions = []
    for _ in range(draw(st.integers(0, 25))):
        ended = draw(days)
        started = ended - timedelta(days=draw(st.integers(0, 5)))
        attendees = draw(st.integers(0, 500))
        poor = draw(st.integers(0, attendees))
        township = draw(st.sampled_from(TOWNSHIPS))
        sessions.append(TrainingSession(started, ended, "培训", township, attendees, poor))
    return period, sessions


@settings(max_examples=60, deadline=None)
@given(training=trainings())
def test_attendees_agree_with_month_by_month_sums(
    training: tuple[Period, list[TrainingSession]],
) -> None:
    period, sessions = training
    months = {(period.year, m) for m in range(period.start_month, period.end_month + 1)}
    expected = sum(s.attendees for s in sessions if (s.ended.year, s.ended.month) in months)
    assert derive(ATTENDEES, sessions, period, everywhere) == Decimal(expected)
    assert derive(SESSIONS, sessions, period, everywhere) == sum(
        1 for s in sessions if (s.ended.year, s.ended.month) in months
    )


# --- rows the register refuses -------------------------------------------------------------------


def codes(issues: list[Issue]) -> set[str]:
    return {issue.code for issue in issues}


def test_a_service_point_is_refused_with_every_reason() -> None:
    good = point(date(2024, 1, 1))
    assert check_service_point(good) == []
    bad = ServicePoint(" ", PointLevel.VILLAGE, TOWNSHIPS[0], date(2024, 3, 1), date(2024, 3, 1))
    assert codes(check_service_point(bad)) == {
        "register_name_missing",
        "register_closed_before_opened",
        "register_point_region_level",
    }
    assert codes(check_service_point(point(None))) == {"register_opened_missing"}


def test_a_training_session_is_refused_with_every_reason() -> None:
    good = TrainingSession(date(2024, 1, 1), date(2024, 1, 2), "培训", COUNTY, 10, 3)
    assert check_training(good) == []
    bad = TrainingSession(date(2024, 1, 2), date(2024, 1, 1), "", COUNTY, 10, 11)
    assert codes(check_training(bad)) == {
        "register_name_missing",
        "register_ended_before_started",
        "register_part_exceeds_whole",
    }
    negative = TrainingSession(date(2024, 1, 1), date(2024, 1, 1), "培训", COUNTY, -1, 0)
    assert codes(check_training(negative)) == {
        "register_negative",
        "register_part_exceeds_whole",
    }
