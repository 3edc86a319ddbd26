"""Alembic driven from code: upgrade to head at start-up, and autogenerate revisions for developers."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from desktop_app.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r'^revision: str = "([^"]+)"', re.MULTILINE)
_DOWN = re.compile(r'^down_revision: str \| None = (?:"([^"]+)"|None)', re.MULTILINE)


def shipped_head() -> str | None:
    """The newest revision in db/versions, read from the files without importing Alembic.

    Start-up only needs to know whether the database is already at head; Alembic itself
    (some 120 ms of imports) is loaded only when there is something to upgrade.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        body = path.read_text(encoding="utf-8")
        found, down = _REVISION.search(body), _DOWN.search(body)
        if found:
            revisions.add(found.group(1))
        if down and down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


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


def upgrade_to_head(engine: Engine) -> None:
    head = shipped_head()
    if head is not None and stored_revision(engine) == head:
        return
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def current_revision(engine: Engine) -> str | None:
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _make_revision(message: str) -> None:  # pragma: no cover - a developer's tool
    import tempfile
    from pathlib import Path

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
