"""The minutes on screen: Markdown drawn by Rich, off the UI thread, shown a line at a time.

Textual's Markdown widget makes a widget of every block, which takes seconds for the minutes of a
long meeting; a Static holding Rich's Markdown parses and lays out the whole text on the UI thread,
twice (for its height, then to paint). Here Rich renders the text into lines once, on a worker
thread, at the width the widget has, the beginning first (so the top of the minutes shows at
once) and the rest in growing parts; the widget is as tall as the lines drawn so far and hands
the compositor only the lines it asks for, the visible ones.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator

from rich.console import Console
from rich.markdown import Markdown
from textual import on, work
from textual.events import Resize
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget
from textual.worker import Worker

from facilitator.ui.errors import pass_on_failure


def markdown_lines(text: str, width: int) -> list[Strip]:
    """`text` drawn as Markdown by Rich at `width` cells, as lines (safe on any thread)."""
    console = Console(
        file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor",
        legacy_windows=False,
    )
    lines = console.render_lines(Markdown(text, hyperlinks=False), pad=False)
    return [Strip(line) for line in lines]


#: Characters of Markdown in the first part drawn (a screenful of minutes and more).
FIRST_PART = 1500
#: Characters of Markdown in the largest part: a text no longer wanted (the other language
#: chosen meanwhile) is given up after the part being drawn, about a tenth of a second at most.
LARGEST_PART = 8 * FIRST_PART
#: Seconds a drawn part waits at most for the screen to show it before the next is drawn.
SHOW_WAIT = 0.5
#: How much of the start of a line `reveal` looks for (a line's start is never wrapped away).
REVEAL_CHARS = 20


def _pieces(text: str) -> Iterator[tuple[str, str]]:
    """The blocks of `text` (the minutes' Markdown separates them by blank lines), a list's items
    one by one (a question's notes can be a list of thousands), each with what separates it from
    the piece before."""
    for block in text.split("\n\n"):
        items = block.split("\n- ") if block.startswith("- ") else [block]
        yield "\n\n", items[0]
        for item in items[1:]:
            yield "\n", "- " + item


def markdown_parts(text: str) -> Iterator[tuple[str, str]]:
    """`text` in parts to draw one after the other, each with what separates it from the part
    before ("" for the first): whole blocks, or whole items of a long list; the first part small
    and each next one twice as large, up to `LARGEST_PART`. The separators and parts in order
    make `text`."""
    size, length, before = FIRST_PART, 0, ""
    part: list[str] = []
    for n, (separator, piece) in enumerate(_pieces(text)):
        if part:
            part.append(separator)
        else:
            before = separator if n else ""
        part.append(piece)
        length += len(separator) + len(piece)
        if length >= size:
            yield before, "".join(part)
            size, part, length = min(size * 2, LARGEST_PART), [], 0
    if part:
        yield before, "".join(part)


class MinutesPreview(Widget):
    """Shows Markdown; `source` is the text shown (or being drawn to be shown)."""

    DEFAULT_CSS = """
    MinutesPreview {
        height: auto;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source = ""
        #: The text being drawn; None when it is no longer wanted (another is coming).
        self._wanted: str | None = None
        self._lines: list[Strip] = []
        self._drawn: tuple[str, int] | None = None
        self._reveal = ""

    def show(self, text: str) -> None:
        """Show `text` once it is drawn (the previous text stays until then)."""
        self.source = self._wanted = text
        self._draw(text, self.size.width or self._width_guess())

    def stop(self) -> None:
        """Stop drawing the text being drawn, after the part in hand: another text is coming
        (the one shown stays until it is drawn)."""
        self._wanted = None

    def reveal(self, line: str) -> None:
        """Scroll to the first line drawn that starts as `line` does (a search hit), as soon as
        it is drawn."""
        self._reveal = " ".join(line.split())[:REVEAL_CHARS]
        self._find_revealed()

    def _find_revealed(self) -> None:
        if not self._reveal:
            return
        for y, strip in enumerate(self._lines):
            if self._reveal in strip.text:
                self._reveal = ""
                self.call_after_refresh(self._scroll_to_line, y)
                return

    def _scroll_to_line(self, y: int) -> None:
        """Put line `y` near the top of the scrolling container the minutes are in."""
        if isinstance(self.parent, Widget):
            top = self.virtual_region.y + y
            self.parent.scroll_to(y=max(0, top - 2), animate=False)

    def _width_guess(self) -> int:
        """Before the first layout: the screen's width less padding and scroll bar."""
        return max(20, self.app.size.width - 4)

    def on_resize(self, event: Resize) -> None:
        if self.source and self._drawn is not None and self._drawn[1] != event.size.width:
            self._draw(self.source, event.size.width)

    # Described here, not by the repr of the (long) text, which Textual would make on the UI thread.
    @work(
        thread=True,
        exclusive=True,
        group="minutes-preview",
        description="draw minutes",
        exit_on_error=False,
    )
    def _draw(self, text: str, width: int) -> None:
        lines: list[Strip] = []
        for before, part in markdown_parts(text):
            if text != self._wanted:  # no longer wanted: a newer text is coming or being drawn
                return
            drawn = markdown_lines(part, width)
            if lines:
                # Rich begins a list with a blank line: between two blocks there is one, and
                # none between two items of one list.
                while drawn and not drawn[0].text.strip():
                    del drawn[0]
                if before == "\n\n":
                    lines.append(Strip.blank(0))
            lines.extend(drawn)
            shown = threading.Event()
            self.app.call_from_thread(self._drawn_lines, text, width, list(lines), shown)
            # Drawing the next part would take the interpreter from the screen showing this one.
            shown.wait(SHOW_WAIT)

    @on(Worker.StateChanged)
    def _draw_failed(self, event: Worker.StateChanged) -> None:
        pass_on_failure(self, event)

    def _drawn_lines(
        self, text: str, width: int, lines: list[Strip], shown: threading.Event
    ) -> None:
        """Show the lines drawn of `text`; `shown` is set once the screen has been updated."""
        if text != self._wanted:
            shown.set()
            return
        self._lines = lines
        self._drawn = (text, width)
        self.refresh(layout=True)
        self._find_revealed()
        self.call_after_refresh(shown.set)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        style = self.rich_style
        if y >= len(self._lines):
            return Strip.blank(width, style)
        return self._lines[y].extend_cell_length(width).crop(0, width).apply_style(style)
