"""When opening a SQLite file must read it whole first (`PRAGMA quick_check`), and when not.

The check reads every page: 0.5-0.7 s on a province's 109 MB file, growing with the data, on
every start and every command. It is only needed when the file may hold something the last
check did not see, so a program that closes the file cleanly leaves a note beside it,
`<database file name>-closed` (named like SQLite's own `-wal` and `-shm`): what the file looked
like when it was closed (size, modification time, file id, its first 100 bytes: SQLite's header
with the page count and change counter) and when the file was last checked whole.

An open skips the check only when all of these hold:

- the note is there and names this very file as it is now (a copy, a file restored or replaced
  by another program, one written after the note has another id, time, size or header);
- no write-ahead log with content lies beside it (a program that crashed, or one still running,
  leaves its `-wal`; the last program to close cleanly checkpoints it and removes it);
- the last whole check is less than RECHECK_AFTER old (damage on the disk itself changes no
  time stamp; SQLite also refuses a damaged page when it reads it, which becomes a sentence).

Otherwise the file is checked before anything writes to it, as before, and a passed check is
noted (without a "closed" state, so a crash afterwards still leads to a check). A note that
cannot be written (a read-only folder) only means the next open checks again. Nothing here
may stop the program.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

#: A file closed cleanly is still checked whole when its last check is older than this.
RECHECK_AFTER = timedelta(days=7)

_HEADER_BYTES = 100


@dataclass(frozen=True)
class FileState:
    """What a database file looks like from outside: enough to tell it was not changed."""

    size: int
    mtime_ns: int
    file_id: int
    header: str  # SQLite's 100-byte header, hex

    @classmethod
    def of(cls, path: Path) -> FileState | None:
        try:
            with path.open("rb") as file:
                header = file.read(_HEADER_BYTES)
                stat = os.fstat(file.fileno())
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns, stat.st_ino, header.hex())


def note_path(database: Path) -> Path:
    return database.with_name(database.name + "-closed")


def _wal_has_frames(database: Path) -> bool:
    try:
        return database.with_name(database.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: check


def _read_note(database: Path) -> tuple[FileState | None, datetime | None]:
    try:
        data = json.loads(note_path(database).read_text(encoding="utf-8"))
        checked = datetime.fromisoformat(data["checked"]) if data.get("checked") else None
        state = FileState(**data["closed"]) if data.get("closed") else None
    except (OSError, ValueError, KeyError, TypeError):
        return None, None  # missing, half-written, or not ours: check
    if checked is not None and checked.tzinfo is None:
        checked = None
    return state, checked


def _write_note(database: Path, state: FileState | None, checked: datetime | None) -> None:
    note = note_path(database)
    data = {
        "closed": asdict(state) if state is not None else None,
        "checked": checked.isoformat() if checked is not None else None,
    }
    temporary = note.with_name(f"{note.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, note)
    except OSError:  # a folder it may not write in: the next open checks again
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def needs_check(database: Path, now: datetime | None = None) -> bool:
    """Whether opening `database` must run the whole-file check first (see the module's text).
    Asked before the engine connects (connecting may create the `-wal`)."""
    try:
        if database.stat().st_size == 0:
            return True  # a new database: its check is instant
    except OSError:
        return True  # missing (a new database) or not readable: the open says what is wrong
    state, checked = _read_note(database)
    if state is None or checked is None:
        return True
    if (now or datetime.now(UTC)) - checked > RECHECK_AFTER:
        return True
    if _wal_has_frames(database):
        return True
    return FileState.of(database) != state


def note_checked(database: Path, now: datetime | None = None) -> None:
    """The whole file has just passed the check; it is not noted closed until it is."""
    _write_note(database, None, now or datetime.now(UTC))


def note_closed(database: Path) -> None:
    """This program has closed the file (its engine disposed): note what it looks like, keeping
    when it was last checked. Not noted when the write-ahead log still holds frames (another
    connection is open, or its checkpoint failed): the next open checks."""
    _, checked = _read_note(database)
    if checked is None or _wal_has_frames(database):
        return
    state = FileState.of(database)
    if state is not None:
        _write_note(database, state, checked)
