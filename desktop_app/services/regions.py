"""Use cases over regions that the UI and the CLI read: children of a region, one region."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.issues import DomainError
from desktop_app.domain.regions import Region, RegionLevel, check_region_code
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

    def add(self, code: str, name: str, parent_code: str) -> Region:
        """Add a township (9-digit code) or village (12-digit code) under an existing region."""
        code, name = code.strip(), name.strip()
        if not name:
            raise DomainError.of("region_needs_name", code=code)
        with self.sessions.begin() as session:
            repo = RegionRepository(session)
            parent = repo.require(parent_code)
            level = {9: RegionLevel.TOWNSHIP, 12: RegionLevel.VILLAGE}.get(len(code))
            if level is None:
                raise DomainError.of("bad_region_code", code=code, level="township/village")
            parent_domain = region_to_domain(parent, None)
            check_region_code(code, level, parent_domain)
            if repo.current(code) is not None:
                raise DomainError.of("region_exists", code=code)
            record = repo.add(code, name, level, parent, origin="user")
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
