"""指标管理 driven as a clerk drives it: 基础资料 → 指标管理…, 添加, a refused form that keeps what
was typed, then the indicator in the open return's grid, in the template editor's list and in the
printed monthly summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.indicators import Temporal, ValueKind
from desktop_app.domain.local_indicators import IndicatorDraft
from desktop_app.domain.periods import Period
from desktop_app.services.store import Store
from desktop_app.ui.indicators_dialog import IndicatorForm, IndicatorsDialog, IndicatorTableModel
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.template_editor import TemplateEditor

MARCH = Period.month(2025, 3)
COUNTY = "511921"


@pytest.fixture
def window(store: Store, qtbot: QtBot, chinese: None) -> MainWindow:
    store.set_home_region(COUNTY)
    win = build_main_window(store, "zh_CN", user="王会计")
    qtbot.addWidget(win)
    win.set_period(MARCH)
    win.show()
    qtbot.waitExposed(win)
    return win


def when_open(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Run `then` on the modal dialog of `kind` once it is open; close it if `then` fails, so
    that a failed step cannot leave the test waiting on a dialog."""

    def step() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(10, step)
            return
        try:
            then(widget)
        except BaseException:
            widget.close()
            raise

    QTimer.singleShot(0, step)


def type_into(widget: QWidget, text: str) -> None:
    """Characters as a keyboard or an IME delivers them (QTest knows only ASCII keys)."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def fill(form: IndicatorForm, code: str) -> None:
    form.code.clear()
    type_into(form.code, code)
    type_into(form.name_zh, "直播带货场次")
    type_into(form.name_en, "Live-stream sales sessions")
    form.group.setCurrentIndex(form.group.findData("C"))
    form.unit.setCurrentText("场")
    form.kind.setCurrentIndex(form.kind.findData(ValueKind.COUNT.value))
    form.temporal.setCurrentIndex(form.temporal.findData(Temporal.FLOW.value))
    type_into(form.maximum, "１０００")


def test_indicators_dialog_adds_an_indicator_seen_in_grid_template_editor_and_report(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert window.page is not None and window.bundle is not None
    assert "G01" not in window.page.model.codes()
    seen: dict[str, object] = {}

    def in_form(form: QWidget) -> None:
        assert isinstance(form, IndicatorForm)
        # A shipped code is refused in the form, which stays open with what was typed
        fill(form, "A01")
        save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["refusal"] = form.message.text()
        seen["kept"] = (form.isVisible(), form.name_zh.text(), form.maximum.text())
        seen["focus"] = form.focusWidget() is form.code
        # The code corrected (typed full-width, as an IME may), it is saved
        form.code.clear()
        type_into(form.code, "Ｇ01")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    def in_list(dialog: QWidget) -> None:
        assert isinstance(dialog, IndicatorsDialog)
        seen["before"] = dialog.model.row_of("G01")
        when_open(IndicatorForm, in_form)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # the form, modal
        row = dialog.model.row_of("G01")
        seen["row"] = row
        seen["origin"] = dialog.model.index(row, IndicatorTableModel.COL_ORIGIN).data()
        seen["tip"] = dialog.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        seen["message"] = dialog.message.text()
        dialog.reject()

    when_open(IndicatorsDialog, in_list)
    window.indicators_action.trigger()

    assert seen["before"] == -1
    assert "A01" in str(seen["refusal"])
    assert seen["kept"] == (True, "直播带货场次", "１０００")
    assert seen["focus"]
    assert isinstance(seen["row"], int) and seen["row"] >= 0
    assert seen["origin"] == "本地"
    assert "王会计" in str(seen["tip"])  # who added it, and when
    assert "G01" in str(seen["message"])

    # The open return shows it at once, at the end of its group (交易), typed like any other
    model = window.page.model
    codes = model.codes()
    assert "G01" in codes and codes.index("G01") == codes.index("C03") + 1
    row = codes.index("G01")
    assert "直播带货场次" in str(model.index(row, model.COL_NAME).data())
    window.bundle.values.set_text(COUNTY, "G01", MARCH, "１２")
    window.refresh()
    keyed = model.index(row, model.keyed_column(model.row_at(row))).data()
    assert str(keyed) == "12"

    # The template editor offers it for a cell
    editor = TemplateEditor(window.bundle.excel, tmp_path / "templates")
    qtbot.addWidget(editor)
    assert editor.indicator_combo.findData("G01") >= 0
    assert "直播带货场次" in editor.indicator_combo.itemText(editor.indicator_combo.findData("G01"))

    # The monthly summary prints it with its figure
    out = tmp_path / "月报.pdf"
    window.bundle.reports.monthly_summary(COUNTY, MARCH, out)
    lines = [
        line.strip() for page in PdfReader(out).pages for line in page.extract_text().splitlines()
    ]
    at = lines.index("直播带货场次")
    assert lines[at + 1 : at + 3] == ["场", "12"]


def test_indicators_dialog_removes_hides_and_refuses(
    window: MainWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    assert window.page is not None and window.bundle is not None
    values = window.bundle.values
    window.bundle.catalogue.add(
        IndicatorDraft("G01", "直播带货场次", "", "C", "场", ValueKind.COUNT, Temporal.FLOW)
    )
    window.bundle.catalogue.add(
        IndicatorDraft("G02", "直播间数", "", "C", "个", ValueKind.COUNT, Temporal.STOCK)
    )
    values.set_text(COUNTY, "G01", MARCH, "4")
    values.set_text(COUNTY, "G01", MARCH, "")  # cleared: its history stays
    values.set_text(COUNTY, "B04", MARCH, "3")
    window.refresh()
    dialog = IndicatorsDialog(window.bundle.catalogue, "zh_CN", window)
    qtbot.addWidget(dialog)
    dialog.catalogue_changed.connect(window.refresh)
    # A built-in one with values is refused, saying how many and where
    assert dialog.select("B04")
    assert not dialog.edit_button.isEnabled()  # built-in: not edited here
    assert dialog.remove_selected(confirm=False) is None
    assert "通江县" in dialog.message.text() and "B04" in dialog.message.text()
    # One a template maps is refused, naming the template
    assert dialog.select("B07") and dialog.remove_selected(confirm=False) is None
    assert "样表" in dialog.message.text() or "月报表" in dialog.message.text()
    # A local one never keyed is deleted; one with history is hidden, then shown again
    assert dialog.select("G02") and dialog.edit_button.isEnabled()
    removed = dialog.remove_selected(confirm=False)
    assert removed is not None and removed.action == "removed"
    assert dialog.model.row_of("G02") == -1 and "G02" not in window.page.model.codes()
    assert dialog.select("G01")
    hidden = dialog.remove_selected(confirm=False)
    assert hidden is not None and hidden.action == "hidden"
    assert "G01" not in window.page.model.codes()
    row = dialog.model.row_of("G01")
    assert "已隐藏" in str(dialog.model.index(row, IndicatorTableModel.COL_ORIGIN).data())
    assert dialog.show_button.isEnabled() and not dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert "G01" in window.page.model.codes()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
