"""The grid's headers say what the columns hold for the period shown: 1-本月累计 for a month,
1-本季累计 for a quarter, 全年累计 for a year."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_model import ReturnTableModel


@pytest.fixture
def window(store: Store, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    assert install_translators("zh_CN")
    store.set_home_region("511921")
    win = build_main_window(store, "zh_CN", user="王五")
    qtbot.addWidget(win)
    yield win
    install_translators("en")


def headers(window: MainWindow) -> tuple[str, str]:
    assert window.page is not None
    model = window.page.model
    return (
        model.headerData(ReturnTableModel.COL_CUMULATIVE, Qt.Orientation.Horizontal),
        model.headerData(ReturnTableModel.COL_MOM, Qt.Orientation.Horizontal),
    )


def test_headers_follow_the_period_kind(window: MainWindow) -> None:
    window.set_period(Period.month(2016, 2))
    assert headers(window) == ("1-本月累计", "环比(%)")
    window.set_period(Period.parse("2016Q1"))
    assert headers(window) == ("1-本季累计", "环比(%)")
    window.set_period(Period.parse("2016"))
    assert headers(window) == ("全年累计", "比上年(%)")
    window.set_period(Period.month(2016, 3))
    assert headers(window) == ("1-本月累计", "环比(%)")
