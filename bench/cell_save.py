"""Benchmark: saving one edited cell, alone and with the grid refresh that follows it in the window.

    python -m bench.cell_save [--n 300] [--warmup 10] [--months 4] [--profile] [--json PATH]

A fresh database is prepared in a temporary folder as bench.startup does it: home county 511921
(通江县) with a few months of plausible values (saved through ValueService). Then, in one process,
alternating call by call after a warm-up, each contender saves N cells:

(a) the product's save: ``ValueService.set_text(511921, indicator, month, text)``, one transaction
    that checks the number and the locks, writes the value and its audit row, and commits;
(b) (a) and then ``ReturnService.check(511921, month)``: the figures and checks alone, the
    larger part of the view below;
(c) (a) and the view the return page is redrawn from after a save: ``ReturnScreenService.view``
    (figures, checks, versions, notes, groups, state and lock, read in one session);
(d) the baseline: a raw stdlib sqlite3 ``INSERT OR REPLACE`` of one row into the same ``value``
    table of the same file (another county, 511922), with the product's PRAGMAs
    (foreign_keys=ON, journal_mode=WAL, synchronous=FULL), and a commit;
(e) for context, (d) plus the audit row, in the same transaction;
(f) the window's path: Enter on a figure of the return page (offscreen Qt) — the model's setData as
    the editor commits it, the save, the grid updated, and the pending repaint done — for the
    cells of the month the page shows ((a)–(c) use the other months, so the page's versions stay
    its own). The acceptance: median (f) ≤ 2 × median (a). The CPU time of (a) and (f) is
    printed too: what the calls compute, without the fsync a commit waits for.

The product's cells rotate over every keyed indicator and every prepared month of this year in a
shuffled order, and each text differs from what the cell holds, so every call writes and audits:
the benchmark counts the audit rows afterwards. Prints median and p95 in ms (goal: p95(a) < 15 ms)
and the ratios to (d); writes bench/out/cell_save.json.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import event

from bench.rollup import Timing, ensure, time_alternating
from bench.startup import HOME, USER, Prepared, prepare_database
from desktop_app.domain.indicators import STORAGE_SCALE, Indicator
from desktop_app.domain.periods import Period
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    ValueRepository,
)
from desktop_app.services.figures import FigureService
from desktop_app.services.return_screen import ReturnScreenService
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import CellQueries, ValueService

EDIT_ROLE = 2  # Qt.ItemDataRole.EditRole
OUT = Path(__file__).resolve().parent / "out"
DEFAULT_JSON = OUT / "cell_save.json"
BASELINE_REGION = "511922"  # 南江县, the home county's neighbour: the baseline's rows
GOAL_P95_MS = 15.0
SEED = 20161111

#: The product's PRAGMAs (desktop_app.persistence.engine.sqlite_pragmas).
PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)
BASELINE_SQL = """
INSERT OR REPLACE INTO value
    (region_id, indicator_id, period, state, amount, basis, source, updated_at, updated_by)
VALUES (?, ?, ?, 'value', ?, 'own', 'typed', ?, ?)
"""
AUDIT_SQL = """
INSERT INTO audit
    (at, who, source, region_id, indicator_id, period, old_text, new_text, old_basis, new_basis)
VALUES (?, ?, 'typed', ?, ?, ?, ?, ?, 'own', 'own')
"""

Cell = tuple[str, Period]  # indicator code, month


@dataclass
class Cells:
    """The product's cells in a fixed shuffled rotation, with what each holds now."""

    order: list[Cell]
    indicators: dict[str, Indicator]
    holding: dict[Cell, Decimal | None]
    calls: int = 0

    def next_edit(self) -> tuple[str, Period, str]:
        """The next cell and a text that changes it (a small number within its bounds)."""
        code, period = cell = self.order[self.calls % len(self.order)]
        self.calls += 1
        ind = self.indicators[code]
        for k in range(self.calls % 97 + 1, self.calls % 97 + 4):
            number = Decimal(k)
            inside = number >= ind.lower_bound and (
                ind.upper_bound is None or number <= ind.upper_bound
            )
            if inside and number != self.holding[cell]:
                self.holding[cell] = number
                return code, period, str(k)
        raise AssertionError(f"no new value for {cell}")


class Bench:
    """The contenders, prepared once on the same database file."""

    def __init__(self, store: Store, prepared: Prepared) -> None:
        self.store = store
        self.opens_on = Period.from_code(prepared.opens_on)
        self.values = ValueService(store.sessions, USER)
        self.returns = ReturnService(store.sessions, FigureService(store.sessions), USER)
        self.queries = CellQueries(store.sessions)
        self.screen = ReturnScreenService(store.sessions, self.values, self.returns)
        this_year = Period.from_code(prepared.opens_on).year
        months = [Period.from_code(c) for c in prepared.periods]
        months = [p for p in months if p.year == this_year]
        with store.sessions() as session:
            region = RegionRepository(session).require(HOME)
            rows = [r for r in IndicatorRepository(session).active() if not r.indicator.is_computed]
            repo = ValueRepository(session)
            holding: dict[Cell, Decimal | None] = {}
            for row in rows:
                for month in months:
                    record = repo.get(region.id, row.id, month)
                    holding[(row.indicator.code, month)] = None if record is None else record.amount
            self.baseline_region = RegionRepository(session).require(BASELINE_REGION).id
        order = sorted(holding, key=lambda cell: (cell[0], cell[1].code))
        random.Random(SEED).shuffle(order)
        indicators = {r.indicator.code: r.indicator for r in rows}
        shown = [cell for cell in order if cell[1] == self.opens_on]
        others = [cell for cell in order if cell[1] != self.opens_on]
        self.cells = Cells(others, indicators, holding)
        self.page_cells = Cells(shown, indicators, holding)
        self.page: Any = None
        self.indicator_ids = [r.id for r in rows]
        self.months = months
        # The baseline's raw connection on the same file, with the product's PRAGMAs.
        self.raw = sqlite3.connect(prepared.path)
        for pragma in PRAGMAS:
            self.raw.execute(pragma)
        self.raw_calls = 0

    def close(self) -> None:
        self.raw.close()

    # --- the product -------------------------------------------------------------------------------
    def save(self) -> Period:
        code, period, text = self.cells.next_edit()
        change = self.values.set_text(HOME, code, period, text)
        if not change.changed:
            raise AssertionError(f"{code} {period.code} {text!r} did not change")
        return period

    def edit_and_check(self) -> None:
        period = self.save()
        self.returns.check(HOME, period)

    def edit_and_view(self) -> None:
        """A save and the view the return page is redrawn from (ReturnScreenService.view)."""
        period = self.save()
        self.screen.view(HOME, period)

    def open_page(self) -> None:
        """The return page of the home county on the month it opens on, shown offscreen."""
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from desktop_app.ui.return_page import ReturnPage

        self.app = QApplication.instance() or QApplication(["bench"])
        self.page = ReturnPage(page_services(self.store), "zh_CN")
        self.page.resize(1200, 700)
        self.page.show()
        self.page.load(HOME, self.opens_on)
        self.app.processEvents()

    def enter_in_page(self) -> None:
        """Enter on a figure: what the editor's commit does, then the repaint it causes."""
        code, period, text = self.page_cells.next_edit()
        model = self.page.model
        row = model.row_of(code)
        index = model.index(row, model.keyed_column(model.row_at(row)))
        model.setData(index, text)
        self.app.processEvents()
        shown = str(model.index(row, index.column()).data(EDIT_ROLE))
        if Decimal(shown) != Decimal(text):
            raise AssertionError(f"{code} {period.code}: the grid shows {shown!r}, not {text!r}")

    # --- the baseline -----------------------------------------------------------------------------
    def _raw_row(self) -> tuple[int, int, str, int, str, str]:
        i = self.raw_calls
        self.raw_calls += 1
        indicator = self.indicator_ids[i % len(self.indicator_ids)]
        month = self.months[(i // len(self.indicator_ids)) % len(self.months)]
        amount = (i % 97 + 1) * 10**STORAGE_SCALE
        now = datetime.now(UTC).isoformat(sep=" ")
        return (self.baseline_region, indicator, month.code, amount, now, USER)

    def baseline(self) -> None:
        self.raw.execute(BASELINE_SQL, self._raw_row())
        self.raw.commit()

    def baseline_audited(self) -> None:
        region, indicator, month, amount, now, who = self._raw_row()
        self.raw.execute(BASELINE_SQL, (region, indicator, month, amount, now, who))
        self.raw.execute(
            AUDIT_SQL, (now, who, region, indicator, month, "", str(amount // 10**STORAGE_SCALE))
        )
        self.raw.commit()


def page_services(store: Store) -> Any:
    """The services the window gives its return page (desktop_app.app.workspace_for)."""
    from desktop_app.ui.return_page import Services

    figures = FigureService(store.sessions)
    values = ValueService(store.sessions, USER)
    returns = ReturnService(store.sessions, figures, USER)
    return Services(
        values=values,
        cells=CellQueries(store.sessions),
        returns=returns,
        screen=ReturnScreenService(store.sessions, values, returns),
    )


class CpuTimes:
    """The CPU time (user and system, this process) of each call of some contenders, beside
    the wall clock time_alternating measures: it leaves out what a call waits for (the disk's
    fsync at a commit, a core taken by other work), which varies run to run far more than
    what the call itself computes."""

    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = {}

    def timed(self, name: str, run: Callable[[], object]) -> Callable[[], None]:
        taken = self.seconds.setdefault(name, [])

        def call() -> None:
            started = time.process_time()
            run()
            taken.append(time.process_time() - started)

        return call

    def median_ms(self, name: str, last: int) -> float:
        """The median of the last `last` calls (the timed ones, after the warm-up)."""
        return round(statistics.median(self.seconds[name][-last:]) * 1000, 2)


def count_statements(store: Store, run: Callable[[], object]) -> int:
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return len(seen)


def count_begins(store: Store, run: Callable[[], object]) -> int:
    """The transactions begun on the engine (one per session that touched the database)."""
    seen: list[object] = []

    def record(connection: object) -> None:
        seen.append(connection)

    event.listen(store.engine, "begin", record)
    try:
        run()
    finally:
        event.remove(store.engine, "begin", record)
    return len(seen)


def fsync_ms(folder: Path, runs: int = 100) -> float:
    """Median time of one fsync of a 4 KiB write in `folder`: what synchronous=FULL pays per commit
    at least (a virtual disk may acknowledge flushes at once; an office PC's HDD takes 5–15 ms)."""
    path = folder / "fsync.probe"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    seconds = []
    try:
        for _ in range(runs):
            os.write(fd, b"x" * 4096)
            started = time.perf_counter()
            os.fsync(fd)
            seconds.append(time.perf_counter() - started)
    finally:
        os.close(fd)
        path.unlink()
    return round(statistics.median(seconds) * 1000, 3)


def audit_rows(raw: sqlite3.Connection) -> int:
    return int(raw.execute("SELECT COUNT(*) FROM audit").fetchone()[0])


def profile(run: Callable[[], object], calls: int, label: str) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        run()
    profiler.disable()
    print(f"\ncProfile of {label}, {calls} calls, top 25 by cumulative time:")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(25)


def _rows(contenders: Iterator[tuple[str, Timing]]) -> None:
    for label, t in contenders:
        print(f"{label:44} {t.median_ms:8.2f} {t.p95_ms:8.2f} {t.min_ms:8.2f} {t.max_ms:8.2f}")


# --- main ------------------------------------------------------------------------------------------
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.cell_save", description=__doc__)
    parser.add_argument("--n", type=int, default=300, help="timed calls of each (default 300)")
    parser.add_argument("--warmup", type=int, default=10, help="untimed calls first (default 10)")
    parser.add_argument("--months", type=int, default=4, help="months of values (default 4)")
    parser.add_argument("--profile", action="store_true", help="cProfile (a), (b), (f): top 25")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    args = parser.parse_args(argv)
    if args.n < 1 or args.warmup < 0 or args.months < 1:
        parser.error("--n and --months must be positive and --warmup not negative")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="xianbao-cell-save-") as folder:
        prepared = prepare_database(Path(folder) / "cell_save.sqlite3", args.months)
        print(
            f"prepared {prepared.path}: home {prepared.home}, {prepared.cells} values in"
            f" {', '.join(prepared.periods)} ({prepared.seconds:.1f} s)"
        )
        fsync = fsync_ms(Path(folder))
        store = open_sqlite_store(prepared.path)
        bench = Bench(store, prepared)
        try:
            bench.open_page()
            statements = {
                "a": count_statements(store, bench.save),
                "b": count_statements(store, bench.edit_and_check),
                "c": count_statements(store, bench.edit_and_view),
                "f": count_statements(store, bench.enter_in_page),
            }
            begins = {
                "a": count_begins(store, bench.save),
                "f": count_begins(store, bench.enter_in_page),
            }
            audits_before = audit_rows(bench.raw)
            product_calls_before = bench.cells.calls + bench.page_cells.calls
            cpu = CpuTimes()
            timings = time_alternating(
                {
                    "a": cpu.timed("a", bench.save),
                    "b": bench.edit_and_check,
                    "c": bench.edit_and_view,
                    "d": bench.baseline,
                    "e": bench.baseline_audited,
                    "f": cpu.timed("f", bench.enter_in_page),
                },
                args.n,
                args.warmup,
            )
            cpu_ms = {name: cpu.median_ms(name, args.n) for name in ("a", "f")}
            saves = bench.cells.calls + bench.page_cells.calls - product_calls_before
            audited = audit_rows(bench.raw) - audits_before
            raw_audited = args.n + args.warmup  # one audit row per call of (e)
            ensure(
                audited == saves + raw_audited,
                f"{saves} product saves and {raw_audited} raw audits, but {audited} audit rows",
            )
            if args.profile:
                profile(bench.save, 100, "(a) ValueService.set_text")
                profile(bench.edit_and_check, 50, "(b) set_text + ReturnService.check")
                profile(bench.enter_in_page, 50, "(f) Enter in the return page, row repainted")
        finally:
            bench.close()
            store.close()

    a, b, c, d, e, f = (timings[k] for k in "abcdef")
    print(
        f"\none edited cell, {args.n} calls of each, alternating, after {args.warmup} warm-up calls;"
        f" {len(bench.cells.order)} cells ({len(bench.cells.indicators)} keyed indicators ×"
        f" {len(bench.months)} months) in rotation\n"
    )
    print(f"{'ms':44} {'median':>8} {'p95':>8} {'min':>8} {'max':>8}")
    _rows(
        iter(
            [
                ("(a) ValueService.set_text", a),
                ("(b) (a) + ReturnService.check", b),
                ("(c) (a) + ReturnScreenService.view", c),
                ("(d) raw INSERT OR REPLACE + commit (baseline)", d),
                ("(e) (d) + an audit row, one commit", e),
                ("(f) Enter in the return page, row repainted", f),
            ]
        )
    )
    goal_ok = a.p95_ms < GOAL_P95_MS
    ratios = {
        "a_over_d": round(a.median_ms / d.median_ms, 2),
        "b_over_d": round(b.median_ms / d.median_ms, 2),
        "c_over_d": round(c.median_ms / d.median_ms, 2),
        "a_over_e": round(a.median_ms / e.median_ms, 2),
        "f_over_a": round(f.median_ms / a.median_ms, 2),
        "f_over_a_cpu": round(cpu_ms["f"] / cpu_ms["a"], 2),
    }
    enter_ok = f.median_ms <= 2 * a.median_ms
    print(
        f"\n(a) p95 {a.p95_ms:.2f} ms  (goal < {GOAL_P95_MS:.0f} ms: {'met' if goal_ok else 'MISSED'})"
        f"\nratios of medians: (a)/(d) {ratios['a_over_d']}, (b)/(d) {ratios['b_over_d']},"
        f" (c)/(d) {ratios['c_over_d']}, (a)/(e) {ratios['a_over_e']}"
        f"\nSQL statements per call: (a) {statements['a']}, (b) {statements['b']},"
        f" (c) {statements['c']}, (f) {statements['f']}; (d) 1, (e) 2"
        f"\ntransactions begun per call: (a) {begins['a']}, (f) {begins['f']}"
        f"\nEnter→row repainted / save alone (f)/(a): {ratios['f_over_a']}"
        f" (goal ≤ 2: {'met' if enter_ok else 'MISSED'})"
        f"\nCPU time per call (medians, no waiting): (a) {cpu_ms['a']:.2f} ms,"
        f" (f) {cpu_ms['f']:.2f} ms, (f)/(a) {ratios['f_over_a_cpu']}"
        f"\none fsync in the database's folder: {fsync:.2f} ms (median)"
        f"\ncheck: ok ({saves} product saves, each one changed its cell;"
        f" {audited} audit rows written)"
    )
    report = {
        "prepared": {**asdict(prepared), "path": str(prepared.path)},
        "n": args.n,
        "warmup": args.warmup,
        "cells_in_rotation": len(bench.cells.order),
        "a_set_text": asdict(a),
        "b_set_text_and_check": asdict(b),
        "c_set_text_and_screen_view": asdict(c),
        "d_baseline_insert_or_replace": asdict(d),
        "e_baseline_with_audit_row": asdict(e),
        "f_enter_in_page_row_repainted": asdict(f),
        "cpu_median_ms": cpu_ms,
        "transactions_per_call": begins,
        "ratios_of_medians": ratios,
        "statements_per_call": {**statements, "d": 1, "e": 2},
        "goal": {"a_p95_ms_max": GOAL_P95_MS, "f_over_a_max": 2.0},
        "goal_met": {"a_p95": goal_ok, "f_over_a": enter_ok},
        "check": {"product_saves": saves, "audit_rows_written": audited},
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "sqlalchemy": sqlalchemy.__version__,
            "pragmas": list(PRAGMAS),
            "fsync_median_ms": fsync,
        },
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
