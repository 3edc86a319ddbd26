"""Shared fixtures: real SQLite files in tmp_path, prepared once per session and copied."""

from __future__ import annotations

import getpass
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.pool import NullPool

# Widgets run offscreen everywhere, CI included; the configuration sets it, not each test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.persistence.engine import create_sqlite_engine
from desktop_app.services.store import Store, open_sqlite_store, prepare
from tests.demo_county import DemoDatabase, make_demo_county

# The user's own folders are never the tests': settings, the return's snapshot, logs, the kept
# translations and the default database go to folders of this test process (and of the
# programs it starts, which inherit them), removed when it ends. Tests that need folders of
# their own still set them.
_USER_FOLDERS = tempfile.TemporaryDirectory(prefix="xianbao-tests-home-")
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = os.path.join(_USER_FOLDERS.name, _variable.lower())


@pytest.fixture(scope="session")
def prepared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database upgraded to head with the shipped catalogue and regions (made once)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    store = open_sqlite_store(path)
    store.close()
    return path


@pytest.fixture
def db_path(prepared_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "xianbao.sqlite3"
    shutil.copy(prepared_db, path)
    return path


@pytest.fixture(scope="session")
def demo_county_db(prepared_db: Path, tmp_path_factory: pytest.TempPathFactory) -> DemoDatabase:
    """The demo county (tests/demo_county.py), filled once per session: filling takes seconds.
    Tests copy it (`demo_county_store`, or shutil.copy of its `.path`), never open it."""
    return make_demo_county(prepared_db, tmp_path_factory.mktemp("demo_county"))


@pytest.fixture
def demo_county_store(demo_county_db: DemoDatabase, tmp_path: Path) -> Iterator[Store]:
    """A copy of the demo county for one test, open on SQLite (named as `db_path` names it)."""
    path = tmp_path / "xianbao.sqlite3"
    shutil.copy(demo_county_db.path, path)
    store = prepare(create_sqlite_engine(path), path)
    yield store
    store.close()


#: The PostgreSQL server the tests may use: a URL of a role that may create databases, e.g.
#: postgresql+psycopg://postgres@127.0.0.1:55432/postgres (packaging/test-postgres.sh prints it).
POSTGRES_ENV = "XIANBAO_TEST_POSTGRES"

#: The back-ends the persistence, service and roll-up tests run on (tests/persistence, and any
#: module marked `both_backends`); a module marked `sqlite_only` is about the file itself.
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_backends: run the `store` tests on both back-ends")
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself")
    # The CLI and start-up tests run `python -m desktop_app` well over a hundred times, and
    # pytest-xdist's workers import every test module. Where PYTHONDONTWRITEBYTECODE is set each
    # of them compiled the whole program again (~0.15 s per start); they share one bytecode cache
    # outside the source tree instead, kept from run to run: a cache made afresh for each run
    # held none of the installed libraries' bytecode either, so each worker first compiled
    # SQLAlchemy, Qt's wrappers, openpyxl, reportlab… (collecting the tests: 9-10 s of CPU
    # instead of 2.5 s). Python checks each file against its source, so an old one is never
    # used. Set before pytest-xdist starts its workers, so they inherit it and share it too.
    # Without PYTHONDONTWRITEBYTECODE, Python's own __pycache__ folders serve them all.
    if "PYTHONPYCACHEPREFIX" not in os.environ and os.environ.get("PYTHONDONTWRITEBYTECODE"):
        folder = Path(tempfile.gettempdir()) / f"xianbao-tests-pycache-{getpass.getuser()}"
        os.environ["PYTHONPYCACHEPREFIX"] = str(folder)
        del os.environ["PYTHONDONTWRITEBYTECODE"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The modules that hold a `slow` test run first, the others after them in their order.
    `make test` hands pytest-xdist whole modules in this order (--no-loadscope-reorder): left to
    its default, it sent the modules with the most tests first, so a module of one long test
    (two clerks saving a thousand times) came last and one process ran it while the other sat
    idle; started first, the long modules run beside the others and the short ones even out the
    end."""
    slow = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    in_persistence = "persistence" in Path(str(metafunc.definition.path)).parts
    if in_persistence or metafunc.definition.get_closest_marker("both_backends") is not None:
        metafunc.parametrize("backend", BACKENDS)


def postgres_admin_url() -> str:
    """The test server's URL, or a skip; with $CI set a missing server fails the test instead:
    CI must run every back-end (.ci/run starts the server)."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        message = f"no PostgreSQL server for the tests: set ${POSTGRES_ENV}"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must test both back-ends)")
        pytest.skip(message)
    return url


def _admin_execute(admin_url: str, *statements: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def _database_url(admin_url: str, name: str) -> str:
    from sqlalchemy import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[tuple[str, str]]:
    """A database on the test server upgraded to head with the shipped catalogue and regions,
    made once per session; each test gets a copy (CREATE DATABASE … TEMPLATE)."""
    from desktop_app.services.store import open_server_store

    admin = postgres_admin_url()
    name = f"xianbao_template_{os.getpid()}"
    _admin_execute(admin, f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}")
    open_server_store(_database_url(admin, name)).close()
    yield admin, name
    _admin_execute(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


_copies = itertools.count()


@pytest.fixture
def postgres_url(postgres_template: tuple[str, str]) -> Iterator[str]:
    """A fresh database for one test on the test server, dropped afterwards."""
    admin, template = postgres_template
    name = f"xianbao_test_{os.getpid()}_{next(_copies)}"
    _admin_execute(admin, f"CREATE DATABASE {name} TEMPLATE {template}")
    yield _database_url(admin, name)
    _admin_execute(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def backend() -> str:
    """The back-end of `store`: SQLite unless the test is parametrised over both."""
    return "sqlite"


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    if backend == "postgresql":
        from desktop_app.services.store import open_server_store

        store = open_server_store(request.getfixturevalue("postgres_url"))
    else:
        db_path: Path = request.getfixturevalue("db_path")
        store = prepare(create_sqlite_engine(db_path), db_path)
    yield store
    store.close()


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    """The interface in Simplified Chinese for this test (the program's default), whatever an
    earlier test or a module's fixture left; English again afterwards."""
    from desktop_app.ui.language import install_translators

    assert install_translators("zh_CN")
    yield
    install_translators("en")


@pytest.fixture(autouse=True)
def _language_restored() -> Iterator[None]:
    """A test that chooses a language leaves the next test the language it found, so no test
    passes or fails by the order the suite runs in."""
    from desktop_app.i18n import current_language, set_language

    before = current_language()
    yield
    if current_language() != before:
        set_language(before)


@pytest.fixture(autouse=True)
def _closed_widgets_deleted() -> Iterator[None]:
    """Widgets a test leaves (pytest-qt closes them and asks Qt to delete them later) are deleted
    when it ends, as the program's event loop would: left alive, a window's timers (the shared
    file's 30-second presence check) fired in whichever test ran next, on a database dropped
    by then, and failed that test depending on the order and speed of the run."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
