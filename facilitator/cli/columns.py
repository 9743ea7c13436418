"""Long lists as aligned columns, fitted to the terminal, written in one go.

A Rich table measures and wraps every cell, which takes about a second for a thousand rows; a list
of meetings must print as fast for a thousand as for ten, and a register of 25,000 needs in well
under a second. Where Rich's console would show no styles (a pipe or a file), the same lines are
written without loading it (`Plain`), which takes longer to import than a short list to print.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Sequence
from functools import cache
from itertools import chain, repeat
from typing import TYPE_CHECKING, TextIO, cast

if TYPE_CHECKING:
    from rich.console import Console
    from rich.style import Style
    from rich.text import Text

    from facilitator.cli.context import Context

    #: A cell: plain text, or a `Text` shown in its style (its spans are not kept).
    Cell = str | Text

GAP = "  "
#: A column that is cut keeps at least this many cells.
NARROWEST = 8
#: The column that wraps keeps at least this many cells.
NARROWEST_WRAPPED = 20

#: Characters one cell wide each: printable ASCII, Latin letters with their accents (å, ä, ö,
#: é, ü) up to U+02FF, and the dashes, quotes and ellipsis of U+2010–U+2027 (a meeting's time
#: is "14:05–14:50"). A text of these only is as many cells as characters.
_NARROW = re.compile("[\x20-\x7e\xa0-\u02ff\u2010-\u2027]*")


def _cells(text: str) -> int:
    """The cells `text` takes in a terminal: its length in the common case, without asking Rich
    for each character."""
    if _NARROW.fullmatch(text):
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


class Plain:
    """Standard output where Rich's console would show no styles: not a terminal (nor said to be
    one with TTY_COMPATIBLE or FORCE_COLOR), on Linux and macOS (Windows consoles are written
    Rich's own way). Lines are written as that console writes them, at the width it would take."""

    def __init__(self, file: TextIO) -> None:
        self.file = file
        self.width = _plain_width()


def _plain_width() -> int:
    """The width Rich's console takes when it does not write to a terminal: $COLUMNS, else that
    of the terminal standard input, output or error is (a list piped to `less`), else 80."""
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    for descriptor in (0, 1, 2):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):  # not a terminal
            continue
        return width or 80
    return 80


def output(context: Context) -> Console | Plain:
    """Where a list goes: `Plain` standard output where Rich's console would show no styles and
    is not made yet, else that console."""
    if "out" not in context.__dict__ and sys.platform != "win32":
        from facilitator.cli.context import may_be_terminal

        if not may_be_terminal(sys.stdout):
            return Plain(sys.stdout)
    return context.out


def print_text(out: Console | Plain, text: str, style: str = "") -> None:
    """One line of `text` (shown as it is: no markup, no highlighting) in `style`."""
    if isinstance(out, Plain):
        out.file.write(text + "\n")
        return
    from rich.text import Text

    out.print(Text(text, style=style), soft_wrap=True)


def print_columns(
    console: Console | Plain,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    keep: frozenset[int] = frozenset(),
    wrap: int | None = None,
) -> None:
    """`rows` under bold `headers`; when a line is too wide, the widest column not in `keep`
    (ids, times) is cut first, its cells ending in "…". The column `wrap` (the text a register
    is about) is narrowed last and its cells wrap over several lines instead of being cut."""
    # Column by column: each text is measured (and below fitted) once however often it comes
    # (a register of 25,000 rows holds a few hundred suppliers, dates and statuses), and the
    # lines are joined by the built-in functions, not a statement a cell.
    columns = [_texts(column) for column in zip(*rows, strict=True)] or [() for _ in headers]
    sizes = [_sizes(column) for column in columns]
    widths = [max([_cells(header), *sizes[i].values()]) for i, header in enumerate(headers)]
    room = console.width - _cells(GAP) * (len(headers) - 1) - 1
    _narrow(widths, sum(widths) - room, keep, wrap)
    rule = "─" * min(console.width - 1, sum(widths) + 2 * (len(widths) - 1))
    if isinstance(console, Plain):
        head = f"{_line(headers, widths)}\n{rule}\n"
        paint = None
    else:
        print_text(console, _line(headers, widths), "bold")
        print_text(console, rule)
        head = ""
        paint = _painter(console)
    # Lines a wrapped cell goes on to start under it.
    indent = " " * (sum(widths[:wrap]) + _cells(GAP) * wrap) if wrap is not None else ""
    if paint is None:  # no styles shown: each text fitted once, each line joined from them
        console.file.write(head + _plain_lines(columns, sizes, widths, wrap, indent))
        return
    lines = []
    for row, texts in zip(rows, map(list, zip(*columns, strict=True)), strict=True):
        measured = [size[text] for size, text in zip(sizes, texts, strict=True)]
        styles = ["" if isinstance(cell, str) else cell.style for cell in row]
        if wrap is None or measured[wrap] <= widths[wrap]:
            lines.append(_line(texts, widths, styles, paint, measured))
            continue
        first, *rest = _wrapped(texts[wrap], widths[wrap])
        texts[wrap], measured[wrap] = first, _cells(first)  # the row's own lists
        lines.append(_line(texts, widths, styles, paint, measured))
        style = styles[wrap]
        lines += [indent + (paint(piece, style) if style else piece) for piece in rest]
    console.file.write(head + "".join(line + "\n" for line in lines))


def _texts(column: Sequence[Cell]) -> Sequence[str]:
    """A column's cells as texts (a styled cell's text without its style)."""
    if set(map(type, column)) <= {str}:
        return cast("Sequence[str]", column)  # texts only (the usual case)
    return [cell if isinstance(cell, str) else cell.plain for cell in column]


def _sizes(texts: Sequence[str]) -> dict[str, int]:
    """The cells each text of a column takes: its length where all are narrow characters."""
    distinct = set(texts)
    if _NARROW.fullmatch("".join(distinct)):
        return dict(zip(distinct, map(len, distinct), strict=True))
    return {text: _cells(text) for text in distinct}


def _plain_lines(
    columns: list[Sequence[str]],
    sizes: list[dict[str, int]],
    widths: list[int],
    wrap: int | None,
    indent: str,
) -> str:
    """The lines of the rows without styles: what `print_columns` writes where none are shown."""
    fitted = [
        {
            text: text + " " * (width - size) if size <= width else _fit(text, width, size)
            for text, size in size_of.items()
        }
        for size_of, width in zip(sizes, widths, strict=True)
    ]
    # The lines a wrapped text goes on over, after its first (fitted in its column).
    more: dict[str, str] = {}
    if wrap is not None:
        width = widths[wrap]
        for text, size in sizes[wrap].items():
            if size > width:
                first, *rest = _wrapped(text, width)
                fitted[wrap][text] = _fit(first, width, _cells(first))
                more[text] = "".join(f"{indent}{piece}\n" for piece in rest)
    cells = [map(fit.__getitem__, column) for fit, column in zip(fitted, columns, strict=True)]
    lines = map(str.rstrip, map(GAP.join, zip(*cells, strict=True)))
    if not more or wrap is None:
        return "".join(chain.from_iterable(zip(lines, repeat("\n"))))
    after = map(more.get, columns[wrap], repeat(""))
    return "".join(chain.from_iterable(zip(lines, repeat("\n"), after)))


def _wrapped(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, broken between words (a longer word goes on over
    the next lines)."""
    pieces = _breaks(width).findall(text) or [""]
    if _NARROW.fullmatch(text):  # a piece is at most `width` characters, so as many cells
        return pieces
    sized = [(piece, _cells(piece)) for piece in pieces]
    return [piece if size <= width else _fit(piece, width, size) for piece, size in sized]


@cache
def _breaks(width: int) -> re.Pattern[str]:
    """The longest run of up to `width` characters that ends before a space or the end, else
    `width` characters of one long word."""
    return re.compile(rf"\S(?:.{{0,{width - 1}}}(?=\s|$)|\S{{0,{width - 1}}})")


def _narrow(widths: list[int], excess: int, keep: frozenset[int], wrap: int | None) -> None:
    """Narrow the widest column not in `keep` until the line fits (the wrapped one down to
    `NARROWEST_WRAPPED`, the others to `NARROWEST`)."""

    def floor(i: int) -> int:
        return NARROWEST_WRAPPED if i == wrap else NARROWEST

    while excess > 0:
        cuttable = [i for i in range(len(widths)) if i not in keep and widths[i] > floor(i)]
        if not cuttable:
            break
        widest = max(cuttable, key=lambda i: widths[i])
        cut = min(excess, widths[widest] - floor(widest), max(1, widths[widest] // 4))
        widths[widest] -= cut
        excess -= cut


Paint = Callable[[str, "str | Style"], str]


def _painter(console: Console) -> Paint | None:
    """Text in a style as the terminal's escape codes; None where styles are not shown (a pipe,
    a file, NO_COLOR, the old Windows console)."""
    from rich.console import COLOR_SYSTEMS
    from rich.style import Style

    system = COLOR_SYSTEMS.get(console.color_system or "")
    if system is None or console.no_color or console.legacy_windows:
        return None

    def paint(text: str, style: str | Style) -> str:
        if not style:
            return text
        parsed = style if isinstance(style, Style) else Style.parse(style)
        return parsed.render(text, color_system=system)

    return paint


def _line(
    cells: Sequence[str],
    widths: list[int],
    styles: Sequence[str | Style] = (),
    paint: Paint | None = None,
    sizes: Sequence[int] | None = None,
) -> str:
    """The cells fitted to their widths; `sizes` are their measured cell lengths, if known."""
    if sizes is None:
        sizes = [_cells(cell) for cell in cells]
    fitted = [
        _fit(cell, width, size) for cell, width, size in zip(cells, widths, sizes, strict=True)
    ]
    if paint is not None and any(styles):
        fitted = [
            paint(text.rstrip(" "), style) + " " * (len(text) - len(text.rstrip(" ")))
            if style else text
            for text, style in zip(fitted, styles, strict=True)
        ]
    return GAP.join(fitted).rstrip()


def _fit(text: str, width: int, size: int) -> str:
    """`text` (`size` cells long) padded to `width` cells, or cut to them ending in "…"."""
    if size <= width:
        return text + " " * (width - size)
    if _NARROW.fullmatch(text):  # a cell a character
        return text[: max(width - 1, 0)] + "…"
    from rich.cells import set_cell_size

    return set_cell_size(text, width - 1) + "…"
