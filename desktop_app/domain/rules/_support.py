"""Helpers shared by the rules: reading figures pairwise and writing numbers into params."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.figures import DASH, Figures
from desktop_app.domain.values import Figure

#: The measures of a return that comparisons look at: 本期 and 1-N月累计.
MEASURES = ("current", "cumulative")


def number_text(value: Decimal | None) -> str:
    """A number as an issue parameter: exact (str of the Decimal), or "—" when there is none."""
    return DASH if value is None else str(value)


def numbers(figures: Figures | None) -> list[tuple[str, Decimal]]:
    """(measure, value) for each measure that is a number; a repeated value is listed once.

    For a stock, and for a flow in January, 本期 and 累计 are the same figure: one issue is enough.
    """
    if figures is None:
        return []
    found: list[tuple[str, Decimal]] = []
    for measure in MEASURES:
        value: Figure = getattr(figures, measure)
        if isinstance(value, Decimal) and all(value != seen for _, seen in found):
            found.append((measure, value))
    return found


def pairs(first: Figures | None, second: Figures | None) -> list[tuple[str, Decimal, Decimal]]:
    """(measure, first, second) for each measure where both are numbers, each pair listed once."""
    if first is None or second is None:
        return []
    found: list[tuple[str, Decimal, Decimal]] = []
    for measure in MEASURES:
        a: Figure = getattr(first, measure)
        b: Figure = getattr(second, measure)
        if (
            isinstance(a, Decimal)
            and isinstance(b, Decimal)
            and all((a, b) != (x, y) for _, x, y in found)
        ):
            found.append((measure, a, b))
    return found
