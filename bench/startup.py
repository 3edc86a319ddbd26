"""Benchmark: start-up, from process start to the main window shown, against a bare Qt window.

    python -m bench.startup [--repeat 15] [--warmup 1] [--no-snapshot] [--importtime] [--json PATH]

A database is prepared first in a temporary folder: ``open_sqlite_store``, home county 511921
(通江县), and a few months of plausible values for it (the months the window opens on and the same
months a year earlier) saved through ``ValueService``, so the first screen has figures to show.

Then, alternating run by run after a warm-up, each contender is started as a fresh subprocess
(``sys.executable -c …``, ``QT_QPA_PLATFORM=offscreen``) and timed from just before ``Popen``:

(a) the product: ``desktop_app.__main__.main(["--db", DB])``, the ``xianbao`` entry point, which
    runs ``desktop_app.app.run_gui`` unchanged (QApplication, install_translators("zh_CN"),
    MainWindow() shown; after its first frame: open_sqlite_store, the workspace attached);
(b) the baseline: ``from PySide6.QtWidgets import QApplication, QMainWindow``, an empty
    QMainWindow shown the same way;
(c) a second baseline, reported beside the first: a QMainWindow dressed as the product's frame is
    (the same seven Chinese menu titles, a toolbar with a kind box, a period box and two
    buttons, a tree, a tab with the "opening the database" label, a status line), from PySide6
    alone: what any window with this text costs (Qt loads the CJK font for its first text).

The children's user data, settings and cache folders (XDG_DATA_HOME, XDG_CONFIG_HOME,
XDG_CACHE_HOME) are a temporary folder, so the product's settings, its snapshot of the return
(desktop_app/ui/return_snapshot.py) and its kept translations (desktop_app/i18n.py) are the
bench's own: the warm-up run leaves them, as a clerk's previous session does, and every timed
run shows the snapshot before the store is open. With --no-snapshot it is deleted before each
run of (a), as on the very first start.

Two instants are measured, on the child's clock (perf_counter is system-wide monotonic, so the
parent places them after its Popen):

- "shown", the goal's measure: the first frame on screen. The window's native window is exposed,
  the window gets its first paint event, and a zero-delay timer queued from that paint fires, i.e.
  the whole frame has been painted. For (a) this is the window's frame: menus, toolbar, period and
  an "opening the database" page.
- "figures": the return's figures are on screen: (a)'s window has emitted ``snapshot_shown``
  (the snapshot of the return, before the store is open) or ``loaded``, whichever comes first,
  and the next paint inside the window has completed. The goal's measure of issue 15's second row.
- "ready": (a)'s window has emitted ``loaded`` (store open, regions and the live return on
  screen, editable) and the next paint inside the window has completed. For (b), ready = shown.

The child then prints its line and quits normally (the product closes its store). Both children
carry the same small watcher code.

Prints median and p95 in ms of the instants, the ratios of the medians (goals: "shown" ≤ 1.3 and
"figures" ≤ 2.5 against (b); against (c) and "ready" reported only),
the product's phases, checks that openpyxl and reportlab are not imported at start-up, and with
--importtime the product's ``python -X importtime`` summary. Writes bench/out/startup.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy

from bench.generate import SEED, _targets, county_rows
from bench.rollup import Timing, ensure
from desktop_app.domain.periods import Period
from desktop_app.persistence.repositories import IndicatorRepository, RegionRepository
from desktop_app.services.store import open_sqlite_store
from desktop_app.services.values import CellInput, ValueService
from desktop_app.ui.main_window import last_month

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_JSON = OUT / "startup.json"
HOME = "511921"  # 通江县, 巴中市, 四川省
LANGUAGE = "zh_CN"
USER = "bench"
GOAL_RATIO = 1.3
GOAL_FIGURES_RATIO = 2.5
MARKER = "XIANBAO-BENCH-SHOWN"
NOT_AT_START = ("openpyxl", "reportlab")  # the export libraries: only when exporting
CHILD_TIMEOUT = 120.0

# --- the children ----------------------------------------------------------------------------------
#: Shared by both children: the clock at the top, a watcher for the first frame, the report line.
#: perf_counter is CLOCK_MONOTONIC on Linux (mach_absolute_time on macOS, QPC on Windows): one
#: system-wide clock, so the parent can place the child's instants after its own Popen.
CHILD_WATCHER = """
import time
_T = {"top": time.perf_counter()}
_CPU = {}  # the child's CPU time (user + system, all its threads) at the same instants
import json
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstFrame(QObject):
    # One filter on the application: application filters run before object filters, so the
    # zero-delay timer queued from the first paint fires before anything the product queues
    # from the same paint (run_gui opens the store after its first frame).
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.done = False
        self.loaded = False
        self.waiting_for_data = False
        self.waiting_for_figures = False
        QApplication.instance().installEventFilter(self)
        loaded = getattr(window, "loaded", None)
        if loaded is not None:
            loaded.connect(self.on_loaded)
        snapshot_shown = getattr(window, "snapshot_shown", None)
        if snapshot_shown is not None:
            snapshot_shown.connect(self.on_snapshot)
        QTimer.singleShot(60_000, lambda: QApplication.instance().exit(3))  # never shown: fail

    def eventFilter(self, obj, event):
        kind = event.type()
        if obj is self.window and kind == QEvent.Type.Show and "show" not in _T:
            _T["show"] = time.perf_counter()
        elif (
            kind == QEvent.Type.Expose
            and "exposed" not in _T
            and obj is self.window.windowHandle()
            and obj.isExposed()
        ):
            _T["exposed"] = time.perf_counter()
        elif obj is self.window and kind == QEvent.Type.Paint and not self.done:
            self.done = True
            _T["first_paint"] = time.perf_counter()
            QTimer.singleShot(0, self.shown)
        elif (
            (self.waiting_for_data or self.waiting_for_figures)
            and kind == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and obj.window() is self.window
        ):
            if self.waiting_for_figures:
                self.waiting_for_figures = False
                QTimer.singleShot(0, self.figures)
            if self.waiting_for_data:
                self.waiting_for_data = False
                QTimer.singleShot(0, self.ready)
        return False

    def on_snapshot(self):
        _T["snapshot"] = time.perf_counter()
        self.waiting_for_figures = True

    def figures(self):
        _T.setdefault("figures", time.perf_counter())
        _CPU.setdefault("figures", time.process_time())

    def shown(self):
        _T["shown"] = time.perf_counter()
        _CPU["shown"] = time.process_time()
        if getattr(self.window, "loaded", None) is None:  # the bare window: nothing to wait for
            self.ready()

    def on_loaded(self):
        _T["loaded"] = time.perf_counter()
        self.waiting_for_data = True

    def ready(self):
        _T["ready"] = time.perf_counter()
        _CPU["ready"] = time.process_time()
        _T.setdefault("figures", _T["ready"])  # no snapshot: the live figures are the first
        _CPU.setdefault("figures", _CPU["ready"])
        modules = sorted(sys.modules)
        report = {
            "t": _T,
            "cpu": _CPU,
            "modules": len(modules),
            "packages": sorted(
                {m.split(".")[0] for m in modules if not m.startswith("_")}
                - set(sys.stdlib_module_names)
            ),
            "not_at_start": {m: m in sys.modules for m in NOT_AT_START},
        }
        print(MARKER, json.dumps(report), flush=True)
        imported = [m for m in NOT_AT_START if m in sys.modules]
        if imported:  # the parent reads the exit code and fails
            print(f"imported at start-up: {imported}", file=sys.stderr, flush=True)
        QApplication.instance().exit(4 if imported else 0)
"""

#: (a) The product, started through its entry point. MainWindow.__init__ is wrapped (a clock read
#: after it, and the watcher attached; nothing else) to split the time into phases; main() then
#: runs run_gui unchanged.
PRODUCT_CHILD = (
    CHILD_WATCHER
    + """
import desktop_app.ui.main_window as _main_window
from desktop_app.__main__ import main

_T["imports"] = time.perf_counter()
_init = _main_window.MainWindow.__init__


def _wrapped_init(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    _T["window_built"] = time.perf_counter()
    self._bench_watch = _FirstFrame(self)


_main_window.MainWindow.__init__ = _wrapped_init
sys.exit(main(["--db", sys.argv[1]]))
"""
)

#: (b) The baseline: an empty QMainWindow, shown the same way.
BARE_CHILD = (
    CHILD_WATCHER
    + """
from PySide6.QtWidgets import QMainWindow

_T["imports"] = time.perf_counter()
app = QApplication(sys.argv)
_T["app"] = time.perf_counter()
window = QMainWindow()
window.resize(1280, 760)
_T["window_built"] = time.perf_counter()
watch = _FirstFrame(window)
window.show()
sys.exit(app.exec())
"""
)

#: (c) The second baseline: a QMainWindow with the frame's menus and labels, PySide6 alone.
DRESSED_CHILD = (
    CHILD_WATCHER
    + """
from PySide6.QtWidgets import (
    QComboBox, QLabel, QLineEdit, QMainWindow, QSplitter, QTabWidget, QToolBar, QToolButton,
    QTreeView,
)

_T["imports"] = time.perf_counter()
app = QApplication(sys.argv)
_T["app"] = time.perf_counter()
window = QMainWindow()
window.resize(1280, 760)
for title in ("文件(&F)", "编辑(&E)", "报表(&R)", "导出与打印(&P)", "台账(&G)", "基础资料(&D)", "帮助(&H)"):
    window.menuBar().addMenu(title)
bar = QToolBar("报告期")
kinds = QComboBox()
kinds.addItems(["月", "季", "半年", "年"])
back, forward = QToolButton(), QToolButton()
back.setText("◀")
forward.setText("▶")
for widget in (back, kinds, QLineEdit("2026年11月"), forward):
    bar.addWidget(widget)
window.addToolBar(bar)
tabs = QTabWidget()
tabs.addTab(QLabel("正在打开数据库……"), "本级报表")
splitter = QSplitter()
splitter.addWidget(QTreeView())
splitter.addWidget(tabs)
splitter.setSizes([240, 960])
window.setCentralWidget(splitter)
window.statusBar().showMessage("正在打开数据库……")
_T["window_built"] = time.perf_counter()
watch = _FirstFrame(window)
window.show()
sys.exit(app.exec())
"""
)

CHILDREN = {"product": PRODUCT_CHILD, "bare": BARE_CHILD, "dressed": DRESSED_CHILD}


def child_code(kind: str) -> str:
    return f"MARKER = {MARKER!r}\nNOT_AT_START = {NOT_AT_START!r}\n" + CHILDREN[kind]


def child_env(home: Path) -> dict[str, str]:
    """The children's environment: offscreen, with `home` as their user data, settings and cache."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    for name in ("XIANBAO_DB", "XIANBAO_LANG", "PYTHONPROFILEIMPORTTIME"):
        env.pop(name, None)
    return env


@dataclass(frozen=True)
class ChildRun:
    seconds: float  # Popen → the parent has read the child's line (after "ready")
    phases_ms: dict[str, float]  # the child's instants, ms after the parent's Popen
    cpu_ms: dict[str, float]  # the child's CPU time at "shown", "figures" and "ready"
    modules: int
    packages: list[str]
    not_at_start: dict[str, bool]


def snapshot_file(home: Path) -> Path:
    """Where the product keeps its snapshot of the return with `home` as its user folders
    (desktop_app.paths.return_snapshot_file under XDG_DATA_HOME)."""
    return home / "data" / "Xianbao" / "last-return.json"


def run_child(
    kind: str, db: Path, home: Path, extra: Sequence[str] = (), *, snapshot: bool = True
) -> tuple[ChildRun, str]:
    """Start one child, time it to its report line, let it quit. Returns the run and its stderr.
    Without `snapshot`, the product's snapshot of the return is deleted first."""
    if kind == "product" and not snapshot:
        snapshot_file(home).unlink(missing_ok=True)
    args = [sys.executable, *extra, "-c", child_code(kind), str(db)]
    started = time.perf_counter()
    proc = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(home),
        text=True,
        encoding="utf-8",
    )
    assert proc.stdout is not None
    line = ""
    for line in proc.stdout:
        if line.startswith(MARKER):
            break
    seen = time.perf_counter()
    try:
        rest, stderr = proc.communicate(timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        rest, stderr = proc.communicate()
    if not line.startswith(MARKER) or proc.returncode != 0:
        raise RuntimeError(
            f"{kind} child failed (exit {proc.returncode}):\n{line}{rest}\n{stderr[-4000:]}"
        )
    report = json.loads(line[len(MARKER) :])
    phases = {
        name: round((instant - started) * 1000, 2)
        for name, instant in sorted(report["t"].items(), key=lambda item: item[1])
    }
    run = ChildRun(
        seconds=seen - started,
        phases_ms=phases,
        cpu_ms={name: round(seconds * 1000, 2) for name, seconds in report["cpu"].items()},
        modules=report["modules"],
        packages=report["packages"],
        not_at_start=report["not_at_start"],
    )
    return run, stderr


# --- the database ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Prepared:
    path: Path
    home: str
    opens_on: str  # the period the window shows first
    periods: list[str]
    cells: int
    seconds: float


def entry_periods(opens_on: Period, months: int) -> list[Period]:
    """The `months` months up to the one the window opens on, and the same months a year before."""
    recent = [opens_on.shift(-k) for k in range(months)]
    return sorted({*recent, *(p.same_period_last_year() for p in recent)})


def prepare_database(path: Path, months: int = 4, seed: int = SEED) -> Prepared:
    """A fresh store with home county 511921 and `months` months (and the year before) of every
    keyed indicator, generated like bench.generate does and saved through ValueService."""
    started = time.perf_counter()
    opens_on = last_month(datetime.now().date())
    wanted = entry_periods(opens_on, months)
    store = open_sqlite_store(path)
    try:
        store.set_home_region(HOME)
        with store.sessions() as session:
            region_id = RegionRepository(session).require(HOME).id
            rows = IndicatorRepository(session).active()
        codes = {row.id: row.indicator.code for row in rows}
        years = range(wanted[0].year, wanted[-1].year + 1)
        periods = [Period.month(y, m) for y in years for m in range(1, 13)]
        stamps = [datetime(p.year, p.start_month, 28, 9, tzinfo=UTC) for p in periods]
        keep = {p.code for p in wanted}
        by_period: dict[str, list[CellInput]] = defaultdict(list)
        rng = random.Random(seed)
        for row in county_rows(rng, region_id, _targets(rows), periods, stamps):
            if row["period"] in keep:
                period = Period.from_code(row["period"])
                text = format(row["amount"], "f")
                by_period[row["period"]].append(
                    CellInput(HOME, codes[row["indicator_id"]], period, text)
                )
        values = ValueService(store.sessions, USER)
        cells = 0
        for code in sorted(by_period):
            changes, refusals = values.set_many(by_period[code], source="imported")
            ensure(not refusals, f"values refused while preparing: {refusals[:3]}")
            cells += len(changes)
        ensure(store.home_region() == HOME, "the home county was not stored")
    finally:
        store.close()
    return Prepared(
        path, HOME, opens_on.code, [p.code for p in wanted], cells, time.perf_counter() - started
    )


# --- import time -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportEntry:
    module: str
    depth: int  # 0 = imported by the script itself
    self_ms: float
    cumulative_ms: float


@dataclass
class ImportSummary:
    total_ms: float  # the depth-0 imports added up
    modules: int
    top_cumulative: list[ImportEntry] = field(default_factory=list)
    top_self: list[ImportEntry] = field(default_factory=list)
    by_package_ms: dict[str, float] = field(default_factory=dict)  # self times per top package


def parse_importtime(stderr: str, top: int = 10) -> ImportSummary:
    entries: list[ImportEntry] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|", 2)
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        entries.append(
            ImportEntry(
                name.strip(), depth, int(self_us) / 1000, round(int(cumulative_us) / 1000, 3)
            )
        )
    packages: dict[str, float] = defaultdict(float)
    for entry in entries:
        packages[entry.module.split(".")[0]] += entry.self_ms
    return ImportSummary(
        total_ms=round(sum(e.cumulative_ms for e in entries if e.depth == 0), 1),
        modules=len(entries),
        top_cumulative=sorted(entries, key=lambda e: -e.cumulative_ms)[:top],
        top_self=sorted(entries, key=lambda e: -e.self_ms)[:top],
        by_package_ms={
            name: round(ms, 1)
            for name, ms in sorted(packages.items(), key=lambda item: -item[1])[:top]
        },
    )


def importtime(db: Path, home: Path) -> ImportSummary:
    _run, stderr = run_child("product", db, home, ["-X", "importtime"])
    return parse_importtime(stderr)


# --- main ------------------------------------------------------------------------------------------
def median_phases(runs: list[ChildRun]) -> dict[str, float]:
    names = runs[0].phases_ms
    return {
        name: round(statistics.median(r.phases_ms[name] for r in runs), 1)
        for name in names
        if all(name in r.phases_ms for r in runs)
    }


PHASES = {
    "product": [
        ("python starts, runs the script", "top"),
        ("imports (PySide6, desktop_app, …)", "imports"),
        ("QApplication, translators", "store_start"),
        ("open_sqlite_store", "store_end"),
        ("MainWindow() (the frame)", "window_built"),
        ("show → exposed", "exposed"),
        ("→ first paint of the window", "first_paint"),
        ("→ frame done (shown)", "shown"),
        ("snapshot of the return shown", "snapshot"),
        ("→ its figures painted (figures)", "figures"),
        ("store opened, workspace attached", "loaded"),
        ("→ live return painted (ready)", "ready"),
    ],
    "bare": [
        ("python starts, runs the script", "top"),
        ("imports (PySide6)", "imports"),
        ("QApplication", "app"),
        ("QMainWindow()", "window_built"),
        ("show → exposed", "exposed"),
        ("→ first paint of the window", "first_paint"),
        ("→ frame done (shown)", "shown"),
    ],
}
PHASES["dressed"] = PHASES["bare"]


def print_phases(kind: str, phases: dict[str, float]) -> None:
    previous = 0.0
    for label, name in PHASES[kind]:
        if name in phases:
            print(f"  {label:36} {phases[name] - previous:8.1f} {phases[name]:8.1f}")
            previous = phases[name]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__)
    parser.add_argument("--repeat", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each (default 1)")
    parser.add_argument("--months", type=int, default=4, help="months of values (default 4)")
    parser.add_argument(
        "--no-snapshot",
        action="store_true",
        help="delete the product's snapshot of the return before each run (the first start)",
    )
    parser.add_argument(
        "--importtime", action="store_true", help="also run the product once under -X importtime"
    )
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.warmup < 0 or args.months < 1:
        parser.error("--repeat and --months must be positive and --warmup not negative")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="xianbao-startup-") as folder:
        prepared = prepare_database(Path(folder) / "startup.sqlite3", args.months)
        db = prepared.path
        home = Path(folder) / "home"
        snapshot = not args.no_snapshot
        print(
            f"prepared {db}: home {prepared.home}, {prepared.cells} values in"
            f" {', '.join(prepared.periods)} ({prepared.seconds:.1f} s);"
            f" the window opens on {prepared.opens_on}"
        )
        for _ in range(args.warmup):
            for kind in CHILDREN:
                run_child(kind, db, home, snapshot=snapshot)
        runs: dict[str, list[ChildRun]] = {kind: [] for kind in CHILDREN}
        for _ in range(args.repeat):
            for kind in CHILDREN:
                runs[kind].append(run_child(kind, db, home, snapshot=snapshot)[0])
        imports = importtime(db, home) if args.importtime else None

    product, bare, dressed = runs["product"], runs["bare"], runs["dressed"]
    a = Timing.of([r.phases_ms["shown"] / 1000 for r in product])
    b = Timing.of([r.phases_ms["shown"] / 1000 for r in bare])
    c = Timing.of([r.phases_ms["shown"] / 1000 for r in dressed])
    a_figures = Timing.of([r.phases_ms["figures"] / 1000 for r in product])
    a_ready = Timing.of([r.phases_ms["ready"] / 1000 for r in product])
    ratio = a.median_ms / b.median_ms
    ratio_dressed = a.median_ms / c.median_ms
    ratio_figures = a_figures.median_ms / b.median_ms
    ratio_ready = a_ready.median_ms / b.median_ms
    with_snapshot = sum("snapshot" in r.phases_ms for r in product)
    heavy = {name: any(r.not_at_start[name] for r in product) for name in NOT_AT_START}
    ensure(not any(heavy.values()), f"imported at start-up: {heavy}")
    installed = {name: importlib.util.find_spec(name) is not None for name in NOT_AT_START}

    print(
        f"\nstart-up to the main window shown (QT_QPA_PLATFORM=offscreen), fresh process each,"
        f" alternating, after {args.warmup} warm-up run(s) of each\n"
    )
    print(f"{'ms, ' + str(args.repeat) + ' runs each':37} {'median':>8} {'p95':>8} {'min':>8}")
    for label, t in (
        ("(a) xianbao, window shown", a),
        ("(b) bare QMainWindow shown (baseline)", b),
        ("(c) QMainWindow with the frame's text", c),
        ("(a) xianbao, figures on screen", a_figures),
        ("(a) xianbao, live return (ready)", a_ready),
    ):
        print(f"{label:37} {t.median_ms:8.1f} {t.p95_ms:8.1f} {t.min_ms:8.1f}")
    ratio_ok = ratio <= GOAL_RATIO
    figures_ok = ratio_figures <= GOAL_FIGURES_RATIO
    print(
        f"\nratio median(a shown)/median(b): {ratio:.2f}"
        f"  (goal ≤ {GOAL_RATIO}: {'met' if ratio_ok else 'MISSED'})"
        f"\nratio median(a shown)/median(c): {ratio_dressed:.2f}  (no goal; reported)"
        f"\nratio median(a figures)/median(b): {ratio_figures:.2f}"
        f"  (goal ≤ {GOAL_FIGURES_RATIO}: {'met' if figures_ok else 'MISSED'});"
        f" from the snapshot in {with_snapshot} of {len(product)} runs"
        f"\nratio median(a ready)/median(b): {ratio_ready:.2f}  (no goal; reported)"
    )
    # CPU time (user + system) of each child up to each instant: what a loaded machine inflates
    # least, since waiting for a core is not counted.
    cpu = {
        kind: {
            name: round(statistics.median(r.cpu_ms[name] for r in kind_runs), 1)
            for name in ("shown", "figures", "ready")
        }
        for kind, kind_runs in runs.items()
    }
    cpu_ratios = {
        "shown_a_over_b": round(cpu["product"]["shown"] / cpu["bare"]["shown"], 3),
        "shown_a_over_c": round(cpu["product"]["shown"] / cpu["dressed"]["shown"], 3),
        "figures_a_over_b": round(cpu["product"]["figures"] / cpu["bare"]["shown"], 3),
        "ready_a_over_b": round(cpu["product"]["ready"] / cpu["bare"]["shown"], 3),
    }
    print(
        "\nCPU time of each child up to the instant (user + system, medians, ms; waiting for a"
        f" core is not counted): (a) shown {cpu['product']['shown']:.0f}, figures"
        f" {cpu['product']['figures']:.0f}, ready {cpu['product']['ready']:.0f};"
        f" (b) shown {cpu['bare']['shown']:.0f}; (c) shown {cpu['dressed']['shown']:.0f}."
        f"\nratios of CPU time: a shown/b {cpu_ratios['shown_a_over_b']:.2f},"
        f" a shown/c {cpu_ratios['shown_a_over_c']:.2f},"
        f" a figures/b {cpu_ratios['figures_a_over_b']:.2f},"
        f" a ready/b {cpu_ratios['ready_a_over_b']:.2f}"
    )
    phases = {kind: median_phases(r) for kind, r in runs.items()}
    for kind, label in (("product", "(a)"), ("bare", "(b)"), ("dressed", "(c)")):
        print(f"\n{label} phases, median ms (step, since Popen), from the child's clock:")
        print_phases(kind, phases[kind])
    print(
        f"\n(a) has {product[0].modules} modules loaded when ready ((b): {bare[0].modules});"
        f" packages beyond the stdlib: {', '.join(product[0].packages)}"
    )
    print(
        "not imported at start-up (checked in every run of (a)): "
        + ", ".join(
            f"{name}{'' if installed[name] else ' (not installed here)'}" for name in NOT_AT_START
        )
    )
    if imports is not None:
        print(
            f"\n(a) under -X importtime: {imports.modules} modules,"
            f" {imports.total_ms:.0f} ms of imports. Top 10 by cumulative ms:"
        )
        for e in imports.top_cumulative:
            print(f"  {e.cumulative_ms:8.1f}  {'  ' * e.depth}{e.module}")
        print("self ms per top-level package:")
        for name, ms in imports.by_package_ms.items():
            print(f"  {ms:8.1f}  {name}")

    report = {
        "prepared": {**asdict(prepared), "path": str(prepared.path)},
        "repeat": args.repeat,
        "warmup": args.warmup,
        "snapshot": {"kept": snapshot, "runs_showing_it": with_snapshot},
        "a_product_shown": asdict(a),
        "a_product_figures": asdict(a_figures),
        "a_product_ready": asdict(a_ready),
        "b_bare_qmainwindow": asdict(b),
        "c_dressed_qmainwindow": asdict(c),
        "ratio_median_a_over_b": round(ratio, 3),
        "ratio_median_a_over_c": round(ratio_dressed, 3),
        "ratio_median_a_figures_over_b": round(ratio_figures, 3),
        "ratio_median_a_ready_over_b": round(ratio_ready, 3),
        "goal": {"ratio_max": GOAL_RATIO, "figures_ratio_max": GOAL_FIGURES_RATIO},
        "goal_met": {"ratio": ratio_ok, "figures_ratio": figures_ok},
        "phases_median_ms_since_popen": phases,
        "cpu_median_ms": cpu,
        "cpu_ratios": cpu_ratios,
        "modules_loaded_when_shown": {
            "a": product[0].modules,
            "b": bare[0].modules,
            "c": dressed[0].modules,
        },
        "packages_loaded_a": product[0].packages,
        "not_imported_at_start": {
            name: {"imported": heavy[name], "installed": installed[name]} for name in NOT_AT_START
        },
        "importtime": None if imports is None else asdict(imports),
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "pyside6": _version("PySide6"),
            "sqlalchemy": sqlalchemy.__version__,
            "qpa": "offscreen",
        },
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"\nresults: {args.json}")
    return 0


def _version(module: str) -> str | None:
    try:
        return str(__import__(module).__version__)
    except (ImportError, AttributeError):
        return None


if __name__ == "__main__":
    sys.exit(main())
