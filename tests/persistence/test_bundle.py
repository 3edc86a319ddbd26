"""The services of one open database are built once (services/bundle.py) and share the person
(填表人): a name set on the bundle is who every service names from then on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.periods import Period
from desktop_app.persistence.models import AuditRecord, ExplanationRecord
from desktop_app.services.bundle import build_bundle
from desktop_app.services.presence import Presence
from desktop_app.services.store import Store
from desktop_app.services.values import current_user

FEB = Period.month(2016, 2)


def test_bundle_services_share_one_figure_and_one_value_service(store: Store) -> None:
    bundle = build_bundle(store, "王五")
    assert bundle.excel.values is bundle.values
    assert bundle.excel.figure_service is bundle.figures
    assert bundle.returns.figures is bundle.figures
    assert bundle.reports.figure_service is bundle.figures
    assert bundle.imports.values is bundle.values
    assert bundle.screen.values is bundle.values and bundle.screen.returns is bundle.returns
    assert bundle.excel is bundle.excel  # built once, on first use


@pytest.mark.sqlite_only  # a server asks who is working: the login names them (test_access)
def test_bundle_person_changed_is_who_values_returns_and_imports_name(store: Store) -> None:
    # Given a bundle for 王五
    bundle = build_bundle(store, "王五")
    bundle.values.set_text("511921", "A01", FEB, "1")
    # When the person becomes 李四, then the login name (an empty 填表人)
    bundle.set_person("李四")
    bundle.values.set_text("511921", "A01", FEB, "2")
    bundle.excel.values.set_text("511921", "A01", FEB, "3")  # what an import writes through
    bundle.returns.explain("511921", FEB, "A01", "yoy_jump", "新店开业")
    bundle.set_person("")
    bundle.values.set_text("511921", "A01", FEB, "4")
    # Then the audit and the return name each in turn
    with store.sessions() as session:
        who = list(session.scalars(select(AuditRecord.who).order_by(AuditRecord.id)))
        explained_by = session.scalars(select(ExplanationRecord.who)).one()
    assert who == ["王五", "李四", "李四", current_user()]
    assert explained_by == "李四" and bundle.person == current_user()


@pytest.mark.sqlite_only  # the file: its presence records, its copies, the command line
def test_bundle_presence_is_named_as_the_person_and_follows_a_change(
    store: Store, db_path: Path
) -> None:
    colleague = Presence(db_path, "王芳", computer="PC-02", pid=4242).start()
    bundle = build_bundle(store, "李四")
    mine = bundle.share(None)
    assert mine is not None
    try:
        (seen,) = colleague.others()
        assert (seen.user, seen.login) == ("李四", current_user())
        assert store.sessions.lock_wait.who() == "王芳 (PC-02)"
        bundle.set_person("赵六")
        assert [h.user for h in colleague.others()] == ["赵六"]
    finally:
        mine.stop()
        colleague.stop()
        store.sessions.lock_wait.holders = None


def printed_by(code: str, db_path: Path) -> list[str]:
    """The lines a fresh program running `code` (the database's path its first argument)
    prints: what it imported is its own, not this test process's."""
    done = subprocess.run(
        [sys.executable, "-c", code, str(db_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split("\n")


def test_bundle_is_built_without_openpyxl_or_reportlab(db_path: Path) -> None:
    """Start-up stays quick: the Excel and PDF libraries load when an action first needs them."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.services.store import open_sqlite_store\n"
        "from desktop_app.services.bundle import build_bundle\n"
        "store = open_sqlite_store(Path(sys.argv[1]))\n"
        "bundle = build_bundle(store)\n"
        "bundle.regions.children(None)\n"
        "print(sorted(m for m in ('openpyxl', 'reportlab') if m in sys.modules))\n"
        "bundle.excel\n"
        "print(sorted(m for m in ('openpyxl', 'reportlab') if m in sys.modules))\n"
        "store.close()\n"
    )
    assert printed_by(code, db_path)[:2] == ["[]", "['openpyxl']"]


def test_bundle_and_region_tree_need_no_password_hashing_catalogue_parsing_or_targets(
    db_path: Path,
) -> None:
    """Before the live return, a start neither hashes passwords (a database without accounts
    asks for none), nor parses the unchanged indicator catalogue, nor sets targets: their
    modules load when first used."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.services.store import open_sqlite_store\n"
        "from desktop_app.services.bundle import build_bundle\n"
        "later = ('argon2', 'tomllib', 'desktop_app.services.targets')\n"
        "store = open_sqlite_store(Path(sys.argv[1]))\n"
        "bundle = build_bundle(store)\n"
        "bundle.login_required\n"
        "bundle.regions.tree('511921')\n"
        "print(sorted(m for m in later if m in sys.modules))\n"
        "bundle.targets\n"
        "bundle.users.hasher\n"
        "print(sorted(m for m in later if m in sys.modules))\n"
        "store.close()\n"
    )
    first, then = printed_by(code, db_path)[:2]
    assert first == "[]"
    assert then.startswith("['argon2', ") and "'desktop_app.services.targets'" in then
