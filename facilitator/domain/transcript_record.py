"""What a session keeps of a Teams transcript: its lines, where it came from and the supplier's
consent; and when each question became current, to line the two up (rules in `transcript`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class QuestionTime:
    """The moment a question became the current one (None: no question was current)."""

    at: datetime
    question_id: str | None


@dataclass
class TranscriptLine:
    text: str
    #: The speaker as the transcript names them ("" when it does not).
    speaker: str = ""
    #: Seconds from the start of the recording.
    start: float = 0.0
    end: float = 0.0
    #: The question current when the line was said (None: before the first or after the end).
    question_id: str | None = None
    #: The meeting participant the speaker was matched to, by name ("" if none).
    participant: str = ""


@dataclass
class Transcript:
    """A meeting's transcript (empty until one is attached) and the supplier's consent."""

    lines: list[TranscriptLine] = field(default_factory=list)
    #: The file it came from (its name only).
    source: str = ""
    #: The supplier consented to the meeting being recorded and transcribed.
    consent: bool = False
    attached_at: datetime | None = None
    #: When the recording started, if not when the meeting clock first started.
    recording_started: datetime | None = None

    @property
    def attached(self) -> bool:
        return bool(self.lines)
