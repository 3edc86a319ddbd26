"""The roll-up and the cell save find their values through indexes, on SQLite and PostgreSQL.

A province's database holds ~680,000 values and as many audit entries; a statement that scanned
the `value` or `audit` table would make every roll-up and every keyed cell cost in proportion to
it. Here the store gets 12 counties × 31 indicators × 10 years of values (44,640 rows, from the
benchmark's generator) and one audit entry each, enough that PostgreSQL's planner, after
VACUUM ANALYZE (what autovacuum does after a bulk load), prefers an index where one fits; SQLite
plans without statistics, as the product runs it. Every statement the product sends for a
province roll-up, a county's figures and one saved cell is captured and explained (SQLite:
EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN with the values bound), and no plan may read all of
`value` or `audit`. Without ix_value_period_sum the province roll-up fails here on both
(SQLite then scans the unique index, PostgreSQL the table). docs/server.md shows the plans (run
with -s to print them). Filling the two stores takes ~3 s (SQLite) and ~4 s (PostgreSQL).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, insert, literal, select

from bench.generate import PROVINCE, fill
from bench.rollup import Raw
from desktop_app.domain.periods import Period
from desktop_app.persistence.models import (
    AuditRecord,
    IndicatorRecord,
    RegionRecord,
    ValueRecord,
)
from desktop_app.services.entry_plan import cell_version
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store, open_server_store, open_sqlite_store
from desktop_app.services.values import ValueService
from tests.conftest import _admin_execute, _database_url

COUNTIES = 12
YEARS = 10
YEAR = 2025
INDICATOR = "C01"  # 电子商务交易额 (万元), a flow keyed monthly

#: A plan line that reads a whole table: SQLite "SCAN value" (with or without an index: a full
#: index scan reads every entry too), PostgreSQL "Seq Scan on value".
FULL_SCAN = {
    "sqlite": re.compile(r"\bSCAN (value|audit)\b"),
    "postgresql": re.compile(r"\bSeq Scan on (value|audit)\b"),
}
#: A plan line that reads `value` or `audit` through one of their indexes.
INDEXED = {
    "sqlite": re.compile(r"\bSEARCH (value|audit) USING (.*INDEX|INTEGER PRIMARY KEY)"),
    # PostgreSQL names the index two ways: "Index Scan using ix on value" and "Index Only Scan
    # (Backward) using ix on value", but "Bitmap Index Scan on ix" (the table is on the Bitmap
    # Heap Scan line above it); which one the planner takes depends on its version and statistics.
    "postgresql": re.compile(
        r"\b(Index|Index Only) Scan (Backward )?using \w+ on (value|audit)\b"
        r"|\bBitmap Index Scan on (ix|uq|pk)_(value|audit)(_\w+)?\b"
    ),
}
TABLES = re.compile(r"\b(FROM|JOIN|INTO|UPDATE) (value|audit)\b")


@pytest.fixture(scope="module", params=("sqlite", "postgresql"))
def province(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """A store with the benchmark's figures for a province's first counties, each with the
    audit entry that keyed it, and (PostgreSQL) vacuumed and analysed: made once per back-end
    for the module (filling it is most of the time; the tests only read, but for one cell)."""
    backend: str = request.param
    dropped: str | None = None
    if backend == "postgresql":
        admin, template = request.getfixturevalue("postgres_template")
        name = f"xianbao_plans_{os.getpid()}"
        _admin_execute(
            admin,
            f"DROP DATABASE IF EXISTS {name} WITH (FORCE)",
            f"CREATE DATABASE {name} TEMPLATE {template}",
        )
        dropped = name
        store = open_server_store(_database_url(admin, name))
    else:
        path = tmp_path_factory.mktemp("plans") / "province.sqlite3"
        shutil.copy(request.getfixturevalue("prepared_db"), path)
        store = open_sqlite_store(path)
    try:
        fill(store, years=YEARS, counties=COUNTIES, end_year=YEAR)
        columns = ("at", "who", "source", "region_id", "indicator_id", "period", "old_text")
        with store.engine.begin() as connection:
            connection.execute(
                insert(AuditRecord).from_select(
                    [*columns, "new_text", "new_basis"],
                    select(
                        ValueRecord.updated_at,
                        ValueRecord.updated_by,
                        ValueRecord.source,
                        ValueRecord.region_id,
                        ValueRecord.indicator_id,
                        ValueRecord.period,
                        literal(""),
                        literal("1"),
                        ValueRecord.basis,
                    ),
                )
            )
        if backend == "postgresql":
            with store.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT"
            ) as connection:
                connection.exec_driver_sql("VACUUM (ANALYZE)")
        yield store
    finally:
        store.close()
        if dropped is not None:
            _admin_execute(admin, f"DROP DATABASE IF EXISTS {dropped} WITH (FORCE)")


def captured(store: Store, action: Callable[[], object]) -> list[tuple[str, Any]]:
    """Every statement `action` sends to the database that reads or writes `value` or `audit`."""
    seen: list[tuple[str, Any]] = []

    def record(*args: Any) -> None:
        seen.append((args[2], args[3]))  # conn, cursor, statement, parameters, context, many

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return [(sql, params) for sql, params in seen if TABLES.search(sql)]


@pytest.fixture
def raw(province: Store) -> Iterator[Raw]:
    """A bare connection to the same database, to explain statements on (bench/rollup.py's)."""
    if province.path is not None:
        connection = Raw("sqlite", str(province.path))
    else:
        connection = Raw("postgresql", province.engine.url.render_as_string(hide_password=False))
    yield connection
    connection.close()


def assert_indexed(raw: Raw, statements: list[tuple[str, Any]], what: str) -> None:
    assert statements, f"{what}: no statement on value or audit was captured"
    print(f"\n{what} ({raw.backend}):")
    for sql, params in statements:
        plan = raw.plan(sql, params)
        shown = " ".join(sql.split())
        print(f"  {shown[:160]}{' …' if len(shown) > 160 else ''}")
        for line in plan:
            print(f"    {line}")
        scans = [line for line in plan if FULL_SCAN[raw.backend].search(line)]
        assert scans == [], f"{what}: {shown[:200]} reads a whole table: {scans}"
        if "WHERE" in sql.upper() and not sql.lstrip().upper().startswith("INSERT"):
            assert any(INDEXED[raw.backend].search(line) for line in plan), (
                f"{what}: {shown[:200]} uses no index: {plan}"
            )


@pytest.mark.parametrize(
    ("engine_kind", "line", "indexed"),
    [
        # Plan lines as PostgreSQL 15 and 16 print them (the last two from a CI run whose planner
        # took a bitmap scan where this machine's took an index scan).
        ("postgresql", "Index Scan using ix_audit_cell on audit  (cost=0.42..8.44 rows=1)", True),
        ("postgresql", "Index Only Scan Backward using ix_audit_cell on audit", True),
        ("postgresql", "  ->  Bitmap Index Scan on ix_value_period_sum  (cost=0.00..381.27)", True),
        ("postgresql", "Bitmap Heap Scan on value  (cost=397.32..1155.80 rows=4643)", False),
        ("postgresql", "Bitmap Index Scan on ix_region_path  (cost=0.00..4.3)", False),
        ("postgresql", "Index Scan using pk_region on region", False),
        ("sqlite", "SEARCH value USING INDEX ix_value_period_sum (period>? AND period<?)", True),
        ("sqlite", "SEARCH audit USING INTEGER PRIMARY KEY (rowid=?)", True),
        ("sqlite", "SCAN value USING COVERING INDEX ix_value_period_sum", False),
    ],
)
def test_query_plans_an_index_read_of_value_or_audit_is_recognised(
    engine_kind: str, line: str, indexed: bool
) -> None:
    assert bool(INDEXED[engine_kind].search(line)) is indexed


def first_county(store: Store) -> str:
    with store.sessions() as session:
        return str(
            session.scalar(
                select(RegionRecord.code)
                .join(ValueRecord, ValueRecord.region_id == RegionRecord.id)
                .order_by(RegionRecord.code)
                .limit(1)
            )
        )


def test_query_plans_rollup_of_the_province_reads_values_through_an_index(
    province: Store, raw: Raw
) -> None:
    service = FigureService(province.sessions)
    statements = captured(province, lambda: service.figures(PROVINCE, Period.whole_year(YEAR)))
    assert_indexed(raw, statements, "province roll-up")


def test_query_plans_figures_of_a_county_month_read_values_through_an_index(
    province: Store, raw: Raw
) -> None:
    service = FigureService(province.sessions)
    county = first_county(province)
    statements = captured(province, lambda: service.figures(county, Period.month(YEAR, 6)))
    assert_indexed(raw, statements, "a county's month")


def test_query_plans_saving_a_cell_reads_and_writes_through_indexes(
    province: Store, raw: Raw
) -> None:
    # Given: a keyed cell (its version is its audit entry's id) of the last month
    county = first_county(province)
    period = Period.month(YEAR, 12)
    with province.sessions() as session:
        region_id, indicator_id, amount = session.execute(
            select(ValueRecord.region_id, ValueRecord.indicator_id, ValueRecord.amount)
            .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
            .join(IndicatorRecord, IndicatorRecord.id == ValueRecord.indicator_id)
            .where(
                RegionRecord.code == county,
                IndicatorRecord.code == INDICATOR,
                ValueRecord.period == period.code,
            )
        ).one()
        version = cell_version(session, region_id, indicator_id, period)
    assert version > 0 and amount is not None
    typed = str((amount + 1).quantize(Decimal("0.01")))
    values = ValueService(province.sessions, user="甲")

    # When: a clerk saves a new figure stating that version
    statements = captured(
        province,
        lambda: values.set_text(county, INDICATOR, period, typed, based_on=version),
    )

    # Then: it was saved, and every statement found its rows through an index
    with province.sessions() as session:
        assert cell_version(session, region_id, indicator_id, period) > version
    assert any(sql.lstrip().upper().startswith("UPDATE VALUE") for sql, _ in statements)
    assert_indexed(raw, statements, "saving a cell")
