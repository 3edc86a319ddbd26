"""Import writes only where the file belongs: the template's province and level, and table rows
that are the imported region's own regions. What does not fit is refused before anything is
written, with a sentence naming it; the regions that sent nothing are listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.excel.mapping import RegionTable
from desktop_app.i18n import issue_message
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.store import Store
from tests.exporting.excel_support import counts, demo_db, demo_store

__all__ = ["demo_db", "demo_store"]

MARCH = Period.month(2025, 3)
Q2 = Period.quarter(2025, 2)


def city_summary(service: ExcelReturns, folder: Path) -> Path:
    return service.export("sc-city-summary", "511900", MARCH, folder, Signatories("巴中市商务局"))


def table_of(service: ExcelReturns, template_id: str) -> tuple[str, RegionTable]:
    sheet = next(s for s in service.template(template_id).mapping.sheets if s.table is not None)
    assert sheet.table is not None
    return sheet.name, sheet.table


def rows_by_key(path: Path, sheet: str, table: RegionTable) -> dict[str, int]:
    ws = load_workbook(path)[sheet]
    return {
        str(ws[f"{table.key_column}{r}"].value): r
        for r in range(table.first_row, table.last_row + 1)
        if ws[f"{table.key_column}{r}"].value
    }


def refused(service: ExcelReturns, path: Path, **kwargs: object) -> DomainError:
    with pytest.raises(DomainError) as caught:
        service.preview(path, **kwargs)  # type: ignore[arg-type]
    return caught.value


# --- region tables -------------------------------------------------------------------------------
def test_a_city_table_imported_for_another_prefecture_is_refused_and_writes_nothing(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = city_summary(service, tmp_path)
    before = counts(demo_store)
    error = refused(service, path, region_code="511300")  # 南充市, not 巴中市
    assert error.issue.code == "import_table_other_region"
    message = issue_message(error.issue)
    assert "巴中市" in message and "南充市" in message and path.name in message
    result = service.import_path(path, region_code="511300")
    assert result.outcomes[0].error is not None
    assert result.outcomes[0].error.code == "import_table_other_region"
    assert counts(demo_store) == before


def test_a_city_table_imported_for_a_county_is_refused(demo_store: Store, tmp_path: Path) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = city_summary(service, tmp_path)
    error = refused(service, path, region_code="511921")
    assert error.issue.code == "import_wrong_level"
    assert "通江县" in issue_message(error.issue)


def test_a_city_table_without_a_region_is_imported_for_its_rows_prefecture(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    preview = service.preview(city_summary(service, tmp_path))
    assert (preview.region_code, preview.region_name) == ("511900", "巴中市")
    assert preview.unmatched == () and preview.can_apply


def test_a_row_of_another_prefecture_is_refused_and_listed(
    demo_store: Store, tmp_path: Path
) -> None:
    # Given the city table of 巴中市 where one row is a county of 南充市
    service = ExcelReturns(demo_store.sessions)
    path = city_summary(service, tmp_path)
    sheet, table = table_of(service, "sc-city-summary")
    row = rows_by_key(path, sheet, table)["511923"]
    wb = load_workbook(path)
    wb[sheet][f"{table.key_column}{row}"] = "511302"
    wb[sheet][f"{table.name_column}{row}"] = "顺庆区"
    wb[sheet][f"C{row}"] = 12
    wb.save(path)
    before = counts(demo_store)
    # When it is previewed for 巴中市
    preview = service.preview(path, region_code="511900")
    # Then the row is listed as not under 巴中市, and the file cannot be applied
    assert [(u.key, u.row, u.issue.code) for u in preview.unmatched] == [
        ("511302", row, "import_row_not_under")
    ]
    message = issue_message(preview.unmatched[0].issue)
    assert "顺庆区" in message and "巴中市" in message and "南充市" in message
    assert not any(i.region_code == "511302" for i in preview.items)
    assert not preview.can_apply
    with pytest.raises(DomainError):
        service.apply(preview)
    assert counts(demo_store) == before


def test_the_regions_that_sent_nothing_are_listed(demo_store: Store, tmp_path: Path) -> None:
    # Given the city table of 巴中市 (five counties) where 南江县's row was deleted
    service = ExcelReturns(demo_store.sessions)
    path = city_summary(service, tmp_path)
    sheet, table = table_of(service, "sc-city-summary")
    rows = rows_by_key(path, sheet, table)
    wb = load_workbook(path)
    ws = wb[sheet]
    for column in ["A", "B", *(c.column for c in table.columns)]:
        ws[f"{column}{rows['511922']}"] = None
    wb.save(path)
    preview = service.preview(path)
    missing = {m.code: m for m in preview.missing}
    # Only 通江县 keeps figures in the demo: the other counties' rows are empty, 南江县 has none
    assert set(missing) == {"511902", "511903", "511922", "511923"}
    assert missing["511922"].row is None and missing["511922"].issue.code == "import_region_missing"
    assert missing["511902"].row == rows["511902"]
    assert missing["511902"].issue.code == "import_region_empty"
    assert "南江县" in issue_message(missing["511922"].issue)
    assert "511921" not in missing
    assert preview.can_apply  # who has not sent figures does not hold back who has


# --- forms ----------------------------------------------------------------------------------------
def jx_without_region_code(service: ExcelReturns, folder: Path) -> Path:
    path = service.export("jx-county-quarterly", "360702", Q2, folder)
    wb = load_workbook(path)
    wb["表1 主要指标"]["F6"] = None  # the county forgot its 行政区划代码
    wb.save(path)
    return path


@pytest.mark.parametrize("region", ["511921", "511900"])
def test_a_jiangxi_form_imported_for_a_sichuan_region_is_refused(
    demo_store: Store, tmp_path: Path, region: str
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = jx_without_region_code(service, tmp_path)
    before = counts(demo_store)
    error = refused(service, path, region_code=region)
    assert error.issue.code == "import_wrong_province"
    message = issue_message(error.issue)
    assert "江西省" in message and region in message and path.name in message
    result = service.import_path(path, region_code=region)
    assert result.outcomes[0].error is not None
    assert counts(demo_store) == before


def test_a_form_saying_another_provinces_region_is_refused(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = service.export("jx-county-quarterly", "360702", Q2, tmp_path)
    wb = load_workbook(path)
    wb["表1 主要指标"]["F6"] = "行政区划代码：511921"
    wb.save(path)
    assert refused(service, path).issue.code == "import_wrong_province"


def test_a_county_form_imported_for_a_township_is_refused(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = service.export("sc-county-monthly", "511921", MARCH, tmp_path)
    wb = load_workbook(path)
    wb.worksheets[0]["G6"] = None
    wb.save(path)
    error = refused(service, path, region_code="511921100")
    assert error.issue.code == "import_wrong_level"


def test_a_jiangxi_form_for_its_prefecture_refuses_the_county_townships(
    demo_store: Store, tmp_path: Path
) -> None:
    # Given 章贡区's quarterly return without its code, imported for 赣州市
    service = ExcelReturns(demo_store.sessions)
    path = jx_without_region_code(service, tmp_path)
    before = counts(demo_store)
    # Then its township table does not belong to 赣州市: refused, nothing written
    error = refused(service, path, region_code="360700")
    assert error.issue.code == "import_table_other_region"
    assert "章贡区" in issue_message(error.issue)
    assert counts(demo_store) == before


def test_a_township_of_another_county_in_a_form_table_is_listed(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = service.export("jx-county-quarterly", "360702", Q2, tmp_path)
    sheet, table = table_of(service, "jx-county-quarterly")
    rows = rows_by_key(path, sheet, table)
    first = min(rows.values())
    wb = load_workbook(path)
    wb[sheet][f"{table.key_column}{first}"] = "511921100"
    wb.save(path)
    preview = service.preview(path)
    assert [(u.key, u.issue.code) for u in preview.unmatched] == [
        ("511921100", "import_row_not_under")
    ]
    assert not preview.can_apply
    assert not any(i.region_code == "511921100" for i in preview.items)
    # The township whose row was overwritten has sent nothing now
    moved = next(code for code, r in rows.items() if r == first)
    assert moved in {m.code for m in preview.missing}


# --- regions across time -------------------------------------------------------------------------
def test_a_return_of_a_former_county_imports_under_the_code_valid_then(
    store: Store, tmp_path: Path
) -> None:
    import shutil

    from desktop_app.paths import resources_dir
    from desktop_app.services.figures import FigureService
    from desktop_app.services.values import ValueService

    # Given the province's 2019 form (the sample's layout, valid 2016-2020)
    shipped = resources_dir() / "templates"
    folder = tmp_path / "templates"
    folder.mkdir()
    shutil.copy(shipped / "sc_county_monthly_样表.xlsx", folder / "sc_2019.xlsx")
    text = (shipped / "sc_county_monthly_样表.toml").read_text(encoding="utf-8")
    text = text.replace('id = "sc-county-monthly"', 'id = "sc-2019"')
    text = text.replace("years = [2024, 2026]", "years = [2016, 2020]")
    text = text.replace('workbook = "sc_county_monthly_样表.xlsx"', 'workbook = "sc_2019.xlsx"')
    (folder / "sc_2019.toml").write_text(text, encoding="utf-8")
    # and 会理县 (513425, 会理市 since 2021) keyed March 2019 and exported its return
    march_2019 = Period.month(2019, 3)
    ValueService(store.sessions, user="t").set_text("513425", "D02", march_2019, "120")
    service = ExcelReturns(store.sessions, [folder])
    path = service.export("sc-2019", "513425", march_2019, tmp_path)
    # and the value was then cleared
    ValueService(store.sessions, user="t").set_text("513425", "D02", march_2019, "")
    # When the file is imported back
    preview = service.preview(path)
    assert preview.region_code == "513425"
    service.apply(preview)
    # Then the value is 会理县's again, and 会理市's 2020 上年同期 reaches it
    d02 = FigureService(store.sessions).figures("513425", march_2019).by_code()["D02"]
    assert d02.figures.current == 120
    later = FigureService(store.sessions).figures("513402", Period.month(2020, 3))
    assert later.by_code()["D02"].figures.last_year == 120


def test_a_month_for_a_region_keeping_the_year_by_quarter_is_a_conflict_in_the_preview(
    demo_store: Store, tmp_path: Path
) -> None:
    from sqlalchemy import delete

    from desktop_app.persistence.models import ValueRecord
    from desktop_app.persistence.repositories import IndicatorRepository, RegionRepository
    from desktop_app.services.values import ValueService

    values = ValueService(demo_store.sessions, user="t")
    for month in (1, 2, 3):
        values.set_text("511922", "D02", Period.month(2025, month), "3")
    service = ExcelReturns(demo_store.sessions)
    path = service.export("sc-county-monthly", "511922", MARCH, tmp_path)
    # Given 南江县 now keeps 2025's 培训人次 by quarter
    with demo_store.sessions.begin() as session:
        region = RegionRepository(session).require("511922")
        indicator = IndicatorRepository(session).require("D02")
        session.execute(
            delete(ValueRecord).where(
                ValueRecord.region_id == region.id,
                ValueRecord.indicator_id == indicator.id,
                ValueRecord.period.startswith("2025-"),
            )
        )
    values.set_text("511922", "D02", Period.quarter(2025, 1), "9")
    # When its March return is previewed, the month is a conflict saying why, before any write
    preview = service.preview(path)
    d02 = [item for item in preview.items if item.indicator == "D02"]
    assert d02 and all(item.issue is not None for item in d02)
    assert {item.issue.code for item in d02 if item.issue} == {"keyed_as_other_kind"}
