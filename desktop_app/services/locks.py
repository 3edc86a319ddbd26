"""Whether a value may change: a submitted return locks its region and the regions below it."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from desktop_app.domain.issues import DomainError, Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.returns import ReturnStatus
from desktop_app.persistence.models import RegionRecord, ReturnRecord


def locking_return(session: Session, region: RegionRecord, period: Period) -> ReturnRecord | None:
    """The submitted return that covers `region` (its own, or an ancestor's) for `period`."""
    ids = [int(part) for part in region.path.strip("/").split("/")]
    params = {"ids": ids, "period": period.code}
    return session.scalars(_locking_statement(), params).first()


@lru_cache(maxsize=1)
def _locking_statement() -> Select[ReturnRecord]:
    """locking_return's statement, built once: every save and every view of a return asks it,
    and building it took longer than SQLite takes to answer."""
    return select(ReturnRecord).where(
        ReturnRecord.region_id.in_(bindparam("ids", expanding=True)),
        ReturnRecord.period == bindparam("period"),
        ReturnRecord.status == ReturnStatus.SUBMITTED.value,
    )


def as_local(moment: datetime) -> datetime:
    """Stored times are UTC; SQLite gives them back without a zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def locked_issue(session: Session, lock: ReturnRecord) -> Issue:
    region = session.get(RegionRecord, lock.region_id)
    return Issue(
        "return_locked",
        Severity.ERROR,
        {
            "region": region.name if region else "",
            "period": lock.period,
            "since": as_local(lock.changed_at).strftime("%Y-%m-%d %H:%M"),
            "who": lock.changed_by,
        },
    )


def refuse_if_locked(session: Session, region: RegionRecord, period: Period) -> None:
    lock = locking_return(session, region, period)
    if lock is not None:
        raise DomainError(locked_issue(session, lock))
