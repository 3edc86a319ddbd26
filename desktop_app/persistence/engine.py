"""The SQLAlchemy engine for the embedded SQLite store (a PostgreSQL server: persistence/server.py).

Two programs may have one database file open (two clerks on a shared folder). Every write
session therefore takes SQLite's write lock when it begins (BEGIN IMMEDIATE), so what it reads
(the old value for the audit, the cell's version, whether a row exists) cannot change before it
writes. Read sessions begin a plain deferred transaction and never take the write lock.

pysqlite's own transaction handling would send no BEGIN before a SELECT, so a write session's
reads ran outside any transaction; it is switched off (isolation_level=None) and the "begin"
listener below sends the BEGIN itself (SQLAlchemy's "Serializable isolation / Savepoints /
Transactional DDL" recipe for pysqlite). SAVEPOINTs (Session.begin_nested) keep working.

A write that finds the file locked by another program waits in short slices, telling a
`LockWaiter` how long it has waited (the window shows a progress dialog with Cancel, the command
line a line), and gives up after `LockWait.limit` seconds with a sentence, never a traceback.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.persistence import open_check
from desktop_app.persistence.errors import open_refusal

#: How long a statement waits for a lock inside SQLite (reads during another program's
#: checkpoint, a migration's own connection). A write session's BEGIN waits differently: below.
BUSY_TIMEOUT_MS = 5000

#: The connection execution option that marks a write session; its value is the LockWait.
WRITE_OPTION = "xianbao_write"


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL, not NORMAL: in WAL mode NORMAL may lose the last committed transactions on a power cut,
    # and a clerk's saved cell must survive an office PC being switched off at the wall. The cost
    # (one fsync per commit) is small next to one keystroke per commit.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


class LockWaiter(Protocol):
    """Told while a write waits for another program's lock; answers False to stop waiting."""

    def waiting(self, elapsed: float, limit: float, holders: str) -> bool: ...

    def finished(self) -> None: ...


@dataclass
class LockWait:
    """How a write session waits for the write lock. One per store; the window and the command
    line set `waiter`, the presence record sets `holders` (who else has the file open)."""

    limit: float = 30.0  # seconds before giving up
    # Seconds SQLite's own busy handler waits per attempt, between two reports to the waiter.
    # Short: its sleeps grow (1, 2, 5, 10, 20… ms) within one attempt, so a long slice hands a
    # lock just released to the waiting program late (two programs saving one cell in turn took
    # 51 s with 0.1, 22 s with 0.01); an attempt costs microseconds.
    slice: float = 0.01
    waiter: LockWaiter | None = None
    holders: Callable[[], str] | None = None

    def who(self) -> str:
        if self.holders is None:
            return ""
        try:
            return self.holders()
        except OSError:  # the presence folder unreadable: the lock is still worth waiting for
            return ""


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED (and their extended codes): another connection holds a lock."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "database is locked" in str(exc) or "database table is locked" in str(exc)


def busy_issue(limit: float, holders: str, cancelled: bool = False) -> Issue:
    code = "database_wait_cancelled" if cancelled else "database_busy"
    if holders and not cancelled:
        code = "database_busy_by"
    return Issue(code, params={"seconds": round(limit), "holders": holders})


def _begin_immediate(dbapi_connection: sqlite3.Connection, wait: LockWait) -> None:
    """BEGIN IMMEDIATE, waiting in slices and reporting to the waiter, up to the limit.

    SQLite's busy handler waits one slice per attempt (a 5 s busy_timeout would leave the
    window frozen and the waiter untold); the statements' timeout is restored afterwards."""
    start = time.monotonic()
    holders: str | None = None
    told = False
    dbapi_connection.execute(f"PRAGMA busy_timeout={max(1, round(wait.slice * 1000))}")
    try:
        while True:
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
            elapsed = time.monotonic() - start
            if holders is None:
                holders = wait.who()
            if elapsed >= wait.limit:
                raise DomainError(busy_issue(wait.limit, holders))
            if wait.waiter is not None:
                told = True
                if not wait.waiter.waiting(elapsed, wait.limit, holders):
                    raise DomainError(busy_issue(wait.limit, holders, cancelled=True))
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if told and wait.waiter is not None:
            wait.waiter.finished()


def _driver_isolation_off(dbapi_connection: Any, _record: Any) -> None:
    # The "begin" listener sends every BEGIN; pysqlite must send none of its own.
    dbapi_connection.isolation_level = None


def _begin(connection: Connection) -> None:
    wait = connection.get_execution_options().get(WRITE_OPTION)
    dbapi_connection = connection.connection.driver_connection
    assert isinstance(dbapi_connection, sqlite3.Connection)
    if isinstance(wait, LockWait):
        _begin_immediate(dbapi_connection, wait)
    else:
        dbapi_connection.execute("BEGIN")


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on a SQLite file, refusing with a clear code a file that is not a healthy database.

    The whole file is checked (`PRAGMA quick_check`) unless it is as a clean close left it and
    was checked recently (persistence/open_check.py); `Store.close` notes the clean close."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(sqlite_url(path))
    event.listen(engine, "connect", sqlite_pragmas)
    event.listen(engine, "connect", _driver_isolation_off)
    event.listen(engine, "begin", _begin)
    # Asked before connecting: the connection's pragmas may create the write-ahead log.
    check = open_check.needs_check(path)
    try:
        with engine.connect() as conn:
            # Without the whole-file check, one read of the schema still refuses a file that is
            # no database before anything writes to it.
            query = "PRAGMA quick_check" if check else "SELECT count(*) FROM sqlite_master"
            result = conn.execute(text(query)).scalar()
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        refusal = open_refusal(exc, path)  # a folder it may not write in is no unreadable file
        if refusal is not None:
            raise refusal from exc
        raise DomainError.of("database_unreadable", path=str(path), detail=str(exc)) from exc
    if check and result != "ok":
        engine.dispose()
        raise DomainError.of("database_damaged", path=str(path), detail=str(result))
    if check:
        open_check.note_checked(path)
    return engine


class Sessions(sessionmaker[Session]):
    """The session factory: `sessions()` for reading, `sessions.begin()` for a write that takes the
    write lock first. A lock that cannot be had, and any other "database is locked" on the way,
    ends in a DomainError (a sentence), never in a traceback."""

    lock_wait: LockWait

    def begin(self) -> contextlib.AbstractContextManager[Session]:
        return self._write()

    @contextlib.contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with self() as session, session.begin():
                if session.get_bind().dialect.name == "sqlite":
                    # The first connection of the session carries the option into the "begin"
                    # listener, which sends BEGIN IMMEDIATE before any statement of the session.
                    session.connection(execution_options={WRITE_OPTION: self.lock_wait})
                else:
                    # A server: READ COMMITTED, then the one write lock (persistence/server.py).
                    from desktop_app.persistence.server import lock_for_write

                    connection = session.connection(
                        execution_options={"isolation_level": "READ COMMITTED"}
                    )
                    lock_for_write(connection, self.lock_wait)
                yield session
        except DBAPIError as exc:
            earlier = refusal_behind(exc)
            if earlier is not None:
                # Rolling back after a refusal failed too (SQLite had already rolled the whole
                # transaction back after SQLITE_FULL, so its savepoint is gone): the refusal is
                # what the clerk must read, not "no such savepoint".
                raise earlier from exc
            if not isinstance(exc, OperationalError) or not is_busy(
                exc.orig if exc.orig is not None else exc
            ):
                raise
            raise DomainError(busy_issue(self.lock_wait.limit, self.lock_wait.who())) from exc


def refusal_behind(exc: BaseException) -> DomainError | None:
    """The DomainError that was being handled when `exc` was raised, if any."""
    seen: set[int] = set()
    cause = exc.__context__
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, DomainError):
            return cause
        seen.add(id(cause))
        cause = cause.__context__
    return None


def session_factory(engine: Engine, lock_wait: LockWait | None = None) -> Sessions:
    sessions = Sessions(engine, expire_on_commit=False)
    sessions.lock_wait = lock_wait or LockWait()
    return sessions
