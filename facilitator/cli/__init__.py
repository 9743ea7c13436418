"""The `facilitator` command.

Each command group lives in its own module with a `register(subparsers)` function that adds its
sub-commands; a sub-command's handler takes the parsed arguments and a `Context` and returns the
exit status.

To add a command group, write `facilitator/cli/<name>.py` and add `"<name>"` to
`_COMMAND_MODULES`. Every module is imported to build the parser (`facilitator --help` lists all
commands), so a command module imports at its top only what `register` needs (argparse,
`cli.context`, `i18n`, small constants); Rich tables, the store, exporters, importers and anything
else a handler uses are imported inside that handler. `tests/unit/test_cli_imports.py` checks that
`--help` loads none of them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from facilitator import __version__
from facilitator.cli.context import CliError, Context
from facilitator.cli.language import argparse_words, lang_of_args, localise

_COMMAND_MODULES = (
    "sessions",
    "minutes",
    "maintenance",
    "dialogues",
    "bookings",
    "keys",
    "report",
    "transcripts",
    "registers",
)
#: Exit status when the reader of the output went away (`| head`); Rich's console, which prints
#: the tables, ends with the same status then.
PIPE_CLOSED = 1


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Lead a supplier dialogue meeting and hand over the minutes when it ends.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $FACILITATOR_DATA, ./sessions if present, or the user folder)",
    )
    parser.add_argument(
        "--lang", choices=("sv", "en"), help="language of screens and minutes (default: locale)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        import_module(f"{__name__}.{name}").register(subparsers)
    localise(parser, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = lang_of_args(argv)
    with argparse_words(lang):
        parser = build_parser(lang)
        if "_ARGCOMPLETE" in os.environ:  # the shell asks what may follow (see the README)
            import argcomplete

            argcomplete.autocomplete(parser)
        args = parser.parse_args(argv)
    context = Context.from_args(args)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from facilitator.cli.sessions import run_home

            return run_home(args, context)
        return int(handler(args, context) or 0)
    except CliError as error:
        context.error(str(error))
        return error.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """Stop quietly when the output's reader has gone (`facilitator ... | head -1`): what is
    still buffered goes nowhere, so Python's flush at exit does not fail with a traceback."""
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError):  # not a real file (output captured): nothing to flush at exit
        return PIPE_CLOSED
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
    return PIPE_CLOSED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
