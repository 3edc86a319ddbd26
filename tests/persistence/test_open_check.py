"""Opening reads the whole file (`PRAGMA quick_check`) only when the last clean close does not
vouch for it: after a crash, after another program changed it, when it was replaced, or when
its last check is a week old. A damaged file is still refused with its sentence.

The checks are counted with an event listener on every engine (the statement SQLite receives)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from desktop_app.domain.issues import DomainError
from desktop_app.persistence.open_check import RECHECK_AFTER, note_path
from desktop_app.services.store import open_sqlite_store

pytestmark = pytest.mark.sqlite_only

HOME = "511921"


@pytest.fixture(scope="module")
def closed_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database opened, given a home county and closed cleanly once (built once)."""
    path = tmp_path_factory.mktemp("open-check") / "xianbao.sqlite3"
    store = open_sqlite_store(path)
    store.set_home_region(HOME)
    store.close()
    return path


@pytest.fixture
def database(closed_database: Path, tmp_path: Path) -> Path:
    """A copy of it in its own folder, with its note; the copy has its own file id, so its
    note is made again by one clean open and close."""
    path = tmp_path / "xianbao.sqlite3"
    shutil.copy2(closed_database, path)
    store = open_sqlite_store(path)
    store.close()
    return path


@pytest.fixture
def checks() -> Iterator[list[str]]:
    """Every `quick_check` any engine sends from now on."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "quick_check" in statement:
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    yield seen
    event.remove(Engine, "before_cursor_execute", count)


def reopen(path: Path) -> None:
    store = open_sqlite_store(path)
    assert store.home_region() == HOME
    store.close()


def test_open_check_clean_reopen_skips_the_whole_file_check(
    database: Path, checks: list[str]
) -> None:
    reopen(database)
    reopen(database)
    assert checks == []
    assert note_path(database).exists()


def test_open_check_a_copy_or_a_new_file_is_checked(
    closed_database: Path, tmp_path: Path, checks: list[str]
) -> None:
    # Given a copy made with its time kept, and its note beside it (the whole folder copied)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy2(closed_database, copy)
    shutil.copy2(note_path(closed_database), note_path(copy))
    reopen(copy)
    assert len(checks) == 1  # another file (its id), so it is read whole once
    reopen(copy)
    assert len(checks) == 1


@pytest.mark.slow  # a child process that imports the store: 2-7 s on the 2-core machine
def test_open_check_after_a_crash_the_file_is_checked(database: Path, checks: list[str]) -> None:
    # Given a program that saved and was killed before it could close the file
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from desktop_app.services.store import open_sqlite_store
        store = open_sqlite_store(Path({str(database)!r}))
        store.set_home_region("{HOME}", "通江县商务局")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert database.with_name(database.name + "-wal").stat().st_size > 0
    checks.clear()  # the child's own open was counted by nobody; start from zero anyway

    reopen(database)
    assert len(checks) == 1
    reopen(database)  # that close was clean
    assert len(checks) == 1


def test_open_check_a_file_another_program_changed_is_checked(
    database: Path, checks: list[str]
) -> None:
    db = sqlite3.connect(database)
    db.execute("UPDATE meta SET value = value WHERE key = 'home_region'")
    db.execute("CREATE TABLE other_program (x INTEGER)")
    db.execute("DROP TABLE other_program")
    db.commit()
    db.close()
    reopen(database)
    assert len(checks) == 1


def test_open_check_a_week_after_the_last_check_the_file_is_checked(
    database: Path, checks: list[str]
) -> None:
    # Given a clean close whose last whole check is older than RECHECK_AFTER
    note = json.loads(note_path(database).read_text(encoding="utf-8"))
    assert note["closed"] is not None
    old = datetime.fromisoformat(note["checked"]) - RECHECK_AFTER - timedelta(hours=1)
    note["checked"] = old.isoformat()
    note_path(database).write_text(json.dumps(note), encoding="utf-8")

    reopen(database)
    assert len(checks) == 1
    reopen(database)  # checked now: trusted again
    assert len(checks) == 1


def test_open_check_a_damaged_file_is_still_refused(database: Path, checks: list[str]) -> None:
    # Given a clean close, then the tail of the file's last pages overwritten (a failing disk,
    # another program), where only a read of the whole file finds it: the schema still reads
    data = bytearray(database.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for at in range(len(data) - 8 * page, len(data), page):
        data[at : at + 12] = b"\xa5" * 12
    database.write_bytes(bytes(data))

    with pytest.raises(DomainError) as refused:
        open_sqlite_store(database)
    # refused by the whole-file check (SQLite answers "malformed" or lists what is wrong)
    assert refused.value.issue.code in {"database_damaged", "database_unreadable"}
    assert len(checks) == 1
    # and it stays refused on the next try (a refusal notes nothing)
    with pytest.raises(DomainError):
        open_sqlite_store(database)
