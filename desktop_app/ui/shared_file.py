"""The window's side of a database shared by two clerks.

- Who else has the file open (the presence records, services/presence.py): said in the status bar
  when the window opens, and shown in a permanent status-bar label refreshed every half minute.
- A save that finds the file locked by another program: after half a second a progress dialog
  shows how long it has waited, with Cancel; the write gives up by itself at the store's bound
  (LockWait.limit) with a sentence. The dialog is modal, and QProgressDialog.setValue processes
  events, so Cancel answers while the save waits on the GUI thread. A write waiting on another
  thread (an import under its own progress dialog) shows nothing more: that dialog is there.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressDialog, QWidget

from desktop_app.i18n import translate
from desktop_app.services.locks import as_local
from desktop_app.services.presence import HEARTBEAT, Holder, Sharing

if TYPE_CHECKING:
    from desktop_app.services.bundle import ServiceBundle

#: Seconds a write waits before the progress dialog appears.
SHOW_AFTER = 0.5


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


class ProgressLockWaiter:
    """A LockWaiter for the window: a progress dialog with Cancel after SHOW_AFTER seconds."""

    def __init__(self, parent: QWidget | None = None, show_after: float = SHOW_AFTER) -> None:
        self._parent = parent
        self._show_after = show_after
        self.dialog: QProgressDialog | None = None
        self.shown = 0  # dialogs shown so far (for tests and the curious)

    def waiting(self, elapsed: float, limit: float, holders: str) -> bool:
        if not _on_gui_thread() or elapsed < self._show_after:
            return True
        if self.dialog is None:
            self.dialog = self._make_dialog(limit, holders)
            self.shown += 1
        self.dialog.setValue(min(int(elapsed * 10), self.dialog.maximum()))
        QCoreApplication.processEvents()
        return not self.dialog.wasCanceled()

    def finished(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _make_dialog(self, limit: float, holders: str) -> QProgressDialog:
        if holders:
            text = translate(
                "SharedFile",
                "{holders} is writing to the database. Your entry is saved as soon as they are "
                "done; Xianbao waits up to {seconds} seconds.",
            )
        else:
            text = translate(
                "SharedFile",
                "Another Xianbao is writing to the database. Your entry is saved as soon as it "
                "is done; Xianbao waits up to {seconds} seconds.",
            )
        dialog = QProgressDialog(
            text.format(holders=holders, seconds=round(limit)),
            translate("SharedFile", "Stop waiting"),
            0,
            max(1, int(limit * 10)),
            self._parent,
        )
        label = QLabel(dialog.labelText())
        label.setWordWrap(True)
        dialog.setLabel(label)
        dialog.setMinimumWidth(460)
        dialog.setWindowTitle(translate("SharedFile", "Waiting for the database"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        return dialog


def holder_text(holder: Holder) -> str:
    return translate("SharedFile", "{user} on {computer} since {since}").format(
        user=holder.name,
        computer=holder.computer,
        since=_when(holder.since),
    )


def _when(moment: datetime) -> str:
    local = as_local(moment)
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class SharedFile(QObject):
    """This program's presence on the database, and what the window says about the others."""

    def __init__(self, window: QMainWindow, presence: Sharing, waiter: ProgressLockWaiter) -> None:
        super().__init__(window)
        self._window = window
        self.presence = presence
        self.waiter = waiter
        self.label = QLabel()
        self.label.setObjectName("sharedFileLabel")
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setInterval(int(HEARTBEAT * 1000))
        self._timer.timeout.connect(self.update)
        self._timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        # A window replaced (after a restore) takes its record with it.
        window.destroyed.connect(self.presence.stop)
        self.others: list[Holder] = []
        self.update()
        if self.others:
            window.statusBar().showMessage(
                translate(
                    "SharedFile",
                    "This database is also open in another Xianbao: {others}. Every save is "
                    "checked against theirs; a figure they changed since you saw it is not "
                    "overwritten.",
                ).format(others="; ".join(holder_text(h) for h in self.others)),
                20000,
            )

    def update(self) -> None:
        self.others = self.presence.others()
        if not self.others:
            self.label.setVisible(False)
            self.label.clear()
            return
        self.label.setText(
            translate("SharedFile", "Also open: {others}").format(
                others="; ".join(holder_text(h) for h in self.others)
            )
        )
        self.label.setToolTip(
            translate(
                "SharedFile",
                "Another Xianbao has this database open. Saves are checked against each other's.",
            )
        )
        self.label.setVisible(True)

    def stop(self) -> None:
        self._timer.stop()
        self.presence.stop()


def share_file(window: QMainWindow, bundle: ServiceBundle) -> SharedFile | None:
    """Called by the composition root once the store is open: this program's presence, named
    as the person (填表人), and the lock waits under a progress dialog; None for a database
    without a file."""
    waiter = ProgressLockWaiter(window)
    presence = bundle.share(waiter)
    if presence is None:
        return None
    return SharedFile(window, presence, waiter)
