"""The demonstration standards of seed 003 (四川省商务厅电子商务示范工作方案, 附件1-3) as shipped in
resources/standards/sichuan_demonstration.toml, checked against the document's own numbers.

Every threshold below is copied here from the seed's text (not read from the file): a figure at
the threshold passes ("以上" includes it), one unit below fails; "大于1万平方米" excludes 10,000 m²;
Chengdu (5101..) and the other prefectures (通江县 511921 under 巴中市) differ where the document
says so; a criterion without data is never passed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.issues import DomainError
from desktop_app.domain.standards import (
    Kind,
    Outcome,
    Standards,
    StandardsError,
    Verdict,
    add_years,
    evaluate,
    facts_from_json,
    facts_to_json,
    from_register,
    parse_standards,
    read_fact,
)
from desktop_app.paths import resources_dir

CHENGDU = "510104"  # 锦江区, a district of 成都市 510100
TONGJIANG = "511921"  # 通江县, under 巴中市 511900

D = Decimal

#: Figures that clear every numeric criterion of seed 003 in Chengdu and elsewhere, written by
#: hand from the document (each comfortably above its threshold).
GOOD_FIGURES = {
    "capital": D(1000),
    "service_revenue": D(2000),
    "transaction_volume": D(20),
    "registered_firms": D(5000),
    "platform_sales": D(5000),
    "online_sales": D(10000),
    "online_share": D(80),
    "floor_area": D(50000),
    "transactions": D(10),
    "transactions_growth": D(25),
    "coverage": D(60),
}

#: (standard, fact, threshold in Chengdu, threshold elsewhere, the other alternative of an any_of
#: that is set to fail so this fact decides) — from 附件1-3.
AT_LEAST = [
    ("b2b_platform", "capital", 200, 200, None),  # 附件1 9(1) 注册资金200万元以上
    ("b2b_platform", "service_revenue", 500, 300, "transaction_volume"),  # 9(2)
    ("b2b_platform", "transaction_volume", 5, 3, "service_revenue"),  # 9(2) 5亿元 / 3亿元
    ("b2b_platform", "registered_firms", 1000, 1000, None),  # 9(3) 1000家以上
    ("b2c_platform", "capital", 200, 200, None),  # 10(1)
    ("b2c_platform", "platform_sales", 1000, 500, None),  # 10(2)
    ("service_enterprise", "capital", 200, 200, None),  # 11(1)
    ("service_enterprise", "service_revenue", 500, 300, "transaction_volume"),  # 11(2)
    ("service_enterprise", "transaction_volume", 5, 3, "service_revenue"),  # 11(2)
    ("traditional_enterprise", "capital", 300, 300, None),  # 12(1) 注册资金300万元以上
    ("traditional_enterprise", "online_sales", 3000, 1000, "online_share"),  # 12(2)
    ("traditional_enterprise", "online_share", 30, 30, "online_sales"),  # 12(2) 30%以上
    ("base", "transactions", 2, 2, None),  # 附件2 5 年交易额2亿元以上
    ("base", "transactions_growth", 10, 10, None),  # 附件2 5 两位数增长
    ("county", "coverage", 30, 30, None),  # 附件3 5 覆盖人数达到30%以上
]


@pytest.fixture(scope="module")
def standards() -> Standards:
    return parse_standards(
        (resources_dir() / "standards" / "sichuan_demonstration.toml").read_bytes()
    )


def all_good(standards: Standards, key: str) -> dict[str, Any]:
    """Facts meeting every criterion of a standard: each condition confirmed, each figure high."""
    facts: dict[str, Any] = {}
    for criterion in standards.standard(key).facts():
        facts[criterion.key] = True if criterion.kind is Kind.YES else GOOD_FIGURES[criterion.key]
    return facts


def class_of(standards: Standards, code: str) -> str:
    return standards.region_class(code).key


def test_standards_shipped_file_holds_the_six_standards_quotas_and_review(
    standards: Standards,
) -> None:
    assert standards.province == "51"
    assert [s.key for s in standards.standards] == [
        "b2b_platform",
        "b2c_platform",
        "service_enterprise",
        "traditional_enterprise",
        "base",
        "county",
    ]
    # 四(二): outside Chengdu at most 2 enterprises, 1 base, 1 county; Chengdu: no number.
    assert standards.group("enterprise").quota_for("other") == 2
    assert standards.group("base").quota_for("other") == 1
    assert standards.group("county").quota_for("other") == 1
    for group in ("enterprise", "base", "county"):
        assert standards.group(group).quota_for("chengdu") is None
    assert standards.review_years == 2  # 四(四) 每两年进行一次复核
    # Every criterion cites where it comes from.
    for standard in standards.standards:
        for criterion in standard.criteria:
            assert criterion.source.startswith("附件"), (standard.key, criterion.key)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("510100", "chengdu"),
        (CHENGDU, "chengdu"),
        ("510124", "chengdu"),  # 郫都区
        ("511900", "other"),
        (TONGJIANG, "other"),
        ("513401", "other"),
    ],
)
def test_standards_region_class_is_chengdu_by_its_code(
    standards: Standards, code: str, expected: str
) -> None:
    assert class_of(standards, code) == expected


@pytest.mark.parametrize("region", [CHENGDU, TONGJIANG])
@pytest.mark.parametrize(("standard", "fact", "chengdu", "other", "rival"), AT_LEAST)
def test_standards_threshold_passes_at_and_fails_one_below(
    standards: Standards,
    standard: str,
    fact: str,
    chengdu: int,
    other: int,
    rival: str | None,
    region: str,
) -> None:
    threshold = D(chengdu if region == CHENGDU else other)
    facts = all_good(standards, standard)
    if rival is not None:
        facts[rival] = D(0)  # the other alternative fails: this figure decides
    region_class = class_of(standards, region)

    facts[fact] = threshold
    at = evaluate(standards.standard(standard), facts, region_class)
    assert at.result(fact).outcome is Outcome.PASS
    assert at.verdict is Verdict.PASS

    facts[fact] = threshold - 1
    below = evaluate(standards.standard(standard), facts, region_class)
    assert below.result(fact).outcome is Outcome.FAIL
    assert below.verdict is Verdict.FAIL
    issue = below.result(fact).issue()
    assert issue.code == "standard_at_least_short"
    assert (issue.params["value"], issue.params["limit_value"]) == (threshold - 1, threshold)


def test_standards_base_floor_area_must_be_more_than_ten_thousand(standards: Standards) -> None:
    # 附件2 第2条: 总体办公面积应大于1万平方米 — 10,000 m² itself is not enough.
    facts = all_good(standards, "base")
    base = standards.standard("base")
    for area, outcome in (
        (10000, Outcome.FAIL),
        (D("10000.5"), Outcome.PASS),
        (10001, Outcome.PASS),
    ):
        facts["floor_area"] = D(area)
        assert evaluate(base, facts, "other").result("floor_area").outcome is outcome
    facts["floor_area"] = D(10000)
    assert evaluate(base, facts, "other").result("floor_area").issue().code == (
        "standard_more_than_short"
    )


def test_standards_chengdu_asks_more_than_the_other_prefectures(standards: Standards) -> None:
    # A B2B platform with 400万元 of service revenue and 4亿元 of transactions: enough in 通江县
    # (300万元 / 3亿元), short of both in 成都 (500万元 / 5亿元).
    facts = all_good(standards, "b2b_platform")
    facts.update(service_revenue=D(400), transaction_volume=D(4))
    b2b = standards.standard("b2b_platform")
    assert evaluate(b2b, facts, class_of(standards, TONGJIANG)).verdict is Verdict.PASS
    in_chengdu = evaluate(b2b, facts, class_of(standards, CHENGDU))
    assert in_chengdu.verdict is Verdict.FAIL
    assert in_chengdu.result("revenue_or_volume").outcome is Outcome.FAIL
    assert in_chengdu.result("service_revenue").threshold == D(500)
    assert in_chengdu.result("transaction_volume").threshold == D(5)
    # B2C: 800万元 of platform sales passes in a 市州 (500) but not in Chengdu (1000).
    b2c = standards.standard("b2c_platform")
    facts = all_good(standards, "b2c_platform") | {"platform_sales": D(800)}
    assert evaluate(b2c, facts, "other").verdict is Verdict.PASS
    assert evaluate(b2c, facts, "chengdu").verdict is Verdict.FAIL


@pytest.mark.parametrize(
    ("revenue", "volume", "expected"),
    [
        (D(300), None, Outcome.PASS),  # one alternative met is enough
        (None, D(3), Outcome.PASS),
        (D(299), D(3), Outcome.PASS),
        (D(299), D("2.99"), Outcome.FAIL),  # both given, both short
        (D(299), None, Outcome.MISSING),  # short, and the other not given: not known yet
        (None, None, Outcome.MISSING),
    ],
)
def test_standards_any_of_passes_on_one_alternative(
    standards: Standards, revenue: Decimal | None, volume: Decimal | None, expected: Outcome
) -> None:
    facts = all_good(standards, "service_enterprise")
    facts["service_revenue"], facts["transaction_volume"] = revenue, volume
    found = evaluate(standards.standard("service_enterprise"), facts, "other")
    assert found.result("revenue_or_volume").outcome is expected


@pytest.mark.parametrize("standard", ["b2b_platform", "b2c_platform", "base", "county"])
def test_standards_missing_data_is_incomplete_never_a_pass(
    standards: Standards, standard: str
) -> None:
    chosen = standards.standard(standard)
    assert evaluate(chosen, {}, "other").verdict is Verdict.INCOMPLETE
    for criterion in chosen.facts():
        facts = all_good(standards, standard)
        facts[criterion.key] = None  # this one not given, every other met
        result = evaluate(chosen, facts, "other")
        if criterion.kind is Kind.YES or criterion.key not in (
            "service_revenue",
            "transaction_volume",
            "online_sales",
            "online_share",
        ):
            assert result.verdict is Verdict.INCOMPLETE, criterion.key
            assert result.result(criterion.key).outcome is Outcome.MISSING
        else:  # an alternative of an any_of whose other alternative is met
            assert result.verdict is Verdict.PASS


def test_standards_a_failed_criterion_fails_even_with_data_missing(standards: Standards) -> None:
    facts: dict[str, Any] = {"capital": D(150)}  # 注册资金 150 万元 < 200 万元, nothing else given
    found = evaluate(standards.standard("b2b_platform"), facts, "other")
    assert found.verdict is Verdict.FAIL
    issue = found.result("capital").issue()
    assert issue.params == {
        "name": "注册资金",
        "unit": "万元",
        "value": D(150),
        "limit_value": D(200),
    }
    english = found.result("capital").issue(english=True)
    assert (english.params["name"], english.params["unit"]) == ("Registered capital", "10k yuan")
    # A condition answered 否 fails; one not answered lacks data.
    assert found.result("icp").outcome is Outcome.MISSING
    facts["icp"] = False
    denied = evaluate(standards.standard("b2b_platform"), facts, "other").result("icp")
    assert denied.issue().code == "standard_denied"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("200", D(200)),
        ("２００", D(200)),
        ("１，０００．５", D("1000.5")),
        ("150万元", D(150)),
        (" 30 ", D(30)),
        ("", None),
        (None, None),
    ],
)
def test_standards_read_fact_takes_what_clerks_type(
    standards: Standards, text: str | None, expected: Decimal | None
) -> None:
    capital = standards.standard("b2b_platform").fact("capital")
    assert read_fact(capital, text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("二百", "standard_fact_not_number"),
        ("无", "standard_fact_not_number"),
        ("-5", "standard_fact_negative"),
        ("12abc", "standard_fact_not_number"),
    ],
)
def test_standards_read_fact_refuses_bad_figures(
    standards: Standards, text: str, code: str
) -> None:
    capital = standards.standard("b2b_platform").fact("capital")
    with pytest.raises(DomainError) as caught:
        read_fact(capital, text)
    assert caught.value.issue.code == code
    assert caught.value.issue.params["text"] == text


def test_standards_read_fact_conditions_and_storage(standards: Standards) -> None:
    icp = standards.standard("b2b_platform").fact("icp")
    assert read_fact(icp, "是") is True
    assert read_fact(icp, "否") is False
    assert read_fact(icp, "") is None
    with pytest.raises(DomainError):
        read_fact(icp, "也许")
    facts = {"capital": D("250.50"), "icp": True, "online_payment": False, "coverage": None}
    back = facts_from_json(facts_to_json(facts))
    assert back == {"capital": D("250.50"), "icp": True, "online_payment": False}


def test_standards_register_amounts_become_the_unit_the_standard_says(
    standards: Standards,
) -> None:
    b2b = standards.standard("b2b_platform")
    # The register keeps 万元; 25,000 万元 is 2.5 亿元.
    assert from_register(b2b.fact("transaction_volume"), D(25000)) == D("2.5")
    assert from_register(b2b.fact("capital"), D(250)) == D(250)
    assert from_register(b2b.fact("capital"), None) is None


@pytest.mark.parametrize(
    ("recognised", "reviewed", "due"),
    [
        (date(2016, 5, 10), None, date(2018, 5, 10)),
        (date(2016, 2, 29), None, date(2018, 2, 28)),
        (date(2016, 5, 10), date(2018, 4, 1), date(2020, 4, 1)),
    ],
)
def test_standards_review_falls_due_two_years_on(
    standards: Standards, recognised: date, reviewed: date | None, due: date
) -> None:
    assert standards.review_due(recognised, reviewed) == due
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


# --- the file's refusals -------------------------------------------------------------------------
MINIMAL = """
format = 1
province = "51"
name_zh = "标准"
name_en = "Standards"
source = "文件"
review_years = 2

[[region_class]]
key = "chengdu"
name_zh = "成都市"
name_en = "Chengdu"
prefixes = ["5101"]

[[region_class]]
key = "other"
name_zh = "市州"
name_en = "Other"
prefixes = []

[[group]]
key = "enterprise"
name_zh = "示范企业"
name_en = "Enterprises"
source = "四(二)"
quota = { other = 2 }

[[standard]]
key = "b2b"
group = "enterprise"
name_zh = "B2B"
name_en = "B2B"
source = "附件1"

[[standard.criterion]]
key = "capital"
name_zh = "注册资金"
name_en = "Capital"
kind = "at_least"
unit = "万元"
threshold = { chengdu = "500", other = "300" }
source = "附件1 第9条(1)"
"""


def test_standards_minimal_file_parses() -> None:
    parsed = parse_standards(MINIMAL.encode())
    capital = parsed.standard("b2b").fact("capital")
    assert capital.thresholds == {"chengdu": D(500), "other": D(300)}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("format = 1", "format = 2", "format must be 1"),
        ('province = "51"', 'province = "Sichuan"', "province"),
        ("review_years = 2", "review_years = 0", "review_years"),
        ('kind = "at_least"', 'kind = "at_most"', "capital.kind"),
        ('unit = "万元"', 'unit = "美元"', "capital.unit"),
        ('{ chengdu = "500", other = "300" }', '{ chengdu = "500" }', "capital.threshold"),
        ('{ chengdu = "500", other = "300" }', "{ chengdu = 500.0, other = 300 }", "quotes"),
        (
            '{ chengdu = "500", other = "300" }',
            '{ chengdu = "五百", other = "300" }',
            "not a number",
        ),
        ('{ chengdu = "500", other = "300" }', '{ chengdu = "500", lhasa = "1" }', "lhasa"),
        ('group = "enterprise"', 'group = "shop"', "b2b.group"),
        ("quota = { other = 2 }", "quota = { other = -1 }", "enterprise.quota.other"),
        ('source = "附件1 第9条(1)"', "", "capital.source"),
        ("prefixes = []", 'prefixes = ["51"]', "exactly one class"),
        ('key = "capital"', 'key = "_capital"', "_capital"),
        ("[[standard.criterion]]", "[[standard.criterionx]]", "b2b: a standard needs"),
        ('name_zh = "注册资金"', "", "capital.name_zh"),
    ],
)
def test_standards_file_refusals_name_the_item_and_field(old: str, new: str, message: str) -> None:
    assert old in MINIMAL
    with pytest.raises(StandardsError) as caught:
        parse_standards(MINIMAL.replace(old, new, 1).encode())
    assert message in str(caught.value)


def test_standards_file_refuses_broken_toml_and_twice_used_keys() -> None:
    with pytest.raises(StandardsError, match="TOML"):
        parse_standards(b"format = = 1")
    with pytest.raises(StandardsError, match="TOML"):
        parse_standards("format = 1\n".encode("utf-16"))
    twice = MINIMAL + MINIMAL[MINIMAL.index("[[standard.criterion]]") :]
    with pytest.raises(StandardsError, match="'capital' is used twice"):
        parse_standards(twice.encode())
    any_of_one = MINIMAL.replace('kind = "at_least"', 'kind = "any_of"').replace(
        'unit = "万元"\nthreshold = { chengdu = "500", other = "300" }\n', ""
    )
    with pytest.raises(StandardsError, match="two parts or more"):
        parse_standards(any_of_one.encode())


_FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


@settings(max_examples=150, deadline=None)
@given(
    number=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    full_width=st.booleans(),
    grouped=st.booleans(),
)
def test_standards_read_fact_reads_any_figure_as_typed(
    standards: Standards, number: Decimal, full_width: bool, grouped: bool
) -> None:
    # Given a figure written as clerks write it (with separators, in full-width digits)
    text = f"{number:,.2f}" if grouped else f"{number:.2f}"
    if full_width:
        text = text.translate(_FULL_WIDTH)
    capital = standards.standard("b2b_platform").fact("capital")
    # Then it is read exactly, and checked on the right side of 200万元
    read = read_fact(capital, text)
    assert read == number
    outcome = evaluate(standards.standard("b2b_platform"), {"capital": read}, "other")
    assert outcome.result("capital").outcome is (Outcome.PASS if number >= 200 else Outcome.FAIL)


def test_a_percentage_is_no_figure_in_10k_yuan(standards: Standards) -> None:
    capital = standards.standard("b2c_platform").fact("capital")
    assert capital.unit == "万元"
    with pytest.raises(DomainError) as caught:
        read_fact(capital, "30%")
    assert caught.value.issue.code == "standard_fact_not_number"
