"""Copies of a SQLite database file, and the names of the backups kept beside it.

There is one way to copy a database: SQLite's online backup API from a read-only connection, so
the copy is one consistent moment even while another connection writes (a writer in WAL mode is
never blocked by it). The copy is written under a temporary name, switched to a rollback journal
(a single self-contained file that opens read-only without -wal/-shm files beside it), fsynced,
and renamed when whole: a kill during the copy leaves no half file under a backup's name.

Backups live in the `backups` folder beside the database and are named by the time they were
made, why, and the schema revision they hold: xianbao-20261201-205312-daily-rev0004.sqlite3.
Copies kept before an upgrade by earlier versions have no kind in their name
(xianbao-20261201-205312-rev0001.sqlite3) and are read as upgrade copies.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

BACKUP_FOLDER = "backups"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
STAMP_FORMAT = "%Y%m%d-%H%M%S"


class BackupKind(Enum):
    """Why a backup was made; the value is the word in its file name."""

    DAILY = "daily"  # on exit, at most one a day
    BEFORE_IMPORT = "import"
    BEFORE_UPGRADE = "upgrade"
    BEFORE_RESTORE = "restore"
    MANUAL = "manual"
    REPLACED = "replaced"  # the bytes of a database a restore replaced, when it could not be copied


_NAME = re.compile(
    r"(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<kind>[a-z]+))?(?:-(?P<number>\d+))?"
    r"-rev(?P<revision>[0-9A-Za-z_]+)\.sqlite3"
)


@dataclass(frozen=True)
class BackupName:
    stem: str
    made: datetime
    kind: BackupKind
    revision: str


def parse_backup_name(name: str) -> BackupName | None:
    """What a backup's file name says, or None for a file not named as a Xianbao backup."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        made = datetime.strptime(match.group("stamp"), STAMP_FORMAT)
        kind = BackupKind(match.group("kind") or BackupKind.BEFORE_UPGRADE.value)
    except ValueError:
        return None
    return BackupName(match.group("stem"), made, kind, match.group("revision"))


def backups_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def new_backup_path(
    folder: Path, stem: str, kind: BackupKind, revision: str | None, made: datetime
) -> Path:
    """A name not yet taken in `folder` for a backup made at `made`."""
    stamp = made.strftime(STAMP_FORMAT)
    rev = revision or "none"
    target = folder / f"{stem}-{stamp}-{kind.value}-rev{rev}{SUFFIX}"
    number = 1
    while target.exists() or target.with_name(target.name + PARTIAL).exists():
        number += 1
        target = folder / f"{stem}-{stamp}-{kind.value}-{number}-rev{rev}{SUFFIX}"
    return target


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` read-only: SQLite neither writes to it nor creates it."""
    return path.resolve().as_uri() + "?mode=ro"


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)


def fsync_directory(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


STALE_PARTIAL_SECONDS = 600


def remove_partial_copies(folder: Path) -> None:
    """Leftovers of copies a kill interrupted: partial files not written to for ten minutes
    (a copy another Xianbao is making right now keeps its file's time fresh)."""
    now = time.time()
    for leftover in folder.glob("*" + PARTIAL):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_PARTIAL_SECONDS:
                leftover.unlink()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the database `source` at `target` (see the module's docstring).

    Raises sqlite3.Error when the source cannot be read as a database, OSError when the copy
    cannot be written (a full disk, a read-only folder); the target is then left as it was."""
    partial = target.with_name(target.name + PARTIAL)
    try:
        reader = connect_read_only(source)
        try:
            copy = sqlite3.connect(partial, isolation_level=None)
            try:
                # One step (pages=-1): the whole copy is read in one read transaction, so it is
                # one moment of the database; a writer in another process is not blocked.
                reader.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            reader.close()
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    fsync_directory(target.parent)


def make_backup_copy(
    database: Path, kind: BackupKind, revision: str | None, made: datetime | None = None
) -> Path:
    """A copy of `database` in the backups folder beside it, named by time, kind and revision."""
    folder = backups_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    remove_partial_copies(folder)
    target = new_backup_path(folder, database.stem, kind, revision, made or datetime.now())
    copy_database(database, target)
    return target
