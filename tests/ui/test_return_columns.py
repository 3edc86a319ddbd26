"""The return grid's columns, measured from their text with the font's metrics (ReturnTableView
.size_columns): never narrower than Qt's own measure of every cell, in either language, for a
county, a township and the province, by month, quarter and year."""

from __future__ import annotations

import pytest

from pytestqt.qtbot import QtBot

from desktop_app.app import workspace_for
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import RegionLevel
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.return_view import ReturnTableView


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_column_is_as_wide_as_qt_measures_its_cells(
    demo_county_store: Store, qtbot: QtBot, language: str
) -> None:
    install_translators(language)
    window = MainWindow(language=language)
    qtbot.addWidget(window)
    window.attach(workspace_for(demo_county_store, "tester", language))
    assert window.page is not None and window.bundle is not None
    page, model = window.page, window.page.model
    township = next(
        region.code
        for region in window.bundle.regions.children("511921")
        if region.level is RegionLevel.TOWNSHIP
    )
    for region in ("511921", township, "510000"):
        for period in (window.period, Period.from_code("2025-Q2"), Period.from_code("2025-Y")):
            # Given the return in a grid that measures it afresh
            page.load(region, period)
            assert model.rowCount() > 30
            view = ReturnTableView()
            qtbot.addWidget(view)
            view.resize(1200, 600)
            view.setModel(model)
            view.show()
            # When its columns are measured
            view.size_columns()
            # Then each is at least as wide as Qt's own measure: the delegate's size hint of
            # every cell of the column (a narrower one would cut its widest figure short)
            for col in range(model.columnCount()):
                assert view.columnWidth(col) >= view.sizeHintForColumn(col), (region, period, col)
