"""Every benchmark in one run, and issue 15's table: each figure against its baseline.

    python -m bench [--quick] [--only NAME ...] [--out FOLDER] [--verbose]

Runs bench.startup, bench.excel, bench.report, bench.show, bench.cell_save, bench.rollup
(SQLite) and bench.map, each as its own process (Qt and the engines start fresh, as a clerk's
program does), each writing its JSON into --out (bench/out/all/ by default), then prints one table: the figure
measured in this run, its baseline measured in the same run, the ratio and the goal, and the
machine (CPU, cores, load, Python, SQLite, Qt, SQLAlchemy). Every ratio is of two medians taken
alternately in the same process tree, so a loaded machine inflates both.

`--quick` runs fewer repeats (a few minutes in all; ratios noisier); the default repeats are each
bench's own. A bench that fails is reported as failed, the others still run; the exit code is 1
then. Each bench's own output goes to <out>/<name>.log (and to the screen with --verbose).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "out" / "all"

#: Each bench's arguments: (full run, --quick run). `--json` is added.
BENCHES: dict[str, tuple[list[str], list[str]]] = {
    "startup": ([], ["--repeat", "5", "--warmup", "1"]),
    "excel": ([], ["--repeat", "5", "--warmup", "1", "--regions", "50"]),
    "report": ([], ["--repeat", "10", "--warmup", "2"]),
    "show": ([], ["--repeat", "3", "--warmup", "1"]),
    "cell_save": (["--n", "150"], ["--n", "40", "--warmup", "5"]),
    "rollup": (["--db", "sqlite"], ["--db", "sqlite", "--repeat", "5", "--warmup", "1"]),
    "map": ([], ["--repeat", "7", "--warmup", "1"]),
}


@dataclass(frozen=True)
class Row:
    figure: str
    now: str  # the product's median in this run
    baseline: str  # the baseline's median in this run
    ratio: float | None
    goal: float | None  # ratio goal; None: reported only
    issue_said: str  # what issue 15 (for the last two rows bench/README) measured before

    @property
    def verdict(self) -> str:
        if self.ratio is None or self.goal is None:
            return ""
        return "met" if self.ratio <= self.goal else "MISSED"


def ms(value: float) -> str:
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms"


def startup_rows(data: dict[str, Any]) -> list[Row]:
    bare = data["b_bare_qmainwindow"]["median_ms"]
    return [
        Row(
            "window frame shown vs a bare QMainWindow shown",
            ms(data["a_product_shown"]["median_ms"]),
            ms(bare),
            data["ratio_median_a_over_b"],
            1.3,
            "1.85×",
        ),
        Row(
            "return with figures on screen vs a bare QMainWindow shown",
            ms(data["a_product_figures"]["median_ms"]),
            ms(bare),
            data["ratio_median_a_figures_over_b"],
            2.5,
            "6.8× (1.54 s)",
        ),
        # Reported beside issue 15's rows: the frame against a window with the same menus and
        # labels, and the live return (store open, editable) after the snapshot's figures.
        Row(
            "window frame shown vs a QMainWindow with the same menus and labels",
            ms(data["a_product_shown"]["median_ms"]),
            ms(data["c_dressed_qmainwindow"]["median_ms"]),
            data["ratio_median_a_over_c"],
            None,
            "",
        ),
        Row(
            "live return (store open, editable) vs a bare QMainWindow shown",
            ms(data["a_product_ready"]["median_ms"]),
            ms(bare),
            data["ratio_median_a_ready_over_b"],
            None,
            "7.46× (2.30 s), as the row above",
        ),
    ]


def excel_rows(data: dict[str, Any]) -> list[Row]:
    export = data["county_export"]
    imported = data["import"]
    rows = [
        Row(
            "county return export vs bare openpyxl load+fill+save",
            ms(export["product"]["median_ms"]),
            ms(export["baseline"]["median_ms"]),
            export["ratio"],
            1.2,
            "1.46×",
        )
    ]
    baseline = imported.get("baseline_seconds")
    rows.append(
        Row(
            f"importing {imported['files']} returns vs bare openpyxl reading them and inserting",
            f"{imported['seconds']:.1f} s",
            f"{baseline:.1f} s" if baseline else "not measured",
            imported["seconds"] / baseline if baseline else None,
            2.0,
            "49.5 s (200), ratio not measured",
        )
    )
    return rows


def report_rows(data: dict[str, Any]) -> list[Row]:
    timings = data["timings"]
    return [
        Row(
            "monthly summary PDF vs bare reportlab building the same table",
            ms(timings["a_product"]["median_ms"]),
            ms(timings["b_reportlab_table"]["median_ms"]),
            data["ratio"],
            1.3,
            "2.47×",
        ),
        Row(
            "monthly summary PDF vs the same table as the product builds it (reported)",
            ms(timings["a_product"]["median_ms"]),
            ms(timings["d_reportlab_table_floor"]["median_ms"]),
            data["ratio_floor"],
            None,
            "—",
        ),
    ]


def show_rows(data: dict[str, Any]) -> list[Row]:
    timings = data["timings"]
    return [
        Row(
            "`xianbao show 510000 2025-12` (province) vs a bare Python process's GROUP BY",
            ms(timings["a_show"]["median_ms"]),
            ms(timings["b_group_by"]["median_ms"]),
            data["ratio"],
            3.0,
            "18.6× (2.24 s)",
        )
    ]


def cell_save_rows(data: dict[str, Any]) -> list[Row]:
    return [
        Row(
            "Enter on a figure → row repainted vs the save alone (issue 11)",
            ms(data["f_enter_in_page_row_repainted"]["median_ms"]),
            ms(data["a_set_text"]["median_ms"]),
            data["ratios_of_medians"]["f_over_a"],
            2.0,
            "2.40×",
        )
    ]


def rollup_rows(data: dict[str, Any]) -> list[Row]:
    sqlite = data["sqlite"]
    return [
        Row(
            "province year figures (FigureService) vs hand-written per-county SQL (issue 9)",
            ms(sqlite["a_figure_service"]["median_ms"]),
            ms(sqlite["b_baseline_sql"]["median_ms"]),
            sqlite["ratio_median_a_over_b"],
            1.5,
            "3.07×",
        )
    ]


def map_rows(data: dict[str, Any]) -> list[Row]:
    timings = data["timings"]
    table = ms(timings["b_table"]["median_ms"])
    return [
        Row(
            "province map drawn in the window vs the same figures in a table (issue 16)",
            ms(timings["a_map"]["median_ms"]),
            table,
            data["ratio"],
            2.0,
            "new",
        ),
        Row(
            "the same, the region's outlines kept (every drawing but the first)",
            ms(timings["a2_map_outlines_kept"]["median_ms"]),
            table,
            data["ratio_outlines_kept"],
            None,
            "new",
        ),
    ]


READERS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "startup": startup_rows,
    "excel": excel_rows,
    "report": report_rows,
    "show": show_rows,
    "cell_save": cell_save_rows,
    "rollup": rollup_rows,
    "map": map_rows,
}


def machine() -> dict[str, Any]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    facts: dict[str, Any] = {
        "cpu": cpu or platform.machine(),
        "cores": os.cpu_count(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        import PySide6
        from PySide6 import QtCore

        facts["qt"] = f"{QtCore.qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError:
        facts["qt"] = "not installed"
    try:
        import sqlalchemy

        facts["sqlalchemy"] = sqlalchemy.__version__
    except ImportError:
        pass
    if hasattr(os, "getloadavg"):
        facts["load_at_start"] = round(os.getloadavg()[0], 2)
    return facts


def run_bench(name: str, arguments: list[str], out: Path, verbose: bool) -> tuple[bool, float]:
    log = out / f"{name}.log"
    command = [
        sys.executable,
        "-m",
        f"bench.{name}",
        *arguments,
        "--json",
        str(out / f"{name}.json"),
    ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed program runs from compiled bytecode (pip and PyInstaller compile it); with
    # PYTHONDONTWRITEBYTECODE set (as in some shells and CI), every start of the product would
    # compile desktop_app's sources again (~0.3-0.5 s of the frame here) while the baselines'
    # libraries are compiled: the warm-up runs write the bytecode instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as sink:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        assert process.stdout is not None
        for line in process.stdout:
            sink.write(line)
            if verbose:
                print(f"  {name}| {line}", end="", flush=True)
        code = process.wait()
    return code == 0, time.perf_counter() - started


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| figure | now | baseline | ratio | goal | | before |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    for row in rows:
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        goal = f"≤ {row.goal:g}×" if row.goal is not None else ""
        lines.append(
            f"| {row.figure} | {row.now} | {row.baseline} | {ratio} | {goal} | {row.verdict}"
            f" | {row.issue_said} |"
        )
    return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a few minutes)")
    parser.add_argument("--only", nargs="+", choices=list(BENCHES), help="run these benches only")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for JSON and logs")
    parser.add_argument("--verbose", action="store_true", help="show each bench's own output")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    facts = machine()
    names = args.only or list(BENCHES)
    rows: list[Row] = []
    failed: list[str] = []
    seconds: dict[str, float] = {}
    for name in names:
        full, quick = BENCHES[name]
        print(f"running bench.{name} …", flush=True)
        ok, seconds[name] = run_bench(name, quick if args.quick else full, args.out, args.verbose)
        if not ok:
            failed.append(name)
            print(f"  bench.{name} FAILED: see {args.out / (name + '.log')}", flush=True)
            continue
        data = json.loads((args.out / f"{name}.json").read_text(encoding="utf-8"))
        rows.extend(READERS[name](data))
        print(f"  done in {seconds[name]:.0f} s", flush=True)
    if hasattr(os, "getloadavg"):
        facts["load_at_end"] = round(os.getloadavg()[0], 2)
    print()
    print(
        f"Machine: {facts['cpu']}, {facts['cores']} cores, {facts['system']}; Python"
        f" {facts['python']}, SQLite {facts['sqlite']}, Qt {facts['qt']}, SQLAlchemy"
        f" {facts.get('sqlalchemy', '?')}; load {facts.get('load_at_start', '?')} →"
        f" {facts.get('load_at_end', '?')}; {'--quick' if args.quick else 'full'} run,"
        f" {sum(seconds.values()):.0f} s"
    )
    print()
    lines = table(rows)
    print("\n".join(lines))
    print(
        "\nnow and baseline: medians of this run, taken alternately; before: issue 15's table (the"
        " last two rows: bench/README). The whole test suite's time (make test) is no benchmark."
    )
    if failed:
        print(f"FAILED: {', '.join(failed)}")
    summary = {
        "machine": facts,
        "quick": args.quick,
        "seconds": seconds,
        "failed": failed,
        "rows": [{**row.__dict__, "verdict": row.verdict} for row in rows],
        "table": lines,
    }
    (args.out / "summary.json").write_text(
        json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
