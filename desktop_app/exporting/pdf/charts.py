"""Charts drawn straight on the page's canvas (vector, same font, no extra dependency): the trend
of key indicators over twelve months, and bars of progress against the year's targets.

Each chart is one Flowable that paints lines, rectangles and strings itself. reportlab.graphics
(a chart widget building a tree of ~140 shapes, then a renderer walking it) drew the same
pictures at ~10 times the cost: a quarter of a monthly summary's time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from desktop_app.domain.figures import display_figure
from desktop_app.exporting.pdf.document import MUTED, unit_text
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
MARKERS = ("circle", "square", "triangle", "diamond")
# Follows a figure (in the chart: a month) that lacks some of the regions it adds up.
INCOMPLETE_MARK = "*"
GRID_GREY = colors.HexColor("#DDDDDD")
BAR_GREY = colors.HexColor("#EEEEEE")

# The trend's plot inside its box: left and bottom margins (value and month labels), and what
# it leaves free on the right and at the top (the unit and the legend).
_PLOT_X, _PLOT_Y, _PLOT_RIGHT, _PLOT_TOP = 52.0, 34.0, 10.0, 22.0
_TICK = 5.0  # the axes' tick marks
_AXIS_FONT = 7.0
_MARKER_SIZE = 3.5
# The legend: colour boxes with names, right of the unit label, one row (or two).
LEGEND_LINE = 12.0  # the height of a second line of legend
_LEGEND_X = _PLOT_X + 80
_LEGEND_FONT = 7.5
_SWATCH = 7.0
_SWATCH_GAP = 10.0  # from the box to its name
_LEGEND_GAP = 14.0  # from a name to the next column's box
# A value axis with about this many steps at most, each 1, 2, 2.5 or 5 times a power of ten.
_STEPS = 6
_NICE = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))


def _nice_step(span: Decimal) -> Decimal:
    """The smallest 'round' step that divides `span` into at most _STEPS steps."""
    rough = span / _STEPS
    power = Decimal(10) ** (rough.adjusted())  # rough's leading digit's place
    return next(n * power for n in _NICE if n * power >= rough)


@dataclass(frozen=True)
class _Axis:
    """The value axis: its lowest and highest value (both on a tick) and its step, exact."""

    low: Decimal
    high: Decimal
    step: Decimal

    @classmethod
    def over(cls, values: Sequence[Decimal]) -> _Axis:
        low, high = min(Decimal(0), *values), max(Decimal(0), *values)
        if high == low:
            high = low + 1
        step = _nice_step(high - low)
        return cls(
            (low / step).to_integral_value(ROUND_FLOOR) * step,
            (high / step).to_integral_value(ROUND_CEILING) * step,
            step,
        )

    def ticks(self) -> list[Decimal]:
        count = int((self.high - self.low) / self.step)
        return [self.low + i * self.step for i in range(count + 1)]

    def label(self, value: Decimal) -> str:
        """The tick's value with as many decimals as the step has (2.5 steps: one)."""
        decimals = max(0, -self.step.normalize().as_tuple().exponent)  # type: ignore[operator]
        return f"{value:,.{decimals}f}"


class TrendChart(Flowable):
    """The series' lines over the months (see trend_chart)."""

    def __init__(self, trend: Trend, font: RegisteredFont, width: float, height: float) -> None:
        super().__init__()
        self.trend = trend
        self.font = font
        # A series without any value is left out; with none left the chart says so.
        self.drawn = [s for s in trend.series if any(v is not None for v in s.values)]
        self.legend = _legend_columns(self.drawn, font.name, width)
        self.extra = LEGEND_LINE if any(len(column) > 1 for column in self.legend[0]) else 0.0
        self.width, self.height, self.plot_height = width, height + self.extra, height

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        font = self.font.name
        if not self.drawn:
            canvas.setFillColor(colors.grey)
            canvas.setFont(font, 9)
            text = translate("Reports", "No data for the last 12 months.")
            canvas.drawCentredString(self.width / 2, self.height / 2, text)
            return
        x0, y0 = _PLOT_X, _PLOT_Y
        plot_w = int(self.width - _PLOT_X - _PLOT_RIGHT)
        plot_h = int(self.plot_height - _PLOT_Y - _PLOT_TOP)
        axis = _Axis.over([v for s in self.drawn for v in s.values if v is not None])
        low, span = float(axis.low), float(axis.high - axis.low)

        def y_of(value: float) -> float:
            return y0 + (value - low) / span * plot_h

        # The grid and the value axis with its labels
        canvas.setFont(font, _AXIS_FONT)
        canvas.setFillColor(colors.black)
        for tick in axis.ticks():
            y = y_of(float(tick))
            canvas.setStrokeColor(GRID_GREY)
            canvas.setLineWidth(0.4)
            canvas.line(x0, y, x0 + plot_w, y)
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(1)
            canvas.line(x0 - _TICK, y, x0, y)
            canvas.drawRightString(x0 - _TICK - 2, y - _AXIS_FONT / 3, axis.label(tick))
        canvas.line(x0, y0, x0, y0 + plot_h)
        # The months: one band each, the point in its middle, ticks between bands
        months = self.trend.months
        band = plot_w / len(months)
        zero = y_of(max(low, 0.0))
        canvas.line(x0, zero, x0 + plot_w, zero)
        for i, month in enumerate(months):
            canvas.line(x0 + i * band, zero, x0 + i * band, zero - _TICK)
            label = month + INCOMPLETE_MARK if i in self.trend.incomplete else month
            canvas.drawCentredString(x0 + (i + 0.5) * band, y0 - _TICK - 9, label)
        canvas.line(x0 + plot_w, zero, x0 + plot_w, zero - _TICK)
        # The lines and their markers (a month without a value is passed over)
        for i, series in enumerate(self.drawn):
            colour = PALETTE[i % len(PALETTE)]
            points = [
                (x0 + (j + 0.5) * band, y_of(float(v)))
                for j, v in enumerate(series.values)
                if v is not None
            ]
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(1.4)
            if len(points) > 1:
                path = canvas.beginPath()
                path.moveTo(*points[0])
                for point in points[1:]:
                    path.lineTo(*point)
                canvas.drawPath(path, stroke=1, fill=0)
            canvas.setFillColor(colour)
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.1)
            markers = canvas.beginPath()
            for x, y in points:
                _marker(markers, MARKERS[i % len(MARKERS)], x, y)
            canvas.drawPath(markers, stroke=1, fill=1)
        # The unit, the legend and, for incomplete months, what the mark means
        canvas.setFillColor(colors.black)
        canvas.setFont(font, _AXIS_FONT)
        unit = translate("Reports", "Unit: {unit}").format(unit=unit_text(self.trend.unit))
        canvas.drawString(x0 - 4, y0 + plot_h + 8, unit)
        self._draw_legend(canvas)
        if self.trend.incomplete:
            canvas.setFillColor(MUTED)
            note = translate("Reports", "{mark} Some regions have not reported that month.")
            canvas.drawString(x0 - 4, 3, note.format(mark=INCOMPLETE_MARK))

    def _draw_legend(self, canvas: Canvas) -> None:
        columns, widths = self.legend
        canvas.setFont(self.font.name, _LEGEND_FONT)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1)
        x = _LEGEND_X
        for column, width in zip(columns, widths, strict=True):
            top = self.height - 6
            for i, name in column:
                canvas.setFillColor(PALETTE[i % len(PALETTE)])
                canvas.rect(x, top - _SWATCH, _SWATCH, _SWATCH, stroke=1, fill=1)
                canvas.setFillColor(colors.black)
                canvas.drawString(x + _SWATCH + _SWATCH_GAP, top - _SWATCH + 0.5, name)
                top -= LEGEND_LINE
            x += width


def _legend_columns(
    series: Sequence[TrendSeries], font_name: str, width: float
) -> tuple[list[list[tuple[int, str]]], list[float]]:
    """The legend's entries (index, name) in columns and each column's width: one entry per
    column (one row), or two per column when one row is wider than `width`."""
    entries = list(enumerate(s.name for s in series))

    def layout(rows: int) -> tuple[list[list[tuple[int, str]]], list[float]]:
        columns = [entries[i : i + rows] for i in range(0, len(entries), rows)]
        widths = [
            _SWATCH
            + _SWATCH_GAP
            + max(stringWidth(name, font_name, _LEGEND_FONT) for _i, name in column)
            + _LEGEND_GAP
            for column in columns
        ]
        return columns, widths

    columns, widths = layout(1)
    if _LEGEND_X + sum(widths) - _LEGEND_GAP > width and len(entries) > 1:
        columns, widths = layout(2)
    return columns, widths


def _marker(path: PDFPathObject, kind: str, x: float, y: float) -> None:
    """Adds a marker of `kind` centred on (x, y) to `path` (a series' markers are one path)."""
    r = _MARKER_SIZE / 2
    if kind == "circle":
        path.circle(x, y, r)
        return
    if kind == "square":
        path.rect(x - r, y - r, 2 * r, 2 * r)
        return
    if kind == "triangle":
        c, s = math.cos(math.radians(30)) * r, math.sin(math.radians(30)) * r
        corners = [(x, y + r), (x - c, y - s), (x + c, y - s)]
    else:  # a diamond
        corners = [(x - r, y), (x, y + r), (x + r, y), (x, y - r)]
    path.moveTo(*corners[0])
    for corner in corners[1:]:
        path.lineTo(*corner)
    path.close()


def trend_chart(trend: Trend, font: RegisteredFont, width: float, height: float = 150) -> Flowable:
    """The series' lines over the months; a series without any value is left out, and with
    none left the chart says there is no data.

    The legend sits above the plot, on one line, or on two when one is too narrow for the
    names (the chart then grows by a line). A month where a figure lacks some regions is
    marked, and a line under the chart says so.
    """
    return TrendChart(trend, font, width, height)


class ProgressChart(Flowable):
    """One horizontal bar per target (see progress_chart)."""

    ROW, LABEL_W, VALUE_W, TOP_PAD = 22.0, 150.0, 150.0, 8.0

    def __init__(
        self,
        bars: Sequence[ProgressBar],
        font: RegisteredFont,
        width: float,
        time_progress: Decimal | None,
    ) -> None:
        super().__init__()
        self.bars, self.font, self.time_progress = bars, font, time_progress
        self.bottom_pad = 16.0 if time_progress is not None else 4.0
        self.width = width
        self.height = self.TOP_PAD + self.ROW * len(bars) + self.bottom_pad

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        font = self.font.name
        bar_x = self.LABEL_W
        bar_w = max(self.width - self.LABEL_W - self.VALUE_W, 60.0)
        for i, bar in enumerate(self.bars):
            y = self.height - self.TOP_PAD - self.ROW * (i + 1) + 5
            canvas.setFillColor(colors.black)
            canvas.setFont(font, 8)
            canvas.drawString(0, y + 3, bar.name)
            canvas.setFillColor(BAR_GREY)
            canvas.rect(bar_x, y, bar_w, 10, stroke=0, fill=1)
            share = float(min(bar.progress, Decimal(100))) / 100 if bar.progress is not None else 0
            if share > 0:
                done = bar.progress is not None and bar.progress >= 100
                canvas.setFillColor(PALETTE[2] if done else PALETTE[0])
                canvas.rect(bar_x, y, bar_w * share, 10, stroke=0, fill=1)
            canvas.setStrokeColor(colors.grey)
            canvas.setLineWidth(0.4)
            canvas.rect(bar_x, y, bar_w, 10, stroke=1, fill=0)
            shown = "—" if bar.progress is None else f"{bar.progress:.1f}%"
            detail = translate("Reports", "{percent} ({done} of {target} {unit})").format(
                percent=shown,
                done=display_figure(bar.cumulative, bar.scale),
                target=display_figure(bar.target, bar.scale),
                unit=unit_text(bar.unit),
            )
            canvas.setFillColor(colors.black)
            canvas.setFont(font, 7.5)
            canvas.drawString(bar_x + bar_w + 6, y + 2, detail)
        if self.time_progress is not None:
            x = bar_x + bar_w * float(min(self.time_progress, Decimal(100))) / 100
            canvas.setStrokeColor(PALETTE[1])
            canvas.setLineWidth(0.8)
            canvas.setDash(3, 2)
            canvas.line(x, self.bottom_pad - 2, x, self.height - self.TOP_PAD + 2)
            canvas.setDash()
            canvas.setFillColor(PALETTE[1])
            canvas.setFont(font, 7)
            text = translate("Reports", "Time elapsed {percent}%").format(
                percent=f"{self.time_progress:.1f}"
            )
            canvas.drawCentredString(x, 2, text)


def progress_chart(
    bars: Sequence[ProgressBar],
    font: RegisteredFont,
    width: float,
    time_progress: Decimal | None,
) -> Flowable:
    """One horizontal bar per target; a dashed line marks how much of the year has gone."""
    return ProgressChart(bars, font, width, time_progress)
