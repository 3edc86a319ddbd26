"""The page: A4, margins, paragraph styles in the Chinese font, "第 x 页 共 y 页" on every page,
and a file that appears only when the whole document has been built.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from desktop_app.domain.indicators import unit_label
from desktop_app.exporting.pdf.fonts import RegisteredFont
from desktop_app.files import file_write_error, write_file_atomically
from desktop_app.i18n import current_language, translate

MARGIN = 16 * mm
FOOTER_Y = 9 * mm
GRID = colors.HexColor("#444444")
SHADE = colors.HexColor("#E8EDF3")
MUTED = colors.HexColor("#555555")


def unit_text(unit: str) -> str:
    """A unit as the report's language writes it, as the return grid does: 万元, or ¥10k in
    English (the catalogue's units are data, written in Chinese)."""
    return unit_label(unit, current_language() or "")


@dataclass(frozen=True)
class Styles:
    font: RegisteredFont
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head_cell: ParagraphStyle
    group_cell: ParagraphStyle


def make_styles(font: RegisteredFont, size: float = 9) -> Styles:
    """Every style uses the embedded Chinese font and CJK line breaking."""

    def style(name: str, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", font.name)
        kw.setdefault("fontSize", size)
        kw.setdefault("leading", kw["fontSize"] * 1.3)
        return ParagraphStyle(name, wordWrap="CJK", **kw)

    return Styles(
        font=font,
        title=style("title", fontName=font.bold, fontSize=16, alignment=TA_CENTER, spaceAfter=4),
        subtitle=style("subtitle", fontSize=10, alignment=TA_CENTER, spaceAfter=6),
        heading=style("heading", fontName=font.bold, fontSize=11, spaceBefore=8, spaceAfter=4),
        body=style("body", fontSize=10, leading=15, alignment=TA_LEFT),
        small=style("small", fontSize=8, textColor=MUTED),
        cell=style("cell"),
        cell_right=style("cell_right", alignment=TA_RIGHT),
        cell_center=style("cell_center", alignment=TA_CENTER),
        head_cell=style("head_cell", fontName=font.bold, alignment=TA_CENTER),
        group_cell=style("group_cell", fontName=font.bold),
    )


class TextLine(Flowable):
    """One line of text drawn as a paragraph of `style` draws a line that fits: the same font,
    size, colour, alignment and indents, its leading as its height, its space before and after;
    without a paragraph's markup parsing and line breaking, at a fraction of the cost. For a
    text known to fit the frame (reports._text decides)."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        style = self.style
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize  # a paragraph's first baseline
        if style.alignment == TA_CENTER:
            middle = (self.width + style.leftIndent - style.rightIndent) / 2
            canvas.drawCentredString(middle, y, self.text)
        elif style.alignment == TA_RIGHT:
            canvas.drawRightString(self.width - style.rightIndent, y, self.text)
        else:
            canvas.drawString(style.leftIndent + style.firstLineIndent, y, self.text)


def numbered_canvas(font: RegisteredFont, footer: str) -> type[Canvas]:
    """A canvas class that holds its pages until the end, then prints 第 x 页 共 y 页 on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page names Helvetica, a font that is never embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font.name
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width = float(self._pagesize[0])  # type: ignore[attr-defined]
            self.saveState()
            self.setFont(font.name, 9)
            self.setFillColor(colors.black)
            text = translate("Reports", "Page {page} of {pages}").format(
                page=self.getPageNumber(), pages=total
            )
            self.drawCentredString(width / 2, FOOTER_Y, text)
            if footer:
                self.setFont(font.name, 7)
                self.setFillColor(MUTED)
                self.drawString(MARGIN, FOOTER_Y, footer)
            self.restoreState()

    return NumberedCanvas


def page_size(orientation: str) -> tuple[float, float]:
    return landscape(A4) if orientation == "landscape" else portrait(A4)


def write_pdf(
    path: Path,
    story: Sequence[Flowable],
    font: RegisteredFont,
    *,
    title: str,
    footer: str = "",
    orientation: str = "portrait",
    check: Callable[[], None] | None = None,
) -> int:
    """Build the document in memory and write it to `path` whole (files.write_file_atomically).

    Returns the number of pages. Any failure (or `check` raising, e.g. a cancellation) leaves no
    file behind and an existing file at `path` untouched; a full disk or a folder without write
    permission is a DomainError with its sentence.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_write_error(path, exc) from exc
    pages: list[int] = []

    def count(canvas: Canvas, _doc: Any) -> None:
        pages.append(canvas.getPageNumber())
        if check is not None:
            check()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page_size(orientation),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 2 * mm,
        title=title,
        author=footer or title,
        creator="Xianbao",
        initialFontName=font.name,
    )
    doc.build(
        list(story),
        onFirstPage=count,
        onLaterPages=count,
        canvasmaker=numbered_canvas(font, footer),
    )
    write_file_atomically(path, buffer.getvalue())
    return len(pages)


#: platypus frames keep 6 pt of padding on each side.
FRAME_PADDING = 6


def usable_width(orientation: str = "portrait") -> float:
    return page_size(orientation)[0] - 2 * MARGIN - 2 * FRAME_PADDING
