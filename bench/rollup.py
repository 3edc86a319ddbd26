"""Benchmark: the province roll-up for one year against a hand-written per-county query, on the
SQLite file and on a PostgreSQL server.

    python -m bench.rollup [--db sqlite|postgresql|both] [--file PATH] [--postgres URL]
                           [--year 2025] [--repeat 30] [--profile] [--explain]

On SQLite the province database is generated into bench/out/province.sqlite3 (or reused; --file
another). On PostgreSQL (--postgres URL or $XIANBAO_TEST_POSTGRES: a role that may create
databases) the bench creates a database, fills it with the same figures (same generator, same
seed), VACUUM ANALYZEs it as autovacuum would, and drops it at the end. Without --db: both when
a server is given, else SQLite. On each back-end, in one process, it then times, alternating run
by run after a warm-up:

(a) the product: ``FigureService(store.sessions).figures("510000", Period.whole_year(YEAR))``, which
    derives every county's own figures for YEAR and the year before (上年同期) and adds them up,
    county by county into prefectures and the province, with who reported each figure;
(b) the baseline: each county's year figures computed by hand in one SQL query on a bare
    connection to the same database (stdlib sqlite3; psycopg on the server, in PostgreSQL's own
    spelling), then added up into prefectures and the province in plain Python, counting who
    reported;
(c) for the breakdown: the product's query alone, ``ValueRepository.window_sums`` in a session.

It checks that (a) is right (each year figure and reporting count equals the baseline's; with
both back-ends, that both give the same figures) and prints median and p95 in ms and the ratio
median(a)/median(b) of each back-end, and writes them to bench/out/rollup.json.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import json
import math
import os
import platform
import pstats
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import event
from sqlalchemy.pool import NullPool

from bench.generate import PROVINCE, fill, generate
from desktop_app.domain.indicators import STORAGE_SCALE, Basis, Temporal
from desktop_app.domain.periods import Period
from desktop_app.domain.rollup import PLAIN_MEASURES, Window
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    ValueRepository,
)
from desktop_app.persistence.server import server_url, shown_url
from desktop_app.services.figures import FigureService, RegionFigures
from desktop_app.services.store import Store, open_server_store, open_sqlite_store

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_DB = OUT / "province.sqlite3"
DEFAULT_JSON = OUT / "rollup.json"
GOAL_RATIO = 1.5
GOAL_MS = 100.0
BACKENDS = ("sqlite", "postgresql")
#: Where the server is when --postgres is not given (the tests' server: packaging/test-postgres.sh).
POSTGRES_ENV = "XIANBAO_TEST_POSTGRES"

#: The hand-written baseline: each county's own year figures computed in SQL (the months added
#: up, with how many there are; the entry that ends in December), for the year and the year
#: before. Python then adds counties up into prefectures and the province, counting who reported.
BASELINE_SQL = """
SELECT v.region_id, v.indicator_id, v.basis,
  SUM(CASE WHEN v.period >= :y0 AND v.period < :y1 THEN v.amount END),
  COUNT(CASE WHEN v.period >= :y0 AND v.period < :y1 THEN 1 END),
  MAX(CASE WHEN v.period IN (:d1, :q1, :h1, :a1) THEN v.amount END),
  SUM(CASE WHEN v.period >= :p0 AND v.period < :y0 THEN v.amount END),
  COUNT(CASE WHEN v.period >= :p0 AND v.period < :y0 THEN 1 END),
  MAX(CASE WHEN v.period IN (:d0, :q0, :h0, :a0) THEN v.amount END)
FROM value v JOIN region r ON r.id = v.region_id
WHERE r.path LIKE :path AND v.period >= :p0 AND v.period < :y1
GROUP BY 1, 2, 3
"""

#: The same baseline as PostgreSQL is written by hand: aggregates with FILTER, integer sums.
BASELINE_SQL_POSTGRESQL = """
SELECT v.region_id, v.indicator_id, v.basis,
  SUM(v.amount) FILTER (WHERE v.period >= %(y0)s AND v.period < %(y1)s)::bigint,
  COUNT(*) FILTER (WHERE v.period >= %(y0)s AND v.period < %(y1)s),
  MAX(v.amount) FILTER (WHERE v.period IN (%(d1)s, %(q1)s, %(h1)s, %(a1)s)),
  SUM(v.amount) FILTER (WHERE v.period >= %(p0)s AND v.period < %(y0)s)::bigint,
  COUNT(*) FILTER (WHERE v.period >= %(p0)s AND v.period < %(y0)s),
  MAX(v.amount) FILTER (WHERE v.period IN (%(d0)s, %(q0)s, %(h0)s, %(a0)s))
FROM value v JOIN region r ON r.id = v.region_id
WHERE r.path LIKE %(path)s AND v.period >= %(p0)s AND v.period < %(y1)s
GROUP BY 1, 2, 3
"""

BaselineRow = tuple[Any, ...]


class Raw:
    """The baseline's bare connection to the database the product reads: stdlib sqlite3 on the
    file, psycopg (no SQLAlchemy) on the server; held open like the engine's pooled one."""

    def __init__(self, backend: str, where: str) -> None:
        self.backend = backend
        self.connection: Any
        if backend == "sqlite":
            self.connection = sqlite3.connect(where)
            self.baseline_sql = BASELINE_SQL
        else:
            import psycopg

            url = sqlalchemy.make_url(where)
            self.connection = psycopg.connect(
                host=url.host,
                port=url.port,
                user=url.username,
                password=url.password,
                dbname=url.database,
                autocommit=True,
            )
            self.baseline_sql = BASELINE_SQL_POSTGRESQL

    def rows(self, sql: str, params: Any = None) -> list[BaselineRow]:
        cursor = (
            self.connection.execute(sql) if params is None else self.connection.execute(sql, params)
        )
        return list(cursor.fetchall())

    def plan(self, sql: str, params: Any) -> list[str]:
        """The plan the database chooses for `sql`: SQLite's EXPLAIN QUERY PLAN, PostgreSQL's
        EXPLAIN (parameters bound client-side: the plan for these values)."""
        if self.backend == "sqlite":
            return [row[3] for row in self.connection.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
        import psycopg

        with psycopg.ClientCursor(self.connection) as cursor:
            cursor.execute(f"EXPLAIN {sql}", params)
            return [row[0] for row in cursor.fetchall()]

    def close(self) -> None:
        self.connection.close()


@dataclass(frozen=True)
class Timing:
    median_ms: float
    p95_ms: float
    min_ms: float
    max_ms: float
    runs_ms: list[float]

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Timing:
        ms = [s * 1000 for s in seconds]
        ordered = sorted(ms)
        p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]  # nearest rank
        return cls(
            median_ms=round(statistics.median(ms), 2),
            p95_ms=round(p95, 2),
            min_ms=round(ordered[0], 2),
            max_ms=round(ordered[-1], 2),
            runs_ms=[round(m, 2) for m in ms],
        )


class Bench:
    """The three contenders, prepared once on the same database file."""

    def __init__(self, store: Store, raw: Raw, year: int) -> None:
        self.store = store
        self.service = FigureService(store.sessions)
        self.period = Period.whole_year(year)
        self.year = year
        with store.sessions() as session:
            self.region_path = RegionRepository(session).require(PROVINCE).path
            self.indicators = IndicatorRepository(session).active()
            self.parent_of: dict[int, int] = {
                r.id: r.parent_id or 0
                for r in RegionRepository(session).subtree(
                    RegionRepository(session).require(PROVINCE)
                )
            }
        self.raw = raw
        self.params = {
            "path": f"{self.region_path}%",
            "p0": f"{year - 1}-",
            "y0": f"{year}-",
            "y1": f"{year + 1}-",
            **{
                f"{k}{i}": f"{y}-{s}"
                for i, y in ((0, year - 1), (1, year))
                for k, s in (("d", "M12"), ("q", "Q4"), ("h", "H2"), ("a", "Y"))
            },
        }
        self.kinds = {
            row.id: (row.indicator.temporal, row.indicator.entry_basis) for row in self.indicators
        }

    def close(self) -> None:
        self.raw.close()

    def product(self) -> RegionFigures:
        return self.service.figures(PROVINCE, self.period)

    def baseline(self) -> dict[int, tuple[list[int | None], list[int]]]:
        """Per indicator: the province's year and year-before figures (scaled integers) and how
        many prefectures contributed to each, from each county's own figures."""
        rows = self.raw.rows(self.raw.baseline_sql, self.params)
        # county figures: (indicator) -> prefecture -> [year sum, year count, before sum, before count]
        per_prefecture: dict[int, dict[int, list[int]]] = defaultdict(dict)
        for region_id, indicator_id, basis, s1, n1, e1, s0, n0, e0 in rows:
            temporal, _ = self.kinds[indicator_id]
            if temporal is Temporal.STOCK or basis == Basis.YTD.value:
                now, before = e1, e0
            else:
                now = s1 if n1 == 12 else None
                before = s0 if n0 == 12 else None
            acc = per_prefecture[indicator_id].setdefault(self.parent_of[region_id], [0, 0, 0, 0])
            if now is not None:
                acc[0] += now
                acc[1] += 1
            if before is not None:
                acc[2] += before
                acc[3] += 1
        result: dict[int, tuple[list[int | None], list[int]]] = {}
        for indicator_id, prefectures in per_prefecture.items():
            figures: list[int | None] = [None, None]
            counts = [0, 0]
            for acc in prefectures.values():
                for i, (total, n) in enumerate(((acc[0], acc[1]), (acc[2], acc[3]))):
                    if n:
                        figures[i] = (figures[i] or 0) + total
                        counts[i] += 1
            result[indicator_id] = (figures, counts)
        return result

    def product_query(self) -> int:
        with self.store.sessions() as session:
            region = RegionRepository(session).require(PROVINCE)
            windows = [Window.of(self.period, m) for m in PLAIN_MEASURES]
            return sum(1 for _row in ValueRepository(session).window_sums(region, windows))


def time_alternating(
    contenders: dict[str, Callable[[], object]], repeat: int, warmup: int
) -> dict[str, Timing]:
    for _ in range(warmup):
        for run in contenders.values():
            run()
    gc.collect()
    seconds: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(repeat):
        for name, run in contenders.items():
            started = time.perf_counter()
            run()
            seconds[name].append(time.perf_counter() - started)
    return {name: Timing.of(s) for name, s in seconds.items()}


# --- correctness ---------------------------------------------------------------------------------
def ensure(condition: bool, message: str) -> None:
    """An assertion that `python -O` does not strip."""
    if not condition:
        raise AssertionError(message)


def _amount(total: int | None) -> Decimal | None:
    return None if total is None else Decimal(total).scaleb(-STORAGE_SCALE)


def _ratio(num: Decimal | None, den: Decimal | None, scale: int) -> Decimal | None:
    if num is None or den is None or den == 0:
        return None
    return (num * 100 / den).quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)


def check(bench: Bench, figures: RegionFigures, expected: dict[int, Any]) -> int:
    """Assert that (a)'s year figures and reporting counts equal the baseline's, indicator by
    indicator (ratios from the baseline's parts). Returns how many indicators were checked."""
    by_code = figures.by_code()
    id_of = {row.indicator.code: row.id for row in bench.indicators}
    for row in bench.indicators:
        ind = row.indicator
        got = by_code[ind.code]
        if ind.is_computed:
            assert ind.numerator_code is not None and ind.denominator_code is not None
            (num, _), (den, _) = (
                expected[id_of[ind.numerator_code]],
                expected[id_of[ind.denominator_code]],
            )
            now = _ratio(_amount(num[0]), _amount(den[0]), ind.scale)
            before = _ratio(_amount(num[1]), _amount(den[1]), ind.scale)
        else:
            (before_now, counts) = expected[row.id]
            before, now = _amount(before_now[1]), _amount(before_now[0])
            ensure(
                got.coverage["current"].reported == counts[0]
                and got.coverage["last_year"].reported == counts[1],
                f"{ind.code}: reporting {got.coverage['current'].label} != {counts}",
            )
        have = (got.figures.current, got.figures.cumulative, got.figures.last_year)
        want = (now, now, before)
        ensure(have == want, f"{ind.code}: roll-up {have} != baseline {want}")
        ensure(now is not None, f"{ind.code}: no data for {bench.year}")
    return len(bench.indicators)


# --- diagnostics ---------------------------------------------------------------------------------
def captured_statements(bench: Bench) -> list[tuple[str, Any]]:
    """Every statement one product roll-up sends to the database, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(*args: Any) -> None:
        seen.append((args[2], args[3]))  # conn, cursor, statement, parameters, context, many

    event.listen(bench.store.engine, "before_cursor_execute", record)
    try:
        bench.product()
    finally:
        event.remove(bench.store.engine, "before_cursor_execute", record)
    return seen


def explain(bench: Bench, statements: list[tuple[str, Any]]) -> None:
    raw = bench.raw
    print(f"\n(a) sends {len(statements)} statements per roll-up ({raw.backend}):")
    for sql, params in statements:
        print(f"\n  {' '.join(sql.split())}\n  params: {params}")
        for line in raw.plan(sql, params):
            print(f"    plan: {line}")
    print(f"\n(b) {' '.join(raw.baseline_sql.split())}\n  params: {bench.params}")
    for line in raw.plan(raw.baseline_sql, bench.params):
        print(f"    plan: {line}")


def profile(bench: Bench, runs: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        bench.product()
    profiler.disable()
    print(f"\ncProfile of (a), {runs} runs, top 25 by cumulative time:")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(25)


# --- main ----------------------------------------------------------------------------------------
FACTS_SQL = {
    "sqlite": (
        "SELECT COUNT(DISTINCT v.region_id) FROM value v JOIN region r ON r.id = v.region_id"
        " WHERE r.path LIKE ?",
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'value' ORDER BY name",
    ),
    "postgresql": (
        "SELECT COUNT(DISTINCT v.region_id) FROM value v JOIN region r ON r.id = v.region_id"
        " WHERE r.path LIKE %s",
        "SELECT indexname FROM pg_indexes WHERE tablename = 'value' ORDER BY indexname",
    ),
}


def database_facts(raw: Raw, region_path: str) -> dict[str, Any]:
    regions_sql, indexes_sql = FACTS_SQL[raw.backend]
    return {
        "value_rows": raw.rows("SELECT COUNT(*) FROM value")[0][0],
        "regions_with_values": raw.rows(regions_sql, (f"{region_path}%",))[0][0],
        "value_indexes": [name for (name,) in raw.rows(indexes_sql)],
    }


def server_version(raw: Raw) -> str:
    if raw.backend == "sqlite":
        return f"SQLite {sqlite3.sqlite_version}"
    return f"PostgreSQL {raw.rows('SHOW server_version')[0][0]}"


@dataclass
class Outcome:
    """One back-end's measurement: the report written to the JSON file and what (a) computed."""

    report: dict[str, Any]
    figures: RegionFigures


def measure(
    backend: str, store: Store, raw: Raw, args: argparse.Namespace, generated: Any
) -> Outcome:
    """Check and time (a), (b) and (c) on one database; print the table."""
    bench = Bench(store, raw, args.year)
    try:
        facts = database_facts(raw, bench.region_path)
        figures, expected = bench.product(), bench.baseline()
        checked = check(bench, figures, expected)
        statements = captured_statements(bench)
        timings = time_alternating(
            {
                "a": bench.product,
                "b": bench.baseline,
                "c": bench.product_query,
            },
            args.repeat,
            args.warmup,
        )
        a, b, c = timings["a"], timings["b"], timings["c"]
        ratio = a.median_ms / b.median_ms
        driver = "raw sqlite3" if backend == "sqlite" else "raw psycopg"
        print(
            f"\nprovince roll-up {PROVINCE} {args.year} on {store.where} ({server_version(raw)})\n"
            f"{facts['value_rows']:,} values, {facts['regions_with_values']} regions with values;"
            f" {len(statements)} statements per roll-up\n"
        )
        print(f"{'ms, ' + str(args.repeat) + ' runs each':38} {'median':>8} {'p95':>8} {'min':>8}")
        for label, t in (
            ("(a) FigureService.figures", a),
            (f"(b) {driver} per-county (baseline)", b),
            ("(c) ValueRepository.window_sums", c),
        ):
            print(f"{label:38} {t.median_ms:8.1f} {t.p95_ms:8.1f} {t.min_ms:8.1f}")
        ratio_ok, time_ok = ratio <= GOAL_RATIO, a.median_ms < GOAL_MS
        print(
            f"\n{backend}: ratio median(a)/median(b): {ratio:.2f}"
            f"  (goal ≤ {GOAL_RATIO}: {'met' if ratio_ok else 'MISSED'})\n"
            f"(a) median {a.median_ms:.1f} ms  (goal < {GOAL_MS:.0f} ms:"
            f" {'met' if time_ok else 'MISSED'})\n"
            f"check: ok ({checked} indicators, {args.year} and {args.year - 1} against the sums)"
        )
        report = {
            "backend": backend,
            "database": store.where,
            "server": server_version(raw),
            "generated": generated,
            **facts,
            "province": PROVINCE,
            "year": args.year,
            "repeat": args.repeat,
            "warmup": args.warmup,
            "statements_per_rollup": len(statements),
            "a_figure_service": asdict(a),
            "b_baseline_sql": asdict(b),
            "c_window_sums": asdict(c),
            "ratio_median_a_over_b": round(ratio, 3),
            "goal": {"ratio_max": GOAL_RATIO, "a_median_ms_max": GOAL_MS},
            "goal_met": {"ratio": ratio_ok, "a_under_ms": time_ok},
            "check": "ok",
        }
        if args.explain:
            explain(bench, statements)
        if args.profile:
            profile(bench, min(args.repeat, 10))
        return Outcome(report, figures)
    finally:
        bench.close()


def on_sqlite(args: argparse.Namespace) -> Outcome | None:
    generated: dict[str, Any] | None = None
    path: Path = args.file or DEFAULT_DB
    if args.file is not None and not path.exists():
        print(f"{path} does not exist (python -m bench.generate {path})", file=sys.stderr)
        return None
    if not path.exists():
        print(f"generating {path} …", flush=True)
        result = generate(path)
        generated = {"rows": result.rows, "seconds": round(result.seconds, 2)}
        print(
            f"wrote {result.rows:,} rows ({result.regions} regions × {result.indicators}"
            f" indicators × {result.months} months) in {result.seconds:.1f} s"
        )
    store = open_sqlite_store(path)
    try:
        return measure("sqlite", store, Raw("sqlite", str(path)), args, generated)
    finally:
        store.close()


@contextlib.contextmanager
def server_database(admin_url: str) -> Iterator[str]:
    """A new database on the server for this run (its URL), dropped afterwards."""
    admin = server_url(admin_url)
    name = f"xianbao_bench_{os.getpid()}"
    engine = sqlalchemy.create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
            connection.exec_driver_sql(f"CREATE DATABASE {name}")
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        engine.dispose()


def on_postgresql(args: argparse.Namespace) -> Outcome:
    with server_database(args.postgres) as url:
        print(f"filling {shown_url(url)} …", flush=True)
        store = open_server_store(url)
        try:
            result = fill(store)
            started = time.perf_counter()
            # What autovacuum does to a table after a bulk load: statistics for the planner
            # and the visibility map that lets it answer from an index alone.
            with store.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT"
            ) as connection:
                connection.exec_driver_sql("VACUUM (ANALYZE)")
            vacuumed = time.perf_counter() - started
            generated = {
                "rows": result.rows,
                "seconds": round(result.seconds, 2),
                "vacuum_analyze_seconds": round(vacuumed, 2),
            }
            print(
                f"wrote {result.rows:,} rows ({result.regions} regions × {result.indicators}"
                f" indicators × {result.months} months) in {result.seconds:.1f} s,"
                f" VACUUM ANALYZE {vacuumed:.1f} s"
            )
            return measure("postgresql", store, Raw("postgresql", url), args, generated)
        finally:
            store.close()


def same_figures(first: RegionFigures, second: RegionFigures) -> None:
    """Both back-ends roll the same figures up to the same results, reporting counts included."""

    def seen(figures: RegionFigures) -> dict[str, tuple[Any, ...]]:
        return {
            code: (
                row.figures.current,
                row.figures.cumulative,
                row.figures.last_year,
                row.coverage["current"].label,
                row.coverage["last_year"].label,
            )
            for code, row in figures.by_code().items()
        }

    one, two = seen(first), seen(second)
    ensure(one == two, f"the back-ends disagree: {set(one.items()) ^ set(two.items())}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.rollup",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--db",
        help="sqlite, postgresql or both (default: both when a server is given, else sqlite);"
        " a path means --db sqlite --file PATH",
    )
    parser.add_argument(
        "--file", type=Path, help=f"the SQLite file (default: generate {DEFAULT_DB})"
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get(POSTGRES_ENV) or None,
        help=f"a server URL of a role that may create databases (default ${POSTGRES_ENV})",
    )
    parser.add_argument("--year", type=int, default=2025, help="the year rolled up (default 2025)")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs of each (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    parser.add_argument("--profile", action="store_true", help="cProfile (a): top 25 cumulative")
    parser.add_argument("--explain", action="store_true", help="print (a)'s SQL and query plans")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.warmup < 0:
        parser.error("--repeat must be positive and --warmup not negative")
    if args.db is None:
        args.backends = list(BACKENDS) if args.postgres else ["sqlite"]
    elif args.db == "both":
        args.backends = list(BACKENDS)
    elif args.db in BACKENDS:
        args.backends = [args.db]
    else:  # the former spelling: --db PATH
        if args.file is not None:
            parser.error("--db PATH and --file PATH name the same thing; give one")
        args.file, args.backends = Path(args.db), ["sqlite"]
    if "postgresql" in args.backends and not args.postgres:
        parser.error(f"--db {args.db}: give the server with --postgres URL or ${POSTGRES_ENV}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    outcomes: dict[str, Outcome] = {}
    for backend in args.backends:
        outcome = on_sqlite(args) if backend == "sqlite" else on_postgresql(args)
        if outcome is None:
            return 2
        outcomes[backend] = outcome
    if len(outcomes) == 2:
        same_figures(outcomes["sqlite"].figures, outcomes["postgresql"].figures)
    print(
        "\n"
        + "  ".join(
            f"{backend}: ratio {o.report['ratio_median_a_over_b']:.2f}"
            f" ((a) {o.report['a_figure_service']['median_ms']:.1f} ms,"
            f" (b) {o.report['b_baseline_sql']['median_ms']:.1f} ms)"
            for backend, o in outcomes.items()
        )
    )
    if len(outcomes) == 2:
        print("check: ok (both back-ends give the same figures and reporting counts)")
    report = {
        **{backend: o.report for backend, o in outcomes.items()},
        "same_figures_on_both": len(outcomes) == 2,
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "sqlalchemy": sqlalchemy.__version__,
        },
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
