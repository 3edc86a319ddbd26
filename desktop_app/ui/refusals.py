"""The window's answers when a database is not there or something went wrong that nothing handled.

- A database path that was asked for (--db, $XIANBAO_DB or the settings) but does not exist is
  not silently made into an empty database: the clerk is asked whether to create one there or to
  open another file; the default answer is No (a mistyped path, a USB stick not plugged in).
- A server that does not answer, refuses the password or has no such database: the sentence,
  and a way to choose again (try again, another server's address, a file) or close.
- The last resort: an exception no slot handled becomes a message box with a sentence (the
  store's or the disk's refusal, or "an unexpected problem"), its traceback a log entry
  (desktop_app/last_resort.py), instead of a traceback printed behind the window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop_app.i18n import translate


def ask_about_missing_database(parent: QWidget | None, path: Path) -> Path | None:
    """Ask what to do about a database path with no file: the path to open (the same one, to
    create a new database there, or another file the clerk chose), or None to close."""
    while True:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("App", "Xianbao"),
            translate("Refusals", "There is no database at {path}.").replace("{path}", str(path)),
            parent=parent,
        )
        box.setInformativeText(
            translate(
                "Refusals",
                "Create a new, empty database there? Choose No if the name is mistyped or the "
                "drive (a USB stick, a shared folder) is not connected.",
            )
        )
        create = box.addButton(
            translate("Refusals", "Create a new database"), QMessageBox.ButtonRole.YesRole
        )
        other = box.addButton(
            translate("Refusals", "Open another file…"), QMessageBox.ButtonRole.ActionRole
        )
        no = box.addButton(QMessageBox.StandardButton.No)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is create:
            return path
        if clicked is not other:
            return None
        folder = path.parent if path.parent.is_dir() else Path.home()
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            translate("Refusals", "Open a Xianbao database"),
            str(folder),
            translate("Refusals", "Xianbao databases (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            return Path(chosen)


def ask_after_server_refusal(parent: QWidget | None, text: str, address: str) -> str | None:
    """A server could not be opened (`text` says why): the address to try next (the same one
    to try again, another server's address, or a file's path), or None to close."""
    while True:
        box = QMessageBox(
            QMessageBox.Icon.Critical, translate("App", "Xianbao"), text, parent=parent
        )
        again = box.addButton(translate("Refusals", "Try again"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(
            translate("Refusals", "Another server…"), QMessageBox.ButtonRole.ActionRole
        )
        file = box.addButton(
            translate("Refusals", "Open a file…"), QMessageBox.ButtonRole.ActionRole
        )
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(again)
        box.setEscapeButton(close)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is again:
            return address
        if clicked is other:
            typed, ok = QInputDialog.getText(
                parent,
                translate("Refusals", "Open a server's database"),
                translate(
                    "Refusals",
                    "The server's address, as postgresql://USER@HOST:5432/DATABASE (the password "
                    "comes from PostgreSQL's password file, pgpass):",
                ),
                text=address,
            )
            if ok and typed.strip():
                return typed.strip()
        elif clicked is file:
            chosen, _filter = QFileDialog.getOpenFileName(
                parent,
                translate("Refusals", "Open a Xianbao database"),
                str(Path.home()),
                translate("Refusals", "Xianbao databases (*.sqlite3 *.db);;All files (*)"),
            )
            if chosen:
                return chosen
        else:
            return None


def database_to_open(
    asked: Path | None, default: Path, parent: QWidget | None = None
) -> Path | None:
    """The database the window opens: the default file (made on first start, then the setup
    dialog), or the one asked for if it exists; for a missing one, the clerk's answer."""
    if asked is None or asked == default or asked.exists():
        return asked or default
    return ask_about_missing_database(parent, asked)


def is_read_only(path: Path) -> bool:
    """Whether this program may not write the database: the file (its permission, a read-only
    attribute, a read-only medium) or its folder (where SQLite keeps its -wal and -shm files)."""
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def tell_if_read_only(parent: QWidget | None, path: Path) -> bool:
    """Say at once, before the clerk types anything, that nothing can be saved in a read-only
    database; True when it was said."""
    if not is_read_only(path):
        return False
    QMessageBox.information(
        parent,
        translate("App", "Xianbao"),
        translate(
            "Refusals",
            "The database {path} is read-only: you can look at its figures and print reports, "
            "but nothing you type can be saved. To work in it, copy it to a folder where you may "
            "write (e.g. Documents) and open the copy, or ask for write access to the file.",
        ).replace("{path}", str(path)),
    )
    return True


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def last_resort_hook(
    window: Callable[[], QWidget | None], database: Callable[[], Path | None]
) -> ExceptHook:
    """A sys.excepthook for the window: the sentence in a message box, the traceback in the log.
    `window` and `database` are asked when an error happens (both change after a restore)."""
    showing: list[bool] = []

    def hook(
        kind: type[BaseException], exc: BaseException, traceback: TracebackType | None
    ) -> None:
        if not isinstance(exc, Exception) or showing:
            # Ctrl+C, SystemExit, or an error while the box is up: the ordinary way.
            sys.__excepthook__(kind, exc, traceback)
            return
        from desktop_app.last_resort import explain_unexpected, unexpected_text

        if exc.__traceback__ is None:
            exc.__traceback__ = traceback
        issue, _refusal = explain_unexpected(exc, database(), "window")
        showing.append(True)
        try:
            parent = window()
            if parent is None or not parent.isVisible():
                parent = QApplication.activeWindow()
            QMessageBox.warning(parent, translate("App", "Xianbao"), unexpected_text(issue))
        finally:
            showing.clear()

    return hook
