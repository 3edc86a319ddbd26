"""The SQL statements an action sends, for tests that keep a use case's statements few."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from desktop_app.services.store import Store


def statements(store: Store, action: Callable[[], object]) -> list[str]:
    """Every statement `action` sends through the store's engine, whitespace folded and cut
    to 120 characters (BEGIN and COMMIT are not statements of the cursor)."""
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(" ".join(str(args[2]).split())[:120])

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen
