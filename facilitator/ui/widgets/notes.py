"""The notes editor of the meeting screen."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from facilitator.domain.minutes import clean


class NotesArea(TextArea):
    """A TextArea that keeps pasted text as text.

    A TextArea draws what it holds as it is, so a pasted escape sequence (a line copied from a
    coloured terminal) would act on the terminal. Pasted text loses the characters no minutes can
    hold (control characters but tab and newline), and Windows line ends become plain ones.
    """

    async def _on_paste(self, event: events.Paste) -> None:
        # Textual then calls TextArea's own handler (base classes' handlers run too), which
        # inserts the cleaned text.
        event.text = clean(event.text)
