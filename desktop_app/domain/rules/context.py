"""What a check sees: one region's return for one period, with history to compare against."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.figures import Figures, Series
from desktop_app.domain.indicators import Indicator
from desktop_app.domain.periods import Period


@dataclass(frozen=True)
class CheckContext:
    period: Period
    #: The active catalogue, by code, in return order.
    indicators: Mapping[str, Indicator]
    #: Derived figures of this region and period, by indicator code (computed ratios included).
    figures: Mapping[str, Figures]
    #: What is stored (or summed over the subtree) for this region, by indicator code, covering at
    #: least this year and the year before. Computed ratios have no series.
    series: Mapping[str, Series]
