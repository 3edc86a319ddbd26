"""packaging/fill_english.py: a numerus entry's English forms come from its source text."""

from __future__ import annotations

import pytest

from tests.scripts import load_script


@pytest.mark.parametrize(
    ("source", "one", "many"),
    [
        ("%n file(s)", "%n file", "%n files"),
        ("%n county(ies)", "%n county", "%n counties"),
        ("%1 of %n county(ies) reported", "%1 of %n county reported", "%1 of %n counties reported"),
        (
            "%n point(s) without coordinates",
            "%n point without coordinates",
            "%n points without coordinates",
        ),
        ("%n row(s) in %n county(ies)", "%n row in %n county", "%n rows in %n counties"),
    ],
)
def test_fill_english_numerus_forms(source: str, one: str, many: str) -> None:
    script = load_script("fill_english")
    assert (script.english_form(source, 0), script.english_form(source, 1)) == (one, many)
