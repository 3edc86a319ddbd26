"""Tree model of regions (province → prefecture → county …), built once from immutable rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.regions import Region

Index = QModelIndex | QPersistentModelIndex


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

    def set_regions(self, regions: list[Region]) -> None:
        """Regions in any order; each one's parent must be in the list or it becomes a top row."""
        self.beginResetModel()
        self._root = RegionNode(None)
        nodes = {r.code: RegionNode(r) for r in regions}
        for node in nodes.values():
            assert node.region is not None
            parent = nodes.get(node.region.parent_code or "", self._root)
            node.parent = parent
            parent.children.append(node)
        self.endResetModel()

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
