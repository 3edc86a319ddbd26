"""Benchmark: the province roll-up for one year against a bare SQL GROUP BY over the same rows.

    python -m bench.rollup [--db PATH] [--year 2025] [--repeat 30] [--profile] [--explain]

Without --db the province database is generated into bench/out/province.sqlite3 (or reused).
In one process it then times, alternating run by run after a warm-up:

(a) the product: ``FigureService(store.sessions).figures("510000", Period.whole_year(YEAR))``, which
    sums the province's subtree for YEAR and the year before (上年同期) and derives every indicator;
(b) the baseline: the same GROUP BY written by hand on a raw stdlib sqlite3 connection to the same
    file, every row fetched;
(c) for the breakdown: the product's query alone, ``ValueRepository.subtree_sums`` in a session
    (SQL plus SQLAlchemy plus building its SummedEntry rows).

It checks that (a) is right (each year figure equals the baseline's sums) and prints median and p95
in ms, the ratio median(a)/median(b), and writes them to bench/out/rollup.json.
"""

from __future__ import annotations

import argparse
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
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import event

from bench.generate import PROVINCE, generate
from desktop_app.domain.figures import Figures
from desktop_app.domain.indicators import STORAGE_SCALE, Basis, Temporal
from desktop_app.domain.periods import Period
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    IndicatorRow,
    RegionRepository,
    ValueRepository,
)
from desktop_app.services.figures import FigureService, RegionFigures
from desktop_app.services.store import Store, open_sqlite_store

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_DB = OUT / "province.sqlite3"
DEFAULT_JSON = OUT / "rollup.json"
GOAL_RATIO = 1.5
GOAL_MS = 100.0

#: The hand-written baseline: every value in the province's subtree for the two years, summed per
#: indicator, period and basis. The same rows, groups and aggregates as ValueRepository.subtree_sums.
BASELINE_SQL = """
SELECT v.indicator_id, v.period, v.basis, SUM(v.amount), COUNT(v.amount), COUNT(*)
FROM value v JOIN region r ON r.id = v.region_id
WHERE r.path LIKE ? AND v.period >= ? AND v.period < ?
GROUP BY 1, 2, 3
"""

BaselineRow = tuple[int, str, str, int | None, int, int]


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

    def __init__(self, store: Store, path: Path, year: int) -> None:
        self.store = store
        self.service = FigureService(store.sessions)
        self.period = Period.whole_year(year)
        self.year = year
        with store.sessions() as session:
            self.region_path = RegionRepository(session).require(PROVINCE).path
            self.indicators = IndicatorRepository(session).active()
        # Raw stdlib connection, held open like the engine's pooled one (both caches stay warm).
        self.raw = sqlite3.connect(path)
        self.params = (f"{self.region_path}%", f"{year - 1}-", f"{year + 1}-")

    def close(self) -> None:
        self.raw.close()

    def product(self) -> RegionFigures:
        return self.service.figures(PROVINCE, self.period)

    def baseline(self) -> list[BaselineRow]:
        return self.raw.execute(BASELINE_SQL, self.params).fetchall()

    def product_query(self) -> int:
        with self.store.sessions() as session:
            region = RegionRepository(session).require(PROVINCE)
            return len(ValueRepository(session).subtree_sums(region, [self.year - 1, self.year]))


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


def _expected_year(
    sums: dict[tuple[int, str, str], Decimal | None], row: IndicatorRow, year: int
) -> Decimal | None:
    """A year's figure from the baseline's sums: the months' own values added up for a flow keyed
    per month, the December 1-12月累计 for a flow keyed year-to-date, December for a stock."""
    ind = row.indicator
    december = f"{year}-M12"
    if ind.temporal is Temporal.STOCK:
        return sums.get((row.id, december, Basis.OWN.value))
    if ind.entry_basis is Basis.YTD:
        return sums.get((row.id, december, Basis.YTD.value))
    months = [sums.get((row.id, f"{year}-M{m:02d}", Basis.OWN.value)) for m in range(1, 13)]
    if any(m is None for m in months):
        return None
    return sum((m for m in months if m is not None), Decimal(0))


def _ratio(num: Decimal | None, den: Decimal | None, scale: int) -> Decimal | None:
    if num is None or den is None or den == 0:
        return None
    return (num * 100 / den).quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)


def check(bench: Bench, figures: RegionFigures, rows: list[BaselineRow]) -> int:
    """Assert that (a) read exactly the baseline's rows and that its year figures are their sums.
    Returns how many indicators were checked."""
    with bench.store.sessions() as session:
        region = RegionRepository(session).require(PROVINCE)
        product_rows = ValueRepository(session).subtree_sums(region, [bench.year - 1, bench.year])
    mine = sorted(
        (s.indicator_id, s.period, s.basis.value, s.amount, s.numbers, s.rows) for s in product_rows
    )
    theirs = sorted((i, p, b, _amount(t), n, r) for i, p, b, t, n, r in rows)
    ensure(mine == theirs, "the product's query and the baseline read different rows")
    bases: dict[tuple[int, str], set[str]] = defaultdict(set)
    for indicator_id, period, basis, *_ in rows:
        bases[(indicator_id, period)].add(basis)
    ensure(all(len(b) == 1 for b in bases.values()), "mixed bases: not the summed path")

    sums = {(i, p, b): _amount(t) for i, p, b, t, _n, _r in rows}
    by_code = figures.by_code()
    expected: dict[str, tuple[Decimal | None, Decimal | None]] = {}
    for row in bench.indicators:
        if not row.indicator.is_computed:
            expected[row.indicator.code] = (
                _expected_year(sums, row, bench.year),
                _expected_year(sums, row, bench.year - 1),
            )
    for row in bench.indicators:
        ind = row.indicator
        if ind.is_computed:
            assert ind.numerator_code is not None and ind.denominator_code is not None
            (num, num_before), (den, den_before) = (
                expected[ind.numerator_code],
                expected[ind.denominator_code],
            )
            now, before = _ratio(num, den, ind.scale), _ratio(num_before, den_before, ind.scale)
        else:
            now, before = expected[ind.code]
        got: Figures = by_code[ind.code].figures
        want = (now, now, before, before, before)
        have = (
            got.current,
            got.cumulative,
            got.last_year,
            got.last_year_cumulative,
            got.previous,
        )
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


def query_plan(raw: sqlite3.Connection, sql: str, params: Any) -> list[str]:
    return [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def explain(bench: Bench, statements: list[tuple[str, Any]]) -> None:
    print(f"\n(a) sends {len(statements)} statements per roll-up:")
    for sql, params in statements:
        print(f"\n  {' '.join(sql.split())}\n  params: {params}")
        for line in query_plan(bench.raw, sql, params):
            print(f"    plan: {line}")
    print(f"\n(b) {' '.join(BASELINE_SQL.split())}\n  params: {bench.params}")
    for line in query_plan(bench.raw, BASELINE_SQL, bench.params):
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
def database_facts(raw: sqlite3.Connection, region_path: str) -> dict[str, Any]:
    values = raw.execute("SELECT COUNT(*) FROM value").fetchone()[0]
    regions = raw.execute(
        "SELECT COUNT(DISTINCT v.region_id) FROM value v JOIN region r ON r.id = v.region_id"
        " WHERE r.path LIKE ?",
        (f"{region_path}%",),
    ).fetchone()[0]
    indexes = [
        name
        for (name,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'value'"
            " ORDER BY name"
        )
    ]
    return {"value_rows": values, "regions_with_values": regions, "value_indexes": indexes}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.rollup", description=__doc__)
    parser.add_argument("--db", type=Path, help=f"database (default: generate {DEFAULT_DB})")
    parser.add_argument("--year", type=int, default=2025, help="the year rolled up (default 2025)")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs of each (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    parser.add_argument("--profile", action="store_true", help="cProfile (a): top 25 cumulative")
    parser.add_argument("--explain", action="store_true", help="print (a)'s SQL and query plans")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.warmup < 0:
        parser.error("--repeat must be positive and --warmup not negative")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    generated: dict[str, Any] | None = None
    path: Path = args.db or DEFAULT_DB
    if args.db is not None and not path.exists():
        print(f"{path} does not exist (python -m bench.generate {path})", file=sys.stderr)
        return 2
    if not path.exists():
        print(f"generating {path} …", flush=True)
        result = generate(path)
        generated = {"rows": result.rows, "seconds": round(result.seconds, 2)}
        print(
            f"wrote {result.rows:,} rows ({result.regions} regions × {result.indicators}"
            f" indicators × {result.months} months) in {result.seconds:.1f} s"
        )

    store = open_sqlite_store(path)
    bench = Bench(store, path, args.year)
    try:
        facts = database_facts(bench.raw, bench.region_path)
        figures, rows = bench.product(), bench.baseline()
        checked = check(bench, figures, rows)
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
        print(
            f"\nprovince roll-up {PROVINCE} {args.year} on {path}\n"
            f"{facts['value_rows']:,} values, {facts['regions_with_values']} regions with values,"
            f" {len(rows)} groups summed from"
            f" {sum(r[5] for r in rows):,} rows; {len(statements)} statements per roll-up\n"
        )
        print(f"{'ms, ' + str(args.repeat) + ' runs each':36} {'median':>8} {'p95':>8} {'min':>8}")
        for label, t in (
            ("(a) FigureService.figures", a),
            ("(b) raw sqlite3 GROUP BY (baseline)", b),
            ("(c) ValueRepository.subtree_sums", c),
        ):
            print(f"{label:36} {t.median_ms:8.1f} {t.p95_ms:8.1f} {t.min_ms:8.1f}")
        ratio_ok, time_ok = ratio <= GOAL_RATIO, a.median_ms < GOAL_MS
        print(
            f"\nratio median(a)/median(b): {ratio:.2f}"
            f"  (goal ≤ {GOAL_RATIO}: {'met' if ratio_ok else 'MISSED'})\n"
            f"(a) median {a.median_ms:.1f} ms  (goal < {GOAL_MS:.0f} ms:"
            f" {'met' if time_ok else 'MISSED'})\n"
            f"check: ok ({checked} indicators, {args.year} and {args.year - 1} against the sums)"
        )
        report = {
            "database": str(path),
            "generated": generated,
            **facts,
            "province": PROVINCE,
            "year": args.year,
            "repeat": args.repeat,
            "warmup": args.warmup,
            "groups": len(rows),
            "rows_summed": sum(r[5] for r in rows),
            "statements_per_rollup": len(statements),
            "a_figure_service": asdict(a),
            "b_baseline_sql": asdict(b),
            "c_subtree_sums": asdict(c),
            "ratio_median_a_over_b": round(ratio, 3),
            "goal": {"ratio_max": GOAL_RATIO, "a_median_ms_max": GOAL_MS},
            "goal_met": {"ratio": ratio_ok, "a_under_ms": time_ok},
            "check": "ok",
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
        if args.explain:
            explain(bench, statements)
        if args.profile:
            profile(bench, min(args.repeat, 10))
    finally:
        bench.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
