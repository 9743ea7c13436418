"""A command line that names its command is parsed by that command's parser alone, to the same
result as by the parser of every command; anything else gets the full parser."""

from __future__ import annotations

import argparse

import pytest

from facilitator.cli import build_parser, command_named

LINES = [
    ["list"],
    ["list", "--json"],
    ["--data-dir", "/tmp/data", "--lang", "sv", "list"],
    ["--data-dir=/tmp/data", "--lang=en", "minutes", "abc", "--format", "html", "-o", "x.html"],
    ["minutes", "abc", "--lang", "en", "--public"],
    ["needs", "--json"],
    ["search", "solceller", "--kind", "note"],
    ["report", "demo-hantverk", "--public"],
    ["doctor"],
]


def commands(parser: argparse.ArgumentParser) -> set[str]:
    subparsers = next(
        a for a in parser._actions if isinstance(a, argparse._SubParsersAction)
    )
    return set(subparsers.choices)


@pytest.mark.parametrize("argv", LINES)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_command_alone_parses_as_every_command_does(argv: list[str], lang: str) -> None:
    command = command_named(argv)
    assert command is not None
    alone = build_parser(lang, command)
    assert commands(alone) == {command}
    assert alone.parse_args(argv) == build_parser(lang).parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [[], ["--help"], ["-h", "list"], ["--data", "x", "list"], ["--version"], ["--", "list"],
     ["--lang"], ["--bogus", "list"]],
)
def test_help_abbreviations_and_unknown_options_get_every_command(argv: list[str]) -> None:
    assert command_named(argv) is None


def test_an_unknown_command_is_refused_with_the_list_of_every_command() -> None:
    parser = build_parser("en", "lis")
    assert {"list", "minutes", "doctor"} <= commands(parser)
