"""The return the window opens on, kept as it was displayed, to show before the store is open.

Opening the store imports SQLAlchemy and the services, builds them and reads the return: most of
a second on an office PC. Meanwhile the window shows the return it will open on as it looked the
last time (its rows' text, colours and alignment, the column widths, the title and the state
line), read from a small JSON file in the user data folder: no SQLAlchemy, no database. The page
says it is loading and what time the figures are from, takes no typing, and is replaced by the
live page, read from the database, as soon as the store is open; whatever the live figures are,
they are the ones left on screen.

A snapshot names the database file it came from (its resolved path, device and inode): one from
another file, or a file replaced since by a new one (the program's restore of a backup, a file
moved over it), or in another language, or damaged, is not shown. A file overwritten in place
(`cp other.db xianbao.db` keeps the inode) is not told apart: its old snapshot shows until the
live page replaces it a moment later. A database with staff accounts gets no snapshot: its
figures are shown only to the person who logs in. Servers get none either.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.ui.return_view import ReturnTableView

Index = QModelIndex | QPersistentModelIndex

#: The file's format; a file of another version is not read.
VERSION = 1
#: A snapshot larger than this is no snapshot of a return (a damaged or foreign file).
MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class SnapshotCell:
    text: str
    alignment: int  # Qt.AlignmentFlag as an int; 0: the view's default
    background: str | None  # "#rrggbb", or None for the view's own
    foreground: str | None


@dataclass(frozen=True)
class SnapshotRow:
    cells: tuple[SnapshotCell, ...]
    bold: bool  # a group heading


@dataclass(frozen=True)
class ReturnSnapshot:
    """One return as displayed: what the page showed, with where and when it came from."""

    database: str  # database_identity() of the file it was read from
    language: str
    region_code: str
    period_code: str
    title: str  # the window's title
    state: str  # the page's state line ("草稿 · 0 个错误，2 个警告")
    headers: tuple[str, ...]
    widths: tuple[int, ...]
    header_height: int
    rows: tuple[SnapshotRow, ...]
    taken: str  # local time it was taken, "2026-12-02 10:30"


def database_identity(path: Path) -> str | None:
    """The file as a snapshot names it: its resolved path, device and inode (a new file put
    under the same name is another file; one overwritten in place is not). None when there is
    no such file."""
    try:
        resolved = path.resolve()
        facts = os.stat(resolved)
    except OSError:
        return None
    return f"{resolved}|{facts.st_dev}|{facts.st_ino}"


# --- the file --------------------------------------------------------------------------------------
def write_snapshot(file: Path, snapshot: ReturnSnapshot) -> None:
    """Write `snapshot` to `file` whole or not at all (a temporary file renamed over it)."""
    payload = {
        "version": VERSION,
        "database": snapshot.database,
        "language": snapshot.language,
        "region_code": snapshot.region_code,
        "period_code": snapshot.period_code,
        "title": snapshot.title,
        "state": snapshot.state,
        "headers": list(snapshot.headers),
        "widths": list(snapshot.widths),
        "header_height": snapshot.header_height,
        "rows": [
            {
                "bold": row.bold,
                "cells": [[c.text, c.alignment, c.background, c.foreground] for c in row.cells],
            }
            for row in snapshot.rows
        ],
        "taken": snapshot.taken,
    }
    file.parent.mkdir(parents=True, exist_ok=True)
    partial = file.with_name(file.name + ".partial")
    partial.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, file)


def forget_snapshot(file: Path) -> None:
    file.unlink(missing_ok=True)


def read_snapshot(file: Path, database: str | None, language: str) -> ReturnSnapshot | None:
    """The snapshot in `file` if it was taken of `database` (database_identity) in `language`;
    None when there is none, or it is of another file or language, or it cannot be read."""
    if database is None:
        return None
    try:
        if file.stat().st_size > MAX_BYTES:
            return None
        payload = json.loads(file.read_text(encoding="utf-8"))
        snapshot = _parsed(payload)
    except (OSError, ValueError, TypeError, KeyError, DomainError):
        return None
    if snapshot is None or snapshot.database != database or snapshot.language != language:
        return None
    return snapshot


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("a count expected")
    return value


def _colour(value: Any) -> str | None:
    if value is None:
        return None
    if not QColor.isValidColorName(_text(value)):
        raise ValueError("a colour expected")
    return str(value)


def _parsed(payload: Any) -> ReturnSnapshot | None:
    """The snapshot a JSON payload holds; None for another version. Raises on a damaged one."""
    if not isinstance(payload, dict) or payload.get("version") != VERSION:
        return None
    headers = tuple(_text(h) for h in payload["headers"])
    widths = tuple(_int(w) for w in payload["widths"])
    rows = []
    for row in payload["rows"]:
        cells = tuple(
            SnapshotCell(_text(text), _int(alignment), _colour(background), _colour(foreground))
            for text, alignment, background, foreground in row["cells"]
        )
        if len(cells) != len(headers):
            raise ValueError("a row of another width")
        rows.append(SnapshotRow(cells, bool(row["bold"])))
    if len(widths) != len(headers):
        raise ValueError("widths of another width")
    Period.from_code(_text(payload["period_code"]))  # a period, or DomainError
    return ReturnSnapshot(
        database=_text(payload["database"]),
        language=_text(payload["language"]),
        region_code=_text(payload["region_code"]),
        period_code=_text(payload["period_code"]),
        title=_text(payload["title"]),
        state=_text(payload["state"]),
        headers=headers,
        widths=widths,
        header_height=_int(payload["header_height"]),
        rows=tuple(rows),
        taken=_text(payload["taken"]),
    )


# --- taken from a live grid ------------------------------------------------------------------------
def _colour_of(value: Any) -> str | None:
    if isinstance(value, QBrush):
        value = value.color()
    return value.name() if isinstance(value, QColor) else None


def take_snapshot(
    view: QTableView,
    *,
    database: str,
    language: str,
    region_code: str,
    period_code: str,
    title: str,
    state: str,
) -> ReturnSnapshot:
    """The grid of `view` as it is displayed now, every row of it."""
    model = view.model()
    horizontal = Qt.Orientation.Horizontal
    columns = range(model.columnCount())
    display, align = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
    background, foreground = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole
    rows = []
    for row in range(model.rowCount()):
        cells = []
        bold = False
        for col in columns:
            index = model.index(row, col)
            font = index.data(Qt.ItemDataRole.FontRole)
            bold = bold or (isinstance(font, QFont) and font.bold())
            alignment = index.data(align)
            cells.append(
                SnapshotCell(
                    str(index.data(display) or ""),
                    int(alignment) if alignment else 0,
                    _colour_of(index.data(background)),
                    _colour_of(index.data(foreground)),
                )
            )
        rows.append(SnapshotRow(tuple(cells), bold))
    return ReturnSnapshot(
        database=database,
        language=language,
        region_code=region_code,
        period_code=period_code,
        title=title,
        state=state,
        headers=tuple(str(model.headerData(c, horizontal) or "") for c in columns),
        widths=tuple(view.columnWidth(c) for c in columns),
        header_height=view.horizontalHeader().height(),
        rows=tuple(rows),
        taken=datetime.now().strftime("%Y-%m-%d %H:%M"),
    )


# --- shown -----------------------------------------------------------------------------------------
class SnapshotTableModel(QAbstractTableModel):
    """A snapshot's rows, read-only: no cell can be typed in."""

    def __init__(self, snapshot: ReturnSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._snapshot.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._snapshot.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._snapshot.rows)):
            return None
        row = self._snapshot.rows[index.row()]
        if not (0 <= index.column() < len(row.cells)):
            return None
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.alignment:
            return cell.alignment
        if role == Qt.ItemDataRole.BackgroundRole and cell.background:
            return QBrush(QColor(cell.background))
        if role == Qt.ItemDataRole.ForegroundRole and cell.foreground:
            return QBrush(QColor(cell.foreground))
        if role == Qt.ItemDataRole.FontRole and row.bold:
            return self._bold
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._snapshot.headers)
        ):
            return self._snapshot.headers[section]
        return None


class SnapshotPage(QWidget):
    """The return as last displayed, under a line saying it is loading and from when; the grid
    looks as the live one does (ReturnTableView) but takes no typing."""

    def __init__(self, snapshot: ReturnSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.loading_line = QLabel(
            self.tr(
                "Opening the database… The figures below are as they were shown at %1, for "
                "reading only: the database's own replace them in a moment."
            ).replace("%1", snapshot.taken)
        )
        self.loading_line.setObjectName("snapshotLoadingLine")
        self.loading_line.setWordWrap(True)
        self.loading_line.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4300; padding: 4px 8px; }"
        )
        self.state_line = QLabel(snapshot.state)
        self.model = SnapshotTableModel(snapshot, self)
        self.view = ReturnTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for col, width in enumerate(snapshot.widths):
            self.view.setColumnWidth(col, width)
        self.view.horizontalHeader().setMinimumHeight(snapshot.header_height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loading_line)
        layout.addWidget(self.state_line)
        layout.addWidget(self.view)
