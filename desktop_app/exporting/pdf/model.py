"""What a printed report shows, as plain immutable values: the services fill them, the renderer
draws them. Names and labels arrive already in the report's language; figures stay exact
(`Decimal`, "无" or None) and are formatted only when drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from desktop_app.domain.maps import MapPicture
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.values import Figure

#: Units of money as the catalogue writes them (units are data, printed as they are).
WAN_YUAN = "万元"
YI_YUAN = "亿元"  # 10,000 万元


@dataclass(frozen=True)
class Gap:
    """A printed figure that lacks some of the children it rolls up ("4/5"): marked, then noted."""

    measure: str  # the measure, a name of services.figures.MEASURES ("current", "cumulative"…)
    label: str  # "4/5"
    missing: tuple[str, ...] = ()  # children without the figure
    partial: tuple[str, ...] = ()  # children whose own figure is itself incomplete


@dataclass(frozen=True)
class FigureRow:
    """One indicator's line in the summary table."""

    code: str
    name: str
    unit: str
    scale: int
    depth: int = 0  # 0: an indicator; 1: 其中; 2: 其中 of a 其中
    current: Figure = None  # 本月 (a stock: the end of the month)
    cumulative: Figure = None  # 1-N月累计 (a stock: the end of the month)
    last_year_cumulative: Figure = None  # 上年同期累计
    yoy: Decimal | None = None  # 同比(%) of the year-to-date figure; None is "—"
    target: Decimal | None = None  # 年度目标: the goal in the unit (a share: the rate)
    progress: Decimal | None = None  # 完成进度(%), by the target's kind
    gaps: tuple[Gap, ...] = ()  # measures whose figure is incomplete
    pace: Decimal | None = None  # 按进度应完成(%) by the end of the month
    behind: bool = False  # progress below pace: marked BEHIND_MARK, in red

    @property
    def is_money(self) -> bool:
        """An amount in 万元 that the report may show in 亿元 when the figure is too wide."""
        return self.unit == WAN_YUAN


@dataclass(frozen=True)
class FigureGroup:
    name: str
    rows: tuple[FigureRow, ...]


@dataclass(frozen=True)
class Explanation:
    """A 情况说明 written for a warning."""

    indicator: str
    text: str


@dataclass(frozen=True)
class TrendSeries:
    name: str
    values: tuple[Decimal | None, ...]  # one per month of the trend, oldest first


@dataclass(frozen=True)
class Trend:
    """The last twelve months of a few key indicators that share one unit."""

    unit: str
    months: tuple[str, ...]  # short labels, oldest first ("3月", "Mar")
    series: tuple[TrendSeries, ...]
    incomplete: tuple[int, ...] = ()  # indexes of the months where a figure lacks some regions


@dataclass(frozen=True)
class ProgressBar:
    name: str
    unit: str
    scale: int
    cumulative: Figure
    target: Decimal
    progress: Decimal | None


@dataclass(frozen=True)
class RankedRegion:
    rank: int
    code: str
    name: str
    cumulative: Figure
    last_year_cumulative: Figure
    yoy: Decimal | None
    share: Decimal | None  # of the whole region's year-to-date figure, %
    gaps: tuple[Gap, ...] = ()  # the region's own figures that lack some of its children


@dataclass(frozen=True)
class Ranking:
    indicator: str
    unit: str
    scale: int
    regions: tuple[RankedRegion, ...]
    indicator_code: str = ""  # the catalogue's code (the map of the same figures needs it)

    @property
    def not_reported(self) -> tuple[str, ...]:
        """The regions without the figure (neither a number nor 无), in the table's order."""
        return tuple(r.name for r in self.regions if r.cumulative is None)


@dataclass(frozen=True)
class SummaryReport:
    """The monthly summary (月度汇总) of a county, or with `ranking` the city/province report."""

    region_name: str
    region_code: str
    period_label: str  # 2025年3月
    ytd_label: str  # 2025年1-3月
    end_month: int  # N of 1-N月累计
    groups: tuple[FigureGroup, ...]
    signatories: Signatories
    explanations: tuple[Explanation, ...] = ()
    trend: Trend | None = None
    progress: tuple[ProgressBar, ...] = ()
    time_progress: Decimal | None = None  # share of the year gone, % (3月: 25.0)
    ranking: Ranking | None = None
    produced: date | None = None
    #: The city's counties coloured by the ranking's figure (issue 16), after the ranking.
    map: MapPicture | None = None


@dataclass(frozen=True)
class FormRow:
    code: str
    name: str
    unit: str
    depth: int
    year_to_date: bool  # a flow: 本月 and 1-N月累计 boxes; a stock: the end-of-month figure


@dataclass(frozen=True)
class FormGroup:
    name: str
    rows: tuple[FormRow, ...]


@dataclass(frozen=True)
class BlankForm:
    """A paper form for one reporting unit (a township) and period."""

    unit_name: str  # 填报单位; "" leaves the line blank
    period_label: str
    end_month: int
    groups: tuple[FormGroup, ...]
    authority: str = ""  # who collects it (the county bureau)


class Submission(Enum):
    ON_TIME = "on_time"  # 已报送
    LATE = "late"  # 逾期报送
    PENDING = "pending"  # 未报送, before the deadline
    MISSING = "missing"  # 逾期未报
    REOPENED = "reopened"  # submitted, then reopened for a correction


@dataclass(frozen=True)
class CompletenessRow:
    code: str
    name: str
    status: Submission
    submitted_at: datetime | None  # the first submission
    by: str | None
    days_late: int | None


@dataclass(frozen=True)
class CompletenessReport:
    region_name: str
    region_code: str
    period_label: str
    deadline: date
    as_of: date
    level: str  # RegionLevel value of the rows: "township", "county", "prefecture"
    rows: tuple[CompletenessRow, ...]
    bureau: str = ""
