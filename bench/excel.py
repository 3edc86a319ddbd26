"""Province Excel returns: export against bare openpyxl, a 200-region summary, importing 200 returns.

    .venv/bin/python -m bench.excel [--repeat 15] [--warmup 2] [--regions 200] [--json PATH]

(a) `ExcelReturns.export` of the Sichuan monthly county return for 通江县 (demo data, 2025-03):
    figures from the store, template checks, fill, save; (b) the baseline: bare openpyxl
    `load_workbook` of the same template, the same values assigned to the same cells, `save`.
    Alternating run by run in one process; goal median(a)/median(b) ≤ 1.2.
(c) A summary table of 200 regions (a 200-row copy of the Sichuan city summary, one row per
    township of a county with figures for every column), exported once per repeat.
(d) Importing 200 filled returns (one per township, made by the export) from a folder into a second
    database that has the regions but no values: preview + apply, each file one transaction.
    Goal < 30 s; the SQL statements it sends are counted.
(e) The baseline of (d): bare openpyxl (read-only) reads the same files' region codes and figures
    and a raw sqlite3 connection inserts them, one transaction per file; goal (d)/(e) ≤ 2.
(f) For context, (e) reading each sheet once row by row: a read-only workbook parses its sheet
    again for every cell asked by address, as (e) asks, so (e) is mostly openpyxl re-reading.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils.cell import coordinate_to_tuple
from sqlalchemy import event

from bench.rollup import Timing, ensure, time_alternating
from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.excel.export import fill_workbook
from desktop_app.exporting.excel.mapping import (
    HeaderField,
    Measure,
    Template,
    load_mapping,
    resolve,
    save_mapping,
)
from desktop_app.services.demo import fill_demo_county
from desktop_app.services.excel_returns import ExcelReturns, shipped_templates_dir
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import CellInput, ValueService

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

COUNTY = "511921"  # 通江县, the demo county: the county return
OTHER = "511922"  # 南江县: N invented townships keyed with every indicator
PERIOD = Period.month(2025, 3)
COMPUTED = frozenset({"A07", "F02", "F04"})
PEOPLE = Signatories("通江县商务局", "张局长", "李统计", "王填表", "0827-7222222")


def demo_store(folder: Path) -> Store:
    store = open_sqlite_store(folder / "demo.sqlite3")
    store.set_home_region(COUNTY, "通江县商务局")
    fill_demo_county(store.sessions, COUNTY)
    return store


def bench_template_folder(folder: Path, regions: int) -> Path:
    """User templates for the bench: a 200-row summary and the county return open to townships."""
    from make_sample_templates import (  # type: ignore[import-not-found]
        catalogue,
        save_workbook,
        sc_city_summary,
    )

    wb, mapping = sc_city_summary(catalogue(), rows=regions, stem="bench_summary")
    mapping = replace(mapping, id="bench-summary", levels=("county",))
    save_workbook(wb, folder / mapping.workbook, mapping.title)
    save_mapping(mapping, folder / "bench_summary.toml")
    county = load_mapping(shipped_templates_dir() / "sc_county_monthly_样表.toml")
    county = replace(county, id="bench-county", levels=("county", "township"))
    shutil.copy(shipped_templates_dir() / county.workbook, folder / county.workbook)
    save_mapping(county, folder / "bench_county.toml")
    return folder


def add_townships(store: Store, count: int) -> list[str]:
    queries = RegionQueries(store.sessions)
    existing = {r.code for r in queries.children(OTHER)}
    codes = [f"{OTHER}{n:03d}" for n in range(100, 100 + count)]
    for code in codes:
        if code not in existing:
            queries.add(code, f"测试{code[-3:]}镇", OTHER)
    return codes


def key_townships(store: Store, codes: list[str], indicators: list[str]) -> int:
    rng = random.Random(20250301)
    cells = [
        CellInput(code, ind, PERIOD, str(rng.randint(1, 500)))
        for code in codes
        for ind in indicators
    ]
    _changes, refused = ValueService(store.sessions).set_many(cells, source="imported")
    ensure(not refused, f"refused: {refused[:3]}")
    return len(cells)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--regions", type=int, default=200)
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "excel.json")
    args = parser.parse_args(argv)
    from desktop_app.i18n import set_language

    set_language("zh_CN")  # the Excel service's texts translate without Qt
    results: dict[str, object] = {"machine": platform.platform(), "python": sys.version}
    with tempfile.TemporaryDirectory() as tmp:
        here = Path(tmp)
        print("preparing the demo county…", flush=True)
        store = demo_store(here)
        (here / "templates").mkdir()
        folder = bench_template_folder(here / "templates", args.regions)
        service = ExcelReturns(store.sessions, [folder])
        template = service.template("sc-county-monthly")

        # (a) and (b): one county return.
        out_a, out_b = here / "a.xlsx", here / "b.xlsx"
        data = service.export_data(template, COUNTY, PERIOD, PEOPLE)
        filled = fill_workbook(template, data)
        assignments: list[tuple[str, str, object, str]] = []
        for sheet in template.mapping.sheets:
            addresses = [f.cell for f in sheet.fields] + [v.cell for v in sheet.values]
            for address in addresses:
                target, coordinate = resolve(filled, sheet.name, address)
                cell = filled[target][coordinate]
                assignments.append((target, coordinate, cell.value, cell.number_format))

        def product() -> None:
            service.export("sc-county-monthly", COUNTY, PERIOD, out_a, PEOPLE)

        def baseline() -> None:
            wb = load_workbook(template.workbook_path)
            for sheet_name, coordinate, value, fmt in assignments:
                cell = wb[sheet_name][coordinate]
                cell.value = value
                cell.number_format = fmt
            wb.save(out_b)

        timings = time_alternating(
            {"export": product, "openpyxl": baseline}, args.repeat, args.warmup
        )
        ratio = timings["export"].median_ms / timings["openpyxl"].median_ms
        a_values = [c.value for row in load_workbook(out_a).worksheets[0].iter_rows() for c in row]
        b_values = [c.value for row in load_workbook(out_b).worksheets[0].iter_rows() for c in row]
        ensure(a_values == b_values, "the product and the baseline wrote different cells")
        report("(a) ExcelReturns.export, county return", timings["export"])
        report("(b) bare openpyxl load+fill+save", timings["openpyxl"])
        print(f"ratio (a)/(b) {ratio:.2f} (goal ≤ 1.2)", flush=True)
        results["county_export"] = {
            "product": timings["export"].__dict__,
            "baseline": timings["openpyxl"].__dict__,
            "ratio": ratio,
        }

        # (c) a summary table of N regions.
        print(f"keying {args.regions} townships…", flush=True)
        codes = add_townships(store, args.regions)
        summary = service.template("bench-summary")
        keyed = sorted({v.indicator for v in template.mapping.sheets[0].values} - COMPUTED)
        key_townships(store, codes, keyed)
        seconds = []
        for _ in range(3):
            started = time.perf_counter()
            path = service.export("bench-summary", OTHER, PERIOD, here / "summary.xlsx", PEOPLE)
            seconds.append(time.perf_counter() - started)
        ws = load_workbook(path).worksheets[0]
        table = summary.mapping.sheets[0].table
        assert table is not None
        written = [
            ws[f"{table.key_column}{r}"].value for r in range(table.first_row, table.last_row + 1)
        ]
        ensure(len([w for w in written if w]) >= args.regions, "summary rows missing")
        summary_timing = Timing.of(seconds)
        report(f"(c) summary table of {args.regions} regions", summary_timing)
        results["summary_export"] = summary_timing.__dict__

        # (d) importing N returns.
        print(f"exporting {len(codes)} returns to import…", flush=True)
        returns = here / "returns"
        returns.mkdir()
        for code in codes:
            service.export("bench-county", code, PERIOD, returns, PEOPLE)
        target_store = open_sqlite_store(here / "target.sqlite3")
        add_townships(target_store, args.regions)
        for name in ("baseline.sqlite3", "baseline_once.sqlite3"):  # the same, before
            copy_database(here / "target.sqlite3", here / name)
        importer = ExcelReturns(target_store.sessions, [folder])
        sent: list[str] = []

        def record(*args: object) -> None:
            sent.append(str(args[2]))

        event.listen(target_store.engine, "before_cursor_execute", record)
        started = time.perf_counter()
        result = importer.import_path(returns, template_id="bench-county")
        elapsed = time.perf_counter() - started
        event.remove(target_store.engine, "before_cursor_execute", record)
        errors = [o for o in result.outcomes if o.error is not None]
        ensure(not errors, f"refused: {errors[:2]}")
        written_values = sum(o.written for o in result.outcomes)
        ensure(written_values > 0, "nothing imported")
        print(
            f"(d) import of {len(result.outcomes)} returns: {elapsed:.2f} s "
            f"({written_values} values; goal < 30 s); {len(sent)} SQL statements,"
            f" {len(sent) / len(result.outcomes):.1f} per file",
            flush=True,
        )
        # (e) the baseline: bare openpyxl reads each file's region code and figures, a raw
        # sqlite3 connection inserts them into the same database as it was before (d).
        started = time.perf_counter()
        inserted = baseline_import(returns, template, here / "baseline.sqlite3")
        baseline_seconds = time.perf_counter() - started
        ensure(inserted > 0, "the baseline inserted nothing")
        print(
            f"(e) bare openpyxl + sqlite3, the same files: {baseline_seconds:.2f} s"
            f" ({inserted} values); ratio (d)/(e) {elapsed / baseline_seconds:.2f} (goal ≤ 2)",
            flush=True,
        )
        # (f) for context, a quicker baseline: each sheet read once, row by row (a read-only
        # workbook parses its sheet again for every cell asked by its address, as (e) asks)
        started = time.perf_counter()
        once = baseline_import(returns, template, here / "baseline_once.sqlite3", one_pass=True)
        one_pass_seconds = time.perf_counter() - started
        ensure(once == inserted, f"the two baselines inserted {inserted} and {once} values")
        print(
            f"(f) (e) reading each sheet once: {one_pass_seconds:.2f} s; ratio (d)/(f)"
            f" {elapsed / one_pass_seconds:.2f}",
            flush=True,
        )
        results["import"] = {
            "files": len(result.outcomes),
            "values": written_values,
            "seconds": elapsed,
            "baseline_seconds": baseline_seconds,
            "baseline_values": inserted,
            "baseline_one_pass_seconds": one_pass_seconds,
            "statements": len(sent),
        }
        target_store.close()
        store.close()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


def copy_database(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def baseline_import(
    folder: Path, template: Template, database: Path, *, one_pass: bool = False
) -> int:
    """The plainest import: openpyxl (read-only) reads each file's region code and its month's
    figures (the cells the product takes as keyed: this month, and 1-本月累计 for indicators
    keyed year-to-date) and inserts them as stored integers, one transaction per file.
    `one_pass`: each sheet is read once, row by row, and the cells looked up in what it held."""
    sheet = template.mapping.sheets[0]
    layout = load_workbook(template.workbook_path)
    code_cell = next(f for f in sheet.fields if f.field is HeaderField.REGION_CODE)
    prefix = code_cell.prefix
    code_at = resolve(layout, sheet.name, code_cell.cell)
    db = sqlite3.connect(database)
    indicators = {
        code: (id_, scale, basis)
        for code, id_, scale, basis in db.execute(
            "SELECT code, id, scale, entry_basis FROM indicator WHERE active"
        )
    }
    cells = []
    for v in sheet.values:
        if v.indicator not in indicators or v.indicator in COMPUTED:
            continue
        basis = indicators[v.indicator][2]
        if (basis == "own" and v.measure is Measure.CURRENT) or (
            basis == "ytd" and v.measure is Measure.CUMULATIVE
        ):
            cells.append((resolve(layout, sheet.name, v.cell), indicators[v.indicator], basis))
    period = PERIOD.code
    now = datetime.now(UTC).isoformat(sep=" ")
    inserted = 0
    for path in sorted(folder.glob("*.xlsx")):
        wb = load_workbook(path, read_only=True, data_only=True)
        value_at = cell_reader(wb, one_pass)
        code = str(value_at(*code_at)).removeprefix(prefix).strip()
        (region_id,) = db.execute("SELECT id FROM region WHERE code = ?", (code,)).fetchone()
        rows = []
        for (target, coordinate), (indicator_id, scale, _), basis in cells:
            value = value_at(target, coordinate)
            if value is None or value == "":
                continue
            amount = int(Decimal(str(value)).scaleb(scale))
            rows.append((region_id, indicator_id, period, "value", amount, basis, "imported", now))
        wb.close()
        with db:
            db.executemany(
                "INSERT OR REPLACE INTO value (region_id, indicator_id, period, state, amount,"
                " basis, source, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench')",
                rows,
            )
        inserted += len(rows)
    db.close()
    return inserted


def cell_reader(wb: Workbook, one_pass: bool) -> Callable[[str, str], object]:
    """A cell's value by sheet and address: asked of the read-only workbook, or (`one_pass`)
    looked up in what each sheet held, read once row by row."""
    if not one_pass:
        return lambda sheet, coordinate: wb[sheet][coordinate].value
    grid = {
        (ws.title, r, c): value
        for ws in wb.worksheets
        for r, row in enumerate(ws.iter_rows(min_row=1, min_col=1, values_only=True), 1)
        for c, value in enumerate(row, 1)
    }
    return lambda sheet, coordinate: grid.get((sheet, *coordinate_to_tuple(coordinate)))


def report(name: str, timing: Timing) -> None:
    print(
        f"{name}: median {timing.median_ms:.1f} ms, p95 {timing.p95_ms:.1f} ms",
        flush=True,
    )


if __name__ == "__main__":
    raise SystemExit(main())
