"""What SQLite says when the store or its disk says no, as issues with sentences.

SQLAlchemy wraps the driver's error and appends "(Background on this error at:
https://sqlalche.me/...)" to its text; a clerk must read neither that nor the SQL. The common
SQLite result codes (read-only, full, I/O error, damaged, cannot open) become issue codes here,
by the driver's own result code (sqlite3.Error.sqlite_errorcode), not by parsing English text.

`translate_storage_errors(engine, path)` installs this on an engine: a statement or a commit that
fails for one of these reasons raises a `StorageError` (a DomainError) instead, after SQLAlchemy
has rolled the transaction back, so every caller that shows a DomainError shows the sentence.
Locks (SQLITE_BUSY, SQLITE_LOCKED) are left as they are for the writers' own waiting; the
last-resort handlers turn any that remain into a sentence with `storage_error`.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError

from desktop_app.domain.issues import DomainError, Issue

# SQLite's primary result codes (https://www.sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

#: The primary result codes `translate_storage_errors` turns into a StorageError at once.
TRANSLATED = frozenset(
    {SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN}
    | {SQLITE_NOTADB}
)


class StorageError(DomainError):
    """The database or its disk refused a read or a write; nothing of the transaction was kept.

    A DomainError, so that every place that shows a refusal shows it; a batch that refuses cells
    one by one (catching DomainError per cell) must let this one through, as the transaction as
    a whole is gone."""


def driver_error(exc: BaseException) -> BaseException:
    """The driver's own exception inside SQLAlchemy's wrapper (or the exception itself)."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return exc.orig
    return exc


def driver_message(exc: BaseException) -> str:
    """The driver's message, without SQLAlchemy's SQL, parameters and link."""
    return str(driver_error(exc)).strip()


def result_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a driver error, if it is one."""
    error = driver_error(exc)
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def storage_issue(exc: BaseException, path: Path | str | None) -> Issue | None:
    """The issue for a SQLite error of the store at `path`, or None if `exc` is none."""
    code = result_code(exc)
    if code is None:
        return None
    where = str(path) if path is not None else ""
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return Issue("database_read_only", params={"path": where})
    if code == SQLITE_FULL:
        return Issue("database_full", params={"path": where})
    if code == SQLITE_IOERR:
        return Issue("database_io_error", params={"path": where})
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return Issue("database_damaged", params={"path": where, "detail": driver_message(exc)})
    if code == SQLITE_CANTOPEN:
        return Issue("database_cannot_open", params={"path": where})
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return Issue("database_in_use", params={"path": where})
    return Issue("database_error", params={"path": where, "detail": driver_message(exc)})


def storage_error(exc: BaseException, path: Path | str | None) -> StorageError | None:
    issue = storage_issue(exc, path)
    return None if issue is None else StorageError(issue)


def open_refusal(exc: BaseException, path: Path) -> DomainError | None:
    """Why an existing database file could not be opened, when that is the disk or the
    permissions and not the file's content: None lets the caller say the file cannot be read.

    SQLite keeps a WAL database's -wal and -shm files beside it; in a folder this program may not
    write, it cannot open the database at all ("unable to open database file"), which says
    nothing about the file itself."""
    code = result_code(exc)
    if code in (SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM) and path.exists():
        if not os.access(path.parent, os.W_OK):
            return StorageError(Issue("database_folder_read_only", params={"path": str(path)}))
        if not os.access(path, os.W_OK):
            return StorageError(Issue("database_read_only", params={"path": str(path)}))
    if code in (SQLITE_IOERR, SQLITE_FULL):
        return storage_error(exc, path)
    return None


def translate_storage_errors(engine: Engine, path: Path | str | None) -> None:
    """Make the engine raise StorageError for the SQLite codes in TRANSLATED."""

    def handle_error(context: Any) -> BaseException | None:
        original = context.original_exception
        if result_code(original) not in TRANSLATED:
            return None
        return storage_error(original, path)

    event.listen(engine, "handle_error", handle_error)
