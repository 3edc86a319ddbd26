"""The program started as a clerk starts it: key a value, press Ctrl+Q, and it ends cleanly with
the value stored (issue 11: it used to abort in the interpreter's finalisation, exit code 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from desktop_app.persistence.models import IndicatorRecord, RegionRecord, ValueRecord
from desktop_app.services.store import Store, open_sqlite_store

DRIVER = Path(__file__).with_name("gui_driver.py")
ROOT = DRIVER.parents[2]
#: Screen updates of a long session. With PySide6 6.12.0 on Python 3.11 each lost a reference to
#: None, and some 3,000 lost were enough for the abort at quit (none_dealloc, exit code 134).
SESSION_UPDATES = 10_000


def stored_amounts(db_path: Path) -> list[tuple[str, str, str, Decimal | None]]:
    """Every value in the database: region, indicator, period code, amount."""
    store = open_sqlite_store(db_path)
    try:
        with store.sessions() as session:
            rows = session.execute(
                select(
                    RegionRecord.code, IndicatorRecord.code, ValueRecord.period, ValueRecord.amount
                )
                .join(RegionRecord, RegionRecord.id == ValueRecord.region_id)
                .join(IndicatorRecord, IndicatorRecord.id == ValueRecord.indicator_id)
            ).all()
        return [(r, i, p, a) for r, i, p, a in rows]
    finally:
        store.close()


def test_key_a_value_then_ctrl_q_exits_cleanly_with_the_value_stored(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    # Given a database set up for 通江县 (as `xianbao init --region 511921` leaves it)
    store.set_home_region("511921")
    store.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    # When the program is started, 123 and Enter are keyed into the first cell, the status bar
    # shows a long session's worth of messages, and Ctrl+Q is pressed
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(db_path), "123", str(SESSION_UPDATES)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    # Then the process ends with exit code 0, no fatal error, and the figure is in the database
    assert done.returncode == 0, done.stderr
    assert "Fatal Python error" not in done.stderr
    keyed = [line.split() for line in done.stdout.splitlines() if line.startswith("KEYED ")]
    assert len(keyed) == 1, done.stdout + done.stderr
    _, indicator, period = keyed[0]
    assert stored_amounts(db_path) == [("511921", indicator, period, Decimal(123))]
