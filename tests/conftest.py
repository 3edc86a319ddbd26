"""Shared fixtures: real SQLite files in tmp_path, prepared once per session and copied."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Widgets run offscreen everywhere, CI included; the configuration sets it, not each test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.services.store import Store, open_sqlite_store, prepare


@pytest.fixture(scope="session")
def prepared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database upgraded to head with the shipped catalogue and regions (made once)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    store = open_sqlite_store(path)
    store.close()
    return path


@pytest.fixture
def db_path(prepared_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "xianbao.sqlite3"
    shutil.copy(prepared_db, path)
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = prepare(create_sqlite_engine(db_path), db_path)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _language_restored() -> Iterator[None]:
    """A test that chooses a language leaves the next test the language it found, so no test
    passes or fails by the order the suite runs in."""
    from desktop_app.i18n import current_language, set_language

    before = current_language()
    yield
    if current_language() != before:
        set_language(before)
