"""The main window, driven offscreen: regions, periods and figures, in Chinese by default."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.i18n import install_translators
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.figures_model import FiguresTableModel
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


@pytest.fixture
def window(store: Store, qtbot: QtBot, chinese: None) -> MainWindow:
    store.set_home_region("511921")
    values = ValueService(store.sessions, user="t")
    values.set_text("511921", "D02", Period.month(2016, 2), "300")
    values.set_text("511922", "D02", Period.month(2016, 2), "100")
    win = build_main_window(store, "zh_CN")
    qtbot.addWidget(win)
    win.set_period(Period.month(2016, 2))
    win.show()
    qtbot.waitExposed(win)
    return win


def cell(model: FiguresTableModel, code: str, column: int) -> str:
    for row in range(model.rowCount()):
        if model.index(row, 0).data(FiguresTableModel.CodeRole) == code:
            return str(model.index(row, column).data())
    raise AssertionError(code)


def test_main_window_models_pass_modeltester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.figures_model)
    qtmodeltester.check(window.region_model)


def test_main_window_shows_home_county_in_chinese(window: MainWindow) -> None:
    assert "通江县" in window.windowTitle()
    assert window.figures_model.headerData(3, Qt.Orientation.Horizontal) == "本期"
    assert cell(window.figures_model, "D02", FiguresTableModel.COL_CURRENT) == "300"
    assert window.period_label.text().strip() == "2016年2月"


def test_main_window_region_choice_shows_roll_up(window: MainWindow, qtbot: QtBot) -> None:
    prefecture = window.region_model.find("511900")
    window.region_view.setCurrentIndex(prefecture)
    assert "巴中市" in window.windowTitle()
    assert cell(window.figures_model, "D02", FiguresTableModel.COL_CURRENT) == "400"


def test_main_window_period_keys_move_months(window: MainWindow, qtbot: QtBot) -> None:
    window.figures_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.period == Period.month(2016, 1)
    assert cell(window.figures_model, "D02", FiguresTableModel.COL_CURRENT) == "—"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.period == Period.month(2016, 3)
    assert cell(window.figures_model, "D02", FiguresTableModel.COL_CUMULATIVE) == "—"
