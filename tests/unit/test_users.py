"""The roles' table, a regions limit and the password rules (domain/users.py), without a database."""

from __future__ import annotations

import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.domain.users import (
    Action,
    Role,
    allowed,
    check_password,
    covers,
    normalise_login,
    parse_role,
)

# What each role may do, written out as issue 14 says it: 填报员 keys and imports; 审核员 also
# submits, sends back and reopens; 管理员 also manages users, regions, indicators and templates.
MAY = {
    Role.CLERK: {"key", "import"},
    Role.REVIEWER: {"key", "import", "submit", "reopen"},
    Role.ADMIN: {
        "key",
        "import",
        "submit",
        "reopen",
        "manage_users",
        "manage_regions",
        "manage_indicators",
        "manage_templates",
    },
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_users_allowed_follows_the_roles_table(role: Role, action: Action) -> None:
    assert allowed(role, action) is (action.value in MAY[role])


# Materialised paths as the region table keeps them: 四川 /1/, 巴中 /1/2/, 通江 /1/2/3/, its
# township /1/2/3/9/ and village /1/2/3/9/12/; 南江 /1/2/4/; 平昌 /1/2/40/ (a path that starts
# like 南江's id but is not under it); 郫县 511024 became 郫都区 510117 under 成都 (/1/5/), and
# its old code's row stays where it was (/1/6/7/).
PATHS = {
    "510000": ["/1/"],
    "511900": ["/1/2/"],
    "511921": ["/1/2/3/"],
    "511921101": ["/1/2/3/9/"],
    "511921101201": ["/1/2/3/9/12/"],
    "511922": ["/1/2/4/"],
    "511923": ["/1/2/40/"],
    "510100": ["/1/5/"],
    "510117": ["/1/5/8/"],
    "510124": ["/1/6/7/", "/1/5/8/"],
}


def path_of(code: str) -> list[str]:
    return PATHS.get(code, [])


@pytest.mark.parametrize(
    ("limit", "code", "expected"),
    [
        ((), "511922", True),  # no limit: every region
        (("511921",), "511921", True),
        (("511921",), "511921101", True),  # its township
        (("511921",), "511921101201", True),  # and village
        (("511921",), "511922", False),  # beside it
        (("511921",), "511900", False),  # above it
        (("511921",), "510000", False),
        (("511922",), "511923", False),  # /1/2/40/ is not under /1/2/4/
        (("511900",), "511923", True),
        (("511921", "511922"), "511922", True),
        (("511921",), "999999", False),  # unknown
        (("510100",), "510124", True),  # one of the code's rows lies under 成都
    ],
)
def test_users_covers(limit: tuple[str, ...], code: str, expected: bool) -> None:
    assert covers(limit, code, path_of) is expected


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("", "password_empty"),
        ("   \t ", "password_empty"),
        ("1234567", "password_too_short"),
        ("Zhang.San", "password_is_login"),
    ],
)
def test_users_password_rules_refuse(password: str, code: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_password(password, "zhang.san")
    assert refused.value.issue.code == code


def test_users_password_rules_accept_eight_characters_of_any_kind() -> None:
    check_password("12345678", "zhang")
    check_password("密码是八个汉字啊", "zhang")


@pytest.mark.parametrize(
    ("text", "login"), [(" Zhang.San ", "zhang.san"), ("li_4", "li_4"), ("wang-5", "wang-5")]
)
def test_users_login_is_trimmed_and_lower_case(text: str, login: str) -> None:
    assert normalise_login(text) == login


@pytest.mark.parametrize("text", ["", "zhang san", "a/b", "x" * 65])
def test_users_login_refused(text: str) -> None:
    with pytest.raises(DomainError) as refused:
        normalise_login(text)
    assert refused.value.issue.code == "user_login_bad"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("clerk", Role.CLERK),
        ("ADMIN", Role.ADMIN),
        ("审核员", Role.REVIEWER),
        ("填报员", Role.CLERK),
    ],
)
def test_users_parse_role(text: str, role: Role) -> None:
    assert parse_role(text) is role
