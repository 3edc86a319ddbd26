"""Fixtures the report tests share."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.services.store import Store, prepare
from tests.demo_county import DemoDatabase
from tests.exporting.pdf_support import two_demo_counties


@pytest.fixture
def demo(
    demo_county_db: DemoDatabase, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> Iterator[Store]:
    """A copy of two demo counties of 巴中市 with two years of figures (pdf_support's
    two_demo_counties, made once per session)."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(two_demo_counties(demo_county_db, tmp_path_factory), path)
    store = prepare(create_sqlite_engine(path), path)
    yield store
    store.close()
