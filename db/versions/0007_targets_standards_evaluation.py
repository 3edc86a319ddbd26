"""targets written as the documents write them; demonstration candidates; scored evaluations

Revision ID: 0007
Revises: 0006

The target table gains its kind (absolute, growth, new units, share; 'absolute' for every
existing row, as they were entered), how it was set and a note, by plain ADD COLUMNs (the CHECK
on kind is added in a batch on SQLite, which copies the small target table once). New tables for
the candidates checked against the demonstration standards and for a county's scored
self-evaluation with its evidence files.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SCALED = sa.BigInteger()


def upgrade() -> None:
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), server_default="absolute", nullable=False)
        )
        batch_op.add_column(sa.Column("method", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_target_kind"), "kind IN ('absolute', 'growth', 'new_units', 'share')"
        )
    op.create_table(
        "standard_candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("standard", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("recognised_on", sa.Date(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "status IN ('candidate', 'recommended', 'recognised', 'revoked')",
            name=op.f("ck_standard_candidate_status"),
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_standard_candidate_region_id_region"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_standard_candidate")),
    )
    op.create_index("ix_standard_candidate_region", "standard_candidate", ["region_id"])
    op.create_table(
        "evaluation_claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=64), nullable=False),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("points", _SCALED, nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_evaluation_claim_region_id_region"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_claim")),
        sa.UniqueConstraint(
            "region_id", "scheme", "item", name=op.f("uq_evaluation_claim_region_id_scheme_item")
        ),
    )
    op.create_table(
        "evaluation_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=64), nullable=False),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_evaluation_evidence_region_id_region"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_evidence")),
    )
    op.create_index(
        "ix_evaluation_evidence_item", "evaluation_evidence", ["region_id", "scheme", "item"]
    )


def downgrade() -> None:
    op.drop_index("ix_evaluation_evidence_item", table_name="evaluation_evidence")
    op.drop_table("evaluation_evidence")
    op.drop_table("evaluation_claim")
    op.drop_index("ix_standard_candidate_region", table_name="standard_candidate")
    op.drop_table("standard_candidate")
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_target_kind"), type_="check")
        batch_op.drop_column("note")
        batch_op.drop_column("method")
        batch_op.drop_column("kind")
