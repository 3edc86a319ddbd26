"""The life of a return (报表): 草稿 → 已报送 (locked) → reopened with a reason → 已报送 again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class ReturnStatus(Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REOPENED = "reopened"


@dataclass(frozen=True)
class ReturnState:
    status: ReturnStatus
    changed_at: datetime | None = None
    changed_by: str | None = None
    reason: str | None = None
    #: The version of the state as it was read: the id of the return's latest event (a
    #: submission or a reopening; 0 when never submitted). A submit or reopen states the
    #: version the person saw, and is refused when the state has changed since.
    version: int = 0

    @property
    def locked(self) -> bool:
        return self.status is ReturnStatus.SUBMITTED
