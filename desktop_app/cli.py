"""Headless commands: init, regions, indicators, set, show. Chinese output by default.

Each command takes an opened Store and writes to a text stream; __main__ parses arguments.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop_app.domain.figures import DASH, Figures, display_figure, display_growth
from desktop_app.domain.indicators import Basis, Indicator, unit_label
from desktop_app.domain.issues import DomainError, Issue
from desktop_app.domain.periods import Period, PeriodKind
from desktop_app.domain.regions import PlanStatus, RegionLevel
from desktop_app.domain.targets import TargetKind
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, period_label, translate
from desktop_app.persistence.repositories import IndicatorRepository, RegionRepository
from desktop_app.services.figures import Coverage, FigureService, RegionFigures
from desktop_app.services.regions import RegionQueries, read_place_list
from desktop_app.services.store import Store

if TYPE_CHECKING:  # imported where used: `show`, the province's common question, needs neither
    from desktop_app.services.targets import TargetService


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> str:
    """A plain-text table aligned for Chinese (double-width) characters."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - display_width(cell))
            out.append(pad + cell if i in right else cell + pad)
        return "  ".join(out).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def level_name(level: str) -> str:
    names = {
        RegionLevel.PROVINCE.value: translate("Cli", "province"),
        RegionLevel.PREFECTURE.value: translate("Cli", "prefecture"),
        RegionLevel.COUNTY.value: translate("Cli", "county"),
        RegionLevel.TOWNSHIP.value: translate("Cli", "township"),
        RegionLevel.VILLAGE.value: translate("Cli", "village"),
    }
    return names.get(level, level)


def indicator_name(indicator: Indicator, language: str) -> str:
    return indicator.name_en if language == "en" else indicator.name_zh


def _targets(store: Store) -> TargetService:
    """The targets' service, acting for the person logged in (--user)."""
    from desktop_app.services.targets import TargetService

    return TargetService(store.sessions, FigureService(store.sessions, access=store.access))


# --- commands --------------------------------------------------------------------------------------
def cmd_init(store: Store, region_code: str, bureau: str | None, out: TextIO) -> None:
    with store.sessions() as session:
        region = RegionRepository(session).require(region_code)
        name, level = region.name, region.level
        indicators = len(IndicatorRepository(session).active())
        regions = RegionRepository(session).count()
    store.set_home_region(region_code, bureau)
    out.write(translate("Cli", "Database: {path}").format(path=store.where) + "\n")
    out.write(
        translate("Cli", "Home region: {name} ({code}, {level})").format(
            name=name, code=region_code, level=level_name(level)
        )
        + "\n"
    )
    out.write(
        translate("Cli", "{indicators} indicators and {regions} regions are loaded.").format(
            indicators=indicators, regions=regions
        )
        + "\n"
    )


def cmd_regions(store: Store, under: str | None, out: TextIO, former: bool = False) -> None:
    queries = RegionQueries(store.sessions, access=store.access)
    children = queries.children(under)
    rows = [[r.code, r.name, level_name(r.level.value)] for r in children]
    headers = [translate("Cli", "Code"), translate("Cli", "Name"), translate("Cli", "Level")]
    out.write(render_table(headers, rows, right=set()) + "\n")
    out.write(translate("Cli", "{count} regions.").format(count=len(rows)) + "\n")
    if not former:
        return
    ended = queries.former(under)
    rows = [
        [
            r.code,
            r.name,
            r.valid_to.isoformat() if r.valid_to else "",
            r.successor_code or "",
        ]
        for r in ended
    ]
    headers = [
        translate("Cli", "Code"),
        translate("Cli", "Name"),
        translate("Cli", "Until"),
        translate("Cli", "Succeeded by"),
    ]
    out.write("\n" + translate("Cli", "Former divisions: {count}").format(count=len(rows)) + "\n")
    if rows:
        out.write(render_table(headers, rows, right=set()) + "\n")


def cmd_add_region(store: Store, code: str, name: str, parent: str, out: TextIO) -> None:
    region = RegionQueries(store.sessions, access=store.access).add(code, name, parent)
    out.write(
        translate("Cli", "Added {name} ({code}, {level}).").format(
            name=region.name, code=region.code, level=level_name(region.level.value)
        )
        + "\n"
    )


PLAN_TEXTS = {
    PlanStatus.NEW: QT_TRANSLATE_NOOP("Cli", "new"),
    PlanStatus.RENAMED: QT_TRANSLATE_NOOP("Cli", "renamed"),
    PlanStatus.UNCHANGED: QT_TRANSLATE_NOOP("Cli", "unchanged"),
    PlanStatus.SKIPPED: QT_TRANSLATE_NOOP("Cli", "skipped (the county itself)"),
    PlanStatus.REFUSED: QT_TRANSLATE_NOOP("Cli", "refused"),
}


def cmd_import_places(
    store: Store, path: Path, county: str, dry_run: bool, out: TextIO, sheet: str | None = None
) -> int:
    """`regions import FILE --county CODE`: the list's rows as importing them would treat them,
    then the list written in one transaction (not with --dry-run, nor while a row is refused).
    Returns the exit status: 0 when written or nothing refused, 2 when refused."""
    queries = RegionQueries(store.sessions, access=store.access)
    listed = read_place_list(path, sheet)
    plan = queries.plan_import(county, listed.rows)
    rows = [
        [
            str(r.row),
            r.code,
            r.name,
            translate("Cli", PLAN_TEXTS[r.status]),
            issue_message(r.issue)
            if r.issue is not None
            else translate("Cli", "was {name}").format(name=r.old_name)
            if r.status is PlanStatus.RENAMED
            else "",
        ]
        for r in plan.rows
        if r.status is not PlanStatus.UNCHANGED or dry_run
    ]
    headers = [
        translate("Cli", "Row"),
        translate("Cli", "Code"),
        translate("Cli", "Name"),
        translate("Cli", "Result"),
        translate("Cli", "Reason"),
    ]
    if rows:
        out.write(render_table(headers, rows, right={0}) + "\n")
    counts = {
        "new": plan.count(PlanStatus.NEW),
        "renamed": plan.count(PlanStatus.RENAMED),
        "unchanged": plan.count(PlanStatus.UNCHANGED),
        "refused": plan.count(PlanStatus.REFUSED),
    }
    out.write(
        translate(
            "Cli", "{new} new, {renamed} renamed, {unchanged} unchanged, {refused} refused."
        ).format(**counts)
        + "\n"
    )
    if plan.refused:
        first = plan.refused[0].row
        issue = Issue("place_list_refused", params={"count": len(plan.refused), "row": first})
        out.write(issue_message(issue) + "\n")
        return 2
    if dry_run:
        out.write(translate("Cli", "Nothing was written (--dry-run).") + "\n")
        return 0
    if plan.changes:
        queries.apply_import(county, listed.rows)
        out.write(translate("Cli", "The list was imported.") + "\n")
    return 0


def cmd_indicators(store: Store, language: str, out: TextIO) -> None:
    with store.sessions() as session:
        repo = IndicatorRepository(session)
        groups = {g.code: g for g in repo.groups()}
        rows = []
        for item in repo.active():
            ind = item.indicator
            group = groups[ind.group]
            rows.append(
                [
                    ind.code,
                    indicator_name(ind, language),
                    unit_label(ind.unit, language),
                    group.name_en if language == "en" else group.name_zh,
                    translate("Cli", "flow")
                    if ind.temporal.value == "flow"
                    else translate("Cli", "stock"),
                    translate("Cli", "year to date") if ind.entry_basis is Basis.YTD else "",
                ]
            )
    headers = [
        translate("Cli", "Code"),
        translate("Cli", "Indicator"),
        translate("Cli", "Unit"),
        translate("Cli", "Group"),
        translate("Cli", "Kind"),
        translate("Cli", "Keyed as"),
    ]
    out.write(render_table(headers, rows, right=set()) + "\n")


def cmd_set(
    store: Store,
    region_code: str,
    indicator_code: str,
    period_text: str,
    value_text: str,
    basis: Basis | None,
    out: TextIO,
    based_on: int | None = None,
    person: str | None = None,
) -> None:
    """`person`: who the audit names (the login name when None)."""
    from desktop_app.services.values import CellQueries, ValueService

    period = Period.parse(period_text)
    change = ValueService(store.sessions, person, access=store.access).set_text(
        region_code,
        indicator_code,
        period,
        value_text,
        source="cli",
        basis=basis,
        based_on=based_on,
    )
    version = CellQueries(store.sessions, access=store.access).version(
        region_code, indicator_code, period
    )
    with store.sessions() as session:
        record = IndicatorRepository(session).require(indicator_code)
        scale = record.scale
    before, after = display_figure(change.old, scale), display_figure(change.new, scale)
    if not change.changed:
        out.write(translate("Cli", "Unchanged: {value}").format(value=after) + "\n")
    else:
        out.write(
            translate("Cli", "Saved {indicator} for {region}, {period}: {old} → {new}").format(
                indicator=indicator_code,
                region=region_code,
                period=period_label(period),
                old=before,
                new=after,
            )
            + "\n"
        )
    out.write(
        translate(
            "Cli",
            "This value is version {version}; set it again with --based-on {version} and the "
            "save is refused if someone has changed it meanwhile.",
        ).format(version=version)
        + "\n"
    )


def cmd_target(
    store: Store,
    region_code: str,
    indicator_code: str,
    year: int,
    text: str,
    out: TextIO,
    kind: str = "absolute",
    note: str | None = None,
) -> None:
    stored = _targets(store).set_text(
        region_code, indicator_code, year, text, TargetKind(kind), note
    )
    shown = DASH if stored is None else str(stored)
    out.write(
        translate("Cli", "Target of {indicator} for {region} in {year}: {value}").format(
            indicator=indicator_code, region=region_code, year=year, value=shown
        )
        + "\n"
    )


def cmd_targets_show(
    store: Store, region_code: str, year: int, month: int, language: str, out: TextIO
) -> None:
    """The region's targets of `year` at the end of `month`: each with how it is written, its
    goal, what is done, progress and pace (a ↓ after a progress behind pace)."""
    from desktop_app.target_text import figure_text, goal_text

    view = _targets(store).view(region_code, year, month)
    headers = [
        translate("Cli", "Code"),
        translate("Cli", "Indicator"),
        translate("Cli", "Target as set"),
        translate("Cli", "Goal"),
        translate("Cli", "Done"),
        translate("Cli", "Progress (%)"),
        translate("Cli", "Expected (%)"),
    ]
    rows = []
    for row in view.rows:
        target = row.target_set
        if target is None:
            continue
        ind = row.indicator
        rows.append(
            [
                ind.code,
                indicator_name(ind, language),
                figure_text(target, ind),
                goal_text(row.target, ind),
                DASH if row.done is None else display_figure(row.done, ind.scale),
                display_growth(row.progress) + ("↓" if row.behind else ""),
                display_growth(row.pace),
            ]
        )
    out.write(
        translate(
            "Cli", "Targets of {name} ({code}) for {year}, to the end of month {month}"
        ).format(name=view.region_name, code=view.region_code, year=year, month=month)
        + "\n"
    )
    if not rows:
        out.write(translate("Cli", "No target is set for this year.") + "\n")
        return
    out.write(render_table(headers, rows, right={2, 3, 4, 5, 6}) + "\n")


def cmd_targets_import(store: Store, path: Path, sheet: str | None, out: TextIO) -> int:
    """Store the targets of a sheet; every refused row with its line (exit 2, nothing
    written), or how many were stored."""
    result = _targets(store).import_sheet(path, sheet)
    if result.refused:
        for line, why in result.refused:
            out.write(
                translate("Cli", "Line {line}: {reason}").format(
                    line=line, reason=issue_message(why)
                )
                + "\n"
            )
        out.write(translate("Cli", "Nothing was imported.") + "\n")
        return 2
    out.write(
        translate("Cli", "Imported {count} targets from {file}.").format(
            count=result.stored, file=result.file
        )
        + "\n"
    )
    return 0


def cmd_targets_load(store: Store, path: Path, out: TextIO) -> None:
    """Store a set of targets from a file and say what was stored and what was not."""
    loaded = _targets(store).load_file(path)
    out.write(
        translate("Cli", "Stored {count} targets of {region} for {year}: {codes}").format(
            count=len(loaded.stored),
            region=loaded.region_code,
            year=loaded.year,
            codes=", ".join(loaded.stored),
        )
        + "\n"
    )
    if loaded.absent:
        out.write(
            translate("Cli", "Not in the catalogue, not stored: {codes}").format(
                codes=", ".join(loaded.absent)
            )
            + "\n"
        )
    for item in loaded.unmapped:
        out.write(
            translate("Cli", "Not mapped to an indicator: {item} “{quote}” ({reason})").format(
                item=item.item, quote=item.quote, reason=item.reason
            )
            + "\n"
        )


def figure_headers(period: Period) -> list[str]:
    current = {
        PeriodKind.MONTH: translate("Cli", "This month"),
        PeriodKind.QUARTER: translate("Cli", "This quarter"),
        PeriodKind.HALF_YEAR: translate("Cli", "This half-year"),
        PeriodKind.YEAR: translate("Cli", "This year"),
    }[period.kind]
    return [
        translate("Cli", "Code"),
        translate("Cli", "Indicator"),
        translate("Cli", "Unit"),
        current,
        translate("Cli", "Year to date"),
        translate("Cli", "Same period last year"),
        translate("Cli", "Last year to date"),
        translate("Cli", "YoY (%)"),
        translate("Cli", "YTD YoY (%)"),
        translate("Cli", "MoM (%)"),
    ]


#: The measures `show` prints, in column order after the unit.
SHOWN_MEASURES = (
    "current",
    "cumulative",
    "last_year",
    "last_year_cumulative",
    "yoy",
    "yoy_cumulative",
    "mom",
)
#: The mark after a figure that lacks some expected children.
INCOMPLETE_MARK = "*"


def figure_cells(
    figures: Figures, scale: int, incomplete: Mapping[str, Coverage] | None = None
) -> list[str]:
    """The printed figures; those in `incomplete` (lacking some children) carry the mark."""
    cells = [
        display_figure(figures.current, scale),
        display_figure(figures.cumulative, scale),
        display_figure(figures.last_year, scale),
        display_figure(figures.last_year_cumulative, scale),
        display_growth(figures.yoy),
        display_growth(figures.yoy_cumulative),
        display_growth(figures.mom),
    ]
    if incomplete:
        cells = [
            cell + INCOMPLETE_MARK if measure in incomplete and cell != DASH else cell
            for cell, measure in zip(cells, SHOWN_MEASURES, strict=True)
        ]
    return cells


def coverage_notes(result: RegionFigures, headers: Sequence[str]) -> list[str]:
    """One line per indicator whose figures lack children: which figure, n/m, who is missing."""
    names = dict(zip(SHOWN_MEASURES, headers[3:], strict=False))
    lines: list[str] = []
    for row in result.rows:
        incomplete = row.incomplete()
        parts = []
        for measure in SHOWN_MEASURES:
            cov = incomplete.get(measure)
            if cov is None:
                continue
            text = translate("Cli", "{measure} {count}").format(
                measure=names[measure], count=cov.label
            )
            if cov.missing:
                text += translate("Cli", " (missing: {names})").format(
                    names=translate("Cli", ", ").join(cov.missing)
                )
            if cov.partial:
                text += translate("Cli", " (incomplete: {names})").format(
                    names=translate("Cli", ", ").join(cov.partial)
                )
            parts.append(text)
        if parts:
            lines.append(f"{INCOMPLETE_MARK} {row.indicator.code}: " + "; ".join(parts))
    return lines


def render_region_figures(result: RegionFigures, language: str) -> str:
    title = translate("Cli", "{name} ({code}), {period}; year to date {ytd}").format(
        name=result.region_name,
        code=result.region_code,
        period=period_label(result.period, language),
        ytd=result.period.ytd_label_en if language == "en" else result.period.ytd_label_zh,
    )
    rolled = any(row.coverage for row in result.rows)
    headers = figure_headers(result.period)
    if rolled:
        headers.append(translate("Cli", "Reported"))
    rows = []
    for row in result.rows:
        ind = row.indicator
        indent = "  " if ind.parent_code else ""
        cells = [
            ind.code,
            indent + indicator_name(ind, language),
            unit_label(ind.unit, language),
            *figure_cells(row.figures, ind.scale, row.incomplete()),
        ]
        if rolled:
            current = row.coverage_of("current")
            cells.append(current.label if current else "")
        rows.append(cells)
    table = render_table(headers, rows, right=set(range(3, len(headers))))
    notes = coverage_notes(result, headers)
    if notes:
        notes.insert(
            0,
            translate(
                "Cli", "{mark} incomplete: not every region below reported this figure."
            ).format(mark=INCOMPLETE_MARK),
        )
    problems = [
        translate("Cli", "Error: {message}").format(message=issue_message(issue))
        for row in result.rows
        for issue in row.issues
    ]
    return "\n".join([title, table, *notes, *problems]) + "\n"


def cmd_show(
    store: Store, region_code: str, period_text: str, up: int, language: str, out: TextIO
) -> None:
    period = Period.parse(period_text)
    # What this process holds by now (SQLAlchemy, the mapped classes, the store) lives until it
    # exits: kept out of the cyclic garbage collector's passes, which a province's roll-up
    # would otherwise set off over all of it (one full pass, ~20 ms).
    gc.freeze()
    service = FigureService(store.sessions, access=store.access)
    lineage = RegionQueries(store.sessions, access=store.access).lineage(region_code)[: up + 1]
    # the roll-ups above a region are shown only to those whose regions cover them
    codes = [r.code for r in lineage[:1] + [r for r in lineage[1:] if store.access.covers(r.code)]]
    for i, code in enumerate(codes):
        if i:
            out.write("\n" + translate("Cli", "Roll-up:") + " ")
        out.write(render_region_figures(service.figures(code, period), language))


def home_region_or_fail(store: Store) -> str:
    code = store.home_region()
    if code is None:
        raise DomainError.of("no_home_region")
    return code
