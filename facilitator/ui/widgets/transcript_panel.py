"""The wrap-up's transcript: the lines said while the chosen question was current, beside its
notes; and the supplier's consent to the recording, among the participants."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Checkbox, OptionList
from textual.widgets.option_list import Option

from facilitator.domain.session import Session
from facilitator.domain.text import printable
from facilitator.domain.transcript import TranscriptLine, lines_of, timestamp
from facilitator.i18n import t


class TranscriptPanel(OptionList):
    """The transcript lines of one question; hidden while the meeting has no transcript."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: list[TranscriptLine] = []

    def show(self, session: Session, question_id: str | None, lang: str) -> None:
        self.display = session.transcript.attached
        self.lines = lines_of(session, question_id)
        self.clear_options()
        for index, line in enumerate(self.lines):
            who = line.participant or line.speaker
            said = f"{timestamp(line.start)} {who + ': ' if who else ''}{line.text}"
            self.add_option(Option(Text(printable(said)), id=str(index)))
        self.border_title = t("office.wrapup.transcript", lang, count=len(self.lines))
        # The general notes show the lines said outside the questions; a question, how many.
        outside = len(lines_of(session, None)) if question_id is not None else 0
        self.border_subtitle = t("office.wrapup.outside", lang, count=outside) if outside else ""
        if self.lines:
            self.highlighted = 0

    @property
    def chosen(self) -> TranscriptLine | None:
        index = self.highlighted
        return self.lines[index] if index is not None and index < len(self.lines) else None


class ConsentBox(Checkbox):
    """Whether the supplier consented to the meeting being recorded and transcribed."""
