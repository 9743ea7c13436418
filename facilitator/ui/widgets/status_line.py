"""The one-line status bar: supplier, meeting clock, question clock, plan balance."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from facilitator.domain.clock import Clock
from facilitator.domain.editing import over_timebox
from facilitator.domain.session import Session, Status
from facilitator.domain.text import printable
from facilitator.i18n import N_, t
from facilitator.ui.bindings import key_display

#: Cells the supplier keeps when even the clocks do not fit (a very narrow terminal).
MIN_SUPPLIER = 4


def format_clock(seconds: float) -> str:
    """`12:05`, `1:02:09`, or `−3:10` when negative (over time)."""
    sign = "−" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


class StatusLine(Static):
    """Shows where the meeting stands; turns to the error colour when over time.

    A long supplier name is shortened with an ellipsis so that the clocks always show.
    """

    _shown: tuple[Session, Clock, str] | None = None

    def on_resize(self) -> None:
        if self._shown is not None:
            self.show(*self._shown)

    def show(self, session: Session, clock: Clock, lang: str) -> None:
        self._shown = (session, clock, lang)
        elapsed = session.meeting_elapsed(clock)
        remaining = session.meeting_remaining(clock)
        status = session.status
        marker = {Status.RUNNING: "●", Status.PAUSED: "❚❚", Status.FINISHED: "■"}.get(status, "○")
        text = Text("  ", no_wrap=True, overflow="ellipsis")
        text.append(t("Meeting", lang), style="dim")
        text.append(f" {format_clock(elapsed)}")
        text.append(f" ({format_clock(remaining)})", style="bold red" if remaining < 0 else "")
        question = session.current_question
        over_question = False
        if question is not None:
            q_elapsed = session.question_elapsed(question.id, clock)
            over_question = over_timebox(q_elapsed, question.timebox)
            text.append("  ")
            text.append(t("Question", lang), style="dim")
            text.append(
                f" {format_clock(q_elapsed)}/{question.timebox}:00",
                style="bold red" if over_question else "",
            )
        if status is not Status.FINISHED:
            balance = session.plan_balance(clock)
            minutes = round(abs(balance) / 60)
            key = N_("+{minutes}′ ahead") if balance >= 0 else N_("−{minutes}′ behind")
            text.append("  ")
            text.append(t(key, lang, minutes=minutes), style="green" if balance >= 0 else "yellow")
        if status is Status.PAUSED:
            text.append("  " + t("PAUSED", lang), style="bold yellow")
        elif status is Status.PLANNED:
            starts = t("{key} starts", lang, key=key_display(self, "toggle_clock"))
            text.append("  " + starts, style="dim")
        self.set_class(remaining < 0 or over_question, "-over")
        # One line whatever it says (the style sheet): shown again each second without laying
        # the screen out again, which also left a few thousand objects for the collector.
        shown = self._with_supplier(f"{marker} ", printable(session.supplier), text)
        self.update(shown, layout=False)

    def _with_supplier(self, marker: str, supplier: str, clocks: Text) -> Text:
        """The marker, the supplier shortened to what the clocks leave free, and the clocks."""
        name = Text(supplier, style="bold", no_wrap=True)
        width = self.content_size.width
        if width:
            room = width - cell_len(marker) - clocks.cell_len
            name.truncate(max(room, MIN_SUPPLIER), overflow="ellipsis")
        line = Text(marker, style="bold", no_wrap=True, overflow="ellipsis")
        return line.append_text(name).append_text(clocks)
