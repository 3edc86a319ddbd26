"""Alembic driven from code: upgrade to head at start-up, and autogenerate revisions for developers."""

from __future__ import annotations

import sys

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from desktop_app.paths import migrations_dir


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _make_revision(message: str) -> None:  # pragma: no cover - a developer's tool
    import tempfile
    from pathlib import Path

    from desktop_app.persistence.engine import create_sqlite_engine

    with tempfile.TemporaryDirectory() as folder:
        engine = create_sqlite_engine(Path(folder) / "scratch.sqlite3")
        upgrade_to_head(engine)
        with engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _make_revision(sys.argv[2])
    else:
        print("usage: python -m desktop_app.persistence.migrate revision MESSAGE")
        sys.exit(2)
