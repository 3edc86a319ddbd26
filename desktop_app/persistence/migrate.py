"""Alembic driven from code: upgrade to head at start-up, and autogenerate revisions for developers.

An upgrade is all or nothing: a copy of the database is kept first (SQLite's online backup, in a
`backups` folder beside it), then every migration runs in one SQLite transaction, so a kill, a
crash or a full disk leaves the old schema or the new one, never a mix. A file this program must
not upgrade (another program's database, one from a newer Xianbao) is refused before anything
writes to it.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from desktop_app.domain.issues import DomainError
from desktop_app.paths import migrations_dir
from desktop_app.persistence.backup_files import BackupKind, make_backup_copy
from desktop_app.persistence.engine import sqlite_pragmas
from desktop_app.persistence.errors import open_refusal

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


#: A revision file's own lines, `revision: str = "0009"` and `down_revision: str | None = "0008"`.
_REVISION_LINE = re.compile(
    r"""^(revision|down_revision)\b[^=\n]*=\s*(?:"([^"\n]*)"|'([^'\n]*)'|(None))\s*$""",
    re.MULTILINE,
)


@functools.cache
def _shipped_revisions() -> tuple[frozenset[str], str] | None:
    """The shipped revisions and their one head, read from db/versions as text.

    Every open asks whether the database is at head; importing Alembic to answer (its script
    directory, Mako, Pygments) costs 0.15-0.3 s of every command. Each file names its
    revision and the one before it on lines of their own; None when any file does not say so
    plainly, or the chain is not one line (then Alembic reads the files, as it will to upgrade).
    tests/persistence/test_migrations.py checks both agree."""
    revisions: dict[str, str | None] = {}
    try:
        files = sorted((migrations_dir() / "versions").glob("*.py"))
        for file in files:
            found = {
                match[1]: match[2] or match[3] or None
                for match in _REVISION_LINE.finditer(file.read_text(encoding="utf-8"))
            }
            revision = found.get("revision")
            if revision is None or "down_revision" not in found or revision in revisions:
                return None
            revisions[revision] = found["down_revision"]
    except (OSError, UnicodeDecodeError):
        return None
    heads = set(revisions) - {down for down in revisions.values() if down is not None}
    if (
        not revisions
        or len(heads) != 1
        or any(down is not None and down not in revisions for down in revisions.values())
    ):
        return None
    return frozenset(revisions), heads.pop()


def head_revision() -> str | None:
    """The newest shipped revision (db/versions)."""
    shipped = _shipped_revisions()
    if shipped is not None:
        return shipped[1]
    return _scripts().get_current_head()


def known_revisions() -> set[str]:
    shipped = _shipped_revisions()
    if shipped is not None:
        return set(shipped[0])
    return {script.revision for script in _scripts().walk_revisions()}


def refuse_foreign_or_newer(path: Path) -> None:
    """Refuse, before anything writes to it, a file that is another program's SQLite database
    (tables, but no alembic_version) or one from a newer Xianbao (a revision this one does not
    ship). A missing file, an empty one or a database without tables may be initialised.

    Only SELECTs run here, on a plain sqlite3 connection without Xianbao's pragmas, so the
    file's bytes stay as they are (journal mode included)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        db = sqlite3.connect(path)
        try:
            names = {
                name
                for (name,) in db.execute(
                    "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                )
            }
            revisions = (
                [row[0] for row in db.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in names
                else None
            )
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        refusal = open_refusal(exc, path)  # a folder it may not write in is no unreadable file
        if refusal is not None:
            raise refusal from exc
        raise DomainError.of("database_unreadable", path=str(path), detail=str(exc)) from exc
    if revisions is None:
        if names:
            raise DomainError.of("database_foreign", path=str(path))
        return
    unknown = [revision for revision in revisions if revision not in known_revisions()]
    if unknown:
        raise DomainError.of("database_newer", path=str(path), revision=", ".join(unknown))


def _refuse_foreign_server_database(engine: Engine) -> None:
    """A server database with tables but no Xianbao schema belongs to another program: refused
    before anything is created in it (the IT helper gives Xianbao a database of its own)."""
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
    if names:
        raise DomainError.of(
            "database_foreign", path=engine.url.render_as_string(hide_password=True)
        )


def backup_database(path: Path, revision: str) -> Path:
    """A consistent copy of the database in the `backups` folder beside it, named by the time
    and the revision it holds: xianbao-20261201-205312-upgrade-rev0001.sqlite3 (see
    persistence/backup_files.py, the one way copies are made)."""
    return make_backup_copy(path, BackupKind.BEFORE_UPGRADE, revision)


def _begin_explicitly(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling sends no BEGIN before DDL, so CREATE TABLE and ALTER
    # TABLE would be committed one by one; with isolation_level=None it sends nothing and the
    # "begin" listener below opens the one transaction of the whole upgrade (SQLAlchemy,
    # "Serializable isolation / Savepoints / Transactional DDL" for pysqlite).
    dbapi_connection.isolation_level = None


def _begin_immediate(connection: Connection) -> None:
    # IMMEDIATE: the write lock is taken before Alembic reads the stored revision, so a second
    # start-up waits for the first upgrade to finish and then finds nothing to do.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextlib.contextmanager
def _migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection of its own for the upgrade, with the engine's pragmas and an explicit BEGIN;
    the engine's other connections keep pysqlite's usual behaviour."""
    migrating = create_engine(engine.url, poolclass=NullPool)
    event.listen(migrating, "connect", sqlite_pragmas)
    event.listen(migrating, "connect", _begin_explicitly)
    event.listen(migrating, "begin", _begin_immediate)
    try:
        with migrating.begin() as connection:
            yield connection
    finally:
        migrating.dispose()


def upgrade_to_head(engine: Engine) -> Path | None:
    """Bring the database to the shipped head; returns the copy kept of the old one, if any."""
    database = engine.url.database
    path = Path(database) if engine.dialect.name == "sqlite" and database else None
    if path is not None and database != ":memory:":
        refuse_foreign_or_newer(path)
    else:
        path = None
    stored = stored_revision(engine)
    if path is None and stored is None and engine.dialect.name != "sqlite":
        _refuse_foreign_server_database(engine)
    head = head_revision()
    if stored == head:
        return None
    if stored is not None and stored not in known_revisions():
        raise DomainError.of("database_newer", path=str(path or engine.url), revision=stored)
    where = str(path or engine.url)
    try:
        backup = backup_database(path, stored) if path is not None and stored is not None else None
    except (OSError, sqlite3.Error) as exc:
        # No copy, no upgrade: the database stays as it is.
        raise DomainError.of("database_upgrade_failed", path=where, detail=str(exc)) from exc
    from alembic import command

    try:
        if engine.dialect.name == "sqlite":
            with _migration_connection(engine) as connection:
                command.upgrade(alembic_config(connection), "head")
        else:
            # A server: DDL is transactional there too. The write lock first (READ COMMITTED,
            # so Alembic then reads the revision another program's upgrade may just have set).
            from desktop_app.persistence.server import WRITE_LOCK_KEY

            with (
                engine.connect().execution_options(isolation_level="READ COMMITTED") as connection,
                connection.begin(),
            ):
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY}
                )
                command.upgrade(alembic_config(connection), "head")
    except DBAPIError as exc:
        # The one transaction was rolled back (a full disk, a schema this upgrade cannot apply).
        detail = str(exc.orig) if exc.orig is not None else str(exc)
        raise DomainError.of("database_upgrade_failed", path=where, detail=detail) from exc
    return backup


def current_revision(engine: Engine) -> str | None:
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _make_revision(message: str) -> None:  # pragma: no cover - a developer's tool
    import tempfile

    from desktop_app.persistence.engine import create_sqlite_engine

    with tempfile.TemporaryDirectory() as folder:
        engine = create_sqlite_engine(Path(folder) / "scratch.sqlite3")
        upgrade_to_head(engine)
        from alembic import command

        with engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _make_revision(sys.argv[2])
    else:
        print("usage: python -m desktop_app.persistence.migrate revision MESSAGE")
        sys.exit(2)
