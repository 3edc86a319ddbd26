"""Long work runs in a thread behind a progress dialog that can cancel it."""

from __future__ import annotations

import threading

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from desktop_app.domain.issues import DomainError
from desktop_app.services.progress import Progress
from desktop_app.ui.long_work import run_with_progress


def test_result_comes_back_from_the_worker_thread(qapp: QApplication) -> None:
    seen: list[tuple[int, int]] = []
    main = threading.get_ident()

    def work(progress: Progress) -> int:
        assert threading.get_ident() != main
        for i in range(1, 4):
            progress(i, 3)
            seen.append((i, 3))
        return 42

    outcome = run_with_progress(None, "working", work)
    assert outcome.result == 42 and not outcome.cancelled and outcome.error is None
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_the_work_at_the_next_step(qapp: QApplication) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> str:
        for i in range(1000):
            started.set()
            if not progress(i, 1000):
                return "stopped"
            steps.append(i)
            threading.Event().wait(0.01)
        return "finished"

    def press_cancel() -> None:
        dialogs = [
            w for w in qapp.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if dialogs and started.is_set():
            (button,) = dialogs[0].findChildren(QPushButton)
            button.click()  # as the clerk does
        else:
            QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(20, press_cancel)
    outcome = run_with_progress(None, "working", work, cancel_text="Cancel")
    assert outcome.cancelled and outcome.result is None
    assert len(steps) < 1000


def test_domain_errors_come_back_and_other_errors_are_raised(qapp: QApplication) -> None:
    def refused(progress: Progress) -> None:
        raise DomainError.of("not_a_number", text="x")

    outcome = run_with_progress(None, "working", refused)
    assert outcome.error is not None and outcome.error.issue.code == "not_a_number"

    def broken(progress: Progress) -> None:
        raise ValueError("bug")

    with pytest.raises(ValueError, match="bug"):
        run_with_progress(None, "working", broken)
