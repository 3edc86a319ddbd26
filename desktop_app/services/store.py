"""Opening a Xianbao database: engine, schema upgrade, reference data. The one entry point."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desktop_app.domain.signatories import Signatories
from desktop_app.paths import resources_dir
from desktop_app.persistence.engine import (
    LockWait,
    Sessions,
    create_sqlite_engine,
    session_factory,
)
from desktop_app.persistence.errors import translate_storage_errors
from desktop_app.persistence.migrate import refuse_foreign_or_newer, upgrade_to_head
from desktop_app.persistence.open_check import note_closed
from desktop_app.persistence.repositories import get_meta, set_meta
from desktop_app.services.reference_data import (
    CatalogueSync,
    region_files,
    sync_catalogue_file,
    sync_reference_regions,
)
from desktop_app.services.users import Access

HOME_REGION_KEY = "home_region"
BUREAU_NAME_KEY = "bureau_name"


@dataclass
class Store:
    engine: Engine
    sessions: Sessions
    path: Path | None = None  # the SQLite file; None on a server
    catalogue: CatalogueSync = field(default_factory=CatalogueSync)
    regions_added: int = 0
    #: What the person working may do, for the command line's services (the window's bundle
    #: keeps its own): everything until somebody logs in with --user (desktop_app/cli_users.py).
    access: Access = field(default_factory=Access.everything)

    def close(self) -> None:
        self.engine.dispose()
        if self.path is not None:
            # Closed cleanly: the next open need not read the whole file again (open_check.py).
            note_closed(self.path)

    @property
    def on_server(self) -> bool:
        return self.engine.dialect.name != "sqlite"

    @property
    def where(self) -> str:
        """The file's path or the server's URL (password hidden), for messages."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def home_region(self) -> str | None:
        with self.sessions() as session:
            return get_meta(session, HOME_REGION_KEY)

    def set_home_region(self, code: str, bureau_name: str | None = None) -> None:
        with self.sessions.begin() as session:
            set_meta(session, HOME_REGION_KEY, code)
            if bureau_name:
                set_meta(session, BUREAU_NAME_KEY, bureau_name)


def with_stored_bureau(
    session: Session, people: Signatories | None, region_code: str
) -> Signatories:
    """The people of a region's return; an empty bureau name is the one kept at setup when the
    region is the database's home region, at any level (a county bureau's county, a city
    bureau's prefecture, a province's department). The stored bureau is the home region's:
    巴中市's return made in 通江县's database is not 通江县商务局's, so it stays blank."""
    people = people or Signatories()
    if people.bureau_name or get_meta(session, HOME_REGION_KEY) != region_code:
        return people
    return replace(people, bureau_name=get_meta(session, BUREAU_NAME_KEY) or "")


def prepare(
    engine: Engine,
    path: Path | None = None,
    resources: Path | None = None,
    lock_wait: LockWait | None = None,
) -> Store:
    """Upgrade the schema to head and load the shipped catalogue and regions if they changed.
    `lock_wait`: how writes wait for another program's lock, from the first one on."""
    translate_storage_errors(engine, path)
    upgrade_to_head(engine)
    folder = resources or resources_dir()
    store = Store(engine, session_factory(engine, lock_wait), path)
    with store.sessions.begin() as session:
        store.catalogue = sync_catalogue_file(session, folder / "catalogue" / "indicators.toml")
        store.regions_added = sync_reference_regions(session, region_files(folder / "regions"))
    return store


def open_sqlite_store(path: Path, lock_wait: LockWait | None = None) -> Store:
    """Open (or create) the database at `path`; another program's database or one from a newer
    Xianbao is refused before the engine's pragmas write to it."""
    refuse_foreign_or_newer(path)
    return prepare(create_sqlite_engine(path), path, lock_wait=lock_wait)


def open_server_store(url: str, lock_wait: LockWait | None = None) -> Store:
    """Open the database on a PostgreSQL server (persistence/server.py); the first start
    makes its tables, later ones upgrade them."""
    from desktop_app.persistence.server import create_server_engine

    return prepare(create_server_engine(url), None, lock_wait=lock_wait)


def open_store(where: str | Path, lock_wait: LockWait | None = None) -> Store:
    """A server URL (postgresql://…) or a SQLite file."""
    from desktop_app.persistence.server import is_server_url

    if isinstance(where, str) and is_server_url(where):
        return open_server_store(where, lock_wait)
    return open_sqlite_store(Path(where), lock_wait)
