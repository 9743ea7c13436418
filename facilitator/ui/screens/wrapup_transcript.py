"""The wrap-up's transcript keys: attach a Teams transcript (asking for the supplier's consent
first if it is not recorded) and copy a transcript line into the notes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from textual import work
from textual.widgets import Checkbox, TextArea

from facilitator.domain.clock import Clock
from facilitator.domain.session import Session
from facilitator.domain.transcript import attach, note_line
from facilitator.i18n import t
from facilitator.importers import ImportProblem
from facilitator.importers.transcript import read_transcript
from facilitator.ui.screens.base import ASKING, FacilitatorScreen
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.path_prompt import PathPromptScreen
from facilitator.ui.widgets.transcript_panel import ConsentBox, TranscriptPanel


class TranscriptActions(FacilitatorScreen[None]):
    """The wrap-up's transcript keys (`WrapUpScreen` is one of these)."""

    session: Session
    clock: Clock
    question_id: str | None
    read_only: bool
    #: Record a change of the session (refreshing what shows it) and save it.
    _changed: Callable[..., None]

    @work(exclusive=True, group=ASKING, exit_on_error=False)
    async def action_attach_transcript(self) -> None:
        """Ask for a transcript file, the supplier's consent if not given, and attach it."""
        lang = self.lang
        path = await self.app.push_screen_wait(
            PathPromptScreen(t("The transcript from Teams (.vtt or .docx):", lang))
        )
        if path is None:
            return
        try:
            lines = await asyncio.to_thread(read_transcript, Path(path))
        except ImportProblem as problem:
            self.notify(problem.text(lang), severity="error", markup=False, timeout=15)
            return
        transcript = self.session.transcript
        if not transcript.consent:
            question = t(
                "Did {supplier} consent to the meeting being recorded and transcribed?",
                lang,
                supplier=self.session.supplier,
            )
            if not await self.app.push_screen_wait(ConfirmScreen(question)):
                self.notify(
                    t("The transcript was not attached: the supplier's consent is missing.", lang),
                    severity="warning",
                )
                return
            transcript.consent = True
            self.query_one(ConsentBox).value = True
        attach(self.session, lines, Path(path).name, self.clock.now())
        self._changed(lambda: self.query_one(TranscriptPanel).show(
            self.session, self.question_id, lang
        ))
        placed = sum(1 for line in lines if line.question_id is not None)
        message = t(
            "The transcript was attached: {count} lines, {placed} under the questions.",
            lang,
            count=len(lines),
            placed=placed,
        )
        self.notify(message, markup=False)

    def action_copy_transcript_line(self) -> None:
        """Copy the chosen transcript line into the question's notes (and so the minutes)."""
        line = self.query_one(TranscriptPanel).chosen
        if line is None:
            self.notify(
                t("No line chosen: the question has no lines in the transcript.", self.lang),
                severity="warning",
            )
            return
        editor = self.query_one("#wrap-editor", TextArea)
        text = editor.text
        gap = "\n" if text and not text.endswith("\n") else ""
        editor.insert(gap + note_line(line), editor.document.end)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        if not isinstance(event.checkbox, ConsentBox):
            return
        consent = self.session.transcript.consent
        if self.read_only:
            event.checkbox.value = consent  # another window has the meeting: nothing changes
        elif event.value != consent:
            self.session.transcript.consent = event.value
            self._changed()
