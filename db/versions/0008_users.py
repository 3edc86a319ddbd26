"""staff accounts (users and roles) and what was done to them

Revision ID: 0008
Revises: 0007

Two new tables; no existing table is touched. `app_user` holds each account: the login, the
person the audit names, the role (填报员 clerk, 审核员 reviewer, 管理员 admin), the Argon2id hash
of the password (never the password), the regions it is limited to (a JSON list of codes; empty
means every region), whether it is active, and the lockout after repeated failures.
`user_event` records who did what to which account, and every login, successful or failed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("regions", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('clerk', 'reviewer', 'admin')", name=op.f("ck_app_user_role")),
        sa.CheckConstraint("failed_logins >= 0", name=op.f("ck_app_user_failed_logins")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("login", name=op.f("uq_app_user_login")),
    )
    op.create_table(
        "user_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(length=64), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "action IN ('created', 'password', 'role', 'regions', 'active', 'locked', "
            "'unlocked', 'login', 'failed')",
            name=op.f("ck_user_event_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_event")),
    )
    op.create_index("ix_user_event_login", "user_event", ["login"])


def downgrade() -> None:
    op.drop_index("ix_user_event_login", table_name="user_event")
    op.drop_table("user_event")
    op.drop_table("app_user")
