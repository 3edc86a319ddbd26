"""The databases the command-line tests start from: made by the command line itself, once per test
process, and copied by each test (a `python -m desktop_app` costs half a second of CPU)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.e2e.test_cli import run


class Initialised:
    """Folders as `xianbao init ARGS` leaves them (the database, its daily backup, its closed
    note), each made on a copy of the prepared database the first time a test asks for it."""

    def __init__(self, prepared_db: Path, folders: pytest.TempPathFactory) -> None:
        self._prepared_db = prepared_db
        self._folders = folders
        self._made: dict[tuple[str, ...], tuple[Path, subprocess.CompletedProcess[str]]] = {}

    def _folder(self, args: tuple[str, ...]) -> tuple[Path, subprocess.CompletedProcess[str]]:
        # A day's first write makes that day's backup: made on another day (a run past
        # midnight), the copy would lack the backup a fresh init makes today.
        key = (date.today().isoformat(), *args)
        if key not in self._made:
            folder = self._folders.mktemp("init")
            path = folder / "xianbao.sqlite3"
            shutil.copy(self._prepared_db, path)
            self._made[key] = folder, run(path, "init", *args)
        return self._made[key]

    def output(self, *args: str) -> subprocess.CompletedProcess[str]:
        """What `xianbao init ARGS` said when it made the folder."""
        return self._folder(args)[1]

    def copy(self, target: Path, *args: str) -> Path:
        """The folder copied into `target` (a test's tmp_path); returns the database's path."""
        folder, done = self._folder(args)
        assert done.returncode == 0, done.stderr
        shutil.copytree(folder, target, dirs_exist_ok=True)
        return target / "xianbao.sqlite3"


@pytest.fixture(scope="session")
def initialised(prepared_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Initialised:
    return Initialised(prepared_db, tmp_path_factory)
