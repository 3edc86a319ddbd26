"""xianbao copy as a person runs it: separate processes, real files and the test server."""

from __future__ import annotations

import shutil
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
    assert f"into {target}, in one transaction." in done.stdout
    assert "Staff accounts and their log are not copied" in done.stdout
    assert "Values: 2 of 2 read" in done.stderr  # progress goes to stderr
    assert " 300" in run(target, "show", "511921", "2025-03").stdout

    again = run(county, "copy", "--from", str(county), "--to", str(target), lang="en")
    assert again.returncode == 0, again.stderr
    assert kind_line(again.stdout, "Values") == ["0", "2", "0"]
    assert "Copied 0 rows" in again.stdout


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
    assert "The copy was refused and nothing was written: 1 rows differ" in refused.stdout
    assert "通江县 (511921), D02, Mar 2025: 300 in the source, 299 in the target." in refused.stdout
    assert "Traceback" not in refused.stderr
    # the target's own figure stays, and April was not copied either
    assert " 299" in run(target, "show", "511921", "2025-03").stdout
    april = run(target, "show", "511921", "2025-04").stdout
    assert " 310" not in april


def test_copy_through_the_server_and_back(
    county: Path, tmp_path: Path, prepared_db: Path, request: pytest.FixtureRequest
) -> None:
    server = str(request.getfixturevalue("postgres_url"))
    assert run(county, "set", "511921", "D02", "2025-03", "300").returncode == 0
    up = run(county, "copy", "--from", str(county), "--to", server, "--region", "511921")
    assert up.returncode == 0, up.stderr
    assert "postgres@127.0.0.1" in up.stdout  # the server named, its password never
    back = tmp_path / "back.sqlite3"
    shutil.copy(prepared_db, back)
    down = run(county, "copy", "--from", server, "--to", str(back), "--region", "511921")
    assert down.returncode == 0, down.stderr
    assert " 300" in run(back, "show", "511921", "2025-03").stdout


def test_copy_from_a_file_that_does_not_exist_is_a_sentence(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    done = run(missing, "copy", "--from", str(missing), "--to", str(tmp_path / "t.sqlite3"))
    assert done.returncode == 2
    assert str(missing) in done.stderr and "Traceback" not in done.stderr
    assert not missing.exists()
