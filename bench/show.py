"""Benchmark: `xianbao show 510000 2025-12` on a province's database, against a bare process.

    python -m bench.show [--file PATH] [--repeat 7] [--warmup 1] [--json PATH]

What a clerk of the province waits for when asking the command line for the month's figures,
from a fresh process to its exit, against the plainest alternative: a fresh Python process that
imports only `sqlite3`, runs one GROUP BY over the same file for the same months and prints the
groups. Both are subprocesses of this one, alternating run by run after the warm-up, timed from
just before `Popen` to the child's exit.

(a) the product: `python -m desktop_app --db FILE show 510000 2025-12`: argument parsing, the
    store opened (the open check, the schema's revision, the catalogue and regions in sync), the
    province's figures (every county's own figures, rolled up with coverage), the table printed;
(b) the baseline: `python -c …`: `sqlite3.connect`, one statement summing and counting each
    region's, indicator's and basis' entries over the five windows a month's table needs (the
    month, 1-本月累计, the same month and months a year before, the month before), grouped by
    region, indicator and basis, all rows fetched and the number of groups printed;
(c) floor: `python -c pass`, the interpreter alone (reported, no goal).

The database is bench.rollup's (bench/out/province.sqlite3, generated on the first run: 183
counties × 10 years, 680,760 values). The product's output is checked to be the province's
table (四川省, every keyed indicator with 21/21 prefectures reporting). Goal: median(a)/median(b)
≤ 3 (issue 15). Writes bench/out/show.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from bench.rollup import DEFAULT_DB, OUT, Timing, ensure

DEFAULT_JSON = OUT / "show.json"
GOAL_RATIO = 3.0
REGION = "510000"
MONTH = "2025-12"

#: The baseline's one statement: each region's, indicator's and basis' sums and counts over the
#: windows of 2025年12月 (本月, 1-本月累计, 上年同期, 上年同期累计, 上月).
BASELINE_CODE = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute(
    '''SELECT v.region_id, v.indicator_id, v.basis,
         SUM(CASE WHEN v.period = '2025-M12' THEN v.amount END),
         COUNT(CASE WHEN v.period = '2025-M12' THEN 1 END),
         SUM(CASE WHEN v.period >= '2025-M01' AND v.period <= '2025-M12' THEN v.amount END),
         COUNT(CASE WHEN v.period >= '2025-M01' AND v.period <= '2025-M12' THEN 1 END),
         SUM(CASE WHEN v.period = '2024-M12' THEN v.amount END),
         COUNT(CASE WHEN v.period = '2024-M12' THEN 1 END),
         SUM(CASE WHEN v.period >= '2024-M01' AND v.period <= '2024-M12' THEN v.amount END),
         COUNT(CASE WHEN v.period >= '2024-M01' AND v.period <= '2024-M12' THEN 1 END),
         SUM(CASE WHEN v.period = '2025-M11' THEN v.amount END),
         COUNT(CASE WHEN v.period = '2025-M11' THEN 1 END)
       FROM value v JOIN region r ON r.id = v.region_id
       WHERE r.path LIKE (SELECT path FROM region WHERE code = ?) || '%'
         AND v.period >= '2024-M01' AND v.period <= '2025-M12'
       GROUP BY 1, 2, 3''',
    (sys.argv[2],),
).fetchall()
print(len(rows))
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as installed (see bench/__main__)
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return env


def commands(db: Path) -> dict[str, list[str]]:
    return {
        "a_show": [sys.executable, "-m", "desktop_app", "--db", str(db), "show", REGION, MONTH],
        "b_group_by": [sys.executable, "-c", BASELINE_CODE, str(db), REGION],
        "c_python": [sys.executable, "-c", "pass"],
    }


def run(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=child_env(), check=False
    )
    elapsed = time.perf_counter() - started
    ensure(done.returncode == 0, f"{command[:4]} failed: {done.stderr.strip()[-400:]}")
    return elapsed, done.stdout


def check_output(show: str, groups: str) -> int:
    """The product printed the province's table; the baseline found groups. Returns the rows."""
    lines = show.splitlines()
    ensure(bool(lines) and lines[0].startswith("四川省（510000）2025年12月"), "not the table")
    rows = [line for line in lines if line.rstrip().endswith("21/21")]
    ensure(len(rows) >= 30, f"only {len(rows)} indicators with 21/21 reporting")
    ensure(int(groups.strip()) > 0, "the baseline found no groups")
    return len(rows)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, default=DEFAULT_DB, help="the province's database")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each (default 1)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    return parser.parse_args(argv)


def ensure_database(path: Path) -> None:
    if path.exists():
        return
    from bench.generate import generate

    print(f"generating {path} …", flush=True)
    result = generate(path)
    print(f"wrote {result.rows:,} rows in {result.seconds:.1f} s", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    ensure_database(args.file)
    contenders = commands(args.file)
    outputs: dict[str, str] = {}
    for _ in range(args.warmup):  # the first open after another program may check the file
        for name, command in contenders.items():
            outputs[name] = run(command)[1]
    seconds: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.repeat):
        for name, command in contenders.items():
            elapsed, outputs[name] = run(command)
            seconds[name].append(elapsed)
    rows = check_output(outputs["a_show"], outputs["b_group_by"])
    timings = {name: Timing.of(s) for name, s in seconds.items()}
    a, b, c = timings["a_show"], timings["b_group_by"], timings["c_python"]
    ratio = a.median_ms / b.median_ms
    print(f"check: ok ({rows} indicators, 21/21 prefectures)")
    print(f"{'ms':<48}{'median':>9}{'p95':>9}{'min':>9}")
    for label, t in (
        (f"(a) xianbao show {REGION} {MONTH}", a),
        ("(b) bare python + sqlite3, the same GROUP BY", b),
        ("(c) python -c pass", c),
    ):
        print(f"{label:<48}{t.median_ms:>9.1f}{t.p95_ms:>9.1f}{t.min_ms:>9.1f}")
    verdict = "met" if ratio <= GOAL_RATIO else "MISSED"
    print(f"ratio median(a)/median(b): {ratio:.2f} (goal ≤ {GOAL_RATIO}: {verdict})")
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "file": str(args.file),
        "repeat": args.repeat,
        "warmup": args.warmup,
        "timings": {name: t.__dict__ for name, t in timings.items()},
        "ratio": round(ratio, 3),
        "goal_ratio": GOAL_RATIO,
        "machine": {"platform": platform.platform(), "python": platform.python_version()},
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
