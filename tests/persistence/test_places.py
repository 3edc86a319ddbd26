"""The county's townships and villages (乡镇和村): rename, retire on a day and reinstate, and
import a list with the statistics office's 12-digit codes, planned row by row and written in one
transaction or not at all. Real SQLite files (tests/conftest.py), real workbooks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import ListedPlace, PlanStatus
from desktop_app.i18n import issue_message, set_language
from desktop_app.persistence.models import RegionRecord
from desktop_app.services.bundle import ServiceBundle
from desktop_app.services.regions import read_place_list
from desktop_app.services.store import Store
from tests.staff import log_in_admin

COUNTY = "511921"  # 通江县
TOWNS = [("511921100", "诺江镇"), ("511921101", "民胜镇"), ("511921102", "广纳镇")]
VILLAGE = ("511921101201", "光明村")


@pytest.fixture
def bundle(store: Store) -> ServiceBundle:
    store.set_home_region(COUNTY)
    bundle = ServiceBundle(store, "王五")
    log_in_admin(bundle, "王五")  # a server asks who is working
    for code, name in TOWNS:
        bundle.regions.add(code, name, COUNTY)
    bundle.regions.add(*VILLAGE, "511921101")
    return bundle


def refusal(call: object, *args: object) -> str:
    with pytest.raises(DomainError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.issue.code


def places_in_db(store: Store) -> dict[str, tuple[str, date | None]]:
    """Every township and village record of the county, by our own query."""
    with store.sessions() as session:
        rows = session.execute(
            select(RegionRecord.code, RegionRecord.name, RegionRecord.valid_to).where(
                RegionRecord.code.like(COUNTY + "_%")
            )
        ).all()
    return {code: (name, valid_to) for code, name, valid_to in rows}


# --- rename ---------------------------------------------------------------------------------------
def test_places_rename_keeps_the_code_and_refuses_blank_taken_and_shipped(
    bundle: ServiceBundle, store: Store
) -> None:
    regions = bundle.regions
    change = regions.rename("511921102", "  广纳镇新  ")
    assert change.codes == ("511921102",) and change.parent_code == COUNTY
    assert places_in_db(store)["511921102"] == ("广纳镇新", None)
    assert refusal(regions.rename, "511921102", "　") == "region_needs_name"
    assert refusal(regions.rename, "511921102", "诺江镇") == "region_name_taken"
    assert refusal(regions.rename, COUNTY, "通江区") == "region_rename_reference"
    assert places_in_db(store)["511921102"] == ("广纳镇新", None)
    assert regions.get(COUNTY).name == "通江县"


# --- retire and reinstate -------------------------------------------------------------------------
def test_places_retire_refuses_figures_after_the_day_and_a_day_before_it_began(
    bundle: ServiceBundle, store: Store
) -> None:
    regions, values = bundle.regions, bundle.values
    values.set_text("511921101201", "D03", Period.month(2016, 7), "4")  # a village's figure
    with pytest.raises(DomainError) as caught:
        regions.retire("511921101", date(2016, 6, 30))
    assert caught.value.issue.code == "region_retire_has_figures"
    assert caught.value.issue.params["period"] == "2016-M07"
    set_language("zh_CN")  # the sentence as a Chinese clerk reads it
    assert "2016年7月" in issue_message(caught.value.issue)
    assert places_in_db(store)["511921101"][1] is None  # nothing written
    assert refusal(regions.retire, COUNTY, date(2016, 6, 30)) == "region_rename_reference"
    # A day inside July is the last day of a July figure: allowed, the village goes with it.
    change = regions.retire("511921101", date(2016, 7, 15))
    assert change.codes == ("511921101", "511921101201")
    stored = places_in_db(store)
    assert stored["511921101"][1] == stored["511921101201"][1] == date(2016, 7, 15)
    assert [p.code for p in regions.places(COUNTY)] == ["511921100", "511921102"]
    retired = {p.code: p.valid_to for p in regions.places(COUNTY, retired=True) if p.retired}
    assert retired == {"511921101": date(2016, 7, 15), "511921101201": date(2016, 7, 15)}
    # A village cannot come back while its township is retired; the township brings it back.
    assert refusal(regions.reinstate, "511921101201") == "region_reinstate_parent_first"
    assert regions.reinstate("511921101").codes == ("511921101", "511921101201")
    assert all(valid_to is None for _name, valid_to in places_in_db(store).values())
    assert refusal(regions.reinstate, "511921101") == "region_not_retired"


def test_places_retired_township_leaves_the_forms_after_its_last_day(
    bundle: ServiceBundle,
) -> None:
    regions, values, screen = bundle.regions, bundle.values, bundle.screen
    # Given monthly figures of 民胜镇 up to May and of the two others up to June (a
    # cumulative figure needs every month), and 民胜镇 retired after May
    kept = {
        "511921100": {m: m for m in range(1, 7)},
        "511921101": {m: 10 * m for m in range(1, 6)},
        "511921102": {m: 100 * m for m in range(1, 7)},
    }
    for code, months in kept.items():
        for month, amount in months.items():
            values.set_text(code, "D03", Period.month(2016, month), str(amount))
    regions.retire("511921101", date(2016, 5, 31))
    # Then May still lists it with its figure, June does not
    may = screen.townships(COUNTY, Period.month(2016, 5))
    june = screen.townships(COUNTY, Period.month(2016, 6))
    assert [u.code for u in may.units] == ["511921100", "511921101", "511921102"]
    assert [u.code for u in june.units] == ["511921100", "511921102"]
    row = next(r for r in may.rows if r.indicator.code == "D03")
    assert row.units == (Decimal(5), Decimal(50), Decimal(500)) and row.total == Decimal(555)
    # The county's 1-5月累计 counts the retired township's months
    total = bundle.figures.figures(COUNTY, Period.month(2016, 5)).by_code()["D03"]
    may_sum = sum(amount for months in kept.values() for m, amount in months.items() if m <= 5)
    assert total.figures.cumulative == Decimal(may_sum)
    # June's own figure expects the two townships left, not the retired one; 1-6月累计 still
    # expects it (its months are in the window) and says it is missing, as for any township
    # without a June figure
    figures = bundle.figures.figures(COUNTY, Period.month(2016, 6)).by_code()["D03"]
    assert figures.figures.current == Decimal(6 + 600)
    current = figures.coverage_of("current")
    assert current is not None and current.label == "2/2" and current.complete
    cumulative = figures.coverage_of("cumulative")
    assert cumulative is not None and cumulative.label == "2/3"
    assert cumulative.missing == ("民胜镇",)
    # A year later, 上年同期 of July 2017 holds 2016's townships; July 2017 expects two
    july = bundle.figures.figures(COUNTY, Period.month(2017, 7)).by_code()["D03"]
    last_year = july.coverage_of("last_year")
    assert last_year is not None and last_year.expected == 2  # 民胜镇 had ended by July 2016
    assert july.coverage_of("current") is not None
    assert july.coverage_of("current").expected == 2  # type: ignore[union-attr]
    # Blank forms and the completeness report follow the same days
    reports = bundle.reports
    assert len(reports.form_data(COUNTY, Period.month(2016, 5))) == 3
    assert len(reports.form_data(COUNTY, Period.month(2016, 6))) == 2
    june_rows = reports.completeness_data(COUNTY, Period.month(2016, 6)).rows
    assert [r.code for r in june_rows] == ["511921100", "511921102"]


# --- importing a list -----------------------------------------------------------------------------
def write_list(path: Path, rows: Sequence[tuple[object, ...]]) -> Path:
    """A list as the statistics office publishes it: a title, a header, code / 城乡分类 / name."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(["通江县统计用区划代码和城乡划分代码"])
    sheet.append(["统计用区划代码", "城乡分类代码", "名称"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


GOOD: list[tuple[object, ...]] = [
    ("511921000000", None, "通江县"),  # the county's own row: skipped
    ("511921103201", "220", "新华村"),  # a village listed before its township
    ("511921103000", None, "铁佛镇"),  # a township in 12 digits
    ("511921100000", None, "诺江镇"),  # unchanged
    ("511921102000", None, "广纳镇（新）"),  # renamed
    ("５１１９２１１０３２０２", "220", "红星村"),  # full-width digits
    (511921100201, "111", "北街社区"),  # a code typed as a number
    (None, None, None),  # a blank row
]
BAD: list[tuple[object, ...]] = [
    ("511921104", None, "长胜乡"),  # fine itself
    ("51192110x201", "220", "错码村"),  # not digits
    ("5119211041", None, "短码乡"),  # bad length
    ("511922100000", None, "邻县镇"),  # not under this county
    ("511921104", None, "重复乡"),  # listed twice
    ("511921109201", "220", "无乡村"),  # its township is nowhere
    ("511921105", None, ""),  # no name
    ("511921106", None, "诺江镇"),  # a sibling's name
]


def test_places_import_with_bad_rows_reports_each_and_writes_nothing(
    bundle: ServiceBundle, store: Store, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "list.xlsx", GOOD + BAD)
    listed = read_place_list(path)
    assert listed.sheet == "名单" and listed.sheets == ("名单",)
    assert [r.row for r in listed.rows][:2] == [3, 4]  # file rows, blank row left out
    before = places_in_db(store)
    plan = bundle.regions.plan_import(COUNTY, listed.rows)
    reasons = {r.name: r.issue.code for r in plan.refused if r.issue is not None}
    assert reasons == {
        "错码村": "place_list_not_digits",
        "短码乡": "place_list_bad_length",
        "邻县镇": "region_code_outside_parent",
        "重复乡": "place_list_duplicate",
        "无乡村": "place_list_no_township",
        "": "region_needs_name",
        "诺江镇": "region_name_taken",
    }
    duplicate = next(r for r in plan.refused if r.name == "重复乡")
    assert duplicate.issue is not None and duplicate.issue.params["first"] == 11
    with pytest.raises(DomainError) as caught:
        bundle.regions.apply_import(COUNTY, listed.rows)
    assert caught.value.issue.code == "place_list_refused"
    assert caught.value.issue.params["count"] == 7
    assert places_in_db(store) == before


def test_places_import_of_a_good_list_writes_all_in_one_go(
    bundle: ServiceBundle, store: Store, tmp_path: Path
) -> None:
    bundle.regions.retire("511921101", date(2016, 5, 31))
    path = write_list(tmp_path / "list.xlsx", GOOD)
    rows = read_place_list(path).rows
    plan = bundle.regions.plan_import(COUNTY, rows)
    status = {r.code: r.status for r in plan.rows}
    assert status == {
        COUNTY: PlanStatus.SKIPPED,
        "511921103201": PlanStatus.NEW,
        "511921103": PlanStatus.NEW,
        "511921100": PlanStatus.UNCHANGED,
        "511921102": PlanStatus.RENAMED,
        "511921103202": PlanStatus.NEW,
        "511921100201": PlanStatus.NEW,
    }
    applied = bundle.regions.apply_import(COUNTY, rows)
    assert applied.count(PlanStatus.NEW) == 4 and applied.count(PlanStatus.RENAMED) == 1
    stored = places_in_db(store)
    # 3 townships + 1 village before, 1 township + 3 villages added: counted by our own query
    assert len(stored) == 8
    assert stored["511921103"] == ("铁佛镇", None)
    assert stored["511921102"] == ("广纳镇（新）", None)
    with store.sessions() as session:
        parents = dict(
            session.execute(
                select(RegionRecord.code, RegionRecord.parent_id).where(
                    RegionRecord.code.in_(["511921103", "511921103201"])
                )
            ).all()
        )
        township_id = session.scalar(
            select(RegionRecord.id).where(RegionRecord.code == "511921103")
        )
        assert (session.scalar(select(func.count()).select_from(RegionRecord)) or 0) > 8
    assert parents["511921103201"] == township_id
    # The same list again changes nothing; a retired township's code is refused
    again = bundle.regions.plan_import(COUNTY, rows)
    assert again.changes == ()
    retired = bundle.regions.plan_import(COUNTY, [ListedPlace(1, "511921101000", "民胜镇")])
    assert retired.refused[0].issue is not None
    assert retired.refused[0].issue.code == "place_list_code_retired"


def test_places_import_reads_a_csv_in_gb18030_and_refuses_a_damaged_workbook(
    bundle: ServiceBundle, tmp_path: Path
) -> None:
    csv_path = tmp_path / "list.csv"
    csv_path.write_bytes("代码,名称\n511921103,铁佛镇\n\n511921103201,新华村\n".encode("gb18030"))
    listed = read_place_list(csv_path)
    assert [(r.row, r.code, r.name) for r in listed.rows] == [
        (2, "511921103", "铁佛镇"),
        (4, "511921103201", "新华村"),
    ]
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(DomainError) as caught:
        read_place_list(damaged)
    assert caught.value.issue.code == "import_damaged"
    two = Workbook()
    first = two.active
    assert first is not None
    first.append(["说明：第二张表是名单"])
    second = two.create_sheet("乡镇")
    second.append(["代码", "名称"])
    second.append(["511921103", "铁佛镇"])
    two.save(tmp_path / "two.xlsx")
    chosen = read_place_list(tmp_path / "two.xlsx", "乡镇")
    assert chosen.sheets == ("Sheet", "乡镇") and chosen.sheet == "乡镇"
    assert [(r.code, r.name) for r in chosen.rows] == [("511921103", "铁佛镇")]
    with pytest.raises(DomainError) as caught:
        read_place_list(tmp_path / "two.xlsx")  # the first sheet has no header
    assert caught.value.issue.code == "place_list_no_header"
    headless = write_list(tmp_path / "headless.xlsx", [])
    book_rows = read_place_list(headless).rows
    assert book_rows == ()
    no_header = tmp_path / "no_header.csv"
    no_header.write_text("511921103,铁佛镇\n", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        read_place_list(no_header)
    assert caught.value.issue.code == "place_list_no_header"


@pytest.mark.sqlite_only  # the file: its presence records, its copies, the command line
def test_places_cli_regions_import_prints_the_plan_and_writes_only_a_good_list(
    bundle: ServiceBundle,
    store: Store,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop_app.__main__ import main

    store.close()  # the command opens the file itself
    bad = write_list(tmp_path / "bad.xlsx", GOOD + BAD)
    before = places_in_db(store)
    assert main(["--db", str(db_path), "--lang", "en", "regions", "import", str(bad)]) == 2
    printed = capsys.readouterr().out
    assert "5 new, 1 renamed, 1 unchanged, 7 refused." in printed
    assert "is not all digits" in printed and "nothing was imported" in printed
    assert "was 广纳镇" in printed
    assert places_in_db(store) == before
    good = write_list(tmp_path / "good.xlsx", GOOD)
    args = ["--db", str(db_path), "regions", "import", str(good), "--county", COUNTY]
    assert main([*args, "--dry-run"]) == 0
    assert places_in_db(store) == before
    assert main(args) == 0
    assert len(places_in_db(store)) == len(before) + 4
