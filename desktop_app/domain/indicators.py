"""Indicators (指标): what is counted, in which unit, and how it aggregates.

The catalogue is data (resources/catalogue/), not code: provinces add their own indicators.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from desktop_app.domain.issues import Issue
from desktop_app.domain.registers import DerivedCount
from desktop_app.domain.values import decimal_places


class ValueKind(Enum):
    COUNT = "count"  # non-negative integer (个, 人次, 户, 期)
    AMOUNT = "amount"  # decimal with a fixed scale (万元, 万件)
    RATIO = "ratio"  # percentage, computed from numerator and denominator where they exist


class Temporal(Enum):
    FLOW = "flow"  # 流量: sums over months
    STOCK = "stock"  # 存量/期末数: the value at the end of the period


class Basis(Enum):
    """How a clerk keys a flow: the period's own figure, or the year-to-date (1-N月累计) figure."""

    OWN = "own"
    YTD = "ytd"


#: Digits after the decimal point that the store keeps for every value (1 元 for 万元 amounts).
STORAGE_SCALE = 4

#: Every number kept is below this in size: 1000 亿 of the indicator's unit (10^15 元 for 万元),
#: far beyond any region's figure. The store keeps a value as a signed 64-bit integer of
#: 10^-STORAGE_SCALE units (at most about 9.2 × 10^14 of the unit), and sums them in SQL: under
#: this bound, some 9,000 values at the bound still add up within the column.
NUMBER_LIMIT = Decimal(10) ** 11
#: The largest number accepted, shown to the clerk at the indicator's scale.
LARGEST_NUMBER = NUMBER_LIMIT - Decimal(1).scaleb(-STORAGE_SCALE)


#: English forms of the catalogue's units (the catalogue writes units as Chinese returns do).
#: Chinese counts take a measure word (个, 人, 户, 期, 人次) where English names the thing counted,
#: and the English indicator names already do ("training person-times", "Poor households
#: reached"), so counts read "no." as English statistical tables write them; 万 is 10k. Short
#: on purpose: the unit column must leave the grid room at 1280 px. A unit a province adds that
#: is not listed here is shown as written.
UNIT_NAMES_EN = {
    "个": "no.",
    "人次": "no.",
    "人": "no.",
    "户": "no.",
    "期": "no.",
    "万元": "¥10k",
    "亿元": "¥100m",  # 10,000 万元: a printed report's amounts too wide for 万元
    "万件": "10k",
    "%": "%",
}


def unit_label(unit: str, language: str) -> str:
    """The unit as the interface's language writes it: 万元, or "10k yuan" in English."""
    return UNIT_NAMES_EN.get(unit, unit) if language == "en" else unit


@dataclass(frozen=True)
class Indicator:
    code: str
    name_zh: str
    name_en: str
    group: str
    unit: str
    kind: ValueKind
    temporal: Temporal
    scale: int = 0
    parent_code: str | None = None  # 其中: part of this parent
    numerator_code: str | None = None
    denominator_code: str | None = None
    at_most_code: str | None = None  # never more than this indicator (覆盖行政村数 ≤ 行政村总数)
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    entry_basis: Basis = Basis.OWN
    order: int = 0
    required: bool = True
    active: bool = True
    #: How a region may derive it from a register (台账) instead of keying it.
    derived: DerivedCount | None = None

    def __post_init__(self) -> None:
        if self.kind is ValueKind.COUNT and self.scale != 0:
            raise ValueError(f"{self.code}: a count has scale 0")
        if not 0 <= self.scale <= STORAGE_SCALE:
            raise ValueError(f"{self.code}: scale must be between 0 and {STORAGE_SCALE}")
        if (self.numerator_code is None) != (self.denominator_code is None):
            raise ValueError(f"{self.code}: a ratio needs both numerator and denominator")
        if self.numerator_code is not None and self.kind is not ValueKind.RATIO:
            raise ValueError(f"{self.code}: only a ratio has numerator and denominator")
        if self.entry_basis is Basis.YTD and self.temporal is Temporal.STOCK:
            raise ValueError(f"{self.code}: a stock has no year-to-date basis")
        if self.derived is not None:
            if self.kind is ValueKind.RATIO:
                raise ValueError(f"{self.code}: a rate is not derived from a register")
            if self.derived.is_stock != (self.temporal is Temporal.STOCK):
                raise ValueError(
                    f"{self.code}: a stock is counted at the end, a flow in the period"
                )

    @property
    def is_computed(self) -> bool:
        """A ratio with parts is computed at every level and never keyed."""
        return self.numerator_code is not None

    @property
    def lower_bound(self) -> Decimal:
        if self.minimum is not None:
            return self.minimum
        return Decimal(0)

    @property
    def upper_bound(self) -> Decimal | None:
        if self.maximum is not None:
            return self.maximum
        return Decimal(100) if self.kind is ValueKind.RATIO else None

    def check_number(self, number: Decimal, *, percent: bool = False) -> list[Issue]:
        """Type, sign, scale and bounds of one keyed number. Codes only, never text.

        `percent`: the number was written with a percent sign ("50%"), which only a rate may have;
        a count or an amount refuses it rather than store 50 for "50%".
        """
        issues: list[Issue] = []
        # The scale travels with the raw figures so that a message shows them as the return does.
        params = {"indicator": self.code, "value": str(number), "scale": self.scale}
        if self.is_computed:
            return [Issue("computed_indicator", params=params)]
        if abs(number) >= NUMBER_LIMIT:
            largest = NUMBER_LIMIT - Decimal(1).scaleb(-self.scale)
            issues.append(Issue("too_large", params={**params, "largest": str(largest)}))
        if percent and self.kind is not ValueKind.RATIO:
            issues.append(Issue("percent_not_ratio", params={**params, "unit": self.unit}))
        if self.kind is ValueKind.COUNT and number != number.to_integral_value():
            issues.append(Issue("count_not_integer", params=params))
        elif decimal_places(number.normalize()) > self.scale:
            issues.append(Issue("too_many_decimals", params=params))
        if number < self.lower_bound:
            code = "negative_value" if self.lower_bound == 0 else "below_minimum"
            issues.append(Issue(code, params={**params, "minimum": str(self.lower_bound)}))
        upper = self.upper_bound
        if upper is not None and number > upper:
            issues.append(Issue("above_maximum", params={**params, "maximum": str(upper)}))
        return issues


@dataclass(frozen=True)
class IndicatorGroup:
    code: str
    name_zh: str
    name_en: str
    order: int = 0
