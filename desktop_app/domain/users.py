"""Staff accounts and what each role may do (issue 14: the city bureau's server).

A single PC needs no account: its one implicit user (the 填表人 in the settings) may do
everything. A database with accounts (always so on a server) asks who is working, and each
account has a role and may be limited to some regions:

- 填报员 (clerk) keys values and registers and imports returns;
- 审核员 (reviewer) also submits, sends back (with a reason) and reopens returns;
- 管理员 (admin) also manages accounts, regions, indicators and templates.

A limit to a county covers the county and every township and village under it, and nothing above
or beside it; an empty limit covers every region. Pure: the caller says where a region sits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop_app.domain.issues import DomainError

#: The shortest password accepted.
MIN_PASSWORD_LENGTH = 8
#: Failed logins in a row that lock an account, and for how long.
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
#: The longest login and name (the columns' width).
MAX_LOGIN_LENGTH = 64
MAX_NAME_LENGTH = 64


class Role(StrEnum):
    CLERK = "clerk"  # 填报员
    REVIEWER = "reviewer"  # 审核员
    ADMIN = "admin"  # 管理员


class Action(StrEnum):
    """What a role may or may not do."""

    KEY = "key"  # key values and register rows (set, paste, copy last period)
    IMPORT = "import"  # import returns (Excel) and register lists
    SUBMIT = "submit"  # submit a return
    REOPEN = "reopen"  # reopen a return, or send it back with a reason (退回)
    MANAGE_USERS = "manage_users"
    MANAGE_REGIONS = "manage_regions"  # townships and villages, places lists
    MANAGE_INDICATORS = "manage_indicators"
    MANAGE_TEMPLATES = "manage_templates"


_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.CLERK: frozenset({Action.KEY, Action.IMPORT}),
    Role.REVIEWER: frozenset({Action.KEY, Action.IMPORT, Action.SUBMIT, Action.REOPEN}),
    Role.ADMIN: frozenset(Action),
}


def allowed(role: Role, action: Action) -> bool:
    """Whether `role` may do `action` (the table in the module's docstring)."""
    return action in _ALLOWED[role]


@dataclass(frozen=True)
class User:
    """An account as the program sees it: never its password or hash."""

    login: str
    name: str  # the person the audit names (填表人)
    role: Role
    regions: tuple[str, ...]  # the region codes it is limited to; () is every region
    active: bool = True
    locked_until: datetime | None = None
    failed_logins: int = 0

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def covers(
    regions: Sequence[str], region_code: str, path_of: Callable[[str], Iterable[str]]
) -> bool:
    """Whether a limit to `regions` covers `region_code`: an empty limit covers every region;
    otherwise the region must be one of them or lie under one. `path_of(code)` gives the
    materialised paths ("/1/5/42/") the code has had (a code reused after a change has more
    than one); an unknown code has none and is covered by no limit."""
    if not regions:
        return True
    if region_code in regions:
        return True
    own = tuple(path_of(region_code))
    if not own:
        return False
    for limit in regions:
        for limit_path in path_of(limit):
            if any(path.startswith(limit_path) for path in own):
                return True
    return False


def check_password(password: str, login: str = "") -> None:
    """A password the program accepts: at least MIN_PASSWORD_LENGTH characters, not only
    spaces, and not the login itself."""
    if not password.strip():
        raise DomainError.of("password_empty")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError.of("password_too_short", minimum=MIN_PASSWORD_LENGTH)
    if login and password.strip().casefold() == login.strip().casefold():
        raise DomainError.of("password_is_login", login=login)


def normalise_login(text: str) -> str:
    """A login as stored: trimmed and lower case ("Zhang.San " → "zhang.san"); letters, digits
    and . _ - only, at most MAX_LOGIN_LENGTH characters."""
    login = text.strip().lower()
    if not login or len(login) > MAX_LOGIN_LENGTH:
        raise DomainError.of("user_login_bad", login=text.strip(), maximum=MAX_LOGIN_LENGTH)
    if not all(ch.isalnum() or ch in "._-" for ch in login):
        raise DomainError.of("user_login_bad", login=text.strip(), maximum=MAX_LOGIN_LENGTH)
    return login


def normalise_name(text: str) -> str:
    """The person's name as the audit keeps it: trimmed, not empty, at most MAX_NAME_LENGTH."""
    name = " ".join(text.split())
    if not name:
        raise DomainError.of("user_name_missing")
    if len(name) > MAX_NAME_LENGTH:
        raise DomainError.of("user_name_too_long", maximum=MAX_NAME_LENGTH)
    return name


def parse_role(text: str) -> Role:
    """A role from its code (clerk, reviewer, admin) or its Chinese name."""
    key = text.strip().lower()
    for role in Role:
        if key == role.value:
            return role
    chinese = {"填报员": Role.CLERK, "审核员": Role.REVIEWER, "管理员": Role.ADMIN}
    if text.strip() in chinese:
        return chinese[text.strip()]
    raise DomainError.of("user_role_bad", role=text.strip())
