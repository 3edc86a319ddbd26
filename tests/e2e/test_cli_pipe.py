"""`xianbao show 2025-03 | head -3`: when the reader of the output stops early, the command ends
quietly; no "the system refused an operation" sentence and no log entry for it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def test_cli_output_read_only_in_part_ends_quietly(prepared_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "xianbao.sqlite3"
    shutil.copy(prepared_db, db)
    home = tmp_path / "home"  # the log folder lives under it
    env = {**os.environ, "XIANBAO_DB": str(db), "HOME": str(home), "XDG_DATA_HOME": str(home)}
    # `show` of the home county and the roll-ups above it prints some 100 KB, more than a pipe
    # holds; the reader takes one line and goes away
    init = [sys.executable, "-m", "desktop_app", "init", "--region", "511921"]
    assert subprocess.run(init, env=env, capture_output=True, timeout=120).returncode == 0
    command = f'"{sys.executable}" -m desktop_app show 2025-03 --up 3 | head -1'
    done = subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.stdout.startswith("通江县") and done.stdout.count("\n") == 1
    assert done.stderr == ""
    assert not list(home.rglob("*.log")) or all(
        "BrokenPipe" not in log.read_text(encoding="utf-8") for log in home.rglob("*.log")
    )
