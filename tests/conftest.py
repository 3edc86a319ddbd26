"""Shared fixtures: real SQLite files in tmp_path, prepared once per session and copied."""

from __future__ import annotations

import os
import shutil
import sys
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


# PySide6 6.12 (shiboken) loses references to True somewhere in widget code: after the UI
# tests of several modules, interpreter finalisation can abort in GC with "bool_dealloc:
# deallocating True or False" (reproduce: pytest tests/ui/test_main_window.py
# tests/ui/test_setup_dialog.py -p no:cacheprovider, then exit code 134), after every test
# has passed and been reported. The test process therefore ends with pytest's own exit status
# once pytest is done, without that finalisation. Remove when PySide6 is fixed.
_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    if _exit_status and os.environ.get("XIANBAO_TEST_HARD_EXIT", "1") == "1":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[0])
