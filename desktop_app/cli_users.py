"""`xianbao users …` and the login of every command on a database that asks who is working.

A database on a server, or a file that has accounts, asks each command for `--user LOGIN`; the
password is asked without echo (getpass), or read from $XIANBAO_PASSWORD by scripts. It is never
an argument: arguments are seen by every user of the computer (ps) and kept in shell histories.
A new password (`users add`, `users passwd`) is asked twice, or read from $XIANBAO_NEW_PASSWORD
(or, for the first administrator, who has nobody to log in as, from $XIANBAO_PASSWORD).
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from desktop_app.domain.issues import DomainError
from desktop_app.i18n import role_text, translate

if TYPE_CHECKING:  # the services are imported when a command runs, not when the GUI starts
    from desktop_app.services.store import Store
    from desktop_app.services.users import Access, UserService

COMMANDS = frozenset({"users"})
PASSWORD_ENV = "XIANBAO_PASSWORD"
NEW_PASSWORD_ENV = "XIANBAO_NEW_PASSWORD"

#: Reads a password without echo (getpass.getpass; tests give their own).
Asker = Callable[[str], str]


def add_users_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser(
        "users",
        help="staff accounts (a server, or a file shared by several staff): list, add, "
        "passwd, role, regions, unlock, disable, enable",
    )
    act = users.add_subparsers(dest="users_command", required=True)
    act.add_parser("list", help="the accounts, their roles, regions and state")
    add = act.add_parser(
        "add",
        help="add an account (the first one of a database must be an admin); the password is "
        "asked, or read from $XIANBAO_NEW_PASSWORD",
    )
    add.add_argument("login")
    add.add_argument("--name", required=True, help="the person's name, as the audit names them")
    add.add_argument(
        "--role",
        required=True,
        choices=["clerk", "reviewer", "admin"],
        help="clerk (填报员) keys; reviewer (审核员) also submits, sends back and reopens; "
        "admin (管理员) also manages accounts, regions, indicators and templates",
    )
    add.add_argument(
        "--regions",
        default="",
        metavar="CODES",
        help="limit the account to these regions and what lies under them, e.g. "
        "511921,511922 (default: every region)",
    )
    passwd = act.add_parser("passwd", help="set an account's password (asked twice)")
    passwd.add_argument("login")
    role = act.add_parser("role", help="change an account's role")
    role.add_argument("login")
    role.add_argument("role", choices=["clerk", "reviewer", "admin"])
    regions = act.add_parser("regions", help="limit an account to regions ('' for every region)")
    regions.add_argument("login")
    regions.add_argument("codes", help="e.g. 511921,511922; '' for every region")
    for name, text in (
        ("unlock", "lift the lock after too many wrong passwords"),
        ("disable", "the account can no longer log in (its history stays)"),
        ("enable", "the account can log in again"),
    ):
        act.add_parser(name, help=text).add_argument("login")


def _password(prompt: str, env: str, ask: Asker) -> str:
    from_env = os.environ.get(env)
    if from_env is not None:
        return from_env
    return ask(prompt)


def _new_password(ask: Asker, first_admin: bool) -> str:
    """A new password: from $XIANBAO_NEW_PASSWORD (the first administrator's may come from
    $XIANBAO_PASSWORD), or asked twice."""
    for env in (NEW_PASSWORD_ENV, PASSWORD_ENV) if first_admin else (NEW_PASSWORD_ENV,):
        from_env = os.environ.get(env)
        if from_env is not None:
            return from_env
    first = ask(translate("Cli", "New password: "))
    again = ask(translate("Cli", "The new password again: "))
    if first != again:
        raise DomainError.of("password_mismatch")
    return first


def log_in_cli(
    store: Store, args: argparse.Namespace, ask: Asker = getpass.getpass
) -> tuple[Access, str | None]:
    """The access the command runs with and the person its changes are named as.

    A database without accounts (a single PC) needs no login: everything is allowed and the
    person is --person (or the login name). Otherwise --user is needed, except to add the
    first account of a database (its first administrator)."""
    from desktop_app.services.users import Access, UserService

    users = UserService(store.sessions, lambda: args.person or "")
    login = getattr(args, "user", None)
    any_users = users.any_users()
    if not any_users and args.command == "users" and args.users_command == "add":
        return Access.everything(), args.person
    if not login:
        if not store.on_server and not any_users:
            return Access.everything(), args.person
        if not any_users:
            raise DomainError.of("login_first_admin_needed")
        raise DomainError.of("login_user_needed")
    password = _password(
        translate("Cli", "Password of {login}: ").format(login=login), PASSWORD_ENV, ask
    )
    user = users.log_in(login, password)
    return Access(user, store.sessions), user.name


def run_users(
    args: argparse.Namespace, store: Store, out: TextIO, ask: Asker = getpass.getpass
) -> int:
    """One `users` command, as the person logged in (store.access); refusals propagate as
    DomainError (exit 2 with the sentence)."""
    from desktop_app.services.users import UserService

    access = store.access
    actor = access.user.name if access.user is not None else (args.person or "")
    users = UserService(store.sessions, lambda: actor, access=lambda: access)
    command = args.users_command
    if command == "list":
        _list(users, out)
        return 0
    if command == "add":
        first = not users.any_users()
        password = _new_password(ask, first)
        codes = [c for c in args.regions.replace("，", ",").split(",") if c.strip()]
        user = users.add(args.login, args.name, args.role, password, codes)
        out.write(
            translate("Cli", "Added the account {login} for {name} ({role}).").format(
                login=user.login, name=user.name, role=role_text(user.role.value)
            )
            + "\n"
        )
        if first:
            out.write(
                translate(
                    "Cli",
                    "This database now asks who is working: give --user {login} with every "
                    "command, and log in when the program starts.",
                ).format(login=user.login)
                + "\n"
            )
        return 0
    login = args.login.strip().lower()
    if command == "passwd":
        users.get(login)  # an unknown account is said before the password is asked
        users.set_password(login, _new_password(ask, False))
        text = translate("Cli", "The password of {login} was changed.").format(login=login)
    elif command == "role":
        users.set_role(login, args.role)
        text = translate("Cli", "{login} is now a {role}.").format(
            login=login, role=role_text(args.role)
        )
    elif command == "regions":
        codes = [c for c in args.codes.replace("，", ",").split(",") if c.strip()]
        user = users.set_regions(login, codes)
        if user.regions:
            text = translate(
                "Cli", "{login} now works on {regions} and what lies under them."
            ).format(login=login, regions=", ".join(user.regions))
        else:
            text = translate("Cli", "{login} now works on every region.").format(login=login)
    elif command == "unlock":
        users.unlock(login)
        text = translate("Cli", "{login} is unlocked.").format(login=login)
    elif command == "enable":
        users.set_active(login, True)
        text = translate("Cli", "{login} can log in again.").format(login=login)
    else:
        users.set_active(login, False)
        text = translate("Cli", "{login} can no longer log in; its history stays.").format(
            login=login
        )
    out.write(text + "\n")
    return 0


def _list(users: UserService, out: TextIO) -> None:
    from desktop_app.cli import render_table

    now = datetime.now(UTC)
    rows = []
    for user in users.users():
        if not user.active:
            state = translate("Cli", "disabled")
        elif user.locked(now):
            assert user.locked_until is not None
            state = translate("Cli", "locked until {until}").format(
                until=user.locked_until.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        else:
            state = translate("Cli", "active")
        regions = ",".join(user.regions) or translate("Cli", "all")
        rows.append([user.login, user.name, role_text(user.role.value), regions, state])
    if not rows:
        out.write(
            translate(
                "Cli",
                "No accounts: the database needs no login. Add the first administrator with "
                "xianbao users add LOGIN --name NAME --role admin",
            )
            + "\n"
        )
        return
    headers = [
        translate("Cli", "Login"),
        translate("Cli", "Name"),
        translate("Cli", "Role"),
        translate("Cli", "Regions"),
        translate("Cli", "State"),
    ]
    out.write(render_table(headers, rows, set()) + "\n")
