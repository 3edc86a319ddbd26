"""`xianbao users` and `--user` as a person runs them: separate processes on a real database file
and on the PostgreSQL test server. Passwords come from the environment, as a script gives them;
the production Argon2id hashes them (a few tenths of a second each)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from desktop_app.persistence.models import AuditRecord, UserRecord
from desktop_app.services.store import open_store

pytestmark = pytest.mark.both_backends

ADMIN_PASSWORD = "admin pass 1"
CLERK_PASSWORD = "clerk pass 2"


def run(
    db: str, *args: str, password: str | None = None, new_password: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XIANBAO_DB": db, "XIANBAO_LANG": "en"}
    for name in ("XIANBAO_PASSWORD", "XIANBAO_NEW_PASSWORD", "XIANBAO_USER"):
        env.pop(name, None)
    if password is not None:
        env["XIANBAO_PASSWORD"] = password
    if new_password is not None:
        env["XIANBAO_NEW_PASSWORD"] = new_password
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


@pytest.fixture
def database(backend: str, request: pytest.FixtureRequest) -> str:
    """A prepared database: a copy of the template file, or a fresh one on the server."""
    if backend == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return str(request.getfixturevalue("db_path"))


def audit_names(db: str) -> list[str]:
    store = open_store(db)
    try:
        with store.sessions() as session:
            return list(session.scalars(select(AuditRecord.who).order_by(AuditRecord.id)))
    finally:
        store.close()


def test_cli_users_first_admin_then_every_command_needs_user(database: str) -> None:
    # The first administrator needs nobody to log in as
    added = run(
        database, "users", "add", "Admin", "--name", "王管理", "--role", "admin",
        password=ADMIN_PASSWORD,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Added the account admin for 王管理" in added.stdout

    # From then on a command without --user is refused, and writes nothing
    refused = run(database, "set", "511921", "D02", "2016-01", "5")
    assert refused.returncode == 2
    assert "give --user LOGIN" in refused.stderr
    assert "Traceback" not in refused.stderr
    wrong = run(database, "--user", "admin", "set", "511921", "D02", "2016-01", "5", password="x")
    assert wrong.returncode == 2
    assert "The login name or the password is wrong" in wrong.stderr
    assert audit_names(database) == []

    # With --user and the password the command runs, named as the person logged in
    saved = run(
        database, "--user", "admin", "--person", "别人", "set", "511921", "D02", "2016-01", "5",
        password=ADMIN_PASSWORD,
    )  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    assert audit_names(database) == ["王管理"]

    # The administrator adds a clerk limited to 通江县; the clerk cannot touch 南江县
    clerk = run(
        database, "--user", "admin", "users", "add", "li", "--name", "李填报", "--role",
        "clerk", "--regions", "511921", password=ADMIN_PASSWORD, new_password=CLERK_PASSWORD,
    )  # fmt: skip
    assert clerk.returncode == 0, clerk.stderr
    beside = run(
        database, "--user", "li", "set", "511922", "D02", "2016-01", "5", password=CLERK_PASSWORD
    )
    assert beside.returncode == 2
    assert "李填报" in beside.stderr and "511922" in beside.stderr
    own = run(
        database, "--user", "li", "set", "511921", "D02", "2016-02", "6", password=CLERK_PASSWORD
    )
    assert own.returncode == 0, own.stderr
    # …nor manage accounts
    denied = run(database, "--user", "li", "users", "role", "li", "admin", password=CLERK_PASSWORD)
    assert denied.returncode == 2
    assert "may not manage accounts" in denied.stderr

    listed = run(database, "--user", "admin", "users", "list", password=ADMIN_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line.split() for line in listed.stdout.splitlines()[2:]}
    assert rows["admin"][1:4] == ["王管理", "administrator", "all"]
    assert rows["li"][1:4] == ["李填报", "clerk", "511921"]
    assert audit_names(database) == ["王管理", "李填报"]

    store = open_store(database)
    try:
        with store.sessions() as session:
            hashes = list(session.scalars(select(UserRecord.password_hash)))
    finally:
        store.close()
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not any(ADMIN_PASSWORD in h or CLERK_PASSWORD in h for h in hashes)
