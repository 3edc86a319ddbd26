"""What importing returns would change, before anything is written.

One row per value the files hold (new, changed, unchanged, conflicting), then the rows that
matched no region and the files that were refused as a whole. Only files without conflicts or
unmatched rows can be applied; each is applied in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
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

from desktop_app.domain.values import NA, Figure
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate
from desktop_app.ui.table_model_base import HeaderedTableModel

if TYPE_CHECKING:
    from desktop_app.services.excel_returns import ImportOutcome, ImportPreview

CONFLICT_BRUSH = QBrush(QColor("#f8d7da"))
NEW_BRUSH = QBrush(QColor("#e2f0d9"))
CHANGED_BRUSH = QBrush(QColor("#fff3cd"))


def _figure(value: Figure) -> str:
    if value is None:
        return ""
    if value is NA:
        return "无"
    return format(value, ",f")


@dataclass(frozen=True)
class PreviewRow:
    file: str
    region: str
    where: str  # sheet!cell, or the row of an unmatched region
    indicator: str
    period: str
    old: str
    new: str
    change: str  # new / changed / unchanged / conflict / unmatched / refused
    note: str


CHANGE_TEXTS = {
    "new": QT_TRANSLATE_NOOP("ImportPreview", "new"),
    "changed": QT_TRANSLATE_NOOP("ImportPreview", "changed"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPreview", "unchanged"),
    "conflict": QT_TRANSLATE_NOOP("ImportPreview", "conflict"),
    "unmatched": QT_TRANSLATE_NOOP("ImportPreview", "no such region"),
    "refused": QT_TRANSLATE_NOOP("ImportPreview", "file refused"),
}


def preview_rows(outcomes: list[ImportOutcome]) -> list[PreviewRow]:
    rows: list[PreviewRow] = []
    for outcome in outcomes:
        name = outcome.path.name
        preview = outcome.preview
        if outcome.error is not None and preview is None:
            rows.append(
                PreviewRow(name, "", "", "", "", "", "", "refused", issue_message(outcome.error))
            )
            continue
        if preview is None:
            continue
        for item in preview.items:
            rows.append(
                PreviewRow(
                    name,
                    item.region_name,
                    f"{item.sheet}!{item.cell}",
                    item.indicator,
                    item.period.label_zh,
                    _figure(item.old),
                    _figure(item.new),
                    item.change.value,
                    issue_message(item.issue) if item.issue is not None else "",
                )
            )
        for unmatched in preview.unmatched:
            where = f"{unmatched.sheet}!{unmatched.row}" if unmatched.row else unmatched.sheet
            rows.append(
                PreviewRow(
                    name,
                    f"{unmatched.key} {unmatched.name}".strip(),
                    where,
                    "",
                    "",
                    "",
                    "",
                    "unmatched",
                    issue_message(unmatched.issue),
                )
            )
    order = {"refused": 0, "conflict": 1, "unmatched": 2, "changed": 3, "new": 4, "unchanged": 5}
    return sorted(rows, key=lambda r: (order.get(r.change, 9), r.file))


class ImportPreviewModel(HeaderedTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportPreviewModel", "File"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Region"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Cell"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Indicator"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Period"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Stored"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "In the file"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Change"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Why"),
    )

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
                row.period,
                row.old,
                row.new,
                translate("ImportPreview", CHANGE_TEXTS.get(row.change, row.change)),
                row.note,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.change in ("conflict", "unmatched", "refused"):
                return CONFLICT_BRUSH
            if row.change == "new":
                return NEW_BRUSH
            if row.change == "changed":
                return CHANGED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewDialog(QDialog):
    def __init__(self, outcomes: list[ImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import: what would change"))
        self.resize(1100, 560)
        self._outcomes = outcomes
        rows = preview_rows(outcomes)
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
                "%6 rows with no such region, %7 files refused. "
                "%8 files can be imported; a file with a conflict or an unknown region is not "
                "imported at all."
            )
            .replace("%1", str(len(outcomes)))
            .replace("%2", str(counts["new"]))
            .replace("%3", str(counts["changed"]))
            .replace("%4", str(counts["unchanged"]))
            .replace("%5", str(counts["conflict"]))
            .replace("%6", str(counts["unmatched"]))
            .replace("%7", str(counts["refused"]))
            .replace("%8", str(len(applicable)))
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
