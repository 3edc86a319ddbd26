"""Tree model of regions (province → prefecture → county …), built once from immutable rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.regions import Region

Index = QModelIndex | QPersistentModelIndex
#: A region listed only as the way down to the person's own (see RegionTreeModel.set_regions).
CLOSED_BRUSH = QBrush(QColor("#8a8a8a"))


@dataclass(eq=False)
class RegionNode:
    region: Region | None
    parent: RegionNode | None = None
    children: list[RegionNode] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class RegionTreeModel(QAbstractItemModel):
    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = RegionNode(None)
        self._open: Callable[[str], bool] | None = None

    def set_regions(
        self, regions: list[Region], opens: Callable[[str], bool] | None = None
    ) -> None:
        """Regions in any order; each one's parent must be in the list or it becomes a top row.
        `opens(code)`: whether the region can be chosen (a person limited to some regions
        sees the way down to them greyed); None: every region."""
        self.beginResetModel()
        self._open = opens
        self._root = RegionNode(None)
        nodes = {r.code: RegionNode(r) for r in regions}
        for node in nodes.values():
            assert node.region is not None
            parent = nodes.get(node.region.parent_code or "", self._root)
            node.parent = parent
            parent.children.append(node)
        self.endResetModel()

    def is_open(self, index: Index) -> bool:
        """Whether the region at `index` can be chosen (see set_regions)."""
        region = self.region_at(index)
        return region is not None and (self._open is None or self._open(region.code))

    def first_open(self) -> QModelIndex:
        """The first region that can be chosen, depth first; invalid when there is none."""

        def walk(parent: QModelIndex) -> QModelIndex:
            for row in range(self.rowCount(parent)):
                index = self.index(row, 0, parent)
                if self.is_open(index):
                    return index
                found = walk(index)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(QModelIndex())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_open(index):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled  # listed, expandable, not chosen

    def region_at(self, index: Index) -> Region | None:
        return self._node(index).region if index.isValid() else None

    def _node(self, index: Index) -> RegionNode:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, RegionNode)
            return node
        return self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        region = self._node(index).region
        assert region is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return region.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return region.code
        if role == self.CodeRole:
            return region.code
        if role == Qt.ItemDataRole.ForegroundRole and not self.is_open(index):
            return CLOSED_BRUSH
        return None

    def find(self, code: str) -> QModelIndex:
        matches = self.match(
            self.index(0, 0),
            self.CodeRole,
            code,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return matches[0] if matches else QModelIndex()
