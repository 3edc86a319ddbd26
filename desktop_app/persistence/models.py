"""Typed ORM records. The schema itself is owned by Alembic (db/versions); never create_all()."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop_app.domain.indicators import STORAGE_SCALE

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: The earliest date a region can be valid from: "since always" for the reference lists.
ALWAYS = date(1949, 10, 1)

_FACTOR = 10**STORAGE_SCALE


class ScaledDecimal(TypeDecorator[Decimal]):
    """An exact Decimal stored as an integer count of 10^-STORAGE_SCALE units.

    SQLite has no decimal type and SQLAlchemy's Numeric would go through floats there; integers sum
    exactly in SQL on SQLite and PostgreSQL alike.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = value * _FACTOR
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {STORAGE_SCALE} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_scaled(value)


def from_scaled(value: int | Decimal) -> Decimal:
    """Turn a stored (or SQL-summed) integer back into its exact Decimal."""
    return Decimal(int(value)).scaleb(-STORAGE_SCALE)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class MetaRecord(Base):
    """Small facts about this database: catalogue digest, home region, bureau name."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RegionRecord(Base):
    __tablename__ = "region"
    __table_args__ = (UniqueConstraint("code", "valid_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(12), index=True)
    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    # Materialised path of ids ("/1/5/42/"): a subtree is one indexed range scan.
    path: Mapped[str] = mapped_column(String(255), index=True)
    valid_from: Mapped[date] = mapped_column(Date, default=ALWAYS)
    # The last day the division existed under this code (None: it still does).
    valid_to: Mapped[date | None] = mapped_column(Date)
    # The division that took over when this one ended (郫县 → 郫都区); a chain ends at a current one.
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"))
    # "reference" rows come from the shipped lists, "user" rows are townships and villages staff
    # added, "statistical" rows are county-level statistical units outside GB/T 2260 (大柴旦行委).
    origin: Mapped[str] = mapped_column(String(16), default="reference")

    parent: Mapped[RegionRecord | None] = relationship(remote_side=[id], foreign_keys=[parent_id])
    successor: Mapped[RegionRecord | None] = relationship(
        remote_side=[id], foreign_keys=[successor_id]
    )


class IndicatorGroupRecord(Base):
    __tablename__ = "indicator_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(200))
    order: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorRecord(Base):
    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint("kind IN ('count', 'amount', 'ratio')", name="kind"),
        CheckConstraint("temporal IN ('flow', 'stock')", name="temporal"),
        CheckConstraint("entry_basis IN ('own', 'ytd')", name="entry_basis"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("indicator_group.id"))
    name_zh: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    temporal: Mapped[str] = mapped_column(String(16))
    scale: Mapped[int] = mapped_column(Integer, default=0)
    parent_code: Mapped[str | None] = mapped_column(String(32))
    numerator_code: Mapped[str | None] = mapped_column(String(32))
    denominator_code: Mapped[str | None] = mapped_column(String(32))
    at_most_code: Mapped[str | None] = mapped_column(String(32))
    minimum: Mapped[str | None] = mapped_column(String(40))  # exact decimal text
    maximum: Mapped[str | None] = mapped_column(String(40))
    entry_basis: Mapped[str] = mapped_column(String(8), default="own")
    order: Mapped[int] = mapped_column(Integer, default=0)
    required: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)
    # "catalogue" rows follow the shipped file; "user" rows are the province's own additions.
    origin: Mapped[str] = mapped_column(String(16), default="catalogue")
    # How the indicator is derived from a register (domain.registers.DerivedCount as JSON), if it
    # can be; whether a region derives it in a year is a DerivedSourceRecord.
    derived: Mapped[str | None] = mapped_column(Text)

    group: Mapped[IndicatorGroupRecord] = relationship()


class ValueRecord(Base):
    """One stored value per (region, indicator, period), enforced by the database."""

    __tablename__ = "value"
    __table_args__ = (
        UniqueConstraint("region_id", "indicator_id", "period"),
        Index("ix_value_region_period", "region_id", "period"),
        # Subtree sums read a period range in GROUP BY order from this index alone: no table
        # lookups, no temporary B-tree (see bench/README.md).
        Index("ix_value_period_sum", "period", "indicator_id", "basis", "region_id", "amount"),
        CheckConstraint("state IN ('value', 'na')", name="state"),
        CheckConstraint("(state = 'value') = (amount IS NOT NULL)", name="amount_iff_value"),
        CheckConstraint("basis IN ('own', 'ytd')", name="basis"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="RESTRICT"))
    period: Mapped[str] = mapped_column(String(10))  # Period.code: 2016-M03, 2016-Q1, 2016-Y
    state: Mapped[str] = mapped_column(String(8), default="value")
    amount: Mapped[Decimal | None] = mapped_column(ScaledDecimal)
    basis: Mapped[str] = mapped_column(String(8), default="own")
    comment: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(64))


class AuditRecord(Base):
    """Every change to a value: old and new as text ("" for blank, 无 for not applicable)."""

    __tablename__ = "audit"
    __table_args__ = (
        Index("ix_audit_cell", "region_id", "indicator_id", "period", "id"),
        Index("ix_audit_batch", "batch"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))  # typed, pasted, copied, imported, cli
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="RESTRICT"))
    period: Mapped[str] = mapped_column(String(10))
    old_text: Mapped[str] = mapped_column(String(64))
    new_text: Mapped[str] = mapped_column(String(64))
    old_basis: Mapped[str | None] = mapped_column(String(8))
    new_basis: Mapped[str | None] = mapped_column(String(8))
    detail: Mapped[str | None] = mapped_column(Text)  # e.g. the imported file's name
    # The Excel import (or its undoing) the entry belongs to; None for a cell keyed by hand.
    batch: Mapped[str | None] = mapped_column(String(32))


class ReturnRecord(Base):
    """The state of one region's return for one period: draft, submitted (locked), reopened."""

    __tablename__ = "return_status"
    __table_args__ = (
        UniqueConstraint("region_id", "period"),
        CheckConstraint("status IN ('draft', 'submitted', 'reopened')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    period: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    changed_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)  # why it was reopened


class ReturnEventRecord(Base):
    """Each submission and reopening, with what was sent (a JSON snapshot of the figures)."""

    __tablename__ = "return_event"
    __table_args__ = (Index("ix_return_event_return", "region_id", "period", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    period: Mapped[str] = mapped_column(String(10))
    action: Mapped[str] = mapped_column(String(16))  # submit | reopen
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[str | None] = mapped_column(Text)


class ExplanationRecord(Base):
    """情况说明: the clerk's explanation of a warning; it travels with the return."""

    __tablename__ = "explanation"
    __table_args__ = (UniqueConstraint("region_id", "period", "indicator_id", "issue_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    period: Mapped[str] = mapped_column(String(10))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="RESTRICT"))
    issue_code: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(64))


class TargetRecord(Base):
    """年度目标: the year's target for an indicator in a region, written as the documents write
    it (`kind`): an absolute figure in the indicator's unit, a growth rate over last year (%),
    a number of new units this year (a stock's end of year − end of last year), or a share (%)."""

    __tablename__ = "target"
    __table_args__ = (
        UniqueConstraint("region_id", "indicator_id", "year"),
        CheckConstraint("kind IN ('absolute', 'growth', 'new_units', 'share')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(ScaledDecimal)
    kind: Mapped[str] = mapped_column(String(16), default="absolute", server_default="absolute")
    # How it was set: entered, imported, split_equal, split_last_year, split_by_hand, shipped.
    method: Mapped[str | None] = mapped_column(String(16))
    # Where it comes from (川办函〔2016〕21号 第1项), or why a split differs.
    note: Mapped[str | None] = mapped_column(Text)


class RegisterEntryRecord(Base):
    """One row of a register (台账): a service point, a training session… Its fields are JSON
    described by domain.registers.REGISTERS; the days it counts on are columns to be indexed."""

    __tablename__ = "register_entry"
    __table_args__ = (
        Index("ix_register_entry_register_region", "register", "region_id"),
        CheckConstraint("version > 0", name="version"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    register: Mapped[str] = mapped_column(String(32))
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))  # the row's name, for lists and messages
    data: Mapped[str] = mapped_column(Text)
    # Raised by every change: an edit made on an older version is refused (two clerks).
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(64))


class RegisterAuditRecord(Base):
    """Every change to a register's row: its values before and after as JSON ("" when none)."""

    __tablename__ = "register_audit"
    __table_args__ = (
        Index("ix_register_audit_entry", "entry_id"),
        Index("ix_register_audit_batch", "batch"),
        CheckConstraint("action IN ('add', 'change', 'remove')", name="action"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))  # typed, imported
    register: Mapped[str] = mapped_column(String(32))
    # No foreign key: a removed row's history stays.
    entry_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))
    old_region: Mapped[str | None] = mapped_column(String(12))
    new_region: Mapped[str | None] = mapped_column(String(12))
    old_data: Mapped[str] = mapped_column(Text)
    new_data: Mapped[str] = mapped_column(Text)
    batch: Mapped[str | None] = mapped_column(String(32))  # the import it belongs to
    detail: Mapped[str | None] = mapped_column(Text)  # e.g. the imported file's name


class DerivedSourceRecord(Base):
    """A region derives an indicator from its register in a year instead of keying it."""

    __tablename__ = "derived_source"
    __table_args__ = (UniqueConstraint("region_id", "indicator_id", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(64))


class StandardCandidateRecord(Base):
    """A unit checked against the province's demonstration standards (示范企业, 示范基地, 示范县):
    the facts given for it (JSON: criterion → value; "_recommended_on", the day it was
    recommended, which decides the year's round its prefecture's quota counts it in), and where
    it stands (candidate, recommended, recognised on a day and reviewed every two years,
    revoked: `reviewed_on` is then the day of the review that revoked it)."""

    __tablename__ = "standard_candidate"
    __table_args__ = (
        Index("ix_standard_candidate_region", "region_id"),
        CheckConstraint(
            "status IN ('candidate', 'recommended', 'recognised', 'revoked')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    standard: Mapped[str] = mapped_column(String(32))  # a standard's key in the standards file
    name: Mapped[str] = mapped_column(String(200))
    # The register row it was taken from (an enterprise), if any; no foreign key: kept if removed.
    entry_id: Mapped[int | None] = mapped_column(Integer)
    facts: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="candidate")
    recognised_on: Mapped[date | None] = mapped_column(Date)
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(64))


class EvaluationClaimRecord(Base):
    """The points a county claims for one item of a scored evaluation scheme, with its note."""

    __tablename__ = "evaluation_claim"
    __table_args__ = (UniqueConstraint("region_id", "scheme", "item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    scheme: Mapped[str] = mapped_column(String(64))
    item: Mapped[str] = mapped_column(String(32))
    points: Mapped[Decimal | None] = mapped_column(ScaledDecimal)
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(64))


class EvaluationEvidenceRecord(Base):
    """A file attached as evidence for an item of an evaluation, kept in the database (so it
    travels with it and its backups) with its SHA-256."""

    __tablename__ = "evaluation_evidence"
    __table_args__ = (Index("ix_evaluation_evidence_item", "region_id", "scheme", "item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    scheme: Mapped[str] = mapped_column(String(64))
    item: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(64))


class UserRecord(Base):
    """A staff account (issue 14): who logs in, the person the audit names, the role, the
    Argon2id hash of the password (never the password), the regions it is limited to (a JSON
    list of codes; "[]" is every region), and the lockout after repeated failed logins."""

    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint("role IN ('clerk', 'reviewer', 'admin')", name="role"),
        CheckConstraint("failed_logins >= 0", name="failed_logins"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)
    regions: Mapped[str] = mapped_column(Text, default="[]")
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class UserEventRecord(Base):
    """Who did what to which account, and every login, successful or failed. No foreign key:
    the account is named by its login, which never changes."""

    __tablename__ = "user_event"
    __table_args__ = (
        Index("ix_user_event_login", "login"),
        CheckConstraint(
            "action IN ('created', 'password', 'role', 'regions', 'active', 'locked', "
            "'unlocked', 'login', 'failed')",
            name="action",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(64))  # the person who did it
    login: Mapped[str] = mapped_column(String(64))  # the account it was done to
    action: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str | None] = mapped_column(Text)
