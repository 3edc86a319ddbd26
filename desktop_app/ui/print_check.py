"""The print path of `xianbao --self-test`, run in a child process of its own.

The print preview (ui/report_preview.py) rasterises each page of a report with pdfium and paints
it onto a QPrinter. This check does the same with the first page of the self-test's PDF, onto a
QPrinter that writes a PDF file in the self-test's folder (nothing is sent to a real printer),
and names the PC's default printer. It runs in its own process because a Qt that cannot start
(a missing platform plugin or system library) ends the process: the self-test then reports that
step as failed, with Qt's own last words, and its other steps still run.

The self-test starts it before its first step with "-" for the PDF: it loads Qt and starts the
application, then reads the PDF's path from stdin (an empty line or none: nothing to paint), so
that Qt loads while the database, Excel and PDF steps run.

The result is written as JSON beside the output, to OUTPUT.json (a windowed program has no
stdout): {"ok": true, "painted": 1, "dpi": 300, "platform": "offscreen", "printer": "…"}, or
{"ok": false, "detail": "…"}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def start_qt() -> Any:
    """The QApplication (made when there is none), as the window makes it."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0]])


def check_printing(pdf: Path, output: Path) -> dict[str, Any]:
    """Paint the first page of `pdf` onto a PDF-writing QPrinter at `output`, as the preview
    paints onto a printer; what was done, or why not (in the catalogue's language)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from desktop_app.i18n import translate
    from desktop_app.ui.report_preview import MAX_DPI, paint_pdf_pages

    app = start_qt()  # held while it paints
    document = pdfium.PdfDocument(str(pdf))
    try:
        if len(document) == 0:
            return {"ok": False, "detail": translate("SelfTest", "The PDF has no pages.")}
        width, height = document[0].get_size()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if width > height
            else QPageLayout.Orientation.Portrait
        )
        printer.setFullPage(True)
        painted = paint_pdf_pages(document, printer, pages=1)
    finally:
        document.close()
    if painted != 1:
        return {
            "ok": False,
            "detail": translate("SelfTest", "Qt could not paint the page onto a printer."),
        }
    if not output.is_file() or output.stat().st_size == 0:
        return {
            "ok": False,
            "detail": translate("SelfTest", "The printer's output {path} was not written.").format(
                path=output
            ),
        }
    return {
        "ok": True,
        "painted": painted,
        "dpi": min(printer.resolution(), MAX_DPI),
        "platform": app.platformName() if isinstance(app, QGuiApplication) else "",
        "printer": QPrinterInfo.defaultPrinterName(),
    }


def result_path(output: Path) -> Path:
    """Where the child writes its result: beside the printer's output."""
    return output.with_name(output.name + ".json")


def main(pdf: str, output: Path, language: str) -> int:
    """The child process: the check's result written to result_path(output); 0 when it passed.
    `pdf` "-": Qt is started first, then the PDF's path is read from stdin."""
    from desktop_app.i18n import set_language

    set_language(language)
    try:
        if pdf == "-":
            start_qt()
            line = sys.stdin.buffer.readline().decode("utf-8").strip()
            if not line:
                return 0  # the self-test had no PDF to paint
            pdf = line
        result = check_printing(Path(pdf), output)
    except Exception as exc:  # the parent shows the reason in its table; never a traceback
        first_line = (str(exc).strip().splitlines() or [""])[0]
        result = {"ok": False, "detail": f"{type(exc).__name__}: {first_line}".rstrip(": ")}
    result_path(output).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0 if result["ok"] else 1
