"""The print preview of a PDF report: it opens, paints every page on A4 in the PDF's orientation,
prints through a real QPrinter, saves a copy, and closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Period
from desktop_app.services.reports import ReportService
from desktop_app.services.store import Store
from desktop_app.ui.report_preview import ReportPreviewDialog, preview_report


@pytest.fixture
def report(store: Store, tmp_path: Path) -> Path:
    """A real monthly summary (of a county without figures yet: every cell is "—")."""
    out = tmp_path / "月报.pdf"
    ReportService(store.sessions).monthly_summary("511921", Period.month(2025, 3), out)
    return out


def test_report_preview_opens_paints_every_page_and_closes(
    report: Path, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    dialog = ReportPreviewDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pages = len(PdfReader(report).pages)
    assert dialog.page_count == pages >= 1
    qtbot.waitUntil(lambda: dialog.pages_painted >= pages, timeout=10_000)
    layout = dialog.report_printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None and dialog.save_action in toolbar.actions()
    # Save as: a copy of the very file, ".pdf" added
    saved = dialog.save_as(tmp_path / "copy")
    assert saved == tmp_path / "copy.pdf"
    assert saved.read_bytes() == report.read_bytes()
    dialog.close()
    assert not dialog.isVisible()


def test_report_preview_prints_every_page_through_a_printer(
    report: Path, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    dialog = ReportPreviewDialog(report)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPageLayout(dialog.report_printer.pageLayout())
    dialog.paint_pages(printer)
    out = PdfReader(printed)
    assert len(out.pages) == dialog.page_count
    width, height = (float(v) for v in out.pages[0].mediabox.upper_right)
    assert abs(width - A4[0]) < 2 and abs(height - A4[1]) < 2


def test_report_preview_follows_a_landscape_pdf(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    wide = tmp_path / "wide.pdf"
    canvas = Canvas(str(wide), pagesize=landscape(A4))
    canvas.drawString(72, 72, "landscape")
    canvas.showPage()
    canvas.save()
    dialog = ReportPreviewDialog(wide)
    qtbot.addWidget(dialog)
    assert dialog.report_printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape


def test_report_preview_function_is_modal_and_returns(
    report: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    closed: list[str] = []

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, ReportPreviewDialog)
        closed.append(modal.windowTitle())
        modal.reject()

    QTimer.singleShot(300, close_it)
    assert preview_report(report) == 0
    assert closed and report.name in closed[0]


def test_report_preview_opens_at_a_readable_zoom(
    report: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    # Given a portrait A4 report, when its preview opens
    dialog = ReportPreviewDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    # Then the page fills the width, not 38% of its size to show it whole (Qt's default)
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    qtbot.waitUntil(lambda: preview.zoomFactor() >= 0.6, timeout=5000)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() >= screen.width() * 0.8
    dialog.close()
