"""示范单位评定 on a real SQLite file: candidates from the enterprise register or typed in, the
recommendation list of a prefecture within its quota (seed 003 四(二): outside Chengdu at most 2
enterprises, 1 base and 1 county per round; Chengdu not capped), recognition and the review every
two years (四(四)), and the refusals that leave nothing written.

Expected figures are written here from the seed, never computed by the program's functions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.standards import Status, Verdict
from desktop_app.paths import resources_dir
from desktop_app.persistence.models import StandardCandidateRecord
from desktop_app.services.regions import RegionQueries
from desktop_app.services.registers import RegisterService
from desktop_app.services.standards import StandardService
from desktop_app.services.store import Store

BAZHONG = "511900"  # 巴中市
TONGJIANG, NANJIANG, PINGCHANG = "511921", "511922", "511923"
CHENGDU, JINJIANG, QINGYANG = "510100", "510104", "510105"
D = Decimal

GENERAL = (
    "lawful_and_advanced",
    "licences_shown",
    "icp",
    "organisation",
    "fraud_controls",
    "sichuan_legal_person",
    "social_benefit",
    "reports_statistics",
)


def b2c_facts(sales: int = 800, capital: int = 300) -> dict[str, Any]:
    """A B2C platform meeting 附件1 第1-8条 and 第10条 outside Chengdu (≥ 200万元 capital,
    ≥ 500万元 sales, online payment)."""
    facts: dict[str, Any] = dict.fromkeys(GENERAL, True)
    facts.update(capital=D(capital), platform_sales=D(sales), online_payment=True)
    return facts


def base_facts() -> dict[str, Any]:
    keys = ("policy_fit", "infrastructure_cluster", "services", "innovation", "firms_growing")
    facts: dict[str, Any] = dict.fromkeys(keys, True)
    facts.update(lawful=True, floor_area=D(12000), transactions=D(3), transactions_growth=D(12))
    return facts


@pytest.fixture
def service(store: Store) -> StandardService:
    return StandardService(store.sessions, "张三", [resources_dir() / "standards"])


def stored(store: Store) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count(StandardCandidateRecord.id))) or 0)


def test_standards_service_takes_an_enterprise_from_the_register(
    store: Store, service: StandardService
) -> None:
    # Given an enterprise in the register of 通江县 with 300万元 capital, 450万元 revenue and
    # 25,000万元 online sales
    registers = RegisterService(store.sessions, "张三")
    row = registers.add(
        "enterprises",
        TONGJIANG,
        {
            "name": "通江银耳网",
            "kind": "enterprise",
            "capital": D(300),
            "revenue": D(450),
            "online_sales": D(25000),
        },
    )
    assert row.id is not None
    # When it is checked as a B2B platform
    candidate = service.add_from_register("b2b_platform", row.id)
    # Then capital and revenue are prefilled in 万元; nothing the register lacks is invented
    assert candidate.facts == {"capital": D(300), "service_revenue": D(450)}
    assert (candidate.region_code, candidate.prefecture_code) == (TONGJIANG, BAZHONG)
    assert candidate.entry_id == row.id and candidate.name == "通江银耳网"
    evaluation = candidate.evaluation
    assert evaluation.result("capital").outcome.value == "pass"
    assert evaluation.result("revenue_or_volume").outcome.value == "pass"  # 450 ≥ 300 in 市州
    assert evaluation.result("registered_firms").outcome.value == "missing"
    assert candidate.verdict is Verdict.INCOMPLETE
    # As a traditional enterprise, online sales come from the register too (25,000 ≥ 1,000).
    traditional = service.add_from_register("traditional_enterprise", row.id)
    assert traditional.facts["online_sales"] == D(25000)
    assert traditional.evaluation.result("online_sales_or_share").outcome.value == "pass"


def test_standards_service_quota_outside_chengdu_lists_two_of_three(
    store: Store, service: StandardService
) -> None:
    # Given three passing enterprises in 巴中市's counties and one that lacks data
    first = service.add(TONGJIANG, "b2c_platform", "甲公司", b2c_facts())
    second = service.add(NANJIANG, "b2c_platform", "乙公司", b2c_facts())
    third = service.add(PINGCHANG, "b2c_platform", "丙公司", b2c_facts())
    lacking = service.add(PINGCHANG, "b2c_platform", "丁公司", {"capital": D(500)})
    assert {c.verdict for c in (first, second, third)} == {Verdict.PASS}
    assert lacking.verdict is Verdict.INCOMPLETE

    # When the prefecture's list for 2016 is drawn up (from a county or the prefecture)
    for code in (TONGJIANG, BAZHONG):
        listed = service.recommendation_list(code, 2016).line("enterprise")
        # Then two fit the quota of 2 and the third is beyond it; 丁 is not listed
        assert listed.quota == 2 and listed.left == 2
        assert [c.name for c in listed.within] == ["甲公司", "乙公司"]
        assert [c.name for c in listed.beyond] == ["丙公司"]

    # When two are recommended, the third is refused and nothing is written for it
    service.recommend(first.id, date(2016, 6, 1))
    service.recommend(third.id, date(2016, 6, 2))
    listed = service.recommendation_list(BAZHONG, 2016).line("enterprise")
    assert (len(listed.used), listed.left) == (2, 0)
    assert listed.within == () and [c.name for c in listed.beyond] == ["乙公司"]
    with pytest.raises(DomainError) as caught:
        service.recommend(second.id, date(2016, 6, 3))
    assert caught.value.issue.code == "standard_quota_full"
    assert caught.value.issue.params["quota"] == 2
    assert service.candidate(second.id).status is Status.CANDIDATE
    # The next year is a new round; a withdrawn recommendation frees its place.
    assert service.recommendation_list(BAZHONG, 2017).line("enterprise").left == 2
    service.withdraw(third.id)
    assert service.recommend(second.id, date(2016, 6, 3)).status is Status.RECOMMENDED
    # A base has its own quota of 1 in the same prefecture.
    base = service.add(TONGJIANG, "base", "通江电商产业园", base_facts())
    assert service.recommendation_list(BAZHONG, 2016).line("base").left == 1
    service.recommend(base.id, date(2016, 6, 1))
    assert service.recommendation_list(BAZHONG, 2016).line("base").left == 0


def test_standards_service_chengdu_is_not_capped(service: StandardService) -> None:
    # Chengdu's thresholds are higher (1000万元 of B2C sales), and 四(二) sets it no number.
    names = ["一号", "二号", "三号", "四号"]
    made = [
        service.add(JINJIANG if i % 2 else QINGYANG, "b2c_platform", n, b2c_facts(sales=1000))
        for i, n in enumerate(names)
    ]
    short = service.add(JINJIANG, "b2c_platform", "五号", b2c_facts(sales=800))
    assert short.verdict is Verdict.FAIL  # 800 < 1000 in Chengdu (would pass in 巴中)
    for candidate in made:
        assert service.recommend(candidate.id, date(2016, 6, 1)).status is Status.RECOMMENDED
    listed = service.recommendation_list(CHENGDU, 2016)
    assert listed.region_class.key == "chengdu"
    line = listed.line("enterprise")
    assert line.quota is None and line.left is None and len(line.used) == 4


def test_standards_service_refuses_recommending_what_does_not_pass(
    store: Store, service: StandardService
) -> None:
    failing = service.add(TONGJIANG, "b2c_platform", "小公司", b2c_facts(capital=150))
    lacking = service.add(TONGJIANG, "b2c_platform", "新公司", {"capital": D(500)})
    for candidate, code in (
        (failing, "standard_recommend_fails"),
        (lacking, "standard_recommend_incomplete"),
    ):
        with pytest.raises(DomainError) as caught:
            service.recommend(candidate.id, date(2016, 6, 1))
        assert caught.value.issue.code == code
        assert service.candidate(candidate.id).status is Status.CANDIDATE
    # Facts corrected later make it pass.
    fixed = service.change(failing.id, facts=b2c_facts(capital=200))
    assert fixed.verdict is Verdict.PASS
    # Bad facts are refused and nothing changes.
    with pytest.raises(DomainError) as caught:
        service.change(fixed.id, facts={"capital": D(-1)})
    assert caught.value.issue.code == "standard_fact_negative"
    assert service.candidate(fixed.id).facts["capital"] == D(200)
    with pytest.raises(DomainError):
        service.add(TONGJIANG, "b2c_platform", "  ")
    with pytest.raises(DomainError) as caught:
        service.add(BAZHONG, "b2c_platform", "市级公司")
    assert caught.value.issue.code == "standard_needs_county"
    RegionQueries(store.sessions).add(TONGJIANG + "101", "诺江镇", TONGJIANG)
    with pytest.raises(DomainError) as caught:
        service.add(TONGJIANG + "101", "county", "诺江镇")
    assert caught.value.issue.code == "standard_county_only"
    # An enterprise in a township counts under its county.
    in_town = service.add(TONGJIANG + "101", "b2c_platform", "镇上公司")
    assert in_town.region_code == TONGJIANG
    service.remove(in_town.id)
    assert stored(store) == 2


def test_standards_service_review_calendar_overdue_first(service: StandardService) -> None:
    # Given three recognised units (one reviewed since) and one only recommended
    old = service.add(TONGJIANG, "b2c_platform", "老企业", b2c_facts())
    service.recognise(old.id, date(2014, 3, 1))  # due 2016-03-01: overdue on 2016-07-01
    reviewed = service.add(NANJIANG, "b2c_platform", "复核过", b2c_facts())
    service.recognise(reviewed.id, date(2013, 9, 1))
    service.confirm_review(reviewed.id, date(2015, 9, 1))  # due 2017-09-01
    county = service.add(TONGJIANG, "county", "通江县", {"coverage": D(35)})
    service.recognise(county.id, date(2015, 1, 10))  # due 2017-01-10
    pending = service.add(PINGCHANG, "b2c_platform", "待定", b2c_facts())
    service.recommend(pending.id, date(2016, 5, 1))

    calendar = service.review_calendar(BAZHONG, date(2016, 7, 1))
    assert [(d.candidate.name, d.due) for d in calendar] == [
        ("老企业", date(2016, 3, 1)),
        ("通江县", date(2017, 1, 10)),
        ("复核过", date(2017, 9, 1)),
    ]
    assert [d.overdue for d in calendar] == [True, False, False]
    assert calendar[0].days_left == -122  # 1 March to 1 July 2016
    # Only the county's own units in a county's calendar.
    assert [d.candidate.name for d in service.review_calendar(TONGJIANG, date(2016, 7, 1))] == [
        "老企业",
        "通江县",
    ]
    # Revoked at a review: off the calendar; a day before recognition is refused.
    with pytest.raises(DomainError) as caught:
        service.revoke(old.id, date(2014, 1, 1))
    assert caught.value.issue.code == "standard_day_before"
    service.revoke(old.id, date(2016, 7, 1))
    assert [d.candidate.name for d in service.review_calendar(BAZHONG, date(2016, 7, 1))] == [
        "通江县",
        "复核过",
    ]
    # A recognised unit is not removed; a revoked one is.
    with pytest.raises(DomainError) as caught:
        service.remove(county.id)
    assert caught.value.issue.code == "standard_remove_refused"
    service.remove(old.id)
    assert [c.name for c in service.candidates(TONGJIANG)] == ["通江县"]


def test_standards_service_refuses_regions_without_standards(
    service: StandardService, tmp_path: Path, store: Store
) -> None:
    with pytest.raises(DomainError) as caught:
        service.candidates("360704")  # 赣县区, Jiangxi: no standards shipped
    assert caught.value.issue.code == "standards_none"
    # A broken replacement file is named, not a traceback.
    (tmp_path / "sichuan.toml").write_text("format = 1\nprovince = 51\n", encoding="utf-8")
    broken = StandardService(store.sessions, "张三", [tmp_path])
    with pytest.raises(DomainError) as caught:
        broken.candidates(TONGJIANG)
    assert caught.value.issue.code == "standards_file_bad"
    assert caught.value.issue.params["file"] == "sichuan.toml"


def test_standards_service_a_province_file_replaces_the_shipped_one(
    store: Store, tmp_path: Path
) -> None:
    # Given a province's own file in a later folder, asking Chengdu for 600万元 of B2C sales
    shipped = (resources_dir() / "standards" / "sichuan_demonstration.toml").read_text("utf-8")
    old = 'threshold = { chengdu = "1000", other = "500" }'
    assert shipped.count(old) == 1
    (tmp_path / "sichuan_2017.toml").write_text(
        shipped.replace(old, 'threshold = { chengdu = "600", other = "500" }'), "utf-8"
    )
    service = StandardService(store.sessions, "张三", [resources_dir() / "standards", tmp_path])
    # Then a Chengdu platform with 800万元 passes under it (it fails under the shipped one)
    candidate = service.add(JINJIANG, "b2c_platform", "成都商城", b2c_facts(sales=800))
    assert candidate.verdict is Verdict.PASS
    assert candidate.evaluation.result("platform_sales").threshold == D(600)
    shipped_only = StandardService(store.sessions, "张三", [resources_dir() / "standards"])
    assert shipped_only.candidate(candidate.id).verdict is Verdict.FAIL


def test_standards_service_a_recommended_unit_keeps_the_figures_it_was_judged_on(
    service: StandardService,
) -> None:
    candidate = service.add(TONGJIANG, "b2c_platform", "川货网", b2c_facts())
    service.recommend(candidate.id, date(2016, 6, 1))
    with pytest.raises(DomainError) as caught:
        service.change(candidate.id, facts=b2c_facts(capital=10))
    assert caught.value.issue.code == "standard_fixed_once_recommended"
    kept = service.candidate(candidate.id)
    assert kept.status is Status.RECOMMENDED and kept.verdict is Verdict.PASS
    assert kept.facts["capital"] == D(300)
    # a note is still the clerk's to change
    assert service.change(candidate.id, note="已报市局").note == "已报市局"
