"""Use cases over regions that the UI and the CLI read: children of a region, one region."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import (
    ORIGIN_STATISTICAL,
    ORIGIN_USER,
    Region,
    RegionLevel,
    check_region_code,
    level_for_new_code,
)
from desktop_app.persistence.models import ValueRecord
from desktop_app.persistence.repositories import RegionRepository, region_to_domain


class RegionQueries:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def children(self, code: str | None) -> list[Region]:
        """The current divisions directly under `code` (the provinces when None)."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            parent = repo.require(code) if code else None
            return [region_to_domain(r, code) for r in repo.children(parent)]

    def former(self, code: str | None) -> list[Region]:
        """The divisions directly under `code` that ended, with their successors."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            parent = repo.require(code) if code else None
            return [region_to_domain(r, code) for r in repo.former(parent)]

    def add(self, code: str, name: str, parent_code: str) -> Region:
        """Add a region under an existing one: a township (9-digit code), a village (12 digits),
        or a county-level statistical unit that GB/T 2260 does not list (6 digits under a
        prefecture, e.g. 大柴旦行政委员会 632857 under 海西州 632800)."""
        code, name = code.strip(), name.strip()
        if not name:
            raise DomainError.of("region_needs_name", code=code)
        with self.sessions.begin() as session:
            repo = RegionRepository(session)
            parent = repo.require(parent_code)
            level = level_for_new_code(code)
            if level is None:
                raise DomainError.of("bad_region_code", code=code, level="county/township/village")
            parent_domain = region_to_domain(parent, None)
            check_region_code(code, level, parent_domain)
            if repo.latest(code) is not None:
                repo.require(code)  # a former division is refused naming its successor
                raise DomainError.of("region_exists", code=code)
            origin = ORIGIN_STATISTICAL if level is RegionLevel.COUNTY else ORIGIN_USER
            record = repo.add(code, name, level, parent, origin=origin)
            return region_to_domain(record, parent.code)

    def get(self, code: str) -> Region:
        with self.sessions() as session:
            record = RegionRepository(session).require(code)
            return region_to_domain(record, record.parent.code if record.parent else None)

    def lineage(self, code: str) -> list[Region]:
        """The region and its ancestors, nearest first."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            record = repo.require(code)
            chain = [record, *reversed(repo.ancestors(record))]
            return [region_to_domain(r, r.parent.code if r.parent else None) for r in chain]

    def latest_period_with_data(self, code: str, today: date | None = None) -> Period | None:
        """The latest period holding a figure of the region or of a division directly under it
        (a county's townships): the period the window opens on. None when there is none.
        With `today`, periods that start after today's month (a figure keyed for a wrong
        year) are passed over."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            record = repo.require(code)
            ids = [record.id, *(child.id for child in repo.children(record))]
            codes = session.scalars(
                select(ValueRecord.period).where(ValueRecord.region_id.in_(ids)).distinct()
            ).all()
        periods = []
        for text in codes:
            try:
                period = Period.from_code(text)
            except DomainError:  # a code no Xianbao writes: not a period to open on
                continue
            if today is None or (period.year, period.start_month) <= (today.year, today.month):
                periods.append(period)
        return max(periods, default=None)
