"""Names in table cells: shown as typed, and shortened with an ellipsis so that a 60-character
supplier or a long dialogue title leaves room for the other columns."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text

from facilitator.domain.text import printable

#: A name column never gets narrower than this, however narrow the terminal.
MIN_NAME = 10
#: Each DataTable column has one cell of padding on either side; a scrollbar may take two more.
_PADDING = 2
_SCROLLBAR = 2


def name_cell(text: str, width: int) -> Text:
    """`text` as a cell: no markup, no terminal codes, at most `width` cells ("…" at the end)."""
    cell = Text(printable(text), no_wrap=True, overflow="ellipsis")
    cell.truncate(width, overflow="ellipsis")
    return cell


def name_widths(available: int, others: Sequence[int], names: Sequence[Sequence[str]]) -> list[int]:
    """The width of each name column (`names` holds each column's texts) in a table `available`
    cells wide whose other columns need `others` cells. The name columns share what the others
    leave: a column whose longest text fits in its share gets just that, and the rest is shared
    by the others."""
    free = available - sum(others) - _PADDING * (len(others) + len(names)) - _SCROLLBAR
    needs = [max((cell_len(printable(text)) for text in column), default=0) for column in names]
    widths = [0] * len(needs)
    left = sorted(range(len(needs)), key=lambda index: needs[index])
    while left:
        share = free // len(left)
        index = left.pop(0)
        widths[index] = max(MIN_NAME, min(needs[index], share))
        free -= widths[index]
    return widths
