"""Import: the preview, applying all or nothing, and clear refusals of bad files that write nothing."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.exporting.excel.mapping import Measure
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    ValueRepository,
)
from desktop_app.services.excel_returns import Change, ExcelReturns
from desktop_app.services.figures import FigureService
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store
from desktop_app.services.values import CellQueries
from tests.exporting.excel_support import counts, demo_db, demo_store

__all__ = ["demo_db", "demo_store"]

MARCH = Period.month(2025, 3)


def export_county(store: Store, folder: Path) -> Path:
    return ExcelReturns(store.sessions).export("sc-county-monthly", "511921", MARCH, folder)


def cell_of(service: ExcelReturns, indicator: str, measure: Measure) -> tuple[str, str]:
    sheet = service.template("sc-county-monthly").mapping.sheets[0]
    (cell,) = [v.cell for v in sheet.values if (v.indicator, v.measure) == (indicator, measure)]
    return sheet.name, cell


def edit(path: Path, changes: dict[tuple[str, str], object]) -> Path:
    wb = load_workbook(path)
    for (sheet, cell), value in changes.items():
        wb[sheet][cell] = value
    wb.save(path)
    return path


def stored(
    store: Store, region: str, indicator: str, period: Period
) -> tuple[str, Decimal | None] | None:
    with store.sessions() as session:
        r = RegionRepository(session).require(region)
        i = IndicatorRepository(session).require(indicator)
        v = ValueRepository(session).get(r.id, i.id, period)
        return None if v is None else (v.state, v.amount)


def test_preview_shows_changes_and_apply_writes_them_audited(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = export_county(demo_store, tmp_path)
    a04 = cell_of(service, "A04", Measure.CURRENT)
    c02 = cell_of(service, "C02", Measure.CUMULATIVE)
    b06 = cell_of(service, "B06", Measure.CURRENT)
    old_a04 = stored(demo_store, "511921", "A04", MARCH)
    assert old_a04 is not None and old_a04[1] is not None
    # C02 is kept as 1–N月累计: the 本月 beside it must agree with the new 累计 and February's
    c02_figures = FigureService(demo_store.sessions).figures("511921", MARCH).by_code()["C02"]
    february = c02_figures.figures.cumulative - c02_figures.figures.current  # type: ignore[operator]
    c02_month = cell_of(service, "C02", Measure.CURRENT)
    edit(
        path,
        {
            a04: int(old_a04[1]) + 5,
            c02: "９，９９９．５",
            c02_month: float(Decimal("9999.5") - february),
            b06: "无",
        },
    )
    before = counts(demo_store)

    preview = service.preview(path)
    assert counts(demo_store) == before  # a preview writes nothing
    changed = {i.indicator: i for i in preview.of(Change.CHANGED)}
    assert set(changed) == {"A04", "C02", "B06"}
    assert changed["A04"].new == old_a04[1] + 5
    assert changed["C02"].new == Decimal("9999.5")
    assert preview.can_apply and preview.region_code == "511921" and preview.period == MARCH

    assert service.apply(preview) == 3
    assert stored(demo_store, "511921", "A04", MARCH) == ("value", old_a04[1] + 5)
    assert stored(demo_store, "511921", "B06", MARCH) == ("na", None)
    history = CellQueries(demo_store.sessions).history("511921", "C02", MARCH)
    assert history[0].source == "imported" and path.name in (history[0].detail or "")
    assert counts(demo_store)[1] == before[1] + 3


def test_values_that_cannot_be_stored_are_conflicts_and_nothing_is_written(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = export_county(demo_store, tmp_path)
    edit(
        path,
        {
            cell_of(service, "A04", Measure.CURRENT): 3.5,  # a count with decimals
            cell_of(service, "C02", Measure.CUMULATIVE): 1.234,  # more decimals than the scale
            cell_of(service, "B03", Measure.CURRENT): "很多",  # not a number
            cell_of(service, "A03", Measure.CURRENT): 99,  # a good change, held back with the rest
            cell_of(service, "D02", Measure.CURRENT): 1,  # kept by the townships: differs
        },
    )
    before = counts(demo_store)
    preview = service.preview(path)
    conflicts = {i.indicator: i.issue.code for i in preview.of(Change.CONFLICT) if i.issue}
    assert conflicts == {
        "A04": "count_not_integer",
        "C02": "too_many_decimals",
        "B03": "not_a_number",
        # what the save says of the same figure (the townships keep D02 this year)
        "D02": "entered_at_other_level",
    }
    with pytest.raises(DomainError) as caught:
        service.apply(preview)
    assert caught.value.issue.code == "import_has_conflicts"
    assert counts(demo_store) == before


def test_a_locked_return_refuses_the_import(demo_store: Store, tmp_path: Path) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = edit(export_county(demo_store, tmp_path), {cell_of(service, "A03", Measure.CURRENT): 99})
    returns = ReturnService(demo_store.sessions, FigureService(demo_store.sessions))
    check = returns.check("511921", MARCH)
    for issue in check.unexplained:
        returns.explain("511921", MARCH, issue, "说明")
    returns.submit("511921", MARCH)
    before = counts(demo_store)
    result = service.import_path(path)
    outcome = result.outcomes[0]
    assert outcome.error is not None and outcome.error.code == "import_has_conflicts"
    assert outcome.preview is not None
    assert [i.issue.code for i in outcome.preview.of(Change.CONFLICT) if i.issue] == [
        "return_locked"
    ]
    assert counts(demo_store) == before


def test_wrong_region_and_period_are_refused(demo_store: Store, tmp_path: Path) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = export_county(demo_store, tmp_path)
    with pytest.raises(DomainError) as caught:
        service.preview(path, region_code="511922")
    assert caught.value.issue.code == "import_wrong_region"
    with pytest.raises(DomainError) as caught:
        service.preview(path, period=Period.month(2025, 4))
    assert caught.value.issue.code == "import_wrong_period"


def test_a_city_summary_imports_county_rows_and_reports_unknown_rows(
    demo_store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(demo_store.sessions)
    people = Signatories("巴中市商务局")
    path = service.export("sc-city-summary", "511900", MARCH, tmp_path, people)
    sheet = service.template("sc-city-summary").mapping.sheets[0]
    table = sheet.table
    assert table is not None
    wb = load_workbook(path)
    ws = wb[sheet.name]
    a04 = next(c.column for c in table.columns if c.indicator == "A04")
    row_of = {
        ws[f"{table.key_column}{r}"].value: r for r in range(table.first_row, table.last_row + 1)
    }
    ws[f"{a04}{row_of['511922']}"] = 40  # 南江县: new
    spare = table.first_row + 5
    ws[f"{table.key_column}{spare}"] = "519999"
    ws[f"{a04}{spare}"] = 1
    wb.save(path)
    before = counts(demo_store)
    preview = service.preview(path)
    assert [(i.region_code, i.indicator, i.new) for i in preview.of(Change.NEW)] == [
        ("511922", "A04", Decimal(40))
    ]
    assert [u.key for u in preview.unmatched] == ["519999"]
    assert not preview.can_apply
    with pytest.raises(DomainError):
        service.apply(preview)
    assert counts(demo_store) == before


# --- bad files ----------------------------------------------------------------------------------------
def _ole(body: bytes) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + body + b"\x00" * 1024


def bad_files(folder: Path, good: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    damaged = folder / "damaged.xlsx"
    damaged.write_bytes(good.read_bytes()[:2000])
    files["import_damaged"] = damaged
    text = folder / "notes.xlsx"
    text.write_text("填报单位,通江县\n", encoding="utf-8")
    files["import_damaged "] = text
    xls = folder / "old.xls"
    xls.write_bytes(_ole("Workbook".encode("utf-16-le")))
    files["import_xls"] = xls
    encrypted = folder / "secret.xlsx"
    encrypted.write_bytes(
        _ole(
            "EncryptionInfo".encode("utf-16-le")
            + b"\x00" * 64
            + "EncryptedPackage".encode("utf-16-le")
        )
    )
    files["import_encrypted"] = encrypted
    other = folder / "other.xlsx"
    wb = Workbook()
    assert wb.active is not None
    wb.active["A1"] = "别的表"
    wb.save(other)
    files["import_no_template"] = other
    huge = folder / "huge.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(huge, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/media/padding.bin", b"\x00" * (60 * 1024 * 1024))
    files["import_too_large"] = huge
    wide = folder / "wide.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(wide, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                start = data.index(b'<dimension ref="') + len(b'<dimension ref="')
                end = data.index(b'"', start)
                data = data[:start] + b"A1:XFD1048576" + data[end:]
            dst.writestr(info, data)
    files["import_too_large_sheet"] = wide
    return files


def test_bad_files_are_refused_with_their_message_and_write_nothing(
    demo_store: Store, tmp_path: Path
) -> None:
    from desktop_app.i18n import issue_message

    good = export_county(demo_store, tmp_path)
    folder = tmp_path / "bad"
    folder.mkdir()
    service = ExcelReturns(demo_store.sessions)
    before = counts(demo_store)
    for code, path in bad_files(folder, good).items():
        result = service.import_path(path)
        error = result.outcomes[0].error
        assert error is not None and error.code == code.strip(), (path.name, error)
        message = issue_message(error)
        assert path.name in message and "{" not in message
    assert counts(demo_store) == before
    # The whole folder at once: every file refused on its own, nothing written.
    result = service.import_path(folder)
    assert len(result.outcomes) == 7 and all(o.error is not None for o in result.outcomes)
    assert counts(demo_store) == before


def test_a_different_template_is_refused(demo_store: Store, tmp_path: Path) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = service.export("jx-county-quarterly", "360702", Period.quarter(2025, 2), tmp_path)
    before = counts(demo_store)
    with pytest.raises(DomainError) as caught:
        service.preview(path, template_id="sc-county-monthly")
    assert caught.value.issue.code == "import_other_template"
    assert counts(demo_store) == before


def test_progress_can_cancel_a_folder_import(demo_store: Store, tmp_path: Path) -> None:
    service = ExcelReturns(demo_store.sessions)
    for month in (1, 2, 3):
        service.export("sc-county-monthly", "511921", Period.month(2025, month), tmp_path)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    result = service.import_path(tmp_path, dry_run=True, progress=progress)
    assert result.cancelled and seen == [(1, 3), (2, 3)] and len(result.outcomes) == 2
