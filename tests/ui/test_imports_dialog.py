"""The imports dialog lists the Excel imports taken and undoes one whole, or says why it cannot."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Period
from desktop_app.domain.values import parse_input
from desktop_app.services.imports import ImportHistory
from desktop_app.services.store import Store
from desktop_app.services.values import CellQueries, ValueService
from desktop_app.ui.imports_dialog import ImportsDialog

JAN = Period.month(2016, 1)
FEB = Period.month(2016, 2)
COUNTY = "511921"


def stored(store: Store, indicator: str, period: Period) -> list[str]:
    """The cell's audit trail as new texts, oldest first (an independent read of what is kept)."""
    return [
        e.new_text for e in reversed(CellQueries(store.sessions).history(COUNTY, indicator, period))
    ]


def test_the_dialog_lists_imports_and_undoes_the_chosen_one(
    store: Store, qtbot: QtBot, qtmodeltester: object
) -> None:
    values = ValueService(store.sessions, user="clerk")
    values.set_text(COUNTY, "A04", JAN, "10")
    values.set_all(
        [(COUNTY, "A04", JAN, parse_input("12")), (COUNTY, "D02", FEB, parse_input("300"))],
        source="imported",
        detail="一月.xlsx (sc-county-monthly)",
        batch="20261201-090000-aaaa",
    )
    values.set_all(
        [(COUNTY, "A04", FEB, parse_input("5"))],
        source="imported",
        detail="二月.xlsx (sc-county-monthly)",
        batch="20261201-100000-bbbb",
    )
    dialog = ImportsDialog(ImportHistory(store.sessions, values))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    rows = [
        [dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
        for r in range(dialog.model.rowCount())
    ]
    assert [row[2] for row in rows] == [
        "二月.xlsx (sc-county-monthly)",
        "一月.xlsx (sc-county-monthly)",
    ]
    assert [row[3] for row in rows] == ["1", "2"]
    assert rows[1][4] == "2016年1月–2016年2月"
    changed: list[bool] = []
    dialog.values_changed.connect(lambda: changed.append(True))

    dialog.view.selectRow(1)
    assert dialog.undo_selected(confirm=False) == 2
    assert changed == [True]
    assert stored(store, "A04", JAN) == ["10", "12", "10"]
    assert stored(store, "D02", FEB) == ["300", ""]
    assert (
        dialog.model.index(1, 5).data().startswith("已于")
        or "undone" in dialog.model.index(1, 5).data()
    )
    dialog.view.selectRow(1)
    assert not dialog.undo_button.isEnabled()

    # The February import, with its value changed by hand since: refused, said, nothing written.
    values.set_text(COUNTY, "A04", FEB, "6")
    dialog.view.selectRow(0)
    assert dialog.undo_button.isEnabled()
    assert dialog.undo_selected(confirm=False) == 0
    assert "6" in dialog.message.text() and "5" in dialog.message.text()
    assert stored(store, "A04", FEB) == ["5", "6"]
