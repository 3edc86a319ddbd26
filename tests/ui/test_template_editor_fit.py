"""The template editor fits a 1366×768 screen in both languages: every marker on the sheet is
read whole (its column widens, its row grows), and the Template tab never scrolls sideways, its
exported file name pattern shown whole. Measured with Qt's own item delegate and font metrics."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop_app.exporting.excel.mapping import split_coordinate
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators
from desktop_app.ui.template_editor import TemplateEditor
from tests.ui.test_template_editor_drafts import open_editor


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install_translators(request.param)
    yield request.param
    install_translators("en")


def _editor(qtbot: QtBot, store: Store, folder: Path) -> TemplateEditor:
    editor = open_editor(qtbot, store, folder)
    editor.resize(1200, 700)  # its size on a 1366×768 screen
    qtbot.wait(50)
    return editor


def test_every_marker_is_read_whole(
    store: Store, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    editor = _editor(qtbot, store, tmp_path)
    view, model, grid = editor.view, editor.model, editor.model.grid
    assert grid is not None
    delegate = view.itemDelegate()
    checked = 0
    for where, (kind, _label) in model.mapped.items():
        row, column = split_coordinate(where)
        cell = grid.cell(row, column)
        if kind == "anchor" or cell.covered or cell.span != (1, 1):
            continue
        index = model.index(row - 1, column - 1)
        width, height = view.columnWidth(column - 1), view.rowHeight(row - 1)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.features = QStyleOptionViewItem.ViewItemFeature.WrapText
        option.rect = QRect(0, 0, width, height)
        # What the delegate needs to draw the marker wrapped at the column's width
        need = delegate.sizeHint(option, index)
        assert need.height() <= height, (where, model.data(index), need.height(), height)
        checked += 1
    assert checked > 50  # the Sichuan form's figures, at least
    # Before: a marker wrapped onto four lines of a one-line row, its end cut off
    d11 = model.data(model.index(10, 3))
    assert d11.startswith("⟨") and d11.endswith("⟩")


def test_template_tab_fits_without_a_sideways_scroll_bar(
    store: Store, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    editor = _editor(qtbot, store, tmp_path)
    editor.tabs.setCurrentIndex(1)
    scroll = editor.tabs.widget(1)
    assert isinstance(scroll, QScrollArea)
    for table in (False, True):  # a region table's fields, their refusals shown too
        editor.table_box.setChecked(table)
        qtbot.wait(50)
        form = scroll.widget()
        assert form is not None
        assert form.minimumSizeHint().width() <= scroll.viewport().width()
        assert not scroll.horizontalScrollBar().isVisible()
    # The exported file name's pattern shows whole in its field
    edit = editor.file_name_edit
    pattern = edit.text()
    assert pattern == "{region_name}_{form_number}_{period}.xlsx"
    room = edit.contentsRect().width() - 2 * 2 - edit.textMargins().left() - 2 * 2
    assert edit.fontMetrics().horizontalAdvance(pattern) <= room
    assert edit.cursorPosition() == 0 or edit.hasFocus()
    # A refusal's long key breaks onto lines instead of widening the form
    problem = editor.form_problem_labels["table.first_row"]
    assert not problem.isHidden()
    assert problem.height() >= problem.heightForWidth(problem.width())
