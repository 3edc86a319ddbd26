"""The snapshot of the return the window opens on (desktop_app/ui/return_snapshot.py): taken
from the live grid, written to a real file, read back only for the same database file and
language, shown read-only before the store is open, and replaced by the live figures."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.app import bundle_for, workspace_for, workspace_of
from desktop_app.domain.periods import Period
from desktop_app.domain.users import Role
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_snapshot import (
    ReturnSnapshot,
    SnapshotTableModel,
    database_identity,
    read_snapshot,
    write_snapshot,
)
from tests.staff import CHEAP_HASHER

FEB = Period.month(2016, 2)
COUNTY = "511921"


def grid_texts(view: QTableView) -> list[list[str]]:
    """What a clerk reads in a grid: every cell's display text, row by row."""
    model = view.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def cell_text(view: QTableView, code: str, column: int) -> str:
    """The text of `column` in the row of indicator `code` (column 0 holds the code)."""
    for row in grid_texts(view):
        if row[0] == code:
            return row[column]
    raise AssertionError(f"no row {code}")


@pytest.fixture
def county(store: Store) -> Store:
    """通江县 with figures in February 2016 only: the window opens on that month."""
    store.set_home_region(COUNTY)
    values = ValueService(store.sessions, user="t")
    for code, text in [("A04", "10"), ("A04.1", "3"), ("A05", "8"), ("B04", "1234")]:
        values.set_text(COUNTY, code, FEB, text)
    return store


def live_window(store: Store, qtbot: QtBot) -> MainWindow:
    window = MainWindow(language="zh_CN")
    qtbot.addWidget(window)
    window.attach(workspace_for(store, "tester", "zh_CN"))
    window.show()
    qtbot.waitExposed(window)
    return window


def taken(store: Store, qtbot: QtBot) -> ReturnSnapshot:
    assert store.path is not None
    identity = database_identity(store.path)
    assert identity is not None
    window = live_window(store, qtbot)
    snapshot = window.opening_snapshot(identity, go_there=False)
    assert snapshot is not None
    return snapshot


def test_snapshot_written_and_read_back_holds_the_grid_as_displayed(
    county: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given the window opened on the county's February return
    assert county.path is not None
    window = live_window(county, qtbot)
    assert window.page is not None and window.period == FEB
    identity = database_identity(county.path)
    assert identity is not None
    # When its snapshot is written to a file and read back
    snapshot = window.opening_snapshot(identity, go_there=False)
    assert snapshot is not None
    file = tmp_path / "data" / "last-return.json"
    write_snapshot(file, snapshot)
    back = read_snapshot(file, identity, "zh_CN")
    # Then it holds every cell's text as the grid shows it, the widths and the title
    assert back == snapshot
    assert [[c.text for c in row.cells] for row in back.rows] == grid_texts(window.page.view)
    assert back.widths == tuple(
        window.page.view.columnWidth(c) for c in range(window.page.model.columnCount())
    )
    assert (back.region_code, back.period_code) == (COUNTY, FEB.code)
    assert back.title == window.windowTitle()
    assert cell_text(window.page.view, "B04", 3) == "1,234"


def test_snapshot_of_another_file_or_language_is_not_read(
    county: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    assert county.path is not None
    snapshot = taken(county, qtbot)
    file = tmp_path / "last-return.json"
    write_snapshot(file, snapshot)
    # Another database file
    other = tmp_path / "other.sqlite3"
    shutil.copy(county.path, other)
    assert read_snapshot(file, database_identity(other), "zh_CN") is None
    # The same name, but the file replaced since (a backup restored over it)
    county.close()
    replacement = tmp_path / "replacement.sqlite3"
    shutil.copy(county.path, replacement)
    os.replace(replacement, county.path)
    assert read_snapshot(file, database_identity(county.path), "zh_CN") is None
    # No such file (a server's address read as a path), or another language
    assert database_identity(Path("postgresql://clerk@server/xianbao")) is None
    assert read_snapshot(file, None, "zh_CN") is None
    assert read_snapshot(file, snapshot.database, "en") is None
    assert read_snapshot(file, snapshot.database, "zh_CN") == snapshot


def _damaged(payload: dict[str, object], how: str) -> str:
    rows = payload["rows"]
    assert isinstance(rows, list)
    if how == "truncated":
        return json.dumps(payload, ensure_ascii=False)[:-40]
    if how == "not json":
        return "\x00\x01 garbage"
    if how == "another version":
        return json.dumps({**payload, "version": 99})
    if how == "a row too short":
        rows[0]["cells"] = rows[0]["cells"][:-1]
        return json.dumps(payload)
    if how == "a width that is text":
        return json.dumps({**payload, "widths": ["wide"] * len(payload["headers"])})  # type: ignore[arg-type]
    if how == "no such period":
        return json.dumps({**payload, "period_code": "2016-M13"})
    if how == "a colour that is none":
        rows[0]["cells"][0][2] = "not a colour"
        return json.dumps(payload)
    if how == "a list, not an object":
        return json.dumps([payload])
    raise AssertionError(how)


@pytest.mark.parametrize(
    "how",
    [
        "truncated",
        "not json",
        "another version",
        "a row too short",
        "a width that is text",
        "no such period",
        "a colour that is none",
        "a list, not an object",
    ],
)
def test_damaged_snapshot_is_not_read(
    county: Store, qtbot: QtBot, tmp_path: Path, how: str
) -> None:
    snapshot = taken(county, qtbot)
    file = tmp_path / "last-return.json"
    write_snapshot(file, snapshot)
    assert read_snapshot(file, snapshot.database, "zh_CN") == snapshot  # sound before
    payload = json.loads(file.read_text(encoding="utf-8"))
    file.write_text(_damaged(payload, how), encoding="utf-8")
    assert read_snapshot(file, snapshot.database, "zh_CN") is None


def test_snapshot_is_shown_read_only_and_the_live_figures_replace_it(
    county: Store, qtbot: QtBot
) -> None:
    # Given a snapshot taken when B04 was 1,234, and B04 changed since (another program)
    snapshot = taken(county, qtbot)
    ValueService(county.sessions, user="other").set_text(COUNTY, "B04", FEB, "5678")
    # When a new window shows the snapshot before its store is open
    window = MainWindow(language="zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.snapshot_shown, timeout=2000):
        assert window.show_snapshot(snapshot)
    page = window.snapshot_page
    assert page is not None and window.tabs.widget(0) is page
    # Then the figures as they were are on screen, marked as loading, and none can be typed
    assert cell_text(page.view, "B04", 3) == "1,234"
    assert page.loading_line.isVisible() and snapshot.taken in page.loading_line.text()
    assert window.windowTitle() == snapshot.title
    assert page.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    model = page.view.model()
    editable = [
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).flags() & Qt.ItemFlag.ItemIsEditable
    ]
    assert editable == []
    page.view.setCurrentIndex(model.index(1, 3))
    qtbot.keyClicks(page.view, "9")
    assert page.view.state() != QAbstractItemView.State.EditingState
    # When the store is open: the live page takes its place, with the figure as stored now
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.attach(workspace_for(county, "tester", "zh_CN"))
    assert window.snapshot_page is None
    assert window.page is not None and window.tabs.widget(0) is window.page
    assert cell_text(window.page.view, "B04", 3) == "5,678"
    assert window.show_snapshot(snapshot) is False  # never again over the live page


def test_snapshot_on_closing_is_of_the_return_the_window_opens_on(
    county: Store, qtbot: QtBot
) -> None:
    # Given the clerk moved to March and the region's January
    assert county.path is not None
    identity = database_identity(county.path)
    assert identity is not None
    window = live_window(county, qtbot)
    window.set_period(Period.month(2016, 3))
    # While the window is open no snapshot is taken of another return than the one it opens on
    assert window.opening_snapshot(identity, go_there=False) is None
    # On closing, the page goes back to February, the return the next start opens on
    snapshot = window.opening_snapshot(identity, go_there=True)
    assert snapshot is not None and snapshot.period_code == FEB.code
    assert window.page is not None
    assert [[c.text for c in row.cells] for row in snapshot.rows] == grid_texts(window.page.view)
    assert cell_text(window.page.view, "A04", 3) == "10"


def test_database_with_staff_accounts_gets_no_snapshot(county: Store, qtbot: QtBot) -> None:
    # Given a file with an administrator's account, logged in
    assert county.path is not None
    first = bundle_for(county, None, "zh_CN")
    first.users.hasher = CHEAP_HASHER
    first.users.add("boss", "老板", Role.ADMIN, "boss-pass-1")
    bundle = bundle_for(county, None, "zh_CN")
    assert bundle.login_required
    bundle.users.hasher = CHEAP_HASHER
    bundle.log_in("boss", "boss-pass-1")
    window = MainWindow(language="zh_CN")
    qtbot.addWidget(window)
    window.attach(workspace_of(bundle))
    # Then its figures are not kept for showing before the next login
    identity = database_identity(county.path)
    assert identity is not None
    assert window.page is not None and window.page.model.rowCount() > 0
    assert window.opening_snapshot(identity, go_there=True) is None


def test_snapshot_model_passes_the_model_tester(
    county: Store, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(SnapshotTableModel(taken(county, qtbot)))


# --- the program started twice -------------------------------------------------------------------
GUI = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop_app.ui.main_window as main_window
from desktop_app.app import run_gui

def cell(view, code, column):
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == code:
            return model.index(row, column).data()

built = main_window.MainWindow.__init__

def watched(self, *args, **kwargs):
    built(self, *args, **kwargs)

    def snapshot_shown():
        opened = "sqlalchemy" in sys.modules
        print("SNAPSHOT:" + cell(self.snapshot_page.view, "B04", 3) + ":" + str(opened), flush=True)

    def loaded():
        print("LIVE:" + cell(self.page.view, "B04", 3), flush=True)
        QTimer.singleShot(100, self.close)

    self.snapshot_shown.connect(snapshot_shown)
    self.loaded.connect(loaded)

main_window.MainWindow.__init__ = watched
sys.exit(run_gui(Path(sys.argv[1]), "zh_CN"))
"""


def run_program(code: str, db: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """`code` (run_gui, watched) in a process of its own, on `db`, with `home` as the user's
    settings and data folder."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.run(
        [sys.executable, "-c", code, str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def start(db: Path, home: Path) -> list[str]:
    done = run_program(GUI, db, home)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line.startswith(("SNAPSHOT:", "LIVE:"))]


def started_once(county: Store, tmp_path: Path) -> tuple[Path, Path]:
    """The county's file (closed here) and the user folder a first start of the program left
    on it: the live return shown, the snapshot kept when it closed."""
    assert county.path is not None
    county.close()
    home = tmp_path / "home"
    assert start(county.path, home) == ["LIVE:1,234"]
    return county.path, home


def test_program_started_again_shows_the_return_before_the_store_is_open(
    county: Store, tmp_path: Path
) -> None:
    # The first start has no snapshot: the live return only; closing it keeps one
    path, home = started_once(county, tmp_path)
    assert (home / "data" / "Xianbao" / "last-return.json").is_file()
    # The next start shows it before SQLAlchemy is even imported, then the live figures
    assert start(path, home) == ["SNAPSHOT:1,234:False", "LIVE:1,234"]
    # A figure changed by another program meanwhile: the snapshot's, then the stored one
    from desktop_app.services.store import open_sqlite_store

    other = open_sqlite_store(path)
    ValueService(other.sessions, user="other").set_text(COUNTY, "B04", FEB, "42")
    other.close()
    assert start(path, home) == ["SNAPSHOT:1,234:False", "LIVE:42"]
    # Another database file in the same place of the settings: no snapshot shown
    elsewhere = tmp_path / "elsewhere.sqlite3"
    shutil.copy(path, elsewhere)
    assert start(elsewhere, home) == ["LIVE:42"]


def test_snapshot_dropped_before_a_login_leaves_the_opening_page(
    county: Store, qtbot: QtBot
) -> None:
    # Given a snapshot on screen, when the store turns out to ask who is working (run_gui drops
    # it before the login dialog), then the window is back to its opening page: no figures
    snapshot = taken(county, qtbot)
    window = MainWindow(language="zh_CN")
    qtbot.addWidget(window)
    window.show()
    assert window.show_snapshot(snapshot)
    window.drop_snapshot()
    assert window.snapshot_page is None
    assert window.tabs.widget(0) is window.opening_label
    assert window.windowTitle() != snapshot.title
    # and the live page still takes its place once the store is open
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.attach(workspace_for(county, "tester", "zh_CN"))
    assert window.tabs.widget(0) is window.page


REFUSED_GUI = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import desktop_app.ui.main_window as main_window
from desktop_app.app import run_gui

windows = []
built = main_window.MainWindow.__init__

def watched(self, *args, **kwargs):
    built(self, *args, **kwargs)
    windows.append(self)
    self.snapshot_shown.connect(lambda: print("SNAPSHOT", flush=True))

main_window.MainWindow.__init__ = watched

def look():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print("BOX:snapshot on screen=" + str(windows[0].snapshot_page is not None), flush=True)
        closing = [b for b in box.buttons() if b.text() in ("Close", "关闭")]
        closing[0].click() if closing else box.close()  # a refusal's Close, or a box's OK
        QTimer.singleShot(200, lambda: [window.close() for window in windows])
    QTimer.singleShot(50, look)

app = QApplication(sys.argv)
QTimer.singleShot(50, look)
sys.exit(run_gui(Path(sys.argv[1]), "zh_CN"))
"""


def test_snapshot_taken_off_the_screen_when_its_file_is_refused(
    county: Store, tmp_path: Path
) -> None:
    # Given a snapshot of the county's file, left by a first start
    path, home = started_once(county, tmp_path)
    # When the file is damaged in place (the same file: its snapshot is still its own)
    with path.open("r+b") as damaged:
        damaged.write(b"\0" * 100)
    done = run_program(REFUSED_GUI, path, home)
    # Then the snapshot was shown while opening, and gone when the refusal is said
    lines = [line for line in done.stdout.splitlines() if line.startswith(("SNAPSHOT", "BOX"))]
    assert lines == ["SNAPSHOT", "BOX:snapshot on screen=False"], done.stderr
    assert done.returncode == 2


def test_snapshot_taken_off_the_screen_when_the_database_fails_after_opening(
    county: Store, tmp_path: Path
) -> None:
    # Given a snapshot of the county's file and the note of its clean close, left by a start
    path, home = started_once(county, tmp_path)
    # When the disk damages the accounts' pages, the file's size and time unchanged (the note
    # still vouches for it: the whole-file check is skipped, and the damage is only met when
    # the accounts are counted, after the store is open and before the live page)
    reading = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page_size = reading.execute("PRAGMA page_size").fetchone()[0]
    pages = [
        row[0]
        for row in reading.execute(
            "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'app_user' AND rootpage > 0"
        )
    ]
    reading.close()
    before = path.stat()
    with path.open("r+b") as damaged:
        for page in pages:
            damaged.seek((page - 1) * page_size)
            damaged.write(b"\x55" * page_size)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    done = run_program(REFUSED_GUI, path, home)
    # Then the snapshot was shown while opening, and is gone when the error is said: its
    # figures are not left on screen as if the database's own were coming
    lines = [line for line in done.stdout.splitlines() if line.startswith(("SNAPSHOT", "BOX"))]
    assert lines == ["SNAPSHOT", "BOX:snapshot on screen=False"], done.stderr


TYPING_GUI = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
import desktop_app.ui.main_window as main_window
from desktop_app.app import run_gui

attach = main_window.MainWindow.attach

def typed_while_opening(self, workspace):
    # A clerk types 9 and Enter into the snapshot while the store opens: the window system
    # queues the keys for the window, to go to whatever has the focus when they are delivered.
    for key, text in ((Qt.Key.Key_9, "9"), (Qt.Key.Key_Return, "\\r")):
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        QCoreApplication.postEvent(self.windowHandle(), event)
    self.loaded.connect(lambda: QTimer.singleShot(800, self.close))
    attach(self, workspace)

main_window.MainWindow.attach = typed_while_opening
sys.exit(run_gui(Path(sys.argv[1]), "zh_CN"))
"""


def test_keys_typed_into_the_snapshot_while_the_store_opens_save_nothing(
    county: Store, tmp_path: Path
) -> None:
    path, home = started_once(county, tmp_path)  # leaves the snapshot

    def audit_entries() -> int:
        with sqlite3.connect(path) as db:
            return int(db.execute("SELECT count(*) FROM audit").fetchone()[0])

    before = audit_entries()
    done = run_program(TYPING_GUI, path, home)
    assert done.returncode == 0, done.stderr
    # The queued keys were delivered once the live grid was there: they saved nothing
    assert audit_entries() == before
