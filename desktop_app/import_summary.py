"""The summary of an import of returns, one line per file: the command line prints it, the
window shows it. Every file is there: imported (with the values stored), refused (with the
sentence saying why) or skipped (with the reason)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.i18n import issue_message, translate

if TYPE_CHECKING:
    from desktop_app.services.excel_returns import FolderImport


def summary_lines(result: FolderImport, dry_run: bool) -> list[str]:
    """One line per file of an import (imported with its count, refused with the sentence,
    skipped with the reason), then the totals. The window shows the same lines."""
    lines: list[str] = []
    for outcome in result.outcomes:
        name = outcome.path.name
        if outcome.error is not None:
            text = translate("Excel", "{file}: refused. {message}").format(
                file=name, message=issue_message(outcome.error)
            )
        elif dry_run:
            writes = len(outcome.preview.writes) if outcome.preview is not None else 0
            text = translate("Excel", "{file}: would store {count} values.").format(
                file=name, count=writes
            )
        else:
            text = translate("Excel", "{file}: imported, {count} values stored.").format(
                file=name, count=outcome.written
            )
        lines.append(text)
    for skipped in result.skipped:
        lines.append(
            translate("Excel", "{file}: skipped. {message}").format(
                file=skipped.path.name, message=issue_message(skipped.issue)
            )
        )
    refused = len(result.refused)
    read = len(result.outcomes) - refused
    totals = (
        translate(
            "Excel",
            "Dry run: {read} files read, {refused} refused, {skipped} skipped; nothing "
            "was written.",
        )
        if dry_run
        else translate(
            "Excel",
            "{read} files imported ({count} values stored), {refused} refused, {skipped} skipped.",
        )
    )
    lines.append(
        totals.format(read=read, refused=refused, skipped=len(result.skipped), count=result.written)
    )
    if result.cancelled:
        lines.append(
            translate("Excel", "Cancelled: the files after the last one listed were not read.")
        )
    return lines
