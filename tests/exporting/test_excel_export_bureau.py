"""填报单位 on an exported return: the bureau kept at setup signs its home region's returns, at any
level (a county, a city, a province)."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.excel.mapping import HeaderField
from desktop_app.services.excel_returns import ExcelReturns, shipped_templates_dir
from desktop_app.services.store import Store

MARCH = Period.month(2025, 3)


def bureau_text(service: ExcelReturns, template_id: str, path: Path) -> str:
    wb = load_workbook(path)
    sheet = service.template(template_id).mapping.sheets[0]
    (field,) = [f for f in sheet.fields if f.field is HeaderField.BUREAU]
    if field.cell in wb.defined_names:
        ((title, coordinate),) = wb.defined_names[field.cell].destinations
    else:
        title, coordinate = sheet.name, field.cell
    return str(wb[title][coordinate.replace("$", "")].value)


def test_a_prefecture_export_is_signed_by_the_stored_bureau(store: Store, tmp_path: Path) -> None:
    store.set_home_region("511900", "巴中市商务局")
    service = ExcelReturns(store.sessions)
    path = service.export("sc-city-summary", "511900", MARCH, tmp_path)
    assert bureau_text(service, "sc-city-summary", path) == "填报单位（盖章）：巴中市商务局"


def test_a_province_export_is_signed_by_the_stored_bureau(store: Store, tmp_path: Path) -> None:
    # A province's own template (the county form, made for the province level)
    folder = tmp_path / "templates"
    folder.mkdir()
    source = shipped_templates_dir() / "sc_county_monthly_样表.toml"
    shutil.copy(source.with_suffix(".xlsx"), folder / source.with_suffix(".xlsx").name)
    text = source.read_text(encoding="utf-8")
    text = text.replace('id = "sc-county-monthly"', 'id = "sc-province-monthly"')
    text = text.replace('levels = ["county", "prefecture"]', 'levels = ["province"]')
    (folder / "sc_province_monthly.toml").write_text(text, encoding="utf-8")
    store.set_home_region("510000", "四川省商务厅")
    service = ExcelReturns(store.sessions, [folder])
    out = tmp_path / "out"
    out.mkdir()
    path = service.export("sc-province-monthly", "510000", MARCH, out)
    assert bureau_text(service, "sc-province-monthly", path) == "填报单位（盖章）：四川省商务厅"


def test_a_bureau_given_for_the_export_wins(store: Store, tmp_path: Path) -> None:
    store.set_home_region("511900", "巴中市商务局")
    service = ExcelReturns(store.sessions)
    path = service.export(
        "sc-city-summary", "511900", MARCH, tmp_path, Signatories("巴中市商务局（代）")
    )
    assert bureau_text(service, "sc-city-summary", path) == "填报单位（盖章）：巴中市商务局（代）"


def test_a_region_other_than_the_home_region_is_not_signed_by_its_bureau(
    store: Store, tmp_path: Path
) -> None:
    # 巴中市's return made in 通江县's database: 通江县商务局 does not sign for the city
    store.set_home_region("511921", "通江县商务局")
    service = ExcelReturns(store.sessions)
    path = service.export("sc-city-summary", "511900", MARCH, tmp_path)
    assert bureau_text(service, "sc-city-summary", path) == "填报单位（盖章）："
    county = service.export("sc-county-monthly", "511921", MARCH, tmp_path)
    assert bureau_text(service, "sc-county-monthly", county) == "填报单位（盖章）：通江县商务局"


def test_a_control_character_in_the_bureau_name_does_not_stop_the_export(
    store: Store, tmp_path: Path
) -> None:
    # A bell and a NUL pasted into the name: openpyxl refused the whole workbook before
    store.set_home_region("511921")
    service = ExcelReturns(store.sessions)
    path = service.export(
        "sc-county-monthly",
        "511921",
        MARCH,
        tmp_path,
        Signatories(bureau_name="通江县\x07商务局\x00", preparer="王\x1b五"),
    )
    assert bureau_text(service, "sc-county-monthly", path) == "填报单位（盖章）：通江县商务局"
