"""The SQLAlchemy engine for the embedded SQLite store (and, later, a shared PostgreSQL server)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.issues import DomainError


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL, not NORMAL: in WAL mode NORMAL may lose the last committed transactions on a power cut,
    # and a clerk's saved cell must survive an office PC being switched off at the wall. The cost
    # (one fsync per commit) is small next to one keystroke per commit.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on a SQLite file, refusing with a clear code a file that is not a healthy database."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(sqlite_url(path))
    event.listen(engine, "connect", sqlite_pragmas)
    try:
        with engine.connect() as conn:
            result = conn.execute(text("PRAGMA quick_check")).scalar()
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise DomainError.of("database_unreadable", path=str(path), detail=str(exc)) from exc
    if result != "ok":
        engine.dispose()
        raise DomainError.of("database_damaged", path=str(path), detail=str(result))
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
