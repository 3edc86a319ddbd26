"""A cell's history shows its figures as the return does: at the scale, with separators."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Period
from desktop_app.services.store import Store
from desktop_app.services.values import AuditEntry, CellQueries, ValueService
from desktop_app.ui.history_dialog import HistoryDialog, HistoryTableModel

JAN = Period.month(2016, 1)
COUNTY = "511921"


def shown(model: HistoryTableModel) -> list[tuple[str, str]]:
    return [
        (
            model.index(row, model.COL_OLD).data(),
            model.index(row, model.COL_NEW).data(),
        )
        for row in range(model.rowCount())
    ]


@pytest.mark.parametrize(
    ("indicator", "typed", "expected"),
    [
        (  # a count (人次)
            "D02",
            ["9000", "１２，３４５", "无", ""],
            [("—", "9,000"), ("9,000", "12,345"), ("12,345", "无"), ("无", "—")],
        ),
        (  # an amount (万元, 2 places)
            "C02",
            ["1234.5", "1,234,567.89", "0"],
            [("—", "1,234.50"), ("1,234.50", "1,234,567.89"), ("1,234,567.89", "0.00")],
        ),
    ],
)
def test_history_shows_figures_at_scale_with_separators(
    store: Store,
    qtbot: QtBot,
    qtmodeltester: object,
    indicator: str,
    typed: list[str],
    expected: list[tuple[str, str]],
) -> None:
    values = ValueService(store.sessions, user="张三")
    for text in typed:
        values.set_text(COUNTY, indicator, JAN, text)
    entries = CellQueries(store.sessions).history(COUNTY, indicator, JAN)
    dialog = HistoryDialog(indicator, entries)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert list(reversed(shown(dialog.model))) == expected
    assert {dialog.model.index(r, dialog.model.COL_WHO).data() for r in range(len(expected))} == {
        "张三"
    }


def test_history_columns_show_whole_texts_with_figures_right_aligned(qtbot: QtBot) -> None:
    # Given a cell typed, imported from a workbook with a long name, and typed again
    at = datetime(2025, 12, 2, 1, 48, 41, tzinfo=UTC)
    file = "通江县_川商电统1表_2025年12月.xlsx (sc-county-monthly)"
    entries = [
        AuditEntry(at, "张晓燕", "typed", "3574", "3200", None),
        AuditEntry(at, "张晓燕", "imported", "3310", "3574", file),
        AuditEntry(at, "demo", "imported", "", "3310", "demo"),
    ]
    # When the history is shown
    dialog = HistoryDialog("B04", entries)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view, model = dialog.view, dialog.model
    # Then each text fits its column on one line (the time is not wrapped, the file not elided)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = str(model.index(row, column).data())
            needed = view.fontMetrics().horizontalAdvance(text)
            assert view.columnWidth(column) >= needed, (row, column, text)
    # and the figures line up on the right, as in the return
    for column in (model.COL_OLD, model.COL_NEW):
        alignment = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight
    # and the dialog still fits a 1366×768 screen
    assert dialog.width() <= 1366
