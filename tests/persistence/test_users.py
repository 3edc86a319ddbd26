"""Staff accounts (issue 14): adding, logging in, lockout, the last administrator, the hash."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from argon2 import PasswordHasher, Type
from sqlalchemy import select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.users import LOCK_MINUTES, MAX_FAILED_LOGINS, Role
from desktop_app.persistence.models import Base, UserEventRecord, UserRecord
from desktop_app.services.store import Store
from desktop_app.services.users import Access, UserService

#: A cheap Argon2id for tests only: the production default is checked on its own below.
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct horse 1"


class Clock:
    """A clock the test moves by hand (the lockout lasts fifteen minutes)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def service(store: Store, clock: Clock | None = None, actor: str = "系统") -> UserService:
    return UserService(store.sessions, lambda: actor, hasher=CHEAP, clock=clock)


def code_of(exc: pytest.ExceptionInfo[DomainError]) -> str:
    return exc.value.issue.code


def test_users_first_account_must_be_an_administrator(store: Store) -> None:
    users = service(store)
    assert not users.any_users()
    with pytest.raises(DomainError) as refused:
        users.add("zhang", "张三", Role.CLERK, PASSWORD)
    assert code_of(refused) == "user_first_admin"
    assert not users.any_users()

    admin = users.add("Admin ", "王管理", "admin", PASSWORD)

    assert admin.login == "admin" and admin.role is Role.ADMIN and admin.regions == ()
    assert users.any_users()
    assert [u.login for u in users.users()] == ["admin"]


def test_users_hash_is_argon2id_and_never_the_password(store: Store) -> None:
    users = service(store)
    users.add("admin", "王管理", Role.ADMIN, PASSWORD)
    with store.sessions() as session:
        stored = session.scalars(select(UserRecord.password_hash)).one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert "horse" not in stored


def test_users_production_hasher_is_argon2id_with_the_package_defaults(store: Store) -> None:
    production = UserService(store.sessions, lambda: "x")
    default = PasswordHasher()
    assert production.hasher.type is Type.ID
    assert (
        production.hasher.time_cost,
        production.hasher.memory_cost,
        production.hasher.parallelism,
        production.hasher.hash_len,
        production.hasher.salt_len,
    ) == (
        default.time_cost,
        default.memory_cost,
        default.parallelism,
        default.hash_len,
        default.salt_len,
    )
    # RFC 9106's low-memory recommendation, which argon2-cffi has used by default since 21.2
    assert (default.time_cost, default.memory_cost, default.parallelism) == (3, 65536, 4)


def test_users_log_in_right_password_and_same_refusal_for_unknown_login(store: Store) -> None:
    users = service(store)
    users.add("admin", "王管理", Role.ADMIN, PASSWORD)

    assert users.log_in("ADMIN", PASSWORD).name == "王管理"
    with pytest.raises(DomainError) as wrong:
        users.log_in("admin", "not the password")
    with pytest.raises(DomainError) as unknown:
        users.log_in("nobody", PASSWORD)

    assert code_of(wrong) == code_of(unknown) == "login_failed"
    assert wrong.value.issue.params == unknown.value.issue.params == {}
    actions = [(e[2], e[3]) for e in users.events()]
    assert actions == [
        ("admin", "created"),
        ("admin", "login"),
        ("admin", "failed"),
        ("nobody", "failed"),
    ]


def test_users_five_failures_lock_for_fifteen_minutes_then_unlock(store: Store) -> None:
    clock = Clock()
    users = service(store, clock)
    users.add("admin", "王管理", Role.ADMIN, PASSWORD)
    users.add("li", "李四", Role.CLERK, PASSWORD)

    for attempt in range(1, MAX_FAILED_LOGINS):
        with pytest.raises(DomainError) as refused:
            users.log_in("li", f"wrong {attempt}")
        assert code_of(refused) == "login_failed"
    assert users.get("li").failed_logins == MAX_FAILED_LOGINS - 1
    with pytest.raises(DomainError) as fifth:
        users.log_in("li", "wrong 5")
    assert code_of(fifth) == "login_locked"

    # Then even the right password is refused while the lock lasts, with its own sentence
    clock.now += timedelta(minutes=LOCK_MINUTES - 1)
    with pytest.raises(DomainError) as locked:
        users.log_in("li", PASSWORD)
    assert code_of(locked) == "login_locked"
    assert users.get("li").locked(clock.now)

    # An administrator unlocks it; the right password works at once
    users.unlock("li")
    assert not users.get("li").locked(clock.now)
    assert users.log_in("li", PASSWORD).login == "li"


def test_users_lock_ends_by_itself_after_fifteen_minutes(store: Store) -> None:
    clock = Clock()
    users = service(store, clock)
    users.add("admin", "王管理", Role.ADMIN, PASSWORD)
    for attempt in range(MAX_FAILED_LOGINS):
        with pytest.raises(DomainError):
            users.log_in("admin", f"wrong {attempt}")
    clock.now += timedelta(minutes=LOCK_MINUTES, seconds=1)

    assert users.log_in("admin", PASSWORD).login == "admin"
    assert users.get("admin").failed_logins == 0
    actions = [e[3] for e in users.events("admin")]
    assert actions.count("failed") == MAX_FAILED_LOGINS
    assert actions.count("locked") == 1
    assert actions[-1] == "login"


def test_users_disabled_account_is_refused_with_its_own_sentence(store: Store) -> None:
    users = service(store)
    users.add("admin", "王管理", Role.ADMIN, PASSWORD)
    users.add("li", "李四", Role.CLERK, PASSWORD)
    users.set_active("li", False)

    with pytest.raises(DomainError) as refused:
        users.log_in("li", PASSWORD)

    assert code_of(refused) == "login_inactive"
    users.set_active("li", True)
    assert users.log_in("li", PASSWORD).active


def test_users_last_admin_cannot_be_demoted_or_disabled(store: Store) -> None:
    users = service(store)
    users.add("admin", "王管理", Role.ADMIN, PASSWORD)
    users.add("zhao", "赵六", Role.REVIEWER, PASSWORD)

    changes: list[Callable[[], object]] = [
        lambda: users.set_role("admin", Role.REVIEWER),
        lambda: users.set_active("admin", False),
    ]
    for change in changes:
        with pytest.raises(DomainError) as refused:
            change()
        assert code_of(refused) == "user_last_admin"
    assert users.get("admin").role is Role.ADMIN and users.get("admin").active

    # With a second administrator the first may step down
    users.set_role("zhao", Role.ADMIN)
    assert users.set_role("admin", Role.CLERK).role is Role.CLERK
    with pytest.raises(DomainError) as last:
        users.set_active("zhao", False)
    assert code_of(last) == "user_last_admin"


def test_users_only_an_administrator_manages_accounts(store: Store) -> None:
    users = service(store)
    admin = users.add("admin", "王管理", Role.ADMIN, PASSWORD)
    clerk = users.add("li", "李四", Role.CLERK, PASSWORD)

    as_clerk = UserService(
        store.sessions, lambda: "李四", access=lambda: Access(clerk, store.sessions), hasher=CHEAP
    )
    with pytest.raises(DomainError) as refused:
        as_clerk.add("wang", "王五", Role.CLERK, PASSWORD)
    assert code_of(refused) == "access_denied_action"
    assert refused.value.issue.params["person"] == "李四"
    with pytest.raises(DomainError):
        as_clerk.set_role("li", Role.ADMIN)
    with pytest.raises(DomainError):
        as_clerk.set_password("admin", "another password")
    assert [u.login for u in users.users()] == ["admin", "li"]
    assert users.get("li").role is Role.CLERK

    # Everyone may change their own password
    as_clerk.set_password("li", "my own new one")
    assert users.log_in("li", "my own new one").login == "li"
    as_admin = UserService(
        store.sessions, lambda: "王管理", access=lambda: Access(admin, store.sessions), hasher=CHEAP
    )
    as_admin.set_regions("li", ["511921"])
    assert users.get("li").regions == ("511921",)
    with store.sessions() as session:
        events = session.scalars(select(UserEventRecord).order_by(UserEventRecord.id)).all()
    assert [(e.who, e.login, e.action) for e in events][-3:] == [
        ("李四", "li", "password"),
        ("李四", "li", "login"),
        ("王管理", "li", "regions"),
    ]


@pytest.mark.parametrize(
    ("password", "code"),
    [("", "password_empty"), ("        ", "password_empty"), ("short12", "password_too_short")],
)
def test_users_password_rules(store: Store, password: str, code: str) -> None:
    with pytest.raises(DomainError) as refused:
        service(store).add("admin", "王管理", Role.ADMIN, password)
    assert code_of(refused) == code


def test_users_regions_must_exist_and_are_kept_as_a_list(store: Store) -> None:
    users = service(store)
    users.add("admin", "王管理", Role.ADMIN, PASSWORD)
    with pytest.raises(DomainError) as refused:
        users.add("li", "李四", Role.CLERK, PASSWORD, regions=["999999"])
    assert code_of(refused) == "user_region_unknown"

    users.add("li", "李四", Role.CLERK, PASSWORD, regions=["511921,511922", "511921"])
    with store.sessions() as session:
        stored = session.scalars(select(UserRecord.regions).where(UserRecord.login == "li")).one()
    assert json.loads(stored) == ["511921", "511922"]


def test_users_hash_is_renewed_at_login_when_the_parameters_change(store: Store) -> None:
    service(store).add("admin", "王管理", Role.ADMIN, PASSWORD)
    stronger = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    users = UserService(store.sessions, lambda: "x", hasher=stronger)

    users.log_in("admin", PASSWORD)

    with store.sessions() as session:
        stored = session.scalars(select(UserRecord.password_hash)).one()
    assert stored.startswith("$argon2id$v=19$m=2048,t=2,p=1$")
    assert users.log_in("admin", PASSWORD).login == "admin"
    assert [e[4] for e in users.events("admin") if e[3] == "login"] == ["rehashed", ""]


def test_users_tables_match_the_models_on_this_backend(store: Store) -> None:
    """Migration 0008 made exactly the tables the models declare, on SQLite and PostgreSQL."""
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_users_failures_at_the_same_time_are_each_counted(store: Store) -> None:
    """Five wrong passwords typed at once on five computers lock the account once: each failure
    is counted under the write lock, none overwrites another's count."""
    users = service(store)
    users.add("admin", "王管理", Role.ADMIN, PASSWORD)
    start = threading.Barrier(MAX_FAILED_LOGINS)
    codes: list[str] = []

    def attempt(number: int) -> None:
        start.wait()
        try:
            users.log_in("admin", f"wrong {number}")
        except DomainError as exc:
            codes.append(exc.issue.code)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(MAX_FAILED_LOGINS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(codes) == ["login_failed"] * (MAX_FAILED_LOGINS - 1) + ["login_locked"]
    actions = [e[3] for e in users.events("admin")]
    assert actions.count("failed") == MAX_FAILED_LOGINS and actions.count("locked") == 1
    assert users.get("admin").locked_until is not None
