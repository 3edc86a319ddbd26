"""Use cases over regions that the UI and the CLI read: children of a region, one region."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.regions import Region
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
