"""Command line: the GUI by default, sub-commands for headless work. Argument parsing only."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.domain.issues import DomainError
from desktop_app.paths import default_database_path

EXIT_USAGE = 2
#: Commands that may change the database: after them a daily backup is made if none was today.
WRITING_COMMANDS = frozenset(
    {"init", "add-region", "set", "target", "import", "undo-import", "submit", "reopen"}
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xianbao",
        description="县报 Xianbao: county e-commerce statistics. Without a command, starts the program.",
    )
    _add_options(parser)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", help="start the program (the default)")
    _add_commands(sub)
    return parser


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line as build_parser() reads it. Starting the window (no command, or
    `gui` last) is read by the options alone: building every command's parser took ~12 ms of
    the window's first frame. Anything else, help and mistakes included, goes to the whole
    parser, which says it as before."""
    given = list(sys.argv[1:] if argv is None else argv)
    options = argparse.ArgumentParser(prog="xianbao", add_help=False, exit_on_error=False)
    _add_options(options)
    try:
        args, rest = options.parse_known_args(given)
    except argparse.ArgumentError:
        return build_parser().parse_args(given)
    if not rest or (rest == ["gui"] and given[-1:] == ["gui"]):
        args.command = rest[0] if rest else None
        return args
    return build_parser().parse_args(given)


def _add_options(parser: argparse.ArgumentParser) -> None:
    """The options every start takes, before any command."""
    parser.add_argument(
        "--db",
        type=str,  # a file's path or a server's address: a Path would fold its "//"
        default=os.environ.get("XIANBAO_DB") or None,
        help="database file or server address postgresql://USER@HOST:5432/DATABASE "
        "(default: the user data folder; or $XIANBAO_DB)",
    )
    parser.add_argument(
        "--lang", choices=["zh_CN", "en"], default=None, help="language (default zh_CN)"
    )
    parser.add_argument(
        "--person",
        metavar="NAME",
        default=None,
        help="who makes the changes (填表人): named in the audit trail and to the other "
        "programs that have the database open (default: your login name)",
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        default=os.environ.get("XIANBAO_USER") or None,
        help="log in as this account on a database that asks who is working (a server, or a "
        "file with accounts); the password is asked, or read from $XIANBAO_PASSWORD "
        "(default: $XIANBAO_USER)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check on this PC, in a temporary folder, that the database, an Excel export, the "
        "PDF with its Chinese font and printing work; exit code 0 when all passed",
    )
    # The print step of --self-test, run in a child process (desktop_app/ui/print_check.py).
    parser.add_argument("--self-test-print", nargs=2, metavar="PDF", help=argparse.SUPPRESS)


def _add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The sub-commands' parsers (their modules imported here: a start of the window needs
    none of them)."""
    from desktop_app.cli_backup import add_backup_parsers
    from desktop_app.cli_copy import add_copy_parser
    from desktop_app.cli_excel import add_excel_parsers
    from desktop_app.cli_imports import add_imports_parsers
    from desktop_app.cli_report import add_report_parser
    from desktop_app.cli_returns import add_returns_parsers
    from desktop_app.cli_users import add_users_parser

    init = sub.add_parser("init", help="create or open the database and choose the home county")
    init.add_argument("--region", required=True, help="GB/T 2260 code of the county, e.g. 511921")
    init.add_argument("--bureau", help="bureau name for returns, e.g. 通江县商务局")

    regions = sub.add_parser(
        "regions",
        help="list regions (provinces, or those under --under); or `regions import FILE "
        "--county CODE` to import a list of townships and villages (统计用区划代码 and 名称)",
    )
    regions.add_argument("action", nargs="?", choices=["import"], help="import a list")
    regions.add_argument("file", nargs="?", type=Path, help="the list: .xlsx or .csv")
    regions.add_argument("--under", help="code of the parent region")
    regions.add_argument(
        "--all", action="store_true", help="also list former divisions and their successors"
    )
    regions.add_argument("--county", help="with import: the county the list belongs to")
    regions.add_argument("--sheet", help="with import: the sheet (default: the first)")
    regions.add_argument(
        "--dry-run", action="store_true", help="with import: show the plan, write nothing"
    )

    add_region = sub.add_parser(
        "add-region",
        help="add a township, village or county-level statistical unit (大柴旦行委) under a region",
    )
    add_region.add_argument(
        "code", help="9-digit township, 12-digit village or 6-digit statistical unit code"
    )
    add_region.add_argument("name")
    add_region.add_argument(
        "--parent", required=True, help="code of the county (or township, or prefecture)"
    )

    sub.add_parser("indicators", help="list the indicator catalogue")

    set_ = sub.add_parser("set", help="store one value")
    set_.add_argument("region")
    set_.add_argument("indicator")
    set_.add_argument("period", help="e.g. 2016-03, 2016年3月, 2016Q1, 2016")
    set_.add_argument("value", help="a number (full-width digits accepted), 无, or '' to clear")
    basis = set_.add_mutually_exclusive_group()
    basis.add_argument("--ytd", action="store_true", help="the value is the 1-N月累计 figure")
    basis.add_argument("--own", action="store_true", help="the value is the period's own figure")
    set_.add_argument(
        "--based-on",
        type=int,
        metavar="VERSION",
        help="the version of the value you last saw (set prints it); the save is refused "
        "if someone changed the value since",
    )

    target = sub.add_parser("target", help="set the year's target (年度目标) of an indicator")
    target.add_argument("region")
    target.add_argument("indicator")
    target.add_argument("year", type=int)
    target.add_argument("value", help="a number, or '' to remove the target")
    target.add_argument(
        "--kind",
        choices=["absolute", "growth", "new_units", "share"],
        default="absolute",
        help="how the document writes it: a figure, a growth rate over last year (%%), new "
        "units this year (end-of-period figures), or a share (a rate, %%)",
    )
    target.add_argument("--note", default=None, help="where it comes from (文号 and item)")

    targets = sub.add_parser("targets", help="sets of targets (年度目标)")
    targets_sub = targets.add_subparsers(dest="targets_command", required=True)
    targets_load = targets_sub.add_parser(
        "load", help="store the targets of a set file (e.g. resources/targets/sichuan_2016.toml)"
    )
    targets_load.add_argument("file", type=Path)
    targets_import = targets_sub.add_parser(
        "import",
        help="store the targets of a sheet (.xlsx or CSV) with the columns 地区代码, 指标代码, "
        "年份, 类型, 目标, 说明; nothing is written when a row is refused",
    )
    targets_import.add_argument("file", type=Path)
    targets_import.add_argument("--sheet", default=None, help="the sheet (default: the first)")
    targets_show = targets_sub.add_parser(
        "show", help="a region's targets for a year with goal, progress and pace"
    )
    targets_show.add_argument("region")
    targets_show.add_argument("year", type=int)
    targets_show.add_argument(
        "month", type=int, nargs="?", default=12, help="progress to the end of (default 12)"
    )

    show = sub.add_parser("show", help="derived figures of a region for a period")
    show.add_argument("region", nargs="?", help="region code (default: the home county)")
    show.add_argument("period", help="e.g. 2016-03")
    show.add_argument(
        "--up", type=int, default=1, help="also show this many parent roll-ups (default 1)"
    )
    add_returns_parsers(sub)
    add_report_parser(sub)
    add_excel_parsers(sub)
    add_backup_parsers(sub)
    add_imports_parsers(sub)
    add_copy_parser(sub)
    add_users_parser(sub)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program or one command; an error nothing else handled becomes a sentence on
    stderr (and its traceback a log entry, desktop_app/last_resort.py), never a traceback."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader of the output went away (`xianbao show 2025-03 | head`): nobody is left
        # to tell. Later writes, and the flush at exit, go nowhere instead of failing again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:
        from desktop_app.last_resort import explain_unexpected, unexpected_text

        args = build_parser().parse_args(argv)
        database = Path(args.db) if args.db else default_database_path()
        issue, refusal = explain_unexpected(exc, database, f"xianbao {args.command or 'gui'}")
        print(unexpected_text(issue), file=sys.stderr)
        return EXIT_USAGE if refusal else 1


def _main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    chosen_language = args.lang or os.environ.get("XIANBAO_LANG")
    if args.self_test or args.self_test_print:
        # A temporary folder of its own: neither --db nor the user's settings are read.
        from desktop_app.i18n import set_language

        set_language(chosen_language or "zh_CN")
        if args.self_test_print:
            from desktop_app.ui.print_check import main as print_check

            pdf, output = args.self_test_print
            return print_check(pdf, Path(output), chosen_language or "zh_CN")
        from desktop_app.self_test import run_self_test

        return run_self_test(chosen_language or "zh_CN", sys.stdout)
    if args.command in (None, "gui"):
        from desktop_app.app import run_gui

        return run_gui(args.db or None, chosen_language)
    language = chosen_language or "zh_CN"
    from desktop_app.cli_backup import COMMANDS as BACKUP_COMMANDS
    from desktop_app.cli_backup import run_backup
    from desktop_app.cli_copy import COMMANDS as COPY_COMMANDS
    from desktop_app.cli_copy import run_copy
    from desktop_app.cli_excel import COMMANDS as EXCEL_COMMANDS
    from desktop_app.cli_excel import run_excel
    from desktop_app.cli_imports import COMMANDS as IMPORTS_COMMANDS
    from desktop_app.cli_imports import run_imports
    from desktop_app.cli_report import run_report
    from desktop_app.cli_returns import COMMANDS as RETURNS_COMMANDS
    from desktop_app.cli_returns import run_returns
    from desktop_app.cli_users import COMMANDS as USERS_COMMANDS
    from desktop_app.cli_users import log_in_cli, run_users
    from desktop_app.persistence.server import is_server_url

    # A server's address: no file to check, back up or restore (the server keeps its data).
    on_server = bool(args.db) and is_server_url(args.db)
    db_path = Path(args.db) if args.db and not on_server else default_database_path()

    from desktop_app import cli
    from desktop_app.i18n import issue_message, set_language
    from desktop_app.services.store import open_sqlite_store

    set_language(language)  # the commands need no Qt: the catalogue is read without it
    out = sys.stdout
    if args.command in COPY_COMMANDS:
        # Both ends are named on the command line (a file or a server each): not --db.
        try:
            return run_copy(args, out, sys.stderr)
        except DomainError as exc:
            print(issue_message(exc.issue), file=sys.stderr)
            return EXIT_USAGE
    if args.command in BACKUP_COMMANDS and on_server:
        print(issue_message(DomainError.of("server_backup_cli").issue), file=sys.stderr)
        return EXIT_USAGE
    if args.command in BACKUP_COMMANDS:
        # Without opening the store: a restore is needed most when the database cannot be opened.
        try:
            return run_backup(args, db_path, language, out)
        except DomainError as exc:
            print(issue_message(exc.issue), file=sys.stderr)
            return EXIT_USAGE
    if args.command != "init" and not on_server and not db_path.exists():
        # Only `init` makes a new database: a mistyped --db must not make an empty one.
        from desktop_app.domain.issues import Issue

        print(
            issue_message(Issue("database_missing", params={"path": str(db_path)})), file=sys.stderr
        )
        return EXIT_USAGE
    from desktop_app.cli_shared import LineLockWaiter, cli_lock_wait, share_cli

    try:
        if on_server:
            from desktop_app.persistence.engine import LockWait
            from desktop_app.services.store import open_server_store

            store = open_server_store(args.db, LockWait(waiter=LineLockWaiter(sys.stderr)))
        else:
            store = open_sqlite_store(db_path, cli_lock_wait(sys.stderr, db_path))
    except DomainError as exc:
        from desktop_app.services.backups import advice_for

        advice = None if on_server else advice_for(exc.issue, db_path)
        print(issue_message(exc.issue), file=sys.stderr)
        if advice is not None:
            print(issue_message(advice), file=sys.stderr)
        return EXIT_USAGE
    presence = share_cli(store, sys.stderr, args.person)
    try:
        # Who is working: asked on a server or a file with accounts (desktop_app/cli_users.py);
        # the services the commands build then allow what the account's role and regions allow.
        store.access, args.person = log_in_cli(store, args)
        if presence is not None and args.person:
            presence.rename(args.person)
        if args.command in USERS_COMMANDS:
            return run_users(args, store, out)
        if args.command == "init":
            from desktop_app.domain.users import Action

            store.access.require(Action.MANAGE_REGIONS)
            cli.cmd_init(store, args.region, args.bureau, out)
        elif args.command == "regions" and args.action == "import":
            if args.file is None:
                print("xianbao regions import: FILE is needed", file=sys.stderr)
                return EXIT_USAGE
            county = args.county or cli.home_region_or_fail(store)
            return cli.cmd_import_places(
                store, args.file, county, args.dry_run, out, sheet=args.sheet
            )
        elif args.command == "regions":
            cli.cmd_regions(store, args.under, out, former=args.all)
        elif args.command == "add-region":
            cli.cmd_add_region(store, args.code, args.name, args.parent, out)
        elif args.command == "indicators":
            cli.cmd_indicators(store, language, out)
        elif args.command == "set":
            from desktop_app.domain.indicators import Basis

            basis = Basis.YTD if args.ytd else Basis.OWN if args.own else None
            cli.cmd_set(
                store,
                args.region,
                args.indicator,
                args.period,
                args.value,
                basis,
                out,
                based_on=args.based_on,
                person=args.person,
            )
        elif args.command == "target":
            cli.cmd_target(
                store, args.region, args.indicator, args.year, args.value, out, args.kind, args.note
            )
        elif args.command == "targets" and args.targets_command == "show":
            if not 1 <= args.month <= 12:
                raise DomainError.of("target_month", month=args.month)
            cli.cmd_targets_show(store, args.region, args.year, args.month, language, out)
        elif args.command == "targets" and args.targets_command == "import":
            return cli.cmd_targets_import(store, args.file, args.sheet, out)
        elif args.command == "targets":
            cli.cmd_targets_load(store, args.file, out)
        elif args.command == "show":
            region = args.region or cli.home_region_or_fail(store)
            cli.cmd_show(store, region, args.period, max(args.up, 0), language, out)
        elif args.command == "report":
            return run_report(args, store, out)
        elif args.command in EXCEL_COMMANDS:
            if args.command == "import" and not args.dry_run and not on_server:
                from desktop_app.cli_backup import backup_before_import

                backup_before_import(db_path)
            return run_excel(args, store, out)
        elif args.command in IMPORTS_COMMANDS:
            return run_imports(args, store, out)
        elif args.command in RETURNS_COMMANDS:
            return run_returns(args, store, out)
    except DomainError as exc:
        print(issue_message(exc.issue), file=sys.stderr)
        return EXIT_USAGE
    finally:
        if presence is not None:
            presence.stop()
        store.close()
        if not on_server and (
            args.command in WRITING_COMMANDS
            or (args.command == "regions" and args.action == "import" and not args.dry_run)
            or (args.command == "targets" and args.targets_command != "show")
        ):
            from desktop_app.cli_backup import backup_on_exit

            backup_on_exit(db_path, sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
