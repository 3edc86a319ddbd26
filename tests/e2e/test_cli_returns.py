"""`xianbao state|submit|reopen` as a person runs them: separate processes on a real database
file. A submit or reopening --based-on a state someone changed since is refused, naming who did
what, and writes nothing; on the version as it is now it goes through."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.persistence.models import ReturnEventRecord
from desktop_app.services.store import prepare
from tests.e2e.test_cli import run
from tests.ui.test_return_page_conflicts import fill


def version_in(text: str) -> int:
    found = re.search(r"--based-on (\d+)", text)
    assert found is not None, text
    return int(found.group(1))


def events(db: Path) -> list[tuple[str, str]]:
    store = prepare(create_sqlite_engine(db), db)
    try:
        with store.sessions() as session:
            rows = session.execute(
                select(ReturnEventRecord.action, ReturnEventRecord.who).order_by(
                    ReturnEventRecord.id
                )
            ).all()
        return [(action, who) for action, who in rows]
    finally:
        store.close()


def test_cli_submit_and_reopen_state_the_version_they_replace(db_path: Path) -> None:
    # Given a complete return for February in a county's file
    store = prepare(create_sqlite_engine(db_path), db_path)
    store.set_home_region("511921")
    fill(store)
    store.close()
    # 李四 submits on version 0 (a draft); 王五 sends it back, on the version 李四's submit printed
    submitted = run(db_path, "--person", "李四", "submit", "511921", "2016-02", "--based-on", "0")
    assert submitted.returncode == 0, submitted.stderr
    seen = version_in(submitted.stdout)
    assert seen > 0 and "李四" in submitted.stdout
    back = run(
        db_path, "--person", "王五", "reopen", "511921", "2016-02",
        "--reason", "数字有误", "--based-on", str(seen),
    )  # fmt: skip
    assert back.returncode == 0, back.stderr
    latest = version_in(back.stdout)
    # When 李四 submits again on the version he saw: refused, naming 王五 and his reason
    stale = run(db_path, "--person", "李四", "submit", "511921", "2016-02", "--based-on", str(seen))
    assert stale.returncode == 2
    assert "王五" in stale.stderr and "数字有误" in stale.stderr
    assert events(db_path) == [("submit", "李四"), ("reopen", "王五")]
    # and `state` shows the return as it is now, with the version to submit it on
    state = run(db_path, "state", "511921", "2016-02", lang="en")
    assert state.returncode == 0, state.stderr
    assert "reopened" in state.stdout and "王五" in state.stdout and "数字有误" in state.stdout
    assert version_in(state.stdout) == latest
