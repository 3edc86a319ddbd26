"""Clicks and keys meant for a page that is about to be replaced are not given to its successor.

While the store opens (the event loop waits for it), a clerk may click into the snapshot of the
return and type a figure: Qt queues those events and would hand them, once the live page is
attached, to whatever then lies under the pointer or has the focus — another row of the live
grid, which sits higher on the window than the snapshot's. The guard swallows the window's mouse,
wheel and key events from the moment it is made until a moment after it is released, so what was
queued meanwhile is dropped. Other windows (the login, a refusal's message box, the first-run
setup, all shown while the store opens) are not guarded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: Input events, the kinds a clerk's hand makes.
GUARDED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }
)

#: How long after release the guard still drops input: long enough for the events queued while
#: the event loop waited to be delivered (they are, in its first turn), short enough not to be felt.
SETTLE_MS = 250


class InputGuard(QObject):
    """Drops input meant for `window` (and its children) until shortly after release_soon()."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.dropped = 0  # how many events were swallowed (for tests and logs)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in GUARDED or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window:
            return False  # a dialog of its own: the login, a message box
        self.dropped += 1
        return True

    def release_soon(self) -> None:
        """Input is the window's again SETTLE_MS from now."""
        QTimer.singleShot(SETTLE_MS, self.release)

    def release(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
