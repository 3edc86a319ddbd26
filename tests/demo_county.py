"""The demo county the tests share: filled once per session (tests/conftest.py, `demo_county_db`)
and copied by every test that reads or changes it, instead of each module filling its own."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.demo import DEMO_COUNTY, DemoSummary, fill_demo_county
from desktop_app.services.store import open_sqlite_store

#: The bureau first run stores with the demo county (通江县) as the home region.
DEMO_BUREAU = "通江县商务局"


@dataclass(frozen=True)
class DemoDatabase:
    """The demo county as a file to copy (never open it itself) and what filling it reported."""

    path: Path
    summary: DemoSummary


def make_demo_county(prepared_db: Path, folder: Path) -> DemoDatabase:
    """通江县 with its townships, two years of figures and the annual targets, then stored as the
    home region with its bureau: the order first run follows."""
    path = folder / "demo.sqlite3"
    shutil.copy(prepared_db, path)
    store = open_sqlite_store(path)
    try:
        summary = fill_demo_county(store.sessions)
        store.set_home_region(DEMO_COUNTY, DEMO_BUREAU)
    finally:
        store.close()
    return DemoDatabase(path, summary)
