"""Townships and villages are added in the window (乡镇分列 ▸ 添加乡镇…), not only by a command."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.ui.add_region_dialog import AddRegionDialog
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow

FEB = Period.month(2016, 2)


@pytest.fixture
def window(store: Store, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    assert install_translators("zh_CN")
    store.set_home_region("511921")
    win = build_main_window(store, "zh_CN", user="王五")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.units_page)
    yield win
    install_translators("en")


def answer_dialog(qtbot: QtBot, steps: list[tuple[str, str]], seen: list[str]) -> None:
    """Type each (code, name) into the modal dialog and press Enter; after a refusal the dialog
    stays open with its sentence (kept in `seen`), and the next step is typed into it."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AddRegionDialog):
            QTimer.singleShot(20, act)
            return
        code, name = steps.pop(0)
        dialog.code.selectAll()
        qtbot.keyClicks(dialog.code, code)
        # Chinese comes from an input method, which commits the text whole (QTest types ASCII).
        dialog.name.setFocus()
        dialog.name.selectAll()
        dialog.name.insert(name)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        if dialog.isVisible():
            seen.append(dialog.message.text())
            if steps:
                QTimer.singleShot(0, act)
            else:
                dialog.reject()

    QTimer.singleShot(0, act)


def test_a_township_is_added_from_the_townships_tab(window: MainWindow, qtbot: QtBot) -> None:
    page = window.units_page
    assert page.add_button.isVisible() and page.add_button.text().startswith("添加乡镇")
    assert "还没有乡镇" in page.empty_line.text()
    seen: list[str] = []
    # A code too short, then one outside the county: each refused in the dialog, which stays
    # open with the sentence (in Chinese, level names too); then a good one.
    steps = [("51192110", "民胜镇"), ("512000100", "外县镇"), ("511921100", "诺江镇")]
    answer_dialog(qtbot, steps, seen)
    page.add_button.click()
    assert len(seen) == 2
    assert "51192110" in seen[0] and "乡镇" in seen[0] and "township" not in seen[0]
    assert "512000100" in seen[1] and "511921" in seen[1]
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "诺江镇" in headers
    assert [r.code for r in RegionQueries(window._regions.sessions).children("511921")] == [  # type: ignore[union-attr]
        "511921100"
    ]
    # The tree shows the new township under the county, and the county stays chosen.
    assert window.region_model is not None
    assert window.region_model.find("511921100").isValid()
    assert window.region_view.currentIndex().data(window.region_model.CodeRole) == "511921"
    assert "诺江镇" in page.message_line.text()


def test_a_refused_township_writes_nothing_and_cancel_closes(
    window: MainWindow, qtbot: QtBot
) -> None:
    seen: list[str] = []
    answer_dialog(qtbot, [("511921100", "")], seen)  # no name
    window.units_page.add_button.click()
    assert len(seen) == 1 and seen[0]
    assert RegionQueries(window._regions.sessions).children("511921") == []  # type: ignore[union-attr]
