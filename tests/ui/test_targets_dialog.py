"""年度目标 dialog (基础资料 ▸ 年度目标…): edit a target's kind and figure in place and see goal,
progress and pace (behind pace in red); split a target among the counties with the sum checked."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.indicators import Basis
from desktop_app.domain.periods import Period
from desktop_app.domain.targets import SplitMethod, TargetKind
from desktop_app.services.store import Store
from desktop_app.services.targets import TARGET_SETS, TargetService
from desktop_app.services.values import ValueService
from desktop_app.ui.targets_dialog import (
    BEHIND_BRUSH,
    SplitDialog,
    TargetsDialog,
    TargetsTableModel,
)

PREFECTURE = "511900"  # 巴中市: five counties
M = Period.month


@pytest.fixture
def service(store: Store) -> TargetService:
    v = ValueService(store.sessions, user="t")
    for code, end_2015, march in [("511921", "100", "103"), ("511922", "50", "52")]:
        v.set_text(code, "A08", M(2015, 12), end_2015)
        v.set_text(code, "A08", M(2016, 3), march)
    v.set_text("511921", "C02", M(2016, 3), "400.00", basis=Basis.YTD)
    return TargetService(store.sessions)


@pytest.fixture
def dialog(service: TargetService, qtbot: QtBot, qapp: QApplication) -> Iterator[TargetsDialog]:
    found = TargetsDialog(service, PREFECTURE, 2016, 3)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    yield found


def cell(model: TargetsTableModel, code: str, col: int, role: int = 0) -> object:
    return model.index(model.row_of(code), col).data(role or Qt.ItemDataRole.DisplayRole)


def test_targets_dialog_models_pass_modeltester(dialog: TargetsDialog, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(dialog.model)


def test_targets_dialog_new_units_typed_in_place_shows_progress_behind_pace(
    dialog: TargetsDialog, qtbot: QtBot
) -> None:
    model = dialog.model
    row = model.row_of("A08")
    # Given the kind set to new units first (no target yet: kept as a draft)
    model.setData(model.index(row, TargetsTableModel.COL_KIND), TargetKind.NEW_UNITS.value)
    qtbot.waitUntil(lambda: model.kind_of("A08") is TargetKind.NEW_UNITS)
    # When 20 new terminals are typed (full-width digits)
    model.setData(model.index(row, TargetsTableModel.COL_FIGURE), "２０")
    qtbot.waitUntil(lambda: model.row_at(model.row_of("A08")).target_set is not None)
    # Then 150 at the end of 2015 + 20 = a goal of 170; 155 in March is 5 of 20 = 25.0%,
    # exactly the straight-line pace of March: not behind.
    assert cell(model, "A08", TargetsTableModel.COL_GOAL) == "170"
    assert cell(model, "A08", TargetsTableModel.COL_DONE) == "5"
    assert cell(model, "A08", TargetsTableModel.COL_PROGRESS) == "25.0"
    assert cell(model, "A08", TargetsTableModel.COL_PACE) == "25.0"
    assert (
        cell(model, "A08", TargetsTableModel.COL_PROGRESS, Qt.ItemDataRole.ForegroundRole) is None
    )
    # When the target is raised to 40: 5 of 40 is 12.5%, behind the 25.0% expected, in red
    model.setData(model.index(model.row_of("A08"), TargetsTableModel.COL_FIGURE), "40")
    qtbot.waitUntil(lambda: cell(model, "A08", TargetsTableModel.COL_PROGRESS) == "12.5")
    assert (
        cell(model, "A08", TargetsTableModel.COL_PROGRESS, Qt.ItemDataRole.ForegroundRole)
        == BEHIND_BRUSH
    )
    tip = str(cell(model, "A08", TargetsTableModel.COL_PROGRESS, Qt.ItemDataRole.ToolTipRole))
    assert "25.0" in tip and "12.5" in tip
    # A growth target on a stock's new-units column is fine, new units on a flow is refused
    model.setData(model.index(model.row_of("C02"), TargetsTableModel.COL_KIND), "new_units")
    qtbot.waitUntil(lambda: model.kind_of("C02") is TargetKind.NEW_UNITS)
    model.setData(model.index(model.row_of("C02"), TargetsTableModel.COL_FIGURE), "10")
    qtbot.waitUntil(lambda: "C02" in dialog.message.text())
    assert model.row_at(model.row_of("C02")).target_set is None


def test_targets_dialog_loads_the_example_set(service: TargetService, qtbot: QtBot) -> None:
    found = TargetsDialog(service, "510000", 2016, 3)
    qtbot.addWidget(found)
    found.load_file(TARGET_SETS / "sichuan_2016.toml")
    model = found.model
    assert "4,000" in str(cell(model, "A08", TargetsTableModel.COL_FIGURE))
    # 150 + 4,000 = 4,150; 155 − 150 = 5 added: 0.125% → 0.1, behind 25.0
    assert cell(model, "A08", TargetsTableModel.COL_GOAL) == "4,150"
    assert cell(model, "A08", TargetsTableModel.COL_PROGRESS) == "0.1"
    assert "川办函〔2016〕21号 第28项" in str(cell(model, "A08", TargetsTableModel.COL_NOTE))
    assert "第10项" in found.message.text()


def test_targets_dialog_split_refused_until_the_parts_add_up(
    service: TargetService,
    qtbot: QtBot,
    qtmodeltester: Any,
) -> None:
    service.set_text(PREFECTURE, "A08", 2016, "100", TargetKind.NEW_UNITS)
    plan = service.split_plan(PREFECTURE, "A08", 2016, SplitMethod.EQUAL)
    split = SplitDialog(service, plan)
    qtbot.addWidget(split)
    split.show()
    qtmodeltester.check(split.model)
    save = split.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()  # 20 each
    # By hand: 通江 25 and the others 20 is 105, five too many: refused
    split.method_box.setCurrentIndex(split.method_box.findData(SplitMethod.BY_HAND.value))
    model = split.model
    model.setData(model.index(2, model.COL_PART), "25")
    assert not save.isEnabled()
    assert "105" in split.sum_label.text() and "5" in split.sum_label.text()
    model.setData(model.index(3, model.COL_PART), "abc")
    assert not save.isEnabled() and "南江县" in split.sum_label.text()
    model.setData(model.index(3, model.COL_PART), "１５")
    assert save.isEnabled()
    save.click()
    rows = {r.indicator.code: r for r in service.view("511921", 2016, 3).rows}
    assert rows["A08"].target_set is not None and rows["A08"].target_set.figure == Decimal(25)
    assert rows["A08"].target_set.method == "split_by_hand"
    rows = {r.indicator.code: r for r in service.view("511922", 2016, 3).rows}
    assert rows["A08"].target_set is not None and rows["A08"].target_set.figure == Decimal(15)
    # The city's dialog shows its counties' targets adding up to its own; 4 of 5 after one goes
    city = TargetsDialog(service, PREFECTURE, 2016, 3)
    qtbot.addWidget(city)
    assert cell(city.model, "A08", TargetsTableModel.COL_CHILDREN) == "100"
    service.set_text("511923", "A08", 2016, "", TargetKind.NEW_UNITS)
    city.reload()
    assert cell(city.model, "A08", TargetsTableModel.COL_CHILDREN) == "80 (4/5)"
    service.set_text("511923", "A08", 2016, "25", TargetKind.NEW_UNITS)
    city.reload()
    fg = Qt.ItemDataRole.ForegroundRole
    assert cell(city.model, "A08", TargetsTableModel.COL_CHILDREN) == "105"
    assert cell(city.model, "A08", TargetsTableModel.COL_CHILDREN, fg) == BEHIND_BRUSH
    tip = str(cell(city.model, "A08", TargetsTableModel.COL_CHILDREN, Qt.ItemDataRole.ToolTipRole))
    assert "105" in tip and "100" in tip


def test_targets_in_the_return_grid_new_points_not_against_the_whole_stock(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    from PySide6.QtCore import QTimer

    from desktop_app.app import build_main_window
    from desktop_app.ui.return_model import BEHIND_BRUSH as GRID_BEHIND
    from desktop_app.ui.return_model import ReturnTableModel

    # Given 75 village service points at the end of 2015, 80 in March 2016, and a target of
    # 10 new points this year
    v = ValueService(store.sessions, user="t")
    v.set_text("511921", "A04", M(2015, 12), "75")
    v.set_text("511921", "A04", M(2016, 3), "80")
    TargetService(store.sessions).set_text("511921", "A04", 2016, "10", TargetKind.NEW_UNITS)
    TargetService(store.sessions).set_text("511921", "D02", 2016, "1200")
    for month, people in [(1, "30"), (2, "30"), (3, "40")]:
        v.set_text("511921", "D02", M(2016, month), people, basis=Basis.OWN)
    store.set_home_region("511921")
    win = build_main_window(store, "en", user="t")
    qtbot.addWidget(win)
    win.set_period(M(2016, 3))
    win.show()
    qtbot.waitExposed(win)
    assert win.page is not None
    model = win.page.model
    a04 = model.row_of("A04")
    # When the return of March shows it: the goal is 85 points and 5 of the 10 are added,
    # 50.0% (not 80 ÷ 10 = 800%), on the 25.0% pace
    assert model.index(a04, ReturnTableModel.COL_TARGET).data() == "85"
    assert model.index(a04, ReturnTableModel.COL_PROGRESS).data() == "50.0"
    fg = Qt.ItemDataRole.ForegroundRole
    assert model.index(a04, ReturnTableModel.COL_PROGRESS).data(fg) is None
    # 100 of 1,200 trained by March is 8.3%, behind the 25.0% expected: red, with the reason
    d02 = model.row_of("D02")
    assert model.index(d02, ReturnTableModel.COL_PROGRESS).data() == "8.3"
    assert model.index(d02, ReturnTableModel.COL_PROGRESS).data(fg) == GRID_BEHIND
    tip = str(model.index(d02, ReturnTableModel.COL_PROGRESS).data(Qt.ItemDataRole.ToolTipRole))
    assert "25.0" in tip and "16.7" in tip
    # The dialog opens from the Data menu on the region shown, for the period's year
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TargetsDialog)
        seen.append(dialog.region_label.text())
        seen.append(str(dialog.model.index(dialog.model.row_of("A04"), 8).data()))
        dialog.reject()

    QTimer.singleShot(0, close_it)
    win.targets_action.trigger()
    assert seen and "2016" in seen[0] and seen[1] == "50.0"
