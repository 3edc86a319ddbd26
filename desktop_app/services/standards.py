"""示范单位评定: candidates checked against the province's demonstration standards.

A county (or its prefecture) keeps candidates (standard_candidate): an enterprise taken from the
enterprise register (its capital, revenue and online sales prefilled as the standards file says)
or typed in, a base, or the county itself, with the facts given for the chosen standard. Each is
evaluated against the standards file of its province (domain/standards.py), with the thresholds
of its region's class (Chengdu or another prefecture).

Where a candidate stands: candidate → recommended (only when it meets every criterion, and
within the quota its prefecture has left for the year's round) → recognised on a day (by the
province; a unit recognised earlier may be recorded directly) → reviewed every `review_years`
(a confirmed review restarts the count) or revoked on a day. A recommendation may be withdrawn.

The recommendation list of a prefecture shows, per group (enterprises, bases, counties), the quota,
how many of the round's units are recommended or recognised already, and the passing candidates
that fit in what is left (in the order they were added) and those beyond it. The review calendar
lists the recognised units with the day each is due, overdue first.

The day a unit was recommended is kept with its facts (under "_recommended_on"); the round of a
recommendation is the calendar year of that day, or of the recognition.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.issues import DomainError
from desktop_app.domain.regions import RegionLevel
from desktop_app.domain.standards import (
    Evaluation,
    Kind,
    RegionClass,
    Standard,
    StandardGroup,
    Standards,
    StandardsError,
    Status,
    Verdict,
    evaluate,
    facts_from_json,
    facts_to_json,
    from_register,
    parse_standards,
)
from desktop_app.paths import resources_dir, user_data_dir
from desktop_app.persistence.models import RegionRecord, StandardCandidateRecord
from desktop_app.persistence.registers import RegisterRepository, row_of
from desktop_app.persistence.repositories import RegionRepository
from desktop_app.services.users import Access

#: Facts key of the day a candidate was recommended (ISO text).
RECOMMENDED_ON = "_recommended_on"
#: The most a standards file may weigh: a province's file is a few dozen KB.
FILE_LIMIT = 1_000_000


@dataclass(frozen=True)
class Candidate:
    id: int
    region_code: str
    region_name: str
    prefecture_code: str  # the submitting prefecture (the county itself when it has none)
    prefecture_name: str
    standard: Standard
    name: str
    entry_id: int | None
    facts: Mapping[str, Any]  # criterion key → Decimal | bool (given facts only)
    status: Status
    recommended_on: date | None
    recognised_on: date | None
    reviewed_on: date | None
    note: str
    at: datetime
    who: str
    evaluation: Evaluation
    review_due: date | None  # recognised units only

    @property
    def verdict(self) -> Verdict:
        return self.evaluation.verdict

    @property
    def round_year(self) -> int | None:
        """The year of the round it was recommended (or recognised) in."""
        day = self.recommended_on or self.recognised_on
        return day.year if day is not None else None


@dataclass(frozen=True)
class QuotaLine:
    group: StandardGroup
    quota: int | None  # None: no cap for the prefecture's class
    used: tuple[Candidate, ...]  # recommended or recognised in the round
    within: tuple[Candidate, ...]  # passing candidates that fit in what is left
    beyond: tuple[Candidate, ...]  # passing candidates beyond the quota

    @property
    def left(self) -> int | None:
        return None if self.quota is None else max(0, self.quota - len(self.used))


@dataclass(frozen=True)
class RecommendationList:
    prefecture_code: str
    prefecture_name: str
    region_class: RegionClass
    year: int
    lines: tuple[QuotaLine, ...]

    def line(self, group: str) -> QuotaLine:
        return next(line for line in self.lines if line.group.key == group)


@dataclass(frozen=True)
class ReviewDue:
    candidate: Candidate
    due: date
    days_left: int  # negative: overdue by that many days

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def default_folders() -> tuple[Path, ...]:
    """The shipped standards, then a province's own file in the user's data folder."""
    return (resources_dir() / "standards", user_data_dir() / "standards")


class StandardService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        user: str | Callable[[], str],
        folders: Sequence[Path] | None = None,
        *,
        access: Callable[[], Access] | None = None,
    ) -> None:
        """`user`: who the changes name (or how to find out, when the 填表人 may change);
        `folders`: where the standards files are, the shipped one first (by default
        resources/standards, then the user's own folder); a later folder's file for the same
        province replaces an earlier one's."""
        self.sessions = sessions
        self._user = user
        #: What the person logged in may do: every use case names its region through
        #: standards_for, which refuses a region outside their limit (everything by default).
        self._access = access or Access.everything
        self.folders = tuple(default_folders() if folders is None else folders)
        self._loaded: tuple[dict[str, Standards], list[tuple[str, str]]] | None = None

    @property
    def user(self) -> str:
        return self._user if isinstance(self._user, str) else self._user()

    # --- the standards files ---------------------------------------------------------------------
    def _files(self) -> tuple[dict[str, Standards], list[tuple[str, str]]]:
        if self._loaded is None:
            found: dict[str, Standards] = {}
            broken: list[tuple[str, str]] = []
            for folder in self.folders:
                paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
                for path in paths:
                    try:
                        if path.stat().st_size > FILE_LIMIT:
                            raise StandardsError(f"more than {FILE_LIMIT // 1000} KB")
                        standards = parse_standards(path.read_bytes())
                    except (OSError, StandardsError) as exc:
                        broken.append((path.name, str(exc)))
                        continue
                    found[standards.province] = standards
            self._loaded = (found, broken)
        return self._loaded

    def reload(self) -> None:
        """Read the standards files again (one was replaced)."""
        self._loaded = None

    def standards_for(self, region_code: str) -> Standards:
        """The standards of the region's province; refused when there are none (naming a
        broken file, if one is why)."""
        self._access().require_read(region_code)
        found, broken = self._files()
        standards = found.get(region_code[:2])
        if standards is not None:
            return standards
        if broken:
            name, detail = broken[0]
            raise DomainError.of("standards_file_bad", file=name, detail=detail)
        raise DomainError.of("standards_none", code=region_code)

    # --- reading ---------------------------------------------------------------------------------
    def candidates(self, region_code: str, today: date | None = None) -> list[Candidate]:
        """The candidates of the region and below it (a county's, or a prefecture's counties'),
        by region then in the order they were added."""
        standards = self.standards_for(region_code)
        with self.sessions() as session:
            region = RegionRepository(session).require(region_code)
            stmt = (
                select(StandardCandidateRecord, RegionRecord)
                .join(RegionRecord, RegionRecord.id == StandardCandidateRecord.region_id)
                .where(RegionRecord.path.startswith(region.path, autoescape=True))
                .order_by(RegionRecord.code, StandardCandidateRecord.id)
            )
            rows = [(row[0], row[1]) for row in session.execute(stmt)]
            return [self._candidate(session, standards, record, where) for record, where in rows]

    def candidate(self, candidate_id: int) -> Candidate:
        with self.sessions() as session:
            record, region = _require(session, candidate_id)
            return self._candidate(session, self.standards_for(region.code), record, region)

    def evaluate(self, region_code: str, standard_key: str, facts: Mapping[str, Any]) -> Evaluation:
        """The check of facts not saved yet (a form being typed) for a region."""
        standards = self.standards_for(region_code)
        standard = standards.standard(standard_key)
        return evaluate(standard, facts, standards.region_class(region_code).key)

    def prefilled(self, standard_key: str, entry_id: int) -> tuple[str, str, dict[str, Any]]:
        """An enterprise register row as a candidate: (its county's code, its name, the facts
        the standard takes from the register, in the standard's units)."""
        with self.sessions() as session:
            found = RegisterRepository(session).get(entry_id)
            if found is None or found[0].register != "enterprises":
                raise DomainError.of("standard_entry_gone")
            record, region = found
            row = row_of(record, region.code)
            county = _county(RegionRepository(session), region)
        standard = self.standards_for(county.code).standard(standard_key)
        facts: dict[str, Any] = {}
        for criterion in standard.facts():
            if criterion.from_register:
                value = from_register(criterion, row.get(criterion.from_register))
                if value is not None:
                    facts[criterion.key] = value
        return county.code, row.name, facts

    # --- changes ---------------------------------------------------------------------------------
    def add(
        self,
        region_code: str,
        standard_key: str,
        name: str,
        facts: Mapping[str, Any] | None = None,
        entry_id: int | None = None,
        note: str = "",
    ) -> Candidate:
        """A new candidate in a county (a place below it counts under the county)."""
        name = " ".join(name.split())
        if not name:
            raise DomainError.of("standard_needs_name")
        standards = self.standards_for(region_code)
        standard = standards.standard(standard_key)
        with self.sessions.begin() as session:
            repo = RegionRepository(session)
            county = _county(repo, repo.require(region_code))
            if standard.group == "county" and county.code != region_code:
                raise DomainError.of("standard_county_only", standard=standard.name_zh)
            record = StandardCandidateRecord(
                region_id=county.id,
                standard=standard.key,
                name=name,
                entry_id=entry_id,
                facts=facts_to_json(_facts_of(standard, facts or {})),
                status=Status.CANDIDATE.value,
                note=note.strip() or None,
                at=datetime.now(UTC),
                who=self.user,
            )
            session.add(record)
            session.flush()
            return self._candidate(session, standards, record, county)

    def add_from_register(self, standard_key: str, entry_id: int) -> Candidate:
        """A candidate taken from an enterprise register row, its figures prefilled."""
        county, name, facts = self.prefilled(standard_key, entry_id)
        return self.add(county, standard_key, name, facts, entry_id=entry_id)

    def change(
        self,
        candidate_id: int,
        *,
        name: str | None = None,
        standard_key: str | None = None,
        facts: Mapping[str, Any] | None = None,
        note: str | None = None,
    ) -> Candidate:
        """Edit a candidate's name, standard, facts (replacing them) or note."""
        with self.sessions.begin() as session:
            record, region = _require(session, candidate_id)
            standards = self.standards_for(region.code)
            if name is not None:
                name = " ".join(name.split())
                if not name:
                    raise DomainError.of("standard_needs_name")
                record.name = name
            if standard_key is not None and standard_key != record.standard:
                if record.status != Status.CANDIDATE.value:
                    raise DomainError.of("standard_fixed_once_recommended", name=record.name)
                record.standard = standards.standard(standard_key).key
            standard = standards.standard(record.standard)
            if facts is not None:
                if record.status != Status.CANDIDATE.value:
                    # a recommended or recognised unit keeps the facts it was judged on
                    raise DomainError.of("standard_fixed_once_recommended", name=record.name)
                kept = facts_from_json(record.facts)
                own = {k: v for k, v in kept.items() if k.startswith("_")}
                record.facts = facts_to_json({**_facts_of(standard, facts), **own})
            if note is not None:
                record.note = note.strip() or None
            record.at, record.who = datetime.now(UTC), self.user
            session.flush()
            return self._candidate(session, standards, record, region)

    def recommend(self, candidate_id: int, day: date) -> Candidate:
        """推荐: refused unless it meets every criterion and its prefecture has quota left in
        the round of `day` (its year)."""
        with self.sessions.begin() as session:
            record, region = _require(session, candidate_id)
            standards = self.standards_for(region.code)
            candidate = self._candidate(session, standards, record, region)
            if candidate.status is not Status.CANDIDATE:
                raise DomainError.of("standard_not_a_candidate", name=record.name)
            if candidate.verdict is not Verdict.PASS:
                code = (
                    "standard_recommend_fails"
                    if candidate.verdict is Verdict.FAIL
                    else "standard_recommend_incomplete"
                )
                raise DomainError.of(code, name=record.name)
            group = standards.group(candidate.standard.group)
            region_class = standards.region_class(region.code)
            quota = group.quota_for(region_class.key)
            if quota is not None:
                used = self._used(session, standards, candidate.prefecture_code, group, day.year)
                if len(used) >= quota:
                    raise DomainError.of(
                        "standard_quota_full",
                        name=record.name,
                        prefecture=candidate.prefecture_name,
                        group=group.name_zh,
                        quota=quota,
                        year=day.year,
                    )
            facts = facts_from_json(record.facts)
            facts[RECOMMENDED_ON] = day.isoformat()
            record.facts = facts_to_json(facts)
            record.status = Status.RECOMMENDED.value
            record.at, record.who = datetime.now(UTC), self.user
            session.flush()
            return self._candidate(session, standards, record, region)

    def withdraw(self, candidate_id: int) -> Candidate:
        """A recommendation taken back: a candidate again."""
        with self.sessions.begin() as session:
            record, region = _require(session, candidate_id)
            if record.status != Status.RECOMMENDED.value:
                raise DomainError.of("standard_not_recommended", name=record.name)
            facts = facts_from_json(record.facts)
            facts.pop(RECOMMENDED_ON, None)
            record.facts = facts_to_json(facts)
            record.status = Status.CANDIDATE.value
            record.at, record.who = datetime.now(UTC), self.user
            session.flush()
            return self._candidate(session, self.standards_for(region.code), record, region)

    def recognise(self, candidate_id: int, day: date) -> Candidate:
        """认定 by the province on `day` (a unit recognised before it was kept here may be
        recorded from candidate directly)."""
        with self.sessions.begin() as session:
            record, region = _require(session, candidate_id)
            if record.status not in (Status.CANDIDATE.value, Status.RECOMMENDED.value):
                raise DomainError.of("standard_cannot_recognise", name=record.name)
            recommended = facts_from_json(record.facts).get(RECOMMENDED_ON)
            if isinstance(recommended, str) and day.isoformat() < recommended:
                raise DomainError.of(
                    "standard_day_before", name=record.name, day=day.isoformat(), before=recommended
                )
            record.status = Status.RECOGNISED.value
            record.recognised_on, record.reviewed_on = day, None
            record.at, record.who = datetime.now(UTC), self.user
            session.flush()
            return self._candidate(session, self.standards_for(region.code), record, region)

    def confirm_review(self, candidate_id: int, day: date) -> Candidate:
        """复核合格: the review on `day` confirmed the unit; the next is due from then."""
        with self.sessions.begin() as session:
            record, region = _require(session, candidate_id)
            self._check_recognised_before(record, day)
            record.reviewed_on = day
            record.at, record.who = datetime.now(UTC), self.user
            session.flush()
            return self._candidate(session, self.standards_for(region.code), record, region)

    def revoke(self, candidate_id: int, day: date) -> Candidate:
        """撤销: the recognition withdrawn on `day` (kept as the day of the review)."""
        with self.sessions.begin() as session:
            record, region = _require(session, candidate_id)
            self._check_recognised_before(record, day)
            record.status = Status.REVOKED.value
            record.reviewed_on = day
            record.at, record.who = datetime.now(UTC), self.user
            session.flush()
            return self._candidate(session, self.standards_for(region.code), record, region)

    def remove(self, candidate_id: int) -> None:
        """Refused for a recommended or recognised unit (withdraw or revoke it first)."""
        with self.sessions.begin() as session:
            record, _region = _require(session, candidate_id)
            if record.status in (Status.RECOMMENDED.value, Status.RECOGNISED.value):
                raise DomainError.of("standard_remove_refused", name=record.name)
            session.delete(record)

    # --- lists -----------------------------------------------------------------------------------
    def recommendation_list(self, region_code: str, year: int) -> RecommendationList:
        """The prefecture's (of `region_code`) quota per group for the round of `year`: used,
        left, and its passing candidates within and beyond what is left."""
        standards = self.standards_for(region_code)
        with self.sessions() as session:
            repo = RegionRepository(session)
            prefecture = _prefecture(repo, repo.require(region_code))
            region_class = standards.region_class(prefecture.code)
            stmt = (
                select(StandardCandidateRecord, RegionRecord)
                .join(RegionRecord, RegionRecord.id == StandardCandidateRecord.region_id)
                .where(RegionRecord.path.startswith(prefecture.path, autoescape=True))
                .order_by(StandardCandidateRecord.id)
            )
            everyone = [
                self._candidate(session, standards, row[0], row[1]) for row in session.execute(stmt)
            ]
        lines = []
        for group in standards.groups:
            mine = [c for c in everyone if c.standard.group == group.key]
            used = tuple(
                c
                for c in mine
                if c.status in (Status.RECOMMENDED, Status.RECOGNISED) and c.round_year == year
            )
            passing = [
                c for c in mine if c.status is Status.CANDIDATE and c.verdict is Verdict.PASS
            ]
            quota = group.quota_for(region_class.key)
            room = len(passing) if quota is None else max(0, quota - len(used))
            lines.append(
                QuotaLine(group, quota, used, tuple(passing[:room]), tuple(passing[room:]))
            )
        return RecommendationList(
            prefecture.code, prefecture.name, region_class, year, tuple(lines)
        )

    def review_calendar(self, region_code: str, today: date) -> list[ReviewDue]:
        """The recognised units of the region and below with the day each review is due,
        overdue first, then soonest first."""
        due = []
        for candidate in self.candidates(region_code):
            if candidate.status is Status.RECOGNISED and candidate.review_due is not None:
                days = (candidate.review_due - today).days
                due.append(ReviewDue(candidate, candidate.review_due, days))
        return sorted(due, key=lambda d: (d.due, d.candidate.name))

    # --- helpers ---------------------------------------------------------------------------------
    def _used(
        self,
        session: Session,
        standards: Standards,
        prefecture_code: str,
        group: StandardGroup,
        year: int,
    ) -> list[StandardCandidateRecord]:
        prefecture = RegionRepository(session).require(prefecture_code)
        keys = [s.key for s in standards.standards if s.group == group.key]
        stmt = (
            select(StandardCandidateRecord)
            .join(RegionRecord, RegionRecord.id == StandardCandidateRecord.region_id)
            .where(
                RegionRecord.path.startswith(prefecture.path, autoescape=True),
                StandardCandidateRecord.standard.in_(keys),
                StandardCandidateRecord.status.in_(
                    [Status.RECOMMENDED.value, Status.RECOGNISED.value]
                ),
            )
        )
        used = []
        for record in session.scalars(stmt):
            recommended = facts_from_json(record.facts).get(RECOMMENDED_ON)
            day = (
                date.fromisoformat(recommended)
                if isinstance(recommended, str)
                else record.recognised_on
            )
            if day is not None and day.year == year:
                used.append(record)
        return used

    @staticmethod
    def _check_recognised_before(record: StandardCandidateRecord, day: date) -> None:
        if record.status != Status.RECOGNISED.value or record.recognised_on is None:
            raise DomainError.of("standard_not_recognised", name=record.name)
        if day < record.recognised_on:
            raise DomainError.of(
                "standard_day_before",
                name=record.name,
                day=day.isoformat(),
                before=record.recognised_on.isoformat(),
            )

    def _candidate(
        self,
        session: Session,
        standards: Standards,
        record: StandardCandidateRecord,
        region: RegionRecord,
    ) -> Candidate:
        repo = RegionRepository(session)
        prefecture = _prefecture(repo, region)
        standard = standards.standard(record.standard)
        stored = facts_from_json(record.facts)
        facts = {k: v for k, v in stored.items() if not k.startswith("_")}
        recommended = stored.get(RECOMMENDED_ON)
        status = Status(record.status)
        due = None
        if status is Status.RECOGNISED and record.recognised_on is not None:
            due = standards.review_due(record.recognised_on, record.reviewed_on)
        return Candidate(
            id=record.id,
            region_code=region.code,
            region_name=region.name,
            prefecture_code=prefecture.code,
            prefecture_name=prefecture.name,
            standard=standard,
            name=record.name,
            entry_id=record.entry_id,
            facts=facts,
            status=status,
            recommended_on=date.fromisoformat(recommended)
            if isinstance(recommended, str)
            else None,
            recognised_on=record.recognised_on,
            reviewed_on=record.reviewed_on,
            note=record.note or "",
            at=record.at,
            who=record.who,
            evaluation=evaluate(standard, facts, standards.region_class(region.code).key),
            review_due=due,
        )


def _facts_of(standard: Standard, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The facts the standard reads, typed: figures Decimal (0 or more), conditions bool."""
    out: dict[str, Any] = {}
    for criterion in standard.facts():
        value = facts.get(criterion.key)
        if value is None:
            continue
        if criterion.kind is Kind.YES:
            if not isinstance(value, bool):
                raise DomainError.of("standard_fact_not_yes_no", name=criterion.name_zh, text=value)
        elif isinstance(value, bool) or not isinstance(value, (Decimal, int)):
            raise DomainError.of("standard_fact_not_number", name=criterion.name_zh, text=value)
        elif value < 0:
            raise DomainError.of("standard_fact_negative", name=criterion.name_zh, text=value)
        else:
            value = Decimal(value)
        out[criterion.key] = value
    return out


def _require(session: Session, candidate_id: int) -> tuple[StandardCandidateRecord, RegionRecord]:
    record = session.get(StandardCandidateRecord, candidate_id)
    if record is None:
        raise DomainError.of("standard_candidate_gone")
    region = session.get(RegionRecord, record.region_id)
    assert region is not None  # a foreign key keeps it
    return record, region


def _county(repo: RegionRepository, region: RegionRecord) -> RegionRecord:
    """The county at or above a region; refused above county level."""
    for record in [region, *reversed(repo.ancestors(region))]:
        if record.level == RegionLevel.COUNTY.value:
            return record
    raise DomainError.of("standard_needs_county", code=region.code, name=region.name)


def _prefecture(repo: RegionRepository, region: RegionRecord) -> RegionRecord:
    """The prefecture at or above a region (a county without one submits itself)."""
    chain = [region, *reversed(repo.ancestors(region))]
    for record in chain:
        if record.level == RegionLevel.PREFECTURE.value:
            return record
    for record in chain:
        if record.level == RegionLevel.COUNTY.value:
            return record
    raise DomainError.of("standard_needs_county", code=region.code, name=region.name)
