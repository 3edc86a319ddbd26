"""The registers window (台账) on a real SQLite file, driven as a clerk drives it: the menu, the
form (full-width digits in a date), the grid (filter, sort), the history, removal, a stale edit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.services.bundle import ServiceBundle, build_bundle
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators
from desktop_app.ui.register_form import RegisterForm
from desktop_app.ui.registers_window import (
    RegisterPage,
    RegistersWindow,
    RegisterTableModel,
)

COUNTY = "511921"
TOWNS = [("511921100", "诺江镇"), ("511921101", "民胜镇")]
VILLAGES = [("511921100201", "红旗村", "511921100"), ("511921101202", "金山村", "511921101")]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert install_translators("en")
    yield


@pytest.fixture
def places(store: Store) -> Store:
    store.set_home_region(COUNTY)
    regions = RegionQueries(store.sessions)
    for code, name in TOWNS:
        regions.add(code, name, COUNTY)
    for code, name, town in VILLAGES:
        regions.add(code, name, town)
    return store


@pytest.fixture
def bundle(places: Store) -> ServiceBundle:
    return build_bundle(places, "王五")


@pytest.fixture
def window(bundle: ServiceBundle, qtbot: QtBot, english: None) -> RegistersWindow:
    win = RegistersWindow(bundle, COUNTY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def when_open(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Run `then` on the modal dialog of `kind` once it is open; close it if `then` fails."""

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


def shown(page: RegisterPage, column: int) -> list[str]:
    proxy = page.proxy
    return [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


def column_of(page: RegisterPage, key: str) -> int:
    return 1 + page.spec.keys.index(key)


def add_point(bundle: ServiceBundle, place: str, **values: object) -> None:
    bundle.registers.add("service_points", place, values)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_registers_menu_opens_one_window_on_the_county_with_counts(
    places: Store, qtbot: QtBot, english: None
) -> None:
    win = build_main_window(places, "en", user="王五")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.bundle is not None
    add_point(win.bundle, "511921100", name="诺江镇站", level="township", opened=date(2020, 1, 1))
    win.register_actions.update_counts()  # as the menu does when it opens
    texts = [action.text() for action in win.registers_menu.actions()]
    assert "Service points register (1)…" in texts
    assert "Training sessions register (0)…" in texts
    # When the training register is chosen, the window opens on the home county's training tab
    training = next(a for a in win.registers_menu.actions() if a.text().startswith("Training"))
    training.trigger()
    opened = win.register_actions.window
    assert opened is not None and opened.isVisible()
    assert opened.county_code == COUNTY
    assert opened.current_page().spec.key == "training"
    assert opened.tabs.tabText(0) == "Service points (1)"
    # an import offers to count the year the window shows (not today's)
    page_year = opened.current_page().year
    assert page_year is not None and page_year() == win.period.year
    # and the service points action raises the same window on its own tab
    win.registers_menu.actions()[0].trigger()
    assert win.register_actions.window is opened
    assert opened.current_page().spec.key == "service_points"
    assert shown(opened.current_page(), RegisterTableModel.COL_PLACE) == ["诺江镇"]
    # A row removed in the window tells the main window (its return reads derived counts again)
    with qtbot.waitSignal(win.register_actions.rows_changed, timeout=1000):
        assert opened.current_page().remove_row(confirm=False)
    win.register_actions.update_counts()
    assert win.registers_menu.actions()[0].text() == "Service points register (0)…"


def test_register_model_passes_modeltester(
    window: RegistersWindow, bundle: ServiceBundle, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    add_point(bundle, "511921100201", name="红旗村点", level="village", opened=date(2020, 1, 1))
    page = window.show_register("service_points")
    page.reload()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    # and stays sound as a row is added, changed and removed in place (the testers watch)
    added = bundle.registers.add(
        "service_points",
        "511921101202",
        {"name": "金山村点", "level": "village", "opened": date(2021, 1, 1)},
    )
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.model.put_row(added)
    changed = bundle.registers.edit(
        added.id, added.version, added.region_code, {**added.values, "phone": "110"}
    )
    page.model.put_row(changed)
    assert page.model.drop_row(changed.id)
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["红旗村点"]


def test_register_row_added_edited_filtered_sorted_and_removed(
    window: RegistersWindow, bundle: ServiceBundle, qtbot: QtBot, tmp_path: Path
) -> None:
    page = window.show_register("service_points")
    assert page.count_label.text() == "Rows: 0, shown: 0"

    # Given the form filled as a clerk types it: the village by part of its name, the date with
    # full-width digits from a Chinese IME, the funds likewise
    def fill(form: QWidget) -> None:
        assert isinstance(form, RegisterForm)
        form.place_box.setEditText("红旗村")
        form.editors["name"].setText("红旗村电商服务点")  # type: ignore[attr-defined]  # an IME commits it whole
        level = form.editors["level"]
        level.setCurrentIndex(level.findText("Village point"))  # type: ignore[attr-defined]
        form.editors["opened"].setText("２０２４年３月５日")  # type: ignore[attr-defined]
        form.editors["poor_village"].setChecked(True)  # type: ignore[attr-defined]
        form.editors["funded_amount"].setText("１２．５")  # type: ignore[attr-defined]
        form.buttons.button(form.buttons.StandardButton.Ok).click()

    when_open(RegisterForm, fill)
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    # Then it is stored and shown, selected, with its values as the register keeps them
    rows = bundle.registers.rows("service_points", COUNTY)
    assert len(rows) == 1
    stored = rows[0]
    assert stored.region_code == "511921100201"
    assert stored.get("opened") == date(2024, 3, 5)
    assert stored.get("funded_amount") == Decimal("12.5")
    assert stored.get("poor_village") is True
    assert shown(page, RegisterTableModel.COL_PLACE) == ["诺江镇 / 红旗村"]
    assert shown(page, column_of(page, "opened")) == ["2024-03-05"]
    assert shown(page, column_of(page, "level")) == ["Village point"]
    assert shown(page, column_of(page, "poor_village")) == ["Yes"]
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "511921100201"
    assert page.selected() is not None and page.selected().id == stored.id  # type: ignore[union-attr]
    assert window.message_line.text() == "Added “红旗村电商服务点”."
    assert window.tabs.tabText(0) == "Service points (1)"

    # When it is edited with F2 (an address added, the funds cleared)
    def change(form: QWidget) -> None:
        assert isinstance(form, RegisterForm)
        assert form.editors["opened"].text() == "2024-03-05"  # type: ignore[attr-defined]
        form.editors["address"].setText("红旗村一组")  # type: ignore[attr-defined]
        form.editors["funded_amount"].setText("")  # type: ignore[attr-defined]
        form.accept()

    when_open(RegisterForm, change)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert shown(page, column_of(page, "address")) == ["红旗村一组"]
    assert shown(page, column_of(page, "funded_amount")) == [""]

    # Then its history says who did what: the add, then the change of two fields
    dialog = page.history_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    model = dialog.model
    lines = [
        [str(model.index(r, c).data()) for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert ["王五", "typed", "changed", "Address", "—", "红旗村一组"] in lines
    assert ["王五", "typed", "changed", "Project funds (10k yuan)", "12.5", "—"] in lines
    assert ["王五", "typed", "added", "Opened", "—", "2024-03-05"] in lines
    assert ["王五", "typed", "added", "Place", "—", "诺江镇 / 红旗村 (511921100201)"] in lines

    # Given two more points, the grid filters by any text and by level, and sorts numbers and
    # dates as such (9 before 12.5, which text would put the other way round)
    add_point(
        bundle, "511921101202", name="金山村电商服务点", level="village",
        opened=date(2019, 9, 9), funded_amount=Decimal("9"),
    )  # fmt: skip
    add_point(
        bundle, "511921100", name="诺江镇电商服务站", level="township",
        opened=date(2017, 3, 5), funded_amount=Decimal("12.5"),
    )  # fmt: skip
    page.reload()
    assert page.count_label.text() == "Rows: 3, shown: 3"
    page.filter_edit.setText("金山")
    assert shown(page, column_of(page, "name")) == ["金山村电商服务点"]
    assert page.count_label.text() == "Rows: 3, shown: 1"
    page.filter_edit.clear()
    page.choice_box.setCurrentIndex(page.choice_box.findData("village"))
    assert sorted(shown(page, column_of(page, "name"))) == ["红旗村电商服务点", "金山村电商服务点"]
    page.choice_box.setCurrentIndex(0)
    page.view.sortByColumn(column_of(page, "opened"), Qt.SortOrder.AscendingOrder)
    assert shown(page, column_of(page, "opened")) == ["2017-03-05", "2019-09-09", "2024-03-05"]
    page.view.sortByColumn(column_of(page, "funded_amount"), Qt.SortOrder.AscendingOrder)
    assert shown(page, column_of(page, "funded_amount")) == ["", "9", "12.5"]

    # The rows shown export in the order shown
    page.filter_edit.setText("电商服务点")
    exported = page.export_rows(tmp_path / "points.xlsx")
    assert exported is not None
    sheet = openpyxl.load_workbook(exported).active
    assert sheet is not None
    assert [sheet.cell(r, 3).value for r in (3, 4)] == ["红旗村电商服务点", "金山村电商服务点"]
    assert sheet.max_row == 4
    page.filter_edit.clear()

    # When the first point is removed with Del and the question answered Yes
    page.select_id(stored.id)  # type: ignore[arg-type]
    when_open(
        QMessageBox,
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(),  # type: ignore[attr-defined, union-attr]
    )
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    # Then it is gone from the store and the grid, its history kept with the removal
    names = [row.name for row in bundle.registers.rows("service_points", COUNTY)]
    assert sorted(names) == ["诺江镇电商服务站", "金山村电商服务点"]
    assert "红旗村电商服务点" not in shown(page, column_of(page, "name"))
    assert page.count_label.text() == "Rows: 2, shown: 2"
    assert [h.action for h in bundle.registers.history(stored.id)] == ["add", "change", "remove"]  # type: ignore[arg-type]


def test_register_form_names_bad_cells_and_a_stale_edit_stays_open(
    window: RegistersWindow, bundle: ServiceBundle, places: Store, qtbot: QtBot
) -> None:
    other = build_bundle(places, "赵六")  # another clerk's program on the same file
    add_point(
        bundle, "511921100", name="诺江镇电商服务站", level="township", opened=date(2017, 3, 5)
    )
    page = window.show_register("service_points")
    page.reload()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    seen: dict[str, str] = {}

    def edit(form: QWidget) -> None:
        assert isinstance(form, RegisterForm)
        # Given text in a number field and an impossible date: each is named beside its field
        form.editors["funded_amount"].setText("十万")  # type: ignore[attr-defined]
        form.editors["closed"].setText("2024-02-30")  # type: ignore[attr-defined]
        form.accept()
        assert form.isVisible()
        seen["amount"] = form.errors["funded_amount"].text()
        seen["closed"] = form.errors["closed"].text()
        # When they are corrected but another clerk changes the row before OK
        form.editors["funded_amount"].setText("５")  # type: ignore[attr-defined]
        form.editors["closed"].setText("")  # type: ignore[attr-defined]
        row = bundle.registers.rows("service_points", COUNTY)[0]
        other.registers.edit(row.id, row.version, row.region_code, {**row.values, "phone": "110"})
        form.accept()
        # Then the form refuses, says who changed the row, and keeps what was typed
        assert form.isVisible()
        seen["message"] = form.message.text()
        seen["typed"] = form.editors["funded_amount"].text()  # type: ignore[attr-defined]
        form.reject()

    when_open(RegisterForm, edit)
    assert page.edit_row() is None
    assert (
        seen["amount"]
        == "Project funds (10k yuan): “十万” is not a number; type digits (full-width digits are fine)."
    )
    assert seen["closed"].startswith("Closed: “2024-02-30” is not a date")
    assert "赵六 changed “诺江镇电商服务站” after you opened it" in seen["message"]
    assert seen["typed"] == "５"
    # Nothing of the refused edit was written; the grid shows the other clerk's change
    row = bundle.registers.rows("service_points", COUNTY)[0]
    assert row.get("funded_amount") is None and row.get("phone") == "110"
    assert shown(page, column_of(page, "phone")) == ["110"]


def test_register_form_designation_named_by_its_label(
    window: RegistersWindow, bundle: ServiceBundle
) -> None:
    page = window.show_register("designations")
    seen: dict[str, str] = {}

    def fill(form: QWidget) -> None:
        assert isinstance(form, RegisterForm)
        # The county itself is a place of this register; a required choice left blank is named
        form.place_box.setEditText("通江县")
        form.editors["year"].setText("２０１７")  # type: ignore[attr-defined]
        form.accept()
        seen["missing"] = form.errors["designation"].text()
        choice = form.editors["designation"]
        choice.setCurrentIndex(choice.findData("demo_county"))  # type: ignore[attr-defined]
        form.accept()

    page.filter_edit.setText("省级")  # a filter the new row does not pass
    when_open(RegisterForm, fill)
    saved = page.add_row()
    assert seen["missing"] == "A row needs its Designation."
    assert saved is not None and saved.region_code == COUNTY and saved.get("year") == 2017
    text = "Added “Comprehensive demonstration county”; the filter hides it."
    assert window.message_line.text() == text
    assert page.count_label.text() == "Rows: 1, shown: 0"
    page.filter_edit.clear()
    assert shown(page, column_of(page, "designation")) == ["Comprehensive demonstration county"]
