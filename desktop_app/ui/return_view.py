"""The return grid's view: keyboard first, as in CSPro.

Typing on a cell starts editing it; Enter saves and moves down to the next cell that can be
typed in; Tab moves right, then on to the next row; Ctrl+V pastes a block copied from Excel/WPS.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)


class CellDelegate(QStyledItemDelegate):
    """A plain line editor; numbers right-aligned. The text goes to the model unparsed."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
        if alignment:
            editor.setAlignment(Qt.AlignmentFlag(alignment))
        return editor


class ReturnTableView(QTableView):
    #: Ctrl+V: the clipboard's text and the cell it lands on.
    paste_requested = Signal(QModelIndex, str)

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
        # Interactive, sized once per new content: ResizeToContents would re-measure every cell
        # of every column after each edit (thousands of data() calls, see bench/README.md).
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setTabKeyNavigation(True)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            model.modelReset.connect(self.resizeColumnsToContents)

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
        model = self.model()
        if model is None or model.rowCount() == 0:
            return QModelIndex()
        top = model.index(0, 0)
        if top.flags() & Qt.ItemFlag.ItemIsEditable:
            return top
        return self.next_editable(top, down=False)

    def go_to(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    # --- Qt overrides --------------------------------------------------------------------------
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        current = self.currentIndex()
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            target = self.next_editable(current, down=True)
            self.go_to(target if target.isValid() else current)
        elif hint == QAbstractItemDelegate.EndEditHint.EditNextItem:  # Tab
            target = self.next_editable(current, down=False)
            self.go_to(target if target.isValid() else current)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            from PySide6.QtWidgets import QApplication

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
        super().keyPressEvent(event)
