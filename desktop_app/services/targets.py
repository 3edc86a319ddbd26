"""Use case: set the year's target (年度目标) of an indicator for a region."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.issues import DomainError
from desktop_app.domain.values import parse_input
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    TargetRepository,
    indicator_to_domain,
)


class TargetService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def set_text(
        self, region_code: str, indicator_code: str, year: int, text: str
    ) -> Decimal | None:
        """Parse and store a target; blank removes it. Returns the stored target."""
        parsed = parse_input(text)
        if parsed.not_applicable:
            raise DomainError.of("not_a_number", text=text)
        with self.sessions.begin() as session:
            region = RegionRepository(session).require(region_code)
            record = IndicatorRepository(session).require(indicator_code)
            indicator = indicator_to_domain(record)
            if parsed.number is not None:
                issues = [
                    i
                    for i in indicator.check_number(parsed.number, percent=parsed.percent)
                    if i.code != "computed_indicator"
                ]
                if issues:
                    raise DomainError(issues[0])
            TargetRepository(session).set(region.id, record.id, year, parsed.number)
            return parsed.number
