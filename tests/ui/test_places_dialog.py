"""乡镇和村 (基础资料 ▸ 乡镇和村…): rename in place, retire with a day, import a list with a preview
that gives every refused row's reason; 取消 writes nothing, 导入 writes the list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.issues import Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import PlanStatus
from desktop_app.i18n import issue_message, translate
from desktop_app.persistence.models import RegionRecord
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators
from desktop_app.ui.places_dialog import PlacesDialog, PlacesTableModel, PlanTableModel

COUNTY = "511921"


@pytest.fixture
def dialog(store: Store, qtbot: QtBot, qapp: QApplication) -> Iterator[PlacesDialog]:
    assert install_translators("zh_CN")
    regions = RegionQueries(store.sessions)
    regions.add("511921100", "诺江镇", COUNTY)
    regions.add("511921101", "民胜镇", COUNTY)
    regions.add("511921101201", "光明村", "511921101")
    found = PlacesDialog(regions, regions.get(COUNTY), today=date(2016, 7, 10))
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    yield found
    install_translators("en")


def place_count(store: Store) -> int:
    with store.sessions() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(RegionRecord)
                .where(RegionRecord.code.like(COUNTY + "_%"))
            )
            or 0
        )


def write_list(path: Path, rows: list[tuple[object, ...]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["统计用区划代码", "城乡分类代码", "名称"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def names(model: PlacesTableModel) -> list[str]:
    return [str(model.index(r, PlacesTableModel.COL_NAME).data()) for r in range(model.rowCount())]


def test_places_dialog_models_pass_modeltester(dialog: PlacesDialog, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(dialog.model)


def test_places_dialog_renames_in_place_and_retires_with_a_day(
    dialog: PlacesDialog, qtbot: QtBot, store: Store
) -> None:
    model = dialog.model
    assert names(model) == ["诺江镇", "民胜镇", "\u3000\u3000光明村"]
    township = translate("PlacesTableModel", "Township")
    assert model.index(0, PlacesTableModel.COL_LEVEL).data() == township
    # F2 on 诺江镇 opens its name; the new name is committed with Enter
    dialog.table.setCurrentIndex(model.index(0, PlacesTableModel.COL_CODE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not dialog.table
    editor.selectAll()  # type: ignore[attr-defined]
    editor.insert("诺江镇新")  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: names(model)[0] == "诺江镇新", timeout=2000)
    # Enter on a row opens its name too, and presses no button of the dialog
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert editor is not dialog.table and QApplication.activeModalWidget() is None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    # A sibling's name is refused in the dialog's message, nothing changes
    dialog.rename("511921100", "民胜镇")
    taken = {"code": "511921100", "name": "民胜镇", "other": "511921101"}
    assert dialog.message.text() == issue_message(Issue("region_name_taken", params=taken))
    assert names(model)[0] == "诺江镇新"
    # 民胜镇 retired after June with its village; the retired rows show when asked for
    seen: list[str] = []
    with qtbot.waitSignal(dialog.regions_changed):
        dialog.retire_on("511921101", date(2016, 6, 30))
    seen.append(dialog.message.text())
    assert names(model) == ["诺江镇新"]
    dialog.show_retired.setChecked(True)
    assert model.rowCount() == 3
    retired = model.index(1, PlacesTableModel.COL_RETIRED)
    assert retired.data() == "2016-06-30"
    assert retired.data(Qt.ItemDataRole.ForegroundRole) is not None
    dialog.table.setCurrentIndex(model.index(1, 0))
    assert dialog.reinstate_button.isEnabled() and not dialog.retire_button.isEnabled()
    dialog.reinstate()
    assert all(not model.place(r).retired for r in range(model.rowCount()))
    assert place_count(store) == 3


def test_places_dialog_import_preview_gives_reasons_cancel_writes_nothing_import_writes(
    dialog: PlacesDialog, store: Store, tmp_path: Path
) -> None:
    bad = write_list(
        tmp_path / "bad.xlsx",
        [
            ("511921102000", None, "广纳镇"),
            ("511921102201", "220", "新华村"),
            ("５１１９２１１０３", None, "铁佛镇"),  # full-width digits are read
            ("511922100000", None, "邻县镇"),
            ("511921109201", "220", "无乡村"),
        ],
    )
    before = place_count(store)
    preview = dialog.preview_file(bad)
    assert preview is not None and preview.isVisible()
    model = preview.model
    reasons = {
        model.index(r, PlanTableModel.COL_NAME).data(): model.index(
            r, PlanTableModel.COL_REASON
        ).data()
        for r in range(model.rowCount())
    }
    outside = {"code": "511922100", "parent": COUNTY}
    assert reasons["邻县镇"] == issue_message(Issue("region_code_outside_parent", params=outside))
    nowhere = {"code": "511921109201", "township": "511921109"}
    assert reasons["无乡村"] == issue_message(Issue("place_list_no_township", params=nowhere))
    assert reasons["铁佛镇"] == ""
    assert model.index(0, PlanTableModel.COL_STATUS).data() == translate("PlanTableModel", "new")
    assert model.index(3, PlanTableModel.COL_STATUS).data(Qt.ItemDataRole.BackgroundRole)
    assert not preview.import_button.isEnabled()
    preview.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
        QDialogButtonBox.StandardButton.Cancel
    ).click()
    assert not preview.isVisible() and place_count(store) == before

    good = write_list(
        tmp_path / "good.xlsx",
        [
            ("511921102201", "220", "新华村"),  # before its township
            ("511921102000", None, "广纳镇"),
            ("511921101000", None, "民胜乡"),  # renamed
        ],
    )
    preview = dialog.preview_file(good)
    assert preview is not None and preview.import_button.isEnabled()
    assert preview.model.rowCount() == 3
    preview.import_button.click()
    assert not preview.isVisible()
    assert preview.plan is not None and preview.plan.count(PlanStatus.NEW) == 2
    assert place_count(store) == before + 2
    assert "民胜乡" in names(dialog.model)
    assert dialog.message.text()  # what was imported is said


def test_places_dialog_adds_a_village_under_the_chosen_township(
    dialog: PlacesDialog, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QTimer

    from desktop_app.ui.add_region_dialog import AddRegionDialog

    under: list[str] = []

    def fill() -> None:
        active = QApplication.activeModalWidget()
        if not isinstance(active, AddRegionDialog):
            QTimer.singleShot(20, fill)
            return
        under.append(active.parent_region.code)
        active.code.setText("511921101203")
        active.name.insert("红星村")
        active.add()

    dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of("511921101201"), 0))
    assert dialog.add_village_button.isEnabled()
    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(dialog.regions_changed):
        dialog.add_village_button.click()
    assert under == ["511921101"]  # a village row adds under its township
    assert names(dialog.model) == ["诺江镇", "民胜镇", "\u3000\u3000光明村", "\u3000\u3000红星村"]
    assert dialog.current_place() is not None
    assert dialog.current_place().code == "511921101203"  # type: ignore[union-attr]


def test_places_dialog_from_the_data_menu_retires_out_of_the_tree_and_townships_page(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    from PySide6.QtCore import QTimer

    from desktop_app.app import build_main_window

    assert install_translators("zh_CN")
    store.set_home_region(COUNTY)
    regions = RegionQueries(store.sessions)
    regions.add("511921100", "诺江镇", COUNTY)
    regions.add("511921101", "民胜镇", COUNTY)
    window = build_main_window(store, "zh_CN", user="王五")
    qtbot.addWidget(window)
    window.set_period(Period.month(2016, 2))
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.units_page)
    page = window.units_page
    assert page is not None and page.screen_view is not None
    assert [u.code for u in page.screen_view.units] == ["511921100", "511921101"]
    assert window.region_model is not None
    assert window.region_model.find("511921101").isValid()

    def retire_and_close() -> None:
        active = QApplication.activeModalWidget()
        if not isinstance(active, PlacesDialog):
            QTimer.singleShot(20, retire_and_close)
            return
        active.retire_on("511921101", date(2016, 1, 31))
        active.reject()

    QTimer.singleShot(0, retire_and_close)
    window.places_action.trigger()  # 基础资料 ▸ 乡镇和村…
    assert [u.code for u in page.screen_view.units] == ["511921100"]  # February: gone
    assert not window.region_model.find("511921101").isValid()
    window.set_period(Period.month(2016, 1))  # January: still there
    assert [u.code for u in page.screen_view.units] == ["511921100", "511921101"]
    install_translators("en")
