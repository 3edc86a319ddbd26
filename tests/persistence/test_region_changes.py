"""Regions across time: the shipped code changes since 2016, values under the code valid then,
successors for the roll-up, statistical units, and the migration that adds the successor link."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import ORIGIN_STATISTICAL, RegionLevel
from desktop_app.i18n import issue_message
from desktop_app.paths import resources_dir
from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.persistence.migrate import alembic_config, current_revision, head_revision
from desktop_app.persistence.models import Base, RegionRecord, ValueRecord
from desktop_app.persistence.repositories import RegionRepository
from desktop_app.services.figures import FigureService
from desktop_app.services.reference_data import (
    REGIONS_DIGEST_KEY,
    RegionChange,
    read_region_changes,
    region_files,
    sync_reference_regions,
)
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import ValueService

CHANGES = resources_dir() / "regions" / "changes" / "2016-2025.csv"


def shipped_changes() -> list[RegionChange]:
    return read_region_changes(CHANGES.read_text(encoding="utf-8"))


def refused(call: object) -> DomainError:
    assert callable(call)
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value


# --- the shipped list ----------------------------------------------------------------------------
def test_region_changes_list_holds_the_changes_the_issue_names() -> None:
    listed = {(c.old_code, c.new_code, c.began.year) for c in shipped_changes()}
    for change in [
        ("513425", "513402", 2021),  # 会理县 → 会理市
        ("510922", "510981", 2019),  # 射洪县 → 射洪市
        ("511028", "511083", 2017),  # 隆昌县 → 隆昌市
        ("510124", "510117", 2016),  # 郫县 → 郫都区
        ("361121", "361104", 2019),  # 上饶县 → 广信区
        ("360727", "360783", 2020),  # 龙南县 → 龙南市
        ("632321", "632301", 2020),  # 同仁县 → 同仁市
        ("632859", "632803", 2018),  # 茫崖行委 → 茫崖市 (统计用区划代码; not in GB/T 2260)
        ("512081", "510185", 2016),  # 简阳市 from 资阳 to 成都
    ]:
        assert change in listed


def test_region_changes_list_cites_a_source_for_every_row() -> None:
    text = CHANGES.read_text(encoding="utf-8")
    header = text.split("old_code,")[0]
    assert "民政部" in header and "统计用区划代码" in header
    for change in shipped_changes():
        assert change.old_code[:2] in {"51", "36", "63"}
        assert 2016 <= change.began.year <= 2025
        assert change.source.startswith(("国函", "民函", "民政部")), change.old_code


@pytest.mark.parametrize("change", shipped_changes(), ids=lambda c: f"{c.old_code}-{c.new_code}")
def test_region_change_loads_both_records_and_the_link(store: Store, change: RegionChange) -> None:
    with store.sessions() as session:
        repo = RegionRepository(session)
        new = repo.require(change.new_code)
        (old,) = session.scalars(
            select(RegionRecord).where(RegionRecord.code == change.old_code)
        ).all()
        assert (old.name, old.valid_to, old.successor_id) == (change.old_name, change.ended, new.id)
        assert old.level == new.level == RegionLevel.COUNTY.value
        assert old.origin == change.origin
        # Under the parent it had then, so a subtree query by path sees its values.
        parent = repo.require(change.old_parent)
        assert old.parent_id == parent.id
        assert old.path == f"{parent.path}{old.id}/"
        assert new.valid_to is None
        if change.new_division:
            assert new.valid_from == change.began
        else:
            assert new.valid_from < change.began  # 新建区 existed before 湾里区 joined it


def test_region_changes_load_again_adds_nothing(store: Store) -> None:
    with store.sessions() as session:
        before = session.execute(
            select(RegionRecord.id, RegionRecord.valid_from, RegionRecord.valid_to).order_by(
                RegionRecord.id
            )
        ).all()
    with store.sessions.begin() as session:
        session.execute(text("DELETE FROM meta WHERE key = :k"), {"k": REGIONS_DIGEST_KEY})
        assert sync_reference_regions(session, region_files(resources_dir() / "regions")) == 0
    with store.sessions() as session:
        after = session.execute(
            select(RegionRecord.id, RegionRecord.valid_from, RegionRecord.valid_to).order_by(
                RegionRecord.id
            )
        ).all()
    assert after == before


# --- values under the code valid then ----------------------------------------------------------
def test_value_under_the_old_code_is_stored_in_2019_and_refused_in_2022(store: Store) -> None:
    values = ValueService(store.sessions, user="t")
    change = values.set_text("513425", "C02", Period.month(2019, 3), "100")
    assert change.new == Decimal("100")
    with store.sessions() as session:
        (stored,) = session.scalars(select(ValueRecord)).all()
        region = session.get(RegionRecord, stored.region_id)
        assert region is not None and (region.code, region.name) == ("513425", "会理县")

    error = refused(lambda: values.set_text("513425", "C02", Period.month(2022, 3), "100"))
    assert error.issue.code == "region_succeeded"
    assert error.issue.params["successor"] == "513402"
    message = issue_message(error.issue)
    assert "513402" in message and "会理市" in message
    with store.sessions() as session:
        assert len(session.scalars(select(ValueRecord)).all()) == 1


def test_value_under_the_new_code_before_the_change_names_the_predecessor(store: Store) -> None:
    values = ValueService(store.sessions, user="t")
    error = refused(lambda: values.set_text("510981", "C02", Period.month(2018, 6), "5"))
    assert error.issue.code == "region_not_yet_use_predecessor"
    assert (error.issue.params["predecessor"], error.issue.params["predecessor_name"]) == (
        "510922",
        "射洪县",
    )


def test_the_year_of_a_change_accepts_both_codes(store: Store) -> None:
    values = ValueService(store.sessions, user="t")
    values.set_text("513425", "C02", Period.month(2021, 5), "1")
    values.set_text("513402", "C02", Period.month(2021, 11), "2")
    values.set_text("513425", "C02", Period.month(2021, 6), "3")
    with store.sessions() as session:
        codes = session.scalars(
            select(RegionRecord.code)
            .join(ValueRecord, ValueRecord.region_id == RegionRecord.id)
            .order_by(ValueRecord.period)
        ).all()
    assert codes == ["513425", "513425", "513402"]


def test_year_on_year_across_a_change_compares_with_the_predecessor(store: Store) -> None:
    values = ValueService(store.sessions, user="t")
    values.set_text("513425", "C02", Period.month(2020, 3), "100")  # 会理县
    values.set_text("513402", "C02", Period.month(2022, 3), "150")  # 会理市
    service = FigureService(store.sessions)
    # The prefecture's subtree holds both records: 会理县's 2020 figure counts under 会理市.
    # (C02, 网络零售额, is keyed as 1–N月累计.)
    c02 = service.figures("513400", Period.month(2021, 3)).by_code()["C02"].figures
    assert c02.last_year_cumulative == Decimal("100")
    c02 = service.figures("513400", Period.month(2022, 3)).by_code()["C02"].figures
    assert (c02.cumulative, c02.last_year_cumulative) == (Decimal("150"), None)
    # and 会理市's own return: its 2021 上年同期 is 会理县's 2020 figure
    own = service.figures("513402", Period.month(2021, 3)).by_code()["C02"].figures
    assert own.last_year_cumulative == Decimal("100")
    # 会理市's own figures reach its predecessor through predecessors(), not through its path.
    with store.sessions() as session:
        repo = RegionRepository(session)
        huili = repo.require("513402")
        assert [r.code for r in repo.predecessors(huili)] == ["513425"]
        assert not any(r.path.startswith(huili.path) for r in repo.predecessors(huili))
        assert [r.code for r in repo.predecessors(repo.require("632803"))] == ["632858", "632859"]
        assert repo.predecessors(repo.require("511921")) == []


def test_a_former_code_without_a_period_names_today_s_division(store: Store) -> None:
    error = refused(lambda: RegionQueries(store.sessions).get("510124"))
    assert error.issue.code == "region_former"
    assert error.issue.params["successor"] == "510117"
    assert refused(lambda: RegionQueries(store.sessions).get("519999")).issue.code == (
        "unknown_region"
    )


# --- the tree: current children, predecessors by path, successors ------------------------------
def test_children_are_current_and_predecessors_sit_in_the_subtree(store: Store) -> None:
    with store.sessions() as session:
        repo = RegionRepository(session)
        liangshan = repo.require("513400")
        codes = [r.code for r in repo.children(liangshan)]
        assert "513402" in codes and "513425" not in codes
        assert [r.code for r in repo.former(liangshan)] == ["513425"]
        in_subtree = session.scalars(
            select(RegionRecord.code).where(RegionRecord.path.startswith(liangshan.path))
        ).all()
        assert "513425" in in_subtree


def test_successors_map_predecessors_to_their_current_successor(store: Store) -> None:
    with store.sessions() as session:
        repo = RegionRepository(session)

        def ids(*codes: str) -> list[int]:
            return [
                session.scalars(select(RegionRecord.id).where(RegionRecord.code == c)).one()
                for c in codes
            ]

        lenghu, mangya_committee, mangya = ids("632858", "632859", "632803")
        assert repo.successors(repo.require("632800")) == {lenghu: mangya, mangya_committee: mangya}
        # 简阳市 moved from 资阳 to 成都: the predecessor lies under 资阳, its successor outside.
        old_jianyang, new_jianyang = ids("512081", "510185")
        assert repo.successors(repo.require("512000")) == {old_jianyang: new_jianyang}
        assert repo.successors(repo.require("510100")) == {
            i: j for i, j in zip(ids("510124", "510132"), ids("510117", "510118"), strict=True)
        }
        assert repo.successors(repo.require("511921")) == {}


def test_successors_follow_a_chain_and_leave_out_one_that_ends(store: Store) -> None:
    # Given townships of 通江县 changed twice (A → B → C) and one that ended without a successor
    with store.sessions.begin() as session:
        repo = RegionRepository(session)
        county = repo.require("511921")
        a, b, c, gone = (
            repo.add(code, name, RegionLevel.TOWNSHIP, county, origin="user")
            for code, name in [
                ("511921101", "甲乡"),
                ("511921102", "甲镇"),
                ("511921103", "甲街道"),
                ("511921104", "乙乡"),
            ]
        )
        a.valid_to, a.successor = date(2017, 12, 31), b
        b.valid_to, b.successor = date(2020, 12, 31), c
        gone.valid_to = date(2019, 12, 31)
        ids = (a.id, b.id, c.id)
    # Then both predecessors count under C, and the one that ended is not mapped
    with store.sessions() as session:
        repo = RegionRepository(session)
        assert repo.successors(repo.require("511921")) == {ids[0]: ids[2], ids[1]: ids[2]}
        # A value for 2019 under A's code is refused, naming the division of that time (B)
        error = refused(lambda: repo.require_in("511921101", Period.month(2019, 1)))
        assert error.issue.params["successor"] == "511921102"
        error = refused(lambda: repo.require_in("511921104", Period.month(2021, 1)))
        assert error.issue.code == "region_ended"


# --- statistical units -------------------------------------------------------------------------
def test_a_statistical_unit_can_be_added_under_a_prefecture(store: Store) -> None:
    queries = RegionQueries(store.sessions)
    added = queries.add("632857", "大柴旦行政委员会", "632800")
    assert (added.level, added.parent_code) == (RegionLevel.COUNTY, "632800")
    assert "632857" in [r.code for r in queries.children("632800")]
    with store.sessions() as session:
        record = RegionRepository(session).require("632857")
        assert record.origin == ORIGIN_STATISTICAL
    ValueService(store.sessions, user="t").set_text("632857", "C02", Period.month(2024, 1), "9")
    assert refused(lambda: queries.add("632857", "大柴旦", "632800")).issue.code == "region_exists"


@pytest.mark.parametrize(
    ("code", "parent", "issue"),
    [
        ("632857", "632801", "bad_region_parent"),  # under a county
        ("632900", "630000", "bad_region_code"),  # a prefecture's code
        ("513457", "632800", "region_code_outside_parent"),
        ("6328571", "632800", "bad_region_code"),
        ("513425", "513400", "region_former"),  # 会理县 ended; names 会理市
    ],
)
def test_adding_a_county_level_unit_is_refused_when_it_cannot_be(
    store: Store, code: str, parent: str, issue: str
) -> None:
    error = refused(lambda: RegionQueries(store.sessions).add(code, "某单位", parent))
    assert error.issue.code == issue


# --- the migration -------------------------------------------------------------------------------
def test_migration_adds_successors_to_an_existing_database_untouched(tmp_path: Path) -> None:
    # Given a database at revision 0003 with a region tree and a value in it
    path = tmp_path / "old.sqlite3"
    engine = create_sqlite_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0003")
    with engine.begin() as conn:
        for row in [
            (1, "510000", "四川省", "province", None, "/1/"),
            (2, "513400", "凉山彝族自治州", "prefecture", 1, "/1/2/"),
            (3, "513402", "会理市", "county", 2, "/1/2/3/"),
        ]:
            conn.execute(
                text(
                    "INSERT INTO region (id, code, name, level, parent_id, path, valid_from, "
                    "origin) VALUES (:i, :c, :n, :l, :p, :path, '1949-10-01', 'reference')"
                ),
                dict(zip(["i", "c", "n", "l", "p", "path"], row, strict=True)),
            )
        conn.execute(
            text(
                'INSERT INTO indicator_group (id, code, name_zh, name_en, "order") '
                "VALUES (1, 'C', '交易', 'Trade', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO indicator (id, code, group_id, name_zh, name_en, unit, kind, "
                'temporal, scale, entry_basis, "order", required, active, origin) VALUES '
                "(1, 'C02', 1, '网络零售额', 'Online retail sales', '万元', 'amount', 'flow', 2, "
                "'own', 1, 1, 1, 'catalogue')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO value (id, region_id, indicator_id, period, state, amount, basis, "
                "source, updated_at, updated_by) VALUES (1, 3, 1, '2024-M03', 'value', 1234500, "
                "'own', 'typed', '2024-04-02 10:00:00', 'clerk')"
            )
        )
        before = conn.execute(text("SELECT * FROM value")).all()
    engine.dispose()

    # When the program starts on it (upgrade to head, then the shipped lists and changes)
    store = open_sqlite_store(path)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert conn.execute(text("SELECT * FROM value")).all() == before
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        # Then the regions kept their ids, and 会理县 joined the tree beside its successor
        with store.sessions() as session:
            repo = RegionRepository(session)
            huili = repo.require("513402")
            assert (huili.id, huili.path, huili.name) == (3, "/1/2/3/", "会理市")
            old = repo.valid_in("513425", Period.month(2019, 3))
            assert old is not None and old.successor_id == 3 and old.parent_id == 2
            value = session.get(ValueRecord, 1)
            assert value is not None and value.region_id == 3
            assert value.amount == Decimal("123.45")
    finally:
        store.close()
