"""Composition root: builds the store, the services and the main window. No logic of its own."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.domain.issues import DomainError
from desktop_app.i18n import install_translators, issue_message, translate
from desktop_app.paths import default_database_path
from desktop_app.services.demo import fill_demo_county
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import CellQueries, ValueService
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_page import Services
from desktop_app.ui.settings import UserSettings, load_settings, save_settings
from desktop_app.ui.setup_dialog import run_setup_dialog


def build_main_window(
    store: Store,
    language: str,
    user: str | None = None,
    settings_store: QSettings | None = None,
) -> MainWindow:
    figures = FigureService(store.sessions)
    services = Services(
        values=ValueService(store.sessions, user),
        cells=CellQueries(store.sessions),
        returns=ReturnService(store.sessions, figures, user),
    )
    return MainWindow(
        RegionQueries(store.sessions),
        services,
        home_region=store.home_region(),
        database_label=str(store.path),
        language=language,
        settings_store=settings_store,
    )


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
    try:
        store = open_sqlite_store(db_path or default_database_path())
    except DomainError as exc:
        QMessageBox.critical(None, translate("App", "Xianbao"), issue_message(exc.issue))
        return 2
    try:
        if store.home_region() is None and not first_run(store, settings):
            return 0
        window = build_main_window(store, language)
        window.show()
        return app.exec()
    finally:
        store.close()


def first_run(store: Store, settings: UserSettings) -> bool:
    """The setup dialog; with the demo choice, two years of sample data for 通江县."""
    result = run_setup_dialog(RegionQueries(store.sessions), settings)
    if result is None:
        return False
    if result.demo:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fill_demo_county(store.sessions)
        finally:
            QApplication.restoreOverrideCursor()
    store.set_home_region(result.region_code, result.settings.bureau_name)
    save_settings(result.settings)
    return True
