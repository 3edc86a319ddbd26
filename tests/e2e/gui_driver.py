"""Runs the program as `python -m desktop_app --db FILE` does, with a clerk at the keyboard.

    python tests/e2e/gui_driver.py FILE [KEYS [UPDATES]]

Once the window shows its return, the driver clicks the first cell that can be typed in, types
KEYS (default 123) and Enter, shows UPDATES status-bar messages (default 0; the screen updates of
a long session, each one a Qt call returning None), then presses Ctrl+Q, all as real key and
mouse events delivered
through Qt's event queue (QTest), so the window's shortcuts and editors see what a person's
keyboard would send. It prints "KEYED <indicator> <period>" before quitting, and the program
then ends as it would for the clerk: through `sys.exit(main())` and the interpreter's own
finalisation. Works on the offscreen platform.
"""

from __future__ import annotations

import runpy
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.main_window import MainWindow

#: Seconds the driver waits for the window before giving up (exit code 3).
PATIENCE = 20.0


def main() -> None:
    database, keys = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "123"
    updates = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    app = QApplication(sys.argv[:1])
    started = time.monotonic()

    def window() -> MainWindow | None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                return widget
        return None

    def give_up(why: str) -> None:
        print(f"DRIVER: {why}", file=sys.stderr, flush=True)
        app.exit(3)

    def wait_for_window() -> None:
        win = window()
        page = win.page if win is not None else None
        if win is None or page is None or page.model.rowCount() == 0:
            if time.monotonic() - started > PATIENCE:
                give_up("the window did not show a return")
            else:
                QTimer.singleShot(100, wait_for_window)
            return
        win.activateWindow()
        QTimer.singleShot(100, lambda: type_into(win))

    def type_into(win: MainWindow) -> None:
        if not win.isActiveWindow():
            if time.monotonic() - started > PATIENCE:
                give_up("the window never became active")
            else:
                win.activateWindow()
                QTimer.singleShot(100, lambda: type_into(win))
            return
        page = win.page
        assert page is not None
        view = page.view
        cell = view.first_editable()
        view.scrollTo(cell)
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center()
        )
        for key in keys:
            QTest.keyClick(focused(win), key)
        QTest.keyClick(focused(win), Qt.Key.Key_Return)
        period = page.period.code if page.period is not None else "?"
        print(f"KEYED {cell.data(page.model.CodeRole)} {period}", flush=True)
        for n in range(updates):
            win.statusBar().showMessage(f"{n}")
        QTimer.singleShot(200, lambda: quit_by_keyboard(win))

    def quit_by_keyboard(win: MainWindow) -> None:
        QTest.keyClick(focused(win), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        QTimer.singleShot(int(PATIENCE * 1000), lambda: give_up("Ctrl+Q did not quit"))

    def focused(win: MainWindow) -> QWidget:
        return app.focusWidget() or win

    QTimer.singleShot(0, wait_for_window)
    sys.argv = ["xianbao", "--db", database]
    runpy.run_module("desktop_app", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
