"""When the store or its disk says no: a sentence, and nothing of the save kept.

Real SQLite files: a read-only one (the file's own permission, or its immutable attribute when
the tests run as root, where permissions do not stop writes), and a full one (SQLite's
max_page_count, so that SQLite itself answers SQLITE_FULL, "database or disk is full").
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.exc import DatabaseError

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.i18n import issue_message, plain_detail
from desktop_app.persistence.errors import StorageError, storage_issue
from desktop_app.persistence.models import AuditRecord, ValueRecord
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import CellInput, ValueService

#: About the SQLite file itself (its copies, its disk, its locks, its upgrade).
pytestmark = pytest.mark.sqlite_only

MARCH = Period.month(2016, 3)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make `path` read-only for this process, as the system would for a clerk without write
    access: its permission bits, or (as root, whom permissions do not stop) its immutable
    attribute. Skips, saying why, where neither is possible."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: no way to make a file read-only here")
    done = subprocess.run([chattr, "+i", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = done.stderr.strip()
        pytest.skip(f"running as root and chattr +i refused ({reason}): no read-only file here")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def counts(path: Path) -> tuple[int, int]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return (
            db.execute("SELECT count(*) FROM value").fetchone()[0],
            db.execute("SELECT count(*) FROM audit").fetchone()[0],
        )
    finally:
        db.close()


@pytest.fixture
def county(db_path: Path) -> Path:
    store = open_sqlite_store(db_path)
    store.set_home_region("511921")
    ValueService(store.sessions, "tester").set_text("511921", "D02", MARCH, "10")
    store.close()
    return db_path


def test_save_to_a_read_only_database_is_refused_with_a_sentence(county: Path) -> None:
    before = counts(county)
    with read_only(county):
        store = open_sqlite_store(county)
        try:
            with pytest.raises(DomainError) as refused:
                ValueService(store.sessions, "tester").set_text("511921", "D02", MARCH, "12")
        finally:
            store.close()
    assert refused.value.issue.code == "database_read_only"
    message = issue_message(refused.value.issue)
    assert str(county) in message
    assert "read-only" in message and "copy" in message.lower()
    assert "sqlalche.me" not in message and "INSERT" not in message
    assert counts(county) == before


def full_store(path: Path) -> Store:
    """The store with SQLite's max_page_count at the file's current size: the next page the
    database needs makes SQLite answer SQLITE_FULL, as a full disk would."""
    store = open_sqlite_store(path)
    with store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(store.engine, "connect", cap)
    store.engine.dispose()  # connections made from now on carry the cap
    return store


def test_save_to_a_full_database_is_refused_and_nothing_is_kept(county: Path) -> None:
    before = counts(county)
    store = full_store(county)
    service = ValueService(store.sessions, "tester")
    saved = 0
    try:
        with pytest.raises(DomainError) as refused:
            # Each save adds a value and an audit entry; within a few hundred the file must grow.
            for month in range(1, 13):
                for code in ("A01", "A02", "A03", "A05", "B01", "B02", "C01", "C02", "D01", "D02"):
                    for year in range(2000, 2010):
                        service.set_text("511921", code, Period.month(year, month), "7")
                        saved += 1
    finally:
        store.close()
    assert saved > 0, "the cap must leave room for some saves"
    assert refused.value.issue.code == "database_full"
    assert isinstance(refused.value, StorageError)
    message = issue_message(refused.value.issue)
    assert str(county) in message and "full" in message
    # Every save acknowledged is kept, with its audit entry; the refused one left nothing.
    assert counts(county) == (before[0] + saved, before[1] + saved)
    store = open_sqlite_store(county)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ValueRecord)) == before[0] + saved
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == before[1] + saved
    store.close()


@pytest.mark.parametrize(
    ("code", "issue"),
    [
        (sqlite3.SQLITE_READONLY, "database_read_only"),
        (sqlite3.SQLITE_FULL, "database_full"),
        (sqlite3.SQLITE_IOERR, "database_io_error"),
        (sqlite3.SQLITE_CORRUPT, "database_damaged"),
        (sqlite3.SQLITE_NOTADB, "database_damaged"),
        (sqlite3.SQLITE_CANTOPEN, "database_cannot_open"),
        (sqlite3.SQLITE_BUSY, "database_in_use"),
    ],
)
def test_sqlite_codes_become_sentences_without_library_links(code: int, issue: str) -> None:
    # A driver error carrying each result code, as sqlite3 sets it on its exceptions.
    error = sqlite3.OperationalError("driver text")
    error.sqlite_errorcode = code
    found = storage_issue(error, "/data/x.sqlite3")
    assert found is not None and found.code == issue
    text = issue_message(found)
    assert "/data/x.sqlite3" in text and "sqlalche.me" not in text and issue not in text


def test_a_library_error_in_a_message_keeps_only_the_drivers_words(tmp_path: Path) -> None:
    # SQLAlchemy's own text of real errors: a file that is no database, a duplicate key.
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00garbage" * 1000)
    texts = []
    engine = create_engine(f"sqlite:///{garbage}")
    with pytest.raises(DatabaseError) as damaged, engine.connect() as connection:
        connection.execute(text("PRAGMA quick_check"))
    texts.append(str(damaged.value))
    engine.dispose()
    engine = create_engine(f"sqlite:///{tmp_path / 'ok.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (a INTEGER PRIMARY KEY)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
    with pytest.raises(DatabaseError) as twice, engine.begin() as connection:
        connection.execute(text("INSERT INTO t VALUES (:a)"), {"a": 1})
    texts.append(str(twice.value))
    engine.dispose()
    assert all("sqlalche.me" in text_ and "[SQL:" in text_ for text_ in texts)
    assert [plain_detail(text_) for text_ in texts] == [
        "file is not a database",
        "UNIQUE constraint failed: t.a",
    ]
    message = issue_message(Issue("database_unreadable", params={"path": "x", "detail": texts[0]}))
    assert "sqlalche.me" not in message and "file is not a database" in message


def test_a_batch_on_a_full_database_is_refused_whole_with_the_sentence(county: Path) -> None:
    # A paste or a copy of last period's figures: the full disk ends the whole batch (SQLite has
    # rolled the transaction back), never one cell's refusal with the rest "kept".
    before = counts(county)
    store = full_store(county)
    cells = [
        CellInput("511921", code, Period.month(year, month), "7")
        for code in ("A01", "A02", "A03", "B01", "C01", "D01", "D02")
        for year in range(2000, 2010)
        for month in range(1, 13)
    ]
    try:
        with pytest.raises(StorageError) as refused:
            ValueService(store.sessions, "tester").set_many(cells, source="pasted")
    finally:
        store.close()
    assert refused.value.issue.code == "database_full"
    assert counts(county) == before
