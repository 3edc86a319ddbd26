"""Make the old databases of tests/persistence/test_upgrade_path.py with the old code itself.

Each file is made by the Xianbao of an earlier commit, taken out of this repository's history with
`git archive` into a temporary folder and run from there (`python -m desktop_app` with that
folder first on the path): its own `init`, `set`, `target`, `export` and `import` commands, and
for submitting and reopening a return, which that Xianbao did in its window only, its own
ReturnService. Nothing of today's code touches the files, so they are what a county's PC holds.

    .venv/bin/python tests/data/make_old_databases.py        # from the repository's root

The figures keyed here are written again, independently, in the test; change both together.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent

#: The last commit whose migrations ended at 0005 (the one before migration 0006, registers).
REV0005_COMMIT = "9b26579"
#: The last commit whose migrations ended at 0001 (the one before migration 0002, returns).
REV0001_COMMIT = "4259405"

COUNTY = "511921"  # 通江县

# Keyed with the `set` command, in this order: (indicator, period, text, basis flag). C01, C02,
# C02.1 and C02.2 are entered as 1-N月累计 (ytd); a stock is the month's end count.
KEYED_0005: list[tuple[str, str, str, str | None]] = [
    ("C02", "2024-03", "3000", "--ytd"),
    ("C03", "2024-03", "9.4", None),
    ("A04", "2025-03", "155", None),
    ("A05", "2025-03", "131", None),
    ("A06", "2025-03", "200", None),
    ("C01", "2025-03", "6020", "--ytd"),
    ("C02", "2025-03", "3500", "--ytd"),
    ("C02", "2025-03", "3600.50", "--ytd"),  # corrected
    ("C02.1", "2025-03", "900", "--ytd"),
    ("C02.2", "2025-03", "365", "--ytd"),
    ("C03", "2025-03", "11.3", None),
    ("D01", "2025-03", "3", None),
    ("D02", "2025-03", "245", None),
    ("D03", "2025-03", "52", None),
    ("D03", "2025-03", "", None),  # cleared again
]

# Every keyed indicator of January and February 2025, typed into the return (the old code's
# ValueService.set_text, as its window saved a cell); both months are then submitted.
FILLED_0005: dict[str, dict[str, str]] = {
    "2025-01": {
        "A01": "1", "A02": "1", "A03": "27", "A04": "150", "A04.1": "60", "A05": "120",
        "A06": "200", "A08": "35", "A09": "198", "B01": "3", "B02": "1", "B03": "85",
        "B04": "1320", "B05": "2", "B06": "0", "B07": "6", "C01": "2100", "C02": "1234.56",
        "C02.1": "300", "C02.2": "120", "C03": "10.2", "D01": "2", "D02": "160", "D02.1": "40",
        "D03": "30", "E01": "410", "E02": "15.5", "F01": "42", "F01.1": "30", "F03": "65",
        "F03.1": "50",
    },
    "2025-02": {
        "A01": "1", "A02": "1", "A03": "27", "A04": "152", "A04.1": "60", "A05": "124",
        "A06": "200", "A08": "35", "A09": "198", "B01": "3", "B02": "1", "B03": "86",
        "B04": "1334", "B05": "2", "B06": "无", "B07": "5", "C01": "4050", "C02": "2400",
        "C02.1": "610.25", "C02.2": "240.5", "C03": "8.7", "D01": "0", "D02": "0", "D02.1": "0",
        "D03": "45", "E01": "412", "E02": "12", "F01": "42", "F01.1": "31", "F03": "65",
        "F03.1": "51",
    },
}  # fmt: skip
YTD = ("C01", "C02", "C02.1", "C02.2")

#: The 2025-03 return exported, C03 changed from 11.3 to 11.8 in the workbook (本期, and its
#: 1-本期累计 from 30.2 to 30.7 to agree), imported again: one audit batch.
IMPORT_CHANGES = {11.3: 11.8, 30.2: 30.7}

KEYED_0001: list[tuple[str, str, str, str | None]] = [
    ("A06", "2025-01", "200", None),
    ("A05", "2025-01", "118", None),
    ("C02", "2025-01", "1000", "--ytd"),
    ("C02", "2025-02", "2150.75", "--ytd"),
    ("C02", "2025-02", "2100.75", "--ytd"),  # corrected
    ("C03", "2025-01", "7.5", None),
    ("C03", "2025-02", "6.25", None),
]

# Run with the old code's own services (its window did this: there was no command for it).
RETURNS_0005 = """
import json, sys
from pathlib import Path
from desktop_app.domain.periods import Period
from desktop_app.domain.indicators import Basis
from desktop_app.services.figures import FigureService
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import open_sqlite_store
from desktop_app.services.values import ValueService

store = open_sqlite_store(Path(sys.argv[1]))
filled, ytd = json.loads(sys.argv[2]), json.loads(sys.argv[3])
values = ValueService(store.sessions, "张会计")
for month, cells in filled.items():
    for code, text in cells.items():
        basis = Basis.YTD if code in ytd else None
        values.set_text("511921", code, Period.parse(month), text, basis=basis)
returns = ReturnService(store.sessions, FigureService(store.sessions), "张会计")
for month in filled:
    period = Period.parse(month)
    for issue in returns.check("511921", period).unexplained:
        code = str(issue.params.get("indicator"))
        returns.explain("511921", period, code, issue.code, "一家体验店春节后停业")
    returns.submit("511921", period)
returns.reopen("511921", Period.parse("2025-02"), "培训人次漏报，需补填")
for month in ("2025-01", "2025-02", "2025-03"):
    check = returns.check("511921", Period.parse(month))
    print(month, returns.state("511921", Period.parse(month)).status,
          [(i.code, i.params) for i in check.issues], check.explanations)
store.close()
"""


def extract(commit: str, into: Path) -> Path:
    tree = into / commit
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def run(tree: Path, home: Path, *args: str) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": str(tree),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LOGNAME": "tongjiang",  # the login name an old Xianbao names when --person is not given
        "USER": "tongjiang",
    }
    done = subprocess.run(
        [sys.executable, *args], cwd=home, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def key(
    tree: Path, home: Path, cli: list[str], rows: list[tuple[str, str, str, str | None]]
) -> None:
    for indicator, period, text, basis in rows:
        flags = [basis] if basis else []
        run(tree, home, *cli, "set", *flags, COUNTY, indicator, period, text)


def change_cells(workbook: Path, changes: dict[float, float]) -> None:
    book = openpyxl.load_workbook(workbook)
    for old, new in changes.items():
        found = [
            cell
            for sheet in book.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if isinstance(cell.value, int | float) and abs(cell.value - old) < 1e-9
        ]
        if len(found) != 1:
            raise SystemExit(f"{old} is in {len(found)} cells of {workbook}")
        found[0].value = new
    book.save(workbook)


def make_0005(work: Path) -> Path:
    tree = extract(REV0005_COMMIT, work)
    home = work / "home5"
    home.mkdir()
    db = work / "xianbao-rev0005.db"
    cli = ["-m", "desktop_app", "--db", str(db), "--person", "张会计"]
    run(tree, home, *cli, "init", "--region", COUNTY, "--bureau", "通江县商务局")
    key(tree, home, cli, KEYED_0005)
    run(tree, home, *cli, "target", COUNTY, "C02", "2025", "15000")
    print(run(tree, home, "-c", RETURNS_0005, str(db), json.dumps(FILLED_0005), json.dumps(YTD)))
    workbook = work / "return-2025-03.xlsx"
    run(
        tree,
        home,
        *cli,
        "export",
        "--template",
        "sc-county-monthly",
        "--period",
        "2025-03",
        "-o",
        str(workbook),
    )
    change_cells(workbook, IMPORT_CHANGES)
    print(run(tree, home, *cli, "import", str(workbook)))
    return db


def make_0001(work: Path) -> Path:
    tree = extract(REV0001_COMMIT, work)
    home = work / "home1"
    home.mkdir()
    db = work / "xianbao-rev0001.db"
    cli = ["-m", "desktop_app", "--db", str(db)]  # no --person yet: the login name
    run(tree, home, *cli, "init", "--region", COUNTY)
    key(tree, home, cli, KEYED_0001)
    return db


def checkpointed(db: Path, target: Path) -> None:
    """Fold the WAL into the file and store it alone, as a PC holds it after a clean exit."""
    import sqlite3

    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    shutil.copyfile(db, target)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        checkpointed(make_0005(work), DATA / "xianbao-rev0005.db")
        checkpointed(make_0001(work), DATA / "xianbao-rev0001.db")
    for name in ("xianbao-rev0005.db", "xianbao-rev0001.db"):
        print(name, (DATA / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
