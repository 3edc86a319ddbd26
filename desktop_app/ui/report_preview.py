"""Print preview of a PDF report: Qt's print preview dialog, pages rasterised with pdfium.

The report is already a PDF (services/reports.py); the preview shows exactly that file, prints
it on A4 in the orientation of its pages through the system's print dialog, and saves a copy.
Each page is rendered at the printer's resolution, capped at MAX_DPI: 300 dpi is sharper than an
office laser prints text and keeps an A4 page at ~35 MB of pixels while it is painted.

    preview_report(Path("月报.pdf"), parent)  # modal; returns QDialog's result
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from desktop_app.domain.issues import DomainError
from desktop_app.files import write_file_atomically
from desktop_app.i18n import issue_message, translate

MAX_DPI = 300
#: The share of the screen the preview takes: Qt's default (640×480, the whole page in view)
#: showed an A4 page at 38%, too small to read.
SCREEN_SHARE = 0.85


def page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    """One page as an RGB image at `dpi` (a deep copy: pdfium's buffer is freed afterwards)."""
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
    try:
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return image.copy()
    finally:
        bitmap.close()


def paint_pdf_pages(
    document: pdfium.PdfDocument, printer: QPrinter, pages: int | None = None
) -> int:
    """Paint the first `pages` pages of `document` (all when None) onto `printer`, each fitted
    to the full page and centred, rendered at the printer's resolution capped at MAX_DPI.
    Returns the number of pages painted (0 when the printer cannot be painted on)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    painted = 0
    try:
        # The preview scales each page down to the zoom: smooth it, or text turns to noise.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dpi = min(printer.resolution(), MAX_DPI)
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        count = len(document) if pages is None else min(pages, len(document))
        for index in range(count):
            if index:
                printer.newPage()
            image = page_image(document[index], dpi)
            scale = min(target.width() / image.width(), target.height() / image.height())
            size = image.size().toSizeF() * scale
            x = target.x() + (target.width() - size.width()) / 2
            y = target.y() + (target.height() - size.height()) / 2
            painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
            painted += 1
    finally:
        painter.end()
    return painted


class ReportPreviewDialog(QPrintPreviewDialog):
    """Preview, print and save one PDF report."""

    def __init__(self, pdf_path: Path, parent: QWidget | None = None) -> None:
        self.report_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.report_printer, parent)
        self.pdf_path = Path(pdf_path)
        self.document = pdfium.PdfDocument(str(self.pdf_path))
        self.pages_painted = 0
        width, height = self.document[0].get_size() if len(self.document) else (595, 842)
        orientation = (
            QPageLayout.Orientation.Landscape
            if width > height
            else QPageLayout.Orientation.Portrait
        )
        self.report_printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.report_printer.setPageOrientation(orientation)
        self.report_printer.setFullPage(True)  # the PDF carries its own margins
        self.report_printer.setDocName(self.pdf_path.stem)
        self.setWindowTitle(
            translate("ReportPreview", "Print preview – {name}").format(name=self.pdf_path.name)
        )
        self.save_action = QAction(translate("ReportPreview", "Save PDF…"), self)
        self.save_action.setToolTip(translate("ReportPreview", "Save a copy of the report as PDF"))
        self.save_action.triggered.connect(self._save_requested)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
        else:  # a style without the toolbar: keep the shortcut
            self.addAction(self.save_action)
        self.save_action.setShortcut(Qt.Modifier.CTRL | Qt.Key.Key_S)
        self.paintRequested.connect(self.paint_pages)
        self.finished.connect(self._close_document)
        self._open_readable()

    def _open_readable(self) -> None:
        """Most of the screen, pages fitted to the width: text at about its printed size."""
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
        fit_width = self.findChild(QAction, "fitWidthAction")
        if fit_width is not None:
            fit_width.trigger()  # the toolbar's own button, so it shows as chosen
        else:
            preview = self.findChild(QPrintPreviewWidget)
            if preview is not None:
                preview.fitToWidth()

    @property
    def page_count(self) -> int:
        return len(self.document)

    def paint_pages(self, printer: QPrinter) -> None:
        """Paint every page of the PDF onto `printer` (the preview, or the real printer)."""
        self.pages_painted += paint_pdf_pages(self.document, printer)

    def save_as(self, target: Path) -> Path:
        """Copy the report to `target` (".pdf" added when missing), whole or not at all
        (files.write_file_atomically); a refusal is a DomainError with its sentence."""
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if target.resolve() != self.pdf_path.resolve():
            write_file_atomically(target, self.pdf_path.read_bytes())
        return target

    def _save_requested(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ReportPreview", "Save the report as PDF"),
            str(Path.home() / self.pdf_path.name),
            translate("ReportPreview", "PDF files (*.pdf)"),
        )
        if not chosen:
            return
        try:
            self.save_as(Path(chosen))
        except DomainError as exc:
            QMessageBox.warning(
                self, translate("ReportPreview", "Save PDF…"), issue_message(exc.issue)
            )

    def _close_document(self) -> None:
        self.document.close()


def preview_report(pdf_path: Path, parent: QWidget | None = None) -> int:
    """Show the print preview of a PDF report modally; returns the dialog's result."""
    dialog = ReportPreviewDialog(pdf_path, parent)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
