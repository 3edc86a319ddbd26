"""Rules once: for each kind of refusal, the import preview's conflict names the issue the save
raises for the same cell and the same input (issue 11, "Rules once").

Each case starts from a fresh copy of the prepared database (a real SQLite file), sets up what
makes the save refuse, writes the input into a real workbook exported from the shipped template,
previews it, and then saves the same input into the same cell through the value service.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from desktop_app.domain.indicators import Basis
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.returns import ReturnStatus
from desktop_app.exporting.excel.mapping import Measure
from desktop_app.i18n import issue_message, set_language
from desktop_app.persistence.models import RegionRecord, ReturnRecord
from desktop_app.persistence.repositories import RegionRepository
from desktop_app.services.excel_returns import Change, ExcelReturns, ImportPreview
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import CellQueries, ValueService

MARCH = Period.month(2025, 3)
COUNTY, CITY, TOWNSHIP = "511921", "511900", "511921001"


@pytest.fixture(scope="module")
def blanks(prepared_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The county's form and the city's county table for March 2025, exported with no figures."""
    folder = tmp_path_factory.mktemp("blank_returns")
    shutil.copy(prepared_db, folder / "db.sqlite3")
    store = open_sqlite_store(folder / "db.sqlite3")
    try:
        service = ExcelReturns(store.sessions)
        return {
            "county": service.export("sc-county-monthly", COUNTY, MARCH, folder),
            "city": service.export("sc-city-summary", CITY, MARCH, folder),
        }
    finally:
        store.close()


def form_cell(service: ExcelReturns, indicator: str, measure: Measure) -> tuple[str, str]:
    sheet = service.template("sc-county-monthly").mapping.sheets[0]
    (cell,) = [v.cell for v in sheet.values if (v.indicator, v.measure) == (indicator, measure)]
    return sheet.name, cell


def table_cell(service: ExcelReturns, path: Path, indicator: str, region: str) -> tuple[str, str]:
    """The cell of `indicator` in `region`'s row of the city's county table."""
    mapping = service.template("sc-city-summary").mapping
    (sheet,) = [s for s in mapping.sheets if s.table is not None]
    assert sheet.table is not None
    (column,) = [
        c.column
        for c in sheet.table.columns
        if (c.indicator, c.measure) == (indicator, Measure.CURRENT)
    ]
    ws = load_workbook(path, read_only=True)[sheet.name]
    key = sheet.table.key_column.upper()
    for row in range(sheet.table.first_row, sheet.table.last_row + 1):
        if str(ws[f"{key}{row}"].value).strip() == region:
            return sheet.name, f"{column.upper()}{row}"
    raise AssertionError(f"no row for {region}")


# --- what makes the save refuse -------------------------------------------------------------------
def nothing(store: Store) -> None:
    pass


def submitted(region: str) -> Callable[[Store], None]:
    """The region's March return as 报送 leaves it (an empty return is not let through the
    checks, so the state is written as submit writes it)."""

    def submit(store: Store) -> None:
        with store.sessions.begin() as session:
            record = RegionRepository(session).require(region)
            session.add(
                ReturnRecord(
                    region_id=record.id,
                    period=MARCH.code,
                    status=ReturnStatus.SUBMITTED.value,
                    changed_at=datetime.now(UTC),
                    changed_by="王五",
                )
            )

    return submit


def kept(region: str, indicator: str, period: Period, text: str, basis: Basis | None = None):  # type: ignore[no-untyped-def]
    def keep(store: Store) -> None:
        ValueService(store.sessions, user="王五").set_text(
            region, indicator, period, text, basis=basis
        )

    return keep


def township_keeps(period: Period) -> Callable[[Store], None]:
    def keep(store: Store) -> None:
        RegionQueries(store.sessions).add(TOWNSHIP, "诺江镇", COUNTY)
        ValueService(store.sessions, user="王五").set_text(TOWNSHIP, "D02", period, "3")

    return keep


def county_from_2026(store: Store) -> None:
    """通江县 as if it came into being in 2026: not valid in March 2025."""
    with store.sessions.begin() as session:
        session.execute(
            update(RegionRecord)
            .where(RegionRecord.code == COUNTY)
            .values(valid_from=date(2026, 1, 1))
        )


#: (what makes the save refuse, the file: "county" form or "city" table, indicator, measure
#: of the cell, what the cell holds)
CASES = {
    "count with decimals": (nothing, "county", "D02", Measure.CURRENT, 1.5),
    "negative count": (nothing, "county", "D02", Measure.CURRENT, -3),
    "amount with too many decimals": (nothing, "county", "C02", Measure.CUMULATIVE, 1.234),
    "too large": (nothing, "county", "D02", Measure.CURRENT, 10**12),
    "not a number": (nothing, "county", "D02", Measure.CURRENT, "很多"),
    "percent for a count": (nothing, "county", "D02", Measure.CURRENT, "50%"),
    "own return submitted": (submitted(COUNTY), "county", "D02", Measure.CURRENT, 5),
    "city's return submitted": (submitted(CITY), "county", "D02", Measure.CURRENT, 5),
    "flow kept by quarter": (
        kept(COUNTY, "D02", Period.quarter(2025, 1), "10"),
        "county",
        "D02",
        Measure.CURRENT,
        5,
    ),
    "stock kept by quarter": (
        kept(COUNTY, "A08", Period.quarter(2025, 1), "7"),
        "county",
        "A08",
        Measure.CURRENT,
        9,
    ),
    "flow kept year to date": (
        kept(COUNTY, "D02", Period.month(2025, 2), "10", Basis.YTD),
        "county",
        "D02",
        Measure.CURRENT,
        15,
    ),
    "kept by a township another month": (
        township_keeps(Period.month(2025, 1)),
        "county",
        "D02",
        Measure.CURRENT,
        5,
    ),
    "kept by a township this month": (
        township_keeps(MARCH),
        "county",
        "D02",
        Measure.CURRENT,
        5,
    ),
    "county not valid in the period": (county_from_2026, "city", "D02", Measure.CURRENT, 5),
}


def preview_of(
    store: Store,
    blanks: dict[str, Path],
    tmp_path: Path,
    file: str,
    cell: tuple[str, str],
    value: object,
) -> ImportPreview:
    service = ExcelReturns(store.sessions)
    path = tmp_path / blanks[file].name
    shutil.copy(blanks[file], path)
    wb = load_workbook(path)
    wb[cell[0]][cell[1]] = value
    wb.save(path)
    return service.preview(path, region_code=CITY if file == "city" else COUNTY)


@pytest.mark.parametrize("case", list(CASES))
def test_entry_rules_preview_conflict_is_the_save_refusal(
    case: str, store: Store, blanks: dict[str, Path], tmp_path: Path
) -> None:
    setup, file, indicator, measure, value = CASES[case]
    service = ExcelReturns(store.sessions)
    # Given what makes the save refuse
    cell = (
        form_cell(service, indicator, measure)
        if file == "county"
        else table_cell(service, blanks["city"], indicator, COUNTY)
    )
    setup(store)
    # When the file holding the input is previewed
    preview = preview_of(store, blanks, tmp_path, file, cell, value)
    (item,) = [i for i in preview.items if i.indicator == indicator and i.region_code == COUNTY]
    # and the same input is saved into the same cell
    text = (
        value
        if isinstance(value, str)
        else str(Decimal(repr(value)) if isinstance(value, float) else value)
    )
    with pytest.raises(DomainError) as refused:
        ValueService(store.sessions, user="王五").set_text(COUNTY, indicator, MARCH, text)
    # Then the preview holds it back with the very issue the save raised
    assert item.change is Change.CONFLICT, (item.change, refused.value.issue.code)
    assert item.issue is not None
    assert item.issue.code == refused.value.issue.code


def test_entry_rules_a_computed_rate_is_not_read_and_not_saved(
    store: Store, blanks: dict[str, Path], tmp_path: Path
) -> None:
    """A computed rate is the one kind the two answer differently, on purpose: the preview does
    not read the cell (it lists it as skipped, saying why) and so never asks to store it; the
    save refuses it."""
    service = ExcelReturns(store.sessions)
    preview = preview_of(
        store, blanks, tmp_path, "county", form_cell(service, "A07", Measure.CURRENT), 50
    )
    assert not [i for i in preview.items if i.indicator == "A07"]
    assert [s.issue.code for s in preview.skipped if s.indicator == "A07"] == [
        "import_not_read_computed"
    ]
    with pytest.raises(DomainError) as refused:
        ValueService(store.sessions).set_text(COUNTY, "A07", MARCH, "50")
    assert refused.value.issue.code == "computed_indicator"


@pytest.mark.parametrize(("meanwhile", "applied"), [("7", False), ("5", True)])
def test_entry_rules_apply_refuses_a_cell_changed_since_the_preview(
    store: Store, blanks: dict[str, Path], tmp_path: Path, meanwhile: str, applied: bool
) -> None:
    """A stale version refuses an import as it refuses a save: the clerk previewed 5 into an
    empty cell, another clerk typed 7 meanwhile; applying would overwrite 7 unseen. The same
    figure typed meanwhile loses nothing, and the file is applied."""
    service = ExcelReturns(store.sessions)
    preview = preview_of(
        store, blanks, tmp_path, "county", form_cell(service, "D02", Measure.CURRENT), 5
    )
    (item,) = preview.writes
    assert (item.indicator, item.change, item.version) == ("D02", Change.NEW, 0)
    ValueService(store.sessions, user="王五").set_text(COUNTY, "D02", MARCH, meanwhile)
    if applied:
        assert service.apply(preview) == 1
    else:
        with pytest.raises(DomainError) as refused:
            service.apply(preview)
        # the import's own sentence: the file is refused whole, and is to be previewed again
        assert refused.value.issue.code == "import_changed_since_preview"
        assert refused.value.issue.params["who"] == "王五"
        assert refused.value.issue.params["file"] == preview.path.name
        set_language("zh_CN")
        assert "重新预览" in issue_message(refused.value.issue)
    history = CellQueries(store.sessions).history(COUNTY, "D02", MARCH)
    assert [(h.source, h.new_text) for h in history] == [("typed", meanwhile)]
