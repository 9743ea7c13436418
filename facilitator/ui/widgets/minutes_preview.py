"""The minutes on screen: Markdown drawn by Rich as one renderable.

Textual's Markdown widget makes a widget of every block, which takes seconds for the minutes of a
long meeting (about 2.5 s for 300 entries, 50 s for 5,000); Rich draws the same text in a fraction
of that (0.05 s and 0.6 s), so switching language or the public version stays instant.
"""

from __future__ import annotations

from rich.markdown import Markdown
from textual.widgets import Static


class MinutesPreview(Static):
    """Shows Markdown; `source` is the text shown."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.source = ""

    def show(self, text: str) -> None:
        self.source = text
        self.update(Markdown(text, hyperlinks=False))
