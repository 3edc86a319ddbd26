"""The multi-unit grid: the same indicators with the county's townships as columns.

For the officer who keys the whole county: each township column holds what is keyed for it (本期,
or 1-N月累计 for an indicator keyed year to date); the county column shows the roll-up.

The page is drawn from one view (services/return_screen.py, TownshipScreen): the county's figures
and every township's from one roll-up, read in one session. A keyed cell is saved through the
screen service, which computes the county's figures and that township's column again (not every
township's); the grid repaints the rows that changed.

As on the return page, each save states the version of the cell shown: a figure another clerk
saved since is refused, shown, named in the message, and the clerk asked which stays: theirs
(Enter) or mine (Ctrl+Enter), saved on the version of theirs (ui/conflict_dialog.py). A pasted
block asks once for all its refused cells.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.figures import display_figure
from desktop_app.domain.indicators import Basis
from desktop_app.domain.issues import Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import Region, RegionLevel
from desktop_app.domain.registers import REGISTERS
from desktop_app.domain.values import format_number
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate
from desktop_app.services.entry_plan import STALE_CODES
from desktop_app.services.regions import RegionQueries
from desktop_app.services.return_screen import (
    ReturnScreenService,
    TownshipChange,
    TownshipRow,
    TownshipScreen,
    keyed,
    township_change,
)
from desktop_app.ui.return_model import DERIVED_BRUSH, READ_ONLY_BRUSH
from desktop_app.ui.return_view import ReturnTableView
from desktop_app.ui.table_model_base import HeaderedTableModel

if TYPE_CHECKING:
    from desktop_app.ui.conflict_dialog import Conflict, ConflictDialog, ConflictQuestion

Index = QModelIndex | QPersistentModelIndex


__all__ = ["MultiUnitPage", "MultiUnitTableModel", "UnitRow", "keyed"]

#: One indicator with the county's total and each township's figure: the view's row.
UnitRow = TownshipRow


class MultiUnitTableModel(HeaderedTableModel):
    COL_CODE = 0
    COL_NAME = 1
    COL_KEYED_AS = 2
    COL_TOTAL = 3
    FIRST_UNIT = 4

    HEADERS = (
        QT_TRANSLATE_NOOP("MultiUnitTableModel", "Code"),
        QT_TRANSLATE_NOOP("MultiUnitTableModel", "Indicator"),
        QT_TRANSLATE_NOOP("MultiUnitTableModel", "Keyed as"),
        QT_TRANSLATE_NOOP("MultiUnitTableModel", "County total"),
    )

    CodeRole = Qt.ItemDataRole.UserRole + 1
    #: A person changed a township's cell: region code, indicator code, text as typed.
    edit_requested = Signal(str, str, str)

    def __init__(self, language: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._units: list[Region] = []
        self._rows: list[UnitRow] = []

    def set_content(self, units: list[Region], rows: list[UnitRow]) -> None:
        """Replace the content: another county or period (or other townships). A reset."""
        self.beginResetModel()
        self._units, self._rows = list(units), list(rows)
        self.endResetModel()

    def update_rows(self, rows: list[UnitRow], changed: Collection[str]) -> None:
        """The same townships and indicators with new figures (a save): dataChanged for the
        rows of `changed` only, so an open editor, the cursor and the columns stay."""
        if [r.indicator.code for r in rows] != [r.indicator.code for r in self._rows]:
            self.set_content(self._units, rows)
            return
        self._rows = list(rows)
        last = self.columnCount() - 1
        wanted = set(changed)
        for i, row in enumerate(rows):
            if row.indicator.code in wanted:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def index_of(self, unit_code: str, indicator_code: str) -> QModelIndex:
        """The cell of one township's figure."""
        row = self.row_of(indicator_code)
        column = next((i for i, u in enumerate(self._units) if u.code == unit_code), -1)
        if row < 0 or column < 0:
            return QModelIndex()
        return self.index(row, self.FIRST_UNIT + column)

    def unit_at(self, column: int) -> Region | None:
        i = column - self.FIRST_UNIT
        return self._units[i] if 0 <= i < len(self._units) else None

    def row_at(self, row: int) -> UnitRow:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.indicator.code == code), -1)

    def version_at(self, unit_code: str, indicator_code: str) -> int | None:
        """The version of a township's cell as shown (None: not known, the save is unchecked)."""
        row = self.row_of(indicator_code)
        column = next((i for i, u in enumerate(self._units) if u.code == unit_code), -1)
        if row < 0 or column < 0 or column >= len(self._rows[row].versions):
            return None
        return self._rows[row].versions[column]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_UNIT + len(self._units)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < self.FIRST_UNIT:
            return super().headerData(section, orientation, role)
        unit = self.unit_at(section)
        return unit.name if unit else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        if (
            index.column() >= self.FIRST_UNIT
            and not row.indicator.is_computed
            and row.derived_from is None
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        ind = row.indicator
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_CODE:
                return ind.code
            if col == self.COL_NAME:
                name = ind.name_en if self._language == "en" else ind.name_zh
                return ("    " if ind.parent_code else "") + name
            if col == self.COL_KEYED_AS:
                if ind.entry_basis is Basis.YTD:
                    return translate("MultiUnitTableModel", "year to date")
                return translate("MultiUnitTableModel", "this period")
            if col == self.COL_TOTAL:
                return display_figure(row.total, ind.scale)
            return display_figure(row.units[col - self.FIRST_UNIT], ind.scale)
        if role == Qt.ItemDataRole.EditRole and col >= self.FIRST_UNIT:
            value = row.units[col - self.FIRST_UNIT]
            if value is None:
                return ""
            if isinstance(value, Decimal):
                return format_number(value, ind.scale, grouping=False)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.COL_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.derived_from and col >= self.COL_TOTAL:
            return DERIVED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and row.derived_from and col >= self.COL_TOTAL:
            title = translate("Registers", REGISTERS[row.derived_from].title)
            return translate(
                "MultiUnitTableModel",
                "Counted from the register “{register}”; change the register, not the figure.",
            ).format(register=title)
        if role == Qt.ItemDataRole.BackgroundRole and not (
            self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return READ_ONLY_BRUSH
        if role == self.CodeRole:
            return ind.code
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        unit = self.unit_at(index.column())
        if (
            role != Qt.ItemDataRole.EditRole
            or unit is None
            or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        ):
            return False
        code = self._rows[index.row()].indicator.code
        self.edit_requested.emit(unit.code, code, "" if value is None else str(value))
        return True


class MultiUnitPage(QWidget):
    message = Signal(str, bool)
    #: A township or village was added under the region (its code): the window's tree reloads.
    regions_changed = Signal(str)

    def __init__(
        self,
        regions: RegionQueries,
        screen: ReturnScreenService,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.regions = regions  # for adding a township or a village
        self.return_screen = screen
        self.region_code: str | None = None
        self.period: Period | None = None
        #: What the page shows: the view as the screen service last answered.
        self.screen_view: TownshipScreen | None = None
        self._language = language
        #: The choice asked after a save refused because someone else changed the cell since.
        self._asked: ConflictQuestion | None = None  # made on the first conflict
        self.model = MultiUnitTableModel(language, self)
        self.view = ReturnTableView()
        self.view.setModel(self.model)
        self.empty_line = QLabel()
        self.empty_line.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add a township…"))
        self.add_button.clicked.connect(self.add_region)
        top = QHBoxLayout()
        top.addWidget(self.empty_line, 1)
        top.addWidget(self.add_button)
        self.message_line = QLabel()
        self.message_line.setObjectName("messageLine")
        self.message_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(self.message_line)
        self.model.edit_requested.connect(self._edit_requested)
        self.view.paste_requested.connect(self._paste_requested)
        self.view.refused_entry_reverted.connect(lambda: self._say("", False))

    def load(self, region_code: str, period: Period) -> None:
        """Show a county's townships; another county or period starts on its first cell, with
        the last one's entries and messages gone."""
        changed = (region_code, period) != (self.region_code, self.period)
        if changed:
            self.view.discard_refused()
            self.show_message("", False)
            self._drop_choice()  # a question about another return's cells is moot
        self.region_code, self.period = region_code, period
        self.refresh()
        if changed or not self.view.currentIndex().isValid():
            self.view.go_to(self.view.first_editable())

    def refresh(self) -> None:
        """Read the county's townships again (one view, one session) and show them."""
        if self.region_code is None or self.period is None:
            return
        before = self.screen_view
        view = self.return_screen.townships(self.region_code, self.period)
        if before is None or (before.region_code, before.period) != (
            view.region_code,
            view.period,
        ):
            self._show(view, None)
        else:
            self._apply(township_change(before, view))

    def _apply(self, change: TownshipChange) -> None:
        self._show(change.view, None if change.reshaped else change.rows)

    def _show(self, view: TownshipScreen, changed: Collection[str] | None) -> None:
        """Show a view: the rows in `changed` repainted, or everything when None."""
        self.screen_view = view
        if changed is None:
            self.model.set_content(list(view.units), list(view.rows))
        else:
            self.model.update_rows(list(view.rows), changed)
        level = view.region_level
        self.add_button.setVisible(level in (RegionLevel.COUNTY, RegionLevel.TOWNSHIP))
        self.add_button.setText(
            self.tr("&Add a township…")
            if level is RegionLevel.COUNTY
            else self.tr("&Add a village…")
        )
        self.empty_line.setText(
            self.tr("%1 has no townships yet. Add them with the button on the right.").replace(
                "%1", view.region_name
            )
            if not view.units
            else ""
        )

    def add_region(self) -> Region | None:
        """Add a township (under a county) or a village (under a township) with a dialog; the
        new column is shown and the window's tree told."""
        from desktop_app.ui.add_region_dialog import AddRegionDialog

        if self.region_code is None:
            return None
        dialog = AddRegionDialog(self.regions, self.regions.get(self.region_code), self)
        try:
            if dialog.exec() != AddRegionDialog.DialogCode.Accepted or dialog.added is None:
                return None
            added = dialog.added
        finally:
            dialog.deleteLater()
        self.refresh()
        self._say(
            self.tr("Added %1 (%2).").replace("%1", added.name).replace("%2", added.code), False
        )
        self.regions_changed.emit(self.region_code)
        return added

    def show_message(self, text: str, refused: bool) -> None:
        """A sentence in the page's message line (the window's too long to reach)."""
        self.message_line.setText(text)
        self.message_line.setStyleSheet("color: #a4161a;" if refused else "color: #1b5e20;")

    def _say(self, text: str, refused: bool) -> None:
        self.show_message(text, refused)
        self.message.emit(text, refused)

    def _edit_requested(self, unit_code: str, indicator_code: str, text: str) -> None:
        view = self.screen_view
        assert view is not None
        index = self.model.index_of(unit_code, indicator_code)
        change = self.return_screen.save_township_cell(view, unit_code, indicator_code, text)
        if change.refusal is not None:
            if change.stale:
                self._apply(change)
                # after the editor's own move to the next cell (see ReturnPage._refused)
                QTimer.singleShot(0, lambda: self.view.go_to(index))
            else:
                # The entry stays in its cell, red, until corrected or Esc.
                self.view.refuse(index, issue_message(change.refusal))
            self._say(issue_message(change.refusal), True)
            if change.stale:
                self._offer_choice(
                    [self._conflict(unit_code, indicator_code, text, change.refusal)]
                )
            return
        self._say(
            self.tr("Saved %1: %2").replace("%1", indicator_code).replace("%2", text or "—"), False
        )
        self._apply(change)

    def _paste_requested(self, start: QModelIndex, text: str) -> None:
        """A block from Excel/WPS: rows are indicators downwards, columns townships rightwards."""
        view = self.screen_view
        if view is None or not start.isValid():
            return
        lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
        cells: list[tuple[str, str, str]] = []
        outside = 0
        for r, line in enumerate(lines):
            for c, piece in enumerate(line.split("\t")):
                row, col = start.row() + r, start.column() + c
                unit = self.model.unit_at(col)
                if row >= self.model.rowCount() or unit is None:
                    outside += 1
                    continue
                index = self.model.index(row, col)
                if not (index.flags() & Qt.ItemFlag.ItemIsEditable):
                    outside += 1
                    continue
                cells.append((unit.code, self.model.row_at(row).indicator.code, piece))
        change = self.return_screen.paste_townships(view, cells)
        self._after_paste(change, outside, {(u, c): t for u, c, t in cells})

    def _after_paste(
        self, change: TownshipChange, outside: int, entered: dict[tuple[str, str], str]
    ) -> None:
        self._apply(change)
        parts = [self.tr("Pasted %1 cells.").replace("%1", str(len(change.cells)))]
        for refusal in change.refusals:
            parts.append(
                f"{refusal.cell.indicator_code}/{refusal.cell.region_code}: {issue_message(refusal.issue)}"
            )
        if outside:
            parts.append(
                self.tr(
                    "%1 cells cannot be typed into (outside the grid or computed) and were left out."
                ).replace("%1", str(outside))
            )
        self._say(" ".join(parts), bool(change.refusals or outside))
        stale = [r for r in change.refusals if r.issue.code in STALE_CODES]
        if stale:
            self._offer_choice(
                [
                    self._conflict(
                        r.cell.region_code,
                        r.cell.indicator_code,
                        entered.get((r.cell.region_code, r.cell.indicator_code), r.cell.text),
                        r.issue,
                        "pasted",
                    )
                    for r in stale
                ]
            )

    # --- keep mine / take theirs ------------------------------------------------------------------
    def _conflict(
        self, unit_code: str, code: str, mine: str, issue: Issue, source: str = "typed"
    ) -> Conflict:
        from desktop_app.ui.conflict_dialog import Conflict

        view = self.screen_view
        unit = next((u for u in view.units if u.code == unit_code), None) if view else None
        row = next((r for r in view.rows if r.indicator.code == code), None) if view else None
        name = ""
        if row is not None:
            name = row.indicator.name_en if self._language == "en" else row.indicator.name_zh
        if unit is not None:
            name = f"{name.strip()} · {unit.name}"
        return Conflict(code, name.strip(" ·"), mine, issue, source, unit_code)

    def _offer_choice(self, conflicts: list[Conflict]) -> None:
        """Ask which figures stay (theirs, shown now, or the clerk's); acted on when the
        dialog closes (the same question as on the return page)."""
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
        if dialog.keep_mine:
            self.keep_mine(dialog.conflicts)
        else:
            count = len(dialog.conflicts)
            self._say(
                self.tr("Kept the figures the others saved in %1 cells.").replace("%1", str(count))
                if count > 1
                else self.tr("Kept %1's figure for %2: %3.")
                .replace("%1", dialog.conflicts[0].who)
                .replace("%2", dialog.conflicts[0].code)
                .replace("%3", dialog.conflicts[0].theirs_text()),
                False,
            )
        if self.conflict_dialog is None:
            self.window().activateWindow()
            self.view.setFocus()

    def keep_mine(self, conflicts: list[Conflict]) -> None:
        """Save the clerk's entries over the figures shown in the choice, each on the version
        of the figure it replaces: one changed again meanwhile is refused and asked again."""
        view = self.screen_view
        if view is None or not conflicts:
            return
        if len(conflicts) == 1:
            [c] = conflicts
            change = self.return_screen.save_township_cell(
                view, c.region_code, c.code, c.mine, based_on=c.version
            )
            if change.refusal is not None:
                if change.stale:
                    self._apply(change)
                self._say(issue_message(change.refusal), True)
                if change.stale:
                    self._offer_choice(
                        [self._conflict(c.region_code, c.code, c.mine, change.refusal)]
                    )
                return
            self._apply(change)
            text = self.tr("Saved %1: %2 (yours, in place of %3's)")
            text = text.replace("%1", c.code).replace("%2", c.mine.strip() or "—")
            self._say(text.replace("%3", c.who), False)
            return
        change = self.return_screen.paste_townships(
            view,
            [(c.region_code, c.code, c.mine) for c in conflicts],
            based_on={(c.region_code, c.code): c.version for c in conflicts},
        )
        self._after_paste(change, 0, {(c.region_code, c.code): c.mine for c in conflicts})
