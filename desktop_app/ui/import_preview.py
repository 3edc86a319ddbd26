"""What importing returns would change, before anything is written.

One row per value the files hold (new, changed, unchanged, conflicting), the rows of region
tables that were refused (no such region, not under the imported region), the regions that sent
no figures, the cells that hold something the import does not read (each with its reason), and
the files that were refused as a whole. Only files without conflicts or refused rows can be
applied; each is applied in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
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
    return sorted(rows, key=lambda r: (ORDER.get(r.change, 9), r.file))


class ImportPreviewModel(HeaderedTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportPreviewModel", "File"),
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

    COL_OLD, COL_NEW, COL_CHANGE, COL_NOTE = 6, 7, 8, 9

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row: PreviewRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.file,
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
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            self.COL_OLD,
            self.COL_NEW,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
        self.resize(1100, 560)
        self._outcomes = outcomes
        rows = preview_rows(outcomes, language)
        self.model = ImportPreviewModel(self)
        self.model.set_rows(rows)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()

        counts = {key: sum(1 for r in rows if r.change == key) for key in CHANGE_TEXTS}
        applicable = self.applicable()
        self.summary = QLabel(
            self.tr(
                "%1 files: %2 new values, %3 changed, %4 unchanged; %5 conflicts, "
                "%6 rows refused, %7 files refused; %8 regions sent no figures, %9 cells are "
                "not read. %10 files can be imported; a file with a conflict or a refused row is "
                "not imported at all."
            )
            .replace("%10", str(len(applicable)))
            .replace("%1", str(len(outcomes)))
            .replace("%2", str(counts["new"]))
            .replace("%3", str(counts["changed"]))
            .replace("%4", str(counts["unchanged"]))
            .replace("%5", str(counts["conflict"]))
            .replace("%6", str(counts["unmatched"] + counts["row_refused"]))
            .replace("%7", str(counts["refused"]))
            .replace("%8", str(counts["missing"]))
            .replace("%9", str(counts["not_read"]))
        )
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Import %1 files").replace("%1", str(len(applicable))),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setEnabled(bool(applicable))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

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
