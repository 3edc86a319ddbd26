"""xianbao copy as a person runs it: separate processes, real files and the test server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli import county, run

__all__ = ["county"]


def kind_line(output: str, label: str) -> list[str]:
    """The summary's numbers for one kind: new, already there, conflicting."""
    (line,) = [text for text in output.splitlines() if text.startswith(label + "  ")]
    return line.split()[-3:]


def test_copy_from_a_file_into_a_new_file_then_again(county: Path, tmp_path: Path) -> None:
    for cell in (("511921", "D02", "2025-03", "300"), ("511921", "D02", "2025-04", "310")):
        assert run(county, "set", *cell).returncode == 0
    target = tmp_path / "city.sqlite3"

    planned = run(
        county, "copy", "--from", str(county), "--to", str(target), "--dry-run", lang="en"
    )
    assert planned.returncode == 0, planned.stderr
    assert kind_line(planned.stdout, "Values") == ["2", "0", "0"]
    assert "Dry run: " in planned.stdout and "nothing was written" in planned.stdout
    assert not target.exists()

    done = run(county, "copy", "--from", str(county), "--to", str(target), lang="en")
    assert done.returncode == 0, done.stderr
    assert kind_line(done.stdout, "Values") == ["2", "0", "0"]
    assert kind_line(done.stdout, "Value history entries") == ["2", "0", "0"]
    assert kind_line(done.stdout, "Home region and bureau name") == ["2", "0", "0"]
    assert f"Rows copied into {target}, in one transaction: " in done.stdout
    assert "Staff accounts and their log are not copied" in done.stdout
    assert "Values: 2 of 2 read" in done.stderr  # progress goes to stderr
    assert " 300" in run(target, "show", "511921", "2025-03").stdout

    again = run(county, "copy", "--from", str(county), "--to", str(target), lang="en")
    assert again.returncode == 0, again.stderr
    assert kind_line(again.stdout, "Values") == ["0", "2", "0"]
    assert "in one transaction: 0." in again.stdout


def test_copy_refused_by_a_different_figure_writes_nothing(
    county: Path, tmp_path: Path, prepared_db: Path
) -> None:
    assert run(county, "set", "511921", "D02", "2025-03", "300").returncode == 0
    assert run(county, "set", "511921", "D02", "2025-04", "310").returncode == 0
    target = tmp_path / "city.sqlite3"
    shutil.copy(prepared_db, target)
    assert run(target, "set", "511921", "D02", "2025-03", "299").returncode == 0

    refused = run(county, "copy", "--from", str(county), "--to", str(target), lang="en")
    assert refused.returncode == 2
    assert kind_line(refused.stdout, "Values") == ["1", "0", "1"]
    assert "Rows that differ between the two databases: 1;" in refused.stdout
    assert "通江县 (511921), D02, Mar 2025: 300 in the source, 299 in the target." in refused.stdout
    assert "Traceback" not in refused.stderr
    # the file was backed up before the copy, as before an import
    (kept,) = (tmp_path / "backups").glob("city-*-import-*.sqlite3")
    assert f"Before the copy, {target} was backed up as {kept}." in refused.stdout
    # the target's own figure stays, and April was not copied either
    assert " 299" in run(target, "show", "511921", "2025-03").stdout
    april = run(target, "show", "511921", "2025-04").stdout
    assert " 310" not in april


def run_as(db: str, *args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    """`xianbao` with a password for scripts ($XIANBAO_PASSWORD, $XIANBAO_NEW_PASSWORD)."""
    env = {
        **os.environ,
        "XIANBAO_DB": db,
        "XIANBAO_LANG": "en",
        "XIANBAO_PASSWORD": PASSWORD,
        "XIANBAO_NEW_PASSWORD": PASSWORD,
    }
    env.pop("XIANBAO_USER", None)
    login = ["--user", user] if user else []
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *login, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


PASSWORD = "长江黄河-2025"


def test_copy_through_the_server_and_back_needs_its_administrator(
    county: Path, tmp_path: Path, prepared_db: Path, request: pytest.FixtureRequest
) -> None:
    server = str(request.getfixturevalue("postgres_url"))
    assert run(county, "set", "511921", "D02", "2025-03", "300").returncode == 0
    added = run_as(server, "users", "add", "boss", "--name", "王管理", "--role", "admin")
    assert added.returncode == 0, added.stderr
    clerk = ("users", "add", "clerk", "--name", "李填报", "--role", "clerk", "--regions", "511921")
    assert run_as(server, *clerk, user="boss").returncode == 0
    up = ("copy", "--from", str(county), "--to", server, "--region", "511921")

    # Without logging in, and as a 填报员, the server refuses the copy
    anonymous = run_as(str(county), *up)
    assert anonymous.returncode == 2
    assert "The database copied into, postgresql" in anonymous.stderr
    assert "--user LOGIN" in anonymous.stderr and "Traceback" not in anonymous.stderr
    as_clerk = run_as(str(county), *up, user="clerk")
    assert as_clerk.returncode == 2 and "李填报" in as_clerk.stderr

    # Its administrator copies the county up, and back out into another file
    done = run_as(str(county), *up, user="boss")
    assert done.returncode == 0, done.stderr
    assert "postgres@127.0.0.1" in done.stdout  # the server named, its password never
    back = tmp_path / "back.sqlite3"
    shutil.copy(prepared_db, back)
    down = run_as(str(county), "copy", "--from", server, "--to", str(back), user="boss")
    assert down.returncode == 0, down.stderr
    assert " 300" in run(back, "show", "511921", "2025-03").stdout


def test_copy_from_a_file_that_does_not_exist_is_a_sentence(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    done = run(missing, "copy", "--from", str(missing), "--to", str(tmp_path / "t.sqlite3"))
    assert done.returncode == 2
    assert str(missing) in done.stderr and "Traceback" not in done.stderr
    assert not missing.exists()
