"""The engine for a shared PostgreSQL server (a city or province bureau's several staff).

The services run unchanged on it; what differs from the SQLite file is here:

- **Writes are serialised, reads are not.** Every write session takes one transaction-scoped
  advisory lock (`pg_advisory_xact_lock`) before its first statement: the server's counterpart
  of SQLite's BEGIN IMMEDIATE. What a write reads (the cell's version, the old value for the
  audit, whether a return is submitted) therefore cannot change before it writes, exactly as on
  the file, so every optimistic check (`based_on`, a register row's version) holds without a
  retry loop. A write lasts milliseconds; nobody holds it across think-time. Write sessions run
  at READ COMMITTED, so after the lock they see everything committed before it.
- **Reads see one snapshot.** Read sessions run at REPEATABLE READ: a report's many queries see
  the database as it was at the first of them, never half of another clerk's save.
- **Waiting.** A write that finds the lock held tries again in short slices, telling the
  `LockWaiter` (the window's progress dialog with Cancel) and giving up after the limit with the
  same sentence as on the file.
- **No password in settings.** A URL with a password may be given on the command line or in
  `$XIANBAO_DB`; the settings keep it without (`without_password`), and the password comes from
  libpq's own password file (~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf) or `$PGPASSWORD`.
"""

from __future__ import annotations

import time
import zlib
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError

from desktop_app.domain.issues import DomainError, Issue

#: The URL schemes that name a server rather than a file.
SERVER_SCHEMES = ("postgresql", "postgres")

#: The advisory lock every write transaction takes (a fixed key: "xianbao-write").
WRITE_LOCK_KEY = zlib.crc32(b"xianbao-write")

#: Seconds to wait for the server to answer when connecting.
CONNECT_TIMEOUT = 10


def is_server_url(text: str) -> bool:
    """True for `postgresql://…`, `postgresql+psycopg://…`, `postgres://…`."""
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    return scheme.split("+", 1)[0] in SERVER_SCHEMES


def server_url(text: str) -> URL:
    """The URL with the driver this program ships (psycopg 3), or a refusal with a sentence."""
    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise DomainError.of("server_url_bad", url=text) from exc
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise DomainError.of("server_url_bad", url=text)
    if not url.database:
        raise DomainError.of("server_url_bad", url=shown_url(url))
    return url.set(drivername="postgresql+psycopg")


def shown_url(url: URL | str) -> str:
    """The URL as a person may read it: the password hidden."""
    if isinstance(url, str):
        try:
            parsed = make_url(url)
        except (ArgumentError, ValueError):
            return url
    else:
        parsed = url
    return parsed.render_as_string(hide_password=True)


def without_password(url: URL | str) -> str:
    """The URL as it may be kept in settings: no password at all."""
    parsed = make_url(url) if isinstance(url, str) else url
    # URL.set(password=None) leaves the password as it was: build the URL again without it.
    bare = URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False)


def _connect_refusal(exc: BaseException, url: URL) -> DomainError:
    detail = str(exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc)
    detail = detail.strip().splitlines()[0] if detail.strip() else detail
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return DomainError.of("server_password", url=shown_url(url), user=url.username or "")
    if "does not exist" in lowered and "database" in lowered:
        return DomainError.of("server_no_database", url=shown_url(url), database=url.database)
    return DomainError.of("server_unreachable", url=shown_url(url), detail=detail)


def create_server_engine(url: URL | str) -> Engine:
    """An engine on a PostgreSQL database, checked by connecting once; a server that cannot be
    reached, a wrong password or a missing database is refused with a sentence."""
    parsed = server_url(url) if isinstance(url, str) else url
    engine = create_engine(
        parsed,
        isolation_level="REPEATABLE READ",
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "Xianbao"},
    )
    event.listen(engine, "handle_error", _server_lost(parsed))
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        raise _connect_refusal(exc, parsed) from exc
    return engine


#: PostgreSQL keeps at most 63 bytes of a connection's application_name.
APPLICATION_NAME_BYTES = 63


class ConnectionLabel:
    """What this program's connections tell the server about it (pg_stat_activity's
    application_name), so the others can name who has the database open: set once, sent on
    each pooled connection at its next checkout when it changed (no statement otherwise)."""

    def __init__(self, text: str = "Xianbao") -> None:
        self.text = text

    def set(self, text: str) -> None:
        self.text = fit_bytes(text, APPLICATION_NAME_BYTES)

    def on_checkout(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if record.info.get("xianbao_label") == self.text:
            return
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT set_config('application_name', %s, false)", (self.text,))
        finally:
            cursor.close()
        dbapi_connection.commit()  # the SELECT opened a transaction; nothing else is in it
        record.info["xianbao_label"] = self.text


def fit_bytes(text: str, limit: int) -> str:
    """`text` cut to at most `limit` bytes of UTF-8, never inside a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def connection_label(engine: Engine) -> ConnectionLabel:
    """The engine's label (made on first use, one per engine)."""
    label = engine.__dict__.get("_xianbao_label")
    if label is None:
        label = ConnectionLabel()
        engine.__dict__["_xianbao_label"] = label
        event.listen(engine, "checkout", label.on_checkout)
    assert isinstance(label, ConnectionLabel)
    return label


def _server_lost(url: URL) -> Any:
    def handle_error(context: Any) -> BaseException | None:
        if context.is_disconnect:
            from desktop_app.persistence.errors import StorageError

            return StorageError(Issue("server_lost", params={"url": shown_url(url)}))
        return None

    return handle_error


def lock_for_write(connection: Connection, wait: Any) -> None:
    """Take the write lock of this transaction, waiting in slices as `wait` (a LockWait) says.

    pg_try_advisory_xact_lock answers at once; between tries the waiter is told how long it has
    been and may cancel. The lock is released by the transaction's COMMIT or ROLLBACK."""
    from desktop_app.persistence.engine import busy_issue

    start = time.monotonic()
    told = False
    statement = text("SELECT pg_try_advisory_xact_lock(:key)")
    try:
        while True:
            if connection.execute(statement, {"key": WRITE_LOCK_KEY}).scalar():
                return
            elapsed = time.monotonic() - start
            if elapsed >= wait.limit:
                raise DomainError(busy_issue(wait.limit, wait.who()))
            if wait.waiter is not None:
                told = True
                if not wait.waiter.waiting(elapsed, wait.limit, wait.who()):
                    raise DomainError(busy_issue(wait.limit, "", cancelled=True))
            time.sleep(wait.slice)
    finally:
        if told and wait.waiter is not None:
            wait.waiter.finished()
