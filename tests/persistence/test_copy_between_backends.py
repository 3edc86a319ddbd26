"""`xianbao copy` between back-ends: a county's SQLite file into PostgreSQL and back out, with
every table's rows compared by natural key (queries written here, not the product's copy code).

The county is made once per module: the demo county's 2025 (通江县 with five townships, values
keyed through the services with their audit trail, targets), two returns (one submitted, one
submitted and reopened with its reason), an explanation, register rows added, changed and
removed, an indicator counted from a register, a demonstration candidate taken from a register
row, a self-evaluation claim with an evidence file, and one value of a neighbouring county
(南江县) that `--region 511921` must leave behind.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop_app.domain.periods import Period
from desktop_app.persistence.models import Base, ReturnRecord
from desktop_app.persistence.repositories import RegionRepository
from desktop_app.services.copying import (
    COPIED_TABLES,
    KINDS,
    NOT_COPIED,
    copy_between,
)
from desktop_app.services.demo import DEMO_COUNTY, fill_demo_county
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.figures import FigureService
from desktop_app.services.registers import RegisterService
from desktop_app.services.returns import ReturnService
from desktop_app.services.standards import StandardService
from desktop_app.services.store import open_sqlite_store, open_store
from desktop_app.services.values import ValueService

NANJIANG = "511922"
SCHEME = "example_demonstration_county"
JANUARY, FEBRUARY, MARCH = (Period.month(2025, m) for m in (1, 2, 3))


# --- the county, made once ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def county_file(prepared_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("copy")
    path = folder / "county.sqlite3"
    shutil.copy(prepared_db, path)
    store = open_sqlite_store(path)
    try:
        store.set_home_region(DEMO_COUNTY, "通江县商务局")
        summary = fill_demo_county(store.sessions, years=(2025,))
        returns = ReturnService(store.sessions, FigureService(store.sessions), "李审核")
        returns.submit(DEMO_COUNTY, JANUARY)
        returns.submit(DEMO_COUNTY, FEBRUARY)
        returns.reopen(DEMO_COUNTY, FEBRUARY, "二月网络零售额漏报一家企业")
        returns.explain(DEMO_COUNTY, MARCH, "C01", "yoy_jump", "新店开业")
        values = ValueService(store.sessions, "王填报")
        values.set_text(DEMO_COUNTY, "A01", Period.month(2025, 4), "2")  # changed: two audits
        values.set_text(NANJIANG, "A01", MARCH, "3")  # another county: --region leaves it
        registers = RegisterService(store.sessions, "张三")
        town = summary.township_codes[0]
        kept = registers.add(
            "service_points",
            town,
            {"name": "诺江镇服务站", "level": "township", "opened": date(2026, 1, 5)},
        )
        assert kept.id is not None
        registers.edit(
            kept.id,
            kept.version,
            town,
            {"name": "诺江镇服务站", "level": "township", "opened": date(2026, 1, 6)},
        )
        gone = registers.add(
            "training",
            DEMO_COUNTY,
            {
                "topic": "直播带货",
                "started": date(2026, 3, 1),
                "ended": date(2026, 3, 2),
                "attendees": 40,
            },
        )
        assert gone.id is not None
        registers.remove(gone.id, gone.version)
        shop = registers.add(
            "enterprises",
            DEMO_COUNTY,
            {"name": "通江银耳网", "kind": "enterprise", "capital": 300, "revenue": 450},
        )
        registers.set_deriving(DEMO_COUNTY, ["A04"], 2026, True)
        standards = StandardService(store.sessions, "张三")
        assert shop.id is not None
        standards.add_from_register("b2c_platform", shop.id)
        evaluation = EvaluationService(store.sessions, lambda: "王会计")
        evaluation.set_claim(DEMO_COUNTY, SCHEME, "1.1", "2", "领导小组已成立")
        evidence = folder / "领导小组文件.pdf"
        evidence.write_bytes(b"%PDF-1.4 evidence " + bytes(range(256)))
        evaluation.attach(DEMO_COUNTY, SCHEME, "1.1", evidence)
    finally:
        store.close()
    return path


@pytest.fixture
def county(county_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "county.sqlite3"
    shutil.copy(county_file, path)
    return path


@pytest.fixture
def target(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database (shipped lists only) on the back-end of the test."""
    if backend == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    path = tmp_path / "target.sqlite3"
    shutil.copy(request.getfixturevalue("prepared_db"), path)
    return str(path)


# --- every table's content by natural key, written here ----------------------------------------
def _plain(value: Any) -> Any:
    """A column as both back-ends can give it: SQLite's raw SQL answers dates and times as text
    (UTC, without a zone) and flags as 0/1, PostgreSQL's as dates, zoned times and booleans."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


#: One query per copied table, naming regions by code and day, indicators by code, register
#: rows by (register, region, name), never by id.
CONTENT = {
    "region": """
        SELECT r.code, r.valid_from, r.name, r.level, r.valid_to, r.origin, p.code, s.code
        FROM region r LEFT JOIN region p ON p.id = r.parent_id
        LEFT JOIN region s ON s.id = r.successor_id""",
    "indicator_group": 'SELECT code, name_zh, name_en, "order" FROM indicator_group',
    "indicator": """
        SELECT i.code, g.code, i.name_zh, i.unit, i.kind, i.temporal, i.scale, i.parent_code,
               i.entry_basis, i.derived, i.active, i.origin
        FROM indicator i JOIN indicator_group g ON g.id = i.group_id""",
    "meta": "SELECT key, value FROM meta WHERE key IN ('home_region', 'bureau_name')",
    "value": """
        SELECT r.code, r.valid_from, i.code, v.period, v.state, v.amount, v.basis, v.comment,
               v.source, v.updated_at, v.updated_by
        FROM value v JOIN region r ON r.id = v.region_id JOIN indicator i ON i.id = v.indicator_id""",
    "audit": """
        SELECT a.at, a.who, a.source, r.code, i.code, a.period, a.old_text, a.new_text,
               a.old_basis, a.new_basis, a.detail, a.batch
        FROM audit a JOIN region r ON r.id = a.region_id JOIN indicator i ON i.id = a.indicator_id""",
    "return_status": """
        SELECT r.code, s.period, s.status, s.changed_at, s.changed_by, s.reason
        FROM return_status s JOIN region r ON r.id = s.region_id""",
    "return_event": """
        SELECT r.code, e.period, e.action, e.at, e.who, e.reason, e.snapshot
        FROM return_event e JOIN region r ON r.id = e.region_id""",
    "explanation": """
        SELECT r.code, e.period, i.code, e.issue_code, e.text, e.at, e.who
        FROM explanation e JOIN region r ON r.id = e.region_id
        JOIN indicator i ON i.id = e.indicator_id""",
    "target": """
        SELECT r.code, i.code, t.year, t.amount, t.kind, t.method, t.note
        FROM target t JOIN region r ON r.id = t.region_id JOIN indicator i ON i.id = t.indicator_id""",
    "register_entry": """
        SELECT e.register, r.code, e.name, e.data, e.version, e.updated_at, e.updated_by
        FROM register_entry e JOIN region r ON r.id = e.region_id""",
    # A live row's history names its row; a removed row's names none.
    "register_audit": """
        SELECT a.at, a.who, a.source, a.register, a.action, a.old_region, a.new_region,
               a.old_data, a.new_data, a.batch, a.detail, e.name, r.code
        FROM register_audit a LEFT JOIN register_entry e ON e.id = a.entry_id
        LEFT JOIN region r ON r.id = e.region_id""",
    "derived_source": """
        SELECT r.code, i.code, d.year, d.at, d.who
        FROM derived_source d JOIN region r ON r.id = d.region_id
        JOIN indicator i ON i.id = d.indicator_id""",
    "standard_candidate": """
        SELECT r.code, c.standard, c.name, c.facts, c.status, c.recognised_on, c.reviewed_on,
               c.note, c.at, c.who, e.register, e.name
        FROM standard_candidate c JOIN region r ON r.id = c.region_id
        LEFT JOIN register_entry e ON e.id = c.entry_id""",
    "evaluation_claim": """
        SELECT r.code, c.scheme, c.item, c.points, c.note, c.at, c.who
        FROM evaluation_claim c JOIN region r ON r.id = c.region_id""",
    "evaluation_evidence": """
        SELECT r.code, v.scheme, v.item, v.file_name, v.sha256, v.size, v.content, v.at, v.who
        FROM evaluation_evidence v JOIN region r ON r.id = v.region_id""",
}


def content(where: str, under: str | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every copied table's rows, sorted, as natural-key tuples; `under`: only rows whose
    region code (the first column's, for data tables) starts with it."""
    store = open_store(where)
    try:
        found: dict[str, list[tuple[Any, ...]]] = {}
        with store.sessions() as session:
            for table, query in CONTENT.items():
                rows = [tuple(_plain(v) for v in row) for row in session.execute(text(query))]
                if under is not None and table not in ("region", "indicator_group", "indicator"):
                    rows = [row for row in rows if _region_of(table, row).startswith(under)]
                found[table] = sorted(rows, key=repr)
        return found
    finally:
        store.close()


def _region_of(table: str, row: tuple[Any, ...]) -> str:
    if table == "meta":
        return DEMO_COUNTY
    if table == "audit":
        return str(row[3])
    if table == "register_audit":
        return str(row[6] or row[5] or "")
    if table == "register_entry":
        return str(row[1])
    return str(row[0])


def test_copy_handles_every_table_of_the_models() -> None:
    # A table added to the models must be copied (COPIED_TABLES) or said not to be (NOT_COPIED),
    # and this test must compare it.
    tables = set(Base.metadata.tables)
    assert tables - set(NOT_COPIED) == COPIED_TABLES
    assert not COPIED_TABLES & set(NOT_COPIED)
    assert set(CONTENT) == COPIED_TABLES


def test_copy_batches_end_between_groups_that_can_be_found_again() -> None:
    # A batch's rows are looked up in the target by their group's columns: each must be part
    # of the key (rows of one key in one batch) and never NULL (NULL IN (…) finds nothing, so
    # a second copy would add the row again).
    for kind in KINDS:
        assert set(kind.group) <= set(kind.key), kind.name
        assert not [name for name in kind.group if kind.table.c[name].nullable], kind.name


# --- round trip ----------------------------------------------------------------------------------
def test_copy_sqlite_to_postgresql_and_back_keeps_every_row(
    county: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    server = str(request.getfixturevalue("postgres_url"))
    before = content(str(county))
    assert [table for table, rows in before.items() if not rows] == []  # every table has rows
    # Given the county's file, when it is copied into the server and from there into a new file
    first = copy_between(str(county), server)
    back = tmp_path / "back.sqlite3"
    second = copy_between(server, str(back))
    # Then all three hold the same rows, table by table
    assert first.written and second.written and not first.conflicts
    on_server, in_file = content(server), content(str(back))
    for table in CONTENT:
        assert on_server[table] == before[table], table
        assert in_file[table] == before[table], table
    # and every row the county has beyond the shipped lists was counted as new
    assert first.counts["values"].new == len(before["value"])
    assert first.counts["audit"].new == len(before["audit"])
    assert first.counts["returns"].new == 2
    assert first.counts["return_events"].new == 3  # submit, submit, reopen
    assert first.counts["register_entries"].new == 2  # the removed one is history only
    assert first.counts["register_audit"].new == 5  # add, change; add, remove; add
    assert first.counts["settings"].new == 2
    assert first.counts["regions"].new == 5  # the demo's townships
    with_reason = [row for row in on_server["return_status"] if row[2] == "reopened"]
    assert [row[5] for row in with_reason] == ["二月网络零售额漏报一家企业"]
    (evidence,) = on_server["evaluation_evidence"]
    assert hashlib.sha256(evidence[6]).hexdigest() == evidence[4]

    # When the same copy runs again, nothing moves
    again = copy_between(str(county), server)
    assert again.written and again.new == 0 and again.conflicting == 0
    assert again.counts["values"].same == len(before["value"])
    assert again.counts["audit"].same == len(before["audit"])
    assert content(server) == on_server


def test_copy_of_a_region_moves_only_its_subtree(county: Path, target: str) -> None:
    report = copy_between(str(county), target, region=DEMO_COUNTY)
    assert report.written
    copied = content(target)
    source = content(str(county))
    # The county and its townships have all their rows in the target
    for table in CONTENT:
        if table in ("region", "indicator_group", "indicator"):
            continue
        mine = [row for row in source[table] if _region_of(table, row).startswith(DEMO_COUNTY)]
        assert copied[table] == mine, table
    # 南江县's value stayed behind
    assert not [row for row in copied["value"] if row[0] == NANJIANG]
    assert [row for row in source["value"] if row[0] == NANJIANG]


# --- refusals and dry runs -----------------------------------------------------------------------
def _keyed(where: str, region: str, indicator: str, period: Period, typed: str) -> None:
    store = open_store(where)
    try:
        ValueService(store.sessions, "赵市局").set_text(region, indicator, period, typed)
    finally:
        store.close()


def test_copy_conflict_refuses_the_whole_copy(county: Path, target: str) -> None:
    # Given the target already holds 通江县's A01 for April 2025 with another figure (5, not 2)
    _keyed(target, DEMO_COUNTY, "A01", Period.month(2025, 4), "5")
    before = content(target)
    # When the county is copied into it
    report = copy_between(str(county), target)
    # Then nothing is written, and the refusal names the cell and both figures
    assert not report.written
    assert report.counts["values"].conflicting == 1
    (issue,) = report.conflicts
    assert issue.code == "copy_value_differs"
    assert issue.params == {
        "region": "通江县",
        "code": DEMO_COUNTY,
        "indicator": "A01",
        "period": "2025-M04",
        "source": "2",
        "target": "5",
    }
    assert content(target) == before


def test_copy_refuses_a_return_in_another_state(county: Path, target: str) -> None:
    # Given the county copied into the target, and the target's February return (reopened in
    # the county) submitted again there
    assert copy_between(str(county), target, region=DEMO_COUNTY).written
    store = open_store(target)
    try:
        returns = ReturnService(store.sessions, FigureService(store.sessions), "赵市局")
        returns.submit(DEMO_COUNTY, FEBRUARY)
    finally:
        store.close()
    before = content(target)
    # When the county is copied again, the return is a conflict and nothing is written
    report = copy_between(str(county), target)
    assert not report.written
    (issue,) = report.conflicts
    assert issue.code == "copy_return_differs"
    assert (issue.params["source"], issue.params["target"]) == ("reopened", "submitted")
    assert content(target) == before


def test_copy_dry_run_counts_the_same_and_writes_nothing(
    county: Path, target: str, tmp_path: Path
) -> None:
    before = content(target)
    planned = copy_between(str(county), target, dry_run=True)
    assert not planned.written and planned.dry_run
    assert content(target) == before
    # A dry run into a file that does not exist yet leaves no file behind
    missing = tmp_path / "new" / "none.sqlite3"
    assert copy_between(str(county), str(missing), dry_run=True).new == planned.new
    assert not missing.exists()
    # The copy itself then does what the dry run said
    done = copy_between(str(county), target)
    assert done.written
    assert {k: vars(c) for k, c in done.counts.items()} == {
        k: vars(c) for k, c in planned.counts.items()
    }


def test_copy_refuses_new_figures_for_a_return_the_target_has_submitted(
    county: Path, target: str
) -> None:
    # Given the target holds 通江县's March 2025 return as submitted (by the city, before any of
    # the county's figures arrived)
    store = open_store(target)
    try:
        with store.sessions.begin() as session:
            region = RegionRepository(session).require(DEMO_COUNTY)
            session.add(
                ReturnRecord(
                    region_id=region.id,
                    period=MARCH.code,
                    status="submitted",
                    changed_at=datetime(2025, 4, 2, 1, 30, tzinfo=UTC),
                    changed_by="赵市局",
                )
            )
    finally:
        store.close()
    before = content(target)
    march = [row for row in before["value"] if row[3] == MARCH.code]
    assert march == []
    # When the county is copied into it
    report = copy_between(str(county), target)
    # Then every March figure of the county and its townships is refused, and so is March's
    # explanation; nothing is written
    source = content(str(county))
    in_march = [
        row for row in source["value"] if row[3] == MARCH.code and row[0].startswith(DEMO_COUNTY)
    ]
    assert report.counts["values"].conflicting == len(in_march) > 0
    assert report.counts["explanations"].conflicting == 1
    assert not report.written
    first = report.conflicts[0]
    assert first.code == "copy_value_locked"
    assert first.params["locked"] == "通江县" and first.params["who"] == "赵市局"
    assert first.params["period"] == MARCH.code
    assert content(target) == before


def test_copy_from_an_older_file_upgrades_it_first_and_says_where_the_old_one_is(
    tmp_path: Path, prepared_db: Path
) -> None:
    from desktop_app.cli_copy import summary_lines
    from desktop_app.i18n import set_language
    from tests.persistence.test_upgrade_safety import OLD, build_old_database

    old = tmp_path / "old.sqlite3"
    build_old_database(old, values=100)
    target = tmp_path / "target.sqlite3"
    shutil.copy(prepared_db, target)
    set_language("en")
    # A dry run leaves the old file as it is, and says the copy will upgrade it
    planned = copy_between(str(old), str(target), dry_run=True)
    (upgrade,) = planned.upgraded
    assert upgrade.planned and upgrade.revision == OLD
    assert _revision(old) == OLD
    assert f"{old} is from an older Xianbao: the copy will upgrade it first" in "\n".join(
        summary_lines(planned)
    )
    # The copy upgrades it, keeping the file as it was, and copies its 100 values
    report = copy_between(str(old), str(target))
    (upgrade,) = report.upgraded
    assert upgrade.backup is not None and upgrade.backup.exists()
    assert _revision(upgrade.backup) == OLD
    assert report.counts["values"].new == 100
    assert report.counts["indicators"].new == 40  # the old file's own indicators
    text_lines = "\n".join(summary_lines(report))
    assert f"the file as it was is kept as {upgrade.backup}" in text_lines


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return str(db.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_copy_cancelled_from_its_progress_writes_nothing(county: Path, target: str) -> None:
    before = content(target)
    told: list[str] = []

    def progress(kind: str, done: int, total: int) -> bool:
        told.append(kind)
        return kind != "audit"  # stop when the value history begins

    report = copy_between(str(county), target, progress=progress)
    assert report.cancelled and not report.written
    assert "values" in told and "returns" not in told
    assert content(target) == before


def test_copy_refuses_a_cell_the_source_cleared_that_the_target_still_holds(
    county: Path, target: str
) -> None:
    # Given the county copied into the target, then April's A01 (2) cleared in the county
    first = copy_between(str(county), target, region=DEMO_COUNTY)
    assert first.written
    again = copy_between(str(county), target, region=DEMO_COUNTY)
    assert again.written and again.new == 0  # a second copy moves nothing
    _keyed(str(county), DEMO_COUNTY, "A01", Period.month(2025, 4), "")
    before = content(target)
    # When it is copied again, the cleared cell is a conflict and nothing is written (not even
    # the history entry of the clearing)
    report = copy_between(str(county), target, region=DEMO_COUNTY)
    assert not report.written
    (issue,) = report.conflicts
    assert issue.code == "copy_value_cleared"
    assert issue.params == {
        "region": "通江县",
        "code": DEMO_COUNTY,
        "indicator": "A01",
        "period": "2025-M04",
        "target": "2",
    }
    assert report.counts["audit"].new == 1
    assert content(target) == before


def test_copy_keeps_the_targets_home_region_and_does_not_give_it_the_countys_bureau(
    county: Path, tmp_path: Path, prepared_db: Path
) -> None:
    # Given the city's database: home region 巴中市 (511900), no bureau name kept yet
    city = tmp_path / "city.sqlite3"
    shutil.copy(prepared_db, city)
    store = open_store(str(city))
    try:
        store.set_home_region("511900")
    finally:
        store.close()
    report = copy_between(str(county), str(city), region=DEMO_COUNTY)
    assert report.written
    (note,) = report.notes
    assert note.code == "copy_setting_kept"
    assert note.params == {"setting": "home_region", "source": DEMO_COUNTY, "target": "511900"}
    # 通江县商务局 is the county's bureau, not the city's
    assert content(str(city))["meta"] == [("home_region", "511900")]


def test_copy_refuses_a_register_row_that_would_change_a_submitted_return(
    county: Path, target: str
) -> None:
    # Given the county copied into the target, where 通江县's January 2026 return (which counts
    # its service points, A04, from the register) is then submitted
    assert copy_between(str(county), target, region=DEMO_COUNTY).written
    store = open_store(target)
    try:
        with store.sessions.begin() as session:
            region = RegionRepository(session).require(DEMO_COUNTY)
            session.add(
                ReturnRecord(
                    region_id=region.id,
                    period="2026-M01",
                    status="submitted",
                    changed_at=datetime(2026, 2, 3, 2, 0, tzinfo=UTC),
                    changed_by="赵市局",
                )
            )
    finally:
        store.close()
    # and a service point opened in January added in the county since
    store = open_store(str(county))
    try:
        town = next(
            row[1] for row in content(str(county))["register_entry"] if row[2] == "诺江镇服务站"
        )
        RegisterService(store.sessions, "张三").add(
            "service_points",
            town,
            {"name": "民胜村服务点", "level": "township", "opened": date(2026, 1, 10)},
        )
    finally:
        store.close()
    before = content(target)
    # When the county is copied again, the new row is refused as adding it there would be
    report = copy_between(str(county), target, region=DEMO_COUNTY)
    assert not report.written
    (issue,) = report.conflicts
    assert issue.code == "register_return_locked"
    assert issue.params["name"] == "民胜村服务点" and issue.params["who"] == "赵市局"
    assert content(target) == before


def test_copy_refuses_a_register_row_the_source_removed_that_the_target_still_has(
    county: Path, target: str
) -> None:
    # Given the county copied into the target, then its enterprise 通江银耳网 removed there
    assert copy_between(str(county), target, region=DEMO_COUNTY).written
    store = open_store(str(county))
    try:
        registers = RegisterService(store.sessions, "张三")
        (shop,) = [row for row in registers.rows("enterprises", DEMO_COUNTY)]
        assert shop.id is not None
        registers.remove(shop.id, shop.version)
    finally:
        store.close()
    before = content(target)
    # When it is copied again, the removal is a conflict and nothing is written
    report = copy_between(str(county), target, region=DEMO_COUNTY)
    assert not report.written
    (issue,) = report.conflicts
    assert issue.code == "copy_register_row_removed"
    assert issue.params == {
        "region": "通江县",
        "code": DEMO_COUNTY,
        "register": "enterprises",
        "name": "通江银耳网",
    }
    assert content(target) == before
