"""The command line on a database another program has open: `set` states and checks versions,
says who else has the file open, and waits for a lock with a line instead of a traceback."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.__main__ import main
from desktop_app.cli_shared import share_cli
from desktop_app.persistence.models import AuditRecord
from desktop_app.services.presence import Presence
from desktop_app.services.store import Store
from desktop_app.services.values import current_user
from tests.persistence.test_shared_file import hold_write_lock


@pytest.fixture(autouse=True)
def _qapp(qapp: object) -> None:
    """The window tests' QApplication, made before main() would make a QCoreApplication: a
    process with a QCoreApplication cannot show a widget later (Qt aborts)."""


def xianbao(
    db: Path, *args: str, capsys: pytest.CaptureFixture[str]
) -> subprocess.CompletedProcess[str]:
    capsys.readouterr()
    code = main(["--db", str(db), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, out, err)


def version_in(text: str) -> int:
    found = re.search(r"version (\d+)", text)
    assert found, text
    return int(found.group(1))


@pytest.fixture
def colleague(db_path: Path) -> Iterator[Presence]:
    presence = Presence(db_path, "王芳", computer="PC-02", pid=4242).start()
    yield presence
    presence.stop()


def test_cli_set_states_the_version_and_refuses_a_stale_save(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = xianbao(db_path, "set", "511921", "D02", "2016-01", "5", capsys=capsys)
    assert first.returncode == 0, first.stderr
    seen = version_in(first.stdout)
    # someone saves over it, based on what they saw
    second = xianbao(
        db_path, "set", "511921", "D02", "2016-01", "6", "--based-on", str(seen), capsys=capsys
    )
    assert second.returncode == 0, second.stderr
    assert version_in(second.stdout) > seen
    # a save still based on the first version is refused with a sentence, not applied
    stale = xianbao(
        db_path, "set", "511921", "D02", "2016-01", "7", "--based-on", str(seen), capsys=capsys
    )
    assert stale.returncode == 2
    assert "Not saved:" in stale.stderr and " to 6 " in stale.stderr
    assert "Traceback" not in stale.stderr
    shown = xianbao(db_path, "show", "511921", "2016-01", capsys=capsys)
    assert re.search(r"D02 .* 6 ", shown.stdout)


def test_cli_says_who_else_has_the_database_open(
    db_path: Path, colleague: Presence, capsys: pytest.CaptureFixture[str]
) -> None:
    done = xianbao(db_path, "indicators", capsys=capsys)
    assert done.returncode == 0
    assert "Also open in another Xianbao: 王芳 on PC-02" in done.stderr


def test_cli_write_waits_for_a_lock_with_a_line(
    db_path: Path, colleague: Presence, capsys: pytest.CaptureFixture[str]
) -> None:
    xianbao(db_path, "indicators", capsys=capsys)  # opened once: the schema is in place
    # The lock is let go once the command has said it waits (a fixed hold could end before a
    # loaded machine's command reached its write, and it would then have nothing to say).
    err = sys.stderr  # capsys's: the command writes its line here
    holder = hold_write_lock(db_path, 25, until=lambda: "waiting up to" in err.getvalue())
    done = xianbao(db_path, "set", "511921", "D02", "2016-01", "5", capsys=capsys)
    holder.join()
    assert done.returncode == 0, done.stderr
    assert "王芳 (PC-02) is writing to the database; waiting up to 30 seconds" in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_person_is_who_the_audit_names_and_help_says_the_default(
    db_path: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "--person NAME" in said and "(default: your login name)" in said
    # Given one value set as 王芳 and one without --person
    named = xianbao(
        db_path, "--person", "王芳", "set", "511921", "D02", "2016-01", "5", capsys=capsys
    )
    assert named.returncode == 0, named.stderr
    plain = xianbao(db_path, "set", "511921", "D02", "2016-01", "6", capsys=capsys)
    assert plain.returncode == 0, plain.stderr
    # Then the audit names 王芳, then the login name
    with store.sessions() as session:
        who = list(session.scalars(select(AuditRecord.who).order_by(AuditRecord.id)))
    assert who == ["王芳", current_user()]


def test_cli_presence_names_the_person_with_the_login(store: Store, colleague: Presence) -> None:
    err = io.StringIO()
    mine = share_cli(store, err, "赵六")
    assert mine is not None
    try:
        (seen,) = colleague.others()
        assert (seen.user, seen.login) == ("赵六", current_user())
        assert "王芳 on PC-02" in err.getvalue()
    finally:
        mine.stop()
