"""Registers (台账): the lists behind the counts, and the rules that derive a count from a list.

A county bureau keeps lists: the service points of the three-level system (县级中心, 乡镇站,
村级点), the training sessions it ran, the e-commerce villages and towns, the enterprises and online
shops, the key projects, and the designations its regions carry (综合示范县, 贫困村…). Each list is
described here once (`RegisterSpec`: its fields and how a row counts in time), and the grid, the
form, the import, the export and the derived counts are all built from that description.

A return's count is derived from such a list for a region and a period by a rule the catalogue
declares (`DerivedCount`), for example

- 村级电子商务服务点 = service points of level 村 open at the end of the period;
- 其中：贫困村服务点 = those of them in a poor village;
- 服务点覆盖行政村数 = the villages with at least one such point open;
- 培训人次 = the attendees of the sessions held in the period.

A stock is counted on the last day of the period; a flow sums the rows whose day falls in it. A
row belongs to the region it sits in and to every region above it; which regions are above is the
caller's (`within`), since the region tree and its changes live elsewhere.

Everything here is pure: rows in, a number or issues out.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from desktop_app.domain.issues import Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import period_dates


class FieldKind(Enum):
    TEXT = "text"
    DATE = "date"
    INTEGER = "integer"  # a non-negative whole number (persons, employees)
    AMOUNT = "amount"  # a non-negative decimal (万元, hours)
    YEAR = "year"
    FLAG = "flag"  # yes / no
    CHOICE = "choice"  # one of the field's choices (stored as the choice's key)
    DEGREES = "degrees"  # a longitude or latitude in decimal degrees, within the field's `span`


@dataclass(frozen=True)
class FieldSpec:
    """One column of a register. `label` is the English source of its translated heading."""

    key: str
    kind: FieldKind
    label: str
    required: bool = False
    #: For a CHOICE: (key, English label) pairs; the label is translated like `label`.
    choices: tuple[tuple[str, str], ...] = ()
    #: Other headings an imported list may give this column (Chinese as bureaus write them).
    aliases: tuple[str, ...] = ()
    #: A CHOICE that a blank cell takes from the level of the row's place (a list of village
    #: points seldom has a 层级 column: a point in a village is a village point).
    from_place: bool = False
    #: DEGREES: the lowest and highest value accepted (China's box: a figure beyond it is a
    #: typing error, a longitude and a latitude swapped, or minutes written as decimals).
    span: tuple[Decimal, Decimal] | None = None


class Timing(Enum):
    """How a row counts in time."""

    SPAN = "span"  # a stock: in being from `start` to the day before `end` (a service point)
    DAY = "day"  # a flow: counted in the period its `day` falls in (a training session)
    NONE = "none"  # not counted in time (a designation, a project)


@dataclass(frozen=True)
class RegisterSpec:
    key: str
    title: str  # English source of the translated title
    fields: tuple[FieldSpec, ...]
    name_field: str  # the field that names a row in messages and in the "rows behind" list
    timing: Timing
    start_field: str | None = None  # SPAN: the first day (a YEAR counts from its last day)
    end_field: str | None = None  # SPAN: the first day it no longer counts
    day_field: str | None = None  # DAY
    #: Region levels a row may sit at ("county", "township", "village").
    levels: tuple[str, ...] = ("county", "township", "village")
    #: Fields that, with the region, identify a row in an imported list (new or changed?).
    identity: tuple[str, ...] = ("name",)

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


#: China's longitudes and latitudes (曾母暗沙 3°52′N to 漠河 53°33′N, 帕米尔 73°30′E to 抚远 135°05′E).
CHINA_LONGITUDES = (Decimal(73), Decimal(136))
CHINA_LATITUDES = (Decimal(3), Decimal(54))

_LEVEL_CHOICES = (
    ("county", "County centre"),
    ("township", "Township station"),
    ("village", "Village point"),
)

SERVICE_POINTS = RegisterSpec(
    key="service_points",
    title="Service points",
    fields=(
        FieldSpec(
            "name", FieldKind.TEXT, "Name", True, aliases=("名称", "站点名称", "服务站点名称")
        ),
        FieldSpec(
            "level",
            FieldKind.CHOICE,
            "Level",
            True,
            _LEVEL_CHOICES,
            ("层级", "级别"),
            from_place=True,
        ),
        FieldSpec("address", FieldKind.TEXT, "Address", aliases=("地址", "详细地址")),
        FieldSpec("operator", FieldKind.TEXT, "Operator", aliases=("运营主体", "负责人", "经营者")),
        FieldSpec("phone", FieldKind.TEXT, "Phone", aliases=("电话", "联系电话")),
        FieldSpec(
            "opened", FieldKind.DATE, "Opened", True, aliases=("建成时间", "开业时间", "运营时间")
        ),
        FieldSpec("closed", FieldKind.DATE, "Closed", aliases=("停运时间", "关闭时间")),
        FieldSpec(
            "poor_village", FieldKind.FLAG, "In a poor village", aliases=("贫困村", "是否贫困村")
        ),
        FieldSpec(
            "funded_amount",
            FieldKind.AMOUNT,
            "Project funds (10k yuan)",
            aliases=("支持资金", "示范项目资金"),
        ),
        FieldSpec("funded_year", FieldKind.YEAR, "Project year", aliases=("项目年度", "支持年度")),
        FieldSpec(
            "longitude",
            FieldKind.DEGREES,
            "Longitude",
            aliases=("经度", "东经", "经度(°)", "经度（°）"),
            span=CHINA_LONGITUDES,
        ),
        FieldSpec(
            "latitude",
            FieldKind.DEGREES,
            "Latitude",
            aliases=("纬度", "北纬", "纬度(°)", "纬度（°）"),
            span=CHINA_LATITUDES,
        ),
    ),
    name_field="name",
    timing=Timing.SPAN,
    start_field="opened",
    end_field="closed",
)

TRAINING = RegisterSpec(
    key="training",
    title="Training sessions",
    fields=(
        FieldSpec("topic", FieldKind.TEXT, "Topic", True, aliases=("培训主题", "培训内容", "主题")),
        FieldSpec("started", FieldKind.DATE, "Started", True, aliases=("开始日期", "开始时间")),
        FieldSpec("ended", FieldKind.DATE, "Ended", True, aliases=("结束日期", "结束时间")),
        FieldSpec(
            "organiser", FieldKind.TEXT, "Organiser", aliases=("主办单位", "承办单位", "组织单位")
        ),
        FieldSpec("hours", FieldKind.AMOUNT, "Hours", aliases=("学时", "课时")),
        FieldSpec(
            "attendees",
            FieldKind.INTEGER,
            "Attendees",
            True,
            aliases=("培训人数", "参训人数", "人次"),
        ),
        FieldSpec(
            "poor_attendees",
            FieldKind.INTEGER,
            "Of whom poor",
            aliases=("其中贫困人口", "贫困人口"),
        ),
        FieldSpec(
            "subsidy",
            FieldKind.AMOUNT,
            "Subsidy claimed (10k yuan)",
            aliases=("补贴资金", "申领补贴"),
        ),
    ),
    name_field="topic",
    timing=Timing.DAY,
    day_field="ended",
    levels=("county", "township", "village"),
    identity=("topic", "started"),
)

EC_PLACES = RegisterSpec(
    key="ec_places",
    title="E-commerce villages and towns",
    fields=(
        FieldSpec("name", FieldKind.TEXT, "Name", True, aliases=("名称", "村镇名称")),
        FieldSpec(
            "kind",
            FieldKind.CHOICE,
            "Kind",
            True,
            (("village", "E-commerce village"), ("town", "E-commerce town")),
            ("类型", "类别"),
        ),
        FieldSpec("taobao", FieldKind.FLAG, "Taobao village", aliases=("淘宝村", "是否淘宝村")),
        FieldSpec("products", FieldKind.TEXT, "Main products", aliases=("主营产品", "主要产品")),
        FieldSpec(
            "online_sales",
            FieldKind.AMOUNT,
            "Online sales (10k yuan)",
            aliases=("网络销售额", "网络零售额"),
        ),
        FieldSpec(
            "recognised_year",
            FieldKind.YEAR,
            "Year recognised",
            True,
            aliases=("认定年份", "认定年度"),
        ),
        FieldSpec(
            "recognised_by", FieldKind.TEXT, "Recognised by", aliases=("认定单位", "认定机构")
        ),
        FieldSpec("withdrawn", FieldKind.DATE, "Withdrawn", aliases=("撤销日期", "摘牌日期")),
    ),
    name_field="name",
    timing=Timing.SPAN,
    start_field="recognised_year",
    end_field="withdrawn",
    levels=("township", "village"),
)

ENTERPRISES = RegisterSpec(
    key="enterprises",
    title="Enterprises and online shops",
    fields=(
        FieldSpec("name", FieldKind.TEXT, "Name", True, aliases=("名称", "企业名称", "网店名称")),
        FieldSpec(
            "kind",
            FieldKind.CHOICE,
            "Kind",
            True,
            (
                ("enterprise", "E-commerce enterprise"),
                ("shop", "Online shop"),
                ("cross_border", "Cross-border enterprise"),
            ),
            ("类型", "类别"),
        ),
        FieldSpec("platform", FieldKind.TEXT, "Platform", aliases=("平台", "所在平台")),
        FieldSpec(
            "capital", FieldKind.AMOUNT, "Registered capital (10k yuan)", aliases=("注册资本",)
        ),
        FieldSpec("revenue", FieldKind.AMOUNT, "Revenue (10k yuan)", aliases=("营业收入", "营收")),
        FieldSpec(
            "online_sales",
            FieldKind.AMOUNT,
            "Online sales (10k yuan)",
            aliases=("网络销售额", "网络零售额"),
        ),
        FieldSpec("employees", FieldKind.INTEGER, "Employees", aliases=("从业人数", "员工人数")),
        FieldSpec("opened", FieldKind.DATE, "Opened", aliases=("成立日期", "开业日期")),
        FieldSpec("closed", FieldKind.DATE, "Closed", aliases=("注销日期", "关闭日期")),
    ),
    name_field="name",
    timing=Timing.SPAN,
    start_field="opened",
    end_field="closed",
)

_PROJECT_STATUS = (
    ("planned", "Planned"),
    ("building", "Under way"),
    ("done", "Completed"),
    ("stopped", "Stopped"),
)

PROJECTS = RegisterSpec(
    key="projects",
    title="Key projects",
    fields=(
        FieldSpec("name", FieldKind.TEXT, "Name", True, aliases=("项目名称", "名称")),
        FieldSpec("owner", FieldKind.TEXT, "Owner", aliases=("建设单位", "业主单位", "实施主体")),
        FieldSpec(
            "planned",
            FieldKind.AMOUNT,
            "Planned investment (10k yuan)",
            aliases=("计划投资", "总投资"),
        ),
        FieldSpec(
            "done",
            FieldKind.AMOUNT,
            "Invested so far (10k yuan)",
            aliases=("完成投资", "累计完成投资"),
        ),
        FieldSpec("started", FieldKind.DATE, "Started", aliases=("开工日期", "开工时间")),
        FieldSpec("progress", FieldKind.TEXT, "Progress", aliases=("进展情况", "形象进度")),
        FieldSpec(
            "status", FieldKind.CHOICE, "Status", True, _PROJECT_STATUS, ("状态", "项目状态")
        ),
    ),
    name_field="name",
    timing=Timing.NONE,
    levels=("county", "township", "village"),
)

_DESIGNATIONS = (
    ("demo_county", "Comprehensive demonstration county"),  # 电子商务进农村综合示范县
    ("poverty_county", "E-commerce poverty-alleviation county"),  # 电商精准扶贫县
    ("poor_county", "Poor county"),  # 贫困县
    ("poor_village", "Poor village"),  # 贫困村
)

DESIGNATIONS = RegisterSpec(
    key="designations",
    title="Designations",
    fields=(
        FieldSpec(
            "designation",
            FieldKind.CHOICE,
            "Designation",
            True,
            _DESIGNATIONS,
            ("称号", "类别", "认定类型"),
        ),
        FieldSpec("batch", FieldKind.TEXT, "Batch", aliases=("批次",)),
        FieldSpec("year", FieldKind.YEAR, "Year", True, aliases=("年份", "年度", "认定年份")),
        FieldSpec("by_whom", FieldKind.TEXT, "Designated by", aliases=("认定单位", "发文单位")),
        FieldSpec("ended", FieldKind.DATE, "Ended", aliases=("退出日期", "摘帽日期")),
    ),
    name_field="designation",
    timing=Timing.SPAN,
    start_field="year",
    end_field="ended",
    identity=("designation",),
)

#: Every register, in the order the program lists them.
REGISTERS: dict[str, RegisterSpec] = {
    spec.key: spec
    for spec in (SERVICE_POINTS, TRAINING, EC_PLACES, ENTERPRISES, PROJECTS, DESIGNATIONS)
}


@dataclass(frozen=True)
class RegisterRow:
    """One row of a register: where it sits and its fields' values (typed: str, date, int,
    Decimal, bool, or None for blank)."""

    register: str
    region_code: str
    values: Mapping[str, Any]
    id: int | None = None
    version: int = 0

    def get(self, key: str) -> Any:
        return self.values.get(key)

    @property
    def spec(self) -> RegisterSpec:
        return REGISTERS[self.register]

    @property
    def name(self) -> str:
        value = self.values.get(self.spec.name_field)
        return "" if value is None else str(value)

    def _start(self) -> date | None:
        spec = self.spec
        value = self.values.get(spec.start_field) if spec.start_field else None
        if isinstance(value, int):  # a year: in being from its last day (lists come out late)
            return date(value, 12, 31)
        return value if isinstance(value, date) else None

    def in_being_on(self, day: date) -> bool:
        """Whether a row of a SPAN register counted at the end of `day`: begun on or before it
        and not ended on or before it (a point closed on the last day of a month is not counted
        at that month's end)."""
        start = self._start()
        if start is None or start > day:
            return False
        spec = self.spec
        end = self.values.get(spec.end_field) if spec.end_field else None
        return end is None or end > day

    def counts_after(self, day: date) -> bool:
        """Whether the row still counts on some day after `day` (a point not closed by then, a
        session that ends later): a place it sits in cannot end on `day`."""
        spec = self.spec
        if spec.timing is Timing.DAY:
            counted = self.day()
            return counted is not None and counted > day
        if spec.timing is Timing.SPAN:
            start = self._start()
            if start is None:
                return False
            end = self.values.get(spec.end_field) if spec.end_field else None
            return end is None or end > max(start, day + timedelta(days=1))
        return False

    def day(self) -> date | None:
        """The day a row of a DAY register counts on."""
        spec = self.spec
        value = self.values.get(spec.day_field) if spec.day_field else None
        return value if isinstance(value, date) else None


# --- derived counts -------------------------------------------------------------------------------
class Measure(Enum):
    OPEN_AT_END = "open_at_end"  # a stock: the rows in being on the period's last day
    PLACES_AT_END = "places_at_end"  # a stock: the distinct regions holding such a row
    SUM_IN_PERIOD = "sum_in_period"  # a flow: a field summed over the rows dated in the period
    COUNT_IN_PERIOD = "count_in_period"  # a flow: the rows dated in the period


_STOCK_MEASURES = (Measure.OPEN_AT_END, Measure.PLACES_AT_END)


@dataclass(frozen=True)
class DerivedCount:
    """How an indicator is derived from a register (declared in the catalogue).

    `where` keeps the rows whose field equals the value given (level="village",
    poor_village=True), as (field, value) pairs; `summed` is the field SUM_IN_PERIOD adds up.
    """

    register: str
    measure: Measure
    summed: str | None = None
    where: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if (self.measure is Measure.SUM_IN_PERIOD) != (self.summed is not None):
            raise ValueError("a field is summed by sum_in_period and only by it")
        spec = REGISTERS.get(self.register)
        if spec is None:
            raise ValueError(f"unknown register {self.register!r}")
        stock = self.measure in _STOCK_MEASURES
        if stock and spec.timing is not Timing.SPAN:
            raise ValueError(f"{self.register} rows have no span to be counted at a period's end")
        if not stock and spec.timing is not Timing.DAY:
            raise ValueError(f"{self.register} rows have no day to be counted in a period")
        for key, wanted in self.where:
            found = spec.field(key) if key in spec.keys else None
            if found is None:
                raise ValueError(f"{self.register} has no field {key!r}")
            if found.kind is FieldKind.CHOICE and wanted not in {c for c, _ in found.choices}:
                raise ValueError(f"{self.register}.{key} has no choice {wanted!r}")
        if self.summed is not None:
            if self.summed not in spec.keys:
                raise ValueError(f"{self.register} has no field {self.summed!r}")
            if spec.field(self.summed).kind not in (FieldKind.INTEGER, FieldKind.AMOUNT):
                raise ValueError(f"{self.register}.{self.summed} is not a number")

    @property
    def is_stock(self) -> bool:
        return self.measure in _STOCK_MEASURES

    def to_json(self) -> str:
        data: dict[str, Any] = {"register": self.register, "measure": self.measure.value}
        if self.summed is not None:
            data["summed"] = self.summed
        if self.where:
            data["where"] = dict(self.where)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> DerivedCount:
        """From the catalogue's `derived = {register = ..., measure = ..., where = {...}}`."""
        unknown = set(data) - {"register", "measure", "summed", "where"}
        if unknown:
            raise ValueError(f"unknown keys {sorted(unknown)}")
        where = data.get("where") or {}
        if not isinstance(where, Mapping):
            raise ValueError("where must be a table of field = value")
        return cls(
            register=str(data.get("register", "")),
            measure=Measure(data.get("measure")),
            summed=data.get("summed"),
            where=tuple(sorted(where.items())),
        )

    @classmethod
    def from_json(cls, text: str) -> DerivedCount:
        return cls.from_mapping(json.loads(text))

    def keeps(self, row: RegisterRow) -> bool:
        """Whether the rule's `where` keeps the row (the register is the caller's)."""
        return all(row.get(key) == wanted for key, wanted in self.where)


def counts_differ_from(
    old: RegisterRow | None, new: RegisterRow | None, rules: Iterable[DerivedCount]
) -> date | None:
    """The first day from which a change of a row (an addition: `old` None; a removal: `new`
    None) can change what `rules` count, or None when it changes nothing they read (a phone
    number, an address). A return submitted for a period that ends on or after that day would
    show another figure than it was submitted with."""
    rows = [row for row in (old, new) if row is not None]
    if not rows:
        return None
    spec = rows[0].spec
    kept = [rule for rule in rules if rule.register == spec.key]
    if not kept:
        return None
    read = {spec.start_field, spec.end_field, spec.day_field} - {None}
    for rule in kept:
        read.update(key for key, _value in rule.where)
        if rule.summed is not None:
            read.add(rule.summed)

    def counted(row: RegisterRow) -> tuple[object, ...]:
        return (row.region_code, *(row.get(key) for key in sorted(k for k in read if k)))

    if old is not None and new is not None and counted(old) == counted(new):
        return None
    days = [row._start() if spec.timing is Timing.SPAN else row.day() for row in rows]
    known = [day for day in days if day is not None]
    return min(known, default=None)


def rows_behind(
    rule: DerivedCount,
    rows: Iterable[RegisterRow],
    first: date,
    last: date,
    within: Callable[[str], bool],
) -> list[RegisterRow]:
    """The rows the rule counts between `first` and `last` (a stock: on `last`)."""
    kept = []
    for row in rows:
        if row.register != rule.register or not within(row.region_code) or not rule.keeps(row):
            continue
        if rule.is_stock:
            if row.in_being_on(last):
                kept.append(row)
            continue
        day = row.day()
        if day is not None and first <= day <= last:
            kept.append(row)
    return kept


def derive_between(
    rule: DerivedCount,
    rows: Iterable[RegisterRow],
    first: date,
    last: date,
    within: Callable[[str], bool],
) -> Decimal:
    """The figure `rule` gives over the days `first`..`last` (a stock: on `last`)."""
    kept = rows_behind(rule, rows, first, last, within)
    if rule.measure is Measure.PLACES_AT_END:
        return Decimal(len({row.region_code for row in kept}))
    if rule.measure is Measure.SUM_IN_PERIOD:
        assert rule.summed is not None
        return sum((Decimal(row.get(rule.summed) or 0) for row in kept), Decimal(0))
    return Decimal(len(kept))


def derive(
    rule: DerivedCount,
    rows: Iterable[RegisterRow],
    period: Period,
    within: Callable[[str], bool],
) -> Decimal:
    """The figure `rule` gives for `period` from `rows`, keeping the rows whose region `within`
    accepts."""
    first, last = period_dates(period)
    return derive_between(rule, rows, first, last, within)


def derive_year_to_date(
    rule: DerivedCount,
    rows: Iterable[RegisterRow],
    period: Period,
    within: Callable[[str], bool],
) -> Decimal:
    """1-N月累计: a flow summed from January to the period's end; a stock at the period's end."""
    _first, last = period_dates(period)
    return derive_between(rule, rows, date(period.year, 1, 1), last, within)


def under(ancestor_code: str) -> Callable[[str], bool]:
    """Rows in `ancestor_code` or below it, by the codes' prefixes (a township's 9-digit code begins
    with its county's 6 digits, a village's 12 with its township's 9). A province or prefecture
    code ends in zeros that its counties fill, so those are trimmed first."""
    stem = ancestor_code
    if len(stem) == 6:
        stem = stem[:2] if stem.endswith("0000") else stem[:4] if stem.endswith("00") else stem
    return lambda code: code.startswith(stem)


def with_designations(
    rows: Iterable[RegisterRow], designations: Iterable[RegisterRow], day: date
) -> list[RegisterRow]:
    """Service points whose list leaves 贫困村 blank take it from the designations register: in a
    poor village when their village is designated one (贫困村) on `day`. A flag the list gives
    (是 or 否) is kept as given."""
    poor = {
        d.region_code
        for d in designations
        if d.register == DESIGNATIONS.key
        and d.get("designation") == "poor_village"
        and d.in_being_on(day)
    }
    result = []
    for row in rows:
        if row.register == SERVICE_POINTS.key and row.get("poor_village") is None:
            values = dict(row.values)
            values["poor_village"] = row.region_code in poor
            row = RegisterRow(row.register, row.region_code, values, row.id, row.version)
        result.append(row)
    return result


# --- reading and checking a row's values ----------------------------------------------------------
_FLAG_YES = {"是", "有", "y", "yes", "true", "1", "√", "✓"}
_FLAG_NO = {"否", "无", "n", "no", "false", "0", ""}
_DATE_SEPARATORS = re.compile(r"[./年月-]")


class FieldError(ValueError):
    """A cell that cannot be read as its field: `code` names the reason for the message."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _plain_text(value: object) -> str:
    # Full-width digits and punctuation (０-９, ．, －) read as their ASCII forms.
    return unicodedata.normalize("NFKC", str(value)).strip()


def _read_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _plain_text(value).rstrip("日")
    parts = [p for p in _DATE_SEPARATORS.split(text) if p]
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            pass
    elif len(parts) == 1 and len(parts[0]) == 8 and parts[0].isdigit():
        digits = parts[0]
        try:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            pass
    raise FieldError("register_bad_date")


def _read_number(value: object, kind: FieldKind) -> int | Decimal:
    if isinstance(value, bool):
        raise FieldError("register_bad_number")
    if isinstance(value, float):
        value = repr(value)
    text = _plain_text(value).replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise FieldError("register_bad_number") from None
    if not number.is_finite():
        raise FieldError("register_bad_number")
    if number < 0:
        raise FieldError("register_negative_number")
    if abs(number) >= Decimal(10) ** 11:
        raise FieldError("register_bad_number")
    if kind in (FieldKind.INTEGER, FieldKind.YEAR):
        if number != number.to_integral_value():
            raise FieldError("register_not_whole")
        whole = int(number)
        if kind is FieldKind.YEAR and not 1949 <= whole <= 2100:
            raise FieldError("register_bad_year")
        return whole
    return number.normalize() if number == number.to_integral_value() else number


def read_field(spec: FieldSpec, value: object, choice_names: Mapping[str, str] = {}) -> Any:
    """A cell's value as the field keeps it (None for blank); FieldError when it cannot be.

    `choice_names`: other names a CHOICE may be given in (the translated labels: 村级点 for
    "village"), by name."""
    if value is None or (isinstance(value, str) and not _plain_text(value)):
        return None
    kind = spec.kind
    if kind is FieldKind.TEXT:
        return _plain_text(value) if not isinstance(value, str) else value.strip()
    if kind is FieldKind.DATE:
        return _read_date(value)
    if kind is FieldKind.FLAG:
        if isinstance(value, bool):
            return value
        text = _plain_text(value).lower()
        if text in _FLAG_YES:
            return True
        if text in _FLAG_NO:
            return False
        raise FieldError("register_bad_flag")
    if kind is FieldKind.CHOICE:
        text = _plain_text(value)
        keys = {c for c, _ in spec.choices}
        if text in keys:
            return text
        found = choice_names.get(text)
        if found is not None and found in keys:
            return found
        raise FieldError("register_bad_choice")
    if kind is FieldKind.YEAR and isinstance(value, (date, datetime)):
        return value.year
    if kind is FieldKind.DEGREES:
        return _read_degrees(value, spec.span)
    return _read_number(value, kind)


def _read_degrees(value: object, span: tuple[Decimal, Decimal] | None) -> Decimal:
    """Decimal degrees (a trailing ° allowed), within `span`."""
    if isinstance(value, bool):
        raise FieldError("register_bad_degrees")
    if isinstance(value, float):
        value = repr(value)
    text = _plain_text(value).removesuffix("°").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise FieldError("register_bad_degrees") from None
    if not number.is_finite():
        raise FieldError("register_bad_degrees")
    if span is not None and not span[0] <= number <= span[1]:
        raise FieldError("register_outside_china")
    return number


def check_row(row: RegisterRow) -> list[Issue]:
    """What keeps a row out of its register, as issues naming the row (codes only, never text)."""
    spec = row.spec
    name = row.name
    issues: list[Issue] = []
    for fs in spec.fields:
        if fs.required and row.get(fs.key) is None:
            code = (
                "register_name_missing" if fs.key == spec.name_field else "register_field_missing"
            )
            issues.append(Issue(code, params={"name": name, "field": fs.key}))
    if spec.timing is Timing.SPAN and spec.start_field and spec.end_field:
        start, end = row._start(), row.get(spec.end_field)
        if isinstance(start, date) and isinstance(end, date) and end <= start:
            issues.append(
                Issue("register_ended_before_began", params={"name": name, "field": spec.end_field})
            )
    if row.register == TRAINING.key:
        started, ended = row.get("started"), row.get("ended")
        if isinstance(started, date) and isinstance(ended, date) and ended < started:
            issues.append(
                Issue("register_ended_before_began", params={"name": name, "field": "ended"})
            )
        part, whole = row.get("poor_attendees"), row.get("attendees")
        if part is not None and whole is not None and part > whole:
            issues.append(
                Issue(
                    "register_part_exceeds_whole",
                    params={"name": name, "part": part, "whole": whole},
                )
            )
    if row.register == SERVICE_POINTS.key:
        if (row.get("longitude") is None) != (row.get("latitude") is None):
            issues.append(Issue("register_half_coordinates", params={"name": name}))
        wanted = {"county": 6, "township": 9, "village": 12}.get(str(row.get("level")))
        if wanted is not None and len(row.region_code) != wanted:
            issues.append(
                Issue(
                    "register_point_region_level",
                    params={"name": name, "level": row.get("level"), "code": row.region_code},
                )
            )
    return issues


# --- stored form --------------------------------------------------------------------------------
def values_to_json(spec: RegisterSpec, values: Mapping[str, Any]) -> str:
    """The row's values as the store keeps them: JSON text, dates ISO, amounts exact strings."""
    data: dict[str, Any] = {}
    for fs in spec.fields:
        value = values.get(fs.key)
        if value is None:
            continue
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        data[fs.key] = value
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def values_from_json(spec: RegisterSpec, text: str) -> dict[str, Any]:
    raw = json.loads(text) if text else {}
    values: dict[str, Any] = {}
    for fs in spec.fields:
        value = raw.get(fs.key)
        if value is None:
            continue
        if fs.kind is FieldKind.DATE:
            value = date.fromisoformat(value)
        elif fs.kind in (FieldKind.AMOUNT, FieldKind.DEGREES):
            value = Decimal(value)
        values[fs.key] = value
    return values


def display_value(value: Any) -> str:
    """A value as a cell or an exported text shows it (choices and flags are the UI's to name)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


@dataclass(frozen=True)
class RowChange:
    """What an edit or an import does to one row: old and new values by field (None: blank)."""

    old: Mapping[str, Any] = field(default_factory=dict)
    new: Mapping[str, Any] = field(default_factory=dict)

    @property
    def fields(self) -> list[str]:
        keys = list(dict.fromkeys([*self.old, *self.new]))
        return [k for k in keys if self.old.get(k) != self.new.get(k)]
