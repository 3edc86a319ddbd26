"""Opening a database never leaves it half upgraded, keeps a copy before upgrading, and refuses
files this Xianbao must not touch (another program's database, one from a newer Xianbao)."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desktop_app.domain.issues import DomainError
from desktop_app.i18n import ISSUE_TEXTS, issue_message
from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.persistence.migrate import alembic_config, head_revision
from desktop_app.services.store import open_sqlite_store

OLD = "0001"
# Enough values that the copy and the upgrade to head (0003 indexes them all) take some 0.3–1 s.
VALUES = 100_000
KILLS = 20

Fingerprint = tuple[int, int, int, int]

#: About the SQLite file itself (its copies, its disk, its locks, its upgrade).
pytestmark = pytest.mark.sqlite_only


def build_old_database(path: Path, values: int = VALUES) -> Fingerprint:
    """A database left by Xianbao at revision 0001: a test province, 50 counties, 40
    indicators and `values` stored values; returns the values' fingerprint."""
    engine = create_sqlite_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), OLD)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO region (id, code, name, level, parent_id, path, valid_from, origin) "
                "VALUES (1, '990000', '测试省', 'province', NULL, '/1/', '1949-10-01', 'reference')"
            )
        )
        conn.execute(
            text(
                "WITH RECURSIVE n(k) AS (SELECT 2 UNION ALL SELECT k + 1 FROM n WHERE k < 51) "
                "INSERT INTO region (id, code, name, level, parent_id, path, valid_from, origin) "
                "SELECT k, printf('9901%02d', k), '测试县' || k, 'county', 1, "
                "printf('/1/%d/', k), '1949-10-01', 'user' FROM n"
            )
        )
        conn.execute(
            text(
                'INSERT INTO indicator_group (id, code, name_zh, name_en, "order") '
                "VALUES (1, 'T', '测试', 'Test', 99)"
            )
        )
        conn.execute(
            text(
                "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 40) "
                "INSERT INTO indicator (id, code, group_id, name_zh, name_en, unit, kind, "
                'temporal, scale, entry_basis, "order", required, active, origin) '
                "SELECT 1000 + k, printf('TEST%02d', k), 1, '测试指标' || k, 'Test ' || k, "
                "'万元', 'amount', 'flow', 2, 'own', 1000 + k, 0, 1, 'user' FROM n"
            )
        )
        # Each k is one (county, indicator, month) cell: 50 counties × 40 indicators × months.
        conn.execute(
            text(
                "WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < :last) "
                "INSERT INTO value (id, region_id, indicator_id, period, state, amount, basis, "
                "source, updated_at, updated_by) "
                "SELECT k + 1, 2 + k % 50, 1001 + (k / 50) % 40, "
                "printf('%04d-M%02d', 1990 + k / 24000, 1 + (k / 2000) % 12), 'value', "
                "k * 7 + 3, 'own', 'typed', '2024-04-02 10:00:00', 'clerk' FROM n"
            ),
            {"last": values - 1},
        )
    fingerprint = value_fingerprint(path)
    engine.dispose()
    return fingerprint


def value_fingerprint(path: Path) -> Fingerprint:
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT count(*), sum(amount), sum((id * amount) % 1000003), "
            "sum(region_id * 100000 + indicator_id + length(period)) FROM value"
        ).fetchone()
    db.close()
    return (int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def schema_state(path: Path) -> tuple[str | None, set[str], set[str]]:
    """(revision, tables, region columns) read with plain sqlite3, as after a crash."""
    db = sqlite3.connect(path)
    try:
        tables = {
            name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
        columns = {row[1] for row in db.execute("PRAGMA table_info(region)")}
    finally:
        db.close()
    return (revision[0] if revision else None), tables, columns


def integrity(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        db.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_database(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)


@pytest.fixture(scope="module")
def old_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Fingerprint]]:
    path = tmp_path_factory.mktemp("old") / "old.sqlite3"
    fingerprint = build_old_database(path)
    yield path, fingerprint


# Started as its own process so that SIGKILL hits a real start-up mid-upgrade. It imports first
# and then waits for the database's path, so the next one can be made ready while the test checks
# the last one (two cores).
OPENER = """
import sys, time
from pathlib import Path
from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.persistence.migrate import refuse_foreign_or_newer, upgrade_to_head
from desktop_app.services.store import prepare

path = Path(sys.stdin.readline().strip())
print("go", time.monotonic(), flush=True)
# open_sqlite_store, step by step, to time the upgrade
refuse_foreign_or_newer(path)
engine = create_sqlite_engine(path)
upgrade_to_head(engine)
print("upgraded", time.monotonic(), flush=True)
prepare(engine, path).close()
"""


def spawn_opener() -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", OPENER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def start_opening(process: subprocess.Popen[str], path: Path) -> float:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"{path}\n")
    process.stdin.flush()
    line = process.stdout.readline().split()
    assert line and line[0] == "go", process.stderr.read() if process.stderr else ""
    return float(line[1])


@pytest.mark.slow
def test_upgrade_killed_at_random_moments_leaves_the_old_or_the_new_schema(
    old_database: tuple[Path, Fingerprint], tmp_path: Path
) -> None:
    source, fingerprint = old_database
    head = head_revision()
    path = tmp_path / "xianbao.sqlite3"

    # Given how long an uninterrupted start-up takes to copy and upgrade the old database
    copy_database(source, path)
    process = spawn_opener()
    started = start_opening(process, path)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    window = float(out.split()[1]) - started
    assert schema_state(path)[0] == head

    rng = random.Random(20261201)
    outcomes = {"old": 0, "new": 0}
    began = time.monotonic()
    process = spawn_opener()
    for _ in range(KILLS):
        copy_database(source, path)
        shutil.rmtree(tmp_path / "backups", ignore_errors=True)
        # When a start-up is killed at a random moment of its upgrade (or just after it)
        start_opening(process, path)
        time.sleep(rng.uniform(0.0, window * 1.3))
        os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=60)
        process = spawn_opener()

        # Then the file holds the old schema or the new one, never a mix
        revision, tables, columns = schema_state(path)
        if revision == OLD:
            assert "return_event" not in tables and "successor_id" not in columns
            outcomes["old"] += 1
        else:
            assert revision == head
            assert "return_event" in tables and "successor_id" in columns
            outcomes["new"] += 1
        # and a finished backup is a whole copy of the old database
        for backup in (tmp_path / "backups").glob("*.sqlite3"):
            assert schema_state(backup)[0] == OLD
            assert value_fingerprint(backup) == fingerprint
        # and the store opens on it with every value there
        open_sqlite_store(path).close()
        assert schema_state(path)[0] == head
        assert value_fingerprint(path) == fingerprint
        assert integrity(path) == "ok"
    process.kill()
    process.communicate(timeout=60)
    elapsed = time.monotonic() - began
    print(f"{KILLS} kills in {elapsed:.1f} s, copy and upgrade {window:.2f} s, {outcomes}")
    assert outcomes["old"] > 0, outcomes


def test_upgrade_keeps_a_copy_of_the_old_database_named_by_time_and_revision(
    old_database: tuple[Path, Fingerprint], tmp_path: Path
) -> None:
    source, fingerprint = old_database
    path = tmp_path / "xianbao.sqlite3"
    copy_database(source, path)

    open_sqlite_store(path).close()

    backups = sorted((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    name = backups[0].name
    assert name.startswith("xianbao-") and name.endswith(f"-rev{OLD}.sqlite3")
    assert name[len("xianbao-") :][:8].isdigit()  # the date, then the time
    assert schema_state(backups[0])[0] == OLD
    assert value_fingerprint(backups[0]) == fingerprint
    assert integrity(backups[0]) == "ok"

    # A database already at head is opened without another copy
    open_sqlite_store(path).close()
    assert sorted((tmp_path / "backups").iterdir()) == backups


def test_new_database_is_created_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_sqlite_store(path).close()
    assert schema_state(path)[0] == head_revision()
    assert not (tmp_path / "backups").exists()


def make_foreign_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)")
    db.executemany(
        "INSERT INTO contacts (name, phone) VALUES (?, ?)",
        [("张三", "13800000000"), ("李四", "13900000000")],
    )
    db.commit()
    db.close()


def test_store_refuses_another_programs_database_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    make_foreign_database(path)
    before = sha256(path)

    with pytest.raises(DomainError) as caught:
        open_sqlite_store(path)

    assert caught.value.issue.code == "database_foreign"
    assert caught.value.issue.params["path"] == str(path)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.db"]
    assert "another program" in issue_message(caught.value.issue)


@pytest.mark.parametrize("header", [False, True], ids=["zero-bytes", "no-tables"])
def test_store_initialises_an_empty_sqlite_file(tmp_path: Path, header: bool) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    if header:
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE scratch (x)")
        db.execute("DROP TABLE scratch")
        db.commit()
        db.close()
        assert path.stat().st_size > 0

    open_sqlite_store(path).close()

    assert schema_state(path)[0] == head_revision()


def test_store_refuses_a_database_from_a_newer_xianbao_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_sqlite_store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9001'")
    db.close()
    before = sha256(path)

    with pytest.raises(DomainError) as caught:
        open_sqlite_store(path)

    assert caught.value.issue.code == "database_newer"
    assert caught.value.issue.params["path"] == str(path)
    assert caught.value.issue.params["revision"] == "9001"
    assert sha256(path) == before
    assert "newer" in issue_message(caught.value.issue)


def test_refusals_have_sentences() -> None:
    for code in ("database_foreign", "database_newer", "database_upgrade_failed"):
        assert code in ISSUE_TEXTS


def test_upgrade_that_fails_halfway_leaves_the_old_database_and_says_so(
    old_database: tuple[Path, Fingerprint], tmp_path: Path
) -> None:
    # Given an old database where 0003's index name is already taken, so the upgrade fails
    # after 0002 has created its tables
    source, fingerprint = old_database
    path = tmp_path / "xianbao.sqlite3"
    copy_database(source, path)
    with sqlite3.connect(path) as db:
        db.execute("CREATE INDEX ix_value_period_sum ON meta (key)")
    db.close()

    # When the store opens it
    with pytest.raises(DomainError) as caught:
        open_sqlite_store(path)

    # Then the user is told, and nothing of the upgrade stayed: still 0001, no 0002 table
    assert caught.value.issue.code == "database_upgrade_failed"
    assert caught.value.issue.params["path"] == str(path)
    assert "ix_value_period_sum" in caught.value.issue.params["detail"]
    revision, tables, _columns = schema_state(path)
    assert revision == OLD and "return_event" not in tables
    assert value_fingerprint(path) == fingerprint
    assert integrity(path) == "ok"
    assert len(list((tmp_path / "backups").glob(f"*-rev{OLD}.sqlite3"))) == 1


def test_upgrade_without_room_for_the_backup_is_refused_untouched(
    old_database: tuple[Path, Fingerprint], tmp_path: Path
) -> None:
    # Given an old database whose backups folder cannot be made (a file has its name)
    source, _fingerprint = old_database
    path = tmp_path / "xianbao.sqlite3"
    copy_database(source, path)
    (tmp_path / "backups").write_text("not a folder", encoding="utf-8")
    before = sha256(path)

    with pytest.raises(DomainError) as caught:
        open_sqlite_store(path)

    assert caught.value.issue.code == "database_upgrade_failed"
    assert schema_state(path)[0] == OLD
    assert sha256(path) == before
