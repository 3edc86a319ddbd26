"""The imports dialog lists the Excel imports taken and undoes one whole, or says why it cannot."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Period
from desktop_app.domain.values import parse_input
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.imports import ImportHistory
from desktop_app.services.store import Store
from desktop_app.services.values import CellQueries, ValueService
from desktop_app.ui.imports_dialog import ImportsDialog
from desktop_app.ui.language import install_translators

JAN = Period.month(2016, 1)
FEB = Period.month(2016, 2)
COUNTY = "511921"


def stored(store: Store, indicator: str, period: Period) -> list[str]:
    """The cell's audit trail as new texts, oldest first (an independent read of what is kept)."""
    return [
        e.new_text for e in reversed(CellQueries(store.sessions).history(COUNTY, indicator, period))
    ]


def test_the_dialog_lists_imports_and_undoes_the_chosen_one(
    store: Store, qtbot: QtBot, qtmodeltester: object, qapp: QApplication
) -> None:
    assert install_translators("zh_CN")
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
    excel = ExcelReturns(store.sessions)
    titles = {t.id: t.mapping.title for t in excel.templates()}
    dialog = ImportsDialog(ImportHistory(store.sessions, values, lambda: titles))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    rows = [
        [dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
        for r in range(dialog.model.rowCount())
    ]
    # The file by its name, the return by its template's title (never the template's id)
    assert [row[2] for row in rows] == ["二月.xlsx", "一月.xlsx"]
    title = excel.template("sc-county-monthly").mapping.title
    assert title and [row[3] for row in rows] == [title, title]
    assert [row[4] for row in rows] == ["1", "2"]
    assert rows[1][5] == "2016年1月–2016年2月"
    assert [row[6] for row in rows] == ["已导入", "已导入"]
    changed: list[bool] = []
    dialog.values_changed.connect(lambda: changed.append(True))

    dialog.view.selectRow(1)
    assert dialog.undo_selected(confirm=False) == 2
    assert dialog.message.text() == "已撤销 一月.xlsx 的导入：2 个值恢复为导入前的样子。"
    assert changed == [True]
    assert stored(store, "A04", JAN) == ["10", "12", "10"]
    assert stored(store, "D02", FEB) == ["300", ""]
    assert (
        dialog.model.index(1, 6).data().startswith("已于")
        or "undone" in dialog.model.index(1, 6).data()
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


def test_in_english_periods_are_english_and_a_gone_template_is_named_by_its_id(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    assert install_translators("en")
    values = ValueService(store.sessions, user="clerk")
    values.set_all(
        [(COUNTY, "A04", Period.month(2025, 12), parse_input("12"))],
        source="imported",
        detail="通江县_川商电统1表_2025年12月.xlsx (a-template-since-removed)",
        batch="20261201-090000-cccc",
    )
    dialog = ImportsDialog(ImportHistory(store.sessions, values, dict))
    qtbot.addWidget(dialog)
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[2:7] == [
        "通江县_川商电统1表_2025年12月.xlsx",
        "a-template-since-removed",
        "1",
        "Dec 2025",
        "imported",
    ]
