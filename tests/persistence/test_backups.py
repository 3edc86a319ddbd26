"""Backups and restore on real SQLite files: a backup is one consistent moment even while another
connection writes; a restore puts exactly that moment back; every file that is not a restorable
Xianbao backup is refused with a sentence and leaves the database's bytes as they were."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.backup_rotation import Retention, backups_to_keep
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.i18n import ISSUE_TEXTS, issue_message
from desktop_app.persistence.backup_files import (
    BackupKind,
    backups_folder,
    parse_backup_name,
)
from desktop_app.persistence.migrate import head_revision
from desktop_app.services.backups import (
    backup_if_due,
    list_backups,
    make_backup,
    prune_backups,
    read_backup,
    restore_advice,
    restore_backup,
)
from desktop_app.services.store import open_sqlite_store
from desktop_app.services.targets import TargetService
from desktop_app.services.values import ValueService
from tests.persistence.test_upgrade_safety import build_old_database, value_fingerprint

COUNTY = "511921"

#: About the SQLite file itself (its copies, its disk, its locks, its upgrade).
pytestmark = pytest.mark.sqlite_only


def file_state(path: Path) -> tuple[str, list[str]]:
    """The database's bytes and which files lie beside it (a -wal would be part of it)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    beside = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))
    return digest, beside


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(db.execute(f"SELECT * FROM {table} ORDER BY id"))
    finally:
        db.close()


def counts(path: Path) -> tuple[int, int]:
    return len(rows(path, "value")), len(rows(path, "audit"))


def periods_of(path: Path, region: str, table: str) -> list[str]:
    """The periods of a region's values (or audit entries), in the order they were written."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        query = (
            f"SELECT t.period FROM {table} t JOIN region r ON r.id = t.region_id "
            "WHERE r.code = ? ORDER BY t.id"
        )
        return [period for (period,) in db.execute(query, (region,))]
    finally:
        db.close()


@pytest.fixture
def county_db(db_path: Path) -> Path:
    """A county database with a few values and their audit entries, closed."""
    store = open_sqlite_store(db_path)
    store.set_home_region(COUNTY)
    values = ValueService(store.sessions, "clerk")
    for month in range(1, 4):
        values.set_text(COUNTY, "D02", Period.month(2016, month), str(month * 100))
    store.close()
    return db_path


# --- rotation --------------------------------------------------------------------------------
def reference_keep(made: list[datetime], now: datetime, retention: Retention) -> set[int]:
    """Each rule written as a test of one backup: it is the newest of its day (week, month),
    and fewer than N other days (weeks, months) with backups are newer than its own. Days,
    weeks and months are numbered (days since 0001-01-01, Mondays since then, months since
    year 0), so "newer" is a comparison of numbers."""

    def day(when: datetime) -> int:
        return when.toordinal()

    def week(when: datetime) -> int:
        return (when.toordinal() - when.weekday()) // 7

    def month(when: datetime) -> int:
        return when.year * 12 + when.month

    def rule(number: Callable[[datetime], int], count: int) -> set[int]:
        kept = set()
        for i, when in enumerate(made):
            mine = number(when)
            same = [j for j, other in enumerate(made) if number(other) == mine]
            newest = max(same, key=lambda j: (made[j], j))
            newer = {number(other) for other in made if number(other) > mine}
            if newest == i and len(newer) < count:
                kept.add(i)
        return kept

    recent = {i for i, when in enumerate(made) if now - when < retention.within}
    return (
        recent
        | rule(day, retention.daily)
        | rule(week, retention.weekly)
        | rule(month, retention.monthly)
    )


def test_rotation_of_a_year_of_daily_backups_keeps_23() -> None:
    # Given a backup every day at noon in 2025, rotated on 31 December at 13:00
    made = [datetime(2025, 1, 1, 12) + timedelta(days=d) for d in range(365)]
    kept = backups_to_keep(made, datetime(2025, 12, 31, 13))
    days = sorted(made[i].strftime("%m-%d") for i in kept)
    # Then (counted by hand): 25–31 Dec daily; the Sundays 21, 14, 7 Dec, 30, 23, 16 Nov for
    # the 8 ISO weeks (29–31 Dec is 2026-W01); and the last day of January to October.
    month_ends = ["01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31"]
    month_ends += ["09-30", "10-31"]
    expected = [*month_ends, "11-16", "11-23", "11-30", "12-07", "12-14", "12-21"]
    expected += [f"12-{d}" for d in range(25, 32)]
    assert days == sorted(expected)
    assert len(kept) == 23


@pytest.mark.parametrize("seed", range(40))
def test_rotation_matches_an_independent_reference(seed: int) -> None:
    randomness = random.Random(seed)
    now = datetime(2026, 12, 1, 18, 0)
    # A few backups a day on some days, none on others, over two years; some at one moment
    made = []
    for _ in range(randomness.randint(0, 120)):
        made.append(now - timedelta(minutes=randomness.randint(0, 2 * 365 * 24 * 60)))
    if made and randomness.random() < 0.5:
        made.append(made[0])
    retention = Retention(
        daily=randomness.randint(0, 8),
        weekly=randomness.randint(0, 9),
        monthly=randomness.randint(0, 13),
    )
    assert backups_to_keep(made, now, retention) == reference_keep(made, now, retention)


def touch_backup(folder: Path, when: datetime, kind: BackupKind) -> Path:
    path = folder / f"xianbao-{when:%Y%m%d-%H%M%S}-{kind.value}-rev0004.sqlite3"
    path.write_bytes(b"")
    return path


def test_prune_keeps_recent_upgrade_copies_the_newest_and_other_files(tmp_path: Path) -> None:
    database = tmp_path / "xianbao.sqlite3"
    folder = backups_folder(database)
    folder.mkdir()
    now = datetime(2026, 12, 1, 18, 0)
    # Given forty daily backups, an upgrade copy 10 days old and one 40 days old, both on days
    # with a newer daily backup, a file the clerk put there, and another database's backup
    dailies = [
        touch_backup(folder, now - timedelta(days=d, hours=2), BackupKind.DAILY) for d in range(40)
    ]
    recent_upgrade = touch_backup(
        folder, now - timedelta(days=10, hours=5), BackupKind.BEFORE_UPGRADE
    )
    old_upgrade = touch_backup(folder, now - timedelta(days=40, hours=5), BackupKind.BEFORE_UPGRADE)
    legacy = folder / f"xianbao-{now - timedelta(days=3, hours=5):%Y%m%d-%H%M%S}-rev0001.sqlite3"
    legacy.write_bytes(b"")
    mine = folder / "my copy.sqlite3"
    mine.write_bytes(b"")
    other = folder / f"other-{now - timedelta(days=90):%Y%m%d-%H%M%S}-daily-rev0004.sqlite3"
    other.write_bytes(b"")

    deleted = set(prune_backups(database, now))

    left = set(folder.iterdir())
    assert recent_upgrade in left and legacy in left  # protected for 30 days
    assert old_upgrade in deleted
    assert mine in left and other in left
    assert dailies[0] in left  # the newest
    # The dailies a 7/8/12 rotation keeps from forty consecutive days
    stamps = [parse_backup_name(p.name).made for p in dailies]  # type: ignore[union-attr]
    expected = {dailies[i] for i in reference_keep(stamps, now, Retention())}
    assert {p for p in dailies if p in left} == expected
    assert len(deleted) == 40 - len(expected) + 1


def test_exit_backup_is_made_once_a_day_and_again_after_changes(county_db: Path) -> None:
    morning = datetime(2026, 12, 1, 9, 0)
    first = backup_if_due(county_db, morning)
    assert first is not None and "-daily-" in first.name
    assert backup_if_due(county_db, morning + timedelta(hours=8)) is None  # nothing changed
    next_day = morning + timedelta(days=1)
    make_backup(county_db, BackupKind.BEFORE_IMPORT, now=next_day)
    assert backup_if_due(county_db, next_day + timedelta(hours=1)) is None
    # An afternoon's work after the morning's import gets a copy of its own on exit, once the
    # newest backup is two hours old; a change to a target alone counts too.
    store = open_sqlite_store(county_db)
    ValueService(store.sessions, "clerk").set_text(COUNTY, "D02", Period.month(2016, 4), "400")
    store.close()
    assert backup_if_due(county_db, next_day + timedelta(hours=1, minutes=30)) is None
    afternoon = backup_if_due(county_db, next_day + timedelta(hours=6))
    assert afternoon is not None
    assert backup_if_due(county_db, next_day + timedelta(hours=9)) is None
    store = open_sqlite_store(county_db)
    TargetService(store.sessions).set_text(COUNTY, "D02", 2016, "5000")
    store.close()
    assert backup_if_due(county_db, next_day + timedelta(hours=10)) is not None
    assert backup_if_due(county_db, next_day + timedelta(days=1)) is not None


# --- what a backup holds -----------------------------------------------------------------------
def test_list_reads_what_each_backup_holds_without_changing_it(county_db: Path) -> None:
    copy = make_backup(county_db, BackupKind.MANUAL)
    before = file_state(copy)
    (backups_folder(county_db) / "notes.txt").write_text("not a backup", encoding="utf-8")
    (backups_folder(county_db) / "broken.sqlite3").write_bytes(
        b"SQLite format 3\x00" + b"\x07" * 5000
    )

    infos = {info.path.name: info for info in list_backups(county_db)}

    info = infos[copy.name]
    assert info.usable and info.kind is BackupKind.MANUAL
    assert (info.revision, info.regions, info.values) == (head_revision(), 1, 3)
    assert info.last_period == Period.month(2016, 3)
    assert info.size == copy.stat().st_size
    assert abs((datetime.now() - info.made).total_seconds()) < 60
    assert file_state(copy) == before  # read-only: no byte changed, no -wal or -shm made
    assert infos["notes.txt"].problem is not None and infos["notes.txt"].kind is None
    assert infos["broken.sqlite3"].problem is not None
    for broken in ("notes.txt", "broken.sqlite3"):
        message = issue_message(infos[broken].problem)  # type: ignore[arg-type]
        assert broken in message and "Traceback" not in message


# --- a backup while another connection writes, and its restore --------------------------------
def test_backup_while_writing_restores_exactly_that_moment(county_db: Path) -> None:
    # Given a second connection (its own engine, in a thread) saving one new cell after another,
    # each save one transaction with its value and its audit entry
    store = open_sqlite_store(county_db)
    values = ValueService(store.sessions, "writer")
    months = [Period.month(1990 + k // 12, 1 + k % 12) for k in range(360)]
    committed: list[int] = []
    stop = threading.Event()

    def write() -> None:
        for k, period in enumerate(months):
            if stop.is_set():
                return
            values.set_text("511922", "D02", period, str(k + 1))
            committed.append(k)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        while len(committed) < 20:
            time.sleep(0.01)
        # When a backup is taken while the writer goes on
        done_before = len(committed)
        backup = make_backup(county_db, BackupKind.MANUAL)
        done_after = len(committed)
        time.sleep(0.2)
    finally:
        stop.set()
        writer.join(timeout=30)
        store.close()
    assert not writer.is_alive()
    assert len(committed) > done_after, "the writer kept writing after the backup"

    # Then the backup holds a prefix of the writer's saves: every save acknowledged before the
    # backup began, none after it ended, and for each value its audit entry (3 from the fixture)
    saved = len(periods_of(backup, "511922", "value"))
    print(
        f"saves: {done_before} before the backup, {saved} in it, {done_after} after, {len(committed)} in all"
    )
    assert done_before <= saved <= done_after
    written = [period.code for period in months[:saved]]
    assert periods_of(backup, "511922", "value") == written
    assert periods_of(backup, "511922", "audit") == written
    assert counts(backup) == (3 + saved, 3 + saved)
    assert counts(county_db) == (3 + len(committed), 3 + len(committed))

    # When it is restored
    backup_values, backup_audit = rows(backup, "value"), rows(backup, "audit")
    outcome = restore_backup(county_db, backup)

    # Then the database equals the backup row for row, and the replaced one is kept aside
    assert rows(county_db, "value") == backup_values
    assert rows(county_db, "audit") == backup_audit
    assert outcome.kept is not None and counts(outcome.kept) == (3 + len(committed),) * 2
    assert outcome.restored.values == 3 + saved
    reopened = open_sqlite_store(county_db)
    reopened.close()
    assert rows(county_db, "value") == backup_values


def test_restore_while_the_database_is_open_elsewhere_is_refused(county_db: Path) -> None:
    backup = make_backup(county_db, BackupKind.MANUAL)
    # Given another program with the database open (idle), then one holding a write transaction
    store = open_sqlite_store(county_db)
    store.home_region()
    before = file_state(county_db)
    with pytest.raises(DomainError) as idle:
        restore_backup(county_db, backup)
    other = sqlite3.connect(county_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(DomainError) as writing:
        restore_backup(county_db, backup)
    other.execute("ROLLBACK")
    other.close()
    store.close()
    for refused in (idle, writing):
        assert refused.value.issue.code == "restore_busy"
        assert "Traceback" not in issue_message(refused.value.issue)
    assert file_state(county_db)[0] == before[0]
    assert not list(county_db.parent.glob("*.restoring*"))


def test_an_old_backup_is_upgraded_when_the_restored_database_opens(
    county_db: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old" / "xianbao.sqlite3"
    old.parent.mkdir()
    fingerprint = build_old_database(old, values=500)

    restore_backup(county_db, old)

    store = open_sqlite_store(county_db)
    store.close()
    assert value_fingerprint(county_db) == fingerprint
    upgrade_copies = [i for i in list_backups(county_db) if i.kind is BackupKind.BEFORE_UPGRADE]
    assert [i.revision for i in upgrade_copies] == ["0001"]


def test_a_damaged_database_is_replaced_and_its_bytes_kept(county_db: Path) -> None:
    backup = make_backup(county_db, BackupKind.MANUAL)
    # Given a database overwritten with junk (a failing disk, say) that no longer opens
    junk = b"SQLite format 3\x00" + bytes(range(256)) * 40
    county_db.write_bytes(junk)
    with pytest.raises(DomainError):
        open_sqlite_store(county_db)

    outcome = restore_backup(county_db, backup)

    assert outcome.kept is not None and outcome.kept.read_bytes() == junk
    assert "-replaced-" in outcome.kept.name
    store = open_sqlite_store(county_db)
    assert store.home_region() == COUNTY
    store.close()


# --- refusals -------------------------------------------------------------------------------------
def foreign_database(path: Path) -> Path:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO customers VALUES (1, 'x')")
    db.commit()
    db.close()
    return path


def empty_database(path: Path) -> Path:
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=1")
    db.close()
    return path


def newer_backup(path: Path, source: Path) -> Path:
    path.write_bytes(source.read_bytes())
    db = sqlite3.connect(path)
    db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.commit()
    db.close()
    return path


def damaged_backup(path: Path, source: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    # Overwrite the middle pages (the tables' and indexes' b-trees) with junk
    for at in range(4 * page, len(data) - page, 2 * page):
        data[at + 8 : at + 64] = b"\xa5" * 56
    path.write_bytes(bytes(data))
    return path


def folder(path: Path, _source: Path) -> Path:
    path.mkdir()
    return path


REFUSED: dict[str, tuple[Callable[[Path, Path], Path], set[str]]] = {
    "missing": (lambda p, s: p, {"backup_missing"}),
    "folder": (folder, {"backup_not_a_file"}),
    "empty file": (lambda p, s: (p.write_bytes(b""), p)[1], {"backup_empty"}),
    "text file": (
        lambda p, s: (p.write_text("备份" * 100, encoding="utf-8"), p)[1],
        {"backup_unreadable"},
    ),
    "another program's": (lambda p, s: foreign_database(p), {"backup_foreign"}),
    "empty database": (lambda p, s: empty_database(p), {"backup_foreign"}),
    "newer Xianbao's": (newer_backup, {"backup_newer"}),
    "damaged": (damaged_backup, {"backup_damaged", "backup_unreadable"}),
    "truncated": (
        lambda p, s: (p.write_bytes(s.read_bytes()[: s.stat().st_size // 2]), p)[1],
        {"backup_damaged", "backup_unreadable"},
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_a_file_that_is_no_backup_is_refused_and_the_database_untouched(
    county_db: Path, tmp_path: Path, case: str
) -> None:
    good = make_backup(county_db, BackupKind.MANUAL)
    make, codes = REFUSED[case]
    (tmp_path / "chosen").mkdir()
    chosen = make(tmp_path / "chosen" / "file.sqlite3", good)
    before = file_state(county_db)
    folder_before = sorted(backups_folder(county_db).iterdir())

    with pytest.raises(DomainError) as refused:
        restore_backup(county_db, chosen)

    assert refused.value.issue.code in codes
    assert refused.value.issue.code in ISSUE_TEXTS
    message = issue_message(refused.value.issue)
    assert str(chosen) in message and "Traceback" not in message
    assert file_state(county_db) == before
    assert sorted(backups_folder(county_db).iterdir()) == folder_before
    assert counts(county_db) == (3, 3)
    if case not in ("damaged", "truncated"):  # the list reads what it shows, it checks no more
        assert read_backup(chosen).problem is not None


def test_restoring_the_database_onto_itself_is_refused(county_db: Path) -> None:
    before = file_state(county_db)
    with pytest.raises(DomainError) as refused:
        restore_backup(county_db, county_db)
    assert refused.value.issue.code == "restore_same_file"
    assert file_state(county_db) == before


# --- advice when a database cannot be opened (defect 9) ------------------------------------------
def test_advice_names_the_newest_usable_backup_or_says_there_is_none(county_db: Path) -> None:
    none = restore_advice(county_db)
    assert none.code == "restore_advice_none"
    assert str(backups_folder(county_db)) in issue_message(none)

    older = make_backup(county_db, BackupKind.MANUAL, now=datetime(2026, 11, 2, 9, 30))
    newest = make_backup(county_db, BackupKind.MANUAL, now=datetime(2026, 11, 20, 17, 5))
    # A newer file that is not a usable backup is passed over
    broken = backups_folder(county_db) / "xianbao-20261125-080000-daily-rev0005.sqlite3"
    broken.write_bytes(b"")

    advice = restore_advice(county_db)
    assert advice.code == "restore_advice_backup"
    assert advice.params["backup"] == str(newest) and advice.params["made"] == "2026-11-20 17:05"
    assert older.exists()
    text = issue_message(advice)
    assert str(newest) in text and "xianbao restore" in text


HOLDER = """
import sys
from pathlib import Path
from desktop_app.services.store import open_sqlite_store
from desktop_app.services.targets import TargetService
store = open_sqlite_store(Path(sys.argv[1]))
store.home_region()
print("open", flush=True)
sys.stdin.readline()
store.close()
"""


def test_restore_while_another_xianbao_process_has_it_open_is_refused(county_db: Path) -> None:
    backup = make_backup(county_db, BackupKind.MANUAL)
    # Given another Xianbao process with the database open and idle
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(county_db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = file_state(county_db)[0]
        with pytest.raises(DomainError) as refused:
            restore_backup(county_db, backup)
        assert refused.value.issue.code == "restore_busy"
        assert file_state(county_db)[0] == before
    finally:
        holder.communicate("\n", timeout=30)
    # Once it has closed the database, the restore goes through
    assert restore_backup(county_db, backup).kept is not None


RESTORER = """
import sys
from pathlib import Path
from desktop_app.services.backups import restore_backup

database, first, second = (Path(p) for p in sys.argv[1:4])
print("ready", flush=True)
while True:
    restore_backup(database, first)
    restore_backup(database, second)
"""
KILLS = 12


def add_values(path: Path, count: int) -> None:
    """`count` more values (distinct months of one indicator across the regions), by SQL."""
    db = sqlite3.connect(path)
    try:
        db.execute(
            "WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < :last) "
            "INSERT INTO value (region_id, indicator_id, period, state, amount, basis, source, "
            "updated_at, updated_by) "
            "SELECT (SELECT min(id) FROM region) + k % 300, (SELECT min(id) FROM indicator), "
            "printf('%04d-M%02d', 1900 + k / 3600, 1 + (k / 300) % 12), 'value', k, 'own', "
            "'typed', '2026-01-01 00:00:00', 'sql' FROM n",
            {"last": count - 1},
        )
        db.commit()
    finally:
        db.close()


@pytest.mark.slow
def test_a_kill_during_a_restore_leaves_one_whole_database(county_db: Path) -> None:
    # Given two backups of different sizes and a process restoring them in turn, without end
    first = make_backup(county_db, BackupKind.MANUAL)
    add_values(county_db, 30_000)
    second = make_backup(county_db, BackupKind.MANUAL)
    expected = {counts(first)[0], counts(second)[0]}
    randomness = random.Random(10)
    outcomes: dict[int, int] = {}
    for _ in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, "-c", RESTORER, str(county_db), str(first), str(second)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        # When it is killed at a random moment
        time.sleep(randomness.uniform(0.0, 0.6))
        process.kill()
        process.communicate(timeout=30)
        # Then the database is one of the two backups, whole, and opens
        db = sqlite3.connect(county_db)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
        values = counts(county_db)[0]
        assert values in expected
        outcomes[values] = outcomes.get(values, 0) + 1
        # (a kill during the checked copy leaves it behind; the next restore replaces it)
        midway = list(county_db.parent.glob("*.restoring*"))
        outcomes[-1] = outcomes.get(-1, 0) + bool(midway)
    store = open_sqlite_store(county_db)
    store.close()
    print(f"{KILLS} kills during restores: values → times {outcomes} (-1: amid the copy)")
