"""Clicks and keys meant for a page that is about to be replaced are not given to its successor.

While the store opens (the event loop waits for it), a clerk may click into the snapshot of the
return and type a figure: Qt queues those events and would hand them, once the live page is
attached, to whatever then lies under the pointer or has the focus — another row of the live
grid, which sits higher on the window than the snapshot's. The guard swallows the window's mouse,
wheel and key events from the moment it is made until what was queued meanwhile has been delivered
(and dropped); typing after that is the live page's at once. Other windows (the login, a
refusal's message box, the first-run setup, all shown while the store opens) are not guarded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
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


class InputGuard(QObject):
    """Drops input meant for `window` (and its children) until release_after_queued()."""

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

    def release_after_queued(self) -> None:
        """Input is the window's again once what was queued while the event loop waited has
        been delivered to the filter (and dropped)."""
        QCoreApplication.processEvents()
        self.release()

    def release(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
