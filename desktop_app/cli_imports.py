"""`xianbao imports` and `xianbao undo-import NUMBER`: the Excel imports taken, and undoing one.

xianbao imports                      # newest first: number, when, who, file, values, periods
xianbao undo-import 20261201-2238    # a unique beginning of the number is enough
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from desktop_app.i18n import period_label, translate

if TYPE_CHECKING:
    import argparse

    from desktop_app.services.store import Store

COMMANDS = ("imports", "undo-import")


def add_imports_parsers(sub: Any) -> None:
    sub.add_parser("imports", help="list the Excel imports taken, newest first, with their numbers")
    undo = sub.add_parser(
        "undo-import",
        help="put back every value one import changed, as it was before it (refused if any "
        "value was changed since)",
    )
    undo.add_argument(
        "number", help="the import's number as `xianbao imports` lists it, or its start"
    )


def run_imports(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from desktop_app.services.imports import ImportHistory
    from desktop_app.services.locks import as_local
    from desktop_app.services.values import ValueService

    person = getattr(args, "person", None)  # --person: who the undo is audited as
    history = ImportHistory(
        store.sessions, ValueService(store.sessions, person, access=store.access)
    )
    if args.command == "undo-import":
        record = history.find(args.number)
        count = history.undo(record.batch)
        out.write(
            translate(
                "Cli", "Undid the import of {file}: {count} values put back as they were."
            ).format(file=record.detail, count=count)
            + "\n"
        )
        return 0
    rows = []
    for record in history.imports():
        periods = period_label(record.first_period)
        if record.last_period != record.first_period:
            periods += "–" + period_label(record.last_period)
        state = (
            translate("Cli", "undone {when}").format(
                when=as_local(record.undone_at).strftime("%Y-%m-%d %H:%M")
            )
            if record.undone_at is not None
            else ""
        )
        rows.append(
            [
                record.batch,
                as_local(record.at).strftime("%Y-%m-%d %H:%M"),
                record.who,
                record.detail,
                str(record.values),
                periods,
                state,
            ]
        )
    headers = [
        translate("Cli", "Number"),
        translate("Cli", "When"),
        translate("Cli", "Who"),
        translate("Cli", "File"),
        translate("Cli", "Values"),
        translate("Cli", "Periods"),
        translate("Cli", "State"),
    ]
    if not rows:
        out.write(translate("Cli", "No Excel import has been taken into this database.") + "\n")
        return 0
    from desktop_app.cli import render_table  # the store's modules: not at start-up

    out.write(render_table(headers, rows, right={4}) + "\n")
    return 0
