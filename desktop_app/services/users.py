"""Staff accounts: adding them, changing them, logging in; and `Access`, what the person logged
in may do, which every service the bundle builds asks before it reads or writes a region.

Passwords are hashed with Argon2id (argon2-cffi's PasswordHasher with the package's defaults);
the hash is rehashed at the next login when those defaults change. Five failed logins in a row
lock the account for fifteen minutes. An unknown login and a wrong password get the same
sentence; a locked or disabled account is told so. Every change to an account and every login,
successful or not, is written to `user_event` with who did it.

The checks are the program's own: every member of staff reaches the server through the one
database role the IT helper creates, so the server cannot tell them apart (see README).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.issues import DomainError
from desktop_app.domain.users import (
    LOCK_MINUTES,
    MAX_FAILED_LOGINS,
    Action,
    Role,
    User,
    allowed,
    check_password,
    covers,
    normalise_login,
    normalise_name,
    parse_role,
)
from desktop_app.persistence.models import RegionRecord, UserEventRecord, UserRecord

if TYPE_CHECKING:
    from argon2 import PasswordHasher


def _utc(moment: datetime | None) -> datetime | None:
    """Stored times are UTC; SQLite gives them back without a zone."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def user_from_record(record: UserRecord) -> User:
    return User(
        login=record.login,
        name=record.name,
        role=Role(record.role),
        regions=tuple(json.loads(record.regions or "[]")),
        active=record.active,
        locked_until=_utc(record.locked_until),
        failed_logins=record.failed_logins,
    )


class Access:
    """What the person logged in may do. `user` None is the single PC's one implicit user, who
    may do everything (a database without accounts); `Access.nobody()` is a database that asks
    who is working before anybody has logged in: it allows nothing."""

    def __init__(
        self,
        user: User | None = None,
        sessions: sessionmaker[Session] | None = None,
        *,
        closed: bool = False,
    ) -> None:
        self.user = user
        self.closed = closed and user is None
        self._sessions = sessions
        self._paths: dict[str, tuple[str, ...]] = {}
        self._names: dict[str, str] = {}

    @classmethod
    def everything(cls) -> Access:
        return cls()

    @classmethod
    def nobody(cls) -> Access:
        """Before the login of a database with accounts: every action and region refused."""
        return cls(closed=True)

    @property
    def limited(self) -> bool:
        """Whether some region is out of reach."""
        return self.closed or (self.user is not None and bool(self.user.regions))

    def may(self, action: Action) -> bool:
        if self.closed:
            return False
        return self.user is None or allowed(self.user.role, action)

    def covers(self, region_code: str, session: Session | None = None) -> bool:
        """Whether the person may read and write `region_code`'s figures, returns and registers."""
        if self.closed:
            return False
        if self.user is None or not self.user.regions:
            return True
        return covers(self.user.regions, region_code, lambda code: self._path_of(code, session))

    def visible(self, region_code: str, session: Session | None = None) -> bool:
        """Whether the region tree shows `region_code`: it is covered, or one of the regions the
        person is limited to lies under it (the way down to them)."""
        if self.covers(region_code, session):
            return True
        if self.user is None:
            return False  # closed
        return any(
            covers((region_code,), limit, lambda code: self._path_of(code, session))
            for limit in self.user.regions
        )

    def require(
        self, action: Action, region_code: str | None = None, session: Session | None = None
    ) -> None:
        """Refuse (DomainError) an action the person's role does not allow, or one on a region
        outside the person's limit; naming the person, the role and the region."""
        if self.closed:
            raise DomainError.of("login_needed")
        user = self.user
        if user is None:
            return
        if not allowed(user.role, action):
            raise DomainError.of(
                "access_denied_action", person=user.name, role=user.role.value, action=action.value
            )
        if region_code is not None and not self.covers(region_code, session):
            raise DomainError.of(
                "access_denied_region",
                person=user.name,
                role=user.role.value,
                region=self._region_text(region_code, session),
            )

    def require_read(self, region_code: str, session: Session | None = None) -> None:
        """Refuse reading a region outside the person's limit."""
        if self.closed:
            raise DomainError.of("login_needed")
        user = self.user
        if user is None or self.covers(region_code, session):
            return
        raise DomainError.of(
            "access_denied_region",
            person=user.name,
            role=user.role.value,
            region=self._region_text(region_code, session),
        )

    def know_paths(self, paths: Mapping[str, tuple[str, ...]]) -> None:
        """The materialised paths of some codes, every record of each (read at once by the
        region tree), so that covers() and visible() ask no query of their own for them."""
        self._paths.update(paths)

    def _region_text(self, code: str, session: Session | None) -> str:
        if code not in self._names:  # paths handed over by know_paths come without the name
            self._paths.pop(code, None)
        self._path_of(code, session)
        name = self._names.get(code)
        return f"{name}（{code}）" if name else code

    def _path_of(self, code: str, session: Session | None) -> tuple[str, ...]:
        """The materialised paths `code` has had (cached: a region's path never changes)."""
        if code in self._paths:
            return self._paths[code]
        if session is None and self._sessions is None:
            return ()
        if session is not None:
            found = self._lookup(session, code)
        else:
            assert self._sessions is not None
            with self._sessions() as own:
                found = self._lookup(own, code)
        if found:
            self._paths[code] = found
        return found

    def _lookup(self, session: Session, code: str) -> tuple[str, ...]:
        rows = session.execute(
            select(RegionRecord.path, RegionRecord.name)
            .where(RegionRecord.code == code)
            .order_by(RegionRecord.valid_from)
        ).all()
        if rows:
            self._names[code] = rows[-1].name
        return tuple(row.path for row in rows)


class UserService:
    """The accounts of one database. `actor()` names who is making a change (the person logged
    in); `access()` says what that person may do (everything on a database without accounts)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        actor: Callable[[], str],
        *,
        access: Callable[[], Access] | None = None,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.sessions = sessions
        self.actor = actor
        self.access = access or Access.everything
        self._hasher = hasher
        self.clock = clock or (lambda: datetime.now(UTC))
        self._dummy_hash: str | None = None

    @property
    def hasher(self) -> PasswordHasher:
        """Argon2id with argon2-cffi's defaults, made when a password is first hashed or
        checked (every start builds this service; a database without accounts asks for none);
        tests may give a cheaper one."""
        if self._hasher is None:
            from argon2 import PasswordHasher

            self._hasher = PasswordHasher()
        return self._hasher

    @hasher.setter
    def hasher(self, hasher: PasswordHasher) -> None:
        self._hasher = hasher

    # --- reading ---------------------------------------------------------------------------
    def any_users(self) -> bool:
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(UserRecord)) != 0

    def users(self) -> list[User]:
        with self.sessions() as session:
            records = session.scalars(select(UserRecord).order_by(UserRecord.login))
            return [user_from_record(r) for r in records]

    def get(self, login: str) -> User:
        with self.sessions() as session:
            return user_from_record(self._require(session, login))

    def events(self, login: str | None = None) -> list[tuple[datetime, str, str, str, str]]:
        """(at, who, login, action, detail) of the account's history, oldest first."""
        with self.sessions() as session:
            query = select(UserEventRecord).order_by(UserEventRecord.id)
            if login is not None:
                query = query.where(UserEventRecord.login == login.strip().lower())
            return [
                (_utc(e.at) or e.at, e.who, e.login, e.action, e.detail or "")
                for e in session.scalars(query)
            ]

    # --- changing -----------------------------------------------------------------------------
    def add(
        self,
        login: str,
        name: str,
        role: Role | str,
        password: str,
        regions: Sequence[str] = (),
    ) -> User:
        """A new account. The first one of a database must be a 管理员 (it is the one that adds
        the others); later ones need the right to manage accounts."""
        login = normalise_login(login)
        name = normalise_name(name)
        role = role if isinstance(role, Role) else parse_role(role)
        check_password(password, login)
        codes = _codes(regions)
        hashed = self.hasher.hash(password)  # slow on purpose: outside the write transaction
        with self.sessions.begin() as session:
            first = session.scalar(select(func.count()).select_from(UserRecord)) == 0
            if first:
                if role is not Role.ADMIN:
                    raise DomainError.of("user_first_admin")
            else:
                self.access().require(Action.MANAGE_USERS, session=session)
            if self._find(session, login) is not None:
                raise DomainError.of("user_exists", login=login)
            self._check_regions(session, codes)
            now = self.clock()
            record = UserRecord(
                login=login,
                name=name,
                role=role.value,
                password_hash=hashed,
                regions=json.dumps(list(codes)),
                active=True,
                failed_logins=0,
                locked_until=None,
                created_at=now,
                changed_at=now,
            )
            session.add(record)
            detail = f"{name}; {role.value}; {','.join(codes)}"
            self._event(session, login, "created", detail, who=name if first else None)
            session.flush()
            return user_from_record(record)

    def set_password(self, login: str, password: str) -> None:
        """A new password: a 管理员 sets anyone's, everyone may set their own."""
        login = normalise_login(login)
        check_password(password, login)
        hashed = self.hasher.hash(password)
        with self.sessions.begin() as session:
            record = self._require(session, login)
            access = self.access()
            if access.user is None or access.user.login != login:
                access.require(Action.MANAGE_USERS, session=session)
            record.password_hash = hashed
            record.failed_logins = 0
            record.locked_until = None
            record.changed_at = self.clock()
            self._event(session, login, "password", "")

    def set_role(self, login: str, role: Role | str) -> User:
        role = role if isinstance(role, Role) else parse_role(role)
        with self.sessions.begin() as session:
            self.access().require(Action.MANAGE_USERS, session=session)
            record = self._require(session, login)
            if record.role == role.value:
                return user_from_record(record)
            if record.role == Role.ADMIN.value and record.active:
                self._refuse_last_admin(session, record)
            old = record.role
            record.role = role.value
            record.changed_at = self.clock()
            self._event(session, record.login, "role", f"{old} → {role.value}")
            return user_from_record(record)

    def set_regions(self, login: str, regions: Sequence[str]) -> User:
        """Limit the account to `regions` (codes; empty: every region)."""
        codes = _codes(regions)
        with self.sessions.begin() as session:
            self.access().require(Action.MANAGE_USERS, session=session)
            record = self._require(session, login)
            self._check_regions(session, codes)
            old = ",".join(json.loads(record.regions or "[]"))
            record.regions = json.dumps(list(codes))
            record.changed_at = self.clock()
            self._event(session, record.login, "regions", f"{old} → {','.join(codes)}")
            return user_from_record(record)

    def set_active(self, login: str, active: bool) -> User:
        """Disable an account (it can no longer log in; its history stays) or enable it again."""
        with self.sessions.begin() as session:
            self.access().require(Action.MANAGE_USERS, session=session)
            record = self._require(session, login)
            if record.active == active:
                return user_from_record(record)
            if not active and record.role == Role.ADMIN.value:
                self._refuse_last_admin(session, record)
            record.active = active
            record.changed_at = self.clock()
            self._event(session, record.login, "active", "1" if active else "0")
            return user_from_record(record)

    def unlock(self, login: str) -> User:
        """Lift a lockout after failed logins."""
        with self.sessions.begin() as session:
            self.access().require(Action.MANAGE_USERS, session=session)
            record = self._require(session, login)
            record.failed_logins = 0
            record.locked_until = None
            record.changed_at = self.clock()
            self._event(session, record.login, "unlocked", "")
            return user_from_record(record)

    # --- logging in ---------------------------------------------------------------------------
    def log_in(self, login: str, password: str) -> User:
        """The account whose password this is, or a refusal: `login_failed` (the same for an
        unknown login and a wrong password), `login_locked` (with the time it opens again),
        `login_inactive`. Failures are counted; the fifth in a row locks the account."""
        try:
            key = normalise_login(login)
        except DomainError:
            raise DomainError.of("login_failed") from None
        with self.sessions() as session:
            found = self._find(session, key)
            stored = found.password_hash if found is not None else None
            locked_until = _utc(found.locked_until) if found is not None else None
        now = self.clock()
        if stored is None:
            self._spend_a_verification(password)  # as long as for a known login
            self._record_unknown(key)
            raise DomainError.of("login_failed")
        if locked_until is not None and locked_until > now:
            self._record(key, "failed", "locked")
            raise DomainError.of("login_locked", login=key, until=_local_text(locked_until))
        if not self._verify(stored, password):
            until = self._record_failure(key)
            if until is not None:
                raise DomainError.of("login_locked", login=key, until=_local_text(until))
            raise DomainError.of("login_failed")
        rehashed = self.hasher.hash(password) if self.hasher.check_needs_rehash(stored) else None
        with self.sessions.begin() as session:
            record = self._require(session, key)
            if not record.active:
                self._event(session, key, "failed", "inactive", who=record.name)
                refused = True
            else:
                refused = False
                record.failed_logins = 0
                record.locked_until = None
                if rehashed is not None and record.password_hash == stored:
                    record.password_hash = rehashed
                self._event(session, key, "login", "rehashed" if rehashed else "", who=record.name)
            user = user_from_record(record)
        if refused:
            raise DomainError.of("login_inactive", login=key)
        return user

    def _verify(self, stored: str, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

        try:
            return self.hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _spend_a_verification(self, password: str) -> None:
        """Take the time a verification takes, so that an unknown login is not told apart by
        its quick answer: the first time by making the hash verified against later (hashing
        and verifying cost the same), then by verifying against it."""
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash("not a password of anybody")
        else:
            self._verify(self._dummy_hash, password)

    def _record_unknown(self, login: str) -> None:
        self._record(login, "failed", "unknown login")

    def _record(self, login: str, action: str, detail: str) -> None:
        with self.sessions.begin() as session:
            self._event(session, login, action, detail, who=login)

    def _record_failure(self, login: str) -> datetime | None:
        """Count a wrong password; the time the account is locked until when this locks it."""
        with self.sessions.begin() as session:
            record = self._require(session, login)
            record.failed_logins += 1
            self._event(session, login, "failed", "wrong password", who=login)
            if record.failed_logins < MAX_FAILED_LOGINS:
                return None
            until = self.clock() + timedelta(minutes=LOCK_MINUTES)
            record.locked_until = until
            record.failed_logins = 0
            self._event(session, login, "locked", f"{MAX_FAILED_LOGINS} failures", who=login)
            return until

    # --- helpers --------------------------------------------------------------------------
    def _find(self, session: Session, login: str) -> UserRecord | None:
        return session.scalars(select(UserRecord).where(UserRecord.login == login)).first()

    def _require(self, session: Session, login: str) -> UserRecord:
        key = login.strip().lower()
        record = self._find(session, key)
        if record is None:
            raise DomainError.of("user_unknown", login=login.strip())
        return record

    def _refuse_last_admin(self, session: Session, record: UserRecord) -> None:
        others = session.scalar(
            select(func.count())
            .select_from(UserRecord)
            .where(
                UserRecord.role == Role.ADMIN.value,
                UserRecord.active.is_(True),
                UserRecord.id != record.id,
            )
        )
        if not others:
            raise DomainError.of("user_last_admin", login=record.login, person=record.name)

    def _check_regions(self, session: Session, codes: Iterable[str]) -> None:
        for code in codes:
            exists = session.scalar(select(RegionRecord.id).where(RegionRecord.code == code))
            if exists is None:
                raise DomainError.of("user_region_unknown", code=code)

    def _event(
        self, session: Session, login: str, action: str, detail: str, who: str | None = None
    ) -> None:
        session.add(
            UserEventRecord(
                at=self.clock(),
                who=(who if who is not None else self.actor())[:64],
                login=login,
                action=action,
                detail=detail or None,
            )
        )


def _codes(regions: Iterable[str]) -> tuple[str, ...]:
    """Region codes as given (a list, or "511921,511922" split), trimmed, each once."""
    codes: list[str] = []
    for item in regions:
        for part in str(item).replace("，", ",").split(","):
            code = part.strip()
            if code and code not in codes:
                codes.append(code)
    return tuple(codes)


def _local_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
