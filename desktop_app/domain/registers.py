"""Registers (台账): the lists behind the counts, and the rules that derive a count from a list.

A county bureau keeps lists: the service points of the three-level system (县级中心, 乡镇站,
村级点), the training sessions it ran, and more. A return's count is derived from such a list
for a region and a period by a rule the catalogue declares, for example

- 村级电子商务服务点 = service points of level 村 open at the end of the period;
- 其中：贫困村服务点 = those of them in a poor village;
- 培训人次 = the attendees of the sessions held in the period.

A stock is counted on the last day of the period; a flow sums the rows whose date falls in it. A
row belongs to the region it sits in and to every region above it; which regions are above is the
caller's (`within`), since the region tree and its changes live elsewhere.

Everything here is pure: rows in, a number or issues out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from desktop_app.domain.issues import Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import period_dates


class PointLevel(Enum):
    """The three levels of the rural e-commerce service system."""

    COUNTY = "county"  # 县级电子商务公共服务中心
    TOWNSHIP = "township"  # 乡镇电子商务服务站
    VILLAGE = "village"  # 村级电子商务服务点


@dataclass(frozen=True)
class ServicePoint:
    """One service point as the bureau's list records it.

    `opened` is the first day it served; `closed`, when given, the first day it no longer did, so a
    point closed on the last day of a month is not counted at that month's end.
    """

    name: str
    level: PointLevel
    region_code: str  # the county, township or village it sits in
    opened: date | None
    closed: date | None = None
    poor_village: bool = False
    address: str = ""
    operator: str = ""
    phone: str = ""
    funded_amount: Decimal | None = None  # 示范项目 funds spent on it, in 万元
    funded_year: int | None = None

    def open_on(self, day: date) -> bool:
        """Whether the point was serving at the end of `day`."""
        if self.opened is None or self.opened > day:
            return False
        return self.closed is None or self.closed > day


@dataclass(frozen=True)
class TrainingSession:
    """One training session; it counts in the period its last day falls in."""

    started: date
    ended: date
    topic: str
    region_code: str
    attendees: int
    poor_attendees: int = 0
    organiser: str = ""
    hours: Decimal | None = None
    subsidy: Decimal | None = None  # 万元


class Measure(Enum):
    OPEN_AT_END = "open_at_end"  # a stock: the rows open on the period's last day
    SUM_IN_PERIOD = "sum_in_period"  # a flow: a field summed over the rows dated in the period
    COUNT_IN_PERIOD = "count_in_period"  # a flow: the rows dated in the period


@dataclass(frozen=True)
class DerivedCount:
    """How an indicator is derived from a register (declared in the catalogue).

    `where` keeps the rows whose attribute equals the value given (level="village",
    poor_village=True); `summed` is the attribute SUM_IN_PERIOD adds up.
    """

    register: str
    measure: Measure
    summed: str | None = None
    where: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if (self.measure is Measure.SUM_IN_PERIOD) != (self.summed is not None):
            raise ValueError("an attribute is summed by SUM_IN_PERIOD and only by it")


Row = ServicePoint | TrainingSession


def _attribute(row: Row, name: str) -> Any:
    value = getattr(row, name)
    return value.value if isinstance(value, Enum) else value


def _row_day(row: Row) -> date | None:
    """The day a row of a flow register counts on."""
    return row.ended if isinstance(row, TrainingSession) else row.opened


def derive(
    rule: DerivedCount,
    rows: Iterable[Row],
    period: Period,
    within: Callable[[str], bool],
) -> Decimal:
    """The figure `rule` gives for `period` from `rows`, keeping the rows whose region `within` accepts."""
    first, last = period_dates(period)
    total = Decimal(0)
    for row in rows:
        if not within(row.region_code):
            continue
        if any(_attribute(row, name) != wanted for name, wanted in rule.where.items()):
            continue
        if rule.measure is Measure.OPEN_AT_END:
            if not isinstance(row, ServicePoint):
                raise TypeError(f"{rule.register} rows have no opening and closing dates")
            total += row.open_on(last)
            continue
        day = _row_day(row)
        if day is None or not first <= day <= last:
            continue
        if rule.measure is Measure.COUNT_IN_PERIOD:
            total += 1
        else:
            assert rule.summed is not None
            amount = _attribute(row, rule.summed)
            total += Decimal(amount) if amount is not None else 0
    return total


def under(ancestor_code: str) -> Callable[[str], bool]:
    """Rows in `ancestor_code` or below it, by the codes' prefixes (a township's 9-digit code begins
    with its county's 6 digits, a village's 12 with its township's 9). A province or prefecture
    code ends in zeros that its counties fill, so those are trimmed first."""
    stem = ancestor_code
    if len(stem) == 6:
        stem = stem[:2] if stem.endswith("0000") else stem[:4] if stem.endswith("00") else stem
    return lambda code: code.startswith(stem)


def check_service_point(point: ServicePoint) -> list[Issue]:
    """What keeps a service point out of the register, as issues with the point's name."""
    issues: list[Issue] = []
    name = point.name.strip()
    if not name:
        issues.append(Issue("register_name_missing"))
    if point.opened is None:
        issues.append(Issue("register_opened_missing", params={"name": name}))
    if point.opened and point.closed and point.closed <= point.opened:
        issues.append(
            Issue(
                "register_closed_before_opened",
                params={"name": name, "opened": point.opened, "closed": point.closed},
            )
        )
    wanted = {PointLevel.COUNTY: 6, PointLevel.TOWNSHIP: 9, PointLevel.VILLAGE: 12}[point.level]
    if len(point.region_code) != wanted or not point.region_code.isdigit():
        issues.append(
            Issue(
                "register_point_region_level",
                params={"name": name, "level": point.level.value, "code": point.region_code},
            )
        )
    if point.funded_amount is not None and point.funded_amount < 0:
        issues.append(Issue("register_negative", params={"name": name, "field": "funded_amount"}))
    return issues


def check_training(session: TrainingSession) -> list[Issue]:
    """What keeps a training session out of the register."""
    issues: list[Issue] = []
    topic = session.topic.strip()
    if not topic:
        issues.append(Issue("register_name_missing"))
    if session.ended < session.started:
        issues.append(
            Issue(
                "register_ended_before_started",
                params={"name": topic, "started": session.started, "ended": session.ended},
            )
        )
    for name in ("attendees", "poor_attendees"):
        if getattr(session, name) < 0:
            issues.append(Issue("register_negative", params={"name": topic, "field": name}))
    if session.poor_attendees > session.attendees:
        issues.append(
            Issue(
                "register_part_exceeds_whole",
                params={
                    "name": topic,
                    "part": session.poor_attendees,
                    "whole": session.attendees,
                },
            )
        )
    return issues
