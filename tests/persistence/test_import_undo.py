"""Undoing a whole Excel import from its audit entries: every cell back as it was, as one action,
refused (writing nothing) when a cell changed since, a period was locked, or it was undone already."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.values import parse_input
from desktop_app.exporting.excel.mapping import Measure
from desktop_app.persistence.models import AuditRecord, ValueRecord
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.figures import FigureService
from desktop_app.services.imports import ImportHistory
from desktop_app.services.returns import ReturnService
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from tests.exporting.excel_support import demo_db, demo_store

__all__ = ["demo_db", "demo_store"]

MARCH = Period.month(2025, 3)
COUNTY = "511921"


def snapshot(store: Store) -> dict[tuple[int, int, str], tuple[str, int | None, str]]:
    """Every stored value as raw rows (state, scaled amount, basis), read with SQL alone."""
    with store.sessions() as session:
        rows = session.execute(
            select(
                ValueRecord.region_id,
                ValueRecord.indicator_id,
                ValueRecord.period,
                ValueRecord.state,
                ValueRecord.amount,
                ValueRecord.basis,
            )
        ).all()
    return {(r, i, p): (s, None if a is None else int(a * 10_000), b) for r, i, p, s, a, b in rows}


def audit_count(store: Store) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(AuditRecord)) or 0)


def exported(store: Store, folder: Path) -> Path:
    return ExcelReturns(store.sessions).export("sc-county-monthly", COUNTY, MARCH, folder)


@pytest.fixture
def imported(demo_store: Store, tmp_path: Path) -> tuple[Store, str, dict]:  # type: ignore[type-arg]
    """The demo county's March return exported, its 本月 A04 and B06 raised, imported back."""
    service = ExcelReturns(demo_store.sessions)
    path = exported(demo_store, tmp_path)
    sheet = service.template("sc-county-monthly").mapping.sheets[0]
    wb = load_workbook(path)
    ws = wb[sheet.name]
    for mapped in sheet.values:
        if mapped.indicator in ("A04", "B06") and mapped.measure is Measure.CURRENT:
            ws[mapped.cell].value = ws[mapped.cell].value + 7
    wb.save(path)
    before = snapshot(demo_store)
    result = service.import_path(path)
    assert result.outcomes[0].error is None, result.outcomes[0].error
    assert result.outcomes[0].written > 0
    (record,) = ImportHistory(demo_store.sessions, ValueService(demo_store.sessions)).imports()
    return demo_store, record.batch, before


def test_an_import_is_listed_with_its_file_count_and_periods(imported: tuple) -> None:  # type: ignore[type-arg]
    store, batch, before = imported
    (record,) = ImportHistory(store.sessions, ValueService(store.sessions)).imports()
    after = snapshot(store)
    changed = [key for key in after if after[key] != before.get(key)]
    assert record.batch == batch
    assert record.values == len(changed) > 0
    assert record.regions == 1
    assert record.first_period == record.last_period == MARCH
    assert record.detail.startswith("511921") or ".xlsx" in record.detail
    assert not record.undone


def test_undo_puts_every_cell_back_as_one_action_and_audits_it(imported: tuple) -> None:  # type: ignore[type-arg]
    store, batch, before = imported
    history = ImportHistory(store.sessions, ValueService(store.sessions, user="clerk2"))
    changed = history.imports()[0].values
    audits = audit_count(store)
    assert snapshot(store) != before
    assert history.undo(batch[:10]) == changed
    assert snapshot(store) == before
    assert audit_count(store) == audits + changed
    (record,) = history.imports()
    assert record.undone and record.undone_by == "clerk2"
    with store.sessions() as session:
        sources = set(
            session.scalars(select(AuditRecord.source).where(AuditRecord.batch == "undo-" + batch))
        )
    assert sources == {"undone"}
    with pytest.raises(DomainError) as refused:
        history.undo(batch)
    assert refused.value.issue.code == "import_already_undone"
    assert snapshot(store) == before


def test_undo_of_an_import_into_blank_cells_clears_them(demo_store: Store, tmp_path: Path) -> None:
    values = ValueService(demo_store.sessions)
    history = ImportHistory(demo_store.sessions, values)
    may = Period.month(2030, 1)  # after everything the demo holds
    before = snapshot(demo_store)
    values.set_all(
        [(COUNTY, "A04", may, parse_input("12")), (COUNTY, "A01", may, parse_input("无"))],
        source="imported",
        detail="five.xlsx (sc-county-monthly)",
        batch="20261201-000000-abcd",
    )
    assert len(snapshot(demo_store)) == len(before) + 2
    assert history.undo("20261201-000000-abcd") == 2
    assert snapshot(demo_store) == before


def test_undo_is_refused_when_a_cell_changed_since_and_writes_nothing(imported: tuple) -> None:  # type: ignore[type-arg]
    store, batch, _before = imported
    values = ValueService(store.sessions)
    values.set_text(COUNTY, "A04", MARCH, "1")
    now = snapshot(store)
    audits = audit_count(store)
    with pytest.raises(DomainError) as refused:
        ImportHistory(store.sessions, values).undo(batch)
    assert refused.value.issue.code == "import_changed_since"
    assert refused.value.issue.params["count"] == 1
    assert refused.value.issue.params["now"] == "1"
    assert snapshot(store) == now and audit_count(store) == audits


def test_undo_is_refused_when_the_period_was_locked_since(imported: tuple) -> None:  # type: ignore[type-arg]
    store, batch, _before = imported
    ReturnService(store.sessions, FigureService(store.sessions)).submit(COUNTY, MARCH)
    now = snapshot(store)
    audits = audit_count(store)
    with pytest.raises(DomainError) as refused:
        ImportHistory(store.sessions, ValueService(store.sessions)).undo(batch)
    assert refused.value.issue.code == "return_locked"
    assert snapshot(store) == now and audit_count(store) == audits


def test_an_unknown_or_ambiguous_number_is_refused(demo_store: Store) -> None:
    values = ValueService(demo_store.sessions)
    for batch in ("20261201-000000-aaaa", "20261201-000000-aaab"):
        values.set_all(
            [
                (
                    COUNTY,
                    "A04",
                    Period.month(2030, 2),
                    parse_input("3" if batch.endswith("a") else "4"),
                )
            ],
            source="imported",
            batch=batch,
        )
    history = ImportHistory(demo_store.sessions, values)
    with pytest.raises(DomainError) as unknown:
        history.undo("1999")
    assert unknown.value.issue.code == "import_not_found"
    with pytest.raises(DomainError) as ambiguous:
        history.undo("20261201-000000-aaa")
    assert ambiguous.value.issue.code == "import_ambiguous"
    assert [r.batch for r in history.imports()] == ["20261201-000000-aaab", "20261201-000000-aaaa"]
