"""Backups of the database and restoring one: make, list, rotate, restore, and advise.

Backups are consistent copies (persistence/backup_files.py) in the `backups` folder beside the
database, named by time, kind and revision. They are made on exit once a day (and again when the database
changed since the newest backup of the day, two hours or more after it), before every import,
before every restore, before every schema upgrade (persistence/migrate.py) and when the clerk
asks. After each one the folder is rotated
(domain/backup_rotation.py): every backup of the last day is kept, then the newest of each of the
last 7 days, 8 weeks and 12 months that have a backup; the newest backup and any copy kept before
an upgrade or a restore less than 30 days ago are never deleted, nor files not named as backups.

A backup is read without changing it (a read-only SQLite connection). A restore checks the file
first (a whole copy passes integrity_check, is a Xianbao database by its alembic_version, and is
not from a newer Xianbao), refuses while another program has the database open, keeps the database
it replaces in the backups folder, and swaps the checked copy in with one rename. A refused file
leaves the database as it was. An older backup is upgraded the next time the database is opened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.domain.backup_rotation import Retention, backups_to_keep
from desktop_app.domain.issues import DomainError, Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.persistence.backup_files import (
    PARTIAL,
    SUFFIX,
    connect_read_only,
    copy_database,
    fsync_directory,
    make_backup_copy,
    new_backup_path,
    parse_backup_name,
)
from desktop_app.persistence.backup_files import (
    BackupKind as BackupKind,  # re-exported: the UI does not import persistence
)
from desktop_app.persistence.backup_files import (
    backups_folder as backups_folder,
)
from desktop_app.persistence.migrate import known_revisions, refuse_foreign_or_newer

#: Copies kept before an upgrade or a restore are not rotated away before this age.
PROTECTED_FOR = timedelta(days=30)
PROTECTED_KINDS = frozenset(
    {BackupKind.BEFORE_UPGRADE, BackupKind.BEFORE_RESTORE, BackupKind.REPLACED}
)
#: Files beside a database that belong to it (SQLite's write-ahead log, its index, a journal).
SIDECARS = ("-wal", "-shm", "-journal")
#: The name of the checked copy a restore prepares beside the database.
RESTORING = ".restoring"


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, read without changing it. `kind` is None for a file in the
    backups folder that is not named as a Xianbao backup; `problem` says why it cannot be
    restored (empty, not a database, another program's, a newer Xianbao's), or is None."""

    path: Path
    made: datetime
    kind: BackupKind | None
    size: int
    revision: str | None = None
    regions: int | None = None
    values: int | None = None
    last_period: Period | None = None
    problem: Issue | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class RestoreOutcome:
    restored: BackupInfo
    #: Where the replaced database was kept (None when there was no database yet).
    kept: Path | None


def _refusal(code: str, **params: object) -> DomainError:
    return DomainError(Issue(code, Severity.ERROR, dict(params)))


# --- reading ----------------------------------------------------------------------------------
@contextlib.contextmanager
def _checking(copy: Path) -> Iterator[sqlite3.Connection]:
    """Our own copy opened to be checked. Not read-only: on a read-only connection SQLite's
    integrity_check leaves CHECK constraints out (a flipped bit that turned an indicator's kind
    "count" into "bount" passed it). The copy is in rollback-journal mode, so reading makes no
    file beside it, and query_only keeps the check from writing."""
    connection = sqlite3.connect(copy, timeout=1.0)
    try:
        connection.execute("PRAGMA query_only=1")
        yield connection
    finally:
        connection.close()


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    connection = connect_read_only(path, timeout=1.0)
    try:
        yield connection
    finally:
        connection.close()


def _last_period(codes: list[str]) -> Period | None:
    periods = []
    for code in codes:
        try:
            periods.append(Period.from_code(code))
        except DomainError:
            continue
    return max(periods) if periods else None


def _distinct(db: sqlite3.Connection, column: str) -> list[object]:
    """The distinct values of a column of `value`. With an index that begins with the column,
    one index seek per distinct value (a 1-million-value backup is read in milliseconds, not a
    scan of every row); without one (older schemas), a plain DISTINCT."""
    leading = {
        db.execute(f"PRAGMA index_info('{name}')").fetchone()[2]
        for (_seq, name, *_rest) in db.execute("PRAGMA index_list('value')")
    }
    if column not in leading:
        return [value for (value,) in db.execute(f"SELECT DISTINCT {column} FROM value")]
    query = (
        f"WITH RECURSIVE seen(v) AS (SELECT min({column}) FROM value UNION ALL "
        f"SELECT (SELECT min({column}) FROM value WHERE {column} > seen.v) FROM seen "
        "WHERE seen.v IS NOT NULL) SELECT v FROM seen WHERE v IS NOT NULL"
    )
    return [value for (value,) in db.execute(query)]


def read_backup(path: Path) -> BackupInfo:
    """What `path` holds; never raises for what the file contains (see BackupInfo.problem)."""
    named = parse_backup_name(path.name)
    try:
        status = path.stat()
    except OSError as exc:
        made = named.made if named else datetime.now()
        problem = Issue(
            "backup_unreadable", Severity.ERROR, {"path": str(path), "detail": str(exc)}
        )
        return BackupInfo(path, made, named.kind if named else None, 0, problem=problem)
    info = BackupInfo(
        path,
        named.made if named else datetime.fromtimestamp(status.st_mtime),
        named.kind if named else None,
        status.st_size,
    )
    if path.is_dir():
        return replace(info, problem=Issue("backup_not_a_file", params={"path": str(path)}))
    if status.st_size == 0:
        return replace(info, problem=Issue("backup_empty", params={"path": str(path)}))
    try:
        with _read_only(path) as db:
            tables = {
                name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables or "value" not in tables:
                return replace(info, problem=Issue("backup_foreign", params={"path": str(path)}))
            revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None:
                return replace(info, problem=Issue("backup_foreign", params={"path": str(path)}))
            info = replace(info, revision=str(revision[0]))
            if info.revision not in known_revisions():
                problem = Issue("backup_newer", params={"path": str(path), "revision": revision[0]})
                return replace(info, problem=problem)
            values = db.execute("SELECT count(*) FROM value").fetchone()[0]
            regions = len(_distinct(db, "region_id"))
            codes = [str(code) for code in _distinct(db, "period")]
    except sqlite3.Error as exc:
        problem = Issue("backup_unreadable", params={"path": str(path), "detail": str(exc)})
        return replace(info, problem=problem)
    return replace(info, values=int(values), regions=int(regions), last_period=_last_period(codes))


def _backup_files(database: Path) -> list[tuple[Path, datetime | None, BackupKind | None]]:
    """The database's backups in its folder and the files there not named as backups."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found: list[tuple[Path, datetime | None, BackupKind | None]] = []
    for path in folder.iterdir():
        name = path.name
        if name.endswith(PARTIAL) or any(name.endswith(SUFFIX + s) for s in SIDECARS):
            continue
        named = parse_backup_name(name)
        if named is None:
            found.append((path, None, None))
        elif named.stem == database.stem:
            found.append((path, named.made, named.kind))
    return found


def list_backups(database: Path) -> list[BackupInfo]:
    """Every backup of `database`, newest first, each read for what it holds."""
    infos = [read_backup(path) for path, _made, _kind in _backup_files(database)]
    return sorted(infos, key=lambda info: (info.made, info.path.name), reverse=True)


def newest_usable_backup(database: Path) -> BackupInfo | None:
    """The newest backup that can be restored; the files are read newest first until one is."""
    named = [(made, path) for path, made, _kind in _backup_files(database) if made is not None]
    for _made, path in sorted(named, reverse=True):
        info = read_backup(path)
        if info.usable:
            return info
    return None


def restore_advice(database: Path) -> Issue:
    """What to do about a database that cannot be opened: restore the newest backup (named by
    its date and path), or, when there is none, what else can be done."""
    newest = newest_usable_backup(database)
    if newest is None:
        return Issue(
            "restore_advice_none",
            Severity.ERROR,
            {"path": str(database), "folder": str(backups_folder(database))},
        )
    return Issue(
        "restore_advice_backup",
        Severity.ERROR,
        {"made": newest.made.strftime("%Y-%m-%d %H:%M"), "backup": str(newest.path)},
    )


# --- making and rotating ------------------------------------------------------------------------
def _stored_revision(database: Path) -> str | None:
    try:
        with _read_only(database) as db:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def make_backup(
    database: Path,
    kind: BackupKind = BackupKind.MANUAL,
    target: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """A backup of `database`: in its backups folder (then the folder is rotated), or at `target`
    (a folder to put it in, or the name of a new file). Refused with a sentence when there is no
    database, the target exists, or the copy cannot be written or read."""
    if not database.is_file():
        raise _refusal("backup_no_database", path=str(database))
    made = now or datetime.now()
    revision = _stored_revision(database)
    destination = target
    try:
        if target is None:
            copy = make_backup_copy(database, kind, revision, made)
        else:
            if target.is_dir():
                destination = new_backup_path(target, database.stem, kind, revision, made)
            elif target.exists():
                raise _refusal("backup_target_exists", path=str(target))
            assert destination is not None
            copy_database(database, destination)
            copy = destination
    except sqlite3.Error as exc:
        raise _refusal("backup_source_unreadable", path=str(database), detail=str(exc)) from exc
    except OSError as exc:
        where = destination or backups_folder(database)
        raise _refusal("backup_failed", path=str(where), detail=str(exc)) from exc
    if target is None:
        prune_backups(database, made)
    return copy


def prune_backups(database: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the retention does not keep; returns what was deleted."""
    now = now or datetime.now()
    named = [(path, made, kind) for path, made, kind in _backup_files(database) if made]
    stamps = [made for _path, made, _kind in named if made is not None]
    keep = backups_to_keep(stamps, now, Retention())
    if stamps:
        keep.add(max(range(len(stamps)), key=lambda i: (stamps[i], named[i][0].name)))
    deleted = []
    for index, (path, made, kind) in enumerate(named):
        assert made is not None
        if index in keep or (kind in PROTECTED_KINDS and now - made < PROTECTED_FOR):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            deleted.append(path)
    return deleted


#: Tables whose (row count, largest id) tell whether a backup still holds what the database does.
FINGERPRINT_TABLES = (
    "value", "audit", "region", "target", "return_status", "return_event", "explanation", "meta"
)  # fmt: skip
#: Columns whose largest value moves when a row is changed in place.
CHANGED_COLUMNS = ("updated_at", "changed_at", "at")
#: A changed database gets another exit backup once the newest is at least this old.
EXIT_BACKUP_AFTER = timedelta(hours=2)


def _fingerprint(path: Path) -> tuple[object, ...] | None:
    """Row counts and largest ids of the tables a clerk changes; None if it cannot be read."""
    try:
        with _read_only(path) as db:
            tables = {
                name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            prints: list[object] = []
            for table in FINGERPRINT_TABLES:
                if table not in tables:
                    prints.append(None)
                    continue
                columns = {row[1] for row in db.execute(f'PRAGMA table_info("{table}")')}
                measured = ["count(*)"]
                measured += [f'max("{c}")' for c in ("id", *CHANGED_COLUMNS) if c in columns]
                if "amount" in columns:  # a target changed in place
                    measured.append('total("amount")')
                if {"key", "value"} <= columns:  # the home region, the bureau's name
                    measured.append("group_concat(key || '=' || value, ';')")
                prints.append(db.execute(f'SELECT {", ".join(measured)} FROM "{table}"').fetchone())
            return tuple(prints)
    except sqlite3.Error:
        return None


def backup_if_due(database: Path, now: datetime | None = None) -> Path | None:
    """The backup made on exit: one a day; and another the same day when the database has
    changed since the newest backup and that one is two hours old or more, so an afternoon's
    work after a morning import is not left without a copy until the next day."""
    now = now or datetime.now()
    if not database.is_file():
        return None
    dated = [(made, path) for path, made, _kind in _backup_files(database) if made]
    today = [(made, path) for made, path in dated if made.date() == now.date()]
    if today:
        made, newest = max(today)
        if now - made < EXIT_BACKUP_AFTER or _fingerprint(newest) == _fingerprint(database):
            return None
    return make_backup(database, BackupKind.DAILY, now=now)


# --- restoring ------------------------------------------------------------------------------------
def check_backup(source: Path) -> None:
    """Refuse, with a sentence, a path that is not a restorable Xianbao backup (checks what can
    be told without reading the file whole; restore_backup checks the whole copy)."""
    if not source.exists():
        raise _refusal("backup_missing", path=str(source))
    if source.is_dir():
        raise _refusal("backup_not_a_file", path=str(source))
    if source.stat().st_size == 0:
        raise _refusal("backup_empty", path=str(source))


def _check_copy(copy: Path, shown: Path) -> None:
    """A whole copy passes integrity_check, is a Xianbao database, and is not from a newer one."""
    try:
        with _checking(copy) as db:
            result = [str(row[0]) for row in db.execute("PRAGMA integrity_check(5)")]
            if result != ["ok"]:
                raise _refusal("backup_damaged", path=str(shown), detail="; ".join(result))
            tables = {
                name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = (
                db.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
    except sqlite3.Error as exc:
        raise _refusal("backup_unreadable", path=str(shown), detail=str(exc)) from exc
    if revision is None or "value" not in tables:
        raise _refusal("backup_foreign", path=str(shown))
    # The store's own refusal of another program's or a newer Xianbao's file, named for the
    # file the clerk chose rather than the copy.
    renamed = {
        "database_foreign": "backup_foreign",
        "database_newer": "backup_newer",
        "database_unreadable": "backup_unreadable",
    }
    try:
        refuse_foreign_or_newer(copy)
    except DomainError as exc:
        code = renamed.get(exc.issue.code, exc.issue.code)
        params = {**exc.issue.params, "path": str(shown)}
        raise DomainError(Issue(code, Severity.ERROR, params)) from exc


def _busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)


def _release(database: Path) -> bool:
    """Make the database one self-contained file (its log folded in, a rollback journal) and
    make sure no other connection has it open; True when it could be read, False when it is
    damaged. Refused (restore_busy) while another program has it open: leaving write-ahead
    mode needs the only connection to the file."""
    try:
        db = sqlite3.connect(database, timeout=0.2, isolation_level=None)
    except sqlite3.Error as exc:
        if _busy(exc):
            raise _refusal("restore_busy", path=str(database)) from exc
        return False
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        db.execute("PRAGMA journal_mode=DELETE").fetchall()
        db.execute("BEGIN EXCLUSIVE")
        db.execute("ROLLBACK")
    except sqlite3.Error as exc:
        if _busy(exc):
            raise _refusal("restore_busy", path=str(database)) from exc
        return False
    finally:
        db.close()
    return True


def _keep_aside(database: Path, readable: bool, made: datetime) -> Path:
    """The database a restore replaces, kept in its backups folder: a consistent copy when it
    can be read, else its bytes as they are (with its log and journal beside it)."""
    revision = _stored_revision(database)
    if readable:
        with contextlib.suppress(sqlite3.Error):
            return make_backup_copy(database, BackupKind.BEFORE_RESTORE, revision, made)
    folder = backups_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    target = new_backup_path(folder, database.stem, BackupKind.REPLACED, revision, made)
    for sidecar in ("", *SIDECARS):
        original = database.with_name(database.name + sidecar)
        if original.exists():
            copy = target.with_name(target.name + sidecar)
            shutil.copyfile(original, copy)
            with open(copy, "rb+") as written:
                os.fsync(written.fileno())
    fsync_directory(folder)
    return target


def restore_backup(database: Path, source: Path, now: datetime | None = None) -> RestoreOutcome:
    """Replace `database` with the backup `source` (see the module's docstring)."""
    check_backup(source)
    with contextlib.suppress(OSError):
        if database.exists() and source.samefile(database):
            raise _refusal("restore_same_file", path=str(source))
    database.parent.mkdir(parents=True, exist_ok=True)
    checked = database.with_name(database.name + RESTORING)
    try:
        try:
            copy_database(source, checked)
        except sqlite3.Error as exc:
            raise _refusal("backup_unreadable", path=str(source), detail=str(exc)) from exc
        except OSError as exc:
            raise _refusal("restore_failed", path=str(database), detail=str(exc)) from exc
        _check_copy(checked, source)
        info = read_backup(source)
        kept = None
        if database.exists():
            readable = _release(database)
            try:
                kept = _keep_aside(database, readable, now or datetime.now())
            except OSError as exc:
                raise _refusal("restore_failed", path=str(database), detail=str(exc)) from exc
        try:
            # A log or journal left beside the old file would be replayed into the new one;
            # its bytes were kept aside above.
            for sidecar in SIDECARS:
                database.with_name(database.name + sidecar).unlink(missing_ok=True)
            os.replace(checked, database)
            fsync_directory(database.parent)
        except OSError as exc:
            raise _refusal("restore_failed", path=str(database), detail=str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            checked.unlink(missing_ok=True)
    if kept is not None:
        prune_backups(database, now)
    return RestoreOutcome(info, kept)


#: Refusals to open a database after which restoring a backup is the way out.
RESTORE_ADVISED = frozenset({"database_unreadable", "database_damaged"})


def advice_for(issue: Issue, database: Path) -> Issue | None:
    """The restore advice to follow a refusal to open `database`, when restoring would help."""
    return restore_advice(database) if issue.code in RESTORE_ADVISED else None
