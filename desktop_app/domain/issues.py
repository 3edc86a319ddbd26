"""Problems found in data, as codes with parameters.

The domain never produces translated text: the UI and the CLI turn an Issue into words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class DomainError(Exception):
    """An operation was refused; carries the issue that explains why."""

    def __init__(self, issue: Issue) -> None:
        super().__init__(issue.code, issue.params)
        self.issue = issue

    @classmethod
    def of(cls, issue_code: str, /, **params: Any) -> DomainError:
        return cls(Issue(issue_code, Severity.ERROR, params))
