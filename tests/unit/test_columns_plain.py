"""Lists printed to a pipe or a file are written without Rich's console, byte for byte as that
console writes them: the same width, the same cut and wrapped cells, no styles."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

from facilitator.cli.columns import Plain, output, print_columns, print_text
from facilitator.cli.context import Context
from facilitator.storage.paths import DataDir

ROWS: list[tuple[str | Text, ...]] = [
    ("440551e15318", "2020-01-10 00:00–00:50", "Avslutad", "Hantverkarnas Service i Norrland AB"),
    ("04eb51b2c785", "", "Planerad", "漢字の会社と長い名前の供給者"),
    ("0aa", "2020-01-09 17:00", Text("Försenad", style="bold red"), "🚀 Rymd AB"),
    ("0bb", "–", "Klar", Text("Cafe\u0301 Öst med en mycket lång beskrivning", style="dim")),
    ("0cc", "x" * 40, "", ""),
]
HEADERS = ["Id", "Tid", "Status", "Leverantör"]


def rich_text(width: int, wrap: int | None) -> str:
    console = Console(file=io.StringIO(), width=width, soft_wrap=True, force_terminal=False)
    print_text(console, "Möten i /data/en mapp med ett långt namn som inte får brytas av")
    print_columns(console, HEADERS, ROWS, keep=frozenset({0, 1}), wrap=wrap)
    return console.file.getvalue()  # type: ignore[attr-defined, no-any-return]


def plain_text(width: int, wrap: int | None, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    out = Plain(io.StringIO())
    print_text(out, "Möten i /data/en mapp med ett långt namn som inte får brytas av")
    print_columns(out, HEADERS, ROWS, keep=frozenset({0, 1}), wrap=wrap)
    return out.file.getvalue()  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize("width", [20, 40, 60, 80, 120, 200])
@pytest.mark.parametrize("wrap", [None, 3])
def test_plain_lines_are_those_rich_writes_to_a_pipe(
    width: int, wrap: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert plain_text(width, wrap, monkeypatch) == rich_text(width, wrap)


@pytest.mark.parametrize("columns", [None, "50", "0", "abc"])
def test_plain_width_is_the_width_rich_takes(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.delenv("LINES", raising=False)
    read, write = os.pipe()
    with open(write, "w") as pipe:
        assert Plain(pipe).width == Console(file=pipe).width
    os.close(read)


def context(out: Console | None = None) -> Context:
    return Context(DataDir(Path("data"), "option"), "sv", out=out)


def test_a_pipe_gets_plain_lines_a_terminal_rich_console(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert isinstance(output(context()), Plain)
    given = Console(file=io.StringIO())
    assert output(context(given)) is given  # a console made already is used
    monkeypatch.setenv("FORCE_COLOR", "1")  # said to be a terminal: Rich shows styles
    assert not isinstance(output(context()), Plain)
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setattr(sys, "platform", "win32")  # Windows consoles are written Rich's way
    assert not isinstance(output(context()), Plain)


def test_a_cut_cell_fills_its_column_and_ends_in_an_ellipsis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "48")
    out = Plain(io.StringIO())
    rows = [
        ("440551e15318", "Hantverkarnas Service i Norrland AB", "Ramavtal hantverkstjänster"),
        ("0aa", "Åkes Bygg", "Städ"),
    ]
    print_columns(out, ["Id", "Leverantör", "Dialog"], rows, keep=frozenset({0}))
    assert out.file.getvalue().splitlines() == [  # type: ignore[attr-defined]
        "Id            Leverantör        Dialog",
        "─" * 47,
        "440551e15318  Hantverkarnas S…  Ramavtal hantv…",
        "0aa           Åkes Bygg         Städ",
    ]


def test_a_text_on_many_rows_is_cut_and_wrapped_alike_on_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    out = Plain(io.StringIO())
    rows = [
        ("2026-01-10", "Hantverkarnas Service i Norrland AB", "Solceller på förskolornas tak"),
        ("2026-01-10", "Hantverkarnas Service i Norrland AB", "Solceller på förskolornas tak"),
    ]
    print_columns(out, ["Datum", "Leverantör", "Behov"], rows, keep=frozenset({0}), wrap=2)
    assert out.file.getvalue().splitlines() == [  # type: ignore[attr-defined]
        "Datum       Leveran…  Behov",
        "─" * 39,
        "2026-01-10  Hantver…  Solceller på",
        "                      förskolornas tak",
        "2026-01-10  Hantver…  Solceller på",
        "                      förskolornas tak",
    ]
