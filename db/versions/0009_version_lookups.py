"""audit, return_event: the newest entry of a cell or a return in one index lookup

Revision ID: 0009
Revises: 0008

A value's version is the id of its cell's newest audit entry, a return state's the id of its
newest event; every save and every submit asks for it. SQLite's indexes end in the rowid (the
id), so max(id) was one seek there already; PostgreSQL's did not, and read every entry of the
cell (1,200 rows after 1,200 edits of one cell, bench helper's EXPLAIN in docs/server.md). The
two indexes are made again with the id as their last column; nothing else changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_cell")
        batch_op.create_index(
            "ix_audit_cell", ["region_id", "indicator_id", "period", "id"], unique=False
        )
    with op.batch_alter_table("return_event", schema=None) as batch_op:
        batch_op.drop_index("ix_return_event_return")
        batch_op.create_index("ix_return_event_return", ["region_id", "period", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("return_event", schema=None) as batch_op:
        batch_op.drop_index("ix_return_event_return")
        batch_op.create_index("ix_return_event_return", ["region_id", "period"], unique=False)
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_cell")
        batch_op.create_index(
            "ix_audit_cell", ["region_id", "indicator_id", "period"], unique=False
        )
