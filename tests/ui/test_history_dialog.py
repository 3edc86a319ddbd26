"""A cell's history shows its figures as the return does: at the scale, with separators."""

from __future__ import annotations

import pytest

from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Period
from desktop_app.services.store import Store
from desktop_app.services.values import CellQueries, ValueService
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
