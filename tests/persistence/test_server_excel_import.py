"""A county that stays offline sends its Excel return; the city imports it into its database as
today, on the file and on the server alike (this module runs on both back-ends)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.domain.periods import Period
from desktop_app.domain.values import NotApplicable
from desktop_app.exporting.excel.mapping import Measure
from desktop_app.services.excel_returns import Change, ExcelReturns
from desktop_app.services.store import Store
from desktop_app.services.values import CellQueries, ValueService

MARCH = Period.month(2025, 3)
COUNTY = "511921"


def cell_of(service: ExcelReturns, indicator: str) -> tuple[str, str]:
    sheet = service.template("sc-county-monthly").mapping.sheets[0]
    (cell,) = [
        v.cell for v in sheet.values if (v.indicator, v.measure) == (indicator, Measure.CURRENT)
    ]
    return sheet.name, cell


def test_server_excel_return_from_a_county_is_imported_and_audited(
    store: Store, tmp_path: Path
) -> None:
    # Given the county's March return, keyed and exported (as the county's own Xianbao would)
    values = ValueService(store.sessions, user="通江县 王芳")
    values.set_text(COUNTY, "A02", MARCH, "12")
    values.set_text(COUNTY, "B05", MARCH, "3")
    service = ExcelReturns(store.sessions)
    path = service.export("sc-county-monthly", COUNTY, MARCH, tmp_path)
    # and the county's clerk changes two figures in the workbook before sending it
    book = load_workbook(path)
    for indicator, figure in (("A02", 15), ("B05", "无")):
        sheet, cell = cell_of(service, indicator)
        book[sheet][cell] = figure
    book.save(path)

    # When the city previews and applies it
    preview = service.preview(path)
    changed = {item.indicator: item.new for item in preview.of(Change.CHANGED)}
    assert changed == {"A02": Decimal(15), "B05": NotApplicable.NA}
    assert preview.can_apply
    assert service.apply(preview) == 2

    # Then the figures are stored, each change audited as imported with the file's name
    queries = CellQueries(store.sessions)
    history = queries.history(COUNTY, "A02", MARCH)
    assert [(h.old_text, h.new_text) for h in history[:2]] == [("12", "15"), ("", "12")]
    assert history[0].source == "imported" and path.name in (history[0].detail or "")
    assert queries.history(COUNTY, "B05", MARCH)[0].new_text == "无"
