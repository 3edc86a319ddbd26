"""`xianbao backup`, `backups` and `restore` as a clerk runs them, and the backups made on their
own: after a command that wrote (once a day) and before an import. A database that cannot be
opened is answered with the newest backup to restore, or with what to do when there is none."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import Initialised
from tests.e2e.test_cli import run


def backups(db: Path, kind: str = "") -> list[str]:
    folder = db.parent / "backups"
    return sorted(p.name for p in folder.glob(f"*-{kind}*.sqlite3")) if folder.is_dir() else []


def amounts(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        found = connection.execute("SELECT period, amount FROM value ORDER BY period").fetchall()
    connection.close()
    return [(str(p), str(a)) for p, a in found]


@pytest.fixture
def county(initialised: Initialised, tmp_path: Path) -> Path:
    """tmp_path/xianbao.sqlite3 as `xianbao init --region 511921` leaves it (run once, copied)."""
    return initialised.copy(tmp_path, "--region", "511921")


def test_backup_list_and_restore(county: Path) -> None:
    # Given a value, a manual backup, and a later value
    assert run(county, "set", "511921", "D02", "2016-03", "120").returncode == 0
    made = run(county, "backup", lang="en")
    assert made.returncode == 0, made.stderr
    (manual,) = backups(county, "manual")
    assert manual in made.stdout
    assert run(county, "set", "511921", "D02", "2016-04", "130").returncode == 0

    # The list tells what each backup holds
    listed = run(county, "backups", lang="en")
    assert listed.returncode == 0, listed.stderr
    line = next(row for row in listed.stdout.splitlines() if manual in row)
    assert line.split()[2:6] == ["manual", "1", "Mar", "2016"]
    assert "Made" in listed.stdout.splitlines()[0]

    # When it is restored, the database holds what the backup held; the replaced one is kept
    before = amounts(county)
    restored = run(county, "restore", str(county.parent / "backups" / manual), lang="en")
    assert restored.returncode == 0, restored.stderr
    assert amounts(county) == before[:1]
    (kept,) = backups(county, "restore")
    assert kept in restored.stdout
    assert amounts(county.parent / "backups" / kept) == before


def test_backup_to_a_folder_of_ones_choosing_and_refusals(county: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    assert run(county, "backup", str(stick)).returncode == 0
    (copy,) = stick.iterdir()
    assert copy.name.startswith("xianbao-") and "-manual-" in copy.name
    again = run(county, "backup", str(copy))
    assert again.returncode == 2 and str(copy) in again.stderr
    assert "Traceback" not in again.stderr
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    before = county.read_bytes()
    refused = run(county, "restore", str(empty))
    assert refused.returncode == 2 and str(empty) in refused.stderr
    assert "Traceback" not in refused.stderr
    assert county.read_bytes() == before


def test_a_daily_backup_after_writing_and_one_before_each_import(
    county: Path, tmp_path: Path
) -> None:
    # init wrote: one daily backup; further writes the same day make no other
    assert len(backups(county, "daily")) == 1
    assert run(county, "set", "511921", "D02", "2016-03", "1").returncode == 0
    assert len(backups(county, "daily")) == 1
    # A dry run writes nothing and backs nothing up; an import backs up first
    workbook = tmp_path / "return.xlsx"
    workbook.write_bytes(b"not really a workbook")
    run(county, "import", "--dry-run", str(workbook))
    assert backups(county, "import") == []
    run(county, "import", str(workbook))
    assert len(backups(county, "import")) == 1


def test_a_damaged_database_is_answered_with_the_backup_to_restore(county: Path) -> None:
    damaged = county.read_bytes()[:4096] + b"\xff" * 8192
    good = county.read_bytes()

    # Without a backup: say there is none and what to do
    for leftover in (county.parent / "backups").iterdir():
        leftover.unlink()
    county.write_bytes(damaged)
    opened = run(county, "show", "511921", "2016-03", lang="en")
    assert opened.returncode == 2
    assert "There is no backup of this database" in opened.stderr
    assert "restore your last backup" not in opened.stderr.lower()
    assert "Traceback" not in opened.stderr

    # With one: name it, and how to restore it; the restore then opens
    county.write_bytes(good)
    assert run(county, "backup").returncode == 0
    (backup,) = backups(county, "manual")
    county.write_bytes(damaged)
    opened = run(county, "show", "511921", "2016-03", lang="en")
    assert opened.returncode == 2
    assert f'xianbao restore "{county.parent / "backups" / backup}"' in opened.stderr
    assert run(county, "restore", str(county.parent / "backups" / backup)).returncode == 0
    assert amounts(county) == amounts(county.parent / "backups" / backup)
    (replaced,) = backups(county, "replaced")
    assert (county.parent / "backups" / replaced).read_bytes() == damaged
