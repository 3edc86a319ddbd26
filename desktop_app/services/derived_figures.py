"""The roll-up leaves of the figures regions derive from their registers (see domain/derived.py).

A region derives an indicator in a year when it, or a region above it, is recorded as deriving it
(DerivedSourceRecord). Such a region is a leaf for those years: its figure is counted from the
register's rows in it and below it, never summed from its children, so a county's count is the
register filtered by the county, and each township's (乡镇分列) the register filtered by the
township.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop_app.domain.derived import RegisterLeaf
from desktop_app.domain.figures import Series
from desktop_app.domain.periods import Period
from desktop_app.domain.registers import DESIGNATIONS, SERVICE_POINTS, RegisterRow, under
from desktop_app.domain.rollup import Leaf, SeriesLeaf
from desktop_app.persistence.registers import RegisterRepository, row_of
from desktop_app.persistence.repositories import IndicatorRow

if TYPE_CHECKING:
    from desktop_app.services.figures import FigureScope


def add_register_leaves(
    session: Session,
    scope: FigureScope,
    indicators: Sequence[IndicatorRow],
    period: Period,
    leaves: dict[tuple[str, str], Leaf],
    series: Mapping[tuple[str, str], Series],
    below: Sequence[str] = (),
) -> dict[str, dict[str, str]]:
    """Put a RegisterLeaf in `leaves` for every region the figures are asked of (the root and
    `below`) that derives an indicator in `period`'s year or the year before, and for every
    deriving region of the subtree. Returns, by region code, the indicators derived there in
    `period`'s year with their register."""
    derivable = {row.id: row.indicator for row in indicators if row.indicator.derived is not None}
    if not derivable:
        return {}
    root = scope.region
    repo = RegisterRepository(session)
    sources = repo.deriving(list(derivable), [period.year - 1, period.year], root)
    if not sources:
        return {}
    # (deriving node, indicator code) → the years it derives
    years: dict[tuple[str, str], set[int]] = defaultdict(set)
    for source in sources:
        if source.code in scope.nodes:
            node = source.code
        elif root.path.startswith(source.path):
            node = root.code  # the root lies under the deriving region
        else:
            continue  # a former region of the subtree, not a node
        years[(node, derivable[source.indicator_id].code)].add(source.year)
    by_code = {ind.code: ind for ind in derivable.values()}
    registers = {rule.register for _n, code in years if (rule := by_code[code].derived)}
    if SERVICE_POINTS.key in registers:
        registers.add(DESIGNATIONS.key)  # a point's 贫困村 left blank is learnt from them
    rows = [row_of(r, code) for r, code, _p in repo.rows_under(sorted(registers), root)]
    designations = [row for row in rows if row.register == DESIGNATIONS.key]
    asked = [root.code, *(code for code in below if code in scope.nodes)]
    rows_of: dict[str, list[RegisterRow]] = {}
    derived: dict[str, dict[str, str]] = defaultdict(dict)
    for (source_node, code), derived_years in years.items():
        indicator = by_code[code]
        rule = indicator.derived
        assert rule is not None
        inside = under(source_node)
        for node in {source_node, *(n for n in asked if inside(n))}:
            if node not in rows_of:
                within = under(node)
                rows_of[node] = [row for row in rows if within(row.region_code)]
            key = (node, code)
            other = leaves.get(key)
            if other is None and series.get(key):
                other = SeriesLeaf(indicator, series[key])
            kept = [row for row in rows_of[node] if row.register == rule.register]
            leaves[key] = RegisterLeaf(rule, kept, set(derived_years), other, designations)
            if period.year in derived_years:
                derived[node][code] = rule.register
    return dict(derived)
