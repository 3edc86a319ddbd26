"""Command line for backups: `backup [PATH]`, `backups` (the list) and `restore PATH`.

These commands run without opening the store: a restore is what a clerk needs precisely when the
database cannot be opened, and neither a backup nor the list should upgrade the database.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from desktop_app.backup_text import info_cells

COMMANDS = frozenset({"backup", "backups", "restore"})


def add_backup_parsers(sub: Any) -> None:
    backup = sub.add_parser(
        "backup", help="back up the database (to the backups folder beside it, or to PATH)"
    )
    backup.add_argument(
        "path", nargs="?", type=Path, default=None, help="a folder, or the name of a new file"
    )
    sub.add_parser("backups", help="list the backups of the database and what each holds")
    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is kept aside)"
    )
    restore.add_argument("path", type=Path, help="the backup file, as `xianbao backups` lists it")


def run_backup(args: argparse.Namespace, database: Path, language: str, out: TextIO) -> int:
    """Run one backup command; DomainErrors propagate to __main__ (exit 2, translated)."""
    from desktop_app.i18n import translate
    from desktop_app.services import backups

    if args.command == "backup":
        copy = backups.make_backup(database, target=args.path)
        out.write(translate("Backups", "Backup written: {path}").format(path=copy) + "\n")
        return 0
    if args.command == "restore":
        outcome = backups.restore_backup(database, args.path)
        restored = outcome.restored
        out.write(
            translate(
                "Backups", "Restored {path} ({made}: {regions} regions, {values} values)."
            ).format(
                path=args.path,
                made=restored.made.strftime("%Y-%m-%d %H:%M"),
                regions=restored.regions,
                values=restored.values,
            )
            + "\n"
        )
        if outcome.kept is not None:
            out.write(
                translate("Backups", "The database it replaced is kept as {path}").format(
                    path=outcome.kept
                )
                + "\n"
            )
        return 0
    cmd_backups(database, language, out)
    return 0


def cmd_backups(database: Path, language: str, out: TextIO) -> None:
    from desktop_app.cli import render_table
    from desktop_app.i18n import issue_message, translate
    from desktop_app.persistence.backup_files import backups_folder
    from desktop_app.services.backups import list_backups

    infos = list_backups(database)
    folder = backups_folder(database)
    if not infos:
        out.write(translate("Backups", "No backups in {folder} yet.").format(folder=folder) + "\n")
        return
    headers = [
        translate("Backups", "Made"),
        translate("Backups", "Kind"),
        translate("Backups", "Regions"),
        translate("Backups", "Last period"),
        translate("Backups", "Values"),
        translate("Backups", "Size"),
        translate("Backups", "File"),
    ]
    rows = [[*info_cells(info, language), info.path.name] for info in infos]
    out.write(render_table(headers, rows, right={2, 4, 5}) + "\n")
    for info in infos:
        if info.problem is not None:
            out.write(f"* {info.path.name}: {issue_message(info.problem)}\n")
    out.write(
        translate("Backups", "{count} backups in {folder}").format(count=len(infos), folder=folder)
        + "\n"
    )


def backup_before_import(database: Path) -> Path:
    """The copy made before an import writes; refused (nothing imported) if it cannot be made."""
    from desktop_app.persistence.backup_files import BackupKind
    from desktop_app.services.backups import make_backup

    return make_backup(database, BackupKind.BEFORE_IMPORT)


def backup_on_exit(database: Path, err: TextIO) -> Path | None:
    """The daily backup after a command that wrote; a failure is told, the command's outcome
    stands."""
    from desktop_app.domain.issues import DomainError
    from desktop_app.i18n import issue_message
    from desktop_app.services.backups import backup_if_due

    try:
        return backup_if_due(database)
    except DomainError as exc:
        err.write(issue_message(exc.issue) + "\n")
        return None
