"""Reading what clerks type: full-width digits, separators, blank, 无."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.domain.values import (
    format_number,
    parse_input,
    plain_number,
    significant_places,
    with_separators,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123", Decimal("123")),
        ("１２３，４５６．７", Decimal("123456.7")),
        ("  1,234  ", Decimal("1234")),
        ("1234.50", Decimal("1234.50")),
        ("０", Decimal("0")),
        ("-5", Decimal("-5")),
        ("－５", Decimal("-5")),
        (".5", Decimal("0.5")),
        ("12。5", Decimal("12.5")),
        ("\u3000８８\u3000", Decimal("88")),
    ],
)
def test_parse_input_reads_numbers_exactly(text: str, expected: Decimal) -> None:
    parsed = parse_input(text)
    assert type(parsed.number) is Decimal
    assert parsed.number == expected
    assert not parsed.not_applicable


@pytest.mark.parametrize(
    ("text", "expected", "percent"),
    [
        ("12.5%", Decimal("12.5"), True),
        ("50%", Decimal("50"), True),
        ("５０％", Decimal("50"), True),
        (" 50 % ", Decimal("50"), True),
        ("1,234.5%", Decimal("1234.5"), True),
        ("50", Decimal("50"), False),
        ("１２．５", Decimal("12.5"), False),
    ],
)
def test_parse_input_remembers_a_percent_sign(text: str, expected: Decimal, percent: bool) -> None:
    # The number is the same either way; whether "%" may be written is the indicator's call.
    parsed = parse_input(text)
    assert parsed.number == expected
    assert parsed.percent is percent


@pytest.mark.parametrize("text", [None, "", "   ", "\u3000", "无"])
def test_parse_input_without_a_number_has_no_percent_sign(text: str | None) -> None:
    assert parse_input(text).percent is False


@pytest.mark.parametrize("text", ["%", "50%%", "%50", "5%0", "无%", "％"])
def test_parse_input_refuses_a_misplaced_percent_sign(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_input(text)
    assert caught.value.issue.code == "not_a_number"


@pytest.mark.parametrize("text", [None, "", "   ", "\u3000"])
def test_parse_input_blank_means_no_value(text: str | None) -> None:
    assert parse_input(text).is_blank


@pytest.mark.parametrize("text", ["无", " 无 ", "N/A", "na"])
def test_parse_input_na_is_not_zero(text: str) -> None:
    parsed = parse_input(text)
    assert parsed.not_applicable
    assert parsed.number is None
    assert not parsed.is_blank


@pytest.mark.parametrize(
    "text", ["abc", "1,23", "12,3456", "1.2.3", "--1", "1e5", "12a", "一百", ","]
)
def test_parse_input_refuses_what_is_not_a_number(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_input(text)
    assert caught.value.issue.code == "not_a_number"
    assert caught.value.issue.params["text"] == text


@pytest.mark.parametrize(
    ("number", "scale", "text"),
    [
        (Decimal("1234.5"), 2, "1,234.50"),
        (Decimal("0.125"), 2, "0.13"),
        (Decimal("1234567"), 0, "1,234,567"),
    ],
)
def test_format_number_uses_scale_and_separators(number: Decimal, scale: int, text: str) -> None:
    assert format_number(number, scale) == text


@pytest.mark.parametrize(("number", "scale"), [(Decimal("-0.001"), 2), (Decimal("-0.4"), 0)])
def test_format_number_never_shows_negative_zero(number: Decimal, scale: int) -> None:
    assert not format_number(number, scale).startswith("-")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("9000.0000", Decimal("9000.0000")),
        ("-1.5", Decimal("-1.5")),
        ("+3", Decimal("3")),
        ("1E+3", Decimal("1E+3")),
        ("0E-8", Decimal("0E-8")),
        (Decimal("12.50"), Decimal("12.50")),
        (42, Decimal(42)),
        # Not a number a program wrote: left alone by the message that shows it.
        ("—", None),
        ("2016年2月", None),
        ("1,234", None),
        ("１２", None),
        ("12.", None),
        ("", None),
        ("NaN", None),
        (Decimal("NaN"), None),
        (Decimal("Infinity"), None),
        (True, None),
        (None, None),
        (1.5, None),
    ],
)
def test_plain_number_reads_only_what_programs_write(
    value: object, expected: Decimal | None
) -> None:
    number = plain_number(value)
    assert number == expected
    if expected is not None:
        assert number is not None and number.as_tuple() == expected.as_tuple()


@pytest.mark.parametrize(
    ("number", "places"),
    [(Decimal("9000.0000"), 0), (Decimal("1234.50"), 1), (Decimal("0.0001"), 4), (Decimal(7), 0)],
)
def test_significant_places_ignores_storage_zeros(number: Decimal, places: int) -> None:
    assert significant_places(number) == places


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("9000", "9,000"),
        ("1234.50", "1,234.50"),
        ("-1234567.8", "-1,234,567.8"),
        ("0.00", "0.00"),
        ("无", "无"),
        ("", ""),
        ("abc", "abc"),
    ],
)
def test_with_separators_groups_figures_at_their_written_scale(text: str, shown: str) -> None:
    assert with_separators(text) == shown
