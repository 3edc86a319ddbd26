"""The main window as a clerk has it before opening 地图: shown, on a period, at a region."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.services.store import Store
from desktop_app.ui.main_window import MainWindow


def main_window_at(store: Store, qtbot: QtBot, period: Period, region: str) -> MainWindow:
    """The main window on `store` (as 张晓燕, in Chinese), shown, at `region` in `period`, with
    地图 on there."""
    main = build_main_window(store, "zh_CN", user="张晓燕")
    qtbot.addWidget(main)
    main.set_period(period)
    main.show()
    qtbot.waitExposed(main)
    assert main.region_model is not None
    main.region_view.setCurrentIndex(main.region_model.find(region))
    assert main.map_action.isEnabled()
    return main
