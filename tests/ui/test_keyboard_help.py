"""The keyboard help is made from the window's actions, so it names the keys they really have."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators

NATIVE = QKeySequence.SequenceFormat.NativeText


def test_help_lists_each_action_with_its_real_key(store: Store, qtbot: QtBot) -> None:
    assert install_translators("en")
    store.set_home_region("511921")
    win = build_main_window(store, "en", user="李四")
    qtbot.addWidget(win)
    text = win.keyboard_help_text()
    lines = text.splitlines()
    # the period keys step by the kind shown, not "previous / next month"
    assert "next month" not in text
    for action, name in (
        (win.previous_action, "Previous period"),
        (win.next_action, "Next period"),
        (win.go_to_period_action, "Go to period"),
        (win.page.history_action, win.page.history_action.text().replace("&", "").rstrip("…")),
        (win.page.submit_action, win.page.submit_action.text().replace("&", "").rstrip("…")),
    ):
        line = f"{action.shortcut().toString(NATIVE)}  {name}"
        assert lines.count(line) == 1, (line, lines)
    paste = QKeySequence(QKeySequence.StandardKey.Paste).toString(NATIVE)
    assert (paste, "Paste figures copied from Excel or WPS") in win.keyboard_keys()
    # every line names something once: no key is listed twice
    assert len(lines) == len(set(lines))
    # a key changed is a key the help names: it cannot go stale
    win.next_action.setShortcut(QKeySequence("Ctrl+Alt+N"))
    assert f"{QKeySequence('Ctrl+Alt+N').toString(NATIVE)}  Next period" in (
        win.keyboard_help_text().splitlines()
    )
    assert "Ctrl+PgDown  Next period" not in win.keyboard_help_text()
