"""Targets in a real SQLite file: the shipped Sichuan 2016 set against a province built from its
counties' keyed figures, splits among counties, refusals that write nothing."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.cli import cmd_targets_import, cmd_targets_load
from desktop_app.domain.indicators import Basis
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.targets import PaceBasis, SplitMethod, TargetKind
from desktop_app.i18n import issue_message
from desktop_app.services.store import Store
from desktop_app.services.targets import TARGET_SETS, TargetService
from desktop_app.services.values import ValueService

D = Decimal
M = Period.month
SICHUAN_2016 = TARGET_SETS / "sichuan_2016.toml"
BAZHONG = ["511902", "511903", "511921", "511922", "511923"]  # 巴中市's five counties


@pytest.fixture
def keyed(store: Store) -> Store:
    v = ValueService(store.sessions, user="t")
    # 网络零售额 (C02), year to date: 通江 and 南江 in 2015 (March and the whole year) and 2016.
    for code, march_2015, year_2015, march_2016 in [
        ("511921", "300.00", "1000.00", "400.00"),
        ("511922", "100.00", "600.00", "150.00"),
    ]:
        v.set_text(code, "C02", M(2015, 3), march_2015, basis=Basis.YTD)
        v.set_text(code, "C02", M(2015, 12), year_2015, basis=Basis.YTD)
        v.set_text(code, "C02", M(2016, 3), march_2016, basis=Basis.YTD)
    # 智能投递终端 (A08), a stock: 100 + 50 at the end of 2015, 130 + 70 in March 2016.
    for code, end_2015, march_2016 in [("511921", "100", "130"), ("511922", "50", "70")]:
        v.set_text(code, "A08", M(2015, 12), end_2015)
        v.set_text(code, "A08", M(2016, 3), march_2016)
    # 规上工业企业 (F01) and those using e-commerce (F01.1): (12 + 15) / (20 + 30) = 54.0%.
    for code, firms, using in [("511921", "20", "12"), ("511922", "30", "15")]:
        v.set_text(code, "F01", M(2016, 3), firms)
        v.set_text(code, "F01.1", M(2016, 3), using)
    # 培训人次 (D02): 平昌 trained 100, 200 and 300 in the first three months of 2016.
    for month, people in [(1, "100"), (2, "200"), (3, "300")]:
        v.set_text("511923", "D02", M(2016, month), people, basis=Basis.OWN)
    return store


def test_targets_seed_set_shows_progress_for_a_province_built_from_counties(keyed: Store) -> None:
    # Given the shipped Sichuan 2016 set, loaded as `xianbao targets load FILE` does
    out = io.StringIO()
    cmd_targets_load(keyed, SICHUAN_2016, out)
    assert "C01, C02, B06, B07, F02, F04, D02, A08, A09" in out.getvalue()
    assert "第10项" in out.getvalue()  # an unmapped item is named with its reason
    # When the province's targets are read for March 2016
    view = TargetService(keyed.sessions).view("510000", 2016, 3)
    rows = {row.indicator.code: row for row in view.rows}

    # C02 +25% over 2015's 1,600.00 (1,000 + 600): goal 2,000.00; 550.00 so far is 27.5%;
    # last year by March had 400 of 1,600: the seasonal pace is 25.0%, so not behind.
    c02 = rows["C02"]
    assert c02.target_set is not None and c02.target_set.kind is TargetKind.GROWTH
    assert (c02.target, c02.done, c02.progress) == (D("2000.00"), D("550.00"), D("27.5"))
    assert (c02.pace, c02.pace_basis, c02.behind) == (D("25.0"), PaceBasis.SEASONAL, False)
    assert "川办函〔2016〕21号 总体目标" in (c02.target_set.note or "")

    # A08: 4,000 new terminals over 150 at the end of 2015: 200 − 150 = 50 added, 1.25% → 1.3,
    # against 3/12 = 25.0%: behind pace. The goal is the level 4,150.
    a08 = rows["A08"]
    assert (a08.target, a08.done, a08.progress) == (D(4150), D(50), D("1.3"))
    assert (a08.pace, a08.behind) == (D("25.0"), True)
    assert "第28项" in (a08.target_set.note or "") if a08.target_set else False

    # F02: a share of 60%; 54.0% now shows 90.0, with no pace.
    f02 = rows["F02"]
    assert (f02.target, f02.done, f02.progress, f02.pace) == (D(60), D("54.0"), D("90.0"), None)

    # D02: 100,000 person-times; 600 so far is 0.6%, no 2015 months: straight-line 25.0%.
    d02 = rows["D02"]
    assert (d02.target, d02.progress, d02.pace) == (D(100000), D("0.6"), D("25.0"))
    assert d02.pace_basis is PaceBasis.STRAIGHT and d02.behind

    # C01 +30% without any 2015 figure: no goal, no progress (not 0%).
    c01 = rows["C01"]
    assert c01.target_set is not None and (c01.target, c01.progress) == (None, None)


def test_targets_december_uses_the_year_itself(keyed: Store) -> None:
    # In December the goal comes from the same figures (上年同期累计 of December is last year).
    service = TargetService(keyed.sessions)
    service.set_text("511921", "C02", 2016, "10", TargetKind.GROWTH)
    service.set_text("511921", "A08", 2016, "20", TargetKind.NEW_UNITS)
    rows = {row.indicator.code: row for row in service.view("511921", 2016, 12).rows}
    assert rows["C02"].target == D("1100.00")
    assert rows["C02"].pace == D("100.0")
    assert rows["A08"].target == D(120)
    assert rows["A08"].pace == D("100.0")


def test_targets_split_by_hand_refused_then_equal_split_stored(keyed: Store) -> None:
    service = TargetService(keyed.sessions)
    service.set_text("511900", "A08", 2016, "１０１", TargetKind.NEW_UNITS, "市定")
    plan = service.split_plan("511900", "A08", 2016, SplitMethod.BY_HAND)
    assert [code for code, _name in plan.children] == BAZHONG
    assert plan.whole == D(101)
    # By hand, parts that add up to 100: refused, naming the difference, and nothing written
    texts = dict.fromkeys(BAZHONG, "20")
    with pytest.raises(DomainError) as refused:
        service.split(plan, SplitMethod.BY_HAND, texts)
    assert refused.value.issue.code == "target_split_mismatch"
    assert D(refused.value.issue.params["difference"]) == D(-1)
    assert "(a difference of -1)" in issue_message(refused.value.issue)
    assert all(
        row.target_set is None
        for code in BAZHONG
        for row in service.view(code, 2016, 3).rows
        if row.indicator.code == "A08"
    )
    # In proportion to last year: three counties have no 2015 year-end figure
    with pytest.raises(DomainError) as missing:
        service.split_plan("511900", "A08", 2016, SplitMethod.LAST_YEAR)
    assert missing.value.issue.code == "target_split_weight_missing"
    assert "巴州区" in missing.value.issue.params["regions"]
    # Equally: 21 to the first, 20 to the others, stored as new units with the city's note
    equal = service.split_plan("511900", "A08", 2016, SplitMethod.EQUAL)
    assert list(equal.parts.values()) == [D(21), D(20), D(20), D(20), D(20)]
    service.split(equal, SplitMethod.EQUAL, {c: str(v) for c, v in equal.parts.items()})
    tongjiang = {r.indicator.code: r for r in service.view("511921", 2016, 3).rows}["A08"]
    assert tongjiang.target_set is not None
    assert tongjiang.target_set.kind is TargetKind.NEW_UNITS
    assert (tongjiang.target_set.figure, tongjiang.target_set.method) == (D(20), "split_equal")
    assert tongjiang.target_set.note == "市定"
    # 通江 had 100 at the end of 2015 and 130 in March: 30 of 20 added.
    assert (tongjiang.target, tongjiang.progress) == (D(120), D("150.0"))
    # The city sees that its counties' targets add up to its own, until one is changed
    total = service.view("511900", 2016, 3).children_totals["A08"]
    assert (total.total, total.counted, total.expected, total.adds_up) == (D(101), 5, 5, True)
    service.set_text("511921", "A08", 2016, "25", TargetKind.NEW_UNITS)
    total = service.view("511900", 2016, 3).children_totals["A08"]
    assert (total.total, total.whole, total.adds_up) == (D(106), D(101), False)


def test_targets_growth_split_in_proportion_to_last_year(keyed: Store) -> None:
    # 南江 and 通江 only: a county-level split needs children, so split the prefecture's
    # growth target among the two counties that hold 2015 figures is not possible (five
    # counties); key 2015 for the three others as 0 and split 1.25 × 1,600.00 = 2,000.00.
    v = ValueService(keyed.sessions, user="t")
    for code in ("511902", "511903", "511923"):
        v.set_text(code, "C02", M(2015, 12), "0", basis=Basis.YTD)
    service = TargetService(keyed.sessions)
    service.set_text("511900", "C02", 2016, "25", TargetKind.GROWTH)
    plan = service.split_plan("511900", "C02", 2016, SplitMethod.LAST_YEAR)
    assert plan.whole == D("2000.00") and plan.whole_kind is TargetKind.ABSOLUTE
    # 2,000.00 × 1,000 / 1,600 = 1,250.00 and × 600 / 1,600 = 750.00
    assert plan.parts == {
        "511902": D("0.00"),
        "511903": D("0.00"),
        "511921": D("1250.00"),
        "511922": D("750.00"),
        "511923": D("0.00"),
    }


@pytest.mark.parametrize(
    ("indicator", "kind", "text", "code"),
    [
        ("C02", TargetKind.GROWTH, "-150", "target_growth_below_minus_100"),
        ("C02", TargetKind.NEW_UNITS, "10", "target_new_units_flow"),
        ("A08", TargetKind.SHARE, "60", "target_share_not_rate"),
        ("F02", TargetKind.ABSOLUTE, "60", "target_rate_needs_share"),
        ("A08", TargetKind.NEW_UNITS, "2.5", "count_not_integer"),
        ("C02", TargetKind.ABSOLUTE, "一百", "not_a_number"),
    ],
)
def test_targets_refused_and_nothing_written(
    store: Store, indicator: str, kind: TargetKind, text: str, code: str
) -> None:
    service = TargetService(store.sessions)
    with pytest.raises(DomainError) as refused:
        service.set_text("511921", indicator, 2016, text, kind)
    assert refused.value.issue.code == code
    rows = {r.indicator.code: r for r in service.view("511921", 2016, 3).rows}
    assert rows[indicator].target_set is None


def test_targets_damaged_file_refused_naming_the_entry(store: Store, tmp_path: object) -> None:
    from pathlib import Path

    bad = Path(str(tmp_path)) / "bad.toml"
    text = SICHUAN_2016.read_text(encoding="utf-8").replace('figure = "4000"', 'figure = "四千"')
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        TargetService(store.sessions).load_file(bad)
    assert refused.value.issue.code == "target_file_entry"
    assert refused.value.issue.params["entry"] == "[[target]] #8 (A08)"
    assert refused.value.issue.params["name"] == "figure"
    broken = Path(str(tmp_path)) / "broken.toml"
    broken.write_bytes(b"\xff\xfe not toml")
    with pytest.raises(DomainError) as unreadable:
        TargetService(store.sessions).load_file(broken)
    assert unreadable.value.issue.code == "target_file_unreadable"
    rows = TargetService(store.sessions).view("510000", 2016, 3).rows
    assert all(row.target_set is None for row in rows)


def test_targets_on_the_monthly_summary_pdf(keyed: Store, tmp_path: Path, qapp: object) -> None:
    # Given the seed set for the province and the counties' figures of March 2016
    from pypdf import PdfReader

    from desktop_app.services.reports import ReportService
    from desktop_app.ui.language import install_translators

    assert install_translators("zh_CN")
    try:
        TargetService(keyed.sessions).load_file(SICHUAN_2016)
        out = tmp_path / "province.pdf"
        ReportService(keyed.sessions).monthly_summary("510000", M(2016, 3), out)
    finally:
        install_translators("en")
    lines = [
        line.strip() for page in PdfReader(out).pages for line in page.extract_text().splitlines()
    ]
    # Then 智能投递终端 shows the goal 4,150 and 1.3 marked behind pace; the retail goal
    # 2,000.00 with 27.5, not marked (the seasonal pace is 25.0)
    at = lines.index("智能投递终端")
    # (the * marks figures that not every prefecture of the province reported)
    assert lines[at + 1 : at + 8][-2:] == ["4,150", "1.3*↓"]
    at = lines.index("网络零售额")
    assert lines[at + 1 : at + 8][-2:] == ["2,000.00", "27.5*"]
    text = "\n".join(lines)
    assert "智能投递终端" in text[text.index("↓ ") :]  # the note naming what is behind
    # and the bar of 智能投递终端 counts the 50 added of the 4,000 asked, not 200 of 4,150
    assert "1.3%（已完成 50，目标 4,000 个）" in text


def test_targets_report_pdf_lists_every_target_with_goal_progress_and_pace(
    keyed: Store, tmp_path: Path, qapp: object
) -> None:
    from pypdf import PdfReader

    from desktop_app.ui.language import install_translators

    service = TargetService(keyed.sessions)
    service.load_file(SICHUAN_2016)
    out = tmp_path / "targets.pdf"
    assert install_translators("zh_CN")
    try:
        pages = service.write_report("510000", 2016, 3, out)
    finally:
        install_translators("en")
    assert pages == len(PdfReader(out).pages) >= 1
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    lines = [line.strip() for line in text.splitlines()]
    # The nine targets of the set, each with its goal, progress and pace
    for code in ["C01", "C02", "B06", "B07", "F02", "F04", "D02", "A08", "A09"]:
        assert any(line.startswith(code + " ") for line in lines), code
    at = next(i for i, line in enumerate(lines) if line.startswith("A08 "))
    # unit, the target as set, then the goal, the 50 added, 1.3 behind pace, 25.0 expected
    assert lines[at + 3 : at + 7] == ["4,150", "50", "1.3↓", "25.0"]
    at = next(i for i, line in enumerate(lines) if line.startswith("C02 "))
    window = lines[at + 1 : at + 8]
    assert "2,000.00" in window and "550.00" in window and "27.5" in window
    assert "川办函〔2016〕21号 第28项" in text  # where each target comes from


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2016年电子商务目标（市下达）"])  # a title above the header
    sheet.append(["地区代码", "指标代码", "年份", "类型", "目标", "说明"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_targets_sheet_refused_row_by_row_then_imported(store: Store, tmp_path: Path) -> None:
    service = TargetService(store.sessions)
    # Given a sheet with three bad rows among good ones
    bad = write_sheet(
        tmp_path / "targets.xlsx",
        [
            [511921, "C02", 2016, "增长率", 20, "市商务局"],
            ["511922", "A08", "２０１６", "新增", "１５", ""],
            ["511921", "C01", 2016, "增长", "-150", ""],  # below −100%
            ["511921", "D02", 2016, "增加", 500, ""],  # an unknown kind
            ["511999", "D02", 2016, "", 500, ""],  # no such region
            ["511923", "F02", 2016, "", 60, ""],  # a rate: a share when the kind is blank
        ],
    )
    out = io.StringIO()
    assert cmd_targets_import(store, bad, None, out) == 2
    # Then every bad row is named with its line, and nothing was written
    said = out.getvalue()
    refused = [line.split(":")[0] for line in said.splitlines() if line.startswith("Line ")]
    assert refused == ["Line 5", "Line 6", "Line 7"]
    assert "−100%" in said and "511999" in said
    rows = {r.indicator.code: r for r in service.view("511921", 2016, 3).rows}
    assert rows["C02"].target_set is None
    # When the bad rows are taken out, the sheet is imported in one go
    good = write_sheet(
        tmp_path / "good.xlsx",
        [
            [511921, "C02", 2016, "增长率", 20, "市商务局"],
            ["511922", "A08", "２０１６", "新增", "１５", ""],
            ["511923", "F02", 2016, "", 60, ""],
        ],
    )
    result = service.import_sheet(good)
    assert (result.stored, result.refused) == (3, ())
    c02 = {r.indicator.code: r for r in service.view("511921", 2016, 3).rows}["C02"].target_set
    assert c02 is not None and (c02.kind, c02.figure, c02.note) == (
        TargetKind.GROWTH,
        D(20),
        "市商务局",
    )
    assert c02.method == "imported"
    f02 = {r.indicator.code: r for r in service.view("511923", 2016, 3).rows}["F02"].target_set
    assert f02 is not None and f02.kind is TargetKind.SHARE
    # A damaged file is refused with a sentence
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(DomainError):
        service.import_sheet(broken)
