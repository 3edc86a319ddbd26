"""Reporting periods and their arithmetic: months, quarters, half-years and years.

The calendar year is the reporting year. A period knows its months, its predecessor, the same period
a year earlier, its year-to-date span, and its labels as Chinese returns write them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import total_ordering

from desktop_app.domain.issues import DomainError
from desktop_app.domain.values import normalise_text


class PeriodKind(Enum):
    MONTH = "M"
    QUARTER = "Q"
    HALF_YEAR = "H"
    YEAR = "Y"

    @property
    def months(self) -> int:
        return _MONTHS_PER[self]

    @property
    def per_year(self) -> int:
        return 12 // self.months


_MONTHS_PER = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.HALF_YEAR: 6,
    PeriodKind.YEAR: 12,
}
_ZH_QUARTERS = ("一", "二", "三", "四")
_ZH_HALVES = ("上", "下")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MIN_YEAR = 1949
MAX_YEAR = 2199


@total_ordering
@dataclass(frozen=True)
class Period:
    """One period: `index` counts from 1 within the year (month 1-12, quarter 1-4, half 1-2, year 1)."""

    kind: PeriodKind
    year: int
    index: int = 1

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise DomainError.of("period_year_out_of_range", year=self.year)
        if not 1 <= self.index <= self.kind.per_year:
            raise DomainError.of(
                "period_index_out_of_range", kind=self.kind.value, index=self.index
            )

    # --- constructors -------------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(PeriodKind.MONTH, year, month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        return cls(PeriodKind.QUARTER, year, quarter)

    @classmethod
    def half_year(cls, year: int, half: int) -> Period:
        return cls(PeriodKind.HALF_YEAR, year, half)

    @classmethod
    def whole_year(cls, year: int) -> Period:
        return cls(PeriodKind.YEAR, year, 1)

    @classmethod
    def ending_at(cls, kind: PeriodKind, year: int, end_month: int) -> Period | None:
        """The period of `kind` that ends with `end_month`, if one does."""
        if end_month % kind.months:
            return None
        return cls(kind, year, end_month // kind.months)

    # --- months ---------------------------------------------------------------------------------
    @property
    def start_month(self) -> int:
        return (self.index - 1) * self.kind.months + 1

    @property
    def end_month(self) -> int:
        return self.index * self.kind.months

    def months(self) -> list[Period]:
        return [Period.month(self.year, m) for m in range(self.start_month, self.end_month + 1)]

    def contains(self, other: Period) -> bool:
        return (
            self.year == other.year
            and self.start_month <= other.start_month
            and other.end_month <= self.end_month
        )

    # --- arithmetic -----------------------------------------------------------------------------
    def shift(self, steps: int) -> Period:
        """Move by whole periods of the same kind, across year boundaries."""
        ordinal = self.year * self.kind.per_year + (self.index - 1) + steps
        year, offset = divmod(ordinal, self.kind.per_year)
        return Period(self.kind, year, offset + 1)

    def previous(self) -> Period:
        return self.shift(-1)

    def next(self) -> Period:
        return self.shift(1)

    def same_period_last_year(self) -> Period:
        return Period(self.kind, self.year - 1, self.index)

    def year_to_date_months(self) -> list[Period]:
        """Months 1..end of this period: the span of a 1-N月累计 figure."""
        return [Period.month(self.year, m) for m in range(1, self.end_month + 1)]

    # --- codes and labels -------------------------------------------------------------------------
    @property
    def code(self) -> str:
        """Stable, sortable storage code: 2016-M03, 2016-Q1, 2016-H1, 2016-Y."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-M{self.index:02d}"
        if self.kind is PeriodKind.YEAR:
            return f"{self.year}-Y"
        return f"{self.year}-{self.kind.value}{self.index}"

    @classmethod
    def from_code(cls, code: str) -> Period:
        """The period of a storage code; only the canonical form (2016-M03, not 2016-M3)."""
        return _period_of_code(code)

    @classmethod
    def _parse_code(cls, code: str) -> Period:
        match = _CODE.fullmatch(code)
        if match is None:
            raise DomainError.of("unknown_period", text=code)
        year = int(match.group("year"))
        kind = PeriodKind(match.group("kind"))
        period = cls(kind, year, int(match.group("index") or 1))
        if period.code != code:  # only the canonical form: 2016-M03, not 2016-M3
            raise DomainError.of("unknown_period", text=code)
        return period

    @property
    def label_zh(self) -> str:
        """The period as a Chinese return writes it: 2016年3月, 2016年第一季度, 2016年上半年, 2016年."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}年{self.index}月"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}年第{_ZH_QUARTERS[self.index - 1]}季度"
        if self.kind is PeriodKind.HALF_YEAR:
            return f"{self.year}年{_ZH_HALVES[self.index - 1]}半年"
        return f"{self.year}年"

    @property
    def ytd_label_zh(self) -> str:
        """The year-to-date span: 2016年1-3月 (2016年1月 for January, 2016年 for a whole year)."""
        if self.kind is PeriodKind.YEAR:
            return f"{self.year}年"
        if self.end_month == 1:
            return f"{self.year}年1月"
        return f"{self.year}年1-{self.end_month}月"

    @property
    def ytd_label_en(self) -> str:
        """The year-to-date span in English: Jan–Mar 2016 (Jan 2016 for January, 2016 for a year)."""
        if self.kind is PeriodKind.YEAR:
            return str(self.year)
        if self.end_month == 1:
            return f"Jan {self.year}"
        return f"Jan–{_EN_MONTHS[self.end_month - 1]} {self.year}"

    @property
    def label_en(self) -> str:
        if self.kind is PeriodKind.MONTH:
            return f"{_EN_MONTHS[self.index - 1]} {self.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year} Q{self.index}"
        if self.kind is PeriodKind.HALF_YEAR:
            return f"{self.year} H{self.index}"
        return str(self.year)

    def __str__(self) -> str:
        return self.code

    def _sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.end_month, self.kind.months)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    # --- parsing --------------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a period the way people write it, with full-width digits and any spacing.

        - storage codes and ISO-like forms: 2016-M03, 2016-Q1, 2016-Y, 2016-03, 2016/3, 201603,
          2016Q1, 2016H1, 2016;
        - Chinese labels: 2016年3月, 2016年3月份, 2016年三月, 2016年十二月, 2016年第一季度,
          2016年一季度, 2016年上半年, 2016年, 2016年度, 2016年全年;
        - English labels: Mar 2016, March 2016, 2016 Q1, Q1 2016, 2016 H1;
        - year-to-date labels, 2016年1-3月 (also 1～3月, 1至3月, 1月至3月, 一至三月): the month
          that ends the span, here March. A 1-N月累计 figure is kept in month N's return, and
          `ytd_label_zh` writes month N's return so, so that label reads back as the month it was
          written for. It is not read as the first quarter (write 2016年第一季度 for that); a
          span that does not start in January (2016年2-3月) is no period and is refused.
        """
        folded = normalise_text(text).replace(" ", "").upper()
        for pattern, build in _PARSERS:
            match = pattern.match(folded)
            if match:
                return build(match)
        raise DomainError.of("unknown_period", text=text)


_CODE = re.compile(r"^(?P<year>\d{4})-(?P<kind>[MQHY])(?P<index>\d{1,2})?$")


def _zh_quarter(text: str) -> int:
    return _ZH_QUARTERS.index(text) + 1 if text in _ZH_QUARTERS else int(text)


#: Months as Chinese numerals: 一月 … 十二月.
_ZH_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
#: A month number as written after 年: digits or Chinese numerals (longest alternatives first).
_MONTH = r"(\d{1,2}|十[一二]|[一二三四五六七八九十])"
#: What stands between the months of a span: dashes, tildes (after NFKC), 至 and 到.
_SPAN = r"[-~〜—至到]"
#: English month names, full or abbreviated (SEPT too), with an optional full stop.
_EN_MONTH = (
    r"(JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)


def _month_number(text: str) -> int:
    return _ZH_MONTHS.index(text) + 1 if text in _ZH_MONTHS else int(text)


def _en_month_number(text: str) -> int:
    return [name.upper() for name in _EN_MONTHS].index(text[:3]) + 1


_Builder = Callable[[re.Match[str]], Period]
_PARSERS: list[tuple[re.Pattern[str], _Builder]] = []


def _register(pattern: str) -> Callable[[_Builder], _Builder]:
    def wrap(build: _Builder) -> _Builder:
        _PARSERS.append((re.compile(pattern), build))
        return build

    return wrap


@_register(r"^(\d{4})-([MQHY])(\d{1,2})?$")
def _from_code(m: re.Match[str]) -> Period:
    kind = PeriodKind(m.group(2))
    return Period(kind, int(m.group(1)), int(m.group(3) or 1))


@_register(r"^(\d{4})[-/.](\d{1,2})$")
def _from_iso_month(m: re.Match[str]) -> Period:
    return Period.month(int(m.group(1)), int(m.group(2)))


@_register(r"^(\d{4})(\d{2})$")
def _from_compact_month(m: re.Match[str]) -> Period:
    return Period.month(int(m.group(1)), int(m.group(2)))


@_register(r"^(\d{4})Q([1-4])$")
def _from_iso_quarter(m: re.Match[str]) -> Period:
    return Period.quarter(int(m.group(1)), int(m.group(2)))


@_register(r"^(\d{4})H([12])$")
def _from_iso_half(m: re.Match[str]) -> Period:
    return Period.half_year(int(m.group(1)), int(m.group(2)))


@_register(r"^Q([1-4])[-/,]?(\d{4})$")
def _from_en_quarter(m: re.Match[str]) -> Period:
    return Period.quarter(int(m.group(2)), int(m.group(1)))


@_register(r"^H([12])[-/,]?(\d{4})$")
def _from_en_half(m: re.Match[str]) -> Period:
    return Period.half_year(int(m.group(2)), int(m.group(1)))


@_register(rf"^{_EN_MONTH}[-/,]?(\d{{4}})$")
def _from_en_month(m: re.Match[str]) -> Period:
    return Period.month(int(m.group(2)), _en_month_number(m.group(1)))


@_register(r"^(\d{4})(?:年|年度|年?全年)?$")
def _from_year(m: re.Match[str]) -> Period:
    return Period.whole_year(int(m.group(1)))


@_register(rf"^(\d{{4}})年{_MONTH}月份?$")
def _from_zh_month(m: re.Match[str]) -> Period:
    return Period.month(int(m.group(1)), _month_number(m.group(2)))


@_register(rf"^(\d{{4}})年(?:0?1|一)月?{_SPAN}{_MONTH}月份?(?:累计)?$")
def _from_zh_year_to_date(m: re.Match[str]) -> Period:
    return Period.month(int(m.group(1)), _month_number(m.group(2)))


@_register(r"^(\d{4})年第?([一二三四1-4])季度?$")
def _from_zh_quarter(m: re.Match[str]) -> Period:
    return Period.quarter(int(m.group(1)), _zh_quarter(m.group(2)))


@_register(r"^(\d{4})年([上下])半年$")
def _from_zh_half(m: re.Match[str]) -> Period:
    return Period.half_year(int(m.group(1)), _ZH_HALVES.index(m.group(2)) + 1)


@functools.lru_cache(maxsize=4096)
def _period_of_code(code: str) -> Period:
    """Memoised: a roll-up turns the same few hundred codes into periods."""
    return Period._parse_code(code)
