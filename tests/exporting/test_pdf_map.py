"""The map in the city report (issue 16): the counties coloured by the ranking's figure, the legend,
how many reported and which did not, read back from the PDF's text; the hatching of a county that
has not reported, in the drawing."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.shapes import Group, Line
from reportlab.graphics.shapes import Path as PathShape

from desktop_app.domain.maps import LegendKind, MapMeasure
from desktop_app.exporting.pdf.maps import map_drawing
from desktop_app.i18n import translate
from desktop_app.services.figures import FigureService
from desktop_app.services.maps import MapService
from desktop_app.services.regions import RegionQueries
from desktop_app.services.reports import ReportService
from desktop_app.services.store import Store
from tests.exporting.pdf_support import (
    CITY,
    COUNTY,
    MARCH,
    OTHER_COUNTY,
    expected_ranking,
    listed,
)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_city_report_has_the_map_of_its_ranking_figure(
    demo: Store, tmp_path: Path, chinese: None
) -> None:
    # Given 巴中市, where only 通江县 and 南江县 have figures for 2025
    counties = RegionQueries(demo.sessions).children(CITY)
    ranked = expected_ranking(demo, [c.code for c in counties])
    # When its report for March 2025 is printed
    out = tmp_path / "city.pdf"
    ReportService(demo.sessions).city_report(CITY, MARCH, out)
    text = text_of(out)
    # Then a map of the ranking's indicator (1-3月累计) follows the ranking
    title = translate("Reports", "{indicator} by county ({period})").format(
        indicator=ranked.name_zh, period="2025年1-3月"
    )
    ranking_heading = translate("Reports", "Regions ranked by {indicator} ({period})").format(
        indicator=ranked.name_zh, period="2025年1-3月"
    )
    assert text.index(ranking_heading) < text.index(title)
    # with its legend: the measure and unit, each class of the figures, and 未报送
    picture = MapService(demo.sessions, FigureService(demo.sessions)).map_of(
        CITY, ranked.code, MapMeasure.CUMULATIVE, MARCH
    )
    legend = text[text.index(title) :]
    assert translate("Reports", "{measure} ({unit})").format(
        measure=translate("Reports", "year to date"), unit=ranked.unit
    ) in legend.replace("\n", "")
    classes = [e.label for e in picture.legend if e.kind is LegendKind.CLASS]
    assert classes and all(label in legend for label in classes)
    assert translate("Reports", "Not reported") in legend
    # each class's count a bare number under the heading "Counties" (never "1 counties")
    assert translate("Reports", "Counties") in legend
    assert not re.search(r"\d+ counties", legend)
    # and the line under it: 2 of the 5 counties reported, the three others named in code order
    missing = [c.name for c in counties if c.code not in (COUNTY, OTHER_COUNTY)]
    assert len(missing) == 3
    reported = translate("Reports", "Counties reported: {reported} of {expected}").format(
        reported=2, expected=5
    )
    line = translate("Reports", "{reported}; not reported: {names}").format(
        reported=reported, names=listed(missing)
    )
    assert line in legend.replace("\n", "")


def test_pdf_map_hatches_exactly_the_counties_that_have_not_reported(
    demo: Store, chinese: None
) -> None:
    # Given the map of 巴中市's 网络零售额 1-3月累计, three of its five counties without figures
    ranked = expected_ranking(demo, [COUNTY, OTHER_COUNTY])
    picture = MapService(demo.sessions, FigureService(demo.sessions)).map_of(
        CITY, ranked.code, MapMeasure.CUMULATIVE, MARCH
    )
    assert [f.hatched for f in picture.fills].count(True) == 3
    # When it is drawn for the page
    drawing = map_drawing(picture, "Helvetica", 480)
    # Then each of the three (and the legend's 未报送 square) is crossed by lines clipped to its
    # outline, and no county with a figure is
    hatched = [
        node
        for node in drawing.contents
        if isinstance(node, Group)
        and isinstance(node.contents[0], PathShape)
        and node.contents[0].isClipPath
    ]
    assert len(hatched) == 3 + 1
    for group in hatched:
        lines = group.contents[1:]
        assert lines and all(isinstance(line, Line) for line in lines)
