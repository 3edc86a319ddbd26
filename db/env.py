"""Alembic environment for Xianbao. Run through desktop_app.persistence.migrate, not by hand."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desktop_app.persistence.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=True,
        compare_type=True,
        # All or nothing: every pending migration and the version stamp in one transaction, so
        # an interrupted upgrade leaves the old schema. SQLite's DDL is transactional, though
        # Alembic does not assume it; desktop_app.persistence.migrate hands over a connection
        # that has already sent BEGIN itself (pysqlite would otherwise commit DDL one by one).
        transactional_ddl=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("db/env.py expects a connection from desktop_app.persistence.migrate")
run_migrations(connection)
