"""The demo county's sample data, filled off the GUI thread behind a progress dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.domain.issues import DomainError
from desktop_app.i18n import issue_message, translate
from desktop_app.services.store import Store


class _DemoFill(QThread):
    """Fills the demo county off the GUI thread; SQLite sessions are made in this thread."""

    advanced = Signal(int, int)
    failed = Signal(str)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store

    def run(self) -> None:
        from desktop_app.services.demo import fill_demo_county

        try:
            fill_demo_county(self._store.sessions, progress=self.advanced.emit)
        except DomainError as exc:
            self.failed.emit(issue_message(exc.issue))


def fill_demo_with_progress(store: Store, parent: QWidget | None) -> bool:
    """Two years of sample data for 通江县, with a progress dialog. False if it failed."""
    dialog = QProgressDialog(
        translate("App", "Filling the demo county with two years of sample data…"),
        "",
        0,
        0,
        parent,
    )
    dialog.setCancelButton(None)  # the demo writes month by month; it is not worth stopping
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    worker = _DemoFill(store)
    errors: list[str] = []

    def advanced(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    worker.advanced.connect(advanced)
    worker.failed.connect(errors.append)
    worker.finished.connect(dialog.accept)
    worker.start()
    dialog.exec()
    worker.wait()
    if errors:
        QMessageBox.warning(parent, translate("App", "Xianbao"), errors[0])
        return False
    return True
