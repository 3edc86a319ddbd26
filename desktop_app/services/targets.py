"""Use cases: the year's targets (年度目标) of a region, as the documents write them.

Set one target (absolute, growth, new units or share) with a note; see every target of a region
for a month with its goal, progress and pace; split a target among the children of the region
(equally, in proportion to last year, or by hand) with the sum checked; load a set of targets
from a data file (resources/targets/*.toml). Each mutation is one transaction: a refusal writes
nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.indicators import Indicator, ValueKind
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.target_sets import (
    SheetTarget,
    TargetSet,
    UnmappedItem,
    parse_target_set,
    read_sheet_rows,
)
from desktop_app.domain.targets import (
    ChildrenTotal,
    SplitMethod,
    Target,
    TargetKind,
    check_split,
    check_target,
    children_total,
    split_equal,
    split_proportional,
)
from desktop_app.domain.users import Action
from desktop_app.domain.values import Figure, parse_input
from desktop_app.persistence.models import RegionRecord
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    TargetRepository,
    indicator_to_domain,
)
from desktop_app.services.figures import FigureService, IndicatorFigures
from desktop_app.services.store import with_stored_bureau

if TYPE_CHECKING:
    from desktop_app.exporting.pdf.fonts import RegisteredFont

#: Where the example sets ship.
TARGET_SETS = Path(__file__).resolve().parents[2] / "resources" / "targets"
#: The largest target file read (a set is a few kilobytes).
_MAX_FILE_BYTES = 1_000_000


@dataclass(frozen=True)
class TargetsView:
    """A region's indicators for one month of a year, each with its target (if any)."""

    region_code: str
    region_name: str
    period: Period
    rows: tuple[IndicatorFigures, ...]
    #: The children a target may be split among (code, name); empty for a county without
    #: townships.
    children: tuple[tuple[str, str], ...]
    #: Per indicator with a target: the children's targets against it (see children_total).
    children_totals: dict[str, ChildrenTotal] = field(default_factory=dict)


@dataclass(frozen=True)
class SplitPlan:
    """A target of a region proposed in parts for its children."""

    region_code: str
    indicator: Indicator
    year: int
    whole: Decimal  # in the indicator's unit: the goal (a growth target's), or the new units
    whole_kind: TargetKind  # what the parts are stored as: absolute or new units
    target: Target
    children: tuple[tuple[str, str], ...]  # (code, name)
    parts: dict[str, Decimal]
    #: Last year's figure of each child (a flow's total, a stock's year end); None: missing.
    last_year: dict[str, Figure]


@dataclass(frozen=True)
class SheetImport:
    file: str
    sheet: str
    stored: int  # targets written (0 when a row is refused: nothing is written)
    refused: tuple[tuple[int, Issue], ...]  # (line, why), in line order


@dataclass(frozen=True)
class LoadedSet:
    region_code: str
    region_name: str
    year: int
    stored: tuple[str, ...]  # indicator codes
    absent: tuple[str, ...]  # indicator codes of the file the catalogue does not have
    unmapped: tuple[UnmappedItem, ...]


class TargetService:
    def __init__(
        self, sessions: sessionmaker[Session], figures: FigureService | None = None
    ) -> None:
        self.sessions = sessions
        self.figures = figures if figures is not None else FigureService(sessions)

    # --- one target --------------------------------------------------------------------------------
    def set_text(
        self,
        region_code: str,
        indicator_code: str,
        year: int,
        text: str,
        kind: TargetKind = TargetKind.ABSOLUTE,
        note: str | None = None,
    ) -> Decimal | None:
        """Parse and store a target; blank removes it. Returns the stored figure."""
        parsed = parse_input(text)
        if parsed.not_applicable:
            raise DomainError.of("not_a_number", text=text)
        with self.sessions.begin() as session:
            self.figures.access.require(Action.KEY, region_code, session)
            region = RegionRepository(session).require(region_code)
            record = IndicatorRepository(session).require(indicator_code)
            indicator = indicator_to_domain(record)
            if parsed.number is not None:
                _check(indicator, kind, parsed.number, percent=parsed.percent)
            TargetRepository(session).set(
                region.id,
                record.id,
                year,
                parsed.number,
                kind,
                method="entered",
                note=(note or "").strip() or None,
            )
            return parsed.number

    # --- the screen --------------------------------------------------------------------------------
    def view(self, region_code: str, year: int, month: int) -> TargetsView:
        """Every active indicator of the region, with its target's goal, progress and pace at
        the end of `month` of `year`."""
        period = Period.month(year, month)
        with self.sessions() as session:
            figures = self.figures.figures_in(session, region_code, period)
            regions = RegionRepository(session)
            region = regions.require(region_code)
            records = [c for c in regions.children_in(region, period) if c.valid_to is None]
            below = TargetRepository(session).for_regions([c.id for c in records], year)
        totals: dict[str, ChildrenTotal] = {}
        for row in figures.rows:
            code = row.indicator.code
            if row.target_set is None or not records:
                continue
            parts = [below.get(c.id, {}).get(code) for c in records]
            found = children_total(row.target_set, row.target, parts)
            if found is not None:
                totals[code] = found
        children = tuple((c.code, c.name) for c in records)
        return TargetsView(
            figures.region_code, figures.region_name, period, tuple(figures.rows), children, totals
        )

    # --- splitting ---------------------------------------------------------------------------------
    def split_plan(
        self, region_code: str, indicator_code: str, year: int, method: SplitMethod
    ) -> SplitPlan:
        """The region's target of the indicator in parts for its children, as `method` proposes
        them (by hand: the equal split, to be edited). Refused without a target, for a share,
        for a growth target without last year's figure, or without children."""
        period = Period.month(year, 12)
        with self.sessions() as session:
            regions = RegionRepository(session)
            region = regions.require(region_code)
            record = IndicatorRepository(session).require(indicator_code)
            indicator = indicator_to_domain(record)
            target = TargetRepository(session).for_region(region.id, year).get(indicator_code)
            if target is None:
                raise DomainError.of("target_split_no_target", indicator=indicator_code)
            children = _children(session, region, period)
            if not children:
                raise DomainError.of("target_split_no_children")
            codes = [code for code, _name in children]
            below: dict[str, dict[str, IndicatorFigures]] = {}
            whole_figures = self.figures.figures_in(
                session, region_code, period, codes, below, only=_parts_of(indicator)
            )
        row = whole_figures.by_code()[indicator_code]
        if target.kind is TargetKind.SHARE:
            raise DomainError.of("target_split_share", indicator=indicator_code)
        if target.kind is TargetKind.GROWTH:
            if row.target is None:
                raise DomainError.of("target_split_no_base", indicator=indicator_code)
            whole, whole_kind = row.target, TargetKind.ABSOLUTE
        else:
            whole, whole_kind = target.figure, target.kind
        # Last year's full year (a flow) or year end (a stock): 上年同期累计 of December.
        last_year = {code: below.get(code, {}).get(indicator_code, None) for code in codes}
        weights: dict[str, Figure] = {
            code: (item.figures.last_year_cumulative if item is not None else None)
            for code, item in last_year.items()
        }
        if method is SplitMethod.LAST_YEAR:
            try:
                parts = split_proportional(whole, weights, indicator.scale)
            except DomainError as exc:
                if exc.issue.code != "target_split_weight_missing":
                    raise
                names = dict(children)
                missing = [names[c] for c, w in weights.items() if not isinstance(w, Decimal)]
                raise DomainError.of(
                    "target_split_weight_missing", regions="、".join(missing)
                ) from None
        else:
            parts = split_equal(whole, codes, indicator.scale)
        return SplitPlan(
            region_code, indicator, year, whole, whole_kind, target, children, parts, weights
        )

    def split(
        self,
        plan: SplitPlan,
        method: SplitMethod,
        texts: Mapping[str, str],
    ) -> dict[str, Decimal]:
        """Store the parts typed for the plan's children (each child's target of the year is
        replaced); refused, writing nothing, when a part is not a number or the parts do not
        add up to the whole."""
        parts: dict[str, Decimal] = {}
        indicator = plan.indicator
        for code, _name in plan.children:
            parsed = parse_input(texts.get(code, ""))
            if parsed.number is None:
                raise DomainError.of("target_split_part_missing", region=code)
            _check(indicator, plan.whole_kind, parsed.number, percent=parsed.percent)
            parts[code] = parsed.number
        issues = check_split(plan.whole, parts, indicator.scale)
        if issues:
            raise DomainError(issues[0])
        note = plan.target.note  # the citation of the whole travels with its parts
        with self.sessions.begin() as session:
            regions = RegionRepository(session)
            record = IndicatorRepository(session).require(indicator.code)
            repo = TargetRepository(session)
            for code, part in parts.items():
                self.figures.access.require(Action.KEY, code, session)
                child = regions.require(code)
                repo.set(
                    child.id,
                    record.id,
                    plan.year,
                    part,
                    plan.whole_kind,
                    method=method.value,
                    note=note,
                )
        return parts

    # --- the report ------------------------------------------------------------------------------
    def write_report(
        self,
        region_code: str,
        year: int,
        month: int,
        path: Path,
        signatories: Signatories | None = None,
        font: RegisteredFont | None = None,
        language: str = "zh_CN",
    ) -> int:
        """年度目标完成情况 of the region at the end of `month`, as a PDF at `path` (written
        whole or not at all). Returns the number of pages."""
        from desktop_app.exporting.pdf.fonts import cjk_font
        from desktop_app.exporting.pdf.targets import TargetLine, TargetsReport, render_targets

        view = self.view(region_code, year, month)
        with self.sessions() as session:
            people = with_stored_bureau(session, signatories, region_code)
        lines = tuple(
            TargetLine(
                row.indicator,
                row.target_set,
                row.target,
                row.done,
                row.progress,
                row.pace,
                row.pace_basis,
                row.behind,
            )
            for row in view.rows
            if row.target_set is not None
        )
        report = TargetsReport(view.region_name, year, month, lines, people, date.today(), language)
        return render_targets(report, path, font if font is not None else cjk_font(None))

    # --- a sheet of targets ------------------------------------------------------------------------
    def import_sheet(self, path: Path, sheet: str | None = None) -> SheetImport:
        """Store the targets of a sheet (地区代码, 指标代码, 年份, 类型, 目标, 说明; .xlsx or CSV)
        in one transaction; when a row is refused, nothing is written and every refused row
        is returned with its reason. A damaged file is refused with a sentence."""
        from desktop_app.exporting.excel.register_list import read_list_sheet  # openpyxl: on use

        read = read_list_sheet(path, sheet)
        rows, refusals = read_sheet_rows(read.rows)
        planned: list[tuple[SheetTarget, int, int, TargetKind, Decimal | None]] = []
        with self.sessions() as session:
            regions = RegionRepository(session)
            indicators = IndicatorRepository(session)
            seen: dict[tuple[str, str, int], int] = {}
            for row in rows:
                key = (row.region, row.indicator, row.year)
                if key in seen:
                    refusals.append(
                        (row.line, Issue("target_sheet_duplicate", params={"first": seen[key]}))
                    )
                    continue
                seen[key] = row.line
                try:
                    self.figures.access.require(Action.KEY, row.region, session)
                    region = regions.require(row.region)
                    record = indicators.require(row.indicator)
                    indicator = indicator_to_domain(record)
                    kind = row.kind or (
                        TargetKind.SHARE
                        if indicator.kind is ValueKind.RATIO
                        else TargetKind.ABSOLUTE
                    )
                    parsed = parse_input(row.text)
                    if parsed.not_applicable:
                        raise DomainError.of("not_a_number", text=row.text)
                    if parsed.number is not None:
                        _check(indicator, kind, parsed.number, percent=parsed.percent)
                except DomainError as error:
                    refusals.append((row.line, error.issue))
                    continue
                planned.append((row, region.id, record.id, kind, parsed.number))
        if refusals:
            return SheetImport(read.file, read.sheet, 0, tuple(sorted(refusals, key=_line)))
        with self.sessions.begin() as session:
            repo = TargetRepository(session)
            for row, region_id, indicator_id, kind, number in planned:
                repo.set(
                    region_id,
                    indicator_id,
                    row.year,
                    number,
                    kind,
                    method="imported",
                    note=row.note or None,
                )
        return SheetImport(read.file, read.sheet, len(planned), ())

    # --- a set from a file -------------------------------------------------------------------------
    def load_file(self, path: Path) -> LoadedSet:
        """Store the targets of a set file (replacing the region's targets of those indicators
        that year). Refused, writing nothing, when the file is damaged, names a region the
        database lacks, or a target does not suit its indicator."""
        try:
            with path.open("rb") as handle:
                data = handle.read(_MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise DomainError.of("target_file_unreadable", detail=str(exc)) from exc
        if len(data) > _MAX_FILE_BYTES:
            raise DomainError.of("target_file_unreadable", detail=path.name)
        return self.load_set(parse_target_set(data))

    def load_set(self, targets: TargetSet) -> LoadedSet:
        stored: list[str] = []
        absent: list[str] = []
        with self.sessions.begin() as session:
            self.figures.access.require(Action.KEY, targets.region, session)
            region = RegionRepository(session).require(targets.region)
            indicators = IndicatorRepository(session)
            repo = TargetRepository(session)
            for item in targets.targets:
                record = indicators.by_code(item.indicator)
                if record is None or not record.active:
                    absent.append(item.indicator)
                    continue
                _check(indicator_to_domain(record), item.kind, item.figure, percent=False)
                repo.set(
                    region.id,
                    record.id,
                    targets.year,
                    item.figure,
                    item.kind,
                    method="shipped",
                    note=item.note(targets.document),
                )
                stored.append(item.indicator)
        return LoadedSet(
            targets.region,
            region.name,
            targets.year,
            tuple(stored),
            tuple(absent),
            targets.unmapped,
        )


def _check(indicator: Indicator, kind: TargetKind, number: Decimal, *, percent: bool) -> None:
    if kind in (TargetKind.ABSOLUTE, TargetKind.NEW_UNITS):
        issues = [
            i
            for i in indicator.check_number(number, percent=percent)
            if i.code != "computed_indicator"
        ]
        if issues:
            raise DomainError(issues[0])
    refusals = check_target(indicator, kind, number)
    if refusals:
        raise DomainError(refusals[0])


def _line(refusal: tuple[int, Issue]) -> int:
    return refusal[0]


def _parts_of(indicator: Indicator) -> list[str]:
    codes = [indicator.code]
    if indicator.numerator_code and indicator.denominator_code:
        codes += [indicator.numerator_code, indicator.denominator_code]
    return codes


def _children(
    session: Session, region: RegionRecord, period: Period
) -> tuple[tuple[str, str], ...]:
    children = RegionRepository(session).children_in(region, period)
    return tuple((c.code, c.name) for c in children if c.valid_to is None)
