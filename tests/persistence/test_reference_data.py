"""Loading the catalogue and the regions: idempotent, upgrade without touching values, complete."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.catalogue import parse_catalogue
from desktop_app.domain.periods import Period
from desktop_app.paths import resources_dir
from desktop_app.persistence.models import IndicatorRecord, RegionRecord, ValueRecord
from desktop_app.services.reference_data import (
    read_region_csv,
    region_files,
    sync_catalogue,
    sync_catalogue_file,
    sync_reference_regions,
)
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService

CATALOGUE = resources_dir() / "catalogue" / "indicators.toml"


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    with store.sessions() as session:
        rows = session.execute(
            select(IndicatorRecord.code, IndicatorRecord.name_zh, IndicatorRecord.active).order_by(
                IndicatorRecord.code
            )
        ).all()
        return [tuple(r) for r in rows]


def test_catalogue_load_is_idempotent(store: Store) -> None:
    before = _snapshot(store)
    data = CATALOGUE.read_bytes()
    with store.sessions.begin() as session:
        again = sync_catalogue(session, parse_catalogue(data))
    assert again.skipped
    # Even when forced (digest differs only by a comment), nothing is added or changed.
    with store.sessions.begin() as session:
        forced = sync_catalogue(session, parse_catalogue(data + b"\n# touched\n"))
    assert (forced.added, forced.updated, forced.deactivated) == ([], [], [])
    assert _snapshot(store) == before


def test_catalogue_upgrade_keeps_values_and_deactivates_removed(store: Store) -> None:
    ValueService(store.sessions, user="t").set_text("511921", "B04", Period.month(2016, 1), "88")
    edited = CATALOGUE.read_text(encoding="utf-8").replace('name_zh = "网店"', 'name_zh = "网店数"')
    # Remove B07 entirely from the file.
    start = edited.index('code = "B07"')
    block_start = edited.rindex("[[indicator]]", 0, start)
    block_end = edited.index("[[indicator]]", start)
    edited = edited[:block_start] + edited[block_end:]
    with store.sessions.begin() as session:
        result = sync_catalogue(session, parse_catalogue(edited.encode("utf-8")))
    assert "B04" in result.updated  # renamed
    assert "B06" not in result.updated  # before the removed one: untouched
    assert "C01" in result.updated  # after it: moved up one place
    assert result.deactivated == ["B07"]
    with store.sessions() as session:
        assert session.scalar(select(ValueRecord.amount)) == Decimal("88")
        b04 = session.scalars(select(IndicatorRecord).where(IndicatorRecord.code == "B04")).one()
        assert b04.name_zh == "网店数"


def test_regions_load_is_idempotent(store: Store) -> None:
    with store.sessions() as session:
        count = session.scalar(select(func.count()).select_from(RegionRecord))
    with store.sessions.begin() as session:
        assert sync_reference_regions(session, region_files(resources_dir() / "regions")) == 0
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(RegionRecord)) == count


# Reference date 2025-12-31 (民政部《中华人民共和国县以上行政区划代码》), as the files' headers state.
EXPECTED = {
    "51_sichuan.csv": {"prefecture": 21, "county": 183},
    "36_jiangxi.csv": {"prefecture": 11, "county": 100},
    "63_qinghai.csv": {"prefecture": 8, "county": 44},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_region_files_match_reference_year_counts(name: str) -> None:
    path = resources_dir() / "regions" / name
    text = path.read_text(encoding="utf-8")
    assert "# reference: 2025-12-31" in text
    assert "民政部" in text.split("code,name")[0]
    regions = read_region_csv(text)
    levels = Counter(r.level.value for r in regions)
    assert levels["province"] == 1
    assert levels["prefecture"] == EXPECTED[name]["prefecture"]
    assert levels["county"] == EXPECTED[name]["county"]


@pytest.mark.parametrize(
    "path", sorted((resources_dir() / "regions").glob("*.csv")), ids=lambda p: p.name
)
def test_region_codes_nest_in_their_parents(path: Path) -> None:
    regions = read_region_csv(path.read_text(encoding="utf-8"))
    by_code = {r.code: r for r in regions}
    assert len(by_code) == len(regions)
    for region in regions:
        assert len(region.code) == 6 and region.code.isdigit()
        if region.level.value == "county":
            parent = by_code[region.parent_code or ""]
            assert parent.level.value == "prefecture"
            assert region.code[:4] == parent.code[:4], region
        if region.level.value == "prefecture":
            assert region.code[:2] == region.province_code[:2]
            assert region.code.endswith("00")
            assert "市辖区" not in region.name


@pytest.mark.sqlite_only
def test_catalogue_file_unchanged_is_not_parsed_when_a_database_opens(db_path: Path) -> None:
    # Given a database that has loaded the shipped catalogue, when a fresh program opens it,
    # then the file is recognised by its digest and not parsed (tomllib is never imported)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.services.store import open_sqlite_store\n"
        "store = open_sqlite_store(Path(sys.argv[1]))\n"
        "print(store.catalogue.skipped, 'tomllib' in sys.modules)\n"
        "store.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]


def test_catalogue_file_changed_is_loaded(store: Store, tmp_path: Path) -> None:
    # Given the shipped catalogue with one indicator renamed, in a file
    edited = tmp_path / "indicators.toml"
    text = CATALOGUE.read_text(encoding="utf-8")
    edited.write_text(text.replace('name_zh = "网店"', 'name_zh = "网店数"'), encoding="utf-8")
    # When the file is synced, it is parsed and applied; a second time, it is known
    with store.sessions.begin() as session:
        first = sync_catalogue_file(session, edited)
    with store.sessions.begin() as session:
        second = sync_catalogue_file(session, edited)
    assert (first.skipped, first.updated) == (False, ["B04"]) and second.skipped
    assert ("B04", "网店数", True) in _snapshot(store)
