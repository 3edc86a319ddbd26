"""指标管理 on a real SQLite file: a bureau's own indicators are added, refused, placed, kept by
catalogue upgrades, summed over townships, and removed only while nothing holds them."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.catalogue import parse_catalogue
from desktop_app.domain.indicators import Basis, Temporal, ValueKind
from desktop_app.domain.issues import DomainError
from desktop_app.domain.local_indicators import IndicatorDraft, arrange, check_draft
from desktop_app.domain.periods import Period
from desktop_app.i18n import issue_message, set_language
from desktop_app.paths import resources_dir
from desktop_app.persistence.models import IndicatorRecord, ValueRecord
from desktop_app.persistence.repositories import IndicatorRepository
from desktop_app.services.backups import make_backup
from desktop_app.services.catalogue_admin import CatalogueAdmin, IndicatorRefused
from desktop_app.services.figures import FigureService
from desktop_app.services.reference_data import sync_catalogue
from desktop_app.services.regions import RegionQueries
from desktop_app.services.return_screen import ReturnScreenService
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import ValueService

CATALOGUE = resources_dir() / "catalogue" / "indicators.toml"
COUNTY = "511921"  # 通江县
MARCH = Period.month(2025, 3)

LIVE = IndicatorDraft(
    code="G01",
    name_zh="直播带货场次",
    name_en="Live-stream sales sessions",
    group="C",
    unit="场",
    kind=ValueKind.COUNT,
    temporal=Temporal.FLOW,
)
# 其中 of 网络零售额 (C02: 万元, amount, flow, 2 decimals).
LIVE_SALES = IndicatorDraft(
    code="C02.9",
    name_zh="其中：直播电商零售额",
    name_en="of which live-stream retail sales",
    group="C",
    unit="万元",
    kind=ValueKind.AMOUNT,
    temporal=Temporal.FLOW,
    scale=2,
    parent_code="C02",
    entry_basis=Basis.YTD,
)


@pytest.fixture
def admin(store: Store) -> CatalogueAdmin:
    return CatalogueAdmin(store.sessions, lambda: "王会计")


def active_codes(store: Store) -> list[str]:
    with store.sessions() as session:
        return [row.indicator.code for row in IndicatorRepository(session).active()]


def refused(admin: CatalogueAdmin, draft: IndicatorDraft) -> list[str]:
    with pytest.raises(IndicatorRefused) as caught:
        admin.add(draft)
    for issue in caught.value.issues:  # every refusal has its sentence, never the raw code
        assert not issue_message(issue).startswith(issue.code)
    return [issue.code for issue in caught.value.issues]


def test_catalogue_admin_adds_local_indicators_where_returns_show_them(
    admin: CatalogueAdmin, store: Store
) -> None:
    change = admin.add(LIVE)
    admin.add(LIVE_SALES)
    assert change.action == "added"
    entry = change.listing.entry("G01")
    assert entry is not None and entry.local and not entry.hidden
    codes = active_codes(store)
    # A 其中 item after its parent's other 其中 items; another at the end of its group.
    assert codes[codes.index("C02") : codes.index("C02") + 4] == ["C02", "C02.1", "C02.2", "C02.9"]
    assert codes[codes.index("C03") + 1] == "G01"
    assert codes[codes.index("G01") + 1] == "D01"  # group D begins after it
    with store.sessions() as session:
        record = session.scalars(select(IndicatorRecord).where(IndicatorRecord.code == "G01")).one()
        assert (record.origin, record.unit, record.kind, record.temporal) == (
            "user",
            "场",
            "count",
            "flow",
        )
    [noted] = admin.history("G01")
    assert (noted["who"], noted["action"]) == ("王会计", "added")


@pytest.mark.parametrize(
    ("draft", "codes"),
    [
        (replace(LIVE, code="A01"), ["indicator_code_shipped"]),
        (replace(LIVE, code="1G"), ["indicator_code_form"]),
        (
            replace(LIVE, name_zh=" ", unit="", scale=2),
            ["indicator_needs_name", "indicator_needs_unit", "indicator_count_scale"],
        ),
        # 其中 of 网络零售额 (万元) in 个: a part shares its parent's unit, kind and flow/stock.
        (
            replace(LIVE_SALES, unit="个", kind=ValueKind.COUNT, scale=0),
            ["catalogue_part_mismatch"],
        ),
        (
            replace(LIVE, minimum="十", maximum="5%"),
            [
                "indicator_bad_bound",
                "indicator_bad_bound",
            ],
        ),
        (replace(LIVE, minimum="１０", maximum="５"), ["indicator_bounds_order"]),
        (replace(LIVE, temporal=Temporal.STOCK, entry_basis=Basis.YTD), ["indicator_stock_ytd"]),
        (replace(LIVE, parent_code="C02"), ["catalogue_part_mismatch"]),
        (replace(LIVE, at_most_code="Z99"), ["catalogue_unknown_reference"]),
    ],
)
def test_catalogue_admin_refuses_bad_drafts_and_writes_nothing(
    admin: CatalogueAdmin, store: Store, draft: IndicatorDraft, codes: list[str]
) -> None:
    before = active_codes(store)
    assert refused(admin, draft) == codes
    assert active_codes(store) == before


def test_catalogue_admin_refuses_a_code_taken_in_any_case(admin: CatalogueAdmin) -> None:
    admin.add(LIVE)
    assert refused(admin, replace(LIVE, code="ｇ01")) == ["indicator_code_taken"]


def test_catalogue_admin_reads_full_width_bounds(admin: CatalogueAdmin, store: Store) -> None:
    admin.add(replace(LIVE, code="Ｇ０２", maximum="１，０００"))
    rate = replace(LIVE, code="G03", kind=ValueKind.RATIO, unit="%", scale=1, maximum="１２０%")
    admin.add(rate)
    with store.sessions() as session:
        g02 = IndicatorRepository(session).require("G02")
        assert (g02.maximum, g02.minimum) == ("1000", None)
        assert IndicatorRepository(session).require("G03").maximum == "120"


def test_catalogue_admin_edits_a_local_indicator_but_not_its_shape_once_it_holds_values(
    admin: CatalogueAdmin, store: Store
) -> None:
    admin.add(LIVE)
    renamed = replace(LIVE, name_zh="直播场次", maximum="500")
    admin.edit("G01", renamed)
    ValueService(store.sessions, "t").set_text(COUNTY, "G01", MARCH, "12")
    with pytest.raises(IndicatorRefused) as caught:
        admin.edit("G01", replace(renamed, kind=ValueKind.AMOUNT))
    assert caught.value.issue.code == "indicator_shape_has_values"
    assert caught.value.issue.params["count"] == 1
    with pytest.raises(IndicatorRefused) as caught:
        admin.edit("G01", replace(renamed, code="G09"))
    assert caught.value.issue.code == "indicator_code_in_use"
    # Names, bounds, the group and required stay editable.
    admin.edit("G01", replace(renamed, group="D", required=False))
    entry = admin.listing().entry("G01")
    assert entry is not None
    assert (entry.indicator.name_zh, entry.indicator.maximum) == ("直播场次", Decimal(500))
    assert (entry.indicator.group, entry.indicator.required) == ("D", False)
    assert [e["action"] for e in admin.history("G01")] == ["added", "edited", "edited"]
    # A built-in indicator is not edited here (the next upgrade would undo it).
    with pytest.raises(IndicatorRefused) as caught:
        admin.edit("C02", LIVE_SALES)
    assert caught.value.issue.code == "indicator_shipped_fixed"


def test_catalogue_admin_removes_only_what_holds_nothing(
    admin: CatalogueAdmin, store: Store
) -> None:
    values = ValueService(store.sessions, "t")
    admin.add(LIVE)
    admin.add(replace(LIVE, code="G02"))
    for code, text in (("511921", "3"), ("511922", "4")):
        values.set_text(code, "G01", MARCH, text)
    values.set_text(COUNTY, "G01", Period.month(2025, 1), "1")
    with pytest.raises(IndicatorRefused) as caught:
        admin.remove("G01")
    issue = caught.value.issue
    assert issue.code == "indicator_holds_values"
    assert (issue.params["count"], issue.params["region_count"]) == (3, 2)
    assert issue.params["regions"] == "通江县、南江县"
    assert (issue.params["first_period"], issue.params["last_period"]) == ("2025-M01", "2025-M03")
    set_language("zh_CN")  # the sentence as a Chinese clerk reads it
    assert "2025年1月" in issue_message(issue)
    # Nothing ever keyed: deleted.
    assert admin.remove("G02").action == "removed"
    assert "G02" not in active_codes(store)
    assert admin.listing().entry("G02") is None
    # Values cleared, history kept: hidden, with its history, and shown again on request.
    for code, period in (("511921", MARCH), ("511922", MARCH), ("511921", Period.month(2025, 1))):
        values.set_text(code, "G01", period, "")
    assert admin.remove("G01").action == "hidden"
    entry = admin.listing().entry("G01")
    assert entry is not None and entry.hidden
    assert "G01" not in active_codes(store)
    assert admin.show("G01").action == "shown"
    assert "G01" in active_codes(store)


def test_catalogue_admin_refuses_removing_what_another_indicator_names(
    admin: CatalogueAdmin, store: Store
) -> None:
    admin.add(LIVE)
    admin.add(replace(LIVE, code="G01.1", parent_code="G01"))
    with pytest.raises(IndicatorRefused) as caught:
        admin.remove("G01")
    assert caught.value.issue.code == "indicator_referenced"
    assert caught.value.issue.params["others"] == "G01.1"


def test_catalogue_admin_refuses_removing_what_a_template_maps(store: Store) -> None:
    admin = CatalogueAdmin(store.sessions, lambda: "t", lambda: {"G01": ["某某月报表"]})
    admin.add(LIVE)
    with pytest.raises(IndicatorRefused) as caught:
        admin.remove("G01")
    assert caught.value.issue.code == "indicator_in_templates"
    assert "某某月报表" in issue_message(caught.value.issue)


def test_catalogue_admin_hides_a_built_in_one_without_values_across_upgrades(
    admin: CatalogueAdmin, store: Store
) -> None:
    ValueService(store.sessions, "t").set_text(COUNTY, "B04", MARCH, "88")
    with pytest.raises(IndicatorRefused) as caught:
        admin.remove("B04")
    assert caught.value.issue.code == "indicator_holds_values"
    assert admin.remove("B07").action == "hidden"
    edited = CATALOGUE.read_text(encoding="utf-8").replace('name_zh = "网店"', 'name_zh = "网店数"')
    with store.sessions.begin() as session:
        sync_catalogue(session, parse_catalogue(edited.encode("utf-8")))
    assert "B07" not in active_codes(store)
    entry = admin.listing().entry("B07")
    assert entry is not None and entry.hidden and not entry.local
    admin.show("B07")
    assert "B07" in active_codes(store)


def test_catalogue_admin_local_indicator_survives_a_changed_catalogue(
    admin: CatalogueAdmin, store: Store
) -> None:
    admin.add(LIVE)
    admin.add(LIVE_SALES)
    ValueService(store.sessions, "t").set_text(COUNTY, "G01", MARCH, "7")
    # The new file adds an indicator after C03 and drops B07: every shipped one after B07 moves.
    text = CATALOGUE.read_text(encoding="utf-8")
    start = text.index('code = "B07"')
    block = text.rindex("[[indicator]]", 0, start)
    text = text[:block] + text[text.index("[[indicator]]", start) :]
    added = (
        '[[indicator]]\ncode = "C04"\ngroup = "C"\nname_zh = "跨境电商交易额"\n'
        'name_en = "Cross-border sales"\nunit = "万元"\nkind = "amount"\ntemporal = "flow"\n'
        "scale = 2\n\n"
    )
    at = text.index("[[indicator]]", text.index('code = "C03"'))
    text = text[:at] + added + text[at:]
    with store.sessions.begin() as session:
        result = sync_catalogue(session, parse_catalogue(text.encode("utf-8")))
    assert result.added == ["C04"] and result.deactivated == ["B07"] and result.adopted == []
    codes = active_codes(store)
    assert codes[codes.index("C02") : codes.index("C02") + 4] == ["C02", "C02.1", "C02.2", "C02.9"]
    assert codes[codes.index("C03") :][:3] == ["C03", "C04", "G01"]
    with store.sessions() as session:
        g01 = IndicatorRepository(session).require("G01")
        assert (g01.origin, g01.active, g01.name_zh) == ("user", True, "直播带货场次")
        assert session.scalar(select(ValueRecord.amount)) == Decimal(7)


def test_catalogue_admin_a_later_shipped_code_takes_the_local_record_over(
    admin: CatalogueAdmin, store: Store
) -> None:
    """Decided: the province's file is the word; the record (and its values) become built-in."""
    admin.add(LIVE)
    ValueService(store.sessions, "t").set_text(COUNTY, "G01", MARCH, "7")
    text = CATALOGUE.read_text(encoding="utf-8") + (
        '\n[[indicator]]\ncode = "G01"\ngroup = "C"\nname_zh = "直播电商场次"\n'
        'name_en = "Live commerce sessions"\nunit = "场"\nkind = "count"\ntemporal = "flow"\n'
    )
    with store.sessions.begin() as session:
        result = sync_catalogue(session, parse_catalogue(text.encode("utf-8")))
    assert result.adopted == ["G01"] and result.added == []
    entry = admin.listing().entry("G01")
    assert entry is not None and not entry.local and entry.values == 1
    assert entry.indicator.name_zh == "直播电商场次"


def test_catalogue_admin_local_indicator_rolls_up_from_townships(
    admin: CatalogueAdmin, store: Store
) -> None:
    admin.add(LIVE)
    admin.add(LIVE_SALES)
    regions = RegionQueries(store.sessions)
    towns = {"511921100": "诺水河镇", "511921101": "沙溪镇", "511921102": "至诚镇"}
    for code, name in towns.items():
        regions.add(code, name, COUNTY)
    values = ValueService(store.sessions, "t")
    keyed = {"511921100": ("12", "30.50"), "511921101": ("5", "4.25"), "511921102": ("0", "无")}
    for code, (sessions, sales) in keyed.items():
        values.set_text(code, "G01", MARCH, sessions)
        values.set_text(code, "C02.9", MARCH, sales, basis=Basis.OWN)
    county = FigureService(store.sessions).figures(COUNTY, MARCH).by_code()
    assert county["G01"].figures.current == Decimal(12 + 5 + 0)
    assert county["C02.9"].figures.current == Decimal("30.50") + Decimal("4.25")
    prefecture = FigureService(store.sessions).figures("511900", MARCH).by_code()
    assert prefecture["G01"].figures.current == Decimal(17)


def test_catalogue_admin_an_open_return_shows_the_added_indicator(
    admin: CatalogueAdmin, store: Store
) -> None:
    values = ValueService(store.sessions, "t")
    screen = ReturnScreenService(
        store.sessions, values, ReturnService(store.sessions, FigureService(store.sessions), "t")
    )
    before = screen.view(COUNTY, MARCH)
    assert before.row("G01") is None
    admin.add(LIVE)
    # A cell saved on the view shown before the add: the catalogue's fingerprint changed, so
    # the view after the save is read whole and has the new line.
    change = screen.save_cell(before, "C01", "5")
    assert change.refusal is None
    assert screen.counters.references_changed == 1
    assert change.view.row("G01") is not None
    assert change.reshaped or [r.code for r in change.view.rows] != [r.code for r in before.rows]
    # Its own cell is keyed and saved like any other.
    saved = screen.save_cell(change.view, "G01", "９")
    assert saved.refusal is None
    row = saved.view.row("G01")
    assert row is not None and row.item is not None
    assert row.item.figures.current == Decimal(9)


def test_arrange_spaces_shipped_indicators_when_there_is_no_room() -> None:
    """A database loaded before local indicators existed has shipped orders 0, 1, 2…: a 其中
    item of C02 after C02.2 has no room before C03, so the shipped ones are spaced out."""
    catalogue = parse_catalogue(CATALOGUE.read_bytes())
    groups = {g.code: g.order for g in catalogue.groups}
    indicator, issues = check_draft(
        LIVE_SALES, groups=set(groups), known=catalogue.by_code(), shipped=set(catalogue.by_code())
    )
    assert indicator is not None and not issues
    orders = arrange([*catalogue.indicators, indicator], {"C02.9"}, groups)
    group_of = {i.code: i.group for i in [*catalogue.indicators, indicator]}
    in_order = sorted(orders, key=lambda code: (groups[group_of[code]], orders[code]))
    shipped_order = [i.code for i in catalogue.indicators]
    assert [c for c in in_order if c != "C02.9"] == shipped_order
    assert in_order[in_order.index("C02.2") + 1] == "C02.9"
    assert orders["C03"] - orders["C02.2"] == 1000


def test_catalogue_admin_codes_take_the_catalogue_form_and_parts_follow_their_whole(
    admin: CatalogueAdmin, store: Store
) -> None:
    admin.add(replace(LIVE, code=" ｇ０１ "))  # lower case, full width, spaces: as an IME types
    assert "G01" in active_codes(store)
    admin.add(replace(LIVE, code="g01.1", name_zh="其中：助农直播场次", parent_code="G01"))
    codes = active_codes(store)
    assert codes[codes.index("G01") + 1] == "G01.1"
    # The whole cannot change its unit under its 其中 item, nor its code while it is named.
    with pytest.raises(IndicatorRefused) as caught:
        admin.edit("G01", replace(LIVE, unit="次"))
    assert [i.code for i in caught.value.issues] == ["catalogue_part_mismatch"]
    with pytest.raises(IndicatorRefused) as caught:
        admin.edit("G01", replace(LIVE, code="G09"))
    assert caught.value.issue.code == "indicator_code_in_use"
    # A part cannot be made part of itself through another.
    with pytest.raises(IndicatorRefused) as caught:
        admin.edit("G01", replace(LIVE, parent_code="G01.1"))
    assert "catalogue_cycle" in [i.code for i in caught.value.issues]


@pytest.mark.sqlite_only  # the file: its presence records, its copies, the command line
def test_catalogue_admin_local_indicators_travel_with_the_database(
    admin: CatalogueAdmin, store: Store, db_path: Path, tmp_path: Path
) -> None:
    """A backup (the copy a clerk takes to another PC) holds the indicator, its values and who
    added it; the database opened there shows it in returns."""
    admin.add(LIVE)
    ValueService(store.sessions, "t").set_text(COUNTY, "G01", MARCH, "6")
    copy = make_backup(db_path, target=tmp_path / "elsewhere.sqlite3")
    other = open_sqlite_store(copy)
    try:
        entry = CatalogueAdmin(other.sessions, lambda: "t").listing().entry("G01")
        assert entry is not None and entry.local and entry.values == 1
        assert entry.changed_by == "王会计" and entry.changed_at is not None
        figures = FigureService(other.sessions).figures(COUNTY, MARCH).by_code()
        assert figures["G01"].figures.current == Decimal(6)
    finally:
        other.close()


def test_catalogue_admin_local_rate_is_computed_from_its_parts_at_every_level(
    admin: CatalogueAdmin, store: Store
) -> None:
    villages = replace(
        LIVE, code="G02", name_zh="开展直播的行政村", group="A", unit="个", temporal=Temporal.STOCK
    )
    admin.add(villages)
    rate = replace(
        LIVE,
        code="G03",
        name_zh="直播村覆盖率",
        group="A",
        unit="%",
        kind=ValueKind.RATIO,
        temporal=Temporal.STOCK,
        scale=1,
        numerator_code="G02",
        denominator_code="A06",  # 行政村总数
    )
    assert refused(admin, replace(rate, denominator_code=None)) == ["indicator_rate_parts"]
    assert refused(admin, replace(rate, kind=ValueKind.COUNT, scale=0)) == [
        "indicator_parts_not_rate"
    ]
    admin.add(rate)
    values = ValueService(store.sessions, "t")
    regions = RegionQueries(store.sessions)
    keyed = {"511921100": ("7", "40"), "511921101": ("2", "35")}
    for code, (live, total) in keyed.items():
        regions.add(code, f"{code[-3:]}镇", COUNTY)
        values.set_text(code, "G02", MARCH, live)
        values.set_text(code, "A06", MARCH, total)
    county = FigureService(store.sessions).figures(COUNTY, MARCH).by_code()
    # (7 + 2) / (40 + 35) × 100 = 12.0, not the mean of 17.5 and 5.7
    assert county["G03"].figures.current == Decimal("12.0")
    # It is computed, never keyed; and its numerator cannot go while it names it.
    with pytest.raises(DomainError):
        values.set_text(COUNTY, "G03", MARCH, "50")
    with pytest.raises(IndicatorRefused) as caught:
        admin.remove("G02")
    assert "indicator_referenced" in [i.code for i in caught.value.issues]


def test_catalogue_admin_a_whole_keeps_its_group_while_it_has_parts(admin: CatalogueAdmin) -> None:
    admin.add(LIVE)
    admin.add(replace(LIVE, code="G01.1", name_zh="其中：助农直播场次", parent_code="G01"))
    with pytest.raises(IndicatorRefused) as caught:
        admin.edit("G01", replace(LIVE, group="D"))
    assert caught.value.issue.code == "indicator_parts_stay"
    assert caught.value.issue.params == {"field": "group", "part": "G01.1"}


def test_arrange_keeps_a_part_added_later_under_its_whole(
    admin: CatalogueAdmin, store: Store
) -> None:
    """Added in the order X, Y, X.1 (X.1 of X): shown X, X.1, Y at the end of the group."""
    admin.add(replace(LIVE, code="X1"))
    admin.add(replace(LIVE, code="Y1", name_zh="直播基地数"))
    admin.add(replace(LIVE, code="X1.1", name_zh="其中：助农直播", parent_code="X1"))
    codes = active_codes(store)
    assert codes[codes.index("C03") + 1 : codes.index("C03") + 4] == ["X1", "X1.1", "Y1"]
