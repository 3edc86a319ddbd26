"""Use cases of a return (报表): check it, explain warnings, submit (报送, locks it), reopen.

草稿 → 已报送 (locked; what was sent is kept as a snapshot) → reopened with a reason → 已报送 again.
A submitted return also locks the values of the regions below it for that period, since they
roll up into it.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import Row, Select, and_, bindparam, func, literal, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import BindParameter

from desktop_app.domain.figures import Figures
from desktop_app.domain.issues import DomainError, Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.returns import ReturnState, ReturnStatus
from desktop_app.domain.rules import recheck, run_checks
from desktop_app.domain.rules.context import CheckContext
from desktop_app.domain.users import Action
from desktop_app.persistence.models import (
    ExplanationRecord,
    IndicatorRecord,
    RegionRecord,
    ReturnEventRecord,
    ReturnRecord,
)
from desktop_app.persistence.repositories import IndicatorRepository, RegionRepository
from desktop_app.services.figures import FigureService, RegionFigures
from desktop_app.services.locks import as_local, locking_return, refuse_if_locked
from desktop_app.services.users import Access
from desktop_app.services.values import current_user


@dataclass(frozen=True)
class ReturnCheck:
    """The checks of a return with the explanations already written for its warnings."""

    figures: RegionFigures
    issues: list[Issue]
    explanations: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def unexplained(self) -> list[Issue]:
        return [
            i
            for i in self.issues
            if i.severity is Severity.WARNING
            and not self.explanations.get((str(i.params.get("indicator")), i.code), "").strip()
        ]


def _state(record: ReturnRecord | None, version: int = 0) -> ReturnState:
    if record is None:
        return ReturnState(ReturnStatus.DRAFT, version=version)
    return ReturnState(
        ReturnStatus(record.status), record.changed_at, record.changed_by, record.reason, version
    )


#: A submit or reopen refused because the return's state changed after it was read.
RETURN_STALE_CODES = frozenset(
    {"return_submitted_since", "return_reopened_since", "return_changed_since"}
)


def _latest_event(
    session: Session, region: RegionRecord, period: Period
) -> Row[int, str, datetime, str, str | None] | None:
    """The id, action, time, person and reason of the return's latest event (not its
    snapshot), or None when it was never submitted."""
    params = {"region_id": region.id, "period": period.code}
    return session.execute(_latest_event_statement(), params).first()


def refuse_if_changed(
    session: Session, region: RegionRecord, period: Period, based_on: int | None
) -> None:
    """Refuse (DomainError, nothing written) a change of a return's state made on a state read
    before another one was written: `based_on` is the version the person saw (None: no check).
    The refusal names what happened since: who submitted or reopened it, when, and why."""
    if based_on is None:
        return
    latest = _latest_event(session, region, period)
    if (latest.id if latest is not None else 0) == based_on:
        return
    if latest is None:  # its events are gone (a restored backup): say what is known
        raise DomainError.of("return_changed_since", region=region.name, period=period.code)
    raise DomainError.of(
        "return_submitted_since" if latest.action == "submit" else "return_reopened_since",
        region=region.name,
        period=period.code,
        who=latest.who,
        at=as_local(latest.at).strftime("%Y-%m-%d %H:%M:%S"),
        reason=latest.reason or "",
        version=latest.id,
    )


def _snapshot(figures: RegionFigures) -> str:
    def text(f: Figures, name: str) -> str | None:
        value = getattr(f, name)
        return None if value is None else str(value)

    return json.dumps(
        {
            row.indicator.code: {
                "current": text(row.figures, "current"),
                "cumulative": text(row.figures, "cumulative"),
            }
            for row in figures.rows
        },
        ensure_ascii=False,
        sort_keys=True,
    )


class ReturnService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        figures: FigureService,
        user: str | None = None,
        *,
        access: Access | None = None,
    ) -> None:
        self.sessions = sessions
        self.figures = figures
        self.user = user or current_user()
        #: Submitting needs a 审核员 or 管理员, as do reopening and sending back; explaining a
        #: warning is keying (everything on a database without accounts).
        self.access = access or Access.everything()

    def state(self, region_code: str, period: Period) -> ReturnState:
        with self.sessions() as session:
            self.access.require_read(region_code, session)
            return self.state_in(session, RegionRepository(session).require(region_code), period)

    def lock_of(self, region_code: str, period: Period) -> ReturnState | None:
        """Why values of this region and period cannot change now, or None."""
        with self.sessions() as session:
            return self.lock_in(session, RegionRepository(session).require(region_code), period)

    def check(self, region_code: str, period: Period) -> ReturnCheck:
        with self.sessions() as session:
            return self.check_in(session, region_code, period)

    # --- read in the caller's session (a screen's view is read in one) ---------------------
    def state_in(self, session: Session, region: RegionRecord, period: Period) -> ReturnState:
        """The return's state and its version, in one statement (a return's view asks it after
        every keyed cell)."""
        params = {"region_id": region.id, "period": period.code}
        version, status, changed_at, changed_by, reason = (
            session.connection().execute(_state_statement(), params).one()
        )
        if status is None:
            return ReturnState(ReturnStatus.DRAFT, version=version or 0)
        return ReturnState(ReturnStatus(status), changed_at, changed_by, reason, version or 0)

    def lock_in(self, session: Session, region: RegionRecord, period: Period) -> ReturnState | None:
        record = locking_return(session, region, period)
        return _state(record) if record else None

    def check_in(self, session: Session, region_code: str, period: Period) -> ReturnCheck:
        figures = self.figures.figures_in(session, region_code, period)
        return self.check_figures(session, figures)

    def check_figures(
        self,
        session: Session,
        figures: RegionFigures,
        *,
        region: RegionRecord | None = None,
        previous: ReturnCheck | None = None,
        changed: Collection[str] = (),
    ) -> ReturnCheck:
        """The checks of figures already read, with the explanations of their warnings.

        With `previous`, the checks of figures that differ from `previous.figures` only in the
        indicators `changed` (same catalogue): the rules run again only where their issues can
        differ (domain.rules.recheck)."""
        period = figures.period
        context = CheckContext(
            period=period,
            indicators={row.indicator.code: row.indicator for row in figures.rows},
            figures={row.indicator.code: row.figures for row in figures.rows},
            series=figures.series,
        )
        if region is None:
            region = RegionRepository(session).require(figures.region_code)
        explanations = self._explanations(session, region, period)
        if previous is None:
            issues = run_checks(context)
        else:
            issues = recheck(context, previous.issues, changed)
        return ReturnCheck(figures, issues, explanations)

    def explain(
        self, region_code: str, period: Period, indicator_code: str, issue_code: str, text: str
    ) -> None:
        """Store (or, with empty text, remove) the 情况说明 for one warning."""
        self.access.require(Action.KEY, region_code)
        with self.sessions.begin() as session:
            region = RegionRepository(session).require(region_code)
            refuse_if_locked(session, region, period)
            indicator = IndicatorRepository(session).require(indicator_code)
            record = session.scalars(
                select(ExplanationRecord).where(
                    ExplanationRecord.region_id == region.id,
                    ExplanationRecord.period == period.code,
                    ExplanationRecord.indicator_id == indicator.id,
                    ExplanationRecord.issue_code == issue_code,
                )
            ).first()
            if not text.strip():
                if record is not None:
                    session.delete(record)
                return
            if record is None:
                record = ExplanationRecord(
                    region_id=region.id,
                    period=period.code,
                    indicator_id=indicator.id,
                    issue_code=issue_code,
                )
                session.add(record)
            record.text = text.strip()
            record.at = datetime.now(UTC)
            record.who = self.user

    def submit(
        self, region_code: str, period: Period, *, based_on: int | None = None
    ) -> ReturnState:
        """报送: refused while errors remain or a warning has no explanation, and (with
        `based_on`, the state's version the person saw) when another person submitted or
        reopened it since. Checked under the write lock, so that what is locked is what was
        checked and kept as the snapshot."""
        self.access.require(Action.SUBMIT, region_code)
        with self.sessions.begin() as session:
            region = RegionRepository(session).require(region_code)
            refuse_if_changed(session, region, period, based_on)
            refuse_if_locked(session, region, period)
            checked = self.check_in(session, region_code, period)
            if checked.errors:
                raise DomainError.of("return_has_errors", count=len(checked.errors))
            if checked.unexplained:
                raise DomainError.of("explanations_missing", count=len(checked.unexplained))
            now = datetime.now(UTC)
            record = self._record(session, region, period)
            if record is None:
                record = ReturnRecord(region_id=region.id, period=period.code)
                session.add(record)
            record.status = ReturnStatus.SUBMITTED.value
            record.changed_at, record.changed_by, record.reason = now, self.user, None
            event = ReturnEventRecord(
                region_id=region.id,
                period=period.code,
                action="submit",
                at=now,
                who=self.user,
                snapshot=_snapshot(checked.figures),
            )
            session.add(event)
            session.flush()  # the event's id is the state's new version
            return _state(record, event.id)

    def reopen(
        self, region_code: str, period: Period, reason: str, *, based_on: int | None = None
    ) -> ReturnState:
        """退回修改 with a reason; with `based_on` (the state's version the person saw),
        refused when another person submitted or reopened it since."""
        self.access.require(Action.REOPEN, region_code)
        if not reason.strip():
            raise DomainError.of("reopen_needs_reason")
        with self.sessions.begin() as session:
            region = RegionRepository(session).require(region_code)
            refuse_if_changed(session, region, period, based_on)
            record = self._record(session, region, period)
            if record is None or record.status != ReturnStatus.SUBMITTED.value:
                raise DomainError.of("return_not_submitted", region=region.name)
            now = datetime.now(UTC)
            record.status = ReturnStatus.REOPENED.value
            record.changed_at, record.changed_by, record.reason = now, self.user, reason.strip()
            event = ReturnEventRecord(
                region_id=region.id,
                period=period.code,
                action="reopen",
                at=now,
                who=self.user,
                reason=reason.strip(),
            )
            session.add(event)
            session.flush()  # the event's id is the state's new version
            return _state(record, event.id)

    # --- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _record(session: Session, region: RegionRecord, period: Period) -> ReturnRecord | None:
        params = {"region_id": region.id, "period": period.code}
        return session.scalars(_record_statement(), params).first()

    @staticmethod
    def _explanations(
        session: Session, region: RegionRecord, period: Period
    ) -> dict[tuple[str, str], str]:
        params = {"region_id": region.id, "period": period.code}
        rows = session.connection().execute(_explanations_statement(), params)
        return {(code, issue): text for code, issue, text in rows}


# Statements a return's view asks after every keyed cell, built once: building one costs more
# than SQLite takes to answer it.
@lru_cache(maxsize=1)
def _record_statement() -> Select[ReturnRecord]:
    return select(ReturnRecord).where(
        ReturnRecord.region_id == bindparam("region_id"),
        ReturnRecord.period == bindparam("period"),
    )


@lru_cache(maxsize=1)
def _state_statement() -> Select[int | None, str | None, datetime | None, str | None, str | None]:
    """The id of the return's latest event (its state's version) and its status row, if any:
    one row, from a one-row select joined to the status row."""
    region_id: BindParameter[int] = bindparam("region_id")
    period: BindParameter[str] = bindparam("period")
    latest = (
        select(func.max(ReturnEventRecord.id))
        .where(ReturnEventRecord.region_id == region_id, ReturnEventRecord.period == period)
        .scalar_subquery()
    )
    one = select(literal(1).label("one")).subquery("one")
    return (
        select(
            latest,
            ReturnRecord.status,
            ReturnRecord.changed_at,
            ReturnRecord.changed_by,
            ReturnRecord.reason,
        )
        .select_from(one)
        .outerjoin(
            ReturnRecord,
            and_(ReturnRecord.region_id == region_id, ReturnRecord.period == period),
        )
    )


@lru_cache(maxsize=1)
def _latest_event_statement() -> Select[int, str, datetime, str, str | None]:
    return (
        select(
            ReturnEventRecord.id,
            ReturnEventRecord.action,
            ReturnEventRecord.at,
            ReturnEventRecord.who,
            ReturnEventRecord.reason,
        )
        .where(
            ReturnEventRecord.region_id == bindparam("region_id"),
            ReturnEventRecord.period == bindparam("period"),
        )
        .order_by(ReturnEventRecord.id.desc())
        .limit(1)
    )


@lru_cache(maxsize=1)
def _explanations_statement() -> Select[str, str, str]:
    return (
        select(IndicatorRecord.code, ExplanationRecord.issue_code, ExplanationRecord.text)
        .join(IndicatorRecord, IndicatorRecord.id == ExplanationRecord.indicator_id)
        .where(
            ExplanationRecord.region_id == bindparam("region_id"),
            ExplanationRecord.period == bindparam("period"),
        )
    )
