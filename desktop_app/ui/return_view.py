"""The return grid's view: keyboard first, as in CSPro.

Typing on a cell starts editing it; Enter saves and moves down to the next cell that can be
typed in; Tab moves right, then on to the next row; Ctrl+V pastes a block copied from Excel/WPS.

An entry the page refuses (``refuse()`` while the model takes it) stays in its cell, red, with the
reason as tooltip, and the cursor stays on it until it is corrected or Esc puts the stored value
back (as DHIS2 does): nothing a clerk typed is thrown away unseen.

Columns are measured once per shape (the same headers): a save or a switch to another region of
the same return changes figures, not the columns, so a click lands where it was aimed. A column's
content is measured from its cells' text with the font's metrics, and the delegate's margins
measured once on one cell: as wide as sizeHintForColumn makes it, without asking the delegate
for every cell's size (a third of the time the window took to show the return). A header
longer than its column's figures ("Same period last year") is written on two lines rather than
widening its column, so that the indicator's name keeps the room.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex

#: An entry refused: the colours of an error cell (return_model.ERROR_BRUSH), dark red text,
#: framed so it stands out among cells flagged as missing.
REFUSED_STYLE = "QLineEdit { background: #f8d7da; color: #a4161a; border: 2px solid #a4161a; }"


class CellEditor(QLineEdit):
    """A line editor that knows its cell, and shows a refusal of what it holds."""

    def __init__(self, parent: QWidget, index: Index) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.refusal: str | None = None
        self.setFrame(False)

    def cell(self) -> QModelIndex:
        """The cell edited, as a plain index (invalid once the row is gone)."""
        model = self.index.model()
        if model is None or not self.index.isValid():
            return QModelIndex()
        return model.index(self.index.row(), self.index.column())

    def show_refusal(self, reason: str) -> None:
        self.refusal = reason
        self.setStyleSheet(REFUSED_STYLE)
        self.setToolTip(reason)
        self.selectAll()  # typing replaces the refused text; an arrow key keeps it to correct
        self.setFocus()


class CellDelegate(QStyledItemDelegate):
    """A plain line editor; numbers right-aligned. The text goes to the model unparsed."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = CellEditor(parent, index)
        alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
        if alignment:
            editor.setAlignment(Qt.AlignmentFlag(alignment))
        return editor


class ReturnTableView(QTableView):
    #: Ctrl+V: the clipboard's text and the cell it lands on.
    paste_requested = Signal(QModelIndex, str)
    #: Text typed on a cell that cannot be typed in (the page says why, e.g. a locked return).
    read_only_typed = Signal(QModelIndex)
    #: Esc on a refused entry: the cell shows its stored value again.
    refused_entry_reverted = Signal()

    #: The column that takes the width the others leave (指标名称), never narrower than its text.
    STRETCH_COLUMN = 1
    #: The text a column where figures are typed is made for: one typed with an IME's
    #: full-width digits (a longer one scrolls in its editor).
    TYPED_SAMPLE = "１，２３４．５"
    #: The text a column of figures shown is made for: an amount with separators and a mark.
    SHOWN_SAMPLE = "888,888.88*"
    #: ... and a column of percentages (the model's PERCENT_COLUMNS).
    PERCENT_SAMPLE = "-100.0"
    #: The name column keeps its own width up to this many average (Latin) characters; when
    #: the window is narrower a longer name is elided, in full in its tooltip.
    NAME_FLOOR_CHARS = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Interactive and measured once per shape: ResizeToContents would re-measure every cell
        # of every column after each edit (thousands of data() calls, see bench/README.md), and
        # re-measuring after a save moved the columns under the clerk's mouse.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A long header wraps onto a second line (size_columns makes the header that high).
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        )
        self.setTabKeyNavigation(True)
        # By pixel: by section, showing a cell at the right edge scrolled whole columns (the
        # indicator's name) out of sight.
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._refusal: tuple[QPersistentModelIndex, str] | None = None
        self._held: CellEditor | None = None  # the editor kept open with a refused entry
        self._sized_for: tuple[str, ...] | None = None
        self._name_floor = 0

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._sized_for = None
        if model is not None:
            model.modelReset.connect(self.size_columns)
            model.rowsInserted.connect(self.size_columns)
            model.headerDataChanged.connect(self.size_columns)

    # --- refused entries ---------------------------------------------------------------------------
    def refuse(self, index: Index, reason: str) -> None:
        """The entry being committed for `index` was refused: its editor stays open, red."""
        self._refusal = (QPersistentModelIndex(index), reason)

    def held_entry(self) -> CellEditor | None:
        """The editor holding a refused entry, if one is open."""
        return self._held

    def discard_refused(self) -> None:
        """Close a refused entry's editor without saving (the return shown changes)."""
        editor, self._held, self._refusal = self._held, None, None
        if editor is not None:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def commitData(self, editor: QWidget) -> None:
        self._refusal = None
        super().commitData(editor)

    # --- moving ------------------------------------------------------------------------------------
    def next_editable(self, start: QModelIndex, *, down: bool) -> QModelIndex:
        """The next cell a clerk can type in.

        Down: the same kind of cell in a following row (a figure, keyed as 本期 or as 累计, or a
        note). Across: the next editable cell to the right, then on the following rows.
        """
        model = self.model()
        if model is None or not start.isValid():
            return QModelIndex()
        if down:
            figure_columns = getattr(model, "FIGURE_COLUMNS", ())
            columns = figure_columns if start.column() in figure_columns else (start.column(),)
            for row in range(start.row() + 1, model.rowCount()):
                for col in columns:
                    index = model.index(row, col)
                    if index.flags() & Qt.ItemFlag.ItemIsEditable:
                        return index
            return QModelIndex()
        for row in range(start.row(), model.rowCount()):
            first = start.column() + 1 if row == start.row() else 0
            for col in range(first, model.columnCount()):
                index = model.index(row, col)
                if index.flags() & Qt.ItemFlag.ItemIsEditable:
                    return index
        return QModelIndex()

    def first_editable(self) -> QModelIndex:
        """The first figure a clerk can type (本期 of the first indicator keyed here), else the
        first editable cell at all (a note)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return QModelIndex()
        columns = getattr(model, "FIGURE_COLUMNS", ()) or range(model.columnCount())
        for row in range(model.rowCount()):
            for col in columns:
                index = model.index(row, col)
                if index.flags() & Qt.ItemFlag.ItemIsEditable:
                    return index
        top = model.index(0, 0)
        if top.flags() & Qt.ItemFlag.ItemIsEditable:
            return top
        return self.next_editable(top, down=False)

    def go_to(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
            self._show_row_start()

    def _show_row_start(self) -> None:
        """Scrolled fully left when the current cell fits so: the indicator's name in sight."""
        current = self.currentIndex()
        if not current.isValid():
            return
        header = self.horizontalHeader()
        right = header.sectionPosition(current.column()) + header.sectionSize(current.column())
        if right <= self._viewport_width():
            self.horizontalScrollBar().setValue(0)

    # --- columns -----------------------------------------------------------------------------------
    def size_columns(self) -> None:
        """Measure the columns from their header and content, once per shape of the model."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        horizontal = Qt.Orientation.Horizontal
        shape = tuple(str(model.headerData(c, horizontal)) for c in range(model.columnCount()))
        if shape == self._sized_for:
            return
        self._sized_for = shape
        metrics = self.fontMetrics()
        typed = metrics.horizontalAdvance(self.TYPED_SAMPLE) + 16
        shown = metrics.horizontalAdvance(self.SHOWN_SAMPLE) + 12
        percent = metrics.horizontalAdvance(self.PERCENT_SAMPLE) + 12
        percent_columns = getattr(model, "PERCENT_COLUMNS", ())
        lines = 1
        contents = self._content_widths()
        for col in range(model.columnCount()):
            content = contents[col]
            one_line, two_lines = self._header_widths(col)
            if col == self.STRETCH_COLUMN:
                width = max(content, one_line)
                self.setColumnWidth(col, width)
                self._name_floor = min(width, metrics.averageCharWidth() * self.NAME_FLOOR_CHARS)
                continue
            kind = self._column_kind(col)
            if kind is not None:
                floor = typed if kind == "typed" else shown
                if kind == "shown" and col in percent_columns:
                    floor = percent
                content = max(content, floor)
            if one_line <= content:
                width = content
            else:  # the header on two lines when that is narrower than on one
                width = max(content, min(one_line, two_lines))
                if width < one_line:
                    lines = 2
            self.setColumnWidth(col, width)
        self._set_header_lines(lines)
        self._fit_name_column()

    def _content_widths(self) -> list[int]:
        """Each column's widest cell: its text's advance in its font (a group heading's is
        bold) rounded up, plus the margins the delegate adds around a text (measured on one
        cell in the view's font): as sizeHintForColumn measures, or a pixel wider, never
        narrower (a narrower column would elide its widest figure)."""
        model = self.model()
        display, font_role = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
        plain = QFontMetricsF(self.font())
        by_font: dict[str, QFontMetricsF] = {}
        widest = [0] * model.columnCount()
        sample: QModelIndex | None = None
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                text = str(index.data(display) or "")
                if not text:
                    continue
                font = index.data(font_role)
                metrics = plain
                if isinstance(font, QFont):
                    metrics = by_font.setdefault(font.key(), QFontMetricsF(font))
                elif sample is None:
                    sample = index
                widest[col] = max(widest[col], math.ceil(metrics.horizontalAdvance(text)))
        if sample is None:
            return [self.sizeHintForColumn(col) for col in range(model.columnCount())]
        text = str(sample.data(display))
        margin = self.sizeHintForIndex(sample).width() - self.fontMetrics().horizontalAdvance(text)
        return [width + margin for width in widest]

    def _header_widths(self, col: int) -> tuple[int, int]:
        """The width a header needs on one line, and on two lines broken at the best space."""
        model = self.model()
        header = self.horizontalHeader()
        text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        font = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else header.font())
        style = header.style()
        # The label's margins on both sides, and a little room so that the painter's own
        # word wrap breaks where it was measured.
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
        one_line = metrics.horizontalAdvance(text) + margin
        words = text.split()
        two_lines = one_line
        for cut in range(1, len(words)):
            first = metrics.horizontalAdvance(" ".join(words[:cut]))
            second = metrics.horizontalAdvance(" ".join(words[cut:]))
            two_lines = min(two_lines, max(first, second) + margin)
        return one_line, two_lines

    def _set_header_lines(self, lines: int) -> None:
        """The header as high as `lines` lines of its text."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        one_line = max(header.sizeHint().height(), metrics.height() + margin)
        header.setMinimumHeight(one_line + (lines - 1) * metrics.lineSpacing())

    def _column_kind(self, col: int) -> str | None:
        """Whether figures are "typed" in some row, or "shown" right-aligned, or neither."""
        model = self.model()
        kind = None
        for row in range(model.rowCount()):
            index = model.index(row, col)
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                return "typed"
            alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
            if alignment and int(alignment) & int(Qt.AlignmentFlag.AlignRight):
                kind = "shown"
        return kind

    def _fit_name_column(self) -> None:
        """The name column takes the width the others leave, but never less than its floor."""
        model = self.model()
        if model is None or self._sized_for is None:
            return
        col = self.STRETCH_COLUMN
        if col >= model.columnCount():
            return
        others = sum(self.columnWidth(c) for c in range(model.columnCount()) if c != col)
        self.setColumnWidth(col, max(self._name_floor, self._viewport_width() - others))

    def _viewport_width(self) -> int:
        """The viewport's width, read from the horizontal header, which QTableView lays out
        exactly over it: PySide's first viewport() call in a process costs ~25 ms (it
        resolves the Python type of a widget Qt made), and the window's first return paid it.
        """
        return self.horizontalHeader().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_name_column()
        self._show_row_start()

    # --- Qt overrides --------------------------------------------------------------------------
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        revert = hint == QAbstractItemDelegate.EndEditHint.RevertModelCache
        if isinstance(editor, CellEditor):
            refusal = self._refusal
            if refusal is not None and refusal[0] == editor.index and not revert:
                self._hold(editor, refusal[1])
                return
            if revert and editor.refusal is not None:
                self.refused_entry_reverted.emit()
            cell = editor.cell()
        else:
            cell = self.currentIndex()
        self._refusal = None
        if editor is self._held:
            self._held = None
        # Moving on is for Enter and Tab in the editor, not for a click elsewhere that closed it.
        stayed = cell == self.currentIndex()
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if not stayed:
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            target = self.next_editable(cell, down=True)
            self.go_to(target if target.isValid() else cell)
        elif hint == QAbstractItemDelegate.EndEditHint.EditNextItem:  # Tab
            target = self.next_editable(cell, down=False)
            self.go_to(target if target.isValid() else cell)

    def _hold(self, editor: CellEditor, reason: str) -> None:
        """Keep a refused entry in its cell, red, with the cursor on it."""
        self._refusal = None
        self._held = editor
        editor.show_refusal(reason)
        cell = editor.cell()
        if cell != self.currentIndex():
            # A click elsewhere closed it: the cursor comes back once the click is done.
            QTimer.singleShot(0, lambda: self._back_to(editor))

    def _back_to(self, editor: CellEditor) -> None:
        if self._held is not editor or not editor.index.isValid():
            return
        self.setCurrentIndex(editor.cell())
        editor.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(self.currentIndex(), QApplication.clipboard().text())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            current = self.currentIndex()
            if current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
            else:
                self.go_to(self.next_editable(current, down=True))
            return
        if (
            self.state() != QAbstractItemView.State.EditingState
            and event.text().strip()
            and event.text().isprintable()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            and not (self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable)
        ):
            self.read_only_typed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
