"""The return page: the grid, its checks, and what a clerk does with a return.

The page is drawn from one immutable view of the return (services/return_screen.py: the rows with
their figures, versions, notes and checks, the state and the lock), read in one session. Every
committed cell is saved at once through the screen service (one audited transaction), which
answers with what changed and the new view: the grid repaints the rows that changed, the list of
checks and the state line follow the same view. Refusals are shown in the message line and the
status bar; nothing is saved for them.

Another clerk may have the same database open. Each save states the version of the cell the grid
showed; a cell changed by someone else since is refused by the service, and the page then shows
the stored value in that cell, says who changed it and when, keeps the cursor on it, and asks
which figure stays (ui/conflict_dialog.py): theirs (Enter), or mine (Ctrl+Enter), saved again on
the version of theirs, so that a third change made meanwhile is refused and offered again. A
pasted block asks once for all its refused cells. Submitting and reopening state the version of
the return's state the page showed: a return another person submitted or reopened since is
refused, and the page then shows its state as it is now and says who did what and when.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError, Issue, Severity
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import RegionLevel
from desktop_app.domain.rollup import PLAIN_MEASURES, measure_period
from desktop_app.i18n import issue_message, period_label, translate
from desktop_app.services.entry_plan import STALE_CODES
from desktop_app.services.registers import RegisterService
from desktop_app.services.return_screen import (
    ReturnScreen,
    ReturnScreenService,
    ScreenChange,
    screen_change,
)
from desktop_app.services.returns import ReturnCheck, ReturnService
from desktop_app.services.values import CellQueries, ValueService
from desktop_app.ui.return_model import ReturnTableModel
from desktop_app.ui.return_view import ReturnTableView

if TYPE_CHECKING:
    from desktop_app.services.figures import IndicatorFigures
    from desktop_app.ui.conflict_dialog import Conflict, ConflictDialog, ConflictQuestion
    from desktop_app.ui.rows_behind_dialog import RowsBehindDialog

Index = QModelIndex | QPersistentModelIndex

__all__ = ["STALE_CODES", "IssueListModel", "ReturnPage", "Services"]

ERROR_TEXT = QColor("#a4161a")
WARNING_TEXT = QColor("#8a6100")
EXPLAINED_TEXT = QColor("#1b5e20")
#: The list of checks is as high as its lines up to this many; more scroll (or drag it higher).
ISSUE_LINES_SHOWN = 6

#: The 情况说明 written for a warning: (indicator code, issue code) → text.
Explanations = Mapping[tuple[str, str], str]


@dataclass(frozen=True)
class Services:
    values: ValueService
    cells: CellQueries
    returns: ReturnService
    #: The return screen's views and mutations (the page reads and saves through it).
    screen: ReturnScreenService
    #: The registers (台账): the rows behind a figure derived from one.
    registers: RegisterService | None = None


def explanation_of(issue: Issue, explanations: Explanations) -> str:
    """The 情况说明 written for a warning, or "" (an error is never explained away)."""
    if issue.severity is Severity.ERROR:
        return ""
    return explanations.get((str(issue.params.get("indicator")), issue.code), "").strip()


def _issue_line(issue: Issue, explanation: str) -> str:
    if explanation:
        text = translate("IssueListModel", "Indicator %1 explained: %2")
        code = str(issue.params.get("indicator"))
        return "✓ " + text.replace("%1", code).replace("%2", " ".join(explanation.split()))
    return f"{'✖' if issue.severity is Severity.ERROR else '⚠'} {issue_message(issue)}"


class IssueListModel(QAbstractListModel):
    """The checks of the return, errors first; each row jumps to its cell. A warning with its
    情况说明 written says so, with the text (the warning itself in its tooltip)."""

    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issues: list[tuple[Issue, str]] = []  # each with its explanation, or ""
        self._texts: list[str] = []

    def set_issues(self, issues: list[Issue], explanations: Explanations | None = None) -> None:
        """Show `issues` (with the explanations written for them): the rows between the
        unchanged first and last ones are removed and the new ones inserted (after a keyed
        cell, one or two), so that the list keeps its place and only those rows are laid out
        and painted again; not a reset."""
        explained = explanations or {}
        old = self._issues
        new = [(issue, explanation_of(issue, explained)) for issue in issues]
        same = min(len(old), len(new))
        first = next((i for i in range(same) if old[i] != new[i]), same)
        last = 0  # unchanged rows at the end
        while last < same - first and old[-1 - last] == new[-1 - last]:
            last += 1
        gone, came = len(old) - last, len(new) - last
        if gone > first:
            self.beginRemoveRows(QModelIndex(), first, gone - 1)
            del self._issues[first:gone]
            del self._texts[first:gone]
            self.endRemoveRows()
        if came > first:
            self.beginInsertRows(QModelIndex(), first, came - 1)
            self._issues[first:first] = new[first:came]
            # Said once here, not at each paint (data() is asked for every visible row)
            self._texts[first:first] = [_issue_line(i, e) for i, e in new[first:came]]
            self.endInsertRows()

    def issues(self) -> list[Issue]:
        return [issue for issue, _ in self._issues]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._issues)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._issues):
            return None
        issue, explanation = self._issues[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return issue_message(issue)
        if role == Qt.ItemDataRole.ForegroundRole:
            if explanation:
                return EXPLAINED_TEXT
            return ERROR_TEXT if issue.severity is Severity.ERROR else WARNING_TEXT
        if role == self.CodeRole:
            return issue.params.get("indicator")
        return None


class SetCellCommand(QUndoCommand):
    """An edit already saved; undo puts the old text back through the same service."""

    def __init__(
        self, apply: Callable[[str, str, str], None], code: str, old: str, new: str, label: str
    ) -> None:
        super().__init__(label)
        self._apply, self._code, self._old, self._new = apply, code, old, new
        self._done = True

    def redo(self) -> None:
        if self._done:  # the first redo happens when pushed: the edit is already saved
            self._done = False
            return
        self._apply(self._code, self._new, "redo")

    def undo(self) -> None:
        self._apply(self._code, self._old, "undo")


class ReturnPage(QWidget):
    #: A sentence for the status bar, and whether it reports a refusal.
    message = Signal(str, bool)
    #: The return's status changed (submitted, reopened): the window updates its title.
    status_changed = Signal()

    def __init__(self, services: Services, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.return_screen = services.screen
        self.region_code: str | None = None
        self.period: Period | None = None
        #: What the page shows: the return's view as the screen service last answered.
        self.screen_view: ReturnScreen | None = None
        self._locked_text = ""  # what typing in a submitted return is told
        self.undo_stack = QUndoStack(self)
        #: The choice asked after a save refused because someone else changed the cell since
        #: (None when none is open).
        self._asked: ConflictQuestion | None = None  # made on the first conflict

        self._language = language
        self.model = ReturnTableModel(language, self)
        self.view = ReturnTableView()
        self.view.setModel(self.model)
        # A figure counted from a register: a double-click lists the rows behind it.
        self.view.doubleClicked.connect(self._double_clicked)
        self.issue_model = IssueListModel(self)
        self.issue_view = QListView()
        self.issue_view.setModel(self.issue_model)
        # One line each: the list lays out a changed row without measuring every other one.
        self.issue_view.setUniformItemSizes(True)
        self.issue_view.activated.connect(self._jump_to_issue)
        self.issue_view.clicked.connect(self._jump_to_issue)
        self.message_line = QLabel()
        self.message_line.setObjectName("messageLine")
        self.message_line.setWordWrap(True)
        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.issue_view)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_line)
        layout.addWidget(splitter)
        layout.addWidget(self.message_line)

        self.model.edit_requested.connect(self._edit_requested)
        self.view.paste_requested.connect(self._paste_requested)
        self.view.read_only_typed.connect(self._read_only_typed)
        self.view.refused_entry_reverted.connect(lambda: self._say("", False))
        self._build_actions()

    # --- actions -----------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.copy_last_action = QAction(self.tr("Copy last period"), self)
        self.copy_last_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.copy_last_action.triggered.connect(self.copy_last_period)
        self.submit_action = QAction(self.tr("Submit (报送)"), self)
        self.submit_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.submit_action.triggered.connect(self.submit)
        self.reopen_action = QAction(self.tr("Reopen…"), self)
        self.reopen_action.triggered.connect(self.ask_reopen)
        self.history_action = QAction(self.tr("History of this cell…"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.rows_behind_action = QAction(self.tr("Rows behind this figure…"), self)
        self.rows_behind_action.setShortcut(QKeySequence("Ctrl+B"))
        self.rows_behind_action.triggered.connect(lambda: self.show_rows_behind())
        self.derive_action = QAction(
            self.tr("Count this indicator from the register this year"), self
        )
        self.derive_action.setCheckable(True)
        self.derive_action.triggered.connect(self.set_counted_from_register)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_derive_action())
        for action in (
            self.undo_action,
            self.redo_action,
            self.copy_last_action,
            self.submit_action,
            self.history_action,
            self.rows_behind_action,
        ):
            self.addAction(action)

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.undo_action,
            self.redo_action,
            self.copy_last_action,
            self.submit_action,
            self.reopen_action,
            self.history_action,
            self.rows_behind_action,
            self.derive_action,
        ]

    # --- loading ----------------------------------------------------------------------------------
    def load(self, region_code: str, period: Period) -> None:
        """Show a return; another region or period starts on its first figure to type, with
        the last return's entries and messages gone."""
        changed = (region_code, period) != (self.region_code, self.period)
        if changed:
            self.undo_stack.clear()
            self.view.discard_refused()
            self.show_message("", False)
            self._drop_choice()  # a question about another return's cells is moot
        self.region_code, self.period = region_code, period
        self.refresh()
        if changed or not self.view.currentIndex().isValid():
            self.view.go_to(self.view.first_editable())

    @property
    def last_check(self) -> ReturnCheck | None:
        """The checks of the return shown (those of the view)."""
        return self.screen_view.check if self.screen_view is not None else None

    def refresh(self) -> None:
        """Read the return shown again (one view, one session) and show what differs."""
        if self.region_code is None or self.period is None:
            return
        before = self.screen_view
        view = self.return_screen.view(self.region_code, self.period)
        self._show(screen_change(before, view) if before is not None else None, view)
        self._update_derive_action()

    def _apply(self, change: ScreenChange) -> None:
        """Show what a mutation changed: its rows, the checks, the state, from its view."""
        self._show(change, change.view)

    def _show(self, change: ScreenChange | None, view: ReturnScreen) -> None:
        self.screen_view = view
        whole = (
            change is None
            or change.reshaped
            or self.model.codes() != [row.code for row in view.rows]
        )
        # The issues' text of the rows drawn again (a row's issues are part of the row, so the
        # other rows keep theirs): after a keyed cell a few rows, not the whole return.
        wanted = None if whole or change is None else set(change.rows)
        by_code: dict[str, list[Issue]] = {}
        for issue in view.issues:
            code = str(issue.params.get("indicator"))
            if wanted is None or code in wanted:
                by_code.setdefault(code, []).append(issue)
        explanations = view.check.explanations
        messages = {
            code: "\n".join(self._issue_tip(i, explanations) for i in issues)
            for code, issues in by_code.items()
        }
        rows = list(view.rows)
        self.model.set_period_kind(view.period.kind)
        if whole or change is None:
            self.model.set_rows(rows, messages, self._roll_up_tip(view.region_level))
            self.issue_model.set_issues(view.issues, explanations)
        else:
            self.model.update_rows(rows, change.rows, messages)
            if change.issues_changed:
                self.issue_model.set_issues(view.issues, explanations)
        self._fit_issue_list()
        self._show_state()

    def _issue_tip(self, issue: Issue, explanations: Explanations) -> str:
        """An issue in its cell's tooltip, with the 情况说明 written for it."""
        explanation = explanation_of(issue, explanations)
        if not explanation:
            return issue_message(issue)
        return (
            issue_message(issue)
            + "\n"
            + self.tr("Explanation (情况说明): %1").replace("%1", explanation)
        )

    def _fit_issue_list(self) -> None:
        """The list of checks as high as its lines (a few at most), gone when there are none:
        the status line above the grid still counts them, and the grid gets the room."""
        count = self.issue_model.rowCount()
        if count == 0:
            self.issue_view.hide()
            return
        row = self.issue_view.sizeHintForRow(0)
        frame = 2 * self.issue_view.frameWidth()
        self.issue_view.setMinimumHeight(row + frame)
        self.issue_view.setMaximumHeight(min(count, ISSUE_LINES_SHOWN) * row + frame)
        self.issue_view.show()

    def _show_state(self) -> None:
        view = self.screen_view
        assert view is not None
        state, lock = view.state, view.lock
        if lock is not None and lock.changed_at is not None:
            from desktop_app.services.locks import as_local

            reason = self.tr("Submitted on %1 by %2; reopen it to change a figure.")
            reason = reason.replace("%1", as_local(lock.changed_at).strftime("%Y-%m-%d %H:%M"))
            reason = reason.replace("%2", lock.changed_by or "")
            self.model.set_locked(reason)
            # The reason says "submitted" itself: said once. No emoji padlock: the Chinese fonts
            # of an office PC have none, and it showed as a box.
            self.status_line.setText(reason)
            self._locked_text = (
                self.tr(
                    "This return is locked: it was submitted on %1 by %2. To change a figure, "
                    "reopen it (Return ▸ Reopen…) and give the reason."
                )
                .replace("%1", as_local(lock.changed_at).strftime("%Y-%m-%d %H:%M"))
                .replace("%2", lock.changed_by or "")
            )
        else:
            self.model.set_locked(None)
            self._locked_text = ""
            text = (
                self.tr("Reopened: %1").replace("%1", state.reason or "")
                if state.reason
                else self.tr("Draft")
            )
            errors = len(view.check.errors)
            warnings = len(view.issues) - errors
            counts = (
                self.tr("%1 errors, %2 warnings")
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
            )
            self.status_line.setText(f"{text} · {counts}")
        self.submit_action.setEnabled(lock is None)
        self.reopen_action.setEnabled(state.locked)
        self.copy_last_action.setEnabled(lock is None)

    def _roll_up_tip(self, level: str) -> str:
        """Why a figure kept by the regions below cannot be keyed in this region's return."""
        if level == RegionLevel.PROVINCE.value:
            return self.tr("The sum of the prefectures; key it in each prefecture's return.")
        if level == RegionLevel.PREFECTURE.value:
            return self.tr("The sum of the counties; key it in each county's return.")
        if level == RegionLevel.COUNTY.value:
            return self.tr("The sum of the townships; key it under By township.")
        return self.tr("The sum of the regions below; key it in their returns.")

    # --- editing ---------------------------------------------------------------------------------
    def show_message(self, text: str, refused: bool) -> None:
        """A sentence in the page's message line (the window's too long to reach)."""
        self.message_line.setText(text)
        style = "color: #a4161a;" if refused else "color: #1b5e20;"
        if self.message_line.styleSheet() != style:  # a new style sheet repaints the whole page
            self.message_line.setStyleSheet(style)

    def _say(self, text: str, refused: bool) -> None:
        self.show_message(text, refused)
        self.message.emit(text, refused)

    def _edit_requested(self, code: str, column: int, text: str) -> None:
        view = self.screen_view
        assert view is not None
        index = self.model.index(self.model.row_of(code), column)
        row = self.model.row_at(index.row())
        old = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if column == ReturnTableModel.COL_NOTE:
            change = self.return_screen.save_comment(view, code, text)
        else:
            change = self.return_screen.save_cell(view, code, text)
        if change.refusal is not None:
            if not change.stale:
                # The entry stays in its cell, red, until corrected or Esc.
                self.view.refuse(index, issue_message(change.refusal))
            self._refused(code, change, text)
            return
        if column != ReturnTableModel.COL_NOTE and (text.strip() != old or row.copied):
            label = self.tr("Edit %1").replace("%1", code)
            self.undo_stack.push(SetCellCommand(self._apply_undo, code, old, text, label))
        self._apply(change)
        shown = text if column == ReturnTableModel.COL_NOTE else self._shown(code, column)
        self._say(self.tr("Saved %1: %2").replace("%1", code).replace("%2", shown or "—"), False)

    def _shown(self, code: str, column: int) -> str:
        """A saved figure as its cell shows it (separators, the indicator's scale, 无)."""
        row = self.model.row_of(code)
        if row < 0:
            return ""
        return str(self.model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")

    def _read_only_typed(self, index: QModelIndex) -> None:
        """Typing where nothing can be typed: say why (a locked return: by whom, how to reopen;
        another cell: what its tooltip says)."""
        if self._locked_text:
            self._say(self._locked_text, True)
            return
        tip = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        if tip:
            self._say(str(tip), True)

    def _refused(
        self, code: str, change: ScreenChange, mine: str = "", source: str = "typed"
    ) -> None:
        """Say why a save was refused; a cell someone else changed since shows their value
        (the change's view has it), with the cursor kept on it (after the editor's own move
        to the next cell), and the clerk is asked whether `mine` should replace it."""
        assert change.refusal is not None
        if change.stale:
            self._apply(change)
            row = self.model.row_of(code)
            if row >= 0:
                index = self.model.index(row, self._keyed(row))
                QTimer.singleShot(0, lambda: self.view.go_to(index))
        self._say(issue_message(change.refusal), True)
        if change.stale:
            self._offer_choice([self._conflict(code, mine, change.refusal, source)])

    # --- keep mine / take theirs -------------------------------------------------------------------
    def _conflict(self, code: str, mine: str, issue: Issue, source: str) -> Conflict:
        from desktop_app.ui.conflict_dialog import Conflict

        row = self.model.row_of(code)
        item = self.model.row_at(row).item if row >= 0 else None
        name = ""
        if item is not None:
            indicator = item.indicator
            name = (indicator.name_en if self._language == "en" else indicator.name_zh).strip()
        return Conflict(code, name, mine, issue, source)

    def _offer_choice(self, conflicts: list[Conflict]) -> None:
        """Ask which figures stay (theirs, shown now, or the clerk's); the answer is acted on
        when the dialog closes."""
        if self._asked is None:
            from desktop_app.ui.conflict_dialog import ConflictQuestion

            self._asked = ConflictQuestion(self, self._choice_made)
        self._asked.ask(conflicts)

    def _drop_choice(self) -> None:
        if self._asked is not None:
            self._asked.drop()

    @property
    def conflict_dialog(self) -> ConflictDialog | None:
        """The question about conflicts open now, if any."""
        return self._asked.dialog if self._asked is not None else None

    def _choice_made(self, dialog: ConflictDialog) -> None:
        conflicts = dialog.conflicts
        if dialog.keep_mine:
            self.keep_mine(conflicts)
        else:
            self._took_theirs(conflicts)
        if self.conflict_dialog is None:  # answered: the keyboard is back in the grid
            self.window().activateWindow()
            self.view.setFocus()

    def _took_theirs(self, conflicts: list[Conflict]) -> None:
        if len(conflicts) == 1:
            [conflict] = conflicts
            text = self.tr("Kept %1's figure for %2: %3.")
            text = text.replace("%1", conflict.who).replace("%2", conflict.code)
            self._say(text.replace("%3", conflict.theirs_text()), False)
        else:
            text = self.tr("Kept the figures the others saved in %1 cells.")
            self._say(text.replace("%1", str(len(conflicts))), False)

    def keep_mine(self, conflicts: list[Conflict]) -> None:
        """Save the clerk's entries over the figures shown in the choice, each based on the
        version of the figure it replaces: a figure changed again meanwhile is refused (and
        the choice asked again), never overwritten unseen."""
        view = self.screen_view
        if view is None or not conflicts:
            return
        if len(conflicts) == 1:
            [conflict] = conflicts
            code = conflict.code
            old = self._edit_text(code)
            change = self.return_screen.save_cell(
                view, code, conflict.mine, source=conflict.source, based_on=conflict.version
            )
            if change.refusal is not None:
                self._refused(code, change, conflict.mine, conflict.source)
                return
            if conflict.mine.strip() != old:
                label = self.tr("Edit %1").replace("%1", code)
                self.undo_stack.push(
                    SetCellCommand(self._apply_undo, code, old, conflict.mine, label)
                )
            self._apply(change)
            shown = self._shown(code, self._figure_column(code))
            text = self.tr("Saved %1: %2 (yours, in place of %3's)")
            text = text.replace("%1", code).replace("%2", shown or "—")
            self._say(text.replace("%3", conflict.who), False)
            return
        versions = {c.code: c.version for c in conflicts}
        change = self.return_screen.paste(
            view, [(c.code, c.mine) for c in conflicts], based_on=versions
        )
        self.undo_stack.clear()  # as after a paste
        self._after_paste(change, {c.code: c.mine for c in conflicts})

    def _edit_text(self, code: str) -> str:
        """The figure of a cell as its editor starts (what undo puts back)."""
        row = self.model.row_of(code)
        if row < 0:
            return ""
        index = self.model.index(row, self._keyed(row))
        return str(index.data(Qt.ItemDataRole.EditRole) or "").strip()

    def _apply_undo(self, code: str, text: str, source: str = "undo") -> None:
        """Undo (or redo) an edit: saved as such, so the cell's history says so."""
        assert self.screen_view is not None
        change = self.return_screen.save_cell(self.screen_view, code, text, source=source)
        if change.refusal is not None:
            self._refused(code, change, text, source)
            return
        self._apply(change)
        shown = self._shown(code, self._figure_column(code))
        self._say(self.tr("Restored %1: %2").replace("%1", code).replace("%2", shown or "—"), False)
        self.view.go_to(self.model.index(self.model.row_of(code), self._figure_column(code)))

    def _figure_column(self, code: str) -> int:
        return self.model.keyed_column(self.model.row_at(self.model.row_of(code)))

    def _paste_requested(self, start: QModelIndex, text: str) -> None:
        """A block from Excel/WPS: tab-separated rows fill the figure cells going down."""
        view = self.screen_view
        if view is None or not start.isValid():
            return
        lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
        cells: list[tuple[str, str]] = []
        row = start.row()
        for line in lines:
            while row < self.model.rowCount() and not self.model.is_editable(
                self.model.index(row, self._keyed(row))
            ):
                row += 1
            if row >= self.model.rowCount():
                continue
            shown = self.model.row_at(row)
            assert shown.code is not None
            cells.append((shown.code, line.split("\t")[0]))
            row += 1
        change = self.return_screen.paste(view, cells)
        self.undo_stack.clear()  # a pasted block is undone cell by cell through the history
        self._after_paste(change, dict(cells))

    def _after_paste(self, change: ScreenChange, entered: dict[str, str]) -> None:
        """Show a pasted block's change and say what was refused; the cells refused because
        someone else changed them since (the grid now shows theirs) are offered the choice,
        all at once."""
        self._apply(change)
        if change.refusals:
            details = "; ".join(
                f"{r.cell.indicator_code}: {issue_message(r.issue)}" for r in change.refusals
            )
            text = self.tr("Pasted %1 cells; refused %2 — %3")
            text = text.replace("%1", str(len(change.cells)))
            text = text.replace("%2", str(len(change.refusals)))
            self._say(text.replace("%3", details), True)
        else:
            self._say(self.tr("Pasted %1 cells.").replace("%1", str(len(change.cells))), False)
        stale = [r for r in change.refusals if r.issue.code in STALE_CODES]
        if stale:
            self._offer_choice(
                [
                    self._conflict(
                        r.cell.indicator_code,
                        entered.get(r.cell.indicator_code, r.cell.text),
                        r.issue,
                        "pasted",
                    )
                    for r in stale
                ]
            )

    def _keyed(self, row: int) -> int:
        return self.model.keyed_column(self.model.row_at(row))

    def copy_last_period(self) -> None:
        if self.screen_view is None:
            return
        change = self.return_screen.copy_last_period(self.screen_view)
        if change.refusal is not None:
            self._say(issue_message(change.refusal), True)
            return
        self._apply(change)
        self._say(
            self.tr(
                "Copied %1 end-of-period figures from the last period; confirm each with Enter."
            ).replace("%1", str(len(change.cells))),
            False,
        )

    # --- the return ------------------------------------------------------------------------------
    def submit(self) -> bool:
        """报送. Asks for 情况说明 where warnings need one; refused while errors remain."""
        if self.region_code is None or self.period is None:
            return False
        # The state the clerk decided on: another person's submission or reopening since
        # refuses the submit (the service says who, when), never passes unseen.
        shown = self.screen_view.state.version if self.screen_view is not None else None
        self.refresh()  # the checks as they stand now, another clerk's figures included
        view = self.screen_view
        assert view is not None
        if shown is not None and view.state.version != shown:
            return self._state_refused(self.return_screen.submit(view, based_on=shown))
        checked = view.check
        if checked.errors:
            self._say(
                issue_message(Issue("return_has_errors", params={"count": len(checked.errors)})),
                True,
            )
            return False
        from desktop_app.ui.explanation_dialog import ExplanationOutcome, ask_explanation

        for issue in checked.unexplained:
            code = str(issue.params.get("indicator"))
            outcome, text = ask_explanation(issue_message(issue), self)
            if outcome is ExplanationOutcome.GO_BACK:
                row = self.model.row_of(code)
                if row >= 0:
                    self.view.go_to(self.model.index(row, self._keyed(row)))
                self.view.setFocus()
                self._say(
                    self.tr("Not submitted: correct %1, then submit again.").replace("%1", code),
                    True,
                )
                return False
            if outcome is not ExplanationOutcome.EXPLAINED:
                self._say(self.tr("Not submitted: every warning needs an explanation."), True)
                return False
            refusal = self.return_screen.explain(view, code, issue.code, text)
            if refusal is not None:
                self.refresh()
                self._say(issue_message(refusal), True)
                return False
        change = self.return_screen.submit(view)
        if change.refusal is not None:
            return self._state_refused(change)
        self.undo_stack.clear()
        self._apply(change)
        self._say(self.tr("Submitted. The return is locked."), False)
        self.status_changed.emit()
        return True

    def _state_refused(self, change: ScreenChange) -> bool:
        """A submit or reopening refused: said; one refused because another person submitted
        or reopened the return since shows the return as it is now. Always False."""
        assert change.refusal is not None
        if change.state_stale:
            self.undo_stack.clear()
            self._apply(change)
            self.status_changed.emit()
        self._say(issue_message(change.refusal), True)
        return False

    def ask_reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen the return"), self.tr("Why must the submitted return change?")
        )
        if ok:
            self.reopen(reason)

    def reopen(self, reason: str) -> bool:
        if self.screen_view is None:
            return False
        change = self.return_screen.reopen(self.screen_view, reason)
        if change.refusal is not None:
            return self._state_refused(change)
        self._apply(change)
        self._say(self.tr("Reopened: %1").replace("%1", reason.strip()), False)
        self.status_changed.emit()
        return True

    def show_history(self) -> None:
        from desktop_app.ui.history_dialog import HistoryDialog

        index = self.view.currentIndex()
        code = index.data(ReturnTableModel.CodeRole) if index.isValid() else None
        if not code or self.region_code is None or self.period is None:
            return
        entries = self.services.cells.history(self.region_code, str(code), self.period)
        HistoryDialog(str(code), entries, self).exec()

    def _current_item(self) -> IndicatorFigures | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).item

    def _update_derive_action(self) -> None:
        """Offered on an indicator a register can give, in a county's own return."""
        item = self._current_item()
        view = self.screen_view
        offered = (
            item is not None
            and item.indicator.derived is not None
            and view is not None
            and view.region_level == RegionLevel.COUNTY.value
            and view.lock is None
            and self.services.registers is not None
        )
        self.derive_action.setEnabled(offered)
        self.derive_action.setChecked(bool(offered and item and item.derived_from))

    def set_counted_from_register(self, on: bool) -> bool:
        """The current indicator is counted from its register (on) or keyed (off) in the
        period's year, for the county shown; a refusal (figures keyed this year) is said."""
        item = self._current_item()
        registers = self.services.registers
        if item is None or registers is None or self.region_code is None or self.period is None:
            return False
        try:
            registers.set_deriving(self.region_code, [item.indicator.code], self.period.year, on)
        except DomainError as exc:
            self._say(issue_message(exc.issue), True)
            self._update_derive_action()
            return False
        self.refresh()
        self._update_derive_action()
        code, year = item.indicator.code, str(self.period.year)
        if on:
            text = self.tr("%1 is counted from the register in %2.")
        else:
            text = self.tr("%1 is keyed again in %2.")
        self._say(text.replace("%1", code).replace("%2", year), False)
        return True

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None and row.item is not None and row.item.derived_from:
            self.show_rows_behind(index)

    def show_rows_behind(self, index: QModelIndex | None = None) -> RowsBehindDialog | None:
        """The register's rows a derived figure counts (the current cell's, or `index`'s);
        shown and returned, or None (with a word in the status line) for any other cell."""
        from desktop_app.ui.rows_behind_dialog import RowsBehindDialog

        index = self.view.currentIndex() if index is None else index
        registers = self.services.registers
        if not index.isValid() or registers is None:
            return None
        row = self.model.row_at(index.row())
        measure = ReturnTableModel.MEASURE_OF.get(index.column(), "current")
        if measure not in PLAIN_MEASURES:
            measure = "current"
        item = row.item
        if item is None or item.derived_from is None or self.region_code is None:
            self._say(self.tr("This figure is not counted from a register."), False)
            return None
        assert self.period is not None
        rows = registers.rows_behind(item.indicator.code, self.region_code, self.period, measure)
        places = {p.code: p.name for p in registers.places(self.region_code)}
        name = item.indicator.name_en if self._language == "en" else item.indicator.name_zh
        shown = index.data(Qt.ItemDataRole.DisplayRole) or "—"
        target = measure_period(self.period, measure)
        when = period_label(target, "en" if self._language == "en" else "zh_CN")
        heading = f"{item.indicator.code} {name.strip()} = {shown} ({when})"
        dialog = RowsBehindDialog(heading, item.derived_from, rows, places, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _jump_to_issue(self, index: QModelIndex) -> None:
        code = index.data(IssueListModel.CodeRole)
        row = self.model.row_of(str(code)) if code else -1
        if row >= 0:
            self.view.go_to(self.model.index(row, self._keyed(row)))
            self.view.setFocus()
