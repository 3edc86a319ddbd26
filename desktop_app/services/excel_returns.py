"""Use cases: province Excel returns. List templates, export a region's return (a county's, or a
city's own return and its county-by-county table), import filled returns with a preview first.

The figures come from FigureService, so a city's return rolls up its counties' stored values
exactly as the screens do: flows and stocks summed over regions, ratios recomputed from their rolled
up parts. An import writes nothing until `apply` is called on its preview, and then writes all of
it in one transaction, through the value service's audited write path, or nothing at all.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.entry import holds_already
from desktop_app.domain.figures import Entry, Figures, SeriesCalculator
from desktop_app.domain.indicators import Basis, Indicator, Temporal
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import Region
from desktop_app.domain.signatories import Signatories
from desktop_app.domain.users import Action
from desktop_app.domain.values import (
    Figure,
    NotApplicable,
    ParsedInput,
    format_number,
    parse_input,
)
from desktop_app.exporting.excel.export import (
    ExportData,
    FigureRow,
    RegionData,
    export_workbook,
    measure_value,
    region_misfit,
    template_misfit,
)
from desktop_app.exporting.excel.mapping import (
    HeaderField,
    Measure,
    RefusedTemplate,
    RegionTable,
    RowMatch,
    Template,
    TemplateMapping,
    TemplateScan,
    scan_templates,
    write_template,
)
from desktop_app.exporting.excel.read import (
    CellReading,
    ReturnReading,
    RowReading,
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
)
from desktop_app.services.entry_plan import STALE_CODES, EntryPlanner, stored_figure
from desktop_app.services.figures import FigureService, IndicatorFigures, RegionFigures
from desktop_app.services.imports import new_batch
from desktop_app.services.progress import Progress
from desktop_app.services.store import with_stored_bureau
from desktop_app.services.values import ValueService

_log = logging.getLogger("xianbao.import")


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
    """A value the file holds for a region: to store, stored already, or in conflict.

    A conflict may also be a cell that is not read but contradicts what is stored and imported
    (a 1–N月累计 beside its months, say): then `old` is the figure Xianbao derives.
    """

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
    measure: Measure = Measure.CURRENT  # the column of the cell
    scale: int | None = None  # decimals its figures are shown with (None: as they are)
    #: The version of the cell when previewed (a new or changed figure): applying refuses a
    #: cell changed since, as a save based on an old version is (entry_plan.EntryPlanner).
    version: int | None = None


@dataclass(frozen=True)
class SkippedCell:
    """A mapped cell that holds something the import does not read, and why (`issue`)."""

    region_code: str
    region_name: str
    indicator: str
    measure: Measure
    sheet: str
    cell: str
    value: Figure  # the cell's figure; None for text that is no number or an uncomputed formula
    raw: object
    issue: Issue
    scale: int | None = None


@dataclass(frozen=True)
class UnmatchedRow:
    sheet: str
    row: int | None
    key: str
    name: str
    issue: Issue


@dataclass(frozen=True)
class MissingRegion:
    """A region expected in a region table (directly under the imported region) without figures:
    no row (`row` None) or a row that holds nothing."""

    sheet: str
    code: str
    name: str
    row: int | None
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
    skipped: tuple[SkippedCell, ...] = ()
    missing: tuple[MissingRegion, ...] = ()

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


@dataclass(frozen=True)
class SkippedFile:
    """A file of an imported folder that is not read, and why (`issue`)."""

    path: Path
    issue: Issue


@dataclass
class FolderImport:
    """Every file of an import: read and applied or refused (outcomes), or left alone (skipped)."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False
    skipped: list[SkippedFile] = field(default_factory=list)

    @property
    def refused(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.error is not None]

    @property
    def written(self) -> int:
        return sum(o.written for o in self.outcomes)


def figure_text(value: Figure, scale: int | None) -> str:
    """A figure as previews and messages show it: at the indicator's scale with thousands
    separators (with more decimals only when the number has them, so a value refused for its
    decimals shows them), 无 as 无, nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, NotApplicable):
        return str(value)
    if scale is None:
        return format(value, ",f")
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_number(value, max(scale, places))


# --- the service ---------------------------------------------------------------------------------------------
class ExcelReturns:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        template_folders: Sequence[Path] = (),
        user: str | None = None,
        *,
        figures: FigureService | None = None,
        values: ValueService | None = None,
    ) -> None:
        """`template_folders`: the user's own templates, searched after the shipped ones.
        `figures`, `values`: the services shared with the window (services/bundle.py); made
        here when not given (the command line), with `user` as who the audit names."""
        self.sessions = sessions
        self.folders = [shipped_templates_dir(), *template_folders]
        self.figure_service = figures or FigureService(sessions)
        self.values = values or ValueService(sessions, user)
        self._cache: tuple[tuple[tuple[str, int], ...], TemplateScan] | None = None

    # --- templates ---------------------------------------------------------------------------------
    def _scan(self) -> TemplateScan:
        """The templates of the folders; re-read only when a folder's files change."""
        stamp = tuple(
            (p.name, p.lstat().st_mtime_ns)
            for folder in self.folders
            if folder.is_dir()
            for p in sorted(folder.iterdir())
        )
        if self._cache is None or self._cache[0] != stamp:
            self._cache = (stamp, scan_templates(self.folders))
        return self._cache[1]

    def templates(self) -> list[Template]:
        return list(self._scan().templates)

    def fitting_templates(self, region: Region, period: Period) -> list[Template]:
        """The templates a return of `region` for `period` can be exported with: those export
        does not refuse (exporting/excel/export.template_misfit, the one rule)."""
        level = region.level.value
        return [
            t
            for t in self.templates()
            if template_misfit(t.mapping, region.code, region.name, level, period) is None
        ]

    def refused_templates(self) -> list[RefusedTemplate]:
        """The mapping files of the folders that were not loaded, each with its reason."""
        return list(self._scan().refused)

    def template(self, template_id: str) -> Template:
        """The template of this id; a broken user template's reason, never the sample instead."""
        return self._scan().template(template_id)

    def save_template(
        self, draft: TemplateMapping, workbook_source: Path, folder: Path
    ) -> Template:
        """Save an edited mapping (a draft: mappings are immutable) into the user's `folder`.

        The cached templates are never changed in place: the next look-up reads the folder again.
        Only a role that manages templates (管理员) saves one.
        """
        self.values.access.require(Action.MANAGE_TEMPLATES)
        saved = write_template(draft, workbook_source, folder)
        self._cache = None
        return saved

    def indicator_codes(self) -> set[str]:
        with self.sessions() as session:
            return {row.indicator.code for row in IndicatorRepository(session).active()}

    def indicators(self) -> list[Indicator]:
        """The active indicators in catalogue order (what a template may map), for an editor."""
        with self.sessions() as session:
            return [row.indicator for row in IndicatorRepository(session).active()]

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
            people = with_stored_bureau(session, signatories, region.code)
        children: list[RegionData] = []
        if any(s.table is not None for s in template.mapping.sheets):
            with self.sessions() as session:
                repo = RegionRepository(session)
                parent = repo.require(region_code)
                rows = [(r.code, r.name, r.level) for r in repo.children_in(parent, period)]
            # Every row's figures from the region's one roll-up, not one roll-up per row
            below = self.figure_service.figures_below(region_code, period, [c for c, _, _ in rows])
            for done, (code, name, level) in enumerate(rows, start=1):
                children.append(_rows_data(code, name, level, below[code]))
                if progress is not None and not progress(done, len(rows)):
                    raise DomainError.of("cancelled")
        return ExportData(region, period, people, report_date, tuple(children))

    @staticmethod
    def _region_data(figures: RegionFigures) -> RegionData:
        return _rows_data(
            figures.region_code, figures.region_name, figures.region_level, figures.by_code()
        )

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
        `region_code` and `period` when those are given. A file with only a region table is
        imported for the region given, else for the region its rows are under.

        Refuses (DomainError) a region the template is not made for (another province, another
        level: what export refuses), and a region table none of whose rows is under the region.
        """
        with open_filled(path) as wb:
            if template_id is not None:
                template = self.template(template_id)
            else:
                found = identify(wb, self.templates())
                if found is None:
                    raise DomainError.of("import_no_template", file=path.name)
                template = found
            reading = read_return(template, wb, path)
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
                period=found.code,
                first=mapping.first_year,
                last=mapping.last_year,
            )
        if expected is not None and expected != found:
            raise DomainError.of(
                "import_wrong_period",
                file=reading.path.name,
                found=found.code,
                expected=expected.code,
            )
        return found

    def _form_region(
        self, session: Session, reading: ReturnReading, expected: str | None, period: Period
    ) -> RegionRecord | None:
        repo = RegionRepository(session)
        code = reading.fields.get(HeaderField.REGION_CODE, "").strip()
        name = reading.fields.get(HeaderField.REGION_NAME, "").strip()
        record: RegionRecord | None = None
        if code:  # the region with this code in the return's period (会理县 in 2019)
            record = repo.valid_in(code, period)
            if record is None:
                record = repo.require_in(code, period)
        elif expected:
            record = repo.require_in(expected, period)
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

    @staticmethod
    def _check_fits(repo: RegionRepository, reading: ReturnReading, region: RegionRecord) -> None:
        """Refuse, as export does, a region of another province or level than the template's."""
        mapping = reading.template
        misfit = region_misfit(mapping, region.code, region.level)
        if misfit is None:
            return
        params = {
            "file": reading.path.name,
            "template": mapping.id,
            "form_number": mapping.form_number,
            "region": region.name,
            "code": region.code,
        }
        if misfit == "province":
            province = repo.current(mapping.province.ljust(6, "0"))
            raise DomainError.of(
                "import_wrong_province",
                province=province.name if province is not None else mapping.province,
                **params,
            )
        raise DomainError.of("import_wrong_level", **params)

    def _preview(
        self, reading: ReturnReading, region_code: str | None, expected_period: Period | None
    ) -> ImportPreview:
        period = self._period(reading, expected_period)
        mapping = reading.template
        tables = {s.name: s.table for s in mapping.sheets if s.table is not None}
        items: list[PreviewItem] = []
        skipped: list[SkippedCell] = []
        unmatched: list[UnmatchedRow] = []
        with self.sessions() as session:
            indicators = {row.indicator.code: row for row in IndicatorRepository(session).active()}
            repo = RegionRepository(session)
            region = self._form_region(session, reading, region_code, period)
            if region is None:
                region = self._region_of_rows(repo, reading.rows, tables, period)
            if region is not None:
                self._check_fits(repo, reading, region)
            children = repo.children_in(region, period) if region is not None and tables else []
            matched, refused = self._match_rows(
                repo, reading.rows, tables, region, children, period
            )
            if region is not None and refused and not matched:
                self._refuse_other_region(reading, region, refused)
            unmatched += refused
            if region is not None and reading.form:
                new_items, new_skipped = self._items(
                    session, region, period, reading.form, indicators
                )
                items += new_items
                skipped += new_skipped
            for row, record in matched:
                new_items, new_skipped = self._items(session, record, period, row.cells, indicators)
                items += new_items
                skipped += new_skipped
            for row_no in reading.skipped_rows:
                unmatched.append(
                    UnmatchedRow(
                        "", row_no, "", "", Issue("import_row_no_key", params={"row": row_no})
                    )
                )
        missing = _missing(tables, children, matched)
        return ImportPreview(
            reading.path,
            mapping.id,
            period,
            region.code if region is not None else "",
            region.name if region is not None else "",
            tuple(items),
            tuple(unmatched),
            tuple(skipped),
            tuple(missing),
        )

    @staticmethod
    def _row_region(
        repo: RegionRepository,
        key: str,
        match: RowMatch,
        children: Sequence[RegionRecord] = (),
        period: Period | None = None,
    ) -> RegionRecord | None:
        if not key:
            return None
        if match is RowMatch.NAME:
            for child in children:
                if child.name == key:
                    return child
            return repo.session.scalars(
                select(RegionRecord)
                .where(RegionRecord.name == key, RegionRecord.valid_to.is_(None))
                .order_by(RegionRecord.code)
            ).first()
        record = repo.current(key)
        if record is None and period is not None:
            record = repo.valid_in(key, period)  # a former code in a year it existed
        return record

    def _region_of_rows(
        self,
        repo: RegionRepository,
        rows: Sequence[RowReading],
        tables: dict[str, RegionTable],
        period: Period | None = None,
    ) -> RegionRecord | None:
        """The region a region table is sent for when nothing says it: the one most of its rows
        are directly under (rows under another are then refused one by one)."""
        parents: Counter[int] = Counter()
        for row in rows:
            table = tables.get(_sheet_of(row))
            match = table.match if table else RowMatch.CODE
            record = self._row_region(repo, row.key, match, (), period)
            if record is not None and record.parent_id is not None:
                parents[record.parent_id] += 1
        if not parents:
            return None
        return repo.session.get(RegionRecord, parents.most_common(1)[0][0])

    def _match_rows(
        self,
        repo: RegionRepository,
        rows: Sequence[RowReading],
        tables: dict[str, RegionTable],
        region: RegionRecord | None,
        children: Sequence[RegionRecord],
        period: Period | None = None,
    ) -> tuple[list[tuple[RowReading, RegionRecord]], list[UnmatchedRow]]:
        """The rows of region tables with their regions, and the rows refused: no such region,
        a region not directly under `region`, a region with a row already."""
        matched: list[tuple[RowReading, RegionRecord]] = []
        refused: list[UnmatchedRow] = []
        seen: dict[tuple[str, int], int | None] = {}
        for row in rows:
            sheet = _sheet_of(row)
            table = tables.get(sheet)
            match = table.match if table else RowMatch.CODE
            record = self._row_region(repo, row.key, match, children, period)
            issue: Issue | None = None
            if record is None:
                issue = Issue("import_row_unknown", params={"key": row.key, "row": row.row})
            elif region is not None and record.parent_id != region.id:
                parent = record.parent
                issue = Issue(
                    "import_row_not_under",
                    params={
                        "row": row.row,
                        "key": record.code,
                        "name": record.name,
                        "region": region.name,
                        "code": region.code,
                        "parent": parent.code if parent is not None else "",
                        "parent_name": parent.name if parent is not None else "",
                    },
                )
            elif (sheet, record.id) in seen:
                issue = Issue(
                    "import_row_twice",
                    params={
                        "row": row.row,
                        "key": record.code,
                        "name": record.name,
                        "first": seen[(sheet, record.id)],
                    },
                )
            if issue is not None:
                refused.append(UnmatchedRow(sheet, row.row, row.key, row.name, issue))
                continue
            assert record is not None
            seen[(sheet, record.id)] = row.row
            matched.append((row, record))
        return matched, refused

    @staticmethod
    def _refuse_other_region(
        reading: ReturnReading, region: RegionRecord, refused: Sequence[UnmatchedRow]
    ) -> None:
        """No row of the file's region tables is under `region`: the whole file is refused, naming
        the region its rows are under."""
        outside = [u.issue.params for u in refused if u.issue.code == "import_row_not_under"]
        if not outside:
            return
        parents = Counter((p["parent"], p["parent_name"]) for p in outside)
        (parent, parent_name), _count = parents.most_common(1)[0]
        raise DomainError.of(
            "import_table_other_region",
            file=reading.path.name,
            region=region.name,
            code=region.code,
            parent=parent,
            parent_name=parent_name,
            rows=len(outside),
        )

    def _items(
        self,
        session: Session,
        region: RegionRecord,
        period: Period,
        cells: Iterable[CellReading],
        indicators: dict[str, IndicatorRow],
    ) -> tuple[list[PreviewItem], list[SkippedCell]]:
        """The values one region's cells hold, and the cells holding something that are not read.

        A cell that is not read but contradicts what the store would hold after the import (a
        1–N月累计 beside its months, 上年同期, a target) is a conflict rather than a skipped cell.
        """
        chosen, unread = _sort_cells(list(cells), indicators, period)
        if not chosen and not unread:
            return [], []
        figures = self.figure_service.figures(region.code, period)
        derived = figures.by_code()
        planner = EntryPlanner(session, catalogue=indicators.values())
        # the save's reads for the whole return, a few statements instead of a few per cell
        planner.prime(region.code, period, [ind_row.indicator.code for _, ind_row in chosen])
        items: list[PreviewItem] = []
        after: dict[str, Figures] = {}
        for reading, ind_row in chosen:
            ind = ind_row.indicator
            record = planner.cell(region, ind_row.id, period).stored
            old = stored_figure(record)
            new = reading.figure
            stored = derived.get(ind.code)
            have = (
                measure_value(FigureRow(ind, stored.figures), reading.measure) if stored else None
            )
            issue: Issue | None = None
            version: int | None = None
            if reading.problem is not None:  # not a number: what the save says of the same text
                change, issue = Change.CONFLICT, reading.problem
            elif (
                new is None  # a blank cell of the file clears nothing
                or holds_already(old, record.basis if record else None, new, ind.entry_basis)
                or (record is None and have is not None and have == new)  # what Xianbao derives
            ):
                change = Change.UNCHANGED
            else:
                # The save's own planning step: a refusal is the very Issue the save would raise
                planned = planner.plan(region.code, ind.code, period, _reading_input(reading))
                if isinstance(planned, Issue):
                    change, issue = Change.CONFLICT, planned
                    old = old if record is not None else have
                elif record is not None or have is None:
                    change = Change.CHANGED if record is not None else Change.NEW
                    version = planned.version
                else:  # no rule refuses it, yet Xianbao derives another figure for the cell
                    change = Change.CONFLICT
                    old = have
                    issue = Issue(
                        "import_differs_from_derived",
                        params={
                            "indicator": ind.code,
                            "derived": figure_text(have, ind.scale),
                            "file": figure_text(new, ind.scale),
                        },
                    )
            if change in (Change.NEW, Change.CHANGED) and stored is not None and new is not None:
                after[ind.code] = _after_import(
                    ind, figures.series.get(ind.code, {}), stored.figures, period, new
                )
            elif change is not Change.CONFLICT and stored is not None:
                after[ind.code] = stored.figures
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
                    reading.measure,
                    ind.scale,
                    version,
                )
            )
        in_conflict = {i.indicator for i in items if i.change is Change.CONFLICT}
        skipped: list[SkippedCell] = []
        for reading, reason in unread:
            known = indicators.get(reading.indicator)
            ind_or_none = known.indicator if known is not None else None
            scale = _scale(ind_or_none, reading.measure)
            if ind_or_none is not None and reading.indicator not in in_conflict:
                stored = derived.get(reading.indicator)
                base = after.get(reading.indicator, stored.figures if stored else None)
                target = stored.target if stored else None
                found = _contradiction(ind_or_none, reading, base, target)
                if found is not None:
                    expected, issue = found
                    items.append(
                        PreviewItem(
                            region.code,
                            region.name,
                            reading.indicator,
                            period,
                            expected,
                            reading.figure,
                            Change.CONFLICT,
                            reading.sheet,
                            reading.cell,
                            issue,
                            reading.measure,
                            scale,
                        )
                    )
                    continue
            skipped.append(
                SkippedCell(
                    region.code,
                    region.name,
                    reading.indicator,
                    reading.measure,
                    reading.sheet,
                    reading.cell,
                    reading.figure,
                    reading.raw,
                    reason,
                    scale,
                )
            )
        return items, skipped

    def apply(self, preview: ImportPreview) -> int:
        """Store the preview's new and changed values in one transaction, audited with the file's
        name; refuses (writing nothing) a preview with conflicts or unmatched rows, and rolls back
        everything if any value is refused on the way (a lock taken since the preview, say, or
        a cell another clerk changed since: each is saved based on the version previewed)."""
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
        try:
            self.values.set_all(
                [(i.region_code, i.indicator, i.period, _parsed(i.new)) for i in writes],
                source="imported",
                detail=detail,
                batch=new_batch(),
                based_on=[i.version for i in writes],
            )
        except DomainError as refused:
            if refused.issue.code not in STALE_CODES:
                raise
            # The save's sentence tells a clerk to type the figure again; here the whole file
            # was refused, and what to do is to preview it again.
            raise DomainError.of(
                "import_changed_since_preview", file=preview.path.name, **refused.issue.params
            ) from refused
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

        Each file is read and applied or refused on its own, in its own transaction: a refused
        file, or one that fails in a way nobody foresaw, writes nothing and the others go on.
        Other files of a folder (not .xlsx or .xls, Excel's ~$ lock files, sub-folders) are
        listed as skipped.
        """
        result = FolderImport()
        files = [path]
        if path.is_dir():
            files = []
            for entry in sorted(path.iterdir()):
                reason = _skip_reason(entry)
                if reason is None:
                    files.append(entry)
                else:
                    result.skipped.append(
                        SkippedFile(entry, Issue(reason, params={"file": entry.name}))
                    )
        for done, file in enumerate(files, start=1):
            result.outcomes.append(
                self._import_file(file, dry_run, template_id, region_code, period)
            )
            if progress is not None and not progress(done, len(files)):
                result.cancelled = True
                break
        return result

    def apply_each(
        self, previews: Sequence[ImportPreview], progress: Progress | None = None
    ) -> list[ImportOutcome]:
        """Apply each preview in its own transaction: one refused now (a return locked since the
        preview, say) or failing writes nothing, and the others are still stored."""
        outcomes: list[ImportOutcome] = []
        for done, preview in enumerate(previews, start=1):
            try:
                outcomes.append(ImportOutcome(preview.path, preview, self.apply(preview)))
            except DomainError as exc:
                outcomes.append(ImportOutcome(preview.path, preview, 0, exc.issue))
            except Exception as exc:  # one file's failure must not stop the others
                outcomes.append(ImportOutcome(preview.path, preview, 0, _failed(preview.path, exc)))
            if progress is not None:
                progress(done, len(previews))
        return outcomes

    def _import_file(
        self,
        file: Path,
        dry_run: bool,
        template_id: str | None,
        region_code: str | None,
        period: Period | None,
    ) -> ImportOutcome:
        outcome = ImportOutcome(file, None)
        try:
            preview = self.preview(file, template_id, region_code, period)
            outcome = ImportOutcome(file, preview)
            if not dry_run:
                outcome = ImportOutcome(file, preview, self.apply(preview))
        except DomainError as exc:
            outcome = ImportOutcome(file, outcome.preview, 0, exc.issue)
        except Exception as exc:  # one file's failure must not stop the others
            outcome = ImportOutcome(file, outcome.preview, 0, _failed(file, exc))
        return outcome


def _failed(file: Path, exc: Exception) -> Issue:
    """An import of `file` failed in a way nobody foresaw. apply() writes in one transaction,
    rolled back by the exception, so nothing of the file is stored. The traceback goes to the
    log; the clerk reads a sentence."""
    _log.error("importing %s failed", file, exc_info=exc)
    return Issue("import_failed", params={"file": file.name, "kind": type(exc).__name__})


def concluded(previewed: Sequence[FolderImport], applied: Sequence[ImportOutcome]) -> FolderImport:
    """The whole of an import previewed first and applied after (the window's way), file by
    file: what was applied; what was refused when read; what could not be applied (conflicts or
    refused rows); what had nothing to change (stored 0); and the files skipped."""
    done = {o.path: o for o in applied}
    result = FolderImport(skipped=[s for folder in previewed for s in folder.skipped])
    for folder in previewed:
        result.cancelled = result.cancelled or folder.cancelled
        for outcome in folder.outcomes:
            preview = outcome.preview
            if outcome.path in done:
                result.outcomes.append(done[outcome.path])
            elif outcome.error is None and preview is not None and not preview.can_apply:
                issue = Issue(
                    "import_has_conflicts",
                    params={
                        "file": outcome.path.name,
                        "conflicts": len(preview.of(Change.CONFLICT)),
                        "unmatched": len(preview.unmatched),
                    },
                )
                result.outcomes.append(replace(outcome, error=issue))
            else:
                result.outcomes.append(outcome)
    return result


def _skip_reason(entry: Path) -> str | None:
    """Why a folder import leaves `entry` alone (an issue code), or None to read it."""
    if entry.is_dir():
        return "import_skipped_folder"
    if entry.name.startswith("~$"):
        return "import_skipped_lock_file"
    if entry.suffix.lower() not in (".xlsx", ".xls"):
        return "import_skipped_not_excel"
    return None


# --- helpers ---------------------------------------------------------------------------------------------
def _keyed_measures(ind: Indicator, period: Period) -> tuple[Measure, ...]:
    """Which measures of the file hold the figure the store keeps, best first."""
    if ind.temporal is Temporal.STOCK:
        return (Measure.CURRENT, Measure.CUMULATIVE)
    starts_year = period.start_month == 1
    if ind.entry_basis is Basis.YTD:
        return (Measure.CUMULATIVE, Measure.CURRENT) if starts_year else (Measure.CUMULATIVE,)
    return (Measure.CURRENT, Measure.CUMULATIVE) if starts_year else (Measure.CURRENT,)


def _sort_cells(
    cells: list[CellReading], indicators: dict[str, IndicatorRow], period: Period
) -> tuple[list[tuple[CellReading, IndicatorRow]], list[tuple[CellReading, Issue]]]:
    """One cell per keyed indicator, the one holding what the store keeps (among equals, the
    first that holds something); and every other cell that holds something, with the reason it
    is not read."""
    by_indicator: dict[str, dict[Measure, list[CellReading]]] = {}
    for cell in cells:
        if not cell.uncomputed:
            by_indicator.setdefault(cell.indicator, {}).setdefault(cell.measure, []).append(cell)
    chosen: dict[str, tuple[CellReading, IndicatorRow]] = {}
    for code, measures in by_indicator.items():
        row = indicators.get(code)
        if row is None or row.indicator.is_computed:
            continue
        candidates = [
            cell
            for measure in _keyed_measures(row.indicator, period)
            for cell in measures.get(measure, [])
        ]
        if candidates:
            holding = [c for c in candidates if c.holds_something]
            chosen[code] = ((holding or candidates)[0], row)
    unread: list[tuple[CellReading, Issue]] = []
    for cell in cells:
        pick = chosen.get(cell.indicator)
        if not cell.holds_something or (pick is not None and pick[0] is cell):
            continue
        row = indicators.get(cell.indicator)
        unread.append((cell, _unread_reason(cell, row, pick[0] if pick else None, period)))
    return list(chosen.values()), unread


def _unread_reason(
    cell: CellReading, row: IndicatorRow | None, pick: CellReading | None, period: Period
) -> Issue:
    params: dict[str, object] = {"indicator": cell.indicator}
    if cell.uncomputed:
        return Issue("import_formula_no_value", params={"sheet": cell.sheet, "cell": cell.cell})
    if row is None:
        return Issue("import_not_read_unknown", params=params)
    if row.indicator.is_computed:
        return Issue("import_not_read_computed", params=params)
    if cell.measure is Measure.TARGET:
        return Issue("import_not_read_target", params=params)
    if cell.measure.is_percent:
        return Issue("import_not_read_rate", params=params)
    if pick is not None and cell.measure in _keyed_measures(row.indicator, period):
        return Issue("import_not_read_same", params={**params, "cell": f"{pick.sheet}!{pick.cell}"})
    return Issue("import_not_read_derived", params=params)


def _after_import(
    ind: Indicator, own: Mapping[Period, Entry], stored: Figures, period: Period, new: Figure
) -> Figures:
    """The figures of `period` once `new` is stored: this period's own figure and year to date
    change; last year's and the previous period's do not."""
    assert new is not None
    series = dict(own)
    series[period] = Entry(new, ind.entry_basis)
    calc = SeriesCalculator(ind.temporal, series)
    return replace(
        stored, current=calc.own(period), cumulative=calc.cumulative(period)
    ).with_growth()


def _scale(ind: Indicator | None, measure: Measure) -> int | None:
    if measure.is_percent:
        return 1
    return ind.scale if ind is not None else None


def _contradiction(
    ind: Indicator, cell: CellReading, figures: Figures | None, target: Decimal | None
) -> tuple[Decimal, Issue] | None:
    """The figure Xianbao holds for a cell it does not read, when the cell says another number
    (compared at the indicator's scale). Rates are not compared: a stale 同比 beside a corrected
    figure says nothing the figure does not."""
    if not isinstance(cell.figure, Decimal) or ind.is_computed or cell.measure.is_percent:
        return None
    if cell.measure is Measure.TARGET:
        expected: Figure = target
    elif figures is None:
        return None
    else:
        expected = measure_value(FigureRow(ind, figures), cell.measure)
    if not isinstance(expected, Decimal):
        return None
    quantum = Decimal(1).scaleb(-ind.scale)
    if cell.figure.quantize(quantum, ROUND_HALF_UP) == expected.quantize(quantum, ROUND_HALF_UP):
        return None
    code = "import_contradicts_target" if cell.measure is Measure.TARGET else "import_contradicts"
    return expected, Issue(
        code,
        params={
            "indicator": ind.code,
            "sheet": cell.sheet,
            "cell": cell.cell,
            "file": figure_text(cell.figure, ind.scale),
            "derived": figure_text(expected, ind.scale),
        },
    )


def _sheet_of(row: RowReading) -> str:
    return row.cells[0].sheet if row.cells else ""


def _missing(
    tables: dict[str, RegionTable],
    children: Sequence[RegionRecord],
    matched: Sequence[tuple[RowReading, RegionRecord]],
) -> list[MissingRegion]:
    """Per region table, the regions under the imported one that sent no figures."""
    missing: list[MissingRegion] = []
    for sheet in tables:
        rows = {record.id: row for row, record in matched if _sheet_of(row) == sheet}
        for child in children:
            row = rows.get(child.id)
            params = {"sheet": sheet, "code": child.code, "name": child.name}
            if row is None:
                missing.append(
                    MissingRegion(
                        sheet,
                        child.code,
                        child.name,
                        None,
                        Issue("import_region_missing", params=params),
                    )
                )
            elif not any(c.holds_something for c in row.cells):
                missing.append(
                    MissingRegion(
                        sheet,
                        child.code,
                        child.name,
                        row.row,
                        Issue("import_region_empty", params={**params, "row": row.row}),
                    )
                )
    return missing


def _reading_input(cell: CellReading) -> ParsedInput:
    """What a read cell says, as the save parses typed text: "50%" written into a count's cell
    is refused for its percent sign as typing it is, not stored as 50."""
    percent = False
    if isinstance(cell.raw, str) and isinstance(cell.figure, Decimal):
        try:
            percent = parse_input(cell.raw).percent
        except DomainError:
            percent = False
    if isinstance(cell.figure, NotApplicable):
        return ParsedInput(not_applicable=True)
    return ParsedInput(number=cell.figure, percent=percent)


def _parsed(figure: Figure) -> ParsedInput:
    if isinstance(figure, NotApplicable):
        return ParsedInput(not_applicable=True)
    return ParsedInput(number=figure)


def _rows_data(
    code: str, name: str, level: str, figures: dict[str, IndicatorFigures]
) -> RegionData:
    rows = {
        ind_code: FigureRow(row.indicator, row.figures, row.target, row.progress)
        for ind_code, row in figures.items()
    }
    return RegionData(code, name, level, rows)
