"""The command line on a database another program has open: said on stderr at the start, the
command's presence recorded while it runs, and a write that finds the file locked says that it
waits (a line at once, then one every few seconds) until it can write or gives up."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from desktop_app.i18n import translate
from desktop_app.persistence.engine import LockWait
from desktop_app.services.presence import Presence
from desktop_app.services.store import Store
from desktop_app.services.values import current_user

#: Seconds a write waits before it says so, and between two lines after that.
FIRST_LINE_AFTER = 0.5
LINE_EVERY = 5.0


class LineLockWaiter:
    """A LockWaiter for the command line: a line on `err` while a write waits for the lock."""

    def __init__(self, err: TextIO) -> None:
        self._err = err
        self._next = FIRST_LINE_AFTER
        self.lines = 0

    def waiting(self, elapsed: float, limit: float, holders: str) -> bool:
        if elapsed < self._next:
            return True
        if self.lines == 0:
            text = (
                translate(
                    "Cli",
                    "{holders} is writing to the database; waiting up to {seconds} seconds…",
                )
                if holders
                else translate(
                    "Cli",
                    "Another Xianbao is writing to the database; waiting up to {seconds} seconds…",
                )
            )
        else:
            text = translate("Cli", "… still waiting ({elapsed} s)")
        self._err.write(
            text.format(holders=holders, seconds=round(limit), elapsed=round(elapsed)) + "\n"
        )
        self._err.flush()
        self.lines += 1
        self._next = elapsed + LINE_EVERY
        return True

    def finished(self) -> None:
        self._next = FIRST_LINE_AFTER
        self.lines = 0


def cli_lock_wait(err: TextIO, database: Path) -> LockWait:
    """How the command's writes wait for the lock, from the first (opening the store) on; who
    holds it is read from the presence records, before this command has one of its own."""
    return LockWait(
        waiter=LineLockWaiter(err), holders=Presence(database, current_user()).holders_text
    )


def share_cli(store: Store, err: TextIO, person: str | None = None) -> Presence | None:
    """Record this command's presence on the store's file, named as `person` (--person; the
    login name when None), and say who else has it open (their names then appear in the
    waiting line); the caller stops the returned presence when done."""
    if store.sessions.lock_wait.waiter is None:
        store.sessions.lock_wait.waiter = LineLockWaiter(err)
    if store.path is None:
        return None
    login = current_user()
    presence = Presence(store.path, person or login, login=login).start()
    store.sessions.lock_wait.holders = presence.holders_text
    others = presence.others()
    if others:
        names = "; ".join(
            translate("Cli", "{user} on {computer}").format(user=h.name, computer=h.computer)
            for h in others
        )
        err.write(translate("Cli", "Also open in another Xianbao: {others}").format(others=names))
        err.write("\n")
    return presence
