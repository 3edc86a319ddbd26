"""region: successor link for divisions that ended (郫县 → 郫都区)

Revision ID: 0004
Revises: 0003

A plain ADD COLUMN (SQLite allows a REFERENCES clause on an added column whose default is
NULL), so the region table is not copied: the rows, their ids and every value pointing at them
stay as they are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Alembic would copy the table to add the constraint; SQLite takes it inline.
        op.execute(
            "ALTER TABLE region ADD COLUMN successor_id INTEGER "
            "CONSTRAINT fk_region_successor_id_region REFERENCES region (id)"
        )
        return
    op.add_column("region", sa.Column("successor_id", sa.Integer(), nullable=True))
    op.create_foreign_key(
        "fk_region_successor_id_region", "region", "region", ["successor_id"], ["id"]
    )


def downgrade() -> None:
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_column("successor_id")
