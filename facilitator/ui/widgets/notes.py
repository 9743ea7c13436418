"""The notes editor of the meeting screen."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea
from textual.widgets.text_area import Edit, EditResult

from facilitator.domain.text import clean


class NotesArea(TextArea):
    """A TextArea that keeps pasted text as text, and the typing place in view.

    A TextArea draws what it holds as it is, so a pasted escape sequence (a line copied from a
    coloured terminal) would act on the terminal. Pasted text loses the characters no minutes can
    hold (control characters but tab and newline), and Windows line ends become plain ones.
    """

    async def _on_paste(self, event: events.Paste) -> None:
        # Textual then calls TextArea's own handler (base classes' handlers run too), which
        # inserts the cleaned text.
        event.text = clean(event.text)

    def edit(self, edit: Edit) -> EditResult:
        """Make the edit, then scroll to the cursor. TextArea scrolls to it before it knows the
        document's new height, so a key that wraps the last line onto a new one (at the end of
        long notes) would land on a line below the box."""
        result = super().edit(edit)
        self.scroll_cursor_visible()
        return result
