"""Registers on a real SQLite file: rows with their history, imports planned then applied in one
transaction or not at all, and the return's counts derived from them (issue 12).

Every expected figure is counted here by hand from the rows the test wrote, never by the
program's own functions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, func, select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.persistence.models import RegisterAuditRecord, RegisterEntryRecord
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.registers import ImportRow, RegisterService, RowStatus
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService

COUNTY = "511921"  # 通江县
T1, T2 = "511921101", "511921102"
V11, V12, V21 = T1 + "201", T1 + "202", T2 + "201"


@pytest.fixture
def county(store: Store) -> Store:
    regions = RegionQueries(store.sessions)
    regions.add(T1, "江口镇", COUNTY)
    regions.add(T2, "云台镇", COUNTY)
    regions.add(V11, "龙泉村", T1)
    regions.add(V12, "金宝村", T1)
    regions.add(V21, "白衣村", T2)
    return store


def point(
    name: str, level: str, opened: date, closed: date | None = None, poor: bool = False
) -> dict[str, Any]:
    return {"name": name, "level": level, "opened": opened, "closed": closed, "poor_village": poor}


def entries(store: Store) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count(RegisterEntryRecord.id))) or 0)


def current(store: Store, code: str, indicator: str, period: Period) -> object:
    return FigureService(store.sessions).figures(code, period).by_code()[indicator].figures


# --- derived counts ---------------------------------------------------------------------------------
def test_month_end_counts_follow_openings_and_closings_inside_the_month(county: Store) -> None:
    registers = RegisterService(county.sessions, "张三")
    rows = [
        (V11, point("龙泉村服务点", "village", date(2024, 1, 5))),
        (V12, point("金宝村服务点", "village", date(2024, 3, 10), date(2024, 3, 20))),
        (V12, point("金宝村新点", "village", date(2024, 3, 31), poor=True)),
        (V21, point("白衣村服务点", "village", date(2024, 2, 1), date(2024, 3, 31), poor=True)),
        (V21, point("白衣村二点", "village", date(2024, 2, 1), date(2024, 4, 1))),
        (T1, point("江口镇服务站", "township", date(2023, 6, 1))),
        (COUNTY, point("平昌县电商公共服务中心", "county", date(2023, 1, 1))),
    ]
    for code, values in rows:
        registers.add("service_points", code, values)
    registers.set_deriving(COUNTY, ["A01", "A03", "A04", "A04.1", "A05"], 2024, True)

    march = Period.month(2024, 3)
    # Open at the end of 31 March, by hand: 龙泉村服务点, 金宝村新点 (opened on the 31st),
    # 白衣村二点 (closes 1 April); 金宝村服务点 closed inside March, 白衣村服务点 on the 31st.
    assert current(county, COUNTY, "A04", march).current == 3
    assert current(county, COUNTY, "A04.1", march).current == 1  # 金宝村新点
    assert current(county, COUNTY, "A05", march).current == 3  # 龙泉, 金宝, 白衣: one each
    assert current(county, COUNTY, "A03", march).current == 1
    assert current(county, COUNTY, "A01", march).current == 1
    # February: 龙泉村服务点 and the two points of 白衣村
    february = current(county, COUNTY, "A04", Period.month(2024, 2))
    assert february.current == 3
    # 2023 is not derived (nor keyed): no figure, and no 上年同期
    assert current(county, COUNTY, "A04", Period.month(2023, 12)).current is None
    assert current(county, COUNTY, "A04", march).last_year is None
    # April: 白衣村二点 closed on the 1st
    assert current(county, COUNTY, "A04", Period.month(2024, 4)).current == 2

    # By township (乡镇分列): each township's count is its own rows, and they add up to the
    # county's village points (which all sit in townships)
    below = FigureService(county.sessions).figures_below(COUNTY, march, [T1, T2])
    assert below[T1]["A04"].figures.current == 2  # 龙泉村服务点, 金宝村新点
    assert below[T2]["A04"].figures.current == 1  # 白衣村二点
    assert below[T1]["A04"].derived_from == "service_points"
    county_row = FigureService(county.sessions).figures(COUNTY, march).by_code()["A04"]
    assert county_row.derived_from == "service_points"
    # counted, not summed from townships that may not report; 2023 (neither derived nor keyed)
    # is rolled up and says that no township holds it
    assert "current" not in county_row.coverage and "cumulative" not in county_row.coverage
    assert county_row.coverage["last_year"].label == "0/2"
    # a township's own return reads the same count
    assert current(county, T1, "A04", march).current == 2


def test_attendees_are_summed_over_a_quarter_and_the_year_to_date(county: Store) -> None:
    registers = RegisterService(county.sessions, "张三")
    sessions = [
        ("直播带货", date(2024, 1, 8), date(2024, 1, 9), 40, 12, T1),
        ("农产品上行", date(2024, 3, 30), date(2024, 4, 2), 25, 5, T2),  # ends in Q2
        ("网店运营", date(2023, 12, 30), date(2024, 1, 2), 30, 0, COUNTY),
        ("短视频", date(2024, 3, 31), date(2024, 3, 31), 15, 15, V11),
    ]
    for topic, started, ended, attendees, poor, code in sessions:
        values = {
            "topic": topic,
            "started": started,
            "ended": ended,
            "attendees": attendees,
            "poor_attendees": poor,
        }
        registers.add("training", code, values)
    registers.set_deriving(COUNTY, ["D01", "D02", "D02.1"], 2024, True)
    q1 = Period.quarter(2024, 1)
    assert current(county, COUNTY, "D02", q1).current == 40 + 30 + 15
    assert current(county, COUNTY, "D02.1", q1).current == 12 + 0 + 15
    assert current(county, COUNTY, "D01", q1).current == 3
    q2 = current(county, COUNTY, "D02", Period.quarter(2024, 2))
    assert q2.current == 25
    assert q2.cumulative == 40 + 30 + 15 + 25  # 1-6月累计
    assert current(county, COUNTY, "D02", Period.month(2024, 1)).current == 70
    assert current(county, T1, "D02", q1).current == 40 + 15  # 直播带货 and 短视频 (in 龙泉村)


def test_a_derived_figure_cannot_be_keyed_and_keyed_figures_block_deriving(
    county: Store,
) -> None:
    registers = RegisterService(county.sessions, "张三")
    values = ValueService(county.sessions, "张三")
    values.set_text(COUNTY, "A04", Period.month(2024, 1), "12")
    with pytest.raises(DomainError) as refused:
        registers.set_deriving(COUNTY, ["A04"], 2024, True)
    assert refused.value.issue.code == "register_keyed_figures"
    assert refused.value.issue.params["count"] == 1
    values.set_text(COUNTY, "A04", Period.month(2024, 1), "")
    registers.set_deriving(COUNTY, ["A04"], 2024, True)
    for code in (COUNTY, T1):
        with pytest.raises(DomainError) as keyed:
            values.set_text(code, "A04", Period.month(2024, 2), "5")
        assert keyed.value.issue.code == "derived_from_register"
    # another year is keyed as before, and keying again is one switch away
    values.set_text(COUNTY, "A04", Period.month(2023, 12), "9")
    registers.set_deriving(COUNTY, ["A04"], 2024, False)
    values.set_text(COUNTY, "A04", Period.month(2024, 2), "5")
    with pytest.raises(DomainError) as not_derivable:
        registers.set_deriving(COUNTY, ["A06"], 2024, True)
    assert not_derivable.value.issue.code == "indicator_not_derivable"


def test_the_rows_behind_a_figure_are_those_it_counts(county: Store) -> None:
    registers = RegisterService(county.sessions, "张三")
    registers.add("service_points", V11, point("龙泉村服务点", "village", date(2024, 1, 5)))
    registers.add(
        "service_points", V21, point("白衣村服务点", "village", date(2024, 1, 5), date(2024, 2, 1))
    )
    registers.add("service_points", T1, point("江口镇服务站", "township", date(2024, 1, 5)))
    march = Period.month(2024, 3)
    assert [r.name for r in registers.rows_behind("A04", COUNTY, march)] == ["龙泉村服务点"]
    january = [r.name for r in registers.rows_behind("A04", COUNTY, Period.month(2024, 1))]
    assert january == ["龙泉村服务点", "白衣村服务点"]
    assert [r.name for r in registers.rows_behind("A04", T2, march)] == []


# --- rows and their history ---------------------------------------------------------------------------
def test_an_edit_on_an_older_version_is_refused_and_history_is_kept(county: Store) -> None:
    mine = RegisterService(county.sessions, "张三")
    theirs = RegisterService(county.sessions, "李四")
    row = mine.add("service_points", V11, point("龙泉村服务点", "village", date(2024, 1, 5)))
    assert row.id is not None
    changed = theirs.edit(row.id, row.version, V11, {**row.values, "operator": "龙泉供销社"})
    with pytest.raises(DomainError) as stale:
        mine.edit(row.id, row.version, V11, {**row.values, "phone": "0827-1234567"})
    assert stale.value.issue.code == "register_row_changed_since"
    assert stale.value.issue.params["who"] == "李四"
    mine.remove(row.id, changed.version)
    history = mine.history(row.id)
    assert [(h.action, h.who) for h in history] == [
        ("add", "张三"),
        ("change", "李四"),
        ("remove", "张三"),
    ]
    assert history[1].old.get("operator") is None
    assert history[1].new["operator"] == "龙泉供销社"
    assert entries(county) == 0


def test_a_row_in_the_wrong_place_or_with_a_bad_span_is_refused(county: Store) -> None:
    registers = RegisterService(county.sessions, "张三")
    with pytest.raises(DomainError) as wrong_level:
        registers.add("service_points", T1, point("点", "village", date(2024, 1, 1)))
    assert wrong_level.value.issue.code == "register_point_region_level"
    with pytest.raises(DomainError) as span:
        registers.add(
            "service_points", V11, point("点", "village", date(2024, 1, 2), date(2024, 1, 2))
        )
    assert span.value.issue.code == "register_ended_before_began"
    assert entries(county) == 0


# --- importing a list ------------------------------------------------------------------------------
def listed(*rows: tuple[object, str, object, object]) -> list[ImportRow]:
    """Rows (place, name, level, opened) as a workbook gives them, from line 4 on."""
    return [
        ImportRow(line, place, {"name": name, "level": level, "opened": opened})
        for line, (place, name, level, opened) in enumerate(rows, start=4)
    ]


CHOICES = {"村级点": "village", "乡镇站": "township", "县级中心": "county"}


def test_a_list_with_bad_rows_reports_every_one_and_writes_nothing(county: Store) -> None:
    registers = RegisterService(county.sessions, "张三")
    rows = listed(
        ("龙泉村", "龙泉村服务点", "村级点", date(2024, 1, 5)),
        ("石门村", "石门村服务点", "村级点", date(2024, 1, 5)),  # no such village
        (V12, "金宝村服务点", "村级点", "2024-02-30"),  # no such day
        ("龙泉村", "龙泉村服务点", "村级点", "2024-03-01"),  # the first row again
        ("５１１９２１１０２２０１", "白衣村服务点", "村级点", "２０２４年２月１日"),  # full-width
    )
    plan = registers.plan_import("service_points", COUNTY, rows, CHOICES)
    by_line = {row.line: row for row in plan.rows}
    assert by_line[4].status is RowStatus.NEW
    assert [i.code for i in by_line[5].issues] == ["register_unknown_place"]
    assert [i.code for i in by_line[6].issues] == ["register_bad_date"]
    assert [i.code for i in by_line[7].issues] == ["register_duplicate_row"]
    assert by_line[7].issues[0].params["line"] == 4
    assert by_line[8].status is RowStatus.NEW
    assert by_line[8].row is not None and by_line[8].row.region_code == V21
    assert by_line[8].row.get("opened") == date(2024, 2, 1)
    with pytest.raises(DomainError) as refused:
        registers.apply_import(plan)
    assert refused.value.issue.code == "register_import_has_refusals"
    assert refused.value.issue.params["count"] == 3
    assert entries(county) == 0


def test_a_good_list_is_written_in_one_transaction_and_again_changes_nothing(
    county: Store,
) -> None:
    registers = RegisterService(county.sessions, "张三")
    rows = listed(
        ("龙泉村", "龙泉村服务点", "村级点", date(2024, 1, 5)),
        ("511921101202000"[:12], "金宝村服务点", "village", "2024.2.1"),
        ("511921101000", "江口镇服务站", "乡镇站", "20230601"),  # a township's 12-digit code
    )
    plan = registers.plan_import("service_points", COUNTY, rows, CHOICES)
    assert [row.status for row in plan.rows] == [RowStatus.NEW] * 3
    commits: list[int] = []
    engine = county.sessions.kw["bind"]
    listener = lambda _conn: commits.append(1)  # noqa: E731
    event.listen(engine, "commit", listener)
    try:
        result = registers.apply_import(plan, detail="服务站点.xlsx")
    finally:
        event.remove(engine, "commit", listener)
    assert (result.added, result.changed, len(commits)) == (3, 0, 1)
    assert entries(county) == 3
    with county.sessions() as session:
        audit = session.scalars(select(RegisterAuditRecord)).all()
    assert {(a.action, a.source, a.batch, a.detail) for a in audit} == {
        ("add", "imported", result.batch, "服务站点.xlsx")
    }
    assert len(audit) == 3

    again = registers.plan_import("service_points", COUNTY, rows, CHOICES)
    assert [row.status for row in again.rows] == [RowStatus.UNCHANGED] * 3
    changed_rows = listed(("龙泉村", "龙泉村服务点", "村级点", date(2024, 1, 6)))
    changed = registers.plan_import("service_points", COUNTY, changed_rows, CHOICES)
    assert changed.rows[0].status is RowStatus.CHANGED
    assert changed.rows[0].changed_fields == ("opened",)


def test_an_import_planned_before_another_clerks_change_is_refused(county: Store) -> None:
    registers = RegisterService(county.sessions, "张三")
    rows = listed(("龙泉村", "龙泉村服务点", "村级点", date(2024, 1, 5)))
    plan = registers.plan_import("service_points", COUNTY, rows, CHOICES)
    RegisterService(county.sessions, "李四").add(
        "service_points", V12, point("金宝村服务点", "village", date(2024, 1, 1))
    )
    with pytest.raises(DomainError) as refused:
        registers.apply_import(plan)
    assert refused.value.issue.code == "register_changed_since_preview"
    assert entries(county) == 1


def test_amounts_stay_exact(county: Store) -> None:
    registers = RegisterService(county.sessions, "张三")
    values = {**point("点", "village", date(2024, 1, 1)), "funded_amount": Decimal("12.3456")}
    row = registers.add("service_points", V11, values)
    assert registers.rows("service_points", COUNTY)[0].get("funded_amount") == Decimal("12.3456")
    assert row.get("funded_amount") == Decimal("12.3456")


def test_a_point_with_poor_village_left_blank_learns_it_from_the_designations(
    county: Store,
) -> None:
    registers = RegisterService(county.sessions, "张三")
    # 龙泉村 is a poor village from the 2014 list until it left the list on 1 March 2024;
    # 白衣村 from the 2014 list on
    for code, ended in ((V11, date(2024, 3, 1)), (V21, None)):
        values = {"designation": "poor_village", "year": 2014, "batch": "2014年建档立卡"}
        registers.add("designations", code, {**values, "ended": ended})
    opened = date(2024, 1, 5)
    registers.add(
        "service_points", V11, {**point("龙泉村服务点", "village", opened), "poor_village": None}
    )
    registers.add(
        "service_points", V12, {**point("金宝村服务点", "village", opened), "poor_village": None}
    )
    registers.add(
        "service_points", V21, {**point("白衣村服务点", "village", opened), "poor_village": None}
    )
    # a list that says 否 is kept as it says, whatever the designations
    registers.add("service_points", V21, point("白衣村二点", "village", opened, poor=False))
    registers.set_deriving(COUNTY, ["A04", "A04.1"], 2024, True)
    # February: 龙泉村 and 白衣村 are poor villages; March: 白衣村 only
    assert current(county, COUNTY, "A04.1", Period.month(2024, 2)).current == 2
    assert current(county, COUNTY, "A04.1", Period.month(2024, 3)).current == 1
    assert current(county, COUNTY, "A04", Period.month(2024, 3)).current == 4
    behind = registers.rows_behind("A04.1", COUNTY, Period.month(2024, 2))
    assert sorted(row.name for row in behind) == ["白衣村服务点", "龙泉村服务点"]


def test_a_list_without_levels_takes_each_points_level_from_its_place(county: Store) -> None:
    registers = RegisterService(county.sessions, "张三")
    rows = [
        ImportRow(2, "龙泉村", {"name": "龙泉村服务点", "opened": "2024-01-05"}),
        ImportRow(3, "江口镇", {"name": "江口镇服务站", "opened": "2024-01-05"}),
        ImportRow(4, COUNTY, {"name": "县电商公共服务中心", "opened": "2024-01-05"}),
    ]
    plan = registers.plan_import("service_points", COUNTY, rows)
    assert [row.status for row in plan.rows] == [RowStatus.NEW] * 3
    assert [row.row.get("level") for row in plan.rows if row.row] == [
        "village",
        "township",
        "county",
    ]


def test_a_village_cannot_end_while_a_point_in_it_still_counts(county: Store) -> None:
    registers = RegisterService(county.sessions, "张三")
    regions = RegionQueries(county.sessions)
    row = registers.add("service_points", V12, point("金宝村服务点", "village", date(2024, 1, 5)))
    assert row.id is not None
    for code in (V12, T1):  # the village, or its township (which takes its villages along)
        with pytest.raises(DomainError) as refused:
            regions.retire(code, date(2024, 6, 30))
        assert refused.value.issue.code == "region_retire_has_rows"
        assert refused.value.issue.params["row"] == "金宝村服务点"
    # closed on 1 July (not serving on the 1st): the village may end on 30 June
    registers.edit(row.id, row.version, V12, {**row.values, "closed": date(2024, 7, 1)})
    regions.retire(V12, date(2024, 6, 30))


def test_a_change_that_would_alter_a_submitted_returns_count_is_refused(county: Store) -> None:
    from datetime import UTC, datetime

    from desktop_app.persistence.models import RegionRecord, ReturnRecord

    registers = RegisterService(county.sessions, "张三")
    row = registers.add("service_points", V11, point("龙泉村服务点", "village", date(2024, 1, 5)))
    registers.set_deriving(COUNTY, ["A04"], 2024, True)
    # March's return was submitted (and locked) by 李四
    with county.sessions.begin() as session:
        region = session.scalars(select(RegionRecord).where(RegionRecord.code == COUNTY)).one()
        session.add(
            ReturnRecord(
                region_id=region.id,
                period="2024-M03",
                status="submitted",
                changed_at=datetime.now(UTC),
                changed_by="李四",
            )
        )
    assert row.id is not None
    # a point opened in February, a closing in March, a removal: each changes March's count
    attempts = [
        lambda: registers.add(
            "service_points", V12, point("金宝村服务点", "village", date(2024, 2, 1))
        ),
        lambda: registers.edit(
            row.id, row.version, V11, {**row.values, "closed": date(2024, 3, 9)}
        ),
        lambda: registers.remove(row.id, row.version),
    ]
    for attempt in attempts:
        with pytest.raises(DomainError) as refused:
            attempt()
        assert refused.value.issue.code == "register_return_locked"
        assert refused.value.issue.params["period"] == "2024-M03"
    assert current(county, COUNTY, "A04", Period.month(2024, 3)).current == 1
    # nor is the way of the year switched (keyed again, or another indicator counted)
    for code, on in (("A04", False), ("A05", True)):
        with pytest.raises(DomainError) as switch:
            registers.set_deriving(COUNTY, [code], 2024, on)
        assert switch.value.issue.code == "return_locked"
    registers.set_deriving(COUNTY, ["A04"], 2024, True)  # as it is: nothing to refuse
    # what no count reads (a phone), and what counts only after March (an opening in April),
    # are saved
    changed = registers.edit(row.id, row.version, V11, {**row.values, "phone": "0827-1234567"})
    registers.add("service_points", V12, point("金宝村服务点", "village", date(2024, 4, 2)))
    assert changed.get("phone") == "0827-1234567"
