"""The 报表 menu of the main window: export the province's return, import it back with a
preview, and open the monthly summary's print preview. Real files, real dialogs, offscreen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store
from desktop_app.ui.import_preview import ImportPreviewDialog
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.report_preview import ReportPreviewDialog
from desktop_app.ui.settings import UserSettings, save_settings

MARCH = Period.month(2025, 3)


@pytest.fixture
def store(demo_county_store: Store) -> Store:
    """A copy of the session's demo county (通江县, the home region, its bureau stored)."""
    return demo_county_store


@pytest.fixture
def window(store: Store, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    out = tmp_path / "out"
    out.mkdir()
    save_settings(UserSettings(bureau_name="通江县商务局", export_folder=str(out)), qs)
    win = build_main_window(store, "zh_CN", user="王五", settings_store=qs)
    qtbot.addWidget(win)
    win.set_period(MARCH)
    win.show()
    qtbot.waitExposed(win)
    return win


def when_shown(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Act on the first visible top-level widget of `kind` once a modal dialog shows it."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                then(widget)
                return
        QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


def test_export_then_import_a_changed_file_through_the_preview(
    window: MainWindow, store: Store, tmp_path: Path
) -> None:
    actions = window.report_actions
    assert actions.export_action in window.reports_menu.actions()
    exported = actions.export_excel()
    assert exported is not None and exported.parent == tmp_path / "out"
    assert "通江县" in exported.name

    # The clerk's colleague changes one figure of the returned file
    wb = openpyxl.load_workbook(exported)
    template = actions.excel().template("sc-county-monthly")
    value_cell = next(
        v
        for v in template.mapping.sheets[0].values
        if v.indicator == "A01" and v.measure.value == "current"
    )
    ws = wb[template.mapping.sheets[0].name]
    before = ws[value_cell.cell].value
    ws[value_cell.cell] = (before or 0) + 7
    wb.save(exported)

    seen: list[int] = []

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        seen.append(len(dialog.applicable()))
        dialog.apply_button.click()

    when_shown(ImportPreviewDialog, accept)
    assert install_translators("zh_CN")  # the status line as the clerk reads it
    said: list[str] = []
    actions.message.connect(lambda text, _refused: said.append(text))
    written = actions.import_paths([exported])
    assert seen == [1]
    assert said[-1] == "已从 1 个文件导入 1 个数值。"  # counts as Chinese says them, no "1 files"
    assert written == 1  # only the changed cell; the others say what is stored already
    # and a copy of the database was kept before the import wrote
    assert len(list((tmp_path / "backups").glob("xianbao-*-import-*.sqlite3"))) == 1
    figures = FigureService(store.sessions).figures("511921", MARCH).by_code()["A01"].figures
    assert figures.current == (before or 0) + 7


def test_monthly_summary_opens_its_print_preview(window: MainWindow) -> None:
    pages: list[int] = []

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportPreviewDialog)
        pages.append(dialog.page_count)
        dialog.close()

    when_shown(ReportPreviewDialog, close)
    pdf = window.report_actions.monthly_report()
    assert pdf is not None and pdf.exists()
    assert pdf.name == "通江县_月度汇总_2025年3月.pdf"  # named in the window's language
    assert pages and pages[0] >= 1
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "通江县" in text and "2025年3月" in text


def test_export_names_the_person_logged_in_as_preparer(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a database with accounts, where 李审核 has logged in on a PC whose settings name
    # somebody else as 填表人
    from desktop_app.domain.users import Role
    from tests.staff import CHEAP_HASHER

    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    out = tmp_path / "out"
    out.mkdir()
    save_settings(UserSettings(preparer="设置里的人", export_folder=str(out)), qs)
    win = build_main_window(store, "zh_CN", user="设置里的人", settings_store=qs)
    qtbot.addWidget(win)
    bundle = win.bundle
    assert bundle is not None
    bundle.users.hasher = CHEAP_HASHER
    bundle.users.add("admin", "管理员", Role.ADMIN, "admin-pass-1")  # the first is a 管理员
    bundle.users.add("li", "李审核", Role.REVIEWER, "review-pass-1")
    bundle.log_in("li", "review-pass-1")
    win.set_period(MARCH)
    # When the return is exported
    exported = win.report_actions.export_excel()
    assert exported is not None
    # Then its 填表人 is the person logged in, whom the audit names too
    texts = [
        str(cell.value)
        for row in openpyxl.load_workbook(exported).worksheets[0].iter_rows()
        for cell in row
        if cell.value is not None
    ]
    assert any("李审核" in text for text in texts)
    assert not any("设置里的人" in text for text in texts)
