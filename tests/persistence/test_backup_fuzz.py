"""A real backup's bytes mutated (bits flipped, cut short, junk inserted) and fed to `restore` and
to the list reader: the file is either restored whole (integrity_check ok) or refused with a
sentence, and a refusal leaves the current database's bytes, values and audit as they were.

Each case is bounded: the list reader and the restore of one mutated file take under
CASE_SECONDS each on this ~200 KB backup."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.i18n import ISSUE_TEXTS, issue_message
from desktop_app.persistence.backup_files import BackupKind
from desktop_app.services.backups import make_backup, read_backup, restore_backup
from desktop_app.services.store import open_sqlite_store
from desktop_app.services.values import ValueService

#: About the SQLite file itself (its copies, its disk, its locks, its upgrade).
pytestmark = pytest.mark.sqlite_only

CASE_SECONDS = 5.0
EXAMPLES = 50


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, prepared_db: Path) -> tuple[Path, Path]:
    """(a county database with values and audit entries, a backup of it)."""
    folder = tmp_path_factory.mktemp("fuzz")
    database = folder / "xianbao.sqlite3"
    shutil.copy(prepared_db, database)
    store = open_sqlite_store(database)
    store.set_home_region("511921")
    values = ValueService(store.sessions, "clerk")
    for month in range(1, 13):
        values.set_text("511921", "D02", Period.month(2016, month), str(month * 7))
        values.set_text("511922", "D02", Period.month(2016, month), str(month * 3))
    store.close()
    return database, make_backup(database, BackupKind.MANUAL)


def counts(path: Path) -> tuple[int, int]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return (
            db.execute("SELECT count(*) FROM value").fetchone()[0],
            db.execute("SELECT count(*) FROM audit").fetchone()[0],
        )
    finally:
        db.close()


def flip(data: bytes, at: int, bit: int) -> bytes:
    at %= len(data)
    return data[:at] + bytes([data[at] ^ (1 << bit)]) + data[at + 1 :]


body_flip = st.tuples(st.just("flip"), st.integers(100, 10**7), st.integers(0, 7))
mutation = st.one_of(
    # A bit flipped in the 100-byte header, where SQLite keeps page size, counts and formats
    st.tuples(st.just("flip"), st.integers(0, 99), st.integers(0, 7)),
    st.tuples(st.just("flip"), st.integers(0, 10**7), st.integers(0, 7)),
    st.tuples(st.just("cut"), st.integers(0, 10**7), st.just(0)),
    st.tuples(st.just("junk"), st.integers(0, 10**7), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("page"), st.integers(0, 10**4), st.binary(min_size=1, max_size=8)),
)


def mutate(data: bytes, changes: list[tuple[str, int, object]]) -> bytes:
    page = int.from_bytes(data[16:18], "big") or 4096
    for kind, at, extra in changes:
        if not data:
            break
        if kind == "flip":
            assert isinstance(extra, int)
            data = flip(data, at, extra)
        elif kind == "cut":
            data = data[: at % len(data)]
        elif kind == "junk":
            assert isinstance(extra, bytes)
            at %= len(data)
            data = data[:at] + extra + data[at:]
        else:  # a few bytes overwritten at the start of a page (its b-tree header)
            assert isinstance(extra, bytes)
            start = (at % max(len(data) // page, 1)) * page + (100 if at % 7 == 0 else 0)
            data = data[:start] + extra + data[start + len(extra) :]
    return data


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    # Flips alone often leave a sound file with other figures (restored); cuts and junk rarely do
    changes=st.one_of(
        st.lists(body_flip, min_size=1, max_size=2), st.lists(mutation, min_size=1, max_size=4)
    )
)
def test_a_mutated_backup_is_restored_whole_or_refused(
    pristine: tuple[Path, Path], changes: list[tuple[str, int, object]]
) -> None:
    database, backup = pristine
    with tempfile.TemporaryDirectory() as scratch:
        current = Path(scratch) / "xianbao.sqlite3"
        shutil.copy(database, current)
        before = (hashlib.sha256(current.read_bytes()).hexdigest(), counts(current))
        beside = sorted(p.name for p in Path(scratch).iterdir())  # with the test's own -wal
        chosen = Path(scratch) / "chosen" / backup.name
        chosen.parent.mkdir()
        chosen.write_bytes(mutate(backup.read_bytes(), changes))

        began = time.monotonic()
        info = read_backup(chosen)
        assert time.monotonic() - began < CASE_SECONDS
        if info.problem is not None:
            assert info.problem.code in ISSUE_TEXTS
            issue_message(info.problem)

        began = time.monotonic()
        try:
            restore_backup(current, chosen)
        except DomainError as refused:
            event(f"refused: {refused.issue.code}")
            assert time.monotonic() - began < CASE_SECONDS
            assert refused.issue.code in ISSUE_TEXTS
            assert str(chosen) in issue_message(refused.issue)
            after = (hashlib.sha256(current.read_bytes()).hexdigest(), counts(current))
            assert after == before
            assert sorted(p.name for p in Path(scratch).iterdir() if p.name != "chosen") == beside
            return
        assert time.monotonic() - began < CASE_SECONDS
        event("restored")
        db = sqlite3.connect(current)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
