"""Command line for province Excel returns: `templates`, `export`, `import [--dry-run]`.

Building the parsers imports nothing heavy (the GUI's start-up builds them too); openpyxl and the
services are imported when a command runs.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from desktop_app.services.store import Store

COMMANDS = frozenset({"templates", "export", "import"})


def add_excel_parsers(sub: Any) -> None:
    """Add the Excel sub-commands to the main parser's sub-parsers."""
    folder_help = "a folder of your own templates (default: templates/ in the user data folder)"
    templates = sub.add_parser("templates", help="list the province Excel templates")
    templates.add_argument("--templates", type=Path, default=None, help=folder_help)
    templates.add_argument(
        "--check",
        type=Path,
        default=None,
        metavar="PATH",
        help="list every problem of one mapping file (.toml) and its workbook, then exit",
    )

    export = sub.add_parser("export", help="fill a province Excel template for a region")
    export.add_argument("--template", required=True, help="template id (see: xianbao templates)")
    export.add_argument("--region", help="region code (default: the home county)")
    export.add_argument("--period", required=True, help="e.g. 2025-03, 2025Q1, 2025")
    export.add_argument("-o", "--output", type=Path, default=None, help="file or folder")
    export.add_argument("--bureau", default="", help="填报单位 (default: the database's bureau)")
    export.add_argument("--unit-head", default="", help="单位负责人")
    export.add_argument("--statistics-head", default="", help="统计负责人")
    export.add_argument("--preparer", default="", help="填表人")
    export.add_argument("--phone", default="", help="联系电话")
    export.add_argument("--date", default=None, help="报出日期, YYYY-MM-DD (default: today)")
    export.add_argument("--templates", type=Path, default=None, help=folder_help)

    imp = sub.add_parser("import", help="import filled Excel returns (a file or a folder)")
    imp.add_argument("path", type=Path, help="an .xlsx file or a folder of them")
    imp.add_argument("--dry-run", action="store_true", help="show the preview, write nothing")
    imp.add_argument("--template", default=None, help="template id (default: recognised)")
    imp.add_argument("--region", default=None, help="expected region code")
    imp.add_argument("--period", default=None, help="expected period")
    imp.add_argument("--templates", type=Path, default=None, help=folder_help)


def _folders(args: argparse.Namespace) -> list[Path]:
    from desktop_app.paths import user_data_dir

    return [args.templates or user_data_dir() / "templates"]


def run_excel(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    """Run one Excel command; DomainErrors propagate to __main__ (exit 2, translated)."""
    from desktop_app.services.excel_returns import ExcelReturns
    from desktop_app.services.figures import FigureService
    from desktop_app.services.values import ValueService

    person = getattr(args, "person", None)
    service = ExcelReturns(
        store.sessions,
        _folders(args),
        person,
        figures=FigureService(store.sessions, access=store.access),
        values=ValueService(store.sessions, person, access=store.access),
    )
    if args.command == "templates":
        if getattr(args, "check", None) is not None:
            return cmd_check_template(args.check, service.indicator_codes(), out)
        cmd_templates(service, out)
        return 0
    if args.command == "export":
        cmd_export(service, store, args, out)
        return 0
    return cmd_import(service, args, out)


def cmd_templates(service: Any, out: TextIO) -> None:
    from desktop_app.cli import render_table
    from desktop_app.i18n import translate

    kinds = {
        "M": translate("Excel", "monthly"),
        "Q": translate("Excel", "quarterly"),
        "H": translate("Excel", "half-yearly"),
        "Y": translate("Excel", "annual"),
    }
    rows = []
    for t in service.templates():
        m = t.mapping
        rows.append(
            [
                m.id,
                m.form_number,
                m.title,
                m.province or "",
                kinds[m.period_kind.value],
                f"{m.first_year}–{m.last_year}",
                translate("Excel", "sample") if m.sample else "",
            ]
        )
    headers = [
        translate("Excel", "Template"),
        translate("Excel", "Form number"),
        translate("Excel", "Title"),
        translate("Excel", "Province"),
        translate("Excel", "Period"),
        translate("Excel", "Years"),
        translate("Excel", "Note"),
    ]
    out.write(render_table(headers, rows, right=set()) + "\n")
    refused = service.refused_templates()
    if refused:
        from desktop_app.i18n import issue_message

        out.write(translate("Excel", "Templates not loaded:") + "\n")
        for item in refused:
            out.write(f"  {issue_message(item.issue)}\n")


def cmd_check_template(path: Path, indicator_codes: set[str], out: TextIO) -> int:
    """Every problem of one mapping file, one per line; 0 when there is none, 2 otherwise."""
    from desktop_app.exporting.excel.check import check_template_file
    from desktop_app.i18n import issue_message, translate

    problems = check_template_file(path, indicator_codes)
    if not problems:
        out.write(
            translate("Excel", "{file}: no problems; the template can be used.").format(
                file=path.name
            )
            + "\n"
        )
        return 0
    heading = (
        translate("Excel", "{file}: 1 problem.")
        if len(problems) == 1
        else translate("Excel", "{file}: {count} problems.")
    )
    out.write(heading.format(file=path.name, count=len(problems)) + "\n")
    for number, issue in enumerate(problems, start=1):
        out.write(f"  {number}. {issue_message(issue)}\n")
    return 2


def cmd_export(service: Any, store: Store, args: argparse.Namespace, out: TextIO) -> None:
    from desktop_app.cli import home_region_or_fail
    from desktop_app.domain.issues import DomainError
    from desktop_app.domain.periods import Period
    from desktop_app.domain.signatories import Signatories
    from desktop_app.i18n import translate

    region = args.region or home_region_or_fail(store)
    period = Period.parse(args.period)
    report_date = None
    if args.date:
        try:
            report_date = date.fromisoformat(args.date)
        except ValueError as exc:
            raise DomainError.of("bad_report_date", text=args.date) from exc
    people = Signatories(
        args.bureau, args.unit_head, args.statistics_head, args.preparer, args.phone, report_date
    )
    destination = args.output or Path.cwd()
    path = service.export(args.template, region, period, destination, people, report_date)
    out.write(translate("Excel", "Written: {path}").format(path=path) + "\n")


def cmd_import(service: Any, args: argparse.Namespace, out: TextIO) -> int:
    from desktop_app.domain.periods import Period
    from desktop_app.i18n import issue_message, period_label, translate
    from desktop_app.services.excel_returns import Change, figure_text

    period = Period.parse(args.period) if args.period else None
    result = service.import_path(
        args.path,
        dry_run=args.dry_run,
        template_id=args.template,
        region_code=args.region,
        period=period,
    )
    changes = _change_labels()
    failed = 0
    for outcome in result.outcomes:
        out.write(f"== {outcome.path.name}\n")
        preview = outcome.preview
        if outcome.error is not None:
            failed += 1
            out.write(
                translate("Excel", "Refused: {message}").format(
                    message=issue_message(outcome.error)
                )
                + "\n"
            )
        if preview is None:
            continue
        out.write(
            translate(
                "Excel",
                "{template}, {region}, {period}: {new} new, {changed} changed, "
                "{unchanged} unchanged, {conflicts} conflicts, {unmatched} rows refused, "
                "{skipped} cells not read, {missing} regions without figures",
            ).format(
                template=preview.template_id,
                region=preview.region_name or "—",
                period=period_label(preview.period),
                new=len(preview.of(Change.NEW)),
                changed=len(preview.of(Change.CHANGED)),
                unchanged=len(preview.of(Change.UNCHANGED)),
                conflicts=len(preview.of(Change.CONFLICT)),
                unmatched=len(preview.unmatched),
                skipped=len(preview.skipped),
                missing=len(preview.missing),
            )
            + "\n"
        )
        for item in preview.items:
            if item.change is Change.UNCHANGED:
                continue
            line = (
                f"  {changes[item.change.value]} {item.region_name} {item.indicator} "
                f"{_measure_label(item.measure)} {item.sheet}!{item.cell}: "
                f"{figure_text(item.old, item.scale) or '—'} → "
                f"{figure_text(item.new, item.scale) or '—'}"
            )
            if item.issue is not None:
                line += "  " + issue_message(item.issue)
            out.write(line + "\n")
        for row in preview.unmatched:
            where = f"{row.sheet} {row.row}".strip() if row.row else row.sheet
            out.write(f"  {changes['refused_row']} {where}: {issue_message(row.issue)}\n")
        for region in preview.missing:
            out.write(f"  {changes['missing']} {issue_message(region.issue)}\n")
        for cell in preview.skipped:
            shown = figure_text(cell.value, cell.scale) or (
                "" if cell.raw is None else str(cell.raw)
            )
            out.write(
                f"  {changes['not_read']} {cell.region_name} {cell.indicator} "
                f"{_measure_label(cell.measure)} {cell.sheet}!{cell.cell}: {shown or '—'}  "
                f"{issue_message(cell.issue)}\n"
            )
        if args.dry_run:
            out.write(translate("Excel", "Dry run: nothing was written.") + "\n")
        elif outcome.error is None:
            out.write(
                translate("Excel", "Stored {count} values.").format(count=outcome.written) + "\n"
            )
    write_import_summary(result, args.dry_run, out)
    return 2 if failed else 0


def write_import_summary(result: Any, dry_run: bool, out: TextIO) -> None:
    from desktop_app.i18n import translate
    from desktop_app.import_summary import summary_lines

    out.write("== " + translate("Excel", "Summary") + "\n")
    for line in summary_lines(result, dry_run):
        out.write(f"  {line}\n")


def _change_labels() -> dict[str, str]:
    from desktop_app.i18n import translate

    return {
        "new": translate("Excel", "new"),
        "changed": translate("Excel", "changed"),
        "unchanged": translate("Excel", "unchanged"),
        "conflict": translate("Excel", "conflict"),
        "refused_row": translate("Excel", "row refused"),
        "missing": translate("Excel", "no figures"),
        "not_read": translate("Excel", "not read"),
    }


def _measure_label(measure: Any) -> str:
    from desktop_app.i18n import translate

    labels = {
        "current": translate("Excel", "this period"),
        "cumulative": translate("Excel", "year to date"),
        "last_year": translate("Excel", "same period last year"),
        "last_year_cumulative": translate("Excel", "last year to date"),
        "yoy": translate("Excel", "year on year (%)"),
        "yoy_cumulative": translate("Excel", "year to date, year on year (%)"),
        "mom": translate("Excel", "on the previous period (%)"),
        "previous": translate("Excel", "previous period"),
        "target": translate("Excel", "annual target"),
        "progress": translate("Excel", "progress to target (%)"),
    }
    return labels.get(str(measure), str(measure))
