"""The entry point's command line: a start of the window is read by the options alone
(desktop_app.__main__.parse_arguments), and reads exactly as the whole parser reads it; help
and mistakes are said by the whole parser."""

from __future__ import annotations

import pytest

from desktop_app.__main__ import build_parser, parse_arguments


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["--db", "county.sqlite3"],
        ["--db", "postgresql://clerk@server/xianbao", "--lang", "en"],
        ["--lang", "en", "--person", "王五", "gui"],
        ["--user", "boss", "--db", "gui.sqlite3"],
        ["--self-test"],
        ["show", "2025-03"],
        ["--db", "x.sqlite3", "init", "--region", "511921"],
    ],
)
def test_arguments_read_as_the_whole_parser_reads_them(argv: list[str]) -> None:
    assert vars(parse_arguments(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv", [["--lang", "fr"], ["--bogus"], ["gui", "--db", "x.sqlite3"], ["--db"], ["-h"]]
)
def test_help_and_mistakes_are_said_by_the_whole_parser(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_arguments(argv)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as whole:
        build_parser().parse_args(argv)
    assert stopped.value.code == whole.value.code
    assert said == capsys.readouterr()  # word for word, the commands' list included
    assert "{gui,init," in said.out + said.err
