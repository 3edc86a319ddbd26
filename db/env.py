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
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("db/env.py expects a connection from desktop_app.persistence.migrate")
run_migrations(connection)
