"""Properties of reading what clerks type: exact Decimals, full-width input, blank, 无, errors."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.issues import DomainError
from desktop_app.domain.values import (
    NA,
    NotApplicable,
    ParsedInput,
    decimal_places,
    format_number,
    normalise_text,
    parse_input,
    plain_number,
    with_separators,
)

EXAMPLES = settings(max_examples=200, deadline=None)

# What a Chinese IME types for each ASCII character a number can contain.
_FULL_WIDTH = {
    **{str(d): chr(0xFF10 + d) for d in range(10)},
    ",": "，",  # U+FF0C
    ".": "．",  # U+FF0E
    "-": "－",  # U+FF0D
    " ": "\u3000",  # ideographic space
}


def full_width(text: str) -> str:
    return "".join(_FULL_WIDTH.get(ch, ch) for ch in text)


LIMIT = 10**12

places = st.integers(min_value=0, max_value=4)


@st.composite
def decimals_up_to_four_places(draw: st.DrawFn) -> Decimal:
    """A Decimal written with 0 to 4 digits after the point (1.50 keeps its trailing zero)."""
    scale = draw(places)
    return draw(
        st.decimals(
            min_value=-LIMIT,
            max_value=LIMIT,
            places=scale,
            allow_nan=False,
            allow_infinity=False,
        )
    )


numbers = st.one_of(
    decimals_up_to_four_places(),
    st.integers(min_value=-LIMIT, max_value=LIMIT).map(Decimal),
)
surrounding = st.text(alphabet=" \t\u3000", max_size=3)


def half_width_forms(number: Decimal) -> list[str]:
    plain = format(number, "f")
    grouped = format(number, ",f")
    return [plain, grouped]


def assert_exactly(parsed: ParsedInput, number: Decimal) -> None:
    assert type(parsed.number) is Decimal
    assert isinstance(parsed.number, Decimal)
    assert parsed.number == number
    # Exactly the same Decimal: same sign, digits and scale (1.50 stays 1.50).
    assert parsed.number.as_tuple() == number.as_tuple()
    assert not parsed.not_applicable
    assert not parsed.is_blank


# --- numbers -------------------------------------------------------------------------------------


@EXAMPLES
@given(number=numbers, before=surrounding, after=surrounding)
def test_parse_input_half_width_forms_read_exactly(
    number: Decimal, before: str, after: str
) -> None:
    for form in half_width_forms(number):
        assert_exactly(parse_input(form), number)
        assert_exactly(parse_input(f"{before}{form}{after}"), number)


@EXAMPLES
@given(number=numbers, before=surrounding, after=surrounding)
def test_parse_input_full_width_forms_read_exactly(
    number: Decimal, before: str, after: str
) -> None:
    for form in half_width_forms(number):
        wide = full_width(form)
        assert all(not ch.isascii() for ch in wide)
        assert_exactly(parse_input(wide), number)
        assert_exactly(parse_input(full_width(f"{before}{form}{after}")), number)


@EXAMPLES
@given(number=st.integers(min_value=-LIMIT, max_value=LIMIT))
def test_parse_input_ints_read_as_decimals(number: int) -> None:
    for form in (str(number), f"{number:,}", full_width(f"{number:,}"), f" {number} "):
        parsed = parse_input(form)
        assert type(parsed.number) is Decimal
        assert parsed.number == Decimal(number)
        assert decimal_places(parsed.number) == 0


@EXAMPLES
@given(number=numbers)
def test_parse_input_keeps_the_written_decimal_places(number: Decimal) -> None:
    for form in [*half_width_forms(number), *map(full_width, half_width_forms(number))]:
        parsed = parse_input(form)
        assert parsed.number is not None
        assert decimal_places(parsed.number) == decimal_places(number)


@EXAMPLES
@given(number=numbers, sign=st.sampled_from(["%", "％", " %", "\u3000％"]), after=surrounding)
def test_parse_input_percent_sign_keeps_the_number_and_is_remembered(
    number: Decimal, sign: str, after: str
) -> None:
    for form in [*half_width_forms(number), *map(full_width, half_width_forms(number))]:
        plain = parse_input(form)
        marked = parse_input(f"{form}{sign}{after}")
        assert_exactly(marked, number)
        assert marked.percent and not plain.percent
        assert marked.figure == plain.figure


# --- arbitrary text -------------------------------------------------------------------------------

# Text close to a number: digits, separators and signs in both widths, spaces, 无, letters.
near_numbers = st.text(
    alphabet=st.sampled_from(list("0123456789,.-+% \t\u3000０１２９，．－。−–无nNaA/e")),
    max_size=20,
)


def assert_parses_or_refuses(text: str) -> None:
    try:
        parsed = parse_input(text)
    except DomainError as error:
        assert error.issue.code == "not_a_number"
        return
    assert isinstance(parsed, ParsedInput)
    assert parsed.number is None or type(parsed.number) is Decimal
    assert not isinstance(parsed.number, float)
    # Exactly one of blank, 无 and a number.
    kinds = [parsed.is_blank, parsed.not_applicable, parsed.number is not None]
    assert kinds.count(True) == 1
    # A percent sign is remembered exactly when one was written after a number.
    assert parsed.percent == (parsed.number is not None and normalise_text(text).endswith("%"))


@EXAMPLES
@given(text=st.text())
def test_parse_input_arbitrary_text_parses_or_refuses_as_not_a_number(text: str) -> None:
    assert_parses_or_refuses(text)


@EXAMPLES
@given(text=near_numbers)
def test_parse_input_text_near_numbers_parses_or_refuses_as_not_a_number(text: str) -> None:
    assert_parses_or_refuses(text)


# --- blank and 无 ----------------------------------------------------------------------------------


@EXAMPLES
@given(text=st.text(alphabet=" \t\n\r\u3000\u00a0\u2003", max_size=10))
def test_parse_input_whitespace_only_is_blank(text: str) -> None:
    parsed = parse_input(text)
    assert parsed.is_blank
    assert parsed.number is None
    assert parsed.figure is None


def test_parse_input_none_is_blank() -> None:
    assert parse_input(None).is_blank


@EXAMPLES
@given(
    word=st.sampled_from(["无", "NA", "na", "n/a", "N/A", "ＮＡ", "ｎ／ａ", "Ｎ／Ａ"]),
    before=surrounding,
    after=surrounding,
)
def test_parse_input_na_is_not_applicable_and_not_zero(word: str, before: str, after: str) -> None:
    parsed = parse_input(f"{before}{word}{after}")
    assert parsed.not_applicable
    assert not parsed.is_blank
    assert parsed.number is None
    assert parsed.figure is NA
    assert isinstance(parsed.figure, NotApplicable)
    assert parsed.figure != Decimal(0)
    assert parsed != parse_input("0")
    assert parsed.figure != parse_input("0").figure


# --- formatting round trip ------------------------------------------------------------------------


@EXAMPLES
@given(number=numbers, scale=places, grouping=st.booleans())
def test_format_number_round_trips_through_parse_input(
    number: Decimal, scale: int, grouping: bool
) -> None:
    # Returns round half up (四舍五入), whatever the thread's decimal context says.
    expected = number.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)
    shown = format_number(number, scale, grouping=grouping)
    for text in (shown, full_width(shown), f"  {shown}\u3000"):
        parsed = parse_input(text)
        assert type(parsed.number) is Decimal
        assert parsed.number == expected
        assert decimal_places(parsed.number) == scale


@EXAMPLES
@given(units=st.integers(min_value=-(10**9), max_value=10**9), scale=places, grouping=st.booleans())
def test_format_number_rounds_halves_away_from_zero(units: int, scale: int, grouping: bool) -> None:
    # units + 0.5 in the last shown place: 2.5 → 3, -2.5 → -3, 0.125 at scale 2 → 0.13.
    half = (Decimal(units) + (Decimal("0.5") if units >= 0 else Decimal("-0.5"))).scaleb(-scale)
    away = Decimal(units + (1 if units >= 0 else -1)).scaleb(-scale)
    assert parse_input(format_number(half, scale, grouping=grouping)).number == away


@EXAMPLES
@given(number=numbers, scale=places)
def test_format_number_groups_thousands(number: Decimal, scale: int) -> None:
    shown = format_number(number, scale)
    integer_part = shown.lstrip("-").split(".")[0]
    groups = integer_part.split(",")
    assert 1 <= len(groups[0]) <= 3
    assert all(len(group) == 3 for group in groups[1:])
    assert format_number(number, scale, grouping=False) == shown.replace(",", "")


@EXAMPLES
@given(number=numbers, scale=places)
def test_plain_number_and_with_separators_round_trip(number: Decimal, scale: int) -> None:
    # What programs write reads back exactly; the audit text is shown grouped at its scale.
    for text in (str(number), format(number, "f")):
        read = plain_number(text)
        assert read is not None and read.as_tuple() == number.as_tuple()
    stored = format_number(number, scale, grouping=False)
    assert with_separators(stored) == format_number(number, scale)
    assert parse_input(with_separators(stored)).number == parse_input(stored).number


@EXAMPLES
@given(scale=places, data=st.data())
def test_decimal_places_counts_written_digits(scale: int, data: st.DataObject) -> None:
    number = data.draw(
        st.decimals(
            min_value=-LIMIT, max_value=LIMIT, places=scale, allow_nan=False, allow_infinity=False
        )
    )
    assert decimal_places(number) == scale
    assert decimal_places(Decimal(format(number, "f"))) == scale
