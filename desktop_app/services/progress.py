"""How long work reports how far it got: progress(done, total) returns False to stop it."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]
