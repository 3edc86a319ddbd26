"""The window on a PostgreSQL server: opened from `--db postgresql://…` (or the settings), a
server that refuses said in a sentence with a way to choose again, the file's own actions off
(backups, restore, the presence records), and a stale save shown as on a shared file.

The tests that take `store` run on both back-ends (the module is marked `both_backends`); the
start-up tests run the program in a process of its own, as a clerk starts it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import make_url, select

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.app import bundle_for, share_store, workspace_of
from desktop_app.domain.periods import Period
from desktop_app.domain.users import Role
from desktop_app.persistence.engine import create_sqlite_engine, session_factory
from desktop_app.persistence.models import AuditRecord
from desktop_app.persistence.server import create_server_engine
from desktop_app.services.presence import ServerPresence
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import UserSettings, load_settings, save_settings
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.conftest import postgres_admin_url
from tests.ui.test_main_window import go, stored, type_text

pytestmark = pytest.mark.both_backends

FEB = Period.month(2016, 2)
COUNTY = "511921"


@pytest.fixture
def window(store: Store, qtbot: QtBot) -> MainWindow:
    """李四's window: on the server he logs in (the first administrator, made here)."""
    store.set_home_region(COUNTY)
    bundle = bundle_for(store, "李四", "zh_CN")
    if bundle.login_required:
        bundle.users.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        bundle.users.add("lisi", "李四", Role.ADMIN, "li-si-pass-1")
        bundle.log_in("lisi", "li-si-pass-1")
    win = MainWindow(language="zh_CN")
    win.attach(workspace_of(bundle))
    share_store(win)
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def colleague(store: Store, backend: str, request: pytest.FixtureRequest) -> Iterator[ValueService]:
    """王芳 in a second program on the same database: a second engine on the file or server."""
    if backend == "postgresql":
        engine = create_server_engine(request.getfixturevalue("postgres_url"))
    else:
        engine = create_sqlite_engine(request.getfixturevalue("db_path"))
    yield ValueService(session_factory(engine), user="王芳")
    engine.dispose()


def shown(win: MainWindow, code: str) -> str:
    assert win.page is not None
    model = win.page.model
    row = model.row_of(code)
    return str(model.index(row, model.keyed_column(model.row_at(row))).data())


def take_theirs_when_asked(told: list[str]) -> QTimer:
    """If the window asks in a dialog what to do about a stale save, read it and answer as Esc
    does (take theirs, the safe default); a window that says it in its message line asks
    nothing."""
    timer = QTimer()
    timer.setInterval(30)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            told.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
            dialog.reject()  # Esc: theirs stays

    timer.timeout.connect(look)
    timer.start()
    return timer


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_a_stale_save_shows_the_other_clerks_figure_and_name(
    window: MainWindow, qtbot: QtBot, store: Store, colleague: ValueService, backend: str
) -> None:
    assert window.page is not None
    # Given the grid drawn with A01 empty, and 王芳 saving 5 into it from her program since
    assert shown(window, "A01") == "—"
    colleague.set_text(COUNTY, "A01", FEB, "5")
    # When 李四 types 7 into A01 and presses Enter
    go(window, "A01")
    told: list[str] = []
    timer = take_theirs_when_asked(told)
    try:
        type_text(qtbot, window, "7")
    finally:
        timer.stop()
    # Then nothing of his is stored: the cell holds and shows her 5
    assert stored(store, "A01") == Decimal(5)
    qtbot.waitUntil(lambda: shown(window, "A01") == "5", timeout=2000)
    # and he is told her figure and her name (in the message line, or in the question asked)
    said = " ".join([window.page.message_line.text(), *told])
    assert "王芳" in said and "5" in said, said
    with store.sessions() as session:
        trail = session.execute(
            select(AuditRecord.who, AuditRecord.new_text).order_by(AuditRecord.id)
        ).all()
    assert [tuple(r) for r in trail] == [("王芳", "5")]
    assert store.on_server is (backend == "postgresql")


def test_the_window_shows_the_server_and_turns_the_file_actions_off(
    window: MainWindow, store: Store, backend: str
) -> None:
    label = window.findChild(QLabel, "serverLabel")
    if backend == "sqlite":
        assert label is None
        assert window.backup_action.isEnabled() and window.restore_action.isEnabled()
        assert (
            store.path is not None and (store.path.parent / f"{store.path.name}.presence").is_dir()
        )
        return
    # On the server: its address, without a password, stays in the status bar
    assert label is not None and label.isVisible()
    url = make_url(os.environ["XIANBAO_TEST_POSTGRES"])
    assert url.host is not None and url.host in label.text()
    assert store.engine.url.database is not None and store.engine.url.database in label.text()
    assert "***" not in label.text() or url.password is not None
    # and the file's actions are off, saying why
    assert not window.backup_action.isEnabled() and not window.restore_action.isEnabled()
    assert "pg_dump" in window.backup_action.toolTip()
    # and the others are named from the server's connections, not from files beside a database
    assert window.bundle is not None
    assert isinstance(window.bundle.presence, ServerPresence)


def test_the_command_line_and_the_environment_name_a_server_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.__main__ import build_parser

    address = "postgresql://clerk@10.0.0.5:5432/xianbao"
    assert build_parser().parse_args(["--db", address]).db == address  # not a folded Path
    monkeypatch.setenv("XIANBAO_DB", address)
    assert build_parser().parse_args([]).db == address


# --- the settings --------------------------------------------------------------------------------
def test_settings_keep_a_server_address_without_its_password(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(UserSettings(language="zh_CN"))
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QLineEdit, "database_path")
    warning = dialog.findChild(QLabel, "passwordWarning")
    assert edit is not None and warning is not None
    assert not warning.isVisible()
    # When the IT helper types an address with a password in it
    edit.setText(" postgresql://clerk:s3cret@10.0.0.5:5432/xianbao ")
    # Then the dialog says at once that the password will not be kept
    assert warning.isVisible() and "pgpass" in warning.text()
    chosen = dialog.chosen()
    assert chosen.database_path == "postgresql://clerk@10.0.0.5:5432/xianbao"
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_settings(chosen, qs)
    assert load_settings(qs).database_path == "postgresql://clerk@10.0.0.5:5432/xianbao"
    assert "s3cret" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    # A file's path is kept as it is
    edit.setText("D:\\县报\\xianbao.sqlite3")
    assert not warning.isVisible()
    assert dialog.chosen().database_path == "D:\\县报\\xianbao.sqlite3"


# --- starting the program on a server ------------------------------------------------------------
GUI = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QMessageBox
from desktop_app.app import run_gui
from desktop_app.ui.main_window import MainWindow

app = QApplication(sys.argv)
answers = sys.argv[2:]
opened = []

def look():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print("BOX:" + box.text().replace("\\n", " "), flush=True)
        answer = answers.pop(0) if answers else "Close"
        next(b for b in box.buttons() if b.text() == answer).click()
    elif isinstance(box, QInputDialog):
        print("ASKED:" + box.labelText().replace("\\n", " "), flush=True)
        box.setTextValue(answers.pop(0))
        box.accept()
    elif type(box).__name__ == "LoginDialog":
        print("LOGIN:" + box.windowTitle() + ":" + box.refusal(), flush=True)
        if answers and answers[0].startswith("login="):
            login, password = answers.pop(0)[len("login="):].split("/")
            box.login_edit.setText(login)
            box.password_edit.setText(password)
            box.name_edit.setText(login)  # on a database without accounts: its first admin
            box.again_edit.setText(password)
            box.try_log_in()
        else:
            box.reject()
    elif isinstance(box, QDialog):
        print("DIALOG:" + type(box).__name__, flush=True)
        box.reject()
    for top in QApplication.topLevelWidgets():
        if isinstance(top, MainWindow) and top.page is not None and not opened:
            opened.append(True)
            label = top.findChild(QLabel, "serverLabel")
            print("OPENED:" + top.windowTitle(), flush=True)
            print("SERVER:" + (label.text() if label is not None else ""), flush=True)
            print("BACKUP:" + str(top.backup_action.isEnabled()), flush=True)
            user = top.findChild(QLabel, "userLabel")
            print("USER:" + (user.text() if user is not None else ""), flush=True)
            QTimer.singleShot(300, app.quit)
    QTimer.singleShot(50, look)

QTimer.singleShot(50, look)
sys.exit(run_gui(sys.argv[1], "en"))
"""


def start_window(database: str, *answers: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The program as started with `--db DATABASE`, answering each question in turn (a message
    box's button by its text, an input dialog's text); settings and data folder in `home`."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.run(
        [sys.executable, "-c", GUI, database, *answers],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_a_server_without_the_database_is_a_sentence_and_another_can_be_chosen(
    tmp_path: Path, postgres_url: str
) -> None:
    # Given a server without the database asked for, and one (postgres_url) that has it
    missing = make_url(postgres_admin_url()).set(database="xianbao_nowhere_to_be_found")
    missing_text = missing.render_as_string(hide_password=False)
    # When the program starts on it, the clerk says "try again", then types the right address
    done = start_window(
        missing_text,
        "Try again",
        "Another server…",
        postgres_url,
        "login=zhaomin/admin-pass-1",
        home=tmp_path,
    )
    # Then each refusal was the sentence, and the chosen server opened: a new server asks for
    # its first administrator, then for its home region (the setup)
    lines = done.stdout.splitlines()
    boxes = [line for line in lines if line.startswith("BOX:")]
    assert len(boxes) == 2, done.stdout + done.stderr
    assert all("There is no database xianbao_nowhere_to_be_found" in box for box in boxes)
    assert any(line.startswith("ASKED:The server's address") for line in lines), lines
    first = lines.index("LOGIN:Create the first administrator:")
    assert lines.index("DIALOG:SetupDialog") > first, lines
    assert "Traceback" not in done.stderr
    # and the next start opens the chosen server: the settings keep it (without a password)
    kept = "".join(f.read_text(encoding="utf-8") for f in (tmp_path / "config").rglob("*.conf"))
    assert f"/{make_url(postgres_url).database}" in kept
    assert not any((tmp_path / "data").rglob("*.presence"))


def test_a_server_that_does_not_answer_is_a_sentence_and_closing_ends_the_program(
    tmp_path: Path,
) -> None:
    done = start_window("postgresql://clerk@127.0.0.1:1/xianbao", "Close", home=tmp_path)
    assert done.returncode == 2, done.stderr
    boxes = [line for line in done.stdout.splitlines() if line.startswith("BOX:")]
    assert len(boxes) == 1 and "did not answer" in boxes[0], done.stdout
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.sqlite3"))


def test_staff_log_in_before_the_window_opens_on_the_server(
    tmp_path: Path, postgres_url: str
) -> None:
    from argon2 import PasswordHasher

    from desktop_app.app import bundle_for
    from desktop_app.domain.users import Role
    from desktop_app.services.store import open_server_store

    # Given 巴中市's server with an administrator and a reviewer
    store = open_server_store(postgres_url)
    store.set_home_region("511900")
    bundle = bundle_for(store, None, "en")
    bundle.users.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    bundle.users.add("zhaomin", "赵敏", Role.ADMIN, "admin-pass-1")
    bundle.log_in("zhaomin", "admin-pass-1")
    bundle.users.add("lisi", "李四", Role.REVIEWER, "review-pass-1")
    store.close()
    # When 李四 starts the program on it: a wrong password first, then his own
    done = start_window(
        postgres_url, "login=lisi/wrong-pass-1", "login=lisi/review-pass-1", home=tmp_path
    )
    lines = done.stdout.splitlines()
    # Then the login was asked before the window opened, the refusal said, and the window
    # opened on the server naming him and his role, its file actions off
    logins = [line for line in lines if line.startswith("LOGIN:")]
    assert logins[0] == "LOGIN:Log in:", lines
    assert any("The login name or the password is wrong" in line for line in logins), lines
    opened = next(i for i, line in enumerate(lines) if line.startswith("OPENED:"))
    assert lines.index(logins[0]) < opened
    assert any(line.startswith("OPENED:") and "巴中市" in line for line in lines), lines
    server = next(line for line in lines if line.startswith("SERVER:"))
    assert make_url(postgres_url).database in server and "***" not in server
    assert "USER:李四 (reviewer)" in lines and "BACKUP:False" in lines
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert not any((tmp_path / "data").rglob("*.presence"))
    assert not any((tmp_path / "data").rglob("backups"))
    # Quitting the login instead closes the program without a window
    done = start_window(postgres_url, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stdout.splitlines() if line.startswith("LOGIN:")]
    assert not any(line.startswith("OPENED:") for line in done.stdout.splitlines())


def test_the_window_names_who_else_is_on_the_server(
    window: MainWindow, store: Store, backend: str
) -> None:
    if backend == "sqlite":
        pytest.skip("the file's presence records: tests/ui/test_shared_file_window.py")
    from desktop_app.services.store import open_server_store
    from desktop_app.ui.shared_file import SharedFile

    # Given another Xianbao on the same server database, where 李四 works on PC-07
    other = open_server_store(store.engine.url.render_as_string(hide_password=False))
    try:
        ServerPresence(other.engine, other.sessions, "李四", computer="PC-07").start()
        with other.sessions() as session:
            session.connection()
            # When the window looks again (every HEARTBEAT seconds)
            shared = window.findChild(SharedFile)
            assert shared is not None
            shared.update()
            # Then the status bar names them
            label = window.findChild(QLabel, "sharedFileLabel")
            assert label is not None and label.isVisible()
            assert "李四" in label.text() and "PC-07" in label.text()
    finally:
        other.close()
