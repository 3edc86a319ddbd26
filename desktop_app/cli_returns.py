"""`xianbao state|submit|reopen REGION PERIOD`: a return's state, 报送 and 退回修改 from scripts.

xianbao state 511921 2016-02                       # its state, who, when, and its version
xianbao submit 511921 2016-02 --based-on 16        # refused if it changed since version 16
xianbao reopen 511921 2016-02 --reason 数字有误 --based-on 17

A state has a version (the id of the return's latest submission or reopening; 0 when never
submitted). With --based-on, the change is refused, and nothing is written, when another person
submitted or reopened the return since that version: the refusal says who, what and when. As
`xianbao set --based-on` does for a value.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from desktop_app.i18n import period_label, translate

if TYPE_CHECKING:  # the services are imported when a command runs, not when the GUI starts
    from desktop_app.domain.periods import Period
    from desktop_app.domain.returns import ReturnState
    from desktop_app.services.store import Store

COMMANDS = frozenset({"state", "submit", "reopen"})


def add_returns_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    based_on_help = (
        "the version of the return's state you last saw (`xianbao state` prints it); refused "
        "if someone submitted or reopened the return since"
    )
    state = sub.add_parser("state", help="a return's state (草稿, 已报送, 已退回修改) and version")
    submit = sub.add_parser(
        "submit",
        help="submit (报送) a return: refused while it has errors or a warning without its "
        "explanation (情况说明); the return is locked",
    )
    reopen = sub.add_parser(
        "reopen", help="reopen (退回修改) a submitted return, with the reason kept with it"
    )
    for parser in (state, submit, reopen):
        parser.add_argument("region", help="region code, e.g. 511921")
        parser.add_argument("period", help="e.g. 2016-03, 2016年3月, 2016Q1, 2016")
    reopen.add_argument("--reason", required=True, help="why the submitted return must change")
    for parser in (submit, reopen):
        parser.add_argument("--based-on", type=int, metavar="VERSION", help=based_on_help)


def run_returns(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from desktop_app.domain.periods import Period
    from desktop_app.services.figures import FigureService
    from desktop_app.services.regions import RegionQueries
    from desktop_app.services.returns import ReturnService

    period = Period.parse(args.period)
    access = store.access
    service = ReturnService(
        store.sessions, FigureService(store.sessions, access=access), args.person, access=access
    )
    name = RegionQueries(store.sessions, access=access).get(args.region).name
    if args.command == "submit":
        state = service.submit(args.region, period, based_on=args.based_on)
    elif args.command == "reopen":
        state = service.reopen(args.region, period, args.reason, based_on=args.based_on)
    else:
        state = service.state(args.region, period)
    out.write(state_line(name, period, state) + "\n")
    out.write(
        translate(
            "Cli",
            "Its state is version {version}; submit or reopen it with --based-on {version} and "
            "the change is refused if someone has changed the state meanwhile.",
        ).format(version=state.version)
        + "\n"
    )
    return 0


def state_line(region: str, period: Period, state: ReturnState) -> str:
    from desktop_app.domain.returns import ReturnStatus
    from desktop_app.services.locks import as_local

    when = as_local(state.changed_at).strftime("%Y-%m-%d %H:%M") if state.changed_at else ""
    params = {
        "region": region,
        "period": period_label(period),
        "when": when,
        "who": state.changed_by or "",
        "reason": state.reason or "",
    }
    if state.status is ReturnStatus.SUBMITTED:
        text = translate(
            "Cli",
            "The return of {region} for {period} was submitted on {when} by {who}; it is locked.",
        )
    elif state.status is ReturnStatus.REOPENED:
        text = translate(
            "Cli", "The return of {region} for {period} was reopened on {when} by {who}: {reason}"
        )
    else:
        text = translate("Cli", "The return of {region} for {period} is a draft: never submitted.")
    return text.format(**params)
