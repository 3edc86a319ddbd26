"""Composition root: builds the store, the services and the main window. No logic of its own.

Start-up is staged so the window appears at once: the frame of the main window is shown from Qt
and the domain alone; after its first frame is painted, the store is opened (this is when
SQLAlchemy and the services are imported), the first-run setup runs if the store has no home
county, and the window is given its workspace.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.domain.issues import DomainError
from desktop_app.i18n import install_translators, issue_message, translate
from desktop_app.paths import default_database_path
from desktop_app.ui.main_window import MainWindow, Workspace
from desktop_app.ui.settings import UserSettings, load_settings, save_settings

if TYPE_CHECKING:
    from desktop_app.services.store import Store


def workspace_for(store: Store, user: str | None = None) -> Workspace:
    from desktop_app.services.figures import FigureService
    from desktop_app.services.regions import RegionQueries
    from desktop_app.services.returns import ReturnService
    from desktop_app.services.values import CellQueries, ValueService
    from desktop_app.ui.return_page import Services

    figures = FigureService(store.sessions)
    services = Services(
        values=ValueService(store.sessions, user),
        cells=CellQueries(store.sessions),
        returns=ReturnService(store.sessions, figures, user),
    )
    return Workspace(
        RegionQueries(store.sessions),
        services,
        store.home_region(),
        str(store.path),
        store.sessions,
        user,
    )


def build_main_window(
    store: Store,
    language: str,
    user: str | None = None,
    settings_store: QSettings | None = None,
) -> MainWindow:
    window = MainWindow(language=language, settings_store=settings_store)
    window.attach(workspace_for(store, user))
    return window


class _AfterFirstFrame(QObject):
    """Calls `then` on the event-loop turn after `window` has painted its first frame."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def run_gui(db_path: Path | None, language: str | None) -> int:
    """Start the program. Without a database path or language, the user's settings decide."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Xianbao")
    settings = load_settings()
    language = language or settings.language
    install_translators(language)
    app.setApplicationDisplayName(translate("App", "Xianbao"))
    if db_path is None:
        db_path = Path(settings.database_path) if settings.database_path else None
    window = MainWindow(language=language)
    opened: list[Store] = []

    def open_store() -> None:
        from desktop_app.services.store import open_sqlite_store

        try:
            store = open_sqlite_store(db_path or default_database_path())
        except DomainError as exc:
            QMessageBox.critical(window, translate("App", "Xianbao"), issue_message(exc.issue))
            app.exit(2)
            return
        opened.append(store)
        if store.home_region() is None and not first_run(store, settings, window):
            app.exit(0)
            return
        window.attach(workspace_for(store))

    _AfterFirstFrame(window, open_store)
    window.show()
    try:
        return app.exec()
    finally:
        for store in opened:
            store.close()


def first_run(store: Store, settings: UserSettings, parent: QWidget | None = None) -> bool:
    """The setup dialog; with the demo choice, two years of sample data for 通江县."""
    from desktop_app.services.regions import RegionQueries
    from desktop_app.ui.setup_dialog import run_setup_dialog

    result = run_setup_dialog(RegionQueries(store.sessions), settings, parent)
    if result is None:
        return False
    if result.demo:
        from desktop_app.ui.demo_fill import fill_demo_with_progress

        if not fill_demo_with_progress(store, parent):
            return False
    store.set_home_region(result.region_code, result.settings.bureau_name)
    save_settings(result.settings)
    return True
