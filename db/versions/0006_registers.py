"""registers (台账): their rows and history, the regions deriving an indicator from one, and the
rule an indicator is derived by

Revision ID: 0006
Revises: 0005

New tables, and a plain ADD COLUMN (NULL: no indicator is derived until the catalogue says how);
no existing table is copied.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("indicator", sa.Column("derived", sa.Text(), nullable=True))
    op.create_table(
        "register_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register", sa.String(length=32), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("version > 0", name=op.f("ck_register_entry_version")),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_register_entry_region_id_region"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_entry")),
    )
    op.create_index(
        "ix_register_entry_register_region", "register_entry", ["register", "region_id"]
    )
    op.create_table(
        "register_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("register", sa.String(length=32), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("old_region", sa.String(length=12), nullable=True),
        sa.Column("new_region", sa.String(length=12), nullable=True),
        sa.Column("old_data", sa.Text(), nullable=False),
        sa.Column("new_data", sa.Text(), nullable=False),
        sa.Column("batch", sa.String(length=32), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "action IN ('add', 'change', 'remove')", name=op.f("ck_register_audit_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_audit")),
    )
    op.create_index("ix_register_audit_entry", "register_audit", ["entry_id"])
    op.create_index("ix_register_audit_batch", "register_audit", ["batch"])
    op.create_table(
        "derived_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_derived_source_indicator_id_indicator"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_derived_source_region_id_region"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_derived_source")),
        sa.UniqueConstraint(
            "region_id",
            "indicator_id",
            "year",
            name=op.f("uq_derived_source_region_id_indicator_id_year"),
        ),
    )


def downgrade() -> None:
    op.drop_table("derived_source")
    op.drop_index("ix_register_audit_batch", table_name="register_audit")
    op.drop_index("ix_register_audit_entry", table_name="register_audit")
    op.drop_table("register_audit")
    op.drop_index("ix_register_entry_register_region", table_name="register_entry")
    op.drop_table("register_entry")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_column("derived")
