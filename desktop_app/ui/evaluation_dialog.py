"""综合示范自评: a county's self-evaluation under a scored scheme.

The scheme's items as a tree: each item (一级指标) with its sub-items, their maximum points, the
points claimed and the note (both typed in place: F2, Enter or a double click), and whether the
evidence asked for is attached. Under the tree, for the chosen line: the evidence asked and how it
is scored, the files attached (附加证明材料… / 另存为… / 删除). The total follows every change;
生成自评表 PDF… writes 综合示范县自评表 off the GUI thread.

Every change goes through EvaluationService (services/evaluation.py), which returns the new view
of the evaluation; a refusal is said under the tree and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.evaluation import Scheme, points_text
from desktop_app.domain.issues import DomainError
from desktop_app.domain.signatories import Signatories
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate
from desktop_app.services.evaluation import EvaluationService, EvaluationView, Evidence
from desktop_app.services.locks import as_local
from desktop_app.ui.long_work import run_with_progress
from desktop_app.ui.table_model_base import HeaderedTableModel

if TYPE_CHECKING:
    from desktop_app.services.bundle import ServiceBundle

Index = QModelIndex | QPersistentModelIndex
MISSING_BRUSH = QBrush(QColor("#f8d7da"))
ITEM_BRUSH = QBrush(QColor("#eef2f6"))
#: A claim as the tree commits it: (sub-item code, points typed, note) → kept?
Commit = Callable[[str, str, str], bool]


class EvaluationTreeModel(QAbstractItemModel):
    """Items at the top, their sub-items under them; drawn from one EvaluationView."""

    COL_NAME, COL_MAX, COL_POINTS, COL_EVIDENCE, COL_NOTE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("EvaluationTreeModel", "Item"),
        QT_TRANSLATE_NOOP("EvaluationTreeModel", "Max."),
        QT_TRANSLATE_NOOP("EvaluationTreeModel", "Points claimed"),
        QT_TRANSLATE_NOOP("EvaluationTreeModel", "Evidence"),
        QT_TRANSLATE_NOOP("EvaluationTreeModel", "Note"),
    )
    #: The code of the row's item or sub-item.
    CODE_ROLE = Qt.ItemDataRole.UserRole + 1
    #: Top-level rows carry this internal id; a sub-item row carries its item's row + 1.
    _TOP = 0

    def __init__(self, commit: Commit, parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._view: EvaluationView | None = None

    # --- the data ----------------------------------------------------------------------------------
    def set_view(self, view: EvaluationView) -> None:
        """Show `view`; the same scheme's lines are updated in place (the selection stays)."""
        same = (
            self._view is not None
            and self._view.scheme.digest == view.scheme.digest
            and self._view.region_code == view.region_code
        )
        if not same:
            self.beginResetModel()
            self._view = view
            self.endResetModel()
            return
        self._view = view
        last = self.columnCount() - 1
        for row in range(self.rowCount()):
            top = self.index(row, 0)
            self.dataChanged.emit(top, self.index(row, last))
            count = self.rowCount(top)
            if count:
                self.dataChanged.emit(self.index(0, 0, top), self.index(count - 1, last, top))

    @property
    def view(self) -> EvaluationView | None:
        return self._view

    def code_at(self, index: Index) -> str | None:
        value = (
            self.data(index.sibling(index.row(), 0), self.CODE_ROLE) if index.isValid() else None
        )
        return value if isinstance(value, str) else None

    def find(self, code: str) -> QModelIndex:
        for row in range(self.rowCount()):
            top = self.index(row, 0)
            if self.code_at(top) == code:
                return top
            for sub in range(self.rowCount(top)):
                index = self.index(sub, 0, top)
                if self.code_at(index) == code:
                    return index
        return QModelIndex()

    # --- the tree ----------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == self._TOP:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, self._TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self._view is None:
            return 0
        items = self._view.scheme.items
        if not parent.isValid():
            return len(items)
        if parent.internalId() == self._TOP and parent.column() == 0:
            return len(items[parent.row()].subs)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return translate("EvaluationTreeModel", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != self._TOP and index.column() in (self.COL_POINTS, self.COL_NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self._view
        if view is None or not index.isValid():
            return None
        if index.internalId() == self._TOP:
            return self._item_data(view, index, role)
        return self._sub_data(view, index, role)

    def _item_data(self, view: EvaluationView, index: Index, role: int) -> Any:
        item = view.scheme.items[index.row()]
        total = view.items[index.row()]
        column = index.column()
        if role == self.CODE_ROLE:
            return item.code
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return ITEM_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_MAX, self.COL_POINTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_NAME:
            return f"{item.code}  {item.name}"
        if column == self.COL_MAX:
            return points_text(item.max_points)
        if column == self.COL_POINTS:
            return points_text(total.claimed)
        return None

    def _sub_data(self, view: EvaluationView, index: Index, role: int) -> Any:
        sub = view.scheme.items[int(index.internalId()) - 1].subs[index.row()]
        claim = view.claim(sub.code)
        files = view.files(sub.code)
        column = index.column()
        missing = sub.evidence_asked and not files
        if role == self.CODE_ROLE:
            return sub.code
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_EVIDENCE and missing:
            return MISSING_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_MAX, self.COL_POINTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            return "\n".join(
                [
                    sub.name,
                    translate("EvaluationTreeModel", "Scoring: %1").replace("%1", sub.scoring),
                    translate("EvaluationTreeModel", "Source: %1").replace("%1", sub.source),
                ]
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_EVIDENCE:
            if not sub.evidence_asked:
                return translate("EvaluationTreeModel", "No evidence is asked for this line.")
            return translate("EvaluationTreeModel", "Evidence asked: %1").replace(
                "%1", sub.evidence
            )
        if role == Qt.ItemDataRole.EditRole:
            if column == self.COL_POINTS:
                return points_text(claim.points) if claim else ""
            if column == self.COL_NOTE:
                return claim.note if claim else ""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_NAME:
            return f"{sub.code}  {sub.name}"
        if column == self.COL_MAX:
            return points_text(sub.max_points)
        if column == self.COL_POINTS:
            return points_text(claim.points) if claim else ""
        if column == self.COL_EVIDENCE:
            if files:
                return translate("EvaluationTreeModel", "%1 file(s)").replace("%1", str(len(files)))
            return translate("EvaluationTreeModel", "missing") if missing else ""
        if column == self.COL_NOTE:
            return claim.note.replace("\n", " ") if claim else ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        code = self.code_at(index)
        if code is None:
            return False
        text = "" if value is None else str(value)
        points = str(
            self.data(index.sibling(index.row(), self.COL_POINTS), Qt.ItemDataRole.EditRole)
        )
        note = str(self.data(index.sibling(index.row(), self.COL_NOTE), Qt.ItemDataRole.EditRole))
        if index.column() == self.COL_POINTS:
            if text.strip() == points:
                return True
            return self._commit(code, text, note)
        if text.strip() == note:
            return True
        return self._commit(code, points, text)


class EvidenceTableModel(HeaderedTableModel):
    """The files attached to one line."""

    COL_FILE, COL_SIZE, COL_HASH, COL_AT, COL_WHO = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("EvidenceTableModel", "File"),
        QT_TRANSLATE_NOOP("EvidenceTableModel", "Size"),
        QT_TRANSLATE_NOOP("EvidenceTableModel", "SHA-256"),
        QT_TRANSLATE_NOOP("EvidenceTableModel", "Attached"),
        QT_TRANSLATE_NOOP("EvidenceTableModel", "By"),
    )

    def set_rows(self, rows: tuple[Evidence, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def evidence_at(self, row: int) -> Evidence | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: Evidence = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_HASH:
            return row.sha256
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_FILE:
            return row.file_name
        if column == self.COL_SIZE:
            return QLocale().formattedDataSize(
                row.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
        if column == self.COL_HASH:
            return row.sha256[:12]
        if column == self.COL_AT:
            return as_local(row.at).strftime("%Y-%m-%d %H:%M")
        return row.who


class EvaluationDialog(QDialog):
    """综合示范自评 of one county."""

    #: Claims or evidence changed (the total with them).
    evaluation_changed = Signal()

    def __init__(
        self,
        service: EvaluationService,
        region_code: str,
        parent: QWidget | None = None,
        *,
        signatories: Signatories | None = None,
        documents: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._region_code = region_code
        self._signatories = signatories
        self._documents = documents or Path.home()
        self._schemes: tuple[Scheme, ...] = ()
        self.setMinimumSize(900, 600)
        self.resize(1100, 720)

        self.scheme_box = QComboBox()
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color: #555;")
        self.model = EvaluationTreeModel(self._commit, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(
            EvaluationTreeModel.COL_NAME, QHeaderView.ResizeMode.Interactive
        )
        self.asked_label = QLabel()
        self.asked_label.setWordWrap(True)
        self.evidence_model = EvidenceTableModel(self)
        self.evidence_view = QTableView()
        self.evidence_view.setModel(self.evidence_model)
        self.evidence_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence_view.verticalHeader().hide()
        self.evidence_view.horizontalHeader().setStretchLastSection(True)
        self.attach_button = QPushButton(self.tr("&Attach evidence…"))
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.total_label = QLabel()
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.missing_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Make the self-evaluation &PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.attach_button, self.save_button, self.remove_button, self.pdf_button):
            button.setAutoDefault(False)
        self._lay_out()

        self.scheme_box.currentIndexChanged.connect(lambda _i: self._load())
        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._line_chosen())
        self.evidence_view.selectionModel().selectionChanged.connect(
            lambda _s, _d: self._update_buttons()
        )
        self.attach_button.clicked.connect(lambda: self.attach_files())
        self.save_button.clicked.connect(lambda: self.save_copy())
        self.remove_button.clicked.connect(lambda: self.remove_evidence())
        self.pdf_button.clicked.connect(lambda: self.make_pdf())
        self.close_button.clicked.connect(self.accept)

        self._fill_schemes()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        scheme_label = QLabel(self.tr("S&cheme:"))
        scheme_label.setBuddy(self.scheme_box)
        top.addWidget(scheme_label)
        top.addWidget(self.scheme_box, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.asked_label)
        row = QHBoxLayout()
        row.addWidget(self.evidence_view, 1)
        buttons = QVBoxLayout()
        for button in (self.attach_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        lower_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.missing_label, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

    # --- reading -----------------------------------------------------------------------------------
    def _fill_schemes(self) -> None:
        try:
            self._schemes = self._service.schemes()
        except DomainError as exc:
            self._refused(exc)
            self._schemes = ()
        self.scheme_box.blockSignals(True)
        self.scheme_box.clear()
        for scheme in self._schemes:
            self.scheme_box.addItem(scheme.title, scheme.key)
        self.scheme_box.blockSignals(False)
        if not self._schemes:
            self.setWindowTitle(self.tr("Demonstration self-evaluation"))
            for widget in (self.tree, self.pdf_button, self.attach_button):
                widget.setEnabled(False)
            if not self.message.text():
                self._say(self.tr("No evaluation scheme is installed."), True)
            self._update_buttons()
            return
        self._load()

    @property
    def scheme(self) -> Scheme | None:
        at = self.scheme_box.currentIndex()
        return self._schemes[at] if 0 <= at < len(self._schemes) else None

    def _load(self) -> None:
        scheme = self.scheme
        if scheme is None:
            return
        try:
            view = self._service.view(self._region_code, scheme.key)
        except DomainError as exc:
            self._refused(exc)
            return
        self.setWindowTitle(
            self.tr("Demonstration self-evaluation — %1").replace("%1", view.region_name)
        )
        source = self.tr("Source: %1").replace("%1", scheme.source)
        if scheme.example:
            source = self.tr(
                "This scheme is an example: replace it with the province's own. %1"
            ).replace("%1", source)
        self.source_label.setText(source)
        self._show(view)
        self.tree.expandAll()
        self._fit_columns()
        first = self.model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(self.model.index(0, 0, first))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()  # measured once the view is laid out

    def _fit_columns(self) -> None:
        for column in range(EvaluationTreeModel.COL_NOTE):  # the note takes what is left
            self.tree.resizeColumnToContents(column)
        name = EvaluationTreeModel.COL_NAME
        self.tree.setColumnWidth(name, min(self.tree.columnWidth(name), 520))

    def _show(self, view: EvaluationView) -> None:
        self.model.set_view(view)
        self.total_label.setText(
            self.tr("Total claimed: %1 of %2 points")
            .replace("%1", points_text(view.total))
            .replace("%2", points_text(view.scheme.total))
        )
        missing = len(view.missing_evidence)
        self.missing_label.setText(
            self.tr("%n line(s) still lack the evidence asked.", "", missing) if missing else ""
        )
        self._line_chosen()

    @property
    def view(self) -> EvaluationView | None:
        return self.model.view

    def current_code(self) -> str | None:
        """The sub-item chosen in the tree; None on an item heading or nothing."""
        index = self.tree.currentIndex()
        if not index.isValid() or not index.parent().isValid():
            return None
        return self.model.code_at(index)

    def choose(self, code: str) -> None:
        index = self.model.find(code)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _line_chosen(self) -> None:
        view, code = self.view, self.current_code()
        if view is None or code is None:
            self.asked_label.setText(
                self.tr("Choose a line of an item to see and attach its evidence.")
            )
            self.evidence_model.set_rows(())
            self._update_buttons()
            return
        sub = view.scheme.sub_item(code)
        asked = (
            self.tr("Evidence asked for %1: %2").replace("%1", code).replace("%2", sub.evidence)
            if sub.evidence_asked
            else self.tr("No evidence is asked for %1.").replace("%1", code)
        )
        scoring = self.tr("Scoring: %1").replace("%1", sub.scoring)
        self.asked_label.setText(f"{asked}\n{scoring}")
        self.evidence_model.set_rows(view.files(code))
        self.evidence_view.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self._chosen_evidence() is not None
        self.attach_button.setEnabled(self.current_code() is not None)
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _chosen_evidence(self) -> Evidence | None:
        rows = self.evidence_view.selectionModel().selectedRows()
        return self.evidence_model.evidence_at(rows[0].row()) if rows else None

    def _say(self, text: str, refusal: bool = False) -> None:
        """A sentence under the tree: red for a refusal."""
        self.message.setStyleSheet("color: #b00020;" if refusal else "")
        self.message.setText(text)

    def _refused(self, error: DomainError) -> None:
        self._say(issue_message(error.issue), True)

    def _changed(self, view: EvaluationView, said: str = "") -> None:
        self._say(said)
        self._show(view)
        self.evaluation_changed.emit()

    # --- claims ------------------------------------------------------------------------------------
    def _commit(self, code: str, points: str, note: str) -> bool:
        scheme = self.scheme
        if scheme is None:
            return False
        try:
            view = self._service.set_claim(self._region_code, scheme.key, code, points, note)
        except DomainError as exc:
            self._refused(exc)
            return False
        self._changed(view)
        return True

    def set_points(self, code: str, text: str) -> bool:
        """Type points for a line, as the tree's editor does."""
        index = self.model.find(code).siblingAtColumn(EvaluationTreeModel.COL_POINTS)
        return self.model.setData(index, text)

    def set_note(self, code: str, text: str) -> bool:
        index = self.model.find(code).siblingAtColumn(EvaluationTreeModel.COL_NOTE)
        return self.model.setData(index, text)

    # --- evidence ----------------------------------------------------------------------------------
    def attach_files(self, paths: list[Path] | None = None) -> int:
        """Attach files to the chosen line (asked for when not given); returns how many."""
        scheme, code = self.scheme, self.current_code()
        if scheme is None or code is None:
            self._say(self.tr("Choose a line of an item first."), True)
            return 0
        if paths is None:
            names, _filter = QFileDialog.getOpenFileNames(
                self,
                self.tr("Attach evidence to %1").replace("%1", code),
                str(self._documents),
            )
            paths = [Path(name) for name in names]
        kept, refusals, view = 0, [], None
        for path in paths:
            try:
                view = self._service.attach(self._region_code, scheme.key, code, path)
            except DomainError as exc:
                refusals.append(issue_message(exc.issue))
                continue
            kept += 1
            self._documents = path.parent
        if view is not None:
            self._changed(view)
            self.choose(code)
        if refusals:
            self._say("\n".join(refusals), True)
        return kept

    def save_copy(self, target: Path | None = None) -> Path | None:
        evidence = self._chosen_evidence()
        if evidence is None:
            return None
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save a copy of %1").replace("%1", evidence.file_name),
                str(self._documents / evidence.file_name),
            )
            if not name:
                return None
            target = Path(name)
        try:
            saved = self._service.save_copy(evidence.id, target)
        except DomainError as exc:
            self._refused(exc)
            return None
        self._say(self.tr("Saved: %1").replace("%1", str(saved)))
        return saved

    def remove_evidence(self, ask: bool = True) -> bool:
        evidence = self._chosen_evidence()
        if evidence is None:
            return False
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Remove evidence"),
                self.tr("Remove %1 from line %2? The copy kept in Xianbao is deleted.")
                .replace("%1", evidence.file_name)
                .replace("%2", evidence.code),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            view = self._service.remove(evidence.id)
        except DomainError as exc:
            self._refused(exc)
            return False
        self._changed(view)
        return True

    # --- the form ----------------------------------------------------------------------------------
    def make_pdf(self, target: Path | None = None) -> Path | None:
        """综合示范县自评表 at `target` (asked for when not given), written off the GUI thread."""
        scheme, view = self.scheme, self.view
        if scheme is None or view is None:
            return None
        if target is None:
            suggested = self._documents / self.tr("%1_self-evaluation.pdf").replace(
                "%1", view.region_name
            )
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Make the self-evaluation PDF"), str(suggested), "PDF (*.pdf)"
            )
            if not name:
                return None
            target = Path(name)
        region, key, people = self._region_code, scheme.key, self._signatories
        outcome = run_with_progress(
            self,
            self.tr("Making the self-evaluation form…"),
            lambda progress: self._service.write_pdf(region, key, target, people, progress),
            cancel_text=self.tr("Cancel"),
        )
        if outcome.error is not None:
            self._refused(outcome.error)
            return None
        if outcome.cancelled or outcome.result is None:
            self._say(self.tr("Stopped; nothing was written."), True)
            return None
        self._say(
            self.tr("Written: %1 (%n page(s)).", "", outcome.result.pages).replace(
                "%1", str(target)
            )
        )
        return target


def open_evaluation(
    bundle: ServiceBundle,
    county_code: str,
    parent: QWidget,
    settings_store: QSettings | None = None,
) -> None:
    """The dialog for a county: the form in the reports' font, signed by the people the
    settings name."""
    from desktop_app.ui.settings import load_settings

    settings = load_settings(settings_store)
    bundle.reports_with_font(settings.report_font)
    dialog = EvaluationDialog(
        bundle.evaluation,
        county_code,
        parent,
        signatories=settings.signatories(bundle.user.name if bundle.user is not None else None),
    )
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
