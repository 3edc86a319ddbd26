"""A county's database made by an earlier Xianbao opens in today's and keeps everything.

The files in tests/data/ were made by the old code itself (tests/data/README.md): revision 0005
by the last commit before migration 0006 (values in four months, a target, corrections, a
cleared cell, 无, an explanation, a submitted and a reopened return, an Excel import), revision
0001 by the last commit before migration 0002. What was keyed is written again here, by hand,
and so are the figures the program must derive from it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.returns import ReturnStatus
from desktop_app.domain.values import NotApplicable
from desktop_app.persistence.migrate import current_revision, head_revision
from desktop_app.persistence.models import (
    AuditRecord,
    Base,
    IndicatorRecord,
    RegionRecord,
    ValueRecord,
)
from desktop_app.persistence.repositories import reference_fingerprint
from desktop_app.services.bundle import ServiceBundle
from desktop_app.services.store import Store, open_sqlite_store

#: About the SQLite file a county's PC holds.
pytestmark = pytest.mark.sqlite_only

DATA = Path(__file__).resolve().parents[1] / "data"
COUNTY = "511921"
D = Decimal

# What the clerk keyed into the revision-0005 file, as it stands after every correction:
# {(indicator, month): value}; None is a cell keyed and cleared again, "无" not applicable.
# C01, C02, C02.1 and C02.2 were keyed as 1-N月累计; the rest as the month's own figure.
KEPT_0005: dict[tuple[str, str], Decimal | str | None] = {
    ("C02", "2024-03"): D("3000.00"),
    ("C03", "2024-03"): D("9.40"),
    # March 2025: part of the return, through the `set` command, C03 then through an import
    ("A04", "2025-03"): D(155),
    ("A05", "2025-03"): D(131),
    ("A06", "2025-03"): D(200),
    ("C01", "2025-03"): D("6020.00"),
    ("C02", "2025-03"): D("3600.50"),
    ("C02.1", "2025-03"): D("900.00"),
    ("C02.2", "2025-03"): D("365.00"),
    ("C03", "2025-03"): D("11.80"),
    ("D01", "2025-03"): D(3),
    ("D02", "2025-03"): D(245),
    ("D03", "2025-03"): None,
}
JANUARY = {
    "A01": 1, "A02": 1, "A03": 27, "A04": 150, "A04.1": 60, "A05": 120, "A06": 200,
    "A08": 35, "A09": 198, "B01": 3, "B02": 1, "B03": 85, "B04": 1320, "B05": 2, "B06": 0,
    "B07": 6, "C01": "2100", "C02": "1234.56", "C02.1": "300", "C02.2": "120", "C03": "10.2",
    "D01": 2, "D02": 160, "D02.1": 40, "D03": 30, "E01": 410, "E02": "15.5", "F01": 42,
    "F01.1": 30, "F03": 65, "F03.1": 50,
}  # fmt: skip
FEBRUARY = {
    "A01": 1, "A02": 1, "A03": 27, "A04": 152, "A04.1": 60, "A05": 124, "A06": 200,
    "A08": 35, "A09": 198, "B01": 3, "B02": 1, "B03": 86, "B04": 1334, "B05": 2, "B06": "无",
    "B07": 5, "C01": "4050", "C02": "2400", "C02.1": "610.25", "C02.2": "240.5", "C03": "8.7",
    "D01": 0, "D02": 0, "D02.1": 0, "D03": 45, "E01": 412, "E02": "12", "F01": 42,
    "F01.1": 31, "F03": 65, "F03.1": 51,
}  # fmt: skip
for _month, _cells in (("2025-01", JANUARY), ("2025-02", FEBRUARY)):
    for _code, _value in _cells.items():
        KEPT_0005[(_code, _month)] = _value if _value == "无" else D(str(_value))
YTD = {"C01", "C02", "C02.1", "C02.2"}
#: Saves that changed a cell: March's 15 commands (two of them corrections of the cell before),
#: the 62 cells of January and February, and the import's one changed cell.
AUDIT_ENTRIES_0005 = 15 + 62 + 1

KEPT_0001: dict[tuple[str, str], Decimal | str | None] = {
    ("A06", "2025-01"): D(200),
    ("A05", "2025-01"): D(118),
    ("C02", "2025-01"): D("1000.00"),
    ("C02", "2025-02"): D("2100.75"),
    ("C03", "2025-01"): D("7.50"),
    ("C03", "2025-02"): D("6.25"),
}
AUDIT_ENTRIES_0001 = 7


@dataclass
class Upgraded:
    store: Store
    path: Path
    original: Path

    @property
    def backups(self) -> list[Path]:
        return sorted((self.path.parent / "backups").glob("*.sqlite3"))


def open_copy(name: str, folder: Path) -> Upgraded:
    original = DATA / name
    path = folder / "xianbao.sqlite3"
    shutil.copyfile(original, path)
    return Upgraded(open_sqlite_store(path), path, original)


@pytest.fixture(scope="module")
def rev0005(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Upgraded]:
    upgraded = open_copy("xianbao-rev0005.db", tmp_path_factory.mktemp("rev0005"))
    yield upgraded
    upgraded.store.close()


@pytest.fixture(scope="module")
def rev0001(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Upgraded]:
    upgraded = open_copy("xianbao-rev0001.db", tmp_path_factory.mktemp("rev0001"))
    yield upgraded
    upgraded.store.close()


def stored_values(store: Store) -> dict[tuple[str, str], tuple[Decimal | str | None, str]]:
    """Every stored cell of the county as today's models read it: (value, basis)."""
    with store.sessions() as session:
        rows = session.execute(
            select(IndicatorRecord.code, ValueRecord.period, ValueRecord.state,
                   ValueRecord.amount, ValueRecord.basis)
            .join(IndicatorRecord, IndicatorRecord.id == ValueRecord.indicator_id)
            .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
            .where(RegionRecord.code == COUNTY)
        ).all()  # fmt: skip
    kept: dict[tuple[str, str], tuple[Decimal | str | None, str]] = {}
    for code, period, state, amount, basis in rows:
        value = "无" if state == "na" else amount
        kept[(code, Period.parse(period).code)] = (value, basis)
    return kept


def expected_values(kept: dict[tuple[str, str], Decimal | str | None]) -> dict:
    return {
        (code, Period.parse(month).code): (value, "ytd" if code in YTD else "own")
        for (code, month), value in kept.items()
        if value is not None  # a cleared cell holds no row
    }


def raw_rows(path: Path, table: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(f"file:{path}?immutable=1", uri=True)  # writes nothing beside it
    try:
        return db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    finally:
        db.close()


# --- the schema ------------------------------------------------------------------------------


@pytest.mark.parametrize(("fixture", "revision"), [("rev0005", "0005"), ("rev0001", "0001")])
def test_upgrade_path_old_file_is_at_head_and_matches_the_models(
    fixture: str, revision: str, request: pytest.FixtureRequest
) -> None:
    upgraded: Upgraded = request.getfixturevalue(fixture)
    # Given the untouched file as the old Xianbao left it
    assert raw_rows(upgraded.original, "alembic_version") == [(revision,)]
    # When today's Xianbao has opened a copy: its schema is head and is what the models say
    assert current_revision(upgraded.store.engine) == head_revision()
    with upgraded.store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    # and a copy of the old file was kept, named by its revision, holding the old schema and
    # every value and audit entry the old file holds
    [backup] = upgraded.backups
    assert backup.name.endswith(f"-rev{revision}.sqlite3")
    assert raw_rows(backup, "alembic_version") == [(revision,)]
    for table in ("value", "audit", "region", "meta"):
        assert raw_rows(backup, table) == raw_rows(upgraded.original, table), table


@pytest.mark.parametrize("name", ["xianbao-rev0005.db", "xianbao-rev0001.db"])
def test_upgrade_path_old_file_counts_changes_of_its_catalogue_and_regions(
    name: str, tmp_path: Path
) -> None:
    """The triggers of revision 0010 are in an upgraded file: a screen that keeps the regions
    it read sees a township added and an indicator renamed after the upgrade."""
    upgraded = open_copy(name, tmp_path)
    try:
        sessions = upgraded.store.sessions
        seen = []
        for write in (
            "SELECT 1",
            "INSERT INTO region (code, name, level, path, origin, valid_from)"
            " SELECT '511921999', '新镇', 'township', path || '0/', 'user', valid_from"
            " FROM region WHERE code = '511921'",
            "UPDATE indicator SET name_zh = name_zh || '（新）' WHERE code = 'D02'",
        ):
            with sessions.begin() as session:
                session.execute(text(write))
            with sessions() as session:
                seen.append(reference_fingerprint(session))
        assert seen[0] != () and len(set(seen)) == 3
    finally:
        upgraded.store.close()


# --- revision 0005 -----------------------------------------------------------------------------


def test_upgrade_path_rev0005_keeps_every_value(rev0005: Upgraded) -> None:
    assert stored_values(rev0005.store) == expected_values(KEPT_0005)
    assert rev0005.store.home_region() == COUNTY


def test_upgrade_path_rev0005_keeps_the_audit_trail(rev0005: Upgraded) -> None:
    bundle = ServiceBundle(rev0005.store)
    with rev0005.store.sessions() as session:
        assert session.query(AuditRecord).count() == AUDIT_ENTRIES_0005
    march = Period.parse("2025-03")
    # The correction of C02 and the cell keyed and cleared again, newest first
    c02 = bundle.cells.history(COUNTY, "C02", march)
    assert [(e.old_text, e.new_text, e.who, e.source) for e in c02] == [
        ("3500.00", "3600.50", "张会计", "cli"),
        ("", "3500.00", "张会计", "cli"),
    ]
    d03 = bundle.cells.history(COUNTY, "D03", march)
    assert [(e.old_text, e.new_text) for e in d03] == [("52", ""), ("", "52")]
    # The import's change names its file and belongs to its batch
    [imported, keyed] = bundle.cells.history(COUNTY, "C03", march)
    assert (imported.old_text, imported.new_text, imported.source) == ("11.30", "11.80", "imported")
    assert imported.detail is not None and "return-2025-03.xlsx" in imported.detail
    assert (keyed.old_text, keyed.new_text) == ("", "11.30")
    # Not applicable keyed as 无
    february = bundle.cells.history(COUNTY, "B06", Period.parse("2025-02"))
    assert [(e.old_text, e.new_text) for e in february] == [("", "无")]


def test_upgrade_path_rev0005_keeps_return_states_and_explanations(rev0005: Upgraded) -> None:
    bundle = ServiceBundle(rev0005.store)
    january, february, march = (Period.parse(m) for m in ("2025-01", "2025-02", "2025-03"))

    submitted = bundle.returns.state(COUNTY, january)
    assert (submitted.status, submitted.changed_by) == (ReturnStatus.SUBMITTED, "张会计")
    reopened = bundle.returns.state(COUNTY, february)
    assert reopened.status is ReturnStatus.REOPENED
    assert reopened.reason == "培训人次漏报，需补填"
    assert bundle.returns.state(COUNTY, march).status is ReturnStatus.DRAFT

    # The warning of February (B07 fell from 6 to 5) keeps its 情况说明
    check = bundle.returns.check(COUNTY, february)
    assert [(i.code, i.params["indicator"]) for i in check.issues] == [("stock_dropped", "B07")]
    assert check.explanations == {("B07", "stock_dropped"): "一家体验店春节后停业"}
    assert check.unexplained == []
    # and January's submitted return still locks its values
    with pytest.raises(DomainError) as refused:
        bundle.values.set_text(COUNTY, "A03", january, "28")
    assert refused.value.issue.code == "return_locked"
    assert stored_values(rev0005.store)[("A03", january.code)] == (D(27), "own")


def test_upgrade_path_rev0005_figures_equal_a_hand_computation(rev0005: Upgraded) -> None:
    bundle = ServiceBundle(rev0005.store)
    result = bundle.figures.figures(COUNTY, Period.parse("2025-03"))
    assert (result.region_name, result.region_level) == ("通江县", "county")
    rows = result.by_code()
    f = {code: row.figures for code, row in rows.items()}

    def pct(part: Decimal, whole: Decimal) -> Decimal:
        return (part / whole * 100).quantize(D("0.1"))

    def growth(now: Decimal, before: Decimal) -> Decimal:
        return ((now / before - 1) * 100).quantize(D("0.1"))

    # 网络零售额, keyed 1-N月累计: March alone is March's total less February's
    assert f["C02"].current == D("3600.50") - D("2400")
    assert f["C02"].cumulative == D("3600.50")
    assert f["C02"].last_year_cumulative == D("3000")
    assert f["C02"].yoy_cumulative == growth(D("3600.50"), D("3000")) == D("20.0")
    assert f["C01"].current == D("6020") - D("4050")
    assert f["C02.1"].current == D("900") - D("610.25")
    assert f["C02.2"].current == D("365") - D("240.5")
    # 快递业务量, keyed per month (March's through the import): 累计 adds the months
    assert f["C03"].current == D("11.8")
    assert f["C03"].cumulative == D("10.2") + D("8.7") + D("11.8")
    assert f["C03"].last_year == D("9.4")
    assert f["C03"].yoy == growth(D("11.8"), D("9.4")) == D("25.5")
    assert f["C03"].previous == D("8.7")
    assert f["C03"].mom == growth(D("11.8"), D("8.7")) == D("35.6")
    # training: the year's sessions and person-times so far
    assert f["D01"].cumulative == 2 + 0 + 3
    assert f["D02"].cumulative == 160 + 0 + 245
    # a stock is the month's end count; 行政村覆盖率 = 覆盖行政村数 ÷ 行政村总数
    assert f["A04"].current == 155
    assert f["A04"].previous == 152
    assert f["A07"].current == pct(D(131), D(200)) == D("65.5")
    # the cell keyed and cleared is empty; one never keyed in March is empty
    assert f["D03"].current is None
    assert f["A01"].current is None
    # the year's target of 网络零售额: 15,000 万元, 3,600.50 done
    assert rows["C02"].target == D("15000")
    assert rows["C02"].progress == pct(D("3600.50"), D("15000")) == D("24.0")

    # February: 无 stays not applicable; the ratio from February's parts
    february = bundle.figures.figures(COUNTY, Period.parse("2025-02")).by_code()
    assert isinstance(february["B06"].figures.current, NotApplicable)
    assert february["A07"].figures.current == pct(D(124), D(200)) == D("62.0")
    assert february["C02"].figures.current == D("2400") - D("1234.56")


def test_upgrade_path_rev0005_import_is_listed_and_can_be_undone(tmp_path: Path) -> None:
    # Given its own copy of the old file (undoing writes)
    upgraded = open_copy("xianbao-rev0005.db", tmp_path)
    try:
        bundle = ServiceBundle(upgraded.store)
        # When the import the old Xianbao took is listed and undone
        [record] = bundle.imports.imports()
        assert record.file == "return-2025-03.xlsx"
        assert (record.values, record.regions, record.who) == (1, 1, "张会计")
        assert bundle.imports.undo(record.batch) == 1
        # Then C03 holds again what was keyed before it
        march = bundle.figures.figures(COUNTY, Period.parse("2025-03")).by_code()
        assert march["C03"].figures.current == D("11.3")
        assert march["C03"].figures.cumulative == D("10.2") + D("8.7") + D("11.3")
    finally:
        upgraded.store.close()


# --- revision 0001 ---------------------------------------------------------------------------


def test_upgrade_path_rev0001_keeps_values_audit_and_figures(rev0001: Upgraded) -> None:
    bundle = ServiceBundle(rev0001.store)
    assert stored_values(rev0001.store) == expected_values(KEPT_0001)
    with rev0001.store.sessions() as session:
        assert session.query(AuditRecord).count() == AUDIT_ENTRIES_0001
    february = Period.parse("2025-02")
    history = bundle.cells.history(COUNTY, "C02", february)
    assert [(e.old_text, e.new_text, e.who) for e in history] == [
        ("2150.75", "2100.75", "tongjiang"),
        ("", "2150.75", "tongjiang"),
    ]
    # No return was ever submitted: that Xianbao had none
    assert bundle.returns.state(COUNTY, february).status is ReturnStatus.DRAFT
    f = {
        code: row.figures
        for code, row in bundle.figures.figures(COUNTY, february).by_code().items()
    }
    assert f["C02"].current == D("2100.75") - D("1000")
    assert f["C02"].cumulative == D("2100.75")
    assert f["C03"].cumulative == D("7.5") + D("6.25")
    assert f["C03"].mom == ((D("6.25") / D("7.5") - 1) * 100).quantize(D("0.1")) == D("-16.7")
    # January's stocks are February's previous; February has none of its own
    assert f["A05"].previous == 118
    assert f["A05"].current is None
    january = bundle.figures.figures(COUNTY, Period.parse("2025-01")).by_code()
    assert january["A07"].figures.current == D("59.0")  # 118 ÷ 200
