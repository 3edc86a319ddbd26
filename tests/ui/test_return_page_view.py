"""What the return page shows around its grid, as the screenshots showed it wrong: an explained
warning still asking for its 情况说明, a status line saying "submitted" twice, a saved figure
without its separators, an empty list of checks taking the grid's room, and English headers
that cut the indicators' names and pushed the grid wider than a 1280 px window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService
from desktop_app.ui.explanation_dialog import ExplanationDialog
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_model import ReturnTableModel
from desktop_app.ui.return_page import ReturnPage
from tests.ui.test_main_window import FEB, fill_everything

COUNTY = "511921"
Q1 = Period.quarter(2016, 1)


def open_window(store: Store, qtbot: QtBot, language: str) -> MainWindow:
    assert install_translators(language)
    store.set_home_region(COUNTY)
    win = build_main_window(store, language, user="李四")
    qtbot.addWidget(win)
    win.set_period(FEB)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(store: Store, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    fill_everything(store)  # A04 fell from 12 to 10: the one warning, wanting a 情况说明
    yield open_window(store, qtbot, "zh_CN")
    install_translators("en")


def page_of(window: MainWindow) -> ReturnPage:
    assert window.page is not None
    return window.page


def explain_when_asked(text: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExplanationDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.text_edit.insertPlainText(text)
        dialog.text_edit.setFocus()
        from PySide6.QtTest import QTest

        QTest.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, answer)


def issue_lines(page: ReturnPage) -> list[str]:
    model = page.issue_model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


# --- 1: an explained warning shows as explained ----------------------------------------------------
def test_an_explained_warning_shows_its_explanation_after_submitting(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = page_of(window)
    [before] = issue_lines(page)
    assert "A04" in before and "情况说明" in before  # asks for one
    explain_when_asked("撤并了两个服务点")
    assert page.submit()
    # Then the list says A04's warning is explained, with the text, and no longer asks
    [line] = issue_lines(page)
    assert "A04" in line and "撤并了两个服务点" in line
    assert line != before and "请填写情况说明" not in line
    # its tooltip still says what the warning was
    assert page.issue_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == before[2:]
    # and a page opened afresh on the submitted return says the same
    page.screen_view = None
    page.issue_model.set_issues([])
    page.refresh()
    assert issue_lines(page) == [line]


# --- 2: the status line says "submitted" once ------------------------------------------------------
def test_the_status_line_of_a_submitted_return_says_so_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = page_of(window)
    explain_when_asked("撤并")
    assert page.submit()
    text = page.status_line.text()
    assert text.count("报送") == 1, text
    assert "李四" in text


# --- 3: a saved figure is written as the grid writes it ------------------------------------------
def test_the_saved_message_writes_the_figure_as_the_grid_does(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = page_of(window)
    model = page.model
    # An amount (万元, two decimals) typed without separators
    row = next(
        r
        for r in range(model.rowCount())
        if model.row_at(r).item is not None
        and model.row_at(r).item.indicator.scale == 2  # type: ignore[union-attr]
        and model.is_editable(model.index(r, ReturnTableModel.COL_CURRENT))
    )
    code = model.row_at(row).code
    assert code is not None
    index = model.index(row, ReturnTableModel.COL_CURRENT)
    assert model.setData(index, "12345.6")
    shown = str(index.data())
    assert shown == "12,345.60"  # the reference: two decimals, a comma between thousands
    assert page.message_line.text().endswith(shown)
    assert code in page.message_line.text()
    # A count as well
    a04 = model.index(model.row_of("A04"), ReturnTableModel.COL_CURRENT)
    assert model.setData(a04, "3200")
    assert page.message_line.text().endswith("3,200")


# --- 4: an empty list of checks leaves the room to the grid --------------------------------------
def test_no_checks_no_list_and_the_grid_takes_the_room(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    window.resize(1280, 760)
    assert page.issue_view.isVisible()
    one_row = page.issue_view.sizeHintForRow(0)
    # One warning: the list is one line high, not ~100 px
    qtbot.waitUntil(lambda: page.issue_view.height() <= one_row + 2 * page.issue_view.frameWidth())
    grid_before = page.view.height()
    # The figure corrected: no warning left, the list goes, the status line counts 0 and 0
    a04 = page.model.index(page.model.row_of("A04"), ReturnTableModel.COL_CURRENT)
    assert page.model.setData(a04, "12")
    assert page.issue_model.rowCount() == 0
    qtbot.waitUntil(lambda: not page.issue_view.isVisible())
    assert "0" in page.status_line.text()
    qtbot.waitUntil(lambda: page.view.height() > grid_before)
    # and comes back with a warning
    assert page.model.setData(a04, "9")
    qtbot.waitUntil(lambda: page.issue_view.isVisible())


# --- 5: the headers fit at 1280 px, the names get the rest ----------------------------------------
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("period", [FEB, Q1], ids=["month", "quarter"])
def test_the_grid_fits_1280_px_with_whole_headers(
    store: Store, qtbot: QtBot, qapp: QApplication, language: str, period: Period
) -> None:
    values = ValueService(store.sessions, user="t")
    values.set_text(COUNTY, "C01", FEB, "1234567.89")  # an amount as wide as they come
    window = open_window(store, qtbot, language)
    try:
        window.set_period(period)
        window.resize(1280, 720)
        page = page_of(window)
        view = page.view
        qtbot.waitUntil(lambda: window.width() == 1280)
        qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible())
        header = view.horizontalHeader()
        model = view.model()
        for col in range(model.columnCount()):
            if col == ReturnTableModel.COL_NAME:
                continue
            text = str(model.headerData(col, Qt.Orientation.Horizontal))
            # every word of a header within its column (two lines at most)
            widest = max(header.fontMetrics().horizontalAdvance(w) for w in text.split())
            assert view.columnWidth(col) > widest, text
            lines = header.fontMetrics().boundingRect(
                0, 0, view.columnWidth(col) - 8, 1000, Qt.TextFlag.TextWordWrap, text
            )
            assert lines.height() <= 2 * header.fontMetrics().lineSpacing() + 1, text
            assert header.height() >= lines.height(), text
        # the name column gets the rest: the names of a county's return at least 28 characters
        name = view.columnWidth(ReturnTableModel.COL_NAME)
        assert name >= view.fontMetrics().averageCharWidth() * 28
        total = sum(view.columnWidth(c) for c in range(model.columnCount()))
        assert total <= view.viewport().width()
        # and the figure typed shows whole
        c01 = model.index(page.model.row_of("C01"), ReturnTableModel.COL_CUMULATIVE)
        assert view.fontMetrics().horizontalAdvance(str(c01.data())) < view.columnWidth(
            ReturnTableModel.COL_CUMULATIVE
        )
    finally:
        install_translators("en")
