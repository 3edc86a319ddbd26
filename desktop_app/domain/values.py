"""What a clerk types into a cell, and the exact numbers it stands for.

A cell is blank (no value), an explicit "无" (not applicable, which is not zero) or a number.
Numbers are `Decimal` end to end; nothing here ever produces a float.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

from desktop_app.domain.issues import DomainError


class NotApplicable(Enum):
    """The explicit "无": the indicator does not apply for this region and period."""

    NA = "无"

    def __str__(self) -> str:
        return self.value


NA = NotApplicable.NA

#: A stored or derived figure: a number, "无", or None for "no value".
Figure = Decimal | NotApplicable | None

# Words clerks use for "not applicable". Compared after NFKC normalisation and lower-casing.
_NA_WORDS = frozenset({"无", "n/a", "na"})

# After normalisation: optional sign, digits with optional thousands groups, optional fraction.
_NUMBER = re.compile(
    r"""^(?P<sign>[+-]?)
        (?P<int>\d{1,3}(?:,\d{3})+|\d+)?
        (?:\.(?P<frac>\d+))?
        (?P<pct>%)?$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class ParsedInput:
    """The outcome of reading one cell: exactly one of blank, NA or a number.

    `percent` remembers that the number was written with a percent sign ("50%"). The number is the
    same either way (50); whether a percent sign may be written is the indicator's call
    (`Indicator.check_number`): only a rate may have one, never a count or an amount.
    """

    number: Decimal | None = None
    not_applicable: bool = False
    percent: bool = False

    @property
    def is_blank(self) -> bool:
        return self.number is None and not self.not_applicable

    @property
    def figure(self) -> Figure:
        return NA if self.not_applicable else self.number


BLANK = ParsedInput()


def normalise_text(text: str) -> str:
    """Fold full-width digits and punctuation (１２３，４５６．７) to their ASCII forms."""
    folded = unicodedata.normalize("NFKC", text)
    # NFKC keeps the ideographic full stop and the various dashes; IMEs produce them.
    folded = folded.replace("。", ".").replace("−", "-").replace("–", "-")
    return folded.strip()


def parse_input(text: str | None) -> ParsedInput:
    """Read what a clerk typed. Raises DomainError("not_a_number") for anything else."""
    if text is None:
        return BLANK
    folded = normalise_text(text)
    if not folded:
        return BLANK
    if folded.lower() in _NA_WORDS:
        return ParsedInput(not_applicable=True)
    compact = folded.replace(" ", "")
    match = _NUMBER.match(compact)
    if match is None or (match.group("int") is None and match.group("frac") is None):
        raise DomainError.of("not_a_number", text=text)
    digits = (match.group("int") or "0").replace(",", "")
    frac = match.group("frac")
    literal = f"{match.group('sign')}{digits}" + (f".{frac}" if frac is not None else "")
    try:
        number = Decimal(literal)
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only valid literals
        raise DomainError.of("not_a_number", text=text) from exc
    return ParsedInput(number=number, percent=match.group("pct") is not None)


# A number as str(Decimal), format(…, "f") and the audit trail write it: "9000.0000", "-1.5", "1E+3".
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:E[+-]?\d+)?", re.ASCII)


def plain_number(value: object) -> Decimal | None:
    """The number a parameter or a stored text stands for, if it is one written plainly.

    Decimals and ints as they are; text only in the plain form that programs write ("9000.0000");
    None for anything else (a period label, "—", a region code with letters, booleans).
    """
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str) and _PLAIN_NUMBER.fullmatch(value):
        return Decimal(value)
    return None


def with_separators(text: str) -> str:
    """A figure written at its scale without separators, as the audit trail keeps it ("1234.50"),
    shown with them ("1,234.50"); any other text ("无", "") as it is."""
    number = plain_number(text)
    if number is None:
        return text
    return format_number(number, decimal_places(number))


def significant_places(number: Decimal) -> int:
    """Digits after the point that carry a value: 9000.0000 has none, 1234.50 has one."""
    return decimal_places(number.normalize())


def decimal_places(number: Decimal) -> int:
    """How many digits stand after the decimal point as written (1.50 has 2)."""
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def format_number(number: Decimal, scale: int, *, grouping: bool = True) -> str:
    """Show a number at a fixed scale with thousands separators: 1234.5, 2 → "1,234.50".

    Rounds half up (四舍五入), as statistical returns do, never half to even.
    """
    quantum = Decimal(1).scaleb(-scale)
    rounded = number.quantize(quantum, rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = abs(rounded)  # a return never shows "-0.00"
    return f"{rounded:,.{scale}f}" if grouping else f"{rounded:.{scale}f}"
