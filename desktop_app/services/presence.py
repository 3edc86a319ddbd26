"""Who else has this database open: a small presence record per running program.

Each program that opens a database writes one JSON file (user, computer, process, since, seen)
into a folder beside it, `<database file name>.presence/`, and refreshes its `seen` time every
HEARTBEAT seconds from a background thread; it removes the file when it closes. A record not
refreshed for STALE_AFTER seconds (a program killed, a PC switched off) is ignored, and removed
once it is a day old.

Why files beside the database and not a table in it: writing a table needs SQLite's write lock,
so a heartbeat would queue behind another clerk's long import (and be copied into backups);
a file is written without any lock and never blocks opening. Each file is written whole under a
temporary name and renamed, so a reader never sees half of one. Nothing here may stop the program:
a folder that cannot be written only means this program is not listed.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import socket
import threading
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.issues import DomainError
from desktop_app.persistence.server import connection_label

HEARTBEAT = 30.0  # seconds between two refreshes of a record
STALE_AFTER = 120.0  # seconds after which a record not refreshed is ignored
FORGET_AFTER = 86400.0  # seconds after which a stale record is removed


@dataclass(frozen=True)
class Holder:
    """A program that has the database open."""

    user: str  # the person (填表人) when one is set, else the OS login
    computer: str
    pid: int
    since: datetime
    seen: datetime
    login: str = ""  # the OS login, when it is not `user` (records of older versions: "")

    @property
    def name(self) -> str:
        """The person, with the login in brackets when it differs: "王芳 [wangf]"."""
        if self.login and self.login != self.user:
            return f"{self.user} [{self.login}]"
        return self.user

    @property
    def label(self) -> str:
        return f"{self.name} ({self.computer})"


def presence_folder(database: Path) -> Path:
    return database.with_name(database.name + ".presence")


def computer_name() -> str:
    try:
        return socket.gethostname() or "?"
    except OSError:  # pragma: no cover - no host name
        return "?"


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(
            user=str(data["user"]),
            computer=str(data["computer"]),
            pid=int(data["pid"]),
            since=datetime.fromisoformat(data["since"]),
            seen=datetime.fromisoformat(data["seen"]),
            login=str(data.get("login") or ""),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # half-written by a crash, or not ours: ignored


class Presence:
    """This program's record, and the records of the others."""

    def __init__(
        self,
        database: Path,
        user: str,
        computer: str | None = None,
        pid: int | None = None,
        heartbeat: float = HEARTBEAT,
        login: str = "",
    ) -> None:
        """`user`: who the others see, the person (填表人) when one is set; `login`: the OS
        login, shown beside a person's name."""
        self.folder = presence_folder(database)
        now = datetime.now(UTC)
        self.me = Holder(
            user, computer or computer_name(), pid or os.getpid(), now, now, login=login
        )
        self.file = self.folder / f"{_safe(self.me.computer)}-{self.me.pid}.json"
        self._heartbeat = heartbeat
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> Presence:
        """Write the record and keep it fresh until stop(); never raises."""
        self.refresh()
        if self._thread is None:
            self._thread = threading.Thread(target=self._beat, name="xianbao-presence", daemon=True)
            self._thread.start()
        return self

    def refresh(self) -> bool:
        """Write the record with `seen` now; False when the folder cannot be written."""
        record = asdict(self.me)
        record["since"] = self.me.since.isoformat()
        record["seen"] = datetime.now(UTC).isoformat()
        partial = self.file.with_name(self.file.name + ".partial")
        try:
            self.folder.mkdir(exist_ok=True)
            partial.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            os.replace(partial, self.file)
        except OSError:
            return False
        return True

    def rename(self, user: str) -> None:
        """The person changed in the settings: the others see the new name at once."""
        self.me = replace(self.me, user=user)
        if self._thread is not None:  # started: the record on disk says so too
            self.refresh()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.folder.rmdir()  # only when no other program is listed

    def others(self, now: datetime | None = None) -> list[Holder]:
        """The other programs with the database open, earliest first; stale records ignored."""
        now = now or datetime.now(UTC)
        found: list[Holder] = []
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        for path in paths:
            if path == self.file:
                continue
            holder = _read(path)
            if holder is None:
                continue
            age = (now - holder.seen).total_seconds()
            if age > FORGET_AFTER:
                with contextlib.suppress(OSError):
                    path.unlink()
            if age > STALE_AFTER:
                continue
            found.append(holder)
        return sorted(found, key=lambda h: h.since)

    def holders_text(self) -> str:
        """The others as a list of names for a sentence: "王芳 (PC-02), 张三 (PC-07)"."""
        return ", ".join(h.label for h in self.others())

    def _beat(self) -> None:
        while not self._stop.wait(self._heartbeat):
            self.refresh()


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name) or "pc"


def started_for(database: Path, user: str, login: str = "") -> Presence:
    """This program's presence on `database`, written and kept fresh."""
    return Presence(database, user, login=login).start()


#: The first part of the application_name of a Xianbao connection on a server.
SERVER_MARK = "Xianbao"


class ServerPresence:
    """Who else has the database open, on a server: each program names itself in its
    connections' application_name ("Xianbao|token|person|computer|login"), which every
    connection of the database may read in pg_stat_activity. Nothing is written to the
    database, so a heartbeat never waits for a lock; a program killed is gone with its
    connections. `holders_text` and `others` answer as the file's Presence does.

    The server keeps only printable ASCII there (a Chinese name would read "??????") and at most
    63 bytes, so a part that is not plain ASCII is written as "~" and its UTF-8 in base64; the
    login, last, is the part cut when it is too long."""

    def __init__(
        self,
        engine: Engine,
        sessions: sessionmaker[Session],
        user: str,
        computer: str | None = None,
        login: str = "",
    ) -> None:
        self._label = connection_label(engine)
        self._sessions = sessions
        self.token = secrets.token_hex(4)
        now = datetime.now(UTC)
        self.me = Holder(user, computer or computer_name(), os.getpid(), now, now, login=login)

    def start(self) -> ServerPresence:
        self._label.set(self._text())
        return self

    def refresh(self) -> bool:
        return True  # the connections say it for as long as they live

    def rename(self, user: str) -> None:
        self.me = replace(self.me, user=user)
        self._label.set(self._text())

    def stop(self) -> None:
        self._label.set(SERVER_MARK)

    def others(self, now: datetime | None = None) -> list[Holder]:
        """The other programs connected to the database, earliest first."""
        now = now or datetime.now(UTC)
        try:
            with self._sessions() as session:
                rows = session.execute(
                    text(
                        "SELECT application_name, min(backend_start) FROM pg_stat_activity"
                        " WHERE datname = current_database() AND application_name LIKE :mark"
                        " GROUP BY application_name"
                    ),
                    {"mark": SERVER_MARK + "|%"},
                ).all()
        except (DomainError, SQLAlchemyError):
            # The server gone, or the database dropped: nobody to name; the next save says so.
            return []
        found: dict[str, Holder] = {}
        for name, since in rows:
            parts = str(name).split("|")
            if len(parts) < 4 or parts[1] == self.token:
                continue
            token, user, computer = parts[1], _unlabel(parts[2]), _unlabel(parts[3])
            login = _unlabel(parts[4]) if len(parts) > 4 else ""
            holder = Holder(user, computer, 0, since, now, login=login)
            if token not in found or holder.since < found[token].since:
                found[token] = holder
        return sorted(found.values(), key=lambda h: h.since)

    def holders_text(self) -> str:
        return ", ".join(h.label for h in self.others())

    def _text(self) -> str:
        parts = (self.me.user, self.me.computer, self.me.login)
        return "|".join([SERVER_MARK, self.token, *(_label(part) for part in parts)])


def _label(part: str) -> str:
    """A part of the connection's name as the server keeps it: plain printable ASCII as it is,
    anything else "~" + base64 of its UTF-8."""
    if part.isascii() and part.isprintable() and "|" not in part and not part.startswith("~"):
        return part
    return "~" + base64.urlsafe_b64encode(part.encode("utf-8")).decode("ascii").rstrip("=")


def _unlabel(part: str) -> str:
    """The part back; a base64 part cut short by the server's 63 bytes keeps what decodes."""
    if not part.startswith("~"):
        return part
    body = part[1:]
    body = body[: len(body) - len(body) % 4] if len(body) % 4 == 1 else body
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except ValueError:
        return ""
    return raw.decode("utf-8", errors="ignore")


#: What the window and the command line use: the file's records or the server's connections.
Sharing = Presence | ServerPresence
