"""Long work off the GUI thread: a progress dialog that can cancel it, and its result or error.

A service call that takes a `progress(done, total) -> bool` callback (False = stop) runs in a
QThread; the dialog shows how far it got, and its Cancel button makes the next callback return
False so the service stops at a safe point (services write nothing, or everything, per call).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.domain.issues import DomainError
from desktop_app.services.progress import Progress

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    result: T | None = None
    error: DomainError | None = None
    cancelled: bool = False


class _Worker(QThread):
    advanced = Signal(int, int)

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self.result: object = None
        self.error: DomainError | None = None
        self.failure: BaseException | None = None

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.advanced.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            self.result = self._work(self._progress)
        except DomainError as exc:
            if not self._stop.is_set():  # a service stopping because it was asked to is no error
                self.error = exc
        except BaseException as exc:
            if not self._stop.is_set():  # a programming error: raised again on the GUI thread
                self.failure = exc


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], T],
    *,
    cancel_text: str | None = None,
) -> Outcome[T]:
    """Run `work(progress)` in a thread behind a modal progress dialog.

    Errors other than DomainError are programming errors: they are raised again here, on the
    GUI thread, once the thread has finished.
    """
    dialog = QProgressDialog(label, cancel_text or "", 0, 0, parent)
    if cancel_text is None:
        dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work)

    def advanced(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    worker.advanced.connect(advanced)
    worker.finished.connect(dialog.accept)
    dialog.canceled.connect(worker.cancel)  # the Cancel button or closing the dialog
    dialog.rejected.connect(worker.cancel)  # Esc
    worker.start()
    if worker.isRunning():
        dialog.exec()
    worker.wait()
    dialog.deleteLater()
    if worker.failure is not None:
        raise worker.failure
    if worker.error is not None:
        return Outcome(error=worker.error)
    if worker.cancelled:
        return Outcome(cancelled=True)
    return Outcome(result=worker.result)  # type: ignore[arg-type]
