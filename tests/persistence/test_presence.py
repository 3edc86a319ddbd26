"""Who else has the database open: presence records beside it, refreshed, ignored when stale,
never in the way of opening."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.services.presence import STALE_AFTER, Presence, presence_folder

#: About the SQLite file itself (its copies, its disk, its locks, its upgrade).
pytestmark = pytest.mark.sqlite_only


def test_presence_lists_the_other_programs_not_itself(tmp_path: Path) -> None:
    database = tmp_path / "xianbao.sqlite3"
    mine = Presence(database, "李四", computer="PC-01", pid=101).start()
    theirs = Presence(database, "王芳", computer="PC-02", pid=202).start()
    try:
        assert [(h.user, h.computer) for h in mine.others()] == [("王芳", "PC-02")]
        assert [(h.user, h.computer) for h in theirs.others()] == [("李四", "PC-01")]
        assert mine.holders_text() == "王芳 (PC-02)"
    finally:
        theirs.stop()
    # a program that closes takes its record with it
    assert mine.others() == []
    mine.stop()
    assert not presence_folder(database).exists()


def test_presence_is_refreshed_while_the_program_runs(tmp_path: Path) -> None:
    database = tmp_path / "xianbao.sqlite3"
    theirs = Presence(database, "王芳", computer="PC-02", pid=202, heartbeat=0.05).start()
    try:
        first = json.loads(theirs.file.read_text(encoding="utf-8"))["seen"]
        time.sleep(0.3)
        later = json.loads(theirs.file.read_text(encoding="utf-8"))["seen"]
        assert later > first
    finally:
        theirs.stop()


def test_presence_ignores_stale_and_garbled_records(tmp_path: Path) -> None:
    database = tmp_path / "xianbao.sqlite3"
    mine = Presence(database, "李四", computer="PC-01", pid=101).start()
    folder = presence_folder(database)
    now = datetime.now(UTC)

    def record(name: str, seen: datetime) -> Path:
        path = folder / name
        data = {"user": name, "computer": "PC", "pid": 1, "since": seen.isoformat()}
        path.write_text(json.dumps(data | {"seen": seen.isoformat()}), encoding="utf-8")
        return path

    record("killed.json", now - timedelta(seconds=STALE_AFTER + 5))  # a PC switched off
    old = record("last-week.json", now - timedelta(days=7))
    record("fresh.json", now - timedelta(seconds=5))
    (folder / "half.json").write_text('{"user": "半', encoding="utf-8")  # a crash mid-write
    (folder / "other.json").write_text("[1, 2]", encoding="utf-8")
    try:
        assert [h.user for h in mine.others()] == ["fresh.json"]
        assert not old.exists()  # forgotten after a day
    finally:
        mine.stop()


def test_presence_never_stops_the_program(tmp_path: Path) -> None:
    # Given a database whose presence folder cannot be made (a file is in its place)
    database = tmp_path / "xianbao.sqlite3"
    presence_folder(database).write_text("not a folder", encoding="utf-8")
    mine = Presence(database, "李四")
    # When the program starts and asks who else is there, nothing is raised
    assert mine.start() is mine
    assert mine.refresh() is False
    assert mine.others() == []
    mine.stop()


def test_presence_names_the_person_with_the_login_beside_it(tmp_path: Path) -> None:
    database = tmp_path / "xianbao.sqlite3"
    mine = Presence(database, "李四", computer="PC-01", pid=101).start()
    theirs = Presence(database, "王芳", computer="PC-02", pid=202, login="wangf").start()
    same = Presence(database, "zhao", computer="PC-03", pid=303, login="zhao").start()
    try:
        assert mine.holders_text() == "王芳 [wangf] (PC-02), zhao (PC-03)"
        # a new name is on disk at once, not at the next heartbeat
        theirs.rename("王小芳")
        assert [h.name for h in mine.others()] == ["王小芳 [wangf]", "zhao"]
    finally:
        theirs.stop()
        same.stop()
        mine.stop()


def test_presence_reads_a_record_of_an_older_version_without_login(tmp_path: Path) -> None:
    database = tmp_path / "xianbao.sqlite3"
    mine = Presence(database, "李四", computer="PC-01", pid=101).start()
    now = datetime.now(UTC).isoformat()
    old = {"user": "root", "computer": "PC-09", "pid": 9, "since": now, "seen": now}
    (presence_folder(database) / "PC-09-9.json").write_text(json.dumps(old), encoding="utf-8")
    try:
        assert mine.holders_text() == "root (PC-09)"
    finally:
        mine.stop()
