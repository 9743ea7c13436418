"""Long lists as aligned columns, fitted to the terminal, written in one go.

A Rich table measures and wraps every cell, which takes about a second for a thousand rows; a list
of meetings must print as fast for a thousand as for ten.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.text import Text

GAP = "  "
#: A column that is cut keeps at least this many cells.
NARROWEST = 8


def print_columns(
    console: Console,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    keep: frozenset[int] = frozenset(),
) -> None:
    """`rows` under bold `headers`; when a line is too wide, the widest column not in `keep`
    (ids, times) is cut first, its cells ending in "…"."""
    widths = [
        max([cell_len(header), *(cell_len(row[i]) for row in rows)])
        for i, header in enumerate(headers)
    ]
    room = console.width - cell_len(GAP) * (len(headers) - 1) - 1
    excess = sum(widths) - room
    while excess > 0:
        cuttable = [i for i in range(len(widths)) if i not in keep and widths[i] > NARROWEST]
        if not cuttable:
            break
        widest = max(cuttable, key=lambda i: widths[i])
        cut = min(excess, widths[widest] - NARROWEST, max(1, widths[widest] // 4))
        widths[widest] -= cut
        excess -= cut
    console.print(Text(_line(headers, widths), style="bold"), soft_wrap=True)
    console.print(Text("─" * min(console.width - 1, sum(widths) + 2 * (len(widths) - 1))))
    console.file.write("".join(_line(row, widths) + "\n" for row in rows))


def _line(cells: Sequence[str], widths: list[int]) -> str:
    return GAP.join(_fit(cell, width) for cell, width in zip(cells, widths, strict=True)).rstrip()


def _fit(text: str, width: int) -> str:
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"
