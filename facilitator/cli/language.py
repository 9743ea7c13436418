"""The command line in the user's language: every command's help and argparse's own words.

The commands describe themselves in English; those texts are the keys (`argparse:<text>`) of
their Swedish translations in `facilitator.i18n.language`, as gettext catalogs key on the English
message. The language is known before the parser is built: `--lang` anywhere on the command line,
else the locale.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from facilitator.i18n import LANGS, default_lang, from_english


def lang_of_args(argv: Sequence[str]) -> str:
    """The language a command line asks for with `--lang sv|en`, else the locale's."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        value = value.strip().lower()
        if value in LANGS:
            return value
    return default_lang()


def translated(text: str, lang: str) -> str:
    """`text`, written in English by a command or by argparse, in `lang`."""
    return from_english("argparse", text, lang)


def localise(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put the help of `parser` and of all its sub-commands in `lang`: descriptions, the help of
    each option, the names of values (FILE becomes FIL) and the headings."""
    if lang == "en":
        return
    if parser.description:
        parser.description = translated(parser.description, lang)
    for group in parser._action_groups:
        if group.title:
            group.title = translated(group.title, lang)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = translated(action.help, lang)
        if isinstance(action.metavar, str):
            action.metavar = translated(action.metavar, lang)
        if isinstance(action, argparse._SubParsersAction):
            for command in action._choices_actions:
                if command.help:
                    command.help = translated(command.help, lang)
            for sub in dict.fromkeys(action.choices.values()):
                localise(sub, lang)


@contextmanager
def argparse_words(lang: str) -> Iterator[None]:
    """While parsing, argparse's own words ("usage:", "error:", "invalid choice" ...) in `lang`.

    argparse looks its messages up through the module's gettext functions `_` and `ngettext`;
    they are given a translating version for the time of the parse.
    """
    if lang == "en":
        yield
        return

    def gettext(message: str) -> str:
        return translated(message, lang)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return translated(singular if count == 1 else plural, lang)

    replacements: dict[str, Callable[..., str]] = {"_": gettext, "ngettext": ngettext}
    saved = {name: getattr(argparse, name) for name in replacements if hasattr(argparse, name)}
    for name, function in replacements.items():
        setattr(argparse, name, function)
    try:
        yield
    finally:
        for name in replacements:
            if name in saved:
                setattr(argparse, name, saved[name])
            else:
                delattr(argparse, name)
