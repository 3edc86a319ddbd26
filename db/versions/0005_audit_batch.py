"""audit: the batch an entry belongs to (one Excel import), so a whole import can be undone

Revision ID: 0005
Revises: 0004

A plain ADD COLUMN (NULL for every existing entry: a cell keyed by hand belongs to no batch) and an
index to find a batch's entries; the audit table is not copied.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("audit", sa.Column("batch", sa.String(length=32), nullable=True))
    op.create_index("ix_audit_batch", "audit", ["batch"])


def downgrade() -> None:
    op.drop_index("ix_audit_batch", table_name="audit")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_column("batch")
