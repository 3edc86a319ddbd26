"""The xianbao command when the store, the disk or the input says no: one sentence on stderr,
exit status 2, nothing half-done, no traceback and no library link. On real files; the refusals
that depend on the process (a read-only file, a full disk) run in a separate process as a clerk
runs them, the others call the same entry point in this process (`main`) to stay fast."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from desktop_app.__main__ import main
from tests.e2e.test_cli import county, run
from tests.exporting.test_atomic_files import small_disk, unwritable
from tests.persistence.test_storage_refusals import counts, read_only

__all__ = ["county"]

NOISE = ("Traceback", "Exception ignored", "sqlalche.me", "Errno", "OSError", "CommandError")


def quiet(stderr: str) -> bool:
    return not any(word in stderr for word in NOISE)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> QApplication:
    # `main` uses the application it finds; were it to make a QCoreApplication here, the
    # widget tests run after these in the same process could make no widget.
    return qapp


def xianbao(
    db: Path, *args: str, capsys: pytest.CaptureFixture[str]
) -> subprocess.CompletedProcess[str]:
    """`xianbao --db DB --lang en ARGS` through the command line's entry point, in this process
    (which leaves English installed, as the other tests do after their Chinese)."""
    capsys.readouterr()
    code = main(["--db", str(db), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, out, err)


@pytest.mark.parametrize(
    "args",
    [
        ("set", "511921", "D02", "2016-01", "99999999999999999999"),
        ("set", "511921", "C02", "2016-01", "１２３４５６７８９０１２３"),
        ("target", "511921", "D02", "2016", "99999999999999999999"),
    ],
)
def test_numbers_too_large_to_store_are_refused_with_the_largest(
    db_path: Path, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    county = db_path
    before = counts(county)
    done = xianbao(county, *args, capsys=capsys)
    assert done.returncode == 2, done.stderr
    assert "too large" in done.stderr and "99,999,999,999" in done.stderr, done.stderr
    assert quiet(done.stderr), done.stderr
    assert counts(county) == before
    db = sqlite3.connect(county)
    assert db.execute("SELECT count(*) FROM target").fetchone()[0] == 0
    db.close()


@pytest.mark.parametrize(
    "args",
    [
        ("regions",),
        ("set", "511921", "D02", "2016-01", "5"),
        ("report", "monthly", "--region", "511921", "--period", "2016-01", "-o", "r.pdf"),
        ("export", "--template", "sc-county-monthly", "--period", "2016-01", "-o", "e.xlsx"),
    ],
)
def test_a_missing_database_is_refused_not_created(
    tmp_path: Path, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "xianboa.sqlite3"
    done = xianbao(missing, *args, capsys=capsys)
    assert done.returncode == 2, done.stderr
    assert f"There is no database at {missing}." in done.stderr, done.stderr
    assert "init --region" in done.stderr
    assert quiet(done.stderr), done.stderr
    assert not missing.exists() and not missing.parent.exists()


def test_init_creates_the_database_a_missing_path_names(tmp_path: Path) -> None:
    path = tmp_path / "new" / "xianbao.sqlite3"
    done = run(path, "init", "--region", "511921")
    assert done.returncode == 0, done.stderr
    assert path.exists()
    assert run(path, "regions", "--under", "511900").returncode == 0
    assert not (tmp_path / "new" / "other.sqlite3").exists()


@pytest.fixture
def newer(db_path: Path) -> Path:
    db = sqlite3.connect(db_path)
    with db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    db.close()
    return db_path


@pytest.mark.parametrize(
    "args",
    [
        ("init", "--region", "511921"),
        ("set", "511921", "D02", "2016-01", "5"),
        ("show", "511921", "2016-01"),
        ("report", "monthly", "--period", "2016-01", "-o", "r.pdf"),
        ("export", "--template", "sc-county-monthly", "--period", "2016-01", "-o", "e.xlsx"),
    ],
)
def test_a_newer_xianbaos_database_is_refused_by_every_command(
    newer: Path, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(newer)
    done = xianbao(newer, *args, capsys=capsys)
    assert done.returncode == 2, done.stderr
    assert "newer version of Xianbao" in done.stderr and "ffff9999" in done.stderr
    assert quiet(done.stderr), done.stderr
    assert digest(newer) == before


def test_a_save_to_a_read_only_database_is_refused_with_a_sentence(county: Path) -> None:
    assert run(county, "set", "511921", "D02", "2016-01", "5").returncode == 0
    before = counts(county)
    with read_only(county):
        done = run(county, "set", "511921", "D02", "2016-01", "6", lang="en")
    assert done.returncode == 2, done.stderr
    assert "is read-only, so nothing was saved" in done.stderr, done.stderr
    assert quiet(done.stderr), done.stderr
    assert counts(county) == before


def run_on_a_full_disk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a command whose files may not grow beyond 4 KB (RLIMIT_FSIZE, SIGXFSZ ignored): every
    write past that fails with EFBIG (errno 27), as on a disk that is full. A connection held
    open here keeps the database's -wal and -shm files, so that reading the database needs no
    write in the command."""
    hold = sqlite3.connect(db)
    hold.execute("SELECT count(*) FROM sqlite_master").fetchall()

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    # Reading the shared bytecode cache, never writing it: a .pyc written under the 4 KB limit
    # would be cut short and break the next program that reads it ("marshal data too short").
    env = {
        **os.environ,
        "XIANBAO_DB": str(db),
        "XIANBAO_LANG": "en",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    try:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
            check=False,
            preexec_fn=limit_file_size,
        )
    finally:
        hold.close()


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("report", "monthly", "--period", "2025-03"), "月报.pdf"),
        (("export", "--template", "sc-county-monthly", "--period", "2025-03"), "return.xlsx"),
    ],
)
def test_a_full_disk_leaves_no_partial_file_and_says_so(
    county: Path, tmp_path: Path, args: tuple[str, ...], name: str
) -> None:
    assert run(county, "set", "511921", "C02", "2025-03", "1234.5").returncode == 0
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "earlier.txt").write_text("kept")
    target = folder / name
    done = run_on_a_full_disk(county, *args, "-o", str(target))
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[0].startswith(f"{target} was not written: the disk")
    assert quiet(done.stderr), done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["earlier.txt"]


def test_restoring_a_newer_xianbaos_database_is_refused_with_the_sentence(
    newer: Path, prepared_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    current = tmp_path / "current" / "xianbao.sqlite3"
    current.parent.mkdir()
    current.write_bytes(prepared_db.read_bytes())
    before = digest(current)
    done = xianbao(current, "restore", str(newer), capsys=capsys)
    assert done.returncode == 2, done.stderr
    assert "newer version of Xianbao" in done.stderr and "ffff9999" in done.stderr, done.stderr
    assert quiet(done.stderr), done.stderr
    assert digest(current) == before


def test_a_save_on_a_full_disk_is_refused_and_nothing_is_kept(county: Path) -> None:
    before = counts(county)
    done = run_on_a_full_disk(county, "set", "511921", "D02", "2016-01", "5")
    assert done.returncode == 2, done.stderr
    first = done.stderr.strip().splitlines()[0]
    assert first.startswith(f"The database {county} could not be read or written"), done.stderr
    assert "so nothing was saved" in first
    assert quiet(done.stderr), done.stderr
    assert counts(county) == before


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small disk needs root")
def test_a_save_on_a_really_full_disk_says_the_disk_is_full(county: Path, tmp_path: Path) -> None:
    # A tmpfs a little larger than the database: SQLite's first WAL write meets ENOSPC.
    with small_disk(tmp_path / "usb", f"{county.stat().st_size // 1024 + 48}k") as usb:
        db = usb / county.name
        shutil.copyfile(county, db)
        before = counts(db)
        done = run(db, "set", "511921", "D02", "2016-01", "5", lang="en")
        assert done.returncode == 2, done.stderr
        first = done.stderr.strip().splitlines()[0]
        assert first.startswith(f"The disk holding the database {db} is full, so nothing was")
        assert quiet(done.stderr), done.stderr
        assert counts(db) == before


def test_a_database_in_a_folder_that_may_not_be_written_is_told_so(
    county: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite keeps a WAL database's -wal and -shm files beside it: in a folder the clerk may only
    # read (a shared folder), it cannot even be opened. That is no damaged database.
    closed = sqlite3.connect(county)  # the last connection to close removes -wal and -shm
    closed.execute("SELECT count(*) FROM region").fetchone()
    closed.close()
    assert not Path(f"{county}-shm").exists()
    before = digest(county)
    with unwritable(county.parent):
        done = xianbao(county, "regions", capsys=capsys)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(
        f"The database {county} is in a folder where you may not write"
    ), done.stderr
    assert "not a Xianbao database" not in done.stderr and "backup" not in done.stderr
    assert quiet(done.stderr), done.stderr
    assert digest(county) == before
