"""A region's figures of an indicator it derives from a register, as a roll-up leaf.

A county that derives 村级电子商务服务点 from its service points in a year keeps the figure itself
for that year: the roll-up asks the leaf, which counts the register's rows in the region (and
below it) for each measure's period. A year the county keyed instead is answered by the leaf of
its keyed figures, so 上年同期 compares a derived figure with last year's keyed one.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.domain.periods import Period
from desktop_app.domain.regions import period_dates
from desktop_app.domain.registers import (
    DerivedCount,
    RegisterRow,
    derive,
    derive_year_to_date,
    with_designations,
)
from desktop_app.domain.rollup import Leaf, measure_period
from desktop_app.domain.values import Figure


def _everywhere(_code: str) -> bool:
    return True


class RegisterLeaf:
    """What a region derives from a register in `derived_years` (its rows given, already those
    of the region and below), and what `other` (its keyed figures) holds for other years."""

    __slots__ = ("_cache", "derived_years", "designations", "other", "rows", "rule", "years")

    def __init__(
        self,
        rule: DerivedCount,
        rows: Sequence[RegisterRow],
        derived_years: set[int],
        other: Leaf | None = None,
        designations: Sequence[RegisterRow] = (),
    ) -> None:
        """`designations`: the designations register's rows, from which a service point with
        贫困村 left blank learns whether its village was a poor one on the day counted."""
        self.rule = rule
        self.rows = rows
        self.designations = designations
        self.derived_years = derived_years
        self.other = other
        self.years = set(derived_years) | (set(other.years) if other is not None else set())
        self._cache: dict[tuple[str, Period], Figure] = {}

    def measure(self, measure: str, period: Period) -> Figure:
        target = measure_period(period, measure)
        if target.year not in self.derived_years:
            return self.other.measure(measure, period) if self.other is not None else None
        key = (measure, period)
        if key not in self._cache:
            rows = self.rows
            if self.designations:
                rows = with_designations(rows, self.designations, period_dates(target)[1])
            if measure.endswith("cumulative"):
                value = derive_year_to_date(self.rule, rows, target, _everywhere)
            else:
                value = derive(self.rule, rows, target, _everywhere)
            self._cache[key] = value
        return self._cache[key]
