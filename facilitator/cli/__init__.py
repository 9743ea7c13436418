"""The `facilitator` command.

The commands and their options are in `cli.commands`, which builds the parser without loading
what the commands do. Each command names its handler there as `"<module>.<function>"`; the
handler's module (`cli/sessions.py`, `cli/registers.py`, ...) is imported only when that command
runs, takes the parsed arguments and a `Context`, and returns the exit status. A command module
imports the project's modules it uses at its top; Rich is imported where a table or a progress
bar is printed (JSON and documents need none), the app only by the commands that open it, and the
lock library only by those that change a session. To add a command, write its handler in a
command module and its options in `cli.commands`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from facilitator import __version__
from facilitator.cli.commands import add_commands
from facilitator.cli.context import CliError, Context
from facilitator.cli.language import argparse_words, lang_of_args, localise

#: What runs when no command is given: the home screen.
HOME = "sessions.run_home"
#: Exit status when the reader of the output went away (`| head`); Rich's console, which prints
#: the tables, ends with the same status then.
PIPE_CLOSED = 1


def build_parser(lang: str = "en", command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of `command` alone when there is such a command (an
    unknown one is refused by the full parser, with the list of commands)."""
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
    add_commands(subparsers, only=command)
    if command is not None and command not in subparsers._name_parser_map:
        return build_parser(lang)
    localise(parser, lang)
    return parser


#: The global options that take a value (`--data-dir DIR`, `--lang sv`).
_GLOBAL_VALUES = ("--data-dir", "--lang")


def command_named(argv: Sequence[str]) -> str | None:
    """The word naming the command when only global options, written out in full, come before
    it; None otherwise (help asked for, an option abbreviated or unknown, no command)."""
    words = iter(argv)
    for word in words:
        if not word.startswith("-"):
            return word
        name, equals, _ = word.partition("=")
        if name not in _GLOBAL_VALUES:
            return None
        if not equals:
            next(words, None)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = lang_of_args(argv)
    with argparse_words(lang):
        if "_ARGCOMPLETE" in os.environ:  # the shell asks what may follow (see the README)
            import argcomplete

            argcomplete.autocomplete(build_parser(lang))
        args = build_parser(lang, command_named(argv)).parse_args(argv)
    context = Context.from_args(args)
    module, _, function = getattr(args, "run", HOME).rpartition(".")
    try:
        handler = getattr(import_module(f"{__name__}.{module}"), function)
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
