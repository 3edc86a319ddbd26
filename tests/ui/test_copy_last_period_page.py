"""复制上期 in the window, on a quarter of a year the clerk keeps by months (issue 11)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.services.store import Store
from desktop_app.services.values import CellQueries, ValueService
from desktop_app.ui.language import install_translators
from desktop_app.ui.return_model import ReturnTableModel

Q2 = Period.quarter(2024, 2)


def test_copy_last_period_in_a_quarter_fills_the_grid(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    # Given a county that keeps its terminals (A08, a stock) by month, with March at 33
    values = ValueService(store.sessions, user="张三")
    values.set_text("511921", "A08", Period.month(2024, 2), "31")
    values.set_text("511921", "A08", Period.month(2024, 3), "33")
    store.set_home_region("511921")
    assert install_translators("zh_CN")
    try:
        window = build_main_window(store, "zh_CN", user="李四")
        qtbot.addWidget(window)
        window.set_period(Q2)
        window.show()
        qtbot.waitExposed(window)
        model = window.page.model
        row = model.row_of("A08")
        assert model.index(row, ReturnTableModel.COL_CURRENT).data() == "—"  # nothing yet
        # When 复制上期 is chosen on the second quarter
        window.page.copy_last_action.trigger()
        # Then the quarter shows the first quarter's end figure, kept as June's, marked copied
        assert model.index(row, ReturnTableModel.COL_CURRENT).data() == "33"
        history = CellQueries(store.sessions).history("511921", "A08", Period.month(2024, 6))
        assert [(h.source, h.new_text) for h in history] == [("copied", "33")]
        assert Decimal(history[0].new_text) == Decimal(33)
    finally:
        install_translators("en")
