"""`xianbao copy --from A --to B [--region CODE] [--dry-run]`: one database's data into another.

xianbao copy --from 通江县.sqlite3 --to postgresql://clerk@city-server/xianbao --region 511921
xianbao copy --from postgresql://clerk@city-server/xianbao --to 通江县.sqlite3 --region 511921

Each end is a SQLite file or a server's URL (services/copying.py says what is copied and how).
The summary goes to stdout, one line per kind of row (new, already there, conflicting); progress
lines go to stderr. Exit status 0 when the copy was made (or would be, with --dry-run), 2 when it
was refused (a row differs between the two, or the command cannot run), 1 when it was cancelled.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, TextIO

from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, translate

if TYPE_CHECKING:
    import argparse

    from desktop_app.domain.issues import Issue
    from desktop_app.services.copying import CopyReport
    from desktop_app.services.presence import Presence
    from desktop_app.services.store import Store

COMMANDS = frozenset({"copy"})

EXIT_REFUSED = 2
EXIT_CANCELLED = 1

#: What the summary calls each kind of row (services/copying.KIND_ORDER).
KIND_LABELS = {
    "regions": QT_TRANSLATE_NOOP("Copy", "Regions"),
    "indicator_groups": QT_TRANSLATE_NOOP("Copy", "Indicator groups"),
    "indicators": QT_TRANSLATE_NOOP("Copy", "Indicators"),
    "register_entries": QT_TRANSLATE_NOOP("Copy", "Register rows"),
    "values": QT_TRANSLATE_NOOP("Copy", "Values"),
    "audit": QT_TRANSLATE_NOOP("Copy", "Value history entries"),
    "returns": QT_TRANSLATE_NOOP("Copy", "Return states"),
    "return_events": QT_TRANSLATE_NOOP("Copy", "Submissions and reopenings"),
    "explanations": QT_TRANSLATE_NOOP("Copy", "Explanations"),
    "targets": QT_TRANSLATE_NOOP("Copy", "Targets"),
    "derived_sources": QT_TRANSLATE_NOOP("Copy", "Indicators counted from a register"),
    "register_audit": QT_TRANSLATE_NOOP("Copy", "Register history entries"),
    "standard_candidates": QT_TRANSLATE_NOOP("Copy", "Demonstration candidates"),
    "evaluation_claims": QT_TRANSLATE_NOOP("Copy", "Self-evaluation claims"),
    "evaluation_evidence": QT_TRANSLATE_NOOP("Copy", "Evidence files"),
    "settings": QT_TRANSLATE_NOOP("Copy", "Home region and bureau name"),
}

#: A return's state as the conflicts name it.
RETURN_STATES = {
    "draft": QT_TRANSLATE_NOOP("Copy", "a draft"),
    "submitted": QT_TRANSLATE_NOOP("Copy", "submitted"),
    "reopened": QT_TRANSLATE_NOOP("Copy", "reopened"),
}

#: What differs in a region recorded differently in the two databases.
REGION_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Copy", "name"),
    "level": QT_TRANSLATE_NOOP("Copy", "level"),
    "valid_to": QT_TRANSLATE_NOOP("Copy", "last day"),
    "parent": QT_TRANSLATE_NOOP("Copy", "the region above it"),
    "successor": QT_TRANSLATE_NOOP("Copy", "successor"),
}

#: What differs in an indicator defined differently in the two databases.
INDICATOR_FIELDS = {
    "unit": QT_TRANSLATE_NOOP("Copy", "unit"),
    "kind": QT_TRANSLATE_NOOP("Copy", "kind of figure"),
    "temporal": QT_TRANSLATE_NOOP("Copy", "flow or stock"),
    "scale": QT_TRANSLATE_NOOP("Copy", "decimal places"),
    "parent_code": QT_TRANSLATE_NOOP("Copy", "the indicator it is part of"),
    "numerator_code": QT_TRANSLATE_NOOP("Copy", "numerator"),
    "denominator_code": QT_TRANSLATE_NOOP("Copy", "denominator"),
    "at_most_code": QT_TRANSLATE_NOOP("Copy", "the indicator it may not exceed"),
    "minimum": QT_TRANSLATE_NOOP("Copy", "smallest value"),
    "maximum": QT_TRANSLATE_NOOP("Copy", "largest value"),
    "entry_basis": QT_TRANSLATE_NOOP("Copy", "how it is keyed (own or year-to-date)"),
    "derived": QT_TRANSLATE_NOOP("Copy", "how it is counted from a register"),
}

#: The settings a copy may leave as the target has them.
SETTING_NAMES = {
    "home_region": QT_TRANSLATE_NOOP("Copy", "home region"),
    "bureau_name": QT_TRANSLATE_NOOP("Copy", "bureau name"),
}

#: Seconds between two progress lines of one kind.
PROGRESS_EVERY = 2.0


def add_copy_parser(sub: Any) -> None:
    copy = sub.add_parser(
        "copy",
        help="copy the data of one database into another (a SQLite file or a "
        "postgresql://USER@HOST/DATABASE server), with audit trail and return states; a row "
        "that differs between the two refuses the whole copy, nothing is overwritten",
    )
    copy.add_argument("--from", dest="source", required=True, help="the database copied from")
    copy.add_argument("--to", dest="target", required=True, help="the database copied into")
    copy.add_argument(
        "--region",
        default=None,
        help="only this region and everything under it (townships, villages), e.g. 511921",
    )
    copy.add_argument(
        "--dry-run", action="store_true", help="count what would be copied, write nothing"
    )


class LineProgress:
    """Progress of a long copy as lines on stderr: a kind's rows every few seconds."""

    def __init__(self, err: TextIO) -> None:
        self._err = err
        self._last = time.monotonic()

    def __call__(self, kind: str, done: int, total: int) -> bool:
        now = time.monotonic()
        if total and (done == total or now - self._last >= PROGRESS_EVERY):
            label = translate("Copy", KIND_LABELS.get(kind, kind))
            self._err.write(
                translate("Copy", "{kind}: {done} of {total} read").format(
                    kind=label, done=f"{done:,}", total=f"{total:,}"
                )
                + "\n"
            )
            self._err.flush()
            self._last = now
        return True


def run_copy(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run `xianbao copy`; DomainErrors propagate to __main__ (exit 2, translated)."""
    from pathlib import Path

    from desktop_app.cli_shared import LineLockWaiter
    from desktop_app.persistence.engine import LockWait
    from desktop_app.persistence.server import is_server_url
    from desktop_app.services.copying import copy_between

    backup = None
    target_file = None if is_server_url(args.target) else Path(args.target)
    if not args.dry_run and target_file is not None and target_file.is_file():
        # As before an import: the file as it was, in its backups folder (refused: no copy).
        from desktop_app.cli_backup import backup_before_import

        backup = backup_before_import(target_file)
    admission = Admission(args, err)
    try:
        report = copy_between(
            args.source,
            args.target,
            region=args.region,
            dry_run=args.dry_run,
            progress=LineProgress(err),
            lock_wait=LockWait(waiter=LineLockWaiter(err)),
            admit=admission,
        )
    finally:
        admission.stop()
    if backup is not None:
        out.write(
            translate("Copy", "Before the copy, {target} was backed up as {backup}.").format(
                target=args.target, backup=backup
            )
            + "\n"
        )
    out.write("\n".join(summary_lines(report)) + "\n")
    if report.conflicts:
        return EXIT_REFUSED
    if report.cancelled:
        return EXIT_CANCELLED
    return 0


class Admission:
    """Who may copy: on an end that asks who is working (a server, a file with accounts), a
    管理员 (a copy adds regions and indicators) whose regions cover what is copied (--region,
    or every region without it), logged in with --user; the password is asked for each such
    end, or read from $XIANBAO_PASSWORD. An end without accounts admits everyone.

    A target file then records the command's presence, as every command writing to a file
    does: the other programs that have it open name who holds its write lock, and this command
    says who else has it open."""

    def __init__(self, args: argparse.Namespace, err: TextIO) -> None:
        self.args = args
        self.err = err
        self.presences: list[Presence] = []

    def __call__(self, store: Store, end: str) -> None:
        from desktop_app.cli_users import log_in_cli
        from desktop_app.domain.issues import DomainError
        from desktop_app.domain.users import Action
        from desktop_app.services.users import UserService

        person = self.args.person
        if store.on_server or UserService(store.sessions, lambda: "").any_users():
            try:
                access, person = log_in_cli(store, self.args)
                for action in (Action.MANAGE_REGIONS, Action.MANAGE_INDICATORS):
                    access.require(action, self.args.region)
                if self.args.region is None and access.limited:
                    user = access.user
                    raise DomainError.of(
                        "copy_needs_every_region", person=user.name if user is not None else ""
                    )
            except DomainError:
                text = (
                    translate("Copy", "The database copied from, {where}:")
                    if end == "source"
                    else translate("Copy", "The database copied into, {where}:")
                )
                self.err.write(text.format(where=store.where) + "\n")
                raise
        if end == "target" and not self.args.dry_run:
            from desktop_app.cli_shared import share_cli

            presence = share_cli(store, self.err, person)
            if presence is not None:
                self.presences.append(presence)

    def stop(self) -> None:
        for presence in self.presences:
            presence.stop()
        self.presences.clear()


def _conflict_text(issue: Issue) -> str:
    """A conflict's sentence, with the words its codes stand for (a return's state, what
    differs in a region or an indicator) in the chosen language."""
    from desktop_app.domain.issues import Issue
    from desktop_app.i18n import REGION_LEVELS

    params = dict(issue.params)
    if issue.code == "copy_return_differs":
        for side in ("source", "target"):
            params[side] = translate("Copy", RETURN_STATES.get(params[side], params[side]))
    elif issue.code == "copy_region_differs":
        if params["what"] == "level":
            for side in ("source", "target"):
                params[side] = translate("Issues", REGION_LEVELS.get(params[side], params[side]))
        params["what"] = translate("Copy", REGION_FIELDS.get(params["what"], params["what"]))
    elif issue.code == "copy_setting_kept":
        setting = params["setting"]
        params["setting"] = translate("Copy", SETTING_NAMES.get(setting, setting))
    elif issue.code == "copy_indicator_differs":
        params["what"] = translate("Copy", INDICATOR_FIELDS.get(params["what"], params["what"]))
    return issue_message(Issue(issue.code, issue.severity, params))


def summary_lines(report: CopyReport) -> list[str]:
    """What the copy did (or would do, or why it did nothing), as the command prints it."""
    lines: list[str] = []
    for upgraded in report.upgraded:
        if upgraded.planned:
            text = translate(
                "Copy",
                "{where} is from an older Xianbao: the copy will upgrade it first (this dry run "
                "left it as it is).",
            )
        elif upgraded.backup is not None:
            text = translate(
                "Copy",
                "{where} was from an older Xianbao and was upgraded first; the file as it was "
                "is kept as {backup}.",
            )
        else:
            text = translate("Copy", "{where} was from an older Xianbao and was upgraded first.")
        lines.append(text.format(where=upgraded.where, backup=upgraded.backup))
    if report.region:
        heading = translate("Copy", "From {source} to {target}, region {region} and below:")
    else:
        heading = translate("Copy", "From {source} to {target}, everything:")
    lines.append(heading.format(source=report.source, target=report.target, region=report.region))
    headers = [
        translate("Copy", "Kind"),
        translate("Copy", "New"),
        translate("Copy", "Already there"),
        translate("Copy", "Conflicting"),
    ]
    rows = [
        [
            translate("Copy", KIND_LABELS.get(kind, kind)),
            f"{count.new:,}",
            f"{count.same:,}",
            f"{count.conflicting:,}",
        ]
        for kind, count in report.counts.items()
    ]
    from desktop_app.cli import render_table  # the store's modules: not at start-up

    lines.append(render_table(headers, rows, right={1, 2, 3}))
    lines.extend(_conflict_text(note) for note in report.notes)
    if report.conflicts:
        lines.append(
            translate(
                "Copy",
                "The copy was refused and nothing was written. Rows that differ between the two "
                "databases: {count}; the first of them:",
            ).format(count=f"{report.conflicting:,}")
        )
        lines.extend("  " + _conflict_text(issue) for issue in report.conflicts)
        lines.append(
            translate(
                "Copy",
                "Settle each one in one of the two databases (or copy a smaller region with "
                "--region), then copy again.",
            )
        )
    elif report.cancelled:
        lines.append(translate("Copy", "Cancelled: nothing was written."))
    elif report.dry_run:
        lines.append(
            translate(
                "Copy",
                "Dry run: rows that would be copied into {target}: {count}; nothing was written.",
            ).format(count=f"{report.new:,}", target=report.target)
        )
    else:
        lines.append(
            translate("Copy", "Rows copied into {target}, in one transaction: {count}.").format(
                count=f"{report.new:,}", target=report.target
            )
        )
    lines.append(
        translate(
            "Copy",
            "Staff accounts and their log are not copied: each database keeps its own, "
            "managed by its administrator.",
        )
    )
    return lines
