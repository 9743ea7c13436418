"""The Swedish catalog: every message the code says has a Swedish translation with the same
placeholders, and the catalog holds nothing the code no longer says."""

from __future__ import annotations

import argparse
import ast
import gettext
import io
import re
import shutil
import string
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import textual

from facilitator.cli import build_parser
from facilitator.i18n.catalog import Message, compile_mo, parse_po, po_path

PACKAGE = Path(__file__).resolve().parents[2] / "facilitator"
#: The functions that take messages, and which of their arguments are context, id and plural.
MESSAGE_ARGS = {"t": (None, 0, None), "tn": (None, 0, 1), "tp": (0, 1, None), "N_": (None, 0, None)}
Key = tuple[str | None, str]
#: argparse's words in the Pythons newer than this one (3.12.7 and 3.13 suggest a close choice).
NEWER_ARGPARSE_WORDS = {"maybe you meant %(closest)r?"}


def catalog() -> tuple[str, list[Message]]:
    path = po_path("sv")
    return parse_po(path.read_text(encoding="utf-8"), path.name)


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def used_messages() -> Iterator[tuple[str, Key, str | None]]:
    """(where, (context, id), plural) of every message written in the package's code."""
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in MESSAGE_ARGS:
                continue
            context_at, id_at, plural_at = MESSAGE_ARGS[name]
            if len(node.args) <= max(i for i in (context_at, id_at, plural_at) if i is not None):
                continue
            message = _text(node.args[id_at])
            if message is None:
                continue  # a message marked with N_ where it is written
            context = None if context_at is None else _text(node.args[context_at])
            plural = None if plural_at is None else _text(node.args[plural_at])
            yield f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", (context, message), plural


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def printf_placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:\(\w+\))?[sdr]", text))


@cache
def strings_in_source(*roots: Path) -> frozenset[str]:
    found: set[str] = set()
    for root in roots:
        for path in [root] if root.is_file() else root.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.add(node.value)
    return frozenset(found)


def argparse_texts() -> set[str]:
    """The English words of our commands' help, and argparse's own."""
    texts: set[str] = set()
    parsers = [build_parser("en")]
    while parsers:
        parser = parsers.pop()
        texts.add(parser.description or "")
        for action in parser._actions:
            texts |= {action.help or "", action.metavar if isinstance(action.metavar, str) else ""}
            if isinstance(action, argparse._SubParsersAction):
                texts |= {command.help or "" for command in action._choices_actions}
                parsers += list(dict.fromkeys(action.choices.values()))
    return (texts - {""}) | strings_in_source(Path(argparse.__file__)) | NEWER_ARGPARSE_WORDS


def test_the_catalog_reads_and_has_two_plural_forms() -> None:
    header, messages = catalog()
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header
    assert "charset=UTF-8" in header
    keys = [m.key for m in messages]
    assert len(keys) == len(set(keys)), "a message twice in the catalog"
    assert compile_mo(header, messages).startswith(b"\xde\x12\x04\x95")


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_the_catalog_compiled_in_memory_is_what_gnu_msgfmt_makes(tmp_path: Path) -> None:
    compiled = tmp_path / "facilitator.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(compiled), str(po_path("sv"))], check=True)
    with compiled.open("rb") as handle:
        theirs = gettext.GNUTranslations(handle)
    header, messages = catalog()
    ours = gettext.GNUTranslations(io.BytesIO(compile_mo(header, messages)))

    def said(by: gettext.GNUTranslations, message: Message, count: int) -> str:
        if message.msgid_plural is None:
            if message.msgctxt is None:
                return by.gettext(message.msgid)
            return by.pgettext(message.msgctxt, message.msgid)
        if message.msgctxt is None:
            return by.ngettext(message.msgid, message.msgid_plural, count)
        return by.npgettext(message.msgctxt, message.msgid, message.msgid_plural, count)

    for message in messages:
        for count in (1, 2):
            assert said(ours, message, count) == said(theirs, message, count)
    assert ours.info() == theirs.info()


def test_every_message_in_the_code_has_a_swedish_translation_with_its_placeholders() -> None:
    entries = {m.key: m for m in catalog()[1]}
    problems = []
    for where, key, plural in used_messages():
        entry = entries.get(key)
        if entry is None:
            problems.append(f"{where}: no translation of {key}")
            continue
        if entry.msgid_plural != plural:
            problems.append(f"{where}: {key} has plural {entry.msgid_plural!r}, not {plural!r}")
            continue
        english = [key[1]] if plural is None else [key[1], plural]
        if len(entry.msgstr) != len(english) or not all(entry.msgstr):
            problems.append(f"{where}: {key} lacks a Swedish text")
            continue
        for swedish, source in zip(entry.msgstr, english, strict=True):
            if placeholders(swedish) != placeholders(source):
                problems.append(f"{where}: {swedish!r} does not fill in what {source!r} does")
    assert problems == []


def test_every_catalog_entry_is_used() -> None:
    used = {key for _, key, _ in used_messages()}
    textual_words = strings_in_source(Path(textual.__file__).parent)
    argparse_words = argparse_texts()
    unused = []
    for message in catalog()[1]:
        if message.msgctxt == "argparse":
            ok = message.msgid in argparse_words
            ok = ok and printf_placeholders(message.msgid) == printf_placeholders(message.msgstr[0])
        elif message.msgctxt == "textual":
            ok = message.msgid in textual_words
        else:
            ok = message.key in used
        if not ok:
            unused.append(message.key)
    assert unused == []

