"""The evaluation scheme file and the rules of a claim (domain/evaluation.py), without a database."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.evaluation import (
    EvaluationSchemeError,
    check_points,
    missing_evidence,
    parse_scheme,
    read_points,
    read_scheme_file,
)
from desktop_app.domain.issues import DomainError
from desktop_app.paths import resources_dir

GOOD = """
format = 1
key = "t"
title = "测试方案"
source = "测试"
total = "{total}"

[[item]]
code = "1"
name = "组织管理"
max = "{item_max}"
step = "{step}"

[[item.sub]]
code = "1.1"
name = "工作机制"
max = "{sub_max}"
evidence = "文件"
scoring = "有得满分"
source = "测试"

[[item.sub]]
code = "{second_code}"
name = "制度"
max = "2"
evidence = ""
scoring = "有得满分"
source = "测试"
"""


def scheme_text(**changes: str) -> bytes:
    fields = {"total": "5", "item_max": "5", "step": "0.5", "sub_max": "3", "second_code": "1.2"}
    fields.update(changes)
    return GOOD.format(**fields).encode()


def test_evaluation_scheme_reads_items_sub_items_and_evidence() -> None:
    scheme = parse_scheme(scheme_text())
    assert scheme.total == 5 and not scheme.example
    assert [sub.code for sub in scheme.sub_items()] == ["1.1", "1.2"]
    assert scheme.sub_item("1.1").evidence_asked and not scheme.sub_item("1.2").evidence_asked
    assert scheme.item_of("1.2").step == Decimal("0.5")


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"sub_max": "2.5"}, "1.max: its sub-items' maxima add up to 4.5, not 5"),
        ({"total": "6", "item_max": "5"}, "scheme.total: the items' maxima add up to 5, not 6"),
        ({"sub_max": "3.25"}, "1.1.max: 3.25 is not a multiple of the step 0.5"),
        ({"second_code": "1.1"}, "1.1: code used twice"),
        ({"step": "0"}, "1.step: must be more than 0"),
        ({"sub_max": "three"}, "1.1.max: 'three' is not a number"),
    ],
)
def test_evaluation_scheme_refusals_name_the_item(changes: dict[str, str], named: str) -> None:
    with pytest.raises(EvaluationSchemeError) as refused:
        parse_scheme(scheme_text(**changes))
    assert named in str(refused.value)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (b"\xff\xfe", "not valid UTF-8 TOML"),
        (b'format = 2\nkey = "t"', "format must be 1"),
        (scheme_text().replace(b'max = "3"', b"max = 3.0"), "1.1.max: write points as strings"),
        (scheme_text().replace('scoring = "有得满分"\n'.encode(), b"", 1), "1.1.scoring: missing"),
    ],
)
def test_evaluation_scheme_damaged_files_are_refused(text: bytes, named: str) -> None:
    with pytest.raises(EvaluationSchemeError) as refused:
        parse_scheme(text)
    assert named in str(refused.value)


def test_evaluation_shipped_example_adds_up_and_cites_its_lines() -> None:
    folder = resources_dir() / "evaluation"
    schemes = [read_scheme_file(path) for path in sorted(folder.glob("*.toml"))]
    assert schemes, "an example scheme is shipped"
    for scheme in schemes:
        assert scheme.example and "示例" in scheme.title
        # The total is the sub-items' maxima added up, by an independent sum.
        assert sum(Decimal(s.max_points) for s in scheme.sub_items()) == scheme.total == 100
        assert all(sub.source and sub.scoring for sub in scheme.sub_items())
    # The two lines taken from the Qinghai 2019 scheme keep its points; the others say theirs
    # are illustrative.
    example = schemes[0]
    assert example.sub_item("1.1").max_points == 2 and "青海" in example.sub_item("1.1").source
    assert example.sub_item("1.2").max_points == 3 and "青海" in example.sub_item("1.2").source
    others = [s for s in example.sub_items() if s.code not in {"1.1", "1.2"}]
    assert all("分值为示例" in s.source for s in others)


@pytest.mark.parametrize(
    ("typed", "points"),
    [("2", Decimal(2)), ("１．５", Decimal("1.5")), (" 0 ", Decimal(0)), ("", None), (None, None)],
)
def test_evaluation_points_typed_with_full_width_digits(typed: str | None, points: object) -> None:
    assert read_points(typed) == points


@pytest.mark.parametrize("typed", ["两分", "无", "50%", "1.5分"])
def test_evaluation_points_that_are_not_numbers_are_refused(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        read_points(typed)
    assert refused.value.issue.code == "evaluation_points_not_number"


@pytest.mark.parametrize(
    ("code", "points", "issue"),
    [
        ("1.1", Decimal("3"), None),
        ("1.1", Decimal("0"), None),
        ("1.1", Decimal("2.5"), None),
        ("1.1", Decimal("3.5"), "evaluation_points_out_of_range"),
        ("1.1", Decimal("-0.5"), "evaluation_points_out_of_range"),
        ("1.1", Decimal("1.25"), "evaluation_points_off_step"),
        ("9.9", Decimal("1"), "evaluation_unknown_item"),
    ],
)
def test_evaluation_claimed_points_within_max_at_step(
    code: str, points: Decimal, issue: str | None
) -> None:
    scheme = parse_scheme(scheme_text())
    if issue is None:
        check_points(scheme, code, points)
        return
    with pytest.raises(DomainError) as refused:
        check_points(scheme, code, points)
    assert refused.value.issue.code == issue


def test_evaluation_missing_evidence_only_where_asked() -> None:
    scheme = parse_scheme(scheme_text())
    assert [s.code for s in missing_evidence(scheme, [])] == ["1.1"]
    assert missing_evidence(scheme, ["1.1"]) == ()
