"""value: covering index for subtree sums

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("value", schema=None) as batch_op:
        batch_op.create_index(
            "ix_value_period_sum",
            ["period", "indicator_id", "basis", "region_id", "amount"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("value", schema=None) as batch_op:
        batch_op.drop_index("ix_value_period_sum")
