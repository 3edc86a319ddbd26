"""What importing returns would change, before anything is written.

One row per value the files hold (new, changed, unchanged, conflicting), the rows of region
tables that were refused (no such region, not under the imported region), the regions that sent
no figures, the cells that hold something the import does not read (each with its reason), and
the files that were refused as a whole. Only files without conflicts or refused rows can be
applied; each is applied in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exporting.excel.mapping import Measure
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate
from desktop_app.services.excel_returns import figure_text
from desktop_app.ui.table_model_base import HeaderedTableModel

if TYPE_CHECKING:
    from desktop_app.services.excel_returns import ImportOutcome, ImportPreview

CONFLICT_BRUSH = QBrush(QColor("#f8d7da"))
NEW_BRUSH = QBrush(QColor("#e2f0d9"))
CHANGED_BRUSH = QBrush(QColor("#fff3cd"))
MISSING_BRUSH = QBrush(QColor("#e8eef7"))
NOT_READ_BRUSH = QBrush(QColor("#eeeeee"))
_WRAP = int(Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class PreviewRow:
    file: str
    region: str
    where: str  # sheet!cell, or the row of a refused or missing region
    indicator: str
    measure: str  # the column of the cell (本期, 1–N月累计…), translated
    period: str
    old: str
    new: str
    change: str  # a key of CHANGE_TEXTS
    note: str


CHANGE_TEXTS = {
    "new": QT_TRANSLATE_NOOP("ImportPreview", "new"),
    "changed": QT_TRANSLATE_NOOP("ImportPreview", "changed"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPreview", "unchanged"),
    "conflict": QT_TRANSLATE_NOOP("ImportPreview", "conflict"),
    "unmatched": QT_TRANSLATE_NOOP("ImportPreview", "no such region"),
    "row_refused": QT_TRANSLATE_NOOP("ImportPreview", "row refused"),
    "missing": QT_TRANSLATE_NOOP("ImportPreview", "no figures sent"),
    "not_read": QT_TRANSLATE_NOOP("ImportPreview", "not read"),
    "refused": QT_TRANSLATE_NOOP("ImportPreview", "file refused"),
}

MEASURE_TEXTS = {
    Measure.CURRENT: QT_TRANSLATE_NOOP("ImportPreview", "this period"),
    Measure.CUMULATIVE: QT_TRANSLATE_NOOP("ImportPreview", "year to date"),
    Measure.LAST_YEAR: QT_TRANSLATE_NOOP("ImportPreview", "same period last year"),
    Measure.LAST_YEAR_CUMULATIVE: QT_TRANSLATE_NOOP("ImportPreview", "last year to date"),
    Measure.YOY: QT_TRANSLATE_NOOP("ImportPreview", "year on year (%)"),
    Measure.YOY_CUMULATIVE: QT_TRANSLATE_NOOP("ImportPreview", "year to date, year on year (%)"),
    Measure.MOM: QT_TRANSLATE_NOOP("ImportPreview", "on the previous period (%)"),
    Measure.PREVIOUS: QT_TRANSLATE_NOOP("ImportPreview", "previous period"),
    Measure.TARGET: QT_TRANSLATE_NOOP("ImportPreview", "annual target"),
    Measure.PROGRESS: QT_TRANSLATE_NOOP("ImportPreview", "progress to target (%)"),
}

#: The order rows are listed in: what blocks a file first, what is only for information last.
ORDER = {
    "refused": 0,
    "conflict": 1,
    "unmatched": 2,
    "row_refused": 2,
    "missing": 3,
    "changed": 4,
    "new": 5,
    "not_read": 6,
    "unchanged": 7,
}

BRUSHES = {
    "conflict": CONFLICT_BRUSH,
    "unmatched": CONFLICT_BRUSH,
    "row_refused": CONFLICT_BRUSH,
    "refused": CONFLICT_BRUSH,
    "new": NEW_BRUSH,
    "changed": CHANGED_BRUSH,
    "missing": MISSING_BRUSH,
    "not_read": NOT_READ_BRUSH,
}


def _measure(measure: Measure) -> str:
    return translate("ImportPreview", MEASURE_TEXTS[measure])


def preview_rows(outcomes: list[ImportOutcome], language: str | None = None) -> list[PreviewRow]:
    """The rows of the preview; periods as the interface's language writes them (by default the
    language install_translators chose)."""
    english = (language or QLocale().name()).startswith("en")
    rows: list[PreviewRow] = []
    for outcome in outcomes:
        name = outcome.path.name
        preview = outcome.preview
        if outcome.error is not None and preview is None:
            rows.append(
                PreviewRow(
                    name, "", "", "", "", "", "", "", "refused", issue_message(outcome.error)
                )
            )
            continue
        if preview is None:
            continue
        period = preview.period.label_en if english else preview.period.label_zh
        for item in preview.items:
            rows.append(
                PreviewRow(
                    name,
                    item.region_name,
                    f"{item.sheet}!{item.cell}",
                    item.indicator,
                    _measure(item.measure),
                    period,
                    figure_text(item.old, item.scale),
                    figure_text(item.new, item.scale),
                    item.change.value,
                    issue_message(item.issue) if item.issue is not None else "",
                )
            )
        for unmatched in preview.unmatched:
            where = f"{unmatched.sheet}!{unmatched.row}" if unmatched.row else unmatched.sheet
            change = "unmatched" if unmatched.issue.code == "import_row_unknown" else "row_refused"
            rows.append(
                PreviewRow(
                    name,
                    f"{unmatched.key} {unmatched.name}".strip(),
                    where,
                    "",
                    "",
                    period,
                    "",
                    "",
                    change,
                    issue_message(unmatched.issue),
                )
            )
        for missing in preview.missing:
            where = f"{missing.sheet}!{missing.row}" if missing.row else missing.sheet
            rows.append(
                PreviewRow(
                    name,
                    f"{missing.code} {missing.name}",
                    where,
                    "",
                    "",
                    period,
                    "",
                    "",
                    "missing",
                    issue_message(missing.issue),
                )
            )
        for cell in preview.skipped:
            shown = figure_text(cell.value, cell.scale)
            if not shown and cell.raw is not None:
                shown = str(cell.raw)
            rows.append(
                PreviewRow(
                    name,
                    cell.region_name,
                    f"{cell.sheet}!{cell.cell}",
                    cell.indicator,
                    _measure(cell.measure),
                    period,
                    "",
                    shown,
                    "not_read",
                    issue_message(cell.issue),
                )
            )
    worst: dict[str, int] = {}
    for row in rows:
        worst[row.file] = min(worst.get(row.file, 9), ORDER.get(row.change, 9))
    # A file's rows together (its name shown once), the files with what blocks them first.
    return sorted(rows, key=lambda r: (worst[r.file], r.file, ORDER.get(r.change, 9)))


class ImportPreviewModel(HeaderedTableModel):
    """The preview's rows; with several files, each file's rows under a row naming the file
    (a str in _rows), which the dialog spans across the table."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Region"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Cell"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Indicator"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Column"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Period"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Stored"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "In the file"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Change"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Why"),
    )

    COL_OLD, COL_NEW, COL_CHANGE, COL_NOTE = 5, 6, 7, 8

    def set_rows(self, rows: list[PreviewRow], grouped: bool = False) -> None:
        """The rows in their order; grouped puts a file's name above its rows."""
        self.beginResetModel()
        self._rows = []
        for row in rows:
            if grouped and (not self._rows or self.file_of(len(self._rows) - 1) != row.file):
                self._rows.append(row.file)
            self._rows.append(row)
        self.endResetModel()

    def note(self, row: int) -> str:
        """The reason shown on a row ("" for a row naming a file)."""
        item = self._rows[row]
        return "" if isinstance(item, str) else item.note

    def is_file_row(self, row: int) -> bool:
        return isinstance(self._rows[row], str)

    def file_of(self, row: int) -> str:
        item = self._rows[row]
        return item if isinstance(item, str) else item.file

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if isinstance(item, str):  # the row naming the file of the rows below it
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return item
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row: PreviewRow = item
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.region,
                row.where,
                row.indicator,
                row.measure,
                row.period,
                row.old,
                row.new,
                translate("ImportPreview", CHANGE_TEXTS.get(row.change, row.change)),
                row.note,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_NOTE:
            return row.note or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return BRUSHES.get(row.change)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() in (self.COL_OLD, self.COL_NEW):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewDialog(QDialog):
    def __init__(
        self,
        outcomes: list[ImportOutcome],
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import: what would change"))
        self._outcomes = outcomes
        rows = preview_rows(outcomes, language)
        files = sorted({o.path.name for o in outcomes})
        self.model = ImportPreviewModel(self)
        self.model.set_rows(rows, grouped=len(files) > 1)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        for row in range(self.model.rowCount()):
            if self.model.is_file_row(row):
                self.view.setSpan(row, 0, 1, self.model.columnCount())
        self.view.resizeColumnsToContents()
        self._natural = [self.view.columnWidth(c) for c in range(self.model.columnCount())]
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The reason is the column to read: it takes the width left and wraps.
        header.setSectionResizeMode(self.model.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        # Each row as tall as its reason wrapped at the width the reason has now: measured
        # here from the text alone (Qt's own fitting asks every cell and takes seconds for a
        # folder of returns), again when the reason's width changes.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.fit_rows)
        self._share_timer = QTimer(self)
        self._share_timer.setSingleShot(True)
        self._share_timer.setInterval(0)
        self._share_timer.timeout.connect(self._share_width)
        header.sectionResized.connect(self._column_resized)

        counts = {key: sum(1 for r in rows if r.change == key) for key in CHANGE_TEXTS}
        applicable = self.applicable()
        self.summary = QLabel(self.summary_text(len(outcomes), counts, len(applicable)))
        self.summary.setWordWrap(True)
        self.file_label = QLabel(self.tr("File: %1").replace("%1", files[0]) if files else "")
        self.file_label.setVisible(len(files) == 1)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Import %n file(s)", "", len(applicable)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setEnabled(bool(applicable))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.file_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self._fit_screen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_timer.start()  # once the layout has given the table its new width

    def _share_width(self) -> None:
        """The columns but the reason as wide as their contents while the reason keeps a third
        of the table at least; on a narrow screen they give up width in proportion."""
        note = self.model.COL_NOTE
        others = [c for c in range(self.model.columnCount()) if c != note]
        room = self.view.viewport().width() - max(self.view.viewport().width() // 3, 200)
        wanted = sum(self._natural[c] for c in others)
        share = min(1.0, room / wanted) if wanted else 1.0
        for column in others:
            self.view.setColumnWidth(column, max(40, int(self._natural[column] * share)))
        self._fit_rows.start()

    def _column_resized(self, section: int, _old: int, _new: int) -> None:
        if section == self.model.COL_NOTE:
            self._fit_rows.start()

    def fit_rows(self) -> None:
        """Every row tall enough for its reason wrapped at the reason column's width."""
        metrics = self.view.fontMetrics()
        margin = 2 * (self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        width = max(20, self.view.columnWidth(self.model.COL_NOTE) - margin)
        single = self.view.verticalHeader().defaultSectionSize()
        heights: dict[str, int] = {}
        for row in range(self.model.rowCount()):
            note = self.model.note(row)
            height = heights.get(note)
            if height is None:
                box = metrics.boundingRect(QRect(0, 0, width, 100_000), _WRAP, note)
                height = heights[note] = max(single, box.height() + 2 * margin)
            if self.view.rowHeight(row) != height:
                self.view.setRowHeight(row, height)

    def summary_text(self, files: int, counts: dict[str, int], applicable: int) -> str:
        """What the files hold, each count with its noun in the number it takes."""
        parts = {
            "%1": self.tr("%n file(s)", "", files),
            "%2": self.tr("%n new value(s)", "", counts["new"]),
            "%3": self.tr("%n changed", "", counts["changed"]),
            "%4": self.tr("%n unchanged", "", counts["unchanged"]),
            "%5": self.tr("%n conflict(s)", "", counts["conflict"]),
            "%6": self.tr("%n row(s) refused", "", counts["unmatched"] + counts["row_refused"]),
            "%7": self.tr("%n file(s) refused", "", counts["refused"]),
            "%8": self.tr("%n region(s) sent no figures", "", counts["missing"]),
            "%9": self.tr("%n cell(s) not read", "", counts["not_read"]),
            "%10": self.tr("%n file(s) can be imported", "", applicable),
        }
        text = self.tr(
            "%1: %2, %3, %4; %5, %6, %7; %8, %9. %10; a file with a conflict or a refused row "
            "is not imported at all."
        )
        # One pass, so a count's own text is never read as a placeholder (%10 before %1).
        return re.sub(r"%(10|[1-9])", lambda m: parts[m.group(0)], text)

    def _fit_screen(self) -> None:
        """As large as the preview wants, within the screen's room (a 1366×768 laptop too)."""
        wanted_width, wanted_height = 1240, 720
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(wanted_width, wanted_height)
            return
        room = screen.availableGeometry()
        frame = 40  # the title bar and borders, not known before the window is shown
        self.resize(
            min(wanted_width, room.width() - frame), min(wanted_height, room.height() - frame)
        )

    def applicable(self) -> list[ImportPreview]:
        """Previews that would write something and have no conflict or unmatched row."""
        return [
            o.preview
            for o in self._outcomes
            if o.preview is not None
            and o.error is None
            and o.preview.can_apply
            and o.preview.writes
        ]
