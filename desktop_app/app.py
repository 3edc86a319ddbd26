"""Composition root: builds the store, the services and the main window. No logic of its own.

Start-up is staged so the window appears at once: the frame of the main window is shown from Qt
and the domain alone; after its first frame is painted, the return it opens on is shown as it
was last displayed (ui/return_snapshot.py, read-only, marked as loading) when there is a snapshot
of it, and once that is painted the store is opened (this is when SQLAlchemy and the services are
imported), the first-run setup runs if the store has no home county, and the window is given its
workspace, whose live page replaces the snapshot. The snapshot is taken again once the live
return is on screen and when the window closes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.domain.issues import DomainError, Issue
from desktop_app.i18n import issue_message, translate
from desktop_app.paths import default_database_path, return_snapshot_file
from desktop_app.ui.app_icon import application_icon
from desktop_app.ui.language import install_translators, use_language_locale
from desktop_app.ui.main_window import MainWindow, Workspace
from desktop_app.ui.refusals import (
    ask_after_server_refusal,
    database_to_open,
    last_resort_hook,
    tell_if_read_only,
)
from desktop_app.ui.settings import UserSettings, load_settings, save_settings

if TYPE_CHECKING:
    from desktop_app.persistence.engine import LockWait
    from desktop_app.services.bundle import ServiceBundle
    from desktop_app.services.store import Store


def bundle_for(store: Store, person: str | None = None, language: str = "zh_CN") -> ServiceBundle:
    """The services of the open store, built once; the window and its dialogs take them."""
    from desktop_app.paths import user_templates_dir
    from desktop_app.services.bundle import build_bundle

    return build_bundle(store, person, language=language, template_folders=[user_templates_dir()])


def workspace_of(bundle: ServiceBundle) -> Workspace:
    return Workspace(bundle, bundle.home_region(), bundle.where)


def workspace_for(store: Store, user: str | None = None, language: str = "zh_CN") -> Workspace:
    return workspace_of(bundle_for(store, user, language))


def build_main_window(
    store: Store,
    language: str,
    user: str | None = None,
    settings_store: QSettings | None = None,
) -> MainWindow:
    window = MainWindow(language=language, settings_store=settings_store)
    window.attach(workspace_for(store, user, language))
    return window


class _AfterPaint(QObject):
    """Calls `then` on the event-loop turn after `widget` has next been painted (a window's
    first frame, a page put on screen)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget, self._then = widget, then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def run_gui(database: Path | str | None, language: str | None) -> int:
    """Start the program on `database`: a SQLite file's path or a PostgreSQL server's address
    (postgresql://USER@HOST/DATABASE). Without a database or language, the settings decide."""
    use_language_locale(language or load_settings().language)  # before the QApplication
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Xianbao")
    app.setWindowIcon(application_icon())
    settings = load_settings()
    language = language or settings.language
    install_translators(language)
    app.setApplicationDisplayName(translate("App", "Xianbao"))
    asked: Path | str | None = database or settings.database_path or None
    window = MainWindow(language=language)
    opened: list[Store] = []
    # The file open now (backups, the read-only check, the last resort's log); None on a server.
    file: Path | None = None

    def restore(backup: Path) -> None:
        nonlocal window
        restored = restore_and_reopen(opened[-1], backup, window)
        if restored is not None:
            opened.append(restored)
            window = reopen_window(window, restored, language)
            window.restore_requested.connect(deferred_restore)

    def deferred_restore(backup: object) -> None:
        # After the backups dialog has closed: the window that opened it is replaced.
        QTimer.singleShot(0, lambda: restore(Path(str(backup))))

    def open_chosen() -> Store | None:
        """The store of the database asked for; a server that refuses is said, with a way to
        choose again; None when the clerk closes instead (`app.exit` has been called)."""
        from desktop_app.services.addresses import address_to_keep, is_server_address
        from desktop_app.services.store import open_server_store, open_sqlite_store

        nonlocal asked, file
        chosen_again = False
        while isinstance(asked, str) and is_server_address(asked):
            try:
                store = open_server_store(asked, opening_lock_wait(window))
            except DomainError as exc:
                asked = ask_after_server_refusal(window, issue_message(exc.issue), asked)
                if asked is None:
                    app.exit(2)
                    return None
                chosen_again = True
                continue
            if chosen_again:  # the next start opens the database chosen here
                save_settings(replace(load_settings(), database_path=address_to_keep(asked)))
            return store
        path = database_to_open(Path(asked) if asked else None, default_database_path(), window)
        if path is None:  # a missing database the clerk chose not to create
            app.exit(0)
            return None
        file = path
        try:
            store = open_sqlite_store(path, opening_lock_wait(window))
        except DomainError as exc:
            window.drop_snapshot()  # the file's figures are not shown as loading: it is refused
            if offer_restore(window, path, exc.issue, language):
                return open_chosen()
            app.exit(2)
            return None
        if chosen_again:
            save_settings(replace(load_settings(), database_path=str(path)))
        tell_if_read_only(window, path)
        return store

    def open_store() -> None:
        store = open_chosen()
        if store is None:
            return
        opened.append(store)
        # The person (填表人) is who the audit and the lock name, not the OS login; on a
        # database with accounts (a server), the person who logs in.
        bundle = bundle_for(store, settings.person(), language)
        if bundle.login_required:  # its figures are for the person who logs in
            from desktop_app.ui.return_snapshot import forget_snapshot

            window.drop_snapshot()
            forget_snapshot(return_snapshot_file())
        if bundle.login_required and not log_in(bundle, window):
            app.exit(0)  # the person chose to quit instead
            return
        if bundle.home_region() is None:
            window.drop_snapshot()
            if not may_set_up(bundle, window):
                app.exit(0)
                return
            if not first_run(bundle, load_settings(), window):  # as chosen meanwhile
                app.exit(0)
                return
            bundle.set_person(load_settings().person())  # as the setup chose it
        window.attach(workspace_of(bundle))
        share_store(window)
        if window.page is not None:  # taken once the live return is on screen
            _AfterPaint(window.page, lambda: keep_snapshot(go_there=False))

    def show_snapshot_then_open() -> None:
        """After the first frame: the snapshot of the return the window opens on, if there is
        one of this database, and once it is painted the store; else the store at once."""
        # Imported after the first frame: the Qt namespace it uses takes ~25 ms to build.
        from desktop_app.ui.return_snapshot import database_identity, read_snapshot

        candidate = Path(asked) if asked else default_database_path()  # a server: no such file
        snapshot = read_snapshot(return_snapshot_file(), database_identity(candidate), language)
        if snapshot is not None and window.show_snapshot(snapshot):
            assert window.snapshot_page is not None
            # The page, not its grid's viewport: PySide's first viewport() call costs ~25 ms.
            _AfterPaint(window.snapshot_page, open_store_over_snapshot)
        else:
            open_store_guarded()

    def open_store_over_snapshot() -> None:
        try:
            open_store_guarded()
        finally:  # an error met before the live page (a damaged page read) is said over the
            window.drop_snapshot()  # opening page, not over figures marked as loading

    def open_store_guarded() -> None:
        """The store opened while clicks and keys on the window (the snapshot's, the opening
        page's) are dropped: queued while it opens, they would reach the live grid's rows."""
        from desktop_app.ui.input_guard import InputGuard

        guard = InputGuard(window)
        try:
            open_store()
        finally:
            guard.release_after_queued()

    def keep_snapshot(*, go_there: bool) -> None:
        """The snapshot of the return the window opens on, for the next start (none for a
        server or a database with staff accounts). A snapshot is a convenience: one that
        cannot be taken or written is left out, and the next start waits for the store."""
        from desktop_app.ui.return_snapshot import database_identity, write_snapshot

        identity = database_identity(file) if file is not None else None
        try:
            taken = window.opening_snapshot(identity, go_there=go_there) if identity else None
            if taken is not None:
                write_snapshot(return_snapshot_file(), taken)
        except (DomainError, OSError):
            return

    window.restore_requested.connect(deferred_restore)
    _AfterPaint(window, show_snapshot_then_open)
    previous_hook = sys.excepthook
    sys.excepthook = last_resort_hook(lambda: window, lambda: file)
    window.show()
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        if opened and window.page is not None:  # the next start shows this return at once
            keep_snapshot(go_there=True)
        for store in opened:
            store.close()
        if file is not None and opened and window.page is not None:  # not after a cancelled
            back_up_on_exit(file)  # first run; a server is backed up by its own tools


def log_in(bundle: ServiceBundle, parent: QWidget | None = None) -> bool:
    """Ask who is working (ui/login_dialog.py; on a database without accounts yet, its first
    管理员 is made); False when the person chose to quit instead."""
    from desktop_app.ui.login_dialog import run_login_dialog

    return run_login_dialog(bundle.users, bundle.log_in, bundle.where, parent) is not None


def may_set_up(bundle: ServiceBundle, parent: QWidget | None = None) -> bool:
    """Whether the person may choose the home region of a database that has none yet (the
    setup): anyone on a single PC, a 管理员 on a database with accounts; the others are told
    who does it (the program then closes)."""
    from desktop_app.domain.users import Action

    if bundle.access.may(Action.MANAGE_REGIONS):
        return True
    QMessageBox.information(
        parent,
        translate("App", "Xianbao"),
        translate(
            "App",
            "This database has not been set up yet: an administrator (管理员) logs in first and "
            "chooses its region. Ask them, then start Xianbao again.",
        ),
    )
    return False


def back_up_on_exit(database: Path) -> Path | None:
    """The daily backup when the program closes (none if another was made today)."""
    from desktop_app.services.backups import backup_if_due

    try:
        return backup_if_due(database)
    except DomainError as exc:
        # The window is gone; the sentence goes where a start from a terminal shows it.
        print(issue_message(exc.issue), file=sys.stderr)
        return None


def restore_and_reopen(store: Store, backup: Path, parent: QWidget | None) -> Store | None:
    """Close the database, put `backup` in its place and open it again (an older backup is
    upgraded as it opens). On a refusal the clerk is told and None is returned; the database is
    as it was and `store` opens connections to it again as needed."""
    from desktop_app.services.backups import restore_backup
    from desktop_app.services.store import open_sqlite_store
    from desktop_app.ui.long_work import run_with_progress

    assert store.path is not None
    path = store.path
    store.close()
    outcome = run_with_progress(
        parent,
        translate("App", "Restoring the backup…"),
        lambda _progress: restore_backup(path, backup),
    )
    if outcome.error is not None:
        QMessageBox.warning(parent, translate("App", "Xianbao"), issue_message(outcome.error.issue))
        return None
    try:
        return open_sqlite_store(path)
    except DomainError as exc:
        QMessageBox.critical(parent, translate("App", "Xianbao"), issue_message(exc.issue))
        return None


def opening_lock_wait(window: MainWindow) -> LockWait:
    """Writes made while the database opens (the catalogue, the first-run setup) wait for
    another program's lock under the same progress dialog as the window's saves."""
    from desktop_app.persistence.engine import LockWait
    from desktop_app.ui.shared_file import ProgressLockWaiter

    return LockWait(waiter=ProgressLockWaiter(window))


def share_store(window: MainWindow) -> None:
    """Tell the window who else has the database open, and let a save that finds it locked
    wait with a progress dialog (see ui/shared_file.py)."""
    from desktop_app.ui.shared_file import share_file

    if window.bundle is not None:
        share_file(window, window.bundle)


def reopen_window(old: MainWindow, store: Store, language: str) -> MainWindow:
    """A window on the restored database in place of `old`, which is closed. A backup with
    staff accounts asks who is working again (its accounts may differ); quitting there closes
    the program."""
    bundle = bundle_for(store, load_settings().person(), language)
    if bundle.login_required and not log_in(bundle, old):
        old.close()
        return old
    window = MainWindow(language=language)
    window.setGeometry(old.geometry())
    window.attach(workspace_of(bundle))
    share_store(window)
    window.show()
    old.close()
    old.deleteLater()
    window.statusBar().showMessage(
        translate(
            "App", "The backup was restored; the database it replaced is in {folder}."
        ).replace("{folder}", str(store.path.parent / "backups") if store.path else "")
    )
    return window


def offer_restore(parent: QWidget | None, database: Path, issue: Issue, language: str) -> bool:
    """A database that cannot be opened: say why and what to do; where restoring a backup
    would help, offer it. True when a backup was restored (open the database again)."""
    from desktop_app.services.backups import advice_for, restore_backup
    from desktop_app.ui.backup_dialog import BackupDialog

    advice = advice_for(issue, database)
    text = issue_message(issue) + ("\n\n" + issue_message(advice) if advice else "")
    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "Xianbao"), text, parent=parent)
    box.addButton(QMessageBox.StandardButton.Close)
    restore_button = (
        box.addButton(translate("App", "Restore a backup…"), QMessageBox.ButtonRole.ActionRole)
        if advice is not None
        else None
    )
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    chosen: list[Path] = []
    dialog = BackupDialog(database, language, parent)
    dialog.restore_requested.connect(lambda path: chosen.append(Path(str(path))))
    dialog.exec()
    if not chosen:
        return False
    try:
        restore_backup(database, chosen[0])
    except DomainError as exc:
        QMessageBox.warning(parent, translate("App", "Xianbao"), issue_message(exc.issue))
        return False
    return True


def first_run(bundle: ServiceBundle, settings: UserSettings, parent: QWidget | None = None) -> bool:
    """The setup dialog; with the demo choice, two years of sample data for 通江县."""
    from desktop_app.ui.setup_dialog import run_setup_dialog

    result = run_setup_dialog(bundle.regions, settings, parent)
    if result is None:
        return False
    if result.demo:
        from desktop_app.ui.demo_fill import fill_demo_with_progress

        if not fill_demo_with_progress(bundle, parent):
            return False
    bundle.set_home_region(result.region_code, result.settings.bureau_name)
    save_settings(result.settings)
    return True
