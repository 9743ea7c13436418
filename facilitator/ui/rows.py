"""The item behind a table's highlighted row."""

from __future__ import annotations

from typing import Any, TypeVar

from textual.widgets import DataTable

T = TypeVar("T")


def at_cursor(table: DataTable[Any], items: list[T]) -> T | None:
    """The item shown in `table`'s cursor row (rows are added in the order of `items`)."""
    if not items or table.cursor_row is None or table.cursor_row < 0:
        return None
    return items[min(table.cursor_row, len(items) - 1)]
