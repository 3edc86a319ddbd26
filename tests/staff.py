"""Staff accounts for tests of a database that asks who is working (a server, or a file with
accounts): an administrator logged in, with a cheap Argon2id (the production parameters are
checked in tests/persistence/test_users.py)."""

from __future__ import annotations

from argon2 import PasswordHasher

from desktop_app.domain.users import Role
from desktop_app.services.bundle import ServiceBundle

#: Argon2id with little memory and one pass: tests only.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
ADMIN_PASSWORD = "admin-pass-1"


def log_in_admin(bundle: ServiceBundle, name: str) -> None:
    """When the bundle asks who is working, log in an administrator called `name` (added if the
    database has no account yet); a single PC's database without accounts is left as it is."""
    if not bundle.login_required:
        return
    bundle.users.hasher = CHEAP_HASHER
    if not bundle.users.any_users():
        bundle.users.add("admin", name, Role.ADMIN, ADMIN_PASSWORD)
    bundle.log_in("admin", ADMIN_PASSWORD)
