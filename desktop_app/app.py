"""Composition root: builds the store, the services and the main window. No logic of its own."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.domain.issues import DomainError
from desktop_app.i18n import install_translators, issue_message, translate
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import CellQueries, ValueService
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_page import Services


def build_main_window(store: Store, language: str, user: str | None = None) -> MainWindow:
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
    )


def run_gui(db_path: Path, language: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Xianbao")
    app.setApplicationDisplayName(translate("App", "Xianbao"))
    install_translators(language)
    try:
        store = open_sqlite_store(db_path)
    except DomainError as exc:
        QMessageBox.critical(None, translate("App", "Xianbao"), issue_message(exc.issue))
        return 2
    window = build_main_window(store, language)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
