"""Use cases: the printed reports. Gather figures, explanations, targets and submissions from the
store into the report values of exporting/pdf/model.py, then render them to a PDF.

The font is resolved before anything else, so a machine without a Chinese TrueType font gets its
message at once and no file. Long reports (a province's ranking, forms for many townships) report
progress through `progress(done, total)`; returning False cancels, raises ReportCancelled and
leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.figures import SeriesCalculator
from desktop_app.domain.indicators import Indicator, Temporal, ValueKind
from desktop_app.domain.issues import DomainError
from desktop_app.domain.maps import MapMeasure
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.regions import RegionLevel
from desktop_app.domain.returns import ReturnStatus
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.targets import TargetKind
from desktop_app.domain.values import Figure
from desktop_app.exporting.pdf.fonts import FontSearch, RegisteredFont, cjk_font
from desktop_app.exporting.pdf.model import (
    BlankForm,
    CompletenessReport,
    CompletenessRow,
    Explanation,
    FigureGroup,
    FigureRow,
    FormGroup,
    FormRow,
    Gap,
    ProgressBar,
    RankedRegion,
    Ranking,
    Submission,
    SummaryReport,
    Trend,
    TrendSeries,
)
from desktop_app.persistence.models import (
    ExplanationRecord,
    IndicatorRecord,
    RegionRecord,
    ReturnEventRecord,
    ReturnRecord,
)
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    get_meta,
)
from desktop_app.services.figures import FigureService, IndicatorFigures, RegionFigures
from desktop_app.services.locks import as_local
from desktop_app.services.maps import MapService
from desktop_app.services.progress import Progress
from desktop_app.services.store import BUREAU_NAME_KEY, with_stored_bureau

#: The trend chart and the ranking name no indicator code: the catalogue is data, and provinces
#: add their own indicators. Both choose among the *key flows*: active, keyed indicators that are
#: flows kept as amounts (交易额, 网络零售额 and its 其中, 快递业务量, 贫困户增收…), because a month's own
#: figure and a year-to-date total mean something for them. Counts (training, jobs) and stocks
#: (service points) are left to the table.
#:
#: The trend draws the key flows that have a value in at least one of its twelve months, in the
#: catalogue's order (the order of the return), those sharing the unit of the first one (the axis
#: has one unit), at most this many (one colour and marker each). A flow without any value is not
#: drawn; with none at all there is no chart.
TREND_SERIES = 4
# The ranking of a city's or province's counties uses the key flow that the most counties have a
# 1-N月累计 figure for, the catalogue's order breaking ties (the return's headline figure first):
# see ReportService._ranking.

#: Returns are due on this day of the month after the period (a parameter of the report).
DEADLINE_DAY = 10
_ONE_DECIMAL = Decimal("0.1")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


#: The words of a report's file name: (Chinese, English), by report.
REPORT_FILE_WORDS = {
    "summary": ("月度汇总", "monthly_summary"),
    "forms": ("空白报表", "blank_forms"),
    "completeness": ("报送情况", "completeness"),
}
#: Characters Windows refuses in a file name.
_NOT_IN_FILE_NAMES = str.maketrans({c: "_" for c in '<>:"/\\|?*'})


def report_file_name(report: str, region_name: str, period: Period, language: str) -> str:
    """The PDF's name as the clerk's language writes it: 通江县_月度汇总_2025年12月.pdf, or
    通江县_monthly_summary_2025-12.pdf in English (region names are kept as the store has them).
    """
    zh, en = REPORT_FILE_WORDS[report]
    if language == "en":
        label = {
            PeriodKind.MONTH: f"{period.year}-{period.index:02d}",
            PeriodKind.QUARTER: f"{period.year}-Q{period.index}",
            PeriodKind.HALF_YEAR: f"{period.year}-H{period.index}",
            PeriodKind.YEAR: f"{period.year}",
        }[period.kind]
        name = f"{region_name}_{en}_{label}"
    else:
        name = f"{region_name}_{zh}_{period.label_zh}"
    return name.translate(_NOT_IN_FILE_NAMES) + ".pdf"


class ReportCancelled(Exception):
    """The person cancelled the report; nothing was written."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int


def default_deadline(period: Period, day: int = DEADLINE_DAY) -> date:
    """The day returns for `period` are due: the `day`th of the month after it."""
    year, month = period.year, period.end_month + 1
    if month == 13:
        year, month = year + 1, 1
    return date(year, month, day)


def _decimal(figure: Figure) -> Decimal | None:
    return figure if isinstance(figure, Decimal) else None


def _share(part: Figure, whole: Figure) -> Decimal | None:
    if not isinstance(part, Decimal) or not isinstance(whole, Decimal) or whole == 0:
        return None
    return (part * 100 / whole).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


class _Steps:
    """Counts steps and asks `progress` whether to go on."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0

    def step(self, count: int = 1) -> None:
        self.done = min(self.done + count, self.total)
        self.ask()

    def ask(self) -> None:
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ReportCancelled


class ReportService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        language: str = "zh_CN",
        font_path: Path | str | None = None,
        font_search: FontSearch | None = None,
        today: Callable[[], date] = date.today,
        figures: FigureService | None = None,
        maps: MapService | None = None,
    ) -> None:
        self.sessions = sessions
        self.figure_service = figures or FigureService(sessions)
        #: The map of the ranking's figure in the city and province reports (issue 16).
        self.maps = maps or MapService(sessions, self.figure_service)
        self.language = language
        self.font_path = font_path
        self.font_search = font_search
        self.today = today

    # --- the reports ---------------------------------------------------------------------------
    def font(self) -> RegisteredFont:
        """The registered report font, or a DomainError that says which font to install."""
        search = self.font_search
        if search is not None:  # a fresh record of rejected files on every attempt
            search = FontSearch(search.folders, search.fontconfig)
        return cjk_font(self.font_path, search)

    def monthly_summary(
        self,
        region_code: str,
        period: Period,
        path: Path,
        signatories: Signatories | None = None,
        progress: Progress | None = None,
    ) -> ReportResult:
        from desktop_app.exporting.pdf.reports import render_summary

        font = self.font()
        steps = _Steps(progress, 3)
        steps.ask()
        report = self.summary_data(region_code, period, signatories)
        steps.step()
        pages = render_summary(report, Path(path), font, check=steps.ask)
        steps.step(2)
        return ReportResult(Path(path), pages)

    def city_report(
        self,
        region_code: str,
        period: Period,
        path: Path,
        signatories: Signatories | None = None,
        progress: Progress | None = None,
    ) -> ReportResult:
        from desktop_app.exporting.pdf.reports import render_summary

        font = self.font()
        counties = self._ranked_regions(region_code)
        steps = _Steps(progress, len(counties) + 2)
        steps.ask()
        report = self.summary_data(region_code, period, signatories, counties, steps)
        pages = render_summary(report, Path(path), font, check=steps.ask)
        steps.step(2)
        return ReportResult(Path(path), pages)

    def blank_forms(
        self, region_code: str, period: Period, path: Path, progress: Progress | None = None
    ) -> ReportResult:
        from desktop_app.exporting.pdf.reports import render_blank_forms

        font = self.font()
        forms = self.form_data(region_code, period)
        steps = _Steps(progress, 2)
        steps.ask()
        pages = render_blank_forms(forms, Path(path), font, check=steps.ask)
        steps.step(2)
        return ReportResult(Path(path), pages)

    def completeness(
        self,
        region_code: str,
        period: Period,
        path: Path,
        deadline: date | None = None,
        as_of: date | None = None,
        progress: Progress | None = None,
    ) -> ReportResult:
        from desktop_app.exporting.pdf.reports import render_completeness

        font = self.font()
        steps = _Steps(progress, 2)
        steps.ask()
        report = self.completeness_data(region_code, period, deadline, as_of)
        steps.step()
        pages = render_completeness(report, Path(path), font, check=steps.ask)
        steps.step()
        return ReportResult(Path(path), pages)

    # --- gathering -----------------------------------------------------------------------------
    def summary_data(
        self,
        region_code: str,
        period: Period,
        signatories: Signatories | None = None,
        ranked: Sequence[tuple[str, str]] | None = None,
        steps: _Steps | None = None,
    ) -> SummaryReport:
        """The monthly summary's values; with `ranked` (code, name) also the city's ranking."""
        figures = self.figure_service.figures(region_code, period)
        with self.sessions() as session:
            region = RegionRepository(session).require(region_code)
            groups = IndicatorRepository(session).groups()
            explanations = self._explanations(session, region, period)
            people = with_stored_bureau(session, signatories, region.code)
        by_code = figures.by_code()
        indicators = {code: row.indicator for code, row in by_code.items()}
        rows_by_group: dict[str, list[FigureRow]] = {}
        for row in figures.rows:
            ind = row.indicator
            rows_by_group.setdefault(ind.group, []).append(self._figure_row(row, indicators))
        figure_groups = tuple(
            FigureGroup(self._group_name(g.name_zh, g.name_en), tuple(rows_by_group[g.code]))
            for g in groups
            if g.code in rows_by_group
        )
        if steps is not None:
            steps.step()
        ranking = picture = None
        if ranked is not None:
            # Every county's figures from the region's one roll-up (not one roll-up per county),
            # for the ranking and its map alike
            below = self.figure_service.figures_below(region_code, period, [c for c, _ in ranked])
            ranking = self._ranking(by_code, ranked, below, steps)
            if ranking is not None:
                picture = self.maps.map_of(
                    region_code,
                    ranking.indicator_code,
                    MapMeasure.CUMULATIVE,
                    period,
                    below=below,
                )
        return SummaryReport(
            region_name=figures.region_name,
            region_code=figures.region_code,
            period_label=self._period_label(period),
            ytd_label=self._ytd_label(period),
            end_month=period.end_month,
            groups=figure_groups,
            signatories=people,
            explanations=tuple(explanations),
            trend=self._trend(figures, period),
            progress=self._progress(figures),
            time_progress=(Decimal(period.end_month * 100) / 12).quantize(_ONE_DECIMAL),
            ranking=ranking,
            produced=self.today(),
            map=picture,
        )

    def form_data(self, region_code: str, period: Period) -> list[BlankForm]:
        """One blank form per township of a county (or one for the region itself)."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            region = repo.require(region_code)
            children = repo.children_in(region, period)
            units = (
                [c.name for c in children]
                if region.level == RegionLevel.COUNTY.value and children
                else [region.name]
            )
            indicators = [r.indicator for r in IndicatorRepository(session).active()]
            groups = IndicatorRepository(session).groups()
            bureau = get_meta(session, BUREAU_NAME_KEY) or ""
        keyed = [i for i in indicators if not i.is_computed]
        by_code = {i.code: i for i in keyed}
        form_groups = tuple(
            FormGroup(
                self._group_name(g.name_zh, g.name_en),
                tuple(
                    FormRow(
                        i.code,
                        self._name(i),
                        i.unit,
                        _depth(i, by_code),
                        i.temporal is Temporal.FLOW,
                    )
                    for i in keyed
                    if i.group == g.code
                ),
            )
            for g in groups
            if any(i.group == g.code for i in keyed)
        )
        label = self._period_label(period)
        return [
            BlankForm(name, label, period.end_month, form_groups, authority=bureau)
            for name in units
        ]

    def completeness_data(
        self,
        region_code: str,
        period: Period,
        deadline: date | None = None,
        as_of: date | None = None,
    ) -> CompletenessReport:
        """Which regions directly under `region_code` submitted their return for `period`, when."""
        deadline = deadline or default_deadline(period)
        as_of = as_of or self.today()
        with self.sessions() as session:
            repo = RegionRepository(session)
            region = repo.require(region_code)
            children = repo.children_in(region, period)
            if not children:
                raise DomainError.of("report_needs_subregions", name=region.name, code=region.code)
            ids = [c.id for c in children]
            statuses = dict(
                session.execute(
                    select(ReturnRecord.region_id, ReturnRecord.status).where(
                        ReturnRecord.region_id.in_(ids), ReturnRecord.period == period.code
                    )
                ).all()
            )
            first = (
                select(ReturnEventRecord.region_id, func.min(ReturnEventRecord.id).label("first"))
                .where(
                    ReturnEventRecord.region_id.in_(ids),
                    ReturnEventRecord.period == period.code,
                    ReturnEventRecord.action == "submit",
                )
                .group_by(ReturnEventRecord.region_id)
                .subquery()
            )
            submitted = {
                region_id: (at, who)
                for region_id, at, who in session.execute(
                    select(
                        ReturnEventRecord.region_id, ReturnEventRecord.at, ReturnEventRecord.who
                    ).join(first, first.c.first == ReturnEventRecord.id)
                )
            }
            own_bureau = with_stored_bureau(session, None, region.code).bureau_name
            rows: list[CompletenessRow] = []
            for child in children:
                status = statuses.get(child.id, ReturnStatus.DRAFT.value)
                at, who = submitted.get(child.id, (None, None))
                local = as_local(at) if at is not None else None
                late_days = (local.date() - deadline).days if local is not None else None
                if status == ReturnStatus.SUBMITTED.value and local is not None:
                    state = Submission.LATE if late_days and late_days > 0 else Submission.ON_TIME
                elif status == ReturnStatus.REOPENED.value:
                    state = Submission.REOPENED
                elif as_of > deadline:
                    state, late_days = Submission.MISSING, (as_of - deadline).days
                else:
                    state, late_days, local, who = Submission.PENDING, None, None, None
                rows.append(
                    CompletenessRow(
                        child.code,
                        child.name,
                        state,
                        local,
                        who,
                        late_days if late_days and late_days > 0 else None,
                    )
                )
            level = children[0].level
        return CompletenessReport(
            region_name=region.name,
            region_code=region.code,
            period_label=self._period_label(period),
            deadline=deadline,
            as_of=as_of,
            level=level,
            rows=tuple(rows),
            bureau=own_bureau,
        )

    # --- parts -----------------------------------------------------------------------------------
    def _ranked_regions(self, region_code: str) -> list[tuple[str, str]]:
        """The counties of a prefecture, or of every prefecture of a province."""
        with self.sessions() as session:
            repo = RegionRepository(session)
            region = repo.require(region_code)
            counties = repo.counties_of(region)
            if counties is None:
                raise DomainError.of("report_needs_city", name=region.name, code=region.code)
            if not counties:
                raise DomainError.of("report_needs_subregions", name=region.name, code=region.code)
            return [(c.code, c.name) for c in counties]

    def _ranking(
        self,
        whole: dict[str, IndicatorFigures],
        counties: Sequence[tuple[str, str]],
        below: Mapping[str, dict[str, IndicatorFigures]],
        steps: _Steps | None,
    ) -> Ranking | None:
        """The counties ranked by the key flow (see TREND_SERIES) that most of them have a
        1-N月累计 figure for, the first in the catalogue's order of those that tie; None when
        the catalogue has no key flow."""
        candidates = [row.indicator for row in whole.values() if _is_key_flow(row.indicator)]
        if not candidates:
            return None
        entries: list[tuple[str, str, dict[str, IndicatorFigures]]] = []
        for code, name in counties:
            entries.append((code, name, below[code]))
            if steps is not None:
                steps.step()

        def reported(ind: Indicator) -> int:
            return sum(
                1 for *_, f in entries if _decimal(f[ind.code].figures.cumulative) is not None
            )

        # The most counties reporting it; max() keeps the first (in catalogue order) of equals.
        ind = max(candidates, key=reported)
        row = whole[ind.code]

        def key(entry: tuple[str, str, dict[str, IndicatorFigures]]) -> tuple[int, Decimal, str]:
            value = _decimal(entry[2][ind.code].figures.cumulative)
            return (0 if value is not None else 1, -(value or Decimal(0)), entry[0])

        ranked: list[RankedRegion] = []
        rank = 0
        for code, name, by_code in sorted(entries, key=key):
            figures = by_code[ind.code]
            has_value = _decimal(figures.figures.cumulative) is not None
            rank += 1 if has_value else 0
            ranked.append(
                RankedRegion(
                    rank=rank if has_value else 0,
                    code=code,
                    name=name,
                    cumulative=figures.figures.cumulative,
                    last_year_cumulative=figures.figures.last_year_cumulative,
                    yoy=figures.figures.yoy_cumulative,
                    share=_share(figures.figures.cumulative, row.figures.cumulative),
                    gaps=_gaps(figures),
                )
            )
        return Ranking(self._name(ind), ind.unit, ind.scale, tuple(ranked), ind.code)

    def _figure_row(self, row: IndicatorFigures, indicators: dict[str, Indicator]) -> FigureRow:
        ind, f = row.indicator, row.figures
        return FigureRow(
            code=ind.code,
            name=self._name(ind),
            unit=ind.unit,
            scale=ind.scale,
            depth=_depth(ind, indicators),
            current=f.current,
            cumulative=f.cumulative,
            last_year_cumulative=f.last_year_cumulative,
            yoy=f.yoy_cumulative,
            target=row.target,
            progress=row.progress,
            gaps=_gaps(row),
            pace=row.pace,
            behind=row.behind,
        )

    def _trend(self, figures: RegionFigures, period: Period) -> Trend | None:
        """The key flows' own monthly figures over the twelve months up to `period` (see
        TREND_SERIES for which are drawn)."""
        if period.kind is not PeriodKind.MONTH:
            return None
        months = [period.shift(-i) for i in range(11, -1, -1)]
        monthly = _MonthlyFigures(self.sessions, self.figure_service, figures)
        series: list[TrendSeries] = []
        incomplete: set[int] = set()  # months where a drawn figure lacks some children
        unit: str | None = None
        for row in figures.rows:
            ind = row.indicator
            if not _is_key_flow(ind) or unit not in (None, ind.unit):
                continue
            stored = figures.series.get(ind.code)
            gaps: set[int] = set()
            if stored is not None:  # the region's own entries
                calc = SeriesCalculator(ind.temporal, stored)
                values = [_decimal(calc.own(m)) for m in months]
            else:  # rolled up from its children: ask month by month, the latest first
                values = [None] * len(months)
                for i in reversed(range(len(months))):
                    figure, complete = monthly.current(ind.code, months[i])
                    values[i] = _decimal(figure)
                    if not complete and values[i] is not None:
                        gaps.add(i)
            if all(v is None for v in values):
                continue
            unit = ind.unit
            incomplete |= gaps
            series.append(TrendSeries(self._name(ind), tuple(values)))
            if len(series) == TREND_SERIES:
                break
        if unit is None:
            return None
        return Trend(
            unit,
            tuple(self._month_label(m, i == 0) for i, m in enumerate(months)),
            tuple(series),
            tuple(sorted(incomplete)),
        )

    def _progress(self, figures: RegionFigures) -> tuple[ProgressBar, ...]:
        """A bar per target with a goal: what is done of what the target asks (a stock's
        new-units or growth target: the units added of the units to add)."""
        bars: list[ProgressBar] = []
        for row in figures.rows:
            if row.target is None or row.target_set is None:
                continue
            done: Figure = row.figures.cumulative
            whole = row.target
            adds = row.target_set.kind in (TargetKind.NEW_UNITS, TargetKind.GROWTH)
            if adds and row.indicator.temporal is Temporal.STOCK and row.done is not None:
                base = row.figures.cumulative
                if isinstance(base, Decimal):
                    done, whole = row.done, row.target - (base - row.done)
            bars.append(
                ProgressBar(
                    self._name(row.indicator),
                    row.indicator.unit,
                    row.indicator.scale,
                    done,
                    whole,
                    row.progress,
                )
            )
        return tuple(bars)

    def _explanations(
        self, session: Session, region: RegionRecord, period: Period
    ) -> list[Explanation]:
        rows = session.execute(
            select(IndicatorRecord.name_zh, IndicatorRecord.name_en, ExplanationRecord.text)
            .join(IndicatorRecord, IndicatorRecord.id == ExplanationRecord.indicator_id)
            .where(
                ExplanationRecord.region_id == region.id, ExplanationRecord.period == period.code
            )
            .order_by(IndicatorRecord.order, ExplanationRecord.issue_code)
        )
        return [Explanation(en if self.english else zh, text) for zh, en, text in rows]

    # --- language --------------------------------------------------------------------------------
    @property
    def english(self) -> bool:
        return self.language == "en"

    def _name(self, indicator: Indicator) -> str:
        return indicator.name_en if self.english else indicator.name_zh

    def _group_name(self, zh: str, en: str) -> str:
        return en if self.english else zh

    def _period_label(self, period: Period) -> str:
        return period.label_en if self.english else period.label_zh

    def _ytd_label(self, period: Period) -> str:
        return period.ytd_label_en if self.english else period.ytd_label_zh

    def _month_label(self, month: Period, first: bool) -> str:
        with_year = first or month.index == 1
        if self.english:
            name = _EN_MONTHS[month.index - 1]
            return f"{name} {month.year}" if with_year else name
        return f"{month.year}年{month.index}月" if with_year else f"{month.index}月"


def _is_key_flow(indicator: Indicator) -> bool:
    """A flow kept as an amount: a candidate for the trend and the ranking (see TREND_SERIES)."""
    return (
        indicator.temporal is Temporal.FLOW
        and indicator.kind is ValueKind.AMOUNT
        and not indicator.is_computed
    )


def _gaps(row: IndicatorFigures) -> tuple[Gap, ...]:
    """The measures of a rolled-up figure that lack some children, as the report marks them."""
    return tuple(
        Gap(measure, coverage.label, coverage.missing, coverage.partial)
        for measure, coverage in row.incomplete().items()
    )


class _MonthlyFigures:
    """本月 of a rolled-up region's key flows, month by month, from the figure service.

    Walked from the latest month back, each call for a month also answers the month before
    (its 上期), so twelve months cost six calls, one of them already made. A month is computed
    for the key flows alone (`FigureService.figures_in`'s `only`), not the whole catalogue with
    its targets: a third of the time for a province."""

    def __init__(
        self, sessions: sessionmaker[Session], service: FigureService, figures: RegionFigures
    ) -> None:
        self.sessions = sessions
        self.service = service
        self.region_code = figures.region_code
        self.codes = {row.indicator.code for row in figures.rows if _is_key_flow(row.indicator)}
        self.by_month: dict[Period, dict[str, IndicatorFigures]] = {
            figures.period: figures.by_code()
        }

    def current(self, code: str, month: Period) -> tuple[Figure, bool]:
        """The month's own figure, and whether every child contributed to it."""
        later = self.by_month.get(month.next())
        if month not in self.by_month and later is not None:
            row, measure = later[code], "previous"
        else:
            if month not in self.by_month:
                with self.sessions() as session:
                    figures = self.service.figures_in(
                        session, self.region_code, month, only=self.codes
                    )
                self.by_month[month] = figures.by_code()
            row, measure = self.by_month[month][code], "current"
        coverage = row.coverage_of(measure)
        figure = row.figures.previous if measure == "previous" else row.figures.current
        return figure, coverage is None or coverage.complete


def _depth(indicator: Indicator, by_code: dict[str, Indicator]) -> int:
    depth, parent = 0, indicator.parent_code
    while parent is not None and parent in by_code and depth < 5:
        depth += 1
        parent = by_code[parent].parent_code
    return depth
