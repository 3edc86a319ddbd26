"""The demo county's sample data, filled off the GUI thread behind a progress dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.i18n import issue_message, translate
from desktop_app.services.bundle import ServiceBundle
from desktop_app.services.demo import DemoSummary
from desktop_app.services.progress import Progress
from desktop_app.ui.long_work import run_with_progress


def fill_demo_with_progress(bundle: ServiceBundle, parent: QWidget | None) -> bool:
    """Two years of sample data for 通江县, with a progress dialog. False if it failed.

    Not cancellable: the demo writes month by month and takes a few seconds.
    """

    def work(progress: Progress) -> DemoSummary:
        return bundle.fill_demo(progress=progress)

    outcome = run_with_progress(
        parent, translate("App", "Filling the demo county with two years of sample data…"), work
    )
    if outcome.error is not None:
        QMessageBox.warning(parent, translate("App", "Xianbao"), issue_message(outcome.error.issue))
        return False
    return True
