"""Use cases: province Excel returns. List templates, export a region's return (a county's, or a
city's own return and its county-by-county table), import filled returns with a preview first.

The figures come from FigureService, so a city's return rolls up its counties' stored values
exactly as the screens do: flows and stocks summed over regions, ratios recomputed from their rolled
up parts. An import writes nothing until `apply` is called on its preview, and then writes all of
it in one transaction, through the value service's audited write path, or nothing at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.indicators import Basis, Indicator, Temporal
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.values import NA, Figure, NotApplicable, ParsedInput
from desktop_app.exporting.excel.export import (
    ExportData,
    FigureRow,
    RegionData,
    export_workbook,
    measure_value,
)
from desktop_app.exporting.excel.mapping import (
    HeaderField,
    Measure,
    RowMatch,
    Template,
    find_templates,
)
from desktop_app.exporting.excel.read import (
    CellReading,
    ReturnReading,
    identify,
    open_filled,
    period_texts,
    read_return,
)
from desktop_app.paths import resources_dir
from desktop_app.persistence.models import RegionRecord
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    IndicatorRow,
    RegionRepository,
    ValueRepository,
)
from desktop_app.services.figures import FigureService, RegionFigures
from desktop_app.services.locks import locked_issue, locking_return
from desktop_app.services.progress import Progress
from desktop_app.services.store import with_stored_bureau
from desktop_app.services.values import ValueService


def shipped_templates_dir() -> Path:
    return resources_dir() / "templates"


# --- preview ---------------------------------------------------------------------------------------------
class Change(Enum):
    NEW = "new"  # nothing stored; the file's value will be stored
    CHANGED = "changed"  # the file changes a stored value
    UNCHANGED = "unchanged"  # the file says what is stored (or derived) already
    CONFLICT = "conflict"  # the file disagrees with what Xianbao derives, or cannot be stored


@dataclass(frozen=True)
class PreviewItem:
    region_code: str
    region_name: str
    indicator: str
    period: Period
    old: Figure
    new: Figure
    change: Change
    sheet: str
    cell: str
    issue: Issue | None = None  # why a conflict cannot be stored


@dataclass(frozen=True)
class UnmatchedRow:
    sheet: str
    row: int | None
    key: str
    name: str
    issue: Issue


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    template_id: str
    period: Period
    region_code: str
    region_name: str
    items: tuple[PreviewItem, ...]
    unmatched: tuple[UnmatchedRow, ...] = ()

    def of(self, change: Change) -> list[PreviewItem]:
        return [i for i in self.items if i.change is change]

    @property
    def writes(self) -> list[PreviewItem]:
        return [i for i in self.items if i.change in (Change.NEW, Change.CHANGED)]

    @property
    def can_apply(self) -> bool:
        return not self.of(Change.CONFLICT) and not self.unmatched


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    preview: ImportPreview | None
    written: int = 0
    error: Issue | None = None


@dataclass
class FolderImport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False


# --- the service ---------------------------------------------------------------------------------------------
class ExcelReturns:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        template_folders: Sequence[Path] = (),
        user: str | None = None,
    ) -> None:
        """`template_folders`: the user's own templates, searched after the shipped ones."""
        self.sessions = sessions
        self.folders = [shipped_templates_dir(), *template_folders]
        self.figure_service = FigureService(sessions)
        self.values = ValueService(sessions, user)
        self._cache: tuple[tuple[tuple[str, int], ...], list[Template]] | None = None

    # --- templates ---------------------------------------------------------------------------------
    def templates(self) -> list[Template]:
        """The templates of the folders; re-read only when a folder's files change."""
        stamp = tuple(
            (p.name, p.stat().st_mtime_ns)
            for folder in self.folders
            if folder.is_dir()
            for p in sorted(folder.iterdir())
        )
        if self._cache is None or self._cache[0] != stamp:
            self._cache = (stamp, find_templates(self.folders))
        return list(self._cache[1])

    def template(self, template_id: str) -> Template:
        for template in self.templates():
            if template.id == template_id:
                return template
        raise DomainError.of("template_unknown", template=template_id)

    def indicator_codes(self) -> set[str]:
        with self.sessions() as session:
            return {row.indicator.code for row in IndicatorRepository(session).active()}

    # --- export ----------------------------------------------------------------------------------------
    def export(
        self,
        template_id: str,
        region_code: str,
        period: Period,
        destination: Path,
        signatories: Signatories | None = None,
        report_date: date | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """Fill the template for a region (a county, or a city with its counties as table rows)."""
        template = self.template(template_id)
        data = self.export_data(template, region_code, period, signatories, report_date, progress)
        # The figures hold every active indicator: the codes a mapping may use.
        return export_workbook(template, data, destination, set(data.region.rows))

    def export_data(
        self,
        template: Template,
        region_code: str,
        period: Period,
        signatories: Signatories | None = None,
        report_date: date | None = None,
        progress: Progress | None = None,
    ) -> ExportData:
        region = self._region_data(self.figure_service.figures(region_code, period))
        with self.sessions() as session:
            people = with_stored_bureau(session, signatories, region.level)
        children: list[RegionData] = []
        if any(s.table is not None for s in template.mapping.sheets):
            with self.sessions() as session:
                repo = RegionRepository(session)
                codes = [r.code for r in repo.children(repo.require(region_code))]
            for done, code in enumerate(codes, start=1):
                children.append(self._region_data(self.figure_service.figures(code, period)))
                if progress is not None and not progress(done, len(codes)):
                    raise DomainError.of("cancelled")
        return ExportData(region, period, people, report_date, tuple(children))

    @staticmethod
    def _region_data(figures: RegionFigures) -> RegionData:
        rows = {
            row.indicator.code: FigureRow(row.indicator, row.figures, row.target, row.progress)
            for row in figures.rows
        }
        return RegionData(figures.region_code, figures.region_name, figures.region_level, rows)

    # --- import --------------------------------------------------------------------------------------
    def preview(
        self,
        path: Path,
        template_id: str | None = None,
        region_code: str | None = None,
        period: Period | None = None,
    ) -> ImportPreview:
        """What importing `path` would change. Writes nothing.

        The template is recognised by its sheets and anchor cells (or `template_id` is required to
        match); region and period come from the file's header fields and must agree with
        `region_code` and `period` when those are given.
        """
        wb = open_filled(path)
        try:
            if template_id is not None:
                template = self.template(template_id)
            else:
                found = identify(wb, self.templates())
                if found is None:
                    raise DomainError.of("import_no_template", file=path.name)
                template = found
            reading = read_return(template, wb, path)
        finally:
            wb.close()
        return self._preview(reading, region_code, period)

    def _period(self, reading: ReturnReading, expected: Period | None) -> Period:
        found: Period | None = None
        for text in period_texts(reading):
            try:
                found = Period.parse(text)
                break
            except DomainError:
                continue
        if found is None:
            if expected is None:
                raise DomainError.of("import_no_period", file=reading.path.name)
            found = expected
        mapping = reading.template
        if found.kind is not mapping.period_kind or not mapping.covers_year(found.year):
            raise DomainError.of(
                "template_wrong_period",
                template=mapping.id,
                period=found.label_zh,
                first=mapping.first_year,
                last=mapping.last_year,
            )
        if expected is not None and expected != found:
            raise DomainError.of(
                "import_wrong_period",
                file=reading.path.name,
                found=found.label_zh,
                expected=expected.label_zh,
            )
        return found

    def _form_region(
        self, session: Session, reading: ReturnReading, expected: str | None
    ) -> RegionRecord | None:
        repo = RegionRepository(session)
        code = reading.fields.get(HeaderField.REGION_CODE, "").strip()
        name = reading.fields.get(HeaderField.REGION_NAME, "").strip()
        record: RegionRecord | None = None
        if code:
            record = repo.current(code)
            if record is None:
                raise DomainError.of("unknown_region", code=code)
        elif expected:
            record = repo.require(expected)
            if name and name != record.name:
                raise DomainError.of(
                    "import_wrong_region", file=reading.path.name, found=name, expected=record.name
                )
        if record is not None and expected and record.code != expected:
            raise DomainError.of(
                "import_wrong_region",
                file=reading.path.name,
                found=f"{record.name}（{record.code}）",
                expected=expected,
            )
        if record is None and reading.form:
            raise DomainError.of("import_no_region", file=reading.path.name)
        return record

    def _preview(
        self, reading: ReturnReading, region_code: str | None, expected_period: Period | None
    ) -> ImportPreview:
        period = self._period(reading, expected_period)
        items: list[PreviewItem] = []
        unmatched: list[UnmatchedRow] = []
        with self.sessions() as session:
            indicators = {row.indicator.code: row for row in IndicatorRepository(session).active()}
            repo = RegionRepository(session)
            region = self._form_region(session, reading, region_code)
            if region is not None and reading.form:
                items += self._items(session, region, period, reading.form, indicators)
            table_rows = list(reading.rows)
            sheet_of = {s.name: s for s in reading.template.sheets}
            for row in table_rows:
                sheet = row.cells[0].sheet if row.cells else ""
                table = sheet_of[sheet].table if sheet in sheet_of else None
                record = self._row_region(repo, row.key, table.match if table else RowMatch.CODE)
                if record is None:
                    unmatched.append(
                        UnmatchedRow(
                            sheet,
                            row.row,
                            row.key,
                            row.name,
                            Issue("import_row_unknown", params={"key": row.key, "row": row.row}),
                        )
                    )
                    continue
                items += self._items(session, record, period, row.cells, indicators)
            for row_no in reading.skipped_rows:
                unmatched.append(
                    UnmatchedRow(
                        "", row_no, "", "", Issue("import_row_no_key", params={"row": row_no})
                    )
                )
        return ImportPreview(
            reading.path,
            reading.template.id,
            period,
            region.code if region is not None else "",
            region.name if region is not None else "",
            tuple(items),
            tuple(unmatched),
        )

    @staticmethod
    def _row_region(repo: RegionRepository, key: str, match: RowMatch) -> RegionRecord | None:
        if match is RowMatch.NAME:
            return repo.session.scalars(
                select(RegionRecord).where(
                    RegionRecord.name == key, RegionRecord.valid_to.is_(None)
                )
            ).first()
        return repo.current(key) if key else None

    def _items(
        self,
        session: Session,
        region: RegionRecord,
        period: Period,
        cells: Iterable[CellReading],
        indicators: dict[str, IndicatorRow],
    ) -> list[PreviewItem]:
        chosen = _keyed_cells(cells, indicators, period)
        if not chosen:
            return []
        derived = self.figure_service.figures(region.code, period).by_code()
        values = ValueRepository(session)
        lock = locking_return(session, region, period)
        items: list[PreviewItem] = []
        for reading, ind_row in chosen:
            ind = ind_row.indicator
            record = values.get(region.id, ind_row.id, period)
            old: Figure = None
            if record is not None:
                old = NA if record.state == "na" else record.amount
            new = reading.figure
            issue = reading.problem or _value_issue(ind, new)
            if issue is not None:
                change = Change.CONFLICT
            elif record is not None:
                same = new == old and record.basis == ind.entry_basis.value
                change = Change.UNCHANGED if new is None or same else Change.CHANGED
            else:
                figures = derived.get(ind.code)
                have = (
                    measure_value(FigureRow(ind, figures.figures), reading.measure)
                    if figures
                    else None
                )
                if new is None or (have is not None and have == new):
                    change = Change.UNCHANGED
                elif have is None:
                    change = Change.NEW
                else:
                    change = Change.CONFLICT
                    issue = Issue(
                        "import_differs_from_derived",
                        params={"indicator": ind.code, "derived": _text(have), "file": _text(new)},
                    )
            if change in (Change.NEW, Change.CHANGED):
                if lock is not None:
                    change, issue = Change.CONFLICT, locked_issue(session, lock)
                elif record is None:
                    other = values.other_level_entry(region, ind_row.id, period)
                    if other is not None:
                        change = Change.CONFLICT
                        issue = Issue(
                            "entered_at_other_level",
                            params={
                                "indicator": ind.code,
                                "region": other.code,
                                "name": other.name,
                            },
                        )
            items.append(
                PreviewItem(
                    region.code,
                    region.name,
                    ind.code,
                    period,
                    old,
                    new,
                    change,
                    reading.sheet,
                    reading.cell,
                    issue,
                )
            )
        return items

    def apply(self, preview: ImportPreview) -> int:
        """Store the preview's new and changed values in one transaction, audited with the file's
        name; refuses (writing nothing) a preview with conflicts or unmatched rows, and rolls back
        everything if any value is refused on the way (a lock taken since the preview, say)."""
        if not preview.can_apply:
            raise DomainError.of(
                "import_has_conflicts",
                file=preview.path.name,
                conflicts=len(preview.of(Change.CONFLICT)),
                unmatched=len(preview.unmatched),
            )
        writes = preview.writes
        if not writes:
            return 0
        detail = f"{preview.path.name} ({preview.template_id})"
        # The value service's own write path (checks, lock, level, value and audit row), all or
        # nothing: a lock taken since the preview, say, rolls the whole file back.
        self.values.set_all(
            [(i.region_code, i.indicator, i.period, _parsed(i.new)) for i in writes],
            source="imported",
            detail=detail,
        )
        return len(writes)

    def import_path(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        template_id: str | None = None,
        region_code: str | None = None,
        period: Period | None = None,
        progress: Progress | None = None,
    ) -> FolderImport:
        """One file or every .xlsx of a folder: preview each, and apply each unless `dry_run`.

        Each file is its own transaction: a refused file writes nothing and the others go on.
        """
        files = (
            sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in (".xlsx", ".xls") and not p.name.startswith("~$")
            )
            if path.is_dir()
            else [path]
        )
        result = FolderImport()
        for done, file in enumerate(files, start=1):
            outcome = ImportOutcome(file, None)
            try:
                preview = self.preview(file, template_id, region_code, period)
                outcome = ImportOutcome(file, preview)
                if not dry_run:
                    outcome = ImportOutcome(file, preview, self.apply(preview))
            except DomainError as exc:
                outcome = ImportOutcome(file, outcome.preview, 0, exc.issue)
            result.outcomes.append(outcome)
            if progress is not None and not progress(done, len(files)):
                result.cancelled = True
                break
        return result


# --- helpers ---------------------------------------------------------------------------------------------
def _keyed_measures(ind: Indicator, period: Period) -> tuple[Measure, ...]:
    """Which measures of the file hold the figure the store keeps, best first."""
    if ind.temporal is Temporal.STOCK:
        return (Measure.CURRENT, Measure.CUMULATIVE)
    starts_year = period.start_month == 1
    if ind.entry_basis is Basis.YTD:
        return (Measure.CUMULATIVE, Measure.CURRENT) if starts_year else (Measure.CUMULATIVE,)
    return (Measure.CURRENT, Measure.CUMULATIVE) if starts_year else (Measure.CURRENT,)


def _keyed_cells(
    cells: Iterable[CellReading], indicators: dict[str, IndicatorRow], period: Period
) -> list[tuple[CellReading, IndicatorRow]]:
    """One cell per keyed indicator: the one holding what the store keeps."""
    by_indicator: dict[str, dict[Measure, CellReading]] = {}
    for cell in cells:
        by_indicator.setdefault(cell.indicator, {}).setdefault(cell.measure, cell)
    chosen: list[tuple[CellReading, IndicatorRow]] = []
    for code, measures in by_indicator.items():
        row = indicators.get(code)
        if row is None or row.indicator.is_computed:
            continue
        for measure in _keyed_measures(row.indicator, period):
            if measure in measures:
                chosen.append((measures[measure], row))
                break
    return chosen


def _value_issue(ind: Indicator, new: Figure) -> Issue | None:
    if isinstance(new, Decimal):
        issues = ind.check_number(new)
        return issues[0] if issues else None
    return None


def _text(figure: object) -> str:
    if isinstance(figure, Decimal):
        return format(figure, "f")
    return "" if figure is None else str(figure)


def _parsed(figure: Figure) -> ParsedInput:
    if isinstance(figure, NotApplicable):
        return ParsedInput(not_applicable=True)
    return ParsedInput(number=figure)
