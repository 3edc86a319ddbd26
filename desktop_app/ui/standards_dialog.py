"""示范单位评定 (台账 ▸ 示范单位评定…): candidates checked against the province's demonstration
standards, the prefecture's recommendation list within its quota, and the review calendar.

候选单位: the county's candidates (or its prefecture's, ticked), each with its standard, whether it
meets it and where it stands. The form beside gives the facts the chosen standard reads: a figure in
the unit the standard says, or 是/否 for a condition the clerk confirms; under each, as it is typed,
whether it passes (green), fails (red) or lacks data (grey), with the figures compared. 保存 keeps
the facts; 推荐, 撤回推荐, 认定, 复核合格 and 撤销认定 act on the day chosen. A new candidate is typed
in or taken from the enterprise register (its capital, revenue and online sales prefilled).

推荐名单: per group (enterprises, bases, counties) the quota of the county's prefecture for a year's
round, what is used and left, and the passing candidates within it and beyond it.

复核日历: the recognised units with the day each review is due (两年一次), overdue first in red.

Everything goes through StandardService (services/standards.py) from the window's bundle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.domain.standards import (
    Criterion,
    CriterionResult,
    Evaluation,
    Kind,
    Outcome,
    Standard,
    Standards,
    Status,
    Verdict,
    read_fact,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, issue_message, translate
from desktop_app.ui.table_model_base import HeaderedTableModel, Index

if TYPE_CHECKING:
    from desktop_app.services.bundle import ServiceBundle
    from desktop_app.services.standards import (
        Candidate,
        QuotaLine,
        RecommendationList,
        ReviewDue,
        StandardService,
    )

OUTCOME_COLOURS = {Outcome.PASS: "#1b7a3a", Outcome.FAIL: "#b3261e", Outcome.MISSING: "#6b6b6b"}
VERDICT_COLOURS = {Verdict.PASS: "#1b7a3a", Verdict.FAIL: "#b3261e", Verdict.INCOMPLETE: "#6b6b6b"}
VERDICT_BRUSHES = {
    Verdict.PASS: QBrush(QColor("#e2f0d9")),
    Verdict.FAIL: QBrush(QColor("#f8d7da")),
    Verdict.INCOMPLETE: QBrush(QColor("#eeeeee")),
}
OVERDUE_BRUSH = QBrush(QColor("#b3261e"))

VERDICT_TEXTS = {
    Verdict.PASS: QT_TRANSLATE_NOOP("Standards", "Meets the standard"),
    Verdict.FAIL: QT_TRANSLATE_NOOP("Standards", "Falls short"),
    Verdict.INCOMPLETE: QT_TRANSLATE_NOOP("Standards", "Data lacking"),
}
STATUS_TEXTS = {
    Status.CANDIDATE: QT_TRANSLATE_NOOP("Standards", "Candidate"),
    Status.RECOMMENDED: QT_TRANSLATE_NOOP("Standards", "Recommended"),
    Status.RECOGNISED: QT_TRANSLATE_NOOP("Standards", "Recognised"),
    Status.REVOKED: QT_TRANSLATE_NOOP("Standards", "Revoked"),
}
YES_NO = (
    ("", QT_TRANSLATE_NOOP("Standards", "— not confirmed —")),
    ("是", QT_TRANSLATE_NOOP("Standards", "Yes")),
    ("否", QT_TRANSLATE_NOOP("Standards", "No")),
)


def english() -> bool:
    return current_language() == "en"


def tr(text: str) -> str:
    return translate("Standards", text)


def verdict_text(verdict: Verdict) -> str:
    return tr(VERDICT_TEXTS[verdict])


def status_text(status: Status) -> str:
    return tr(STATUS_TEXTS[status])


def result_text(result: CriterionResult) -> str:
    """Why a criterion passes, fails or lacks data, in the chosen language."""
    return issue_message(result.issue(english()))


YES_CHECKS = {
    Outcome.PASS: QT_TRANSLATE_NOOP("Standards", "Confirmed."),
    Outcome.FAIL: QT_TRANSLATE_NOOP("Standards", "Not met."),
    Outcome.MISSING: QT_TRANSLATE_NOOP("Standards", "Not confirmed yet."),
}


def check_text(result: CriterionResult) -> str:
    """The line under a fact in the form: a condition's answer in a word (its name is beside
    it), a figure's comparison in full."""
    if result.criterion.kind is Kind.YES:
        return tr(YES_CHECKS[result.outcome])
    return result_text(result)


def status_day(candidate: Candidate) -> date | None:
    """The day that goes with where it stands."""
    if candidate.status is Status.RECOMMENDED:
        return candidate.recommended_on
    if candidate.status is Status.RECOGNISED:
        return candidate.reviewed_on or candidate.recognised_on
    if candidate.status is Status.REVOKED:
        return candidate.reviewed_on
    return None


# --- the grids ---------------------------------------------------------------------------------------
class CandidateTableModel(HeaderedTableModel):
    """One row per candidate: name, verdict (coloured), status and its day, standard, county."""

    COL_NAME, COL_VERDICT, COL_STATUS, COL_DAY, COL_STANDARD, COL_REGION = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("CandidateTableModel", "Name"),
        QT_TRANSLATE_NOOP("CandidateTableModel", "Check"),
        QT_TRANSLATE_NOOP("CandidateTableModel", "Status"),
        QT_TRANSLATE_NOOP("CandidateTableModel", "Day"),
        QT_TRANSLATE_NOOP("CandidateTableModel", "Standard"),
        QT_TRANSLATE_NOOP("CandidateTableModel", "County"),
    )
    IdRole = Qt.ItemDataRole.UserRole + 1

    def set_rows(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def candidate(self, row: int) -> Candidate:
        found: Candidate = self._rows[row]
        return found

    def row_of(self, candidate_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == candidate_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        candidate = self.candidate(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NAME:
                return candidate.name
            if column == self.COL_REGION:
                return candidate.region_name
            if column == self.COL_STANDARD:
                return candidate.standard.name(english())
            if column == self.COL_VERDICT:
                return verdict_text(candidate.verdict)
            if column == self.COL_STATUS:
                return status_text(candidate.status)
            if column == self.COL_DAY:
                day = status_day(candidate)
                return day.isoformat() if day else ""
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_VERDICT:
            return VERDICT_BRUSHES[candidate.verdict]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_VERDICT:
            reasons = [
                result_text(r)
                for r in candidate.evaluation.results
                if r.outcome is not Outcome.PASS
            ]
            return "\n".join(reasons) or None
        if role == self.IdRole:
            return candidate.id
        return None


@dataclass(frozen=True)
class _ListRow:
    line: QuotaLine
    candidate: Candidate
    place: str  # used, within, beyond


PLACE_TEXTS = {
    "used": QT_TRANSLATE_NOOP("Standards", "Recommended or recognised this round"),
    "within": QT_TRANSLATE_NOOP("Standards", "Passes, within the quota left"),
    "beyond": QT_TRANSLATE_NOOP("Standards", "Passes, beyond the quota left"),
}
PLACE_BRUSHES = {
    "used": QBrush(QColor("#dbe9f6")),
    "within": QBrush(QColor("#e2f0d9")),
    "beyond": QBrush(QColor("#fff3cd")),
}


class RecommendationTableModel(HeaderedTableModel):
    """The prefecture's list for a round: per group, the units used, within and beyond quota."""

    COL_GROUP, COL_NAME, COL_REGION, COL_STANDARD, COL_PLACE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("RecommendationTableModel", "Group"),
        QT_TRANSLATE_NOOP("RecommendationTableModel", "Name"),
        QT_TRANSLATE_NOOP("RecommendationTableModel", "County"),
        QT_TRANSLATE_NOOP("RecommendationTableModel", "Standard"),
        QT_TRANSLATE_NOOP("RecommendationTableModel", "Place on the list"),
    )

    def set_rows(self, listed: RecommendationList | None) -> None:
        self.beginResetModel()
        rows: list[_ListRow] = []
        if listed is not None:
            for line in listed.lines:
                for place, found in (
                    ("used", line.used),
                    ("within", line.within),
                    ("beyond", line.beyond),
                ):
                    rows.extend(_ListRow(line, c, place) for c in found)
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> _ListRow:
        found: _ListRow = self._rows[row]
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_GROUP:
                return item.line.group.name(english())
            if column == self.COL_NAME:
                return item.candidate.name
            if column == self.COL_REGION:
                return item.candidate.region_name
            if column == self.COL_STANDARD:
                return item.candidate.standard.name(english())
            if column == self.COL_PLACE:
                return tr(PLACE_TEXTS[item.place])
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_PLACE:
            return PLACE_BRUSHES[item.place]
        return None


class ReviewTableModel(HeaderedTableModel):
    """Recognised units and when each review is due, overdue first (in red)."""

    COL_NAME, COL_REGION, COL_STANDARD, COL_RECOGNISED, COL_REVIEWED, COL_DUE, COL_LEFT = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewTableModel", "Name"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "County"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "Standard"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "Recognised on"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "Last reviewed"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "Review due"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "When"),
    )

    def set_rows(self, rows: list[ReviewDue]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def due(self, row: int) -> ReviewDue:
        found: ReviewDue = self._rows[row]
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        due = self.due(index.row())
        candidate = due.candidate
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NAME:
                return candidate.name
            if column == self.COL_REGION:
                return candidate.region_name
            if column == self.COL_STANDARD:
                return candidate.standard.name(english())
            if column == self.COL_RECOGNISED:
                return candidate.recognised_on.isoformat() if candidate.recognised_on else ""
            if column == self.COL_REVIEWED:
                return candidate.reviewed_on.isoformat() if candidate.reviewed_on else ""
            if column == self.COL_DUE:
                return due.due.isoformat()
            if column == self.COL_LEFT:
                if due.overdue:
                    return translate("Standards", "overdue by %n day(s)", None, -due.days_left)
                return translate("Standards", "in %n day(s)", None, due.days_left)
        if role == Qt.ItemDataRole.ForegroundRole and due.overdue:
            return OVERDUE_BRUSH
        return None


# --- the facts form ------------------------------------------------------------------------------------
class FactsForm(QWidget):
    """The facts a standard reads, each with its check shown under it as it is typed."""

    #: A fact was typed or chosen.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QGridLayout(self)
        self.layout_.setColumnStretch(1, 1)
        self.standard: Standard | None = None
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.checks: dict[str, QLabel] = {}

    def set_standard(self, standard: Standard | None, facts: dict[str, Any]) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not when the event loop deletes it
                widget.deleteLater()
        self.editors, self.checks = {}, {}
        self.standard = standard
        for row in range(self.layout_.rowCount()):
            self.layout_.setRowStretch(row, 0)
        if standard is None:
            return
        row = 0
        # Figures first (they decide most cases), then the conditions, each in the file's order.
        for criterion in sorted(standard.criteria, key=lambda c: c.kind is Kind.YES):
            row = self._add(criterion, facts, row, 0)
        self.layout_.setRowStretch(row, 1)  # a short form stays at the top

    def _add(self, criterion: Criterion, facts: dict[str, Any], row: int, depth: int) -> int:
        indent = "\u3000" * depth
        if criterion.kind.is_compound:
            words = (
                self.tr("one of these:")
                if criterion.kind is Kind.ANY_OF
                else self.tr("all of these:")
            )
            heading = QLabel(f"{indent}<b>{criterion.name(english())}</b> — {words}")
            heading.setToolTip(criterion.source)
            self.layout_.addWidget(heading, row, 0, 1, 2)
            check = self._check_label()
            self.layout_.addWidget(check, row + 1, 0, 1, 2)
            self.checks[criterion.key] = check
            row += 2
            for part in criterion.parts:
                row = self._add(part, facts, row, depth + 1)
            return row
        name = criterion.name(english())
        label = QLabel(indent + name)
        label.setWordWrap(True)
        label.setToolTip("\n".join(t for t in (criterion.source, criterion.note) if t))
        editor: QLineEdit | QComboBox
        value = facts.get(criterion.key)
        if criterion.kind is Kind.YES:
            editor = QComboBox()
            for key, text in YES_NO:
                editor.addItem(tr(text), key)
            editor.setCurrentIndex(0 if value is None else (1 if value else 2))
            editor.currentIndexChanged.connect(lambda _i: self.edited.emit())
        else:
            editor = QLineEdit("" if value is None else format(value, "f"))
            unit = criterion.unit or ""
            editor.setPlaceholderText(unit)
            editor.setToolTip(criterion.note or criterion.source)
            editor.textEdited.connect(lambda _t: self.edited.emit())
            label.setText(f"{indent}{name}（{unit}）" if not english() else f"{name} ({unit})")
        label.setBuddy(editor)
        editor.setAccessibleName(name)
        self.layout_.addWidget(label, row, 0)
        self.layout_.addWidget(editor, row, 1)
        check = self._check_label()
        self.layout_.addWidget(check, row + 1, 0, 1, 2)
        self.editors[criterion.key] = editor
        self.checks[criterion.key] = check
        return row + 2

    @staticmethod
    def _check_label() -> QLabel:
        check = QLabel()
        check.setWordWrap(True)
        check.setTextFormat(Qt.TextFormat.PlainText)
        return check

    def read(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The facts as typed, and the sentences of those that cannot be read (left out)."""
        facts: dict[str, Any] = {}
        errors: dict[str, str] = {}
        if self.standard is None:
            return facts, errors
        for criterion in self.standard.facts():
            editor = self.editors[criterion.key]
            text = editor.currentData() if isinstance(editor, QComboBox) else editor.text()
            try:
                value = read_fact(criterion, text)
            except DomainError as exc:
                errors[criterion.key] = issue_message(exc.issue)
                continue
            if value is not None:
                facts[criterion.key] = value
        return facts, errors

    def show_evaluation(self, evaluation: Evaluation | None, errors: dict[str, str]) -> None:
        if evaluation is None:
            return
        for result in evaluation.results:
            for _depth, found in result.walk():
                check = self.checks.get(found.criterion.key)
                if check is None:
                    continue
                error = errors.get(found.criterion.key)
                colour = OUTCOME_COLOURS[Outcome.FAIL if error else found.outcome]
                check.setStyleSheet(f"color: {colour}; margin-bottom: 4px;")
                check.setText(error or check_text(found))
                check.setProperty("outcome", "bad_input" if error else found.outcome.value)

    def outcome_of(self, key: str) -> str:
        """pass, fail, missing or bad_input: what the line under a fact shows."""
        return str(self.checks[key].property("outcome"))


# --- a new candidate -------------------------------------------------------------------------------------
class NewCandidateDialog(QDialog):
    """新建候选单位: a standard, and a name typed or an enterprise taken from the register."""

    def __init__(
        self,
        standards: Standards,
        enterprises: list[tuple[int, str, str]],
        county_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New candidate"))
        self.county_name = county_name
        self.standard = QComboBox()
        for standard in standards.standards:
            self.standard.addItem(standard.name(english()), standard.key)
        self._groups = {s.key: s.group for s in standards.standards}
        self.source = QComboBox()
        self.source.addItem(self.tr("— typed in —"), None)
        for entry_id, name, place in enterprises:
            self.source.addItem(f"{name}（{place}）" if place else name, entry_id)
        self.name = QLineEdit()
        self.hint = QLabel(
            self.tr(
                "Taken from the enterprise register, its registered capital, revenue and online "
                "sales fill the figures the standard reads from them; check them against the "
                "enterprise's own papers."
            )
        )
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Standard:"), self.standard)
        form.addRow(self.tr("&From the register:"), self.source)
        form.addRow(self.tr("&Name:"), self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.standard.currentIndexChanged.connect(lambda _i: self._standard_chosen())
        self.source.currentIndexChanged.connect(lambda _i: self._source_chosen())
        self.name.textChanged.connect(lambda _t: self._enable())
        self.setMinimumWidth(460)
        self._standard_chosen()

    def _standard_chosen(self) -> None:
        is_county = self._groups.get(self.standard_key()) == "county"
        is_enterprise = self._groups.get(self.standard_key()) == "enterprise"
        self.source.setEnabled(is_enterprise and self.source.count() > 1)
        if not is_enterprise:
            self.source.setCurrentIndex(0)
        if is_county:
            self.name.setText(self.county_name)
        self.name.setReadOnly(is_county)
        self._enable()

    def _source_chosen(self) -> None:
        if self.entry_id() is not None:
            text = self.source.currentText()
            self.name.setText(text.split("（")[0])
        self.name.setReadOnly(self.entry_id() is not None or self.name.isReadOnly())
        if self.entry_id() is None and self._groups.get(self.standard_key()) != "county":
            self.name.setReadOnly(False)
        self._enable()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def standard_key(self) -> str:
        return str(self.standard.currentData())

    def entry_id(self) -> int | None:
        data = self.source.currentData()
        return int(data) if data is not None else None


# --- the window --------------------------------------------------------------------------------------------
class StandardsDialog(QDialog):
    """示范单位评定 for one county (and its prefecture)."""

    #: Candidates were added, changed or removed.
    candidates_changed = Signal()

    def __init__(
        self,
        bundle: ServiceBundle,
        county_code: str,
        county_name: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.bundle = bundle
        self.service: StandardService = bundle.standards
        self.county_code, self.county_name = county_code, county_name
        self.today = today or date.today()
        self.standards: Standards | None = None
        self.current: Candidate | None = None
        self._loading = False
        self._dirty = False
        self._quota_text = ""
        #: The county's prefecture (the county itself where it has none): the list's scope.
        self.prefecture_code = county_code
        self.setWindowTitle(
            self.tr("Demonstration units — %1").replace("%1", f"{county_name} ({county_code})")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._candidates_tab(), self.tr("&Candidates"))
        self.tabs.addTab(self._list_tab(), self.tr("Recommendation &list"))
        self.tabs.addTab(self._calendar_tab(), self.tr("Review cal&endar"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tabs())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.source_label)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(1180, 720)
        try:
            self.standards = self.service.standards_for(county_code)
            lineage = bundle.regions.lineage(county_code)
        except DomainError as exc:
            self.standards = None
            self.tabs.setEnabled(False)
            self._say(issue_message(exc.issue), error=True)
            return
        self.prefecture_code = next(
            (r.code for r in lineage if r.level.value == "prefecture"), county_code
        )
        self.source_label.setText(
            self.tr("Standards: %1 (%2). Reviewed every %3 years.")
            .replace("%1", self.standards.name(english()))
            .replace("%2", self.standards.source)
            .replace("%3", str(self.standards.review_years))
        )
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _button(self, text: str, slot: Any, keys: str | None = None) -> QPushButton:
        push = QPushButton(text)
        push.setAutoDefault(False)
        push.clicked.connect(lambda _checked=False: slot())
        if keys is not None:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False: slot())
            self.addAction(action)
        return push

    def _candidates_tab(self) -> QWidget:
        self.model = CandidateTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen())
        self.whole_prefecture = QCheckBox(self.tr("Show the whole &prefecture"))
        self.whole_prefecture.toggled.connect(lambda _on: self.reload())
        self.new_button = self._button(self.tr("&New… (Ctrl+N)"), self.new_candidate, "Ctrl+N")
        self.remove_button = self._button(self.tr("&Remove"), self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.whole_prefecture)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.name_edit = QLineEdit()
        self.name_edit.textEdited.connect(lambda _t: self._edited())
        self.standard_combo = QComboBox()
        self.standard_combo.currentIndexChanged.connect(lambda _i: self._standard_changed())
        self.note_edit = QLineEdit()
        self.note_edit.textEdited.connect(lambda _t: self._edited())
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        head = QFormLayout()
        head.addRow(self.tr("Na&me:"), self.name_edit)
        head.addRow(self.tr("S&tandard:"), self.standard_combo)
        head.addRow(self.tr("N&ote:"), self.note_edit)
        self.facts_form = FactsForm()
        self.facts_form.edited.connect(self._edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.facts_form)
        self.save_button = self._button(self.tr("&Save (Ctrl+S)"), self.save, "Ctrl+S")
        self.day_edit = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.dateChanged.connect(lambda _d: self._day_changed())
        self.recommend_button = self._button(self.tr("Recommen&d"), self.recommend)
        self.withdraw_button = self._button(self.tr("&Withdraw"), self.withdraw)
        self.recognise_button = self._button(self.tr("Reco&gnised"), self.recognise)
        self.review_button = self._button(self.tr("Rev&iew passed"), self.confirm_review)
        self.revoke_button = self._button(self.tr("Re&voke"), self.revoke)
        day_label = QLabel(self.tr("D&ay:"))
        day_label.setBuddy(self.day_edit)
        acts = QHBoxLayout()
        acts.addWidget(self.save_button)
        acts.addSpacing(16)
        acts.addWidget(day_label)
        acts.addWidget(self.day_edit)
        for push in (
            self.recommend_button,
            self.withdraw_button,
            self.recognise_button,
            self.review_button,
            self.revoke_button,
        ):
            acts.addWidget(push)
        acts.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        box = QGroupBox(self.tr("The candidate"))
        right = QVBoxLayout(box)
        right.addLayout(head)
        right.addWidget(self.verdict_label)
        right.addWidget(scroll, 1)
        right.addWidget(self.status_label)
        right.addLayout(acts)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(470)
        return splitter

    def _list_tab(self) -> QWidget:
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.today.year)
        self.year_spin.valueChanged.connect(lambda _v: self._refresh_list())
        self.quota_label = QLabel()
        self.quota_label.setWordWrap(True)
        self.list_model = RecommendationTableModel(self)
        self.list_table = QTableView()
        self.list_table.setModel(self.list_model)
        self.list_table.verticalHeader().hide()
        self.list_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Round (year):"))
        year_label.setBuddy(self.year_spin)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.quota_label)
        layout.addWidget(self.list_table, 1)
        return page

    def _calendar_tab(self) -> QWidget:
        self.review_model = ReviewTableModel(self)
        self.review_table = QTableView()
        self.review_table.setModel(self.review_model)
        self.review_table.verticalHeader().hide()
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.review_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.review_label)
        layout.addWidget(self.review_table, 1)
        return page

    # --- reading ---------------------------------------------------------------------------------
    def scope(self) -> str:
        """The county, or its prefecture when the whole prefecture is shown."""
        return self.prefecture_code if self.whole_prefecture.isChecked() else self.county_code

    def reload(self, select: int | None = None) -> None:
        if self.standards is None:
            return
        keep = select if select is not None else (self.current.id if self.current else None)
        try:
            rows = self.service.candidates(self.scope())
        except DomainError as exc:
            self._say(issue_message(exc.issue), error=True)
            return
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, CandidateTableModel.COL_NAME))
        else:
            self.current = None
            self._show(None)
        self._refresh_tabs()

    def _refresh_tabs(self) -> None:
        if self.standards is None:
            return
        if self.tabs.currentIndex() == 1:
            self._refresh_list()
        elif self.tabs.currentIndex() == 2:
            self._refresh_calendar()

    def _refresh_list(self) -> None:
        try:
            listed = self.service.recommendation_list(self.county_code, self.year_spin.value())
        except DomainError as exc:
            self._say(issue_message(exc.issue), error=True)
            return
        self.list_model.set_rows(listed)
        lines = []
        for line in listed.lines:
            if line.quota is None:
                text = self.tr("%1: no quota set for %2; %3 recommended or recognised.")
                region_class = listed.region_class
                text = text.replace(
                    "%2", region_class.name_en if english() else region_class.name_zh
                )
            else:
                text = self.tr("%1: quota %2, %3 recommended or recognised, %4 left.")
                text = text.replace("%2", str(line.quota)).replace("%4", str(line.left))
            lines.append(
                text.replace("%1", line.group.name(english())).replace("%3", str(len(line.used)))
            )
        title = self.tr("%1, round of %2:").replace("%1", listed.prefecture_name)
        title = title.replace("%2", str(listed.year))
        self.quota_label.setText(title + "\n" + "\n".join(lines))

    def _refresh_calendar(self) -> None:
        try:
            rows = self.service.review_calendar(self.scope(), self.today)
        except DomainError as exc:
            self._say(issue_message(exc.issue), error=True)
            return
        self.review_model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.review_label.setText(
            self.tr("%1 recognised unit(s); %2 overdue for review (as of %3).")
            .replace("%1", str(len(rows)))
            .replace("%2", str(overdue))
            .replace("%3", self.today.isoformat())
        )

    def _chosen(self) -> None:
        index = self.table.currentIndex()
        self.current = self.model.candidate(index.row()) if index.isValid() else None
        self._show(self.current)

    def _show(self, candidate: Candidate | None) -> None:
        self._loading = True
        try:
            self.standard_combo.clear()
            if self.standards is not None and candidate is not None:
                group = candidate.standard.group
                for standard in self.standards.standards:
                    if standard.group == group:
                        self.standard_combo.addItem(standard.name(english()), standard.key)
                self.standard_combo.setCurrentIndex(
                    self.standard_combo.findData(candidate.standard.key)
                )
            self.name_edit.setText(candidate.name if candidate else "")
            self.note_edit.setText(candidate.note if candidate else "")
            self.facts_form.set_standard(
                candidate.standard if candidate else None,
                dict(candidate.facts) if candidate else {},
            )
        finally:
            self._loading = False
        self._dirty = False
        self._quota_text = self._quota_of(candidate)
        self._evaluate()
        self._enable()

    def _day_changed(self) -> None:
        self._quota_text = self._quota_of(self.current)
        self._evaluate()

    def _quota_of(self, candidate: Candidate | None) -> str:
        """What the prefecture has left for the candidate's group in the round of the day
        chosen (the candidate tab says it beside 推荐)."""
        if candidate is None:
            return ""
        year = self.chosen_day().year
        try:
            line = self.service.recommendation_list(self.county_code, year).line(
                candidate.standard.group
            )
        except (DomainError, StopIteration):
            return ""
        if line.left is None:
            text = self.tr("%1: no quota in %2.")
        else:
            text = self.tr("%1: %3 of %4 left in %2.")
            text = text.replace("%3", str(line.left)).replace("%4", str(line.quota))
        return text.replace("%1", line.group.name(english())).replace("%2", str(year))

    def _standard_changed(self) -> None:
        if self._loading or self.current is None or self.standards is None:
            return
        facts, _errors = self.facts_form.read()
        self.facts_form.set_standard(
            self.standards.standard(str(self.standard_combo.currentData())), facts
        )
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._evaluate()
        self._enable()

    def _evaluate(self) -> None:
        standard = self.facts_form.standard
        if self.current is None or standard is None:
            self.verdict_label.clear()
            self.status_label.clear()
            return
        facts, errors = self.facts_form.read()
        evaluation = self.service.evaluate(self.current.region_code, standard.key, facts)
        self.facts_form.show_evaluation(evaluation, errors)
        verdict = evaluation.verdict
        counts = {o: 0 for o in Outcome}
        for result in evaluation.results:
            counts[result.outcome] += 1
        self.verdict_label.setStyleSheet(
            f"color: {VERDICT_COLOURS[verdict]}; font-weight: bold; font-size: 11pt;"
        )
        self.verdict_label.setText(
            self.tr("%1 — %2 met, %3 short, %4 lacking data (thresholds for %5).")
            .replace("%1", verdict_text(verdict))
            .replace("%2", str(counts[Outcome.PASS]))
            .replace("%3", str(counts[Outcome.FAIL]))
            .replace("%4", str(counts[Outcome.MISSING]))
            .replace("%5", self._class_name(self.current.region_code))
        )
        self.verdict_label.setProperty("verdict", verdict.value)
        status = status_text(self.current.status)
        day = status_day(self.current)
        text = f"{status} {day.isoformat()}" if day else status
        if self.current.review_due is not None:
            text += self.tr("; review due %1").replace("%1", self.current.review_due.isoformat())
        if self._dirty:
            text += self.tr(" — changes not saved yet")
        if self._quota_text:
            text += "\n" + self._quota_text
        self.status_label.setText(text)

    def _class_name(self, code: str) -> str:
        if self.standards is None:
            return ""
        found = self.standards.region_class(code)
        return found.name_en if english() else found.name_zh

    def _enable(self) -> None:
        candidate = self.current
        status = candidate.status if candidate else None
        has = candidate is not None
        for widget in (self.name_edit, self.note_edit, self.standard_combo, self.day_edit):
            widget.setEnabled(has)
        self.standard_combo.setEnabled(has and status is Status.CANDIDATE)
        self.save_button.setEnabled(has and self._dirty)
        self.remove_button.setEnabled(
            status in (Status.CANDIDATE, Status.REVOKED) if has else False
        )
        self.recommend_button.setEnabled(status is Status.CANDIDATE)
        self.withdraw_button.setEnabled(status is Status.RECOMMENDED)
        self.recognise_button.setEnabled(status in (Status.CANDIDATE, Status.RECOMMENDED))
        self.review_button.setEnabled(status is Status.RECOGNISED)
        self.revoke_button.setEnabled(status is Status.RECOGNISED)

    def chosen_day(self) -> date:
        chosen = self.day_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    # --- acting ----------------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #a4161a;" if error else "color: #1b4332;")
        self.message.setText(text)

    def _done(self, candidate: Candidate, text: str) -> None:
        due = candidate.review_due.isoformat() if candidate.review_due else ""
        self._say(text.replace("%1", candidate.name).replace("%2", due))
        self.current = candidate
        self.reload(candidate.id)
        self.candidates_changed.emit()

    def new_candidate(self) -> None:
        if self.standards is None:
            return
        try:
            rows = self.bundle.registers.rows("enterprises", self.county_code)
        except DomainError as exc:
            self._say(issue_message(exc.issue), error=True)
            return
        enterprises = [(r.id, r.name, "") for r in rows if r.id is not None]
        dialog = NewCandidateDialog(self.standards, enterprises, self.county_name, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            standard, name, entry_id = dialog.standard_key(), dialog.name.text(), dialog.entry_id()
        finally:
            dialog.deleteLater()
        self.add(standard, name, entry_id)

    def add(self, standard: str, name: str, entry_id: int | None = None) -> Candidate | None:
        try:
            if entry_id is not None:
                found = self.service.add_from_register(standard, entry_id)
                if name.strip() and name.strip() != found.name:
                    found = self.service.change(found.id, name=name)
            else:
                found = self.service.add(self.county_code, standard, name)
        except DomainError as exc:
            self._say(issue_message(exc.issue), error=True)
            return None
        self._done(found, self.tr("%1 added; give its facts and save."))
        return found

    def save(self) -> Candidate | None:
        """保存: the name, standard, note and facts as the form shows them."""
        candidate = self.current
        if candidate is None:
            return None
        facts, errors = self.facts_form.read()
        if errors:
            self._say(next(iter(errors.values())), error=True)
            return None
        standard = self.facts_form.standard
        try:
            saved = self.service.change(
                candidate.id,
                name=self.name_edit.text(),
                standard_key=standard.key if standard else None,
                facts=facts,
                note=self.note_edit.text(),
            )
        except DomainError as exc:
            self._say(issue_message(exc.issue), error=True)
            return None
        self._dirty = False
        self._done(saved, self.tr("%1 saved."))
        return saved

    def _act(self, act: Any, done: str) -> None:
        candidate = self.current
        if candidate is None:
            return
        if self._dirty and self.save() is None:
            return
        try:
            changed = act(candidate.id, self.chosen_day())
        except DomainError as exc:
            self._say(issue_message(exc.issue), error=True)
            return
        self._done(changed, done)

    def recommend(self) -> None:
        self._act(self.service.recommend, self.tr("%1 recommended."))

    def withdraw(self) -> None:
        self._act(
            lambda cid, _day: self.service.withdraw(cid), self.tr("%1: recommendation withdrawn.")
        )

    def recognise(self) -> None:
        self._act(self.service.recognise, self.tr("%1 recorded as recognised."))

    def confirm_review(self) -> None:
        self._act(self.service.confirm_review, self.tr("%1: review passed; the next is due on %2."))

    def revoke(self) -> None:
        self._act(self.service.revoke, self.tr("%1: recognition revoked."))

    def remove(self) -> None:
        candidate = self.current
        if candidate is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Remove a candidate"),
            self.tr("Remove %1 and the facts given for it?").replace("%1", candidate.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        self.remove_now(candidate.id)

    def remove_now(self, candidate_id: int) -> bool:
        try:
            self.service.remove(candidate_id)
        except DomainError as exc:
            self._say(issue_message(exc.issue), error=True)
            return False
        self.current = None
        self._say(self.tr("Candidate removed."))
        self.reload()
        self.candidates_changed.emit()
        return True


def open_standards(
    parent: QWidget, bundle: ServiceBundle, county_code: str, county_name: str
) -> None:
    """Show 示范单位评定 for a county, modal."""
    dialog = StandardsDialog(bundle, county_code, county_name, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
