"""The import preview dialog: every value, refused row, silent region and unread cell of the files,
with its reason, and numbers at the indicator's scale."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.values import format_number
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store
from desktop_app.ui.import_preview import ImportPreviewDialog, ImportPreviewModel
from desktop_app.ui.language import install_translators
from tests.exporting.excel_support import demo_db, demo_store

__all__ = ["demo_db", "demo_store"]

MARCH = Period.month(2025, 3)


@pytest.fixture
def english(qapp: QApplication) -> None:
    """The English interface: counts take their noun's number ("1 file", "2 files")."""
    assert install_translators("en")


def rows(model: ImportPreviewModel) -> list[dict[str, str]]:
    """The model's rows by (translated) column header, as the dialog shows them, each with the
    file it is under ("File"); the rows naming a file are left out."""
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    return [
        {"File": model.file_of(r)}
        | {h: model.data(model.index(r, c)) for c, h in enumerate(headers)}
        for r in range(model.rowCount())
        if not model.is_file_row(r)
    ]


def county_file(store: Store, folder: Path) -> tuple[Path, Decimal]:
    """通江县's March return with E02 (万元) raised by 10 in its month and its 累计, and a
    formula without a computed value in A04 (service points)."""
    service = ExcelReturns(store.sessions)
    path = service.export("sc-county-monthly", "511921", MARCH, folder)
    e02 = FigureService(store.sessions).figures("511921", MARCH).by_code()["E02"].figures
    assert isinstance(e02.current, Decimal) and isinstance(e02.cumulative, Decimal)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    ws["D42"] = float(e02.current + 10)
    ws["E42"] = float(e02.cumulative + 10)
    ws["D14"] = "=SUM(1,2)"
    wb.save(path)
    return path, e02.current


def test_the_dialog_lists_values_unread_cells_and_silent_regions(
    demo_store: Store, tmp_path: Path, qtbot: QtBot, qtmodeltester: Any, english: None
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path, e02_march = county_file(demo_store, tmp_path)
    city = service.export("sc-city-summary", "511900", MARCH, tmp_path, Signatories("巴中市商务局"))
    outcomes = service.import_path(tmp_path, dry_run=True).outcomes
    assert len(outcomes) == 2

    dialog = ImportPreviewDialog(outcomes, language="en")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    shown = rows(dialog.model)
    by_cell = {(r["File"], r["Cell"]): r for r in shown}

    # The changed value, stored and new, at the indicator's scale with separators
    changed = by_cell[(path.name, "川商电统1表!D42")]
    assert changed["Change"] == "changed"
    assert changed["Stored"] == format_number(e02_march, 2)
    assert changed["In the file"] == format_number(e02_march + 10, 2)
    assert changed["Column"] == "this period"
    assert changed["Period"] == "Mar 2025"  # the English interface writes periods in English
    # No figure is shown with the store's own decimals ("9000.0000")
    assert not [r for r in shown if re.search(r"\.\d{3,}$", r["Stored"] + " " + r["In the file"])]

    # The formula without a value, and a derived cell, each with its reason
    formula = by_cell[(path.name, "川商电统1表!D14")]
    assert formula["Change"] == "not read" and "Excel or WPS" in formula["Why"]
    derived = by_cell[(path.name, "川商电统1表!E42")]
    assert derived["Change"] == "not read" and "derives" in derived["Why"]

    # The counties of 巴中市 that sent nothing
    silent = [r for r in shown if r["File"] == city.name and r["Change"] == "no figures sent"]
    assert sorted(r["Region"] for r in silent) == [
        "511902 巴州区",
        "511903 恩阳区",
        "511922 南江县",
        "511923 平昌县",
    ]
    assert all("holds no figures" in r["Why"] for r in silent)

    # The county file would write; the city file says what is stored already
    assert [p.path for p in dialog.applicable()] == [path]
    text = dialog.summary.text()
    assert "4 regions sent no figures" in text
    not_read = sum(1 for r in shown if r["Change"] == "not read")
    assert f"{not_read} cells not read" in text and not_read > 10
    assert text.startswith("2 files: ") and "1 file can be imported" in text
    assert dialog.apply_button.text() == "&Import 1 file"

    # Two files: each file's name once, on a row of its own across the table, above its rows
    model = dialog.model
    named = [r for r in range(model.rowCount()) if model.is_file_row(r)]
    assert [model.data(model.index(r, 0)) for r in named] == [path.name, city.name] or [
        model.data(model.index(r, 0)) for r in named
    ] == [city.name, path.name]
    assert all(dialog.view.columnSpan(r, 0) == model.columnCount() for r in named)
    assert not dialog.file_label.isVisibleTo(dialog)
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            assert model.data(model.index(r, c)) not in (path.name, city.name) or r in named


def test_a_refused_row_and_a_conflict_are_shown_first_and_block_the_file(
    demo_store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    service = ExcelReturns(demo_store.sessions)
    path = service.export("sc-city-summary", "511900", MARCH, tmp_path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    row = next(r for r in range(10, 40) if ws[f"B{r}"].value == "511923")
    ws[f"B{row}"] = "511302"  # a county of 南充市
    ws[f"A{row}"] = "顺庆区"
    tongjiang = next(r for r in range(10, 40) if ws[f"B{r}"].value == "511921")
    ws[f"N{tongjiang}"] = 123456  # D03 1–N月累计 that the months do not give
    wb.save(path)
    outcomes = service.import_path(path, dry_run=True).outcomes
    dialog = ImportPreviewDialog(outcomes)
    qtbot.addWidget(dialog)
    shown = rows(dialog.model)
    assert [r["Change"] for r in shown[:2]] == ["conflict", "row refused"]
    assert shown[0]["In the file"] == "123,456" and "123,456" in shown[0]["Why"]
    assert "南充市" in shown[1]["Why"] and shown[1]["Region"] == "511302 顺庆区"
    assert dialog.applicable() == [] and not dialog.apply_button.isEnabled()


def test_one_file_is_named_once_and_its_reasons_are_read_whole(
    demo_store: Store, tmp_path: Path, qtbot: QtBot, english: None
) -> None:
    path, _ = county_file(demo_store, tmp_path)
    outcomes = ExcelReturns(demo_store.sessions).import_path(path, dry_run=True).outcomes
    dialog = ImportPreviewDialog(outcomes, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model, view = dialog.model, dialog.view
    # The file's name is said once, above the table, not on every row
    assert dialog.file_label.isVisible() and path.name in dialog.file_label.text()
    assert not any(model.is_file_row(r) for r in range(model.rowCount()))
    assert all(
        path.name not in str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )
    assert dialog.summary.text().startswith("1 file: ")
    # The dialog fits the screen it is on
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= room.width()
    assert dialog.frameGeometry().height() <= room.height()
    # The reason takes the width left, and a long reason wraps onto more lines, not cut off
    note = ImportPreviewModel.COL_NOTE
    # (shared out once the layout has given the table its width)
    qtbot.waitUntil(lambda: view.columnWidth(note) >= view.viewport().width() // 3 - 1)
    assert view.horizontalHeader().sectionResizeMode(note).name == "Stretch"
    qtbot.waitUntil(lambda: view.rowHeight(1) > view.verticalHeader().defaultSectionSize())
    metrics = view.fontMetrics()
    width = view.columnWidth(note) - 2 * 4  # the cell's text margins
    for r in range(model.rowCount()):
        reason = str(model.data(model.index(r, note)) or "")
        box = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, reason)
        assert view.rowHeight(r) >= box.height(), reason
