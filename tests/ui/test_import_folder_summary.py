"""The window's folder import (issue 10, defect 5): a damaged file among good ones is refused on
its own, the good ones are stored, and the summary at the end lists every file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.i18n import translate
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store
from desktop_app.ui.import_preview import ImportPreviewDialog
from desktop_app.ui.main_window import MainWindow
from tests.exporting.hostile_xlsx import rewrite
from tests.ui.test_report_actions import MARCH, store, when_shown, window

__all__ = ["store", "window"]  # the demo county's copy, and the window on it


def test_a_folder_with_a_damaged_return_imports_the_rest_and_lists_every_file(
    window: MainWindow, store: Store, tmp_path: Path
) -> None:
    actions = window.report_actions
    exported = actions.export_excel()
    assert exported is not None
    folder = tmp_path / "收件"
    folder.mkdir()
    template = actions.excel().template("sc-county-monthly")
    sheet = template.mapping.sheets[0]
    cell = next(
        v.cell for v in sheet.values if v.indicator == "A01" and v.measure.value == "current"
    )
    wb = load_workbook(exported)
    before = wb[sheet.name][cell].value or 0
    wb[sheet.name][cell] = before + 7
    good = folder / "1_通江县.xlsx"
    wb.save(good)
    rewrite(good, folder / "2_损坏.xlsx", lambda d: d[: len(d) // 2])  # a truncated sheet
    (folder / "说明.txt").write_text("各县报表", encoding="utf-8")

    seen: dict[str, str] = {}

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        seen["applicable"] = str(len(dialog.applicable()))
        dialog.apply_button.click()

    def read_summary(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"], seen["files"] = box.text(), box.informativeText()
        box.grab().save(str(tmp_path / "summary.png"))
        box.accept()

    when_shown(ImportPreviewDialog, accept)
    when_shown(QMessageBox, read_summary)
    written = actions.import_paths([folder])

    assert seen["applicable"] == "1" and written == 1
    figures = FigureService(store.sessions).figures("511921", MARCH).by_code()["A01"].figures
    assert figures.current == before + 7
    lines = seen["files"].splitlines()
    assert lines[0] == translate("Excel", "{file}: imported, {count} values stored.").format(
        file="1_通江县.xlsx", count=1
    )
    refused = translate("Excel", "{file}: refused. {message}").format(
        file="2_损坏.xlsx", message=""
    )
    assert lines[1].startswith(refused) and "2_损坏.xlsx" in lines[1][len(refused) :]
    assert lines[2].startswith(
        translate("Excel", "{file}: skipped. {message}").format(file="说明.txt", message="")
    )
    assert seen["text"] == translate(
        "Excel",
        "{read} files imported ({count} values stored), {refused} refused, {skipped} skipped.",
    ).format(read=1, count=1, refused=1, skipped=1)
