"""Charts drawn with reportlab.graphics (vector, same font, no extra dependency): the trend of key
indicators over twelve months, and bars of progress against the year's targets.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from desktop_app.domain.figures import display_figure
from desktop_app.exporting.pdf.document import unit_text
from desktop_app.exporting.pdf.fonts import RegisteredFont
from desktop_app.exporting.pdf.model import ProgressBar, Trend, TrendSeries
from desktop_app.i18n import translate

# Distinguishable in colour and in grey on a black-and-white office printer.
PALETTE = (
    colors.HexColor("#1F4E79"),
    colors.HexColor("#C0504D"),
    colors.HexColor("#4F8F3A"),
    colors.HexColor("#7F6084"),
)
MARKERS = ("FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond")
# Follows a figure (in the chart: a month) that lacks some of the regions it adds up.
INCOMPLETE_MARK = "*"


def _rect(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: colors.Color | None = None,
    stroke: colors.Color | None = None,
    stroke_width: float = 0,
) -> Rect:
    rect = Rect(x, y, width, height)
    rect.fillColor = fill
    rect.strokeColor = stroke
    rect.strokeWidth = stroke_width
    return rect


def _drawing(width: float, height: float, font: RegisteredFont) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer's initial state is Helvetica, which would be named on the page unembedded.
    drawing.initialFontName = font.name  # type: ignore[attr-defined]
    return drawing


def _thousands(value: float) -> str:
    return f"{value:,.0f}"


def trend_chart(trend: Trend, font: RegisteredFont, width: float, height: float = 150) -> Drawing:
    """The series' lines over the months; a series without any value is left out (reportlab
    cannot draw a line of no points), and with none left the chart says there is no data.

    The legend sits above the plot, on one line, or on two when one is too narrow for the
    names (the drawing then grows by a line). A month where a figure lacks some regions is
    marked, and a line under the chart says so.
    """
    drawn = [s for s in trend.series if any(v is not None for v in s.values)]
    if not drawn:
        drawing = _drawing(width, height, font)
        drawing.add(
            String(
                width / 2,
                height / 2,
                translate("Reports", "No data for the last 12 months."),
                fontName=font.name,
                fontSize=9,
                textAnchor="middle",
                fillColor=colors.grey,
            )
        )
        return drawing
    legend = _legend(drawn, font, width)
    extra = LEGEND_LINE if legend.columnMaximum > 1 else 0
    drawing = _drawing(width, height + extra, font)
    chart = HorizontalLineChart()
    chart.x, chart.y = 52, 34
    chart.width, chart.height = int(width - 62), int(height - 56)
    chart.data = [tuple(None if v is None else float(v) for v in s.values) for s in drawn]
    chart.joinedLines = 1
    chart.categoryAxis.categoryNames = [
        label + INCOMPLETE_MARK if i in trend.incomplete else label
        for i, label in enumerate(trend.months)
    ]
    chart.categoryAxis.labels.fontName = font.name
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.labels.fontName = font.name
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = _thousands
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.gridStrokeWidth = 0.4
    for i in range(len(drawn)):
        chart.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        chart.lines[i].strokeWidth = 1.4
        chart.lines[i].symbol = makeMarker(  # type: ignore[no-untyped-call]
            MARKERS[i % len(MARKERS)], size=3.5
        )
    drawing.add(chart)
    drawing.add(
        String(
            chart.x - 4,
            chart.y + chart.height + 8,
            translate("Reports", "Unit: {unit}").format(unit=unit_text(trend.unit)),
            fontName=font.name,
            fontSize=7,
        )
    )
    legend.y = int(height + extra - 6)
    drawing.add(legend)
    if trend.incomplete:
        drawing.add(
            String(
                chart.x - 4,
                3,
                translate("Reports", "{mark} Some regions have not reported that month.").format(
                    mark=INCOMPLETE_MARK
                ),
                fontName=font.name,
                fontSize=7,
                fillColor=colors.HexColor("#555555"),
            )
        )
    return drawing


# The height of a second line of legend.
LEGEND_LINE = 12
_LEGEND_X = 52 + 80  # right of the unit label


def _legend(series: Sequence[TrendSeries], font: RegisteredFont, width: float) -> Legend:
    """The series' names and colours in a row, or in two rows if one does not fit `width`."""
    legend = Legend()
    legend.fontName = font.name
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.dx = legend.dy = 7
    legend.deltax = 14
    legend.deltay = LEGEND_LINE
    legend.x, legend.y = _LEGEND_X, 0
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], s.name) for i, s in enumerate(series)]
    legend.columnMaximum = 1
    if legend.getBounds()[2] > width and len(series) > 1:
        legend.columnMaximum = 2
    return legend


def progress_chart(
    bars: Sequence[ProgressBar],
    font: RegisteredFont,
    width: float,
    time_progress: Decimal | None,
) -> Drawing:
    """One horizontal bar per target; a dashed line marks how much of the year has gone."""
    row, label_w, value_w = 22.0, 150.0, 150.0
    top_pad, bottom_pad = 8.0, 16.0 if time_progress is not None else 4.0
    height = top_pad + row * len(bars) + bottom_pad
    bar_x = label_w
    bar_w = max(width - label_w - value_w, 60.0)
    drawing = _drawing(width, height, font)
    for i, bar in enumerate(bars):
        y = height - top_pad - row * (i + 1) + 5
        drawing.add(
            String(0, y + 3, bar.name, fontName=font.name, fontSize=8, fillColor=colors.black)
        )
        drawing.add(_rect(bar_x, y, bar_w, 10, fill=colors.HexColor("#EEEEEE")))
        share = float(min(bar.progress, Decimal(100))) / 100 if bar.progress is not None else 0
        colour = PALETTE[0] if bar.progress is None or bar.progress < 100 else PALETTE[2]
        if share > 0:
            drawing.add(_rect(bar_x, y, bar_w * share, 10, fill=colour))
        drawing.add(_rect(bar_x, y, bar_w, 10, stroke=colors.grey, stroke_width=0.4))
        shown = "—" if bar.progress is None else f"{bar.progress:.1f}%"
        detail = translate("Reports", "{percent} ({done} of {target} {unit})").format(
            percent=shown,
            done=display_figure(bar.cumulative, bar.scale),
            target=display_figure(bar.target, bar.scale),
            unit=unit_text(bar.unit),
        )
        drawing.add(String(bar_x + bar_w + 6, y + 2, detail, fontName=font.name, fontSize=7.5))
    if time_progress is not None:
        x = bar_x + bar_w * float(min(time_progress, Decimal(100))) / 100
        drawing.add(
            Line(
                x,
                bottom_pad - 2,
                x,
                height - top_pad + 2,
                strokeColor=PALETTE[1],
                strokeWidth=0.8,
                strokeDashArray=[3, 2],
            )
        )
        drawing.add(
            String(
                x,
                2,
                translate("Reports", "Time elapsed {percent}%").format(
                    percent=f"{time_progress:.1f}"
                ),
                fontName=font.name,
                fontSize=7,
                fillColor=PALETTE[1],
                textAnchor="middle",
            )
        )
    return drawing
