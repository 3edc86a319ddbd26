"""meta: a counter of changes to the catalogue and the regions, kept by triggers

Revision ID: 0010
Revises: 0009

A screen keeps the catalogue and the regions its figures are computed over and checks, before
it uses them again (after every keyed cell), that they have not changed: another clerk on a
shared file or server may have added a township, an update may have changed the catalogue.
The check read every column of those rows as one text (~0.35 ms of a save's refresh). Now
every insert, update or delete of an indicator, an indicator group or a region adds one to the
meta row `reference_version`, in the writer's own transaction, whatever program writes: the
check reads that one row. No table changes.

SQLite drops a table's triggers with the table: a later migration that rebuilds indicator,
indicator_group or region (batch_alter_table) must create its triggers again (as upgrade() does here).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY = "reference_version"
TABLES = ("indicator", "indicator_group", "region")
EVENTS = ("insert", "update", "delete")


def _sqlite_trigger(table: str, event: str) -> str:
    return (
        f"CREATE TRIGGER {table}_{event}_reference AFTER {event.upper()} ON {table}"
        f" BEGIN UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
        f" WHERE key = '{KEY}'; END"
    )


def upgrade() -> None:
    op.execute(f"INSERT INTO meta (key, value) VALUES ('{KEY}', '0')")
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for event in EVENTS:
                op.execute(_sqlite_trigger(table, event))
        return
    op.execute(
        "CREATE FUNCTION reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
        f" BEGIN UPDATE meta SET value = (value::bigint + 1)::text WHERE key = '{KEY}';"
        " RETURN NULL; END $$"
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_reference AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
            f" ON {table} FOR EACH STATEMENT EXECUTE FUNCTION reference_changed()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for event in EVENTS:
                op.execute(f"DROP TRIGGER {table}_{event}_reference")
    else:
        for table in TABLES:
            op.execute(f"DROP TRIGGER {table}_reference ON {table}")
        op.execute("DROP FUNCTION reference_changed()")
    op.execute(f"DELETE FROM meta WHERE key = '{KEY}'")
