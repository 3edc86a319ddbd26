"""Who else has the database open, on a server: each program names itself in its connections
(pg_stat_activity's application_name) and reads the others' there; nothing is written to the
database for it, and a program that closes is gone with its connections."""

from __future__ import annotations

import pytest

from desktop_app.persistence.server import fit_bytes
from desktop_app.services.bundle import build_bundle
from desktop_app.services.presence import ServerPresence
from desktop_app.services.store import open_server_store


def test_server_presence_names_the_other_programs(postgres_url: str) -> None:
    # Given two programs on one server database, 王芳 on PC-02 and 李四 on PC-07
    first = open_server_store(postgres_url)
    second = open_server_store(postgres_url)
    try:
        mine = ServerPresence(first.engine, first.sessions, "王芳", computer="PC-02").start()
        theirs = ServerPresence(second.engine, second.sessions, "李四", computer="PC-07").start()
        with second.sessions() as session:  # a connection of the second program is open
            session.connection()
            # Then each names the other, never itself
            assert [h.label for h in mine.others()] == ["李四 (PC-07)"]
            assert mine.holders_text() == "李四 (PC-07)"
        assert [h.label for h in theirs.others()] == ["王芳 (PC-02)"]
        # When the second program's person changes (a login), the first sees the new name
        theirs.rename("赵六")
        with second.sessions() as session:
            session.connection()
            assert [h.user for h in mine.others()] == ["赵六"]
        # and once it has closed, nobody is listed
        second.close()
        assert mine.others() == []
    finally:
        first.close()
        second.close()


def test_server_presence_of_the_window_bundle(postgres_url: str) -> None:
    store = open_server_store(postgres_url)
    other = open_server_store(postgres_url)
    try:
        bundle = build_bundle(store, "王芳")
        shared = bundle.share(None)
        assert isinstance(shared, ServerPresence)
        # the lock wait's sentence names the others as the file's records do
        ServerPresence(other.engine, other.sessions, "李四", computer="PC-07").start()
        with other.sessions() as session:
            session.connection()
            assert store.sessions.lock_wait.who() == "李四 (PC-07)"
    finally:
        store.close()
        other.close()


@pytest.mark.parametrize(
    ("text", "limit", "kept"),
    [("王芳", 6, "王芳"), ("王芳", 5, "王"), ("abc", 2, "ab"), ("", 3, "")],
)
def test_server_presence_label_is_cut_between_characters(text: str, limit: int, kept: str) -> None:
    assert fit_bytes(text, limit) == kept


def test_server_presence_names_survive_the_servers_ascii_and_63_bytes(postgres_url: str) -> None:
    first = open_server_store(postgres_url)
    second = open_server_store(postgres_url)
    try:
        mine = ServerPresence(first.engine, first.sessions, "王芳").start()
        long_name = "欧阳娜娜|测试"
        ServerPresence(
            second.engine,
            second.sessions,
            long_name,
            computer="县商务局-统计股-02号机",
            login="wangf",
        ).start()
        with second.sessions() as session:
            session.connection()
            (holder,) = mine.others()
        assert holder.user == long_name  # the person whole, first
        # "Xianbao|" + 8 hex + "|" + "~" + 26 base64 of the name's 19 bytes + "|" leaves 18 of the
        # 63 bytes for the computer: "~" + 17 base64 characters, whole groups of 4 = 12 bytes,
        # the first four characters; the login does not fit at all
        assert (holder.computer, holder.login) == ("县商务局", "")
    finally:
        first.close()
        second.close()


def test_server_presence_of_a_dropped_database_names_nobody(postgres_url: str) -> None:
    # The window's timer asks every 30 s; a database dropped meanwhile must not raise into it.
    from sqlalchemy import create_engine, make_url, text
    from sqlalchemy.pool import NullPool

    from tests.conftest import postgres_admin_url

    store = open_server_store(postgres_url)
    try:
        mine = ServerPresence(store.engine, store.sessions, "王芳").start()
        store.engine.dispose()
        admin = create_engine(
            postgres_admin_url(), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        with admin.connect() as connection:
            name = make_url(postgres_url).database
            connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()
        assert mine.others() == []
    finally:
        store.close()
