"""Start-up is staged: the window's frame appears before the store and SQLAlchemy are loaded."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import func, select

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.app import bundle_for, workspace_for
from desktop_app.persistence.models import ValueRecord
from desktop_app.services.store import Store
from desktop_app.ui.demo_fill import fill_demo_with_progress
from desktop_app.ui.main_window import MainWindow


def test_window_frame_imports_neither_sqlalchemy_nor_the_services() -> None:
    # Given a fresh interpreter, when the GUI entry point and the window's frame are built,
    # then nothing has imported SQLAlchemy, the services or the export libraries yet. The
    # `xianbao` entry point's module too: its sub-commands' parsers once pulled the store in.
    # Nor has anything touched PySide's Qt namespace: building its enums takes ~25 ms, and the
    # frame needs none of them (the period box's Esc once did it at import); nor platformdirs
    # (~3 ms), which only the user's folders need, nor the sub-commands' modules.
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import desktop_app.__main__\n"
        "import desktop_app.app\n"
        "from desktop_app.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "w = MainWindow()\n"
        "later = ('sqlalchemy', 'desktop_app.services.store', 'openpyxl', 'reportlab',"
        " 'platformdirs')\n"
        "heavy = [m for m in later if m in sys.modules]\n"
        "heavy += sorted(m for m in sys.modules if m.startswith('desktop_app.cli'))\n"
        "import PySide6.QtCore\n"
        "if 'Qt' in vars(PySide6.QtCore):\n"
        "    heavy.append('the Qt namespace')\n"
        "print(heavy)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_frame_says_it_is_opening_then_attach_shows_the_return(store: Store, qtbot: QtBot) -> None:
    store.set_home_region("511921")
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(window.tabs.widget(0), QLabel)
    assert window.page is None
    window.find_indicator()  # harmless before the store is open

    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.attach(workspace_for(store, "tester"))

    assert window.page is not None
    assert window.tabs.count() == 2
    assert window.tabs.widget(0) is window.page
    assert window.page.model.rowCount() > 30
    assert "511921" in window.statusBar().currentMessage() or str(store.path) in (
        window.statusBar().currentMessage()
    )
    undo_texts = [a.text() for a in window.edit_menu.actions()]
    assert window.find_action.text() == undo_texts[-1]
    assert len(undo_texts) == 4  # undo, redo, copy last period, find


def test_demo_fill_runs_in_a_worker_with_progress(store: Store, qapp: QApplication) -> None:
    assert fill_demo_with_progress(bundle_for(store), None)
    with store.sessions() as session:
        values = session.scalar(select(func.count()).select_from(ValueRecord))
    assert values is not None and values > 1000
    assert not qapp.activeModalWidget()
