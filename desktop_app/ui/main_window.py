"""The main window: a region tree, a period, and the derived figures of the chosen region.

This is the read-only overview of the foundation; keyed data entry arrives with the return grid.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeView,
    QWidget,
)

from desktop_app.domain.periods import Period
from desktop_app.domain.regions import Region
from desktop_app.services.figures import FigureService
from desktop_app.services.regions import RegionQueries
from desktop_app.ui.figures_model import FiguresTableModel
from desktop_app.ui.region_tree_model import RegionTreeModel


def last_month(today: date) -> Period:
    """Returns are made in the first days of a month for the month before."""
    return Period.month(today.year, today.month).previous()


class MainWindow(QMainWindow):
    def __init__(
        self,
        regions: RegionQueries,
        figures: FigureService,
        *,
        home_region: str | None,
        database_label: str,
        language: str = "zh_CN",
        period: Period | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._regions = regions
        self._figures = figures
        self._period = period or last_month(date.today())
        self._region_code: str | None = None
        self._language = language

        self.region_model = RegionTreeModel(self)
        self.region_view = QTreeView()
        self.region_view.setHeaderHidden(True)
        self.region_view.setModel(self.region_model)

        self.figures_model = FiguresTableModel(language, self)
        self.figures_view = QTableView()
        self.figures_view.setModel(self.figures_model)
        self.figures_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.figures_view.setAlternatingRowColors(True)
        self.figures_view.verticalHeader().setVisible(False)
        header = self.figures_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FiguresTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        rows = self.figures_view.verticalHeader()
        rows.setDefaultSectionSize(self.figures_view.fontMetrics().height() + 8)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.region_view)
        splitter.addWidget(self.figures_view)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([240, 960])
        self.setCentralWidget(splitter)

        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self._build_toolbar()
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", database_label))

        self._load_regions(home_region)
        self.region_view.selectionModel().currentChanged.connect(self._region_chosen)
        start = self.region_model.find(home_region) if home_region else QModelIndex()
        if not start.isValid():
            start = self.region_model.index(0, 0)
        self.region_view.setCurrentIndex(start)
        self.region_view.expand(start.parent())
        self.resize(1280, 760)

    # --- building -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Period"))
        bar.setObjectName("periodToolbar")
        bar.setMovable(False)
        self.previous_action = QAction(self.tr("◀ Previous month"), self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_action.triggered.connect(lambda: self.set_period(self._period.previous()))
        self.next_action = QAction(self.tr("Next month ▶"), self)
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_action.triggered.connect(lambda: self.set_period(self._period.next()))
        bar.addAction(self.previous_action)
        bar.addWidget(self.period_label)
        bar.addAction(self.next_action)
        self.addToolBar(bar)

    def _load_regions(self, home_region: str | None) -> None:
        if home_region:
            lineage = self._regions.lineage(home_region)
            province = lineage[-1]
            regions: list[Region] = [province]
            for prefecture in self._regions.children(province.code):
                regions.append(prefecture)
                regions.extend(self._regions.children(prefecture.code))
            regions.extend(self._regions.children(home_region))
        else:
            regions = self._regions.children(None)
        self.region_model.set_regions(regions)

    # --- reacting ------------------------------------------------------------------------------
    def _region_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.data(RegionTreeModel.CodeRole)
        if code:
            self._region_code = str(code)
            self.refresh()

    def set_period(self, period: Period) -> None:
        self._period = period
        self.refresh()

    @property
    def period(self) -> Period:
        return self._period

    def refresh(self) -> None:
        label = self._period.label_en if self._language == "en" else self._period.label_zh
        self.period_label.setText(f"  {label}  ")
        if self._region_code is None:
            return
        result = self._figures.figures(self._region_code, self._period)
        self.figures_model.set_rows(result.rows)
        self.setWindowTitle(
            self.tr("Xianbao — %1, %2").replace("%1", result.region_name).replace("%2", label)
        )
