"""Opening a database on a PostgreSQL server: the first start makes the schema the models
describe, two programs starting at once on a new database both end at head with the catalogue
loaded once, and a server that says no is a sentence, never a traceback or a password."""

from __future__ import annotations

import os
import threading
import tomllib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, make_url, select, text
from sqlalchemy.pool import NullPool

from desktop_app.domain.issues import DomainError
from desktop_app.i18n import issue_message
from desktop_app.paths import resources_dir
from desktop_app.persistence.migrate import current_revision, head_revision
from desktop_app.persistence.models import Base, IndicatorRecord
from desktop_app.persistence.server import is_server_url, shown_url, without_password
from desktop_app.services.store import Store, open_server_store, open_store
from tests.conftest import postgres_admin_url


@pytest.fixture
def empty_database() -> object:
    """A new, empty database on the test server (no template: the first start makes it all)."""
    admin = postgres_admin_url()
    name = f"xianbao_empty_{os.getpid()}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    with engine.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    engine.dispose()


def shipped_indicator_count() -> int:
    with (resources_dir() / "catalogue" / "indicators.toml").open("rb") as file:
        catalogue = tomllib.load(file)
    return len(catalogue["indicator"])


def test_server_first_start_makes_the_schema_of_the_models(empty_database: str) -> None:
    store = open_server_store(empty_database)
    try:
        with store.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
        assert current_revision(store.engine) == head_revision()
        assert store.on_server and store.path is None
        with store.sessions() as session:
            count = session.scalar(select(func.count()).select_from(IndicatorRecord))
        assert count == shipped_indicator_count()
    finally:
        store.close()


def test_server_two_programs_starting_at_once_both_open_it(empty_database: str) -> None:
    # Given a new database and two programs that start on it at the same moment
    opened: list[Store] = []
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def start_program() -> None:
        try:
            start.wait(5)
            opened.append(open_store(empty_database))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=start_program) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        # Then one made the schema under the write lock, the other found it made
        assert failures == []
        assert len(opened) == 2
        with opened[0].sessions() as session:
            count = session.scalar(select(func.count()).select_from(IndicatorRecord))
        assert count == shipped_indicator_count()
        assert current_revision(opened[1].engine) == head_revision()
    finally:
        for store in opened:
            store.close()


def test_server_database_of_another_program_is_refused(empty_database: str) -> None:
    engine = create_engine(empty_database, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
    engine.dispose()
    with pytest.raises(DomainError) as refused:
        open_server_store(empty_database)
    assert refused.value.issue.code == "database_foreign"
    engine = create_engine(empty_database, poolclass=NullPool)
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        assert sorted(tables) == ["invoices"]  # nothing of Xianbao's was made there
    engine.dispose()


def test_server_missing_database_is_a_sentence() -> None:
    url = make_url(postgres_admin_url()).set(database="xianbao_no_such_database")
    with pytest.raises(DomainError) as refused:
        open_server_store(url.render_as_string(hide_password=False))
    assert refused.value.issue.code == "server_no_database"
    assert "xianbao_no_such_database" in issue_message(refused.value.issue)


def test_server_that_does_not_answer_is_a_sentence_without_the_password() -> None:
    # Port 9 on the loopback: nothing listens there, the connection is refused at once.
    url = "postgresql://clerk:s3cret-pw@127.0.0.1:9/xianbao"
    with pytest.raises(DomainError) as refused:
        open_server_store(url)
    issue = refused.value.issue
    assert issue.code == "server_unreachable"
    message = issue_message(issue)
    assert "s3cret-pw" not in message and "127.0.0.1:9" in message
    assert "Traceback" not in message and "sqlalche.me" not in message


@pytest.mark.parametrize(
    "text_given", ["postgresql://", "mysql://u@h/db", "postgresql://u@h:notaport/db"]
)
def test_server_bad_address_is_a_sentence(text_given: str) -> None:
    with pytest.raises(DomainError) as refused:
        open_server_store(text_given)
    assert refused.value.issue.code in ("server_url_bad", "server_unreachable")


def test_server_addresses_keep_no_password() -> None:
    url = "postgresql+psycopg://clerk:s3cret@db.bureau.local:5432/xianbao"
    assert is_server_url(url) and is_server_url("postgres://h/db")
    assert not is_server_url("/home/clerk/xianbao.sqlite3") and not is_server_url("C:\\x.sqlite3")
    assert "s3cret" not in shown_url(url) and "***" in shown_url(url)
    kept = without_password(url)
    assert "s3cret" not in kept and ":***" not in kept
    assert make_url(kept).host == "db.bureau.local" and make_url(kept).database == "xianbao"
