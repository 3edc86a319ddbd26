"""Alembic owns the schema: an empty database upgrades to head and matches the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop_app.domain.issues import DomainError
from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.persistence.migrate import current_revision, head_revision, upgrade_to_head
from desktop_app.persistence.models import Base
from desktop_app.services.store import open_sqlite_store

#: About the SQLite file itself (its copies, its disk, its locks, its upgrade).
pytestmark = pytest.mark.sqlite_only


def test_migrations_upgrade_empty_database_to_match_models(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "empty.sqlite3")
    upgrade_to_head(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_migrations_pragmas_are_set(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "p.sqlite3")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    engine.dispose()


def test_migrations_start_up_twice_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite3"
    first = open_sqlite_store(path)
    first.close()
    second = open_sqlite_store(path)
    assert second.catalogue.skipped
    assert second.regions_added == 0
    assert "value" in inspect(second.engine).get_table_names()
    second.close()


def test_store_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("这不是数据库".encode() * 200)
    with pytest.raises(DomainError) as caught:
        open_sqlite_store(path)
    assert caught.value.issue.code == "database_unreadable"
    assert caught.value.issue.params["path"] == str(path)


def test_migrations_head_is_the_one_head_alembic_reads_from_the_scripts() -> None:
    from alembic.script import ScriptDirectory

    from desktop_app.persistence.migrate import alembic_config, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_heads() == [head_revision()]
    assert {"0001", head_revision()} <= known_revisions()
    # read from the files as text (no Alembic at start-up), the same as Alembic's own reading
    assert known_revisions() == {script.revision for script in scripts.walk_revisions()}
