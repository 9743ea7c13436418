"""A Teams transcript of a meeting: who said what and when, lined up with the questions.

The transcript is kept with the session but is never part of the minutes: the facilitator copies
a line into the notes to make it so. The minutes only say that a transcript exists and that the
supplier consented to the recording.

Each line's time is seconds from the start of the recording: the moment given when the
transcript is attached, else the moment the meeting clock first started. A line belongs to the
question that was current at that moment (`Session.question_times` records when each question
became current).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.domain.participants import Participant
    from facilitator.domain.session import Session


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


def attach(
    session: Session,
    lines: list[TranscriptLine],
    source: str,
    now: datetime,
    recording_started: datetime | None = None,
) -> Transcript:
    """Keep `lines` as the session's transcript, each matched to a participant and a question.

    A transcript attached again replaces the one before; the consent given stays."""
    transcript = session.transcript
    transcript.recording_started = recording_started
    for line in lines:
        line.participant = match_speaker(line.speaker, session.participants)
    align(session, lines)
    transcript.lines = lines
    transcript.source = source
    transcript.attached_at = now
    return transcript


def align(session: Session, lines: Iterable[TranscriptLine]) -> None:
    """Set each line's question: the one current when it was said."""
    start = session.transcript.recording_started or session.started_at
    times = sorted(session.question_times, key=lambda q: q.at)
    if start is None:
        return
    if not times and session.started_at is not None:
        times = _times_from_totals(session, session.started_at)
    end = session.ended_at
    for line in lines:
        moment = start + timedelta(seconds=line.start)
        current: str | None = None
        for mark in times:
            if mark.at > moment:
                break
            current = mark.question_id
        if end is not None and moment > end:
            current = None
        line.question_id = current


def _times_from_totals(session: Session, start: datetime) -> list[QuestionTime]:
    """For a meeting held before question times were kept: the questions one after the other in
    the order they were taken up, each for the time it was current."""
    times = []
    at = start
    for question in session.discussed_questions():
        times.append(QuestionTime(at, question.id))
        at += timedelta(seconds=session.question_seconds.get(question.id, 0.0))
    return times


def lines_of(session: Session, question_id: str | None) -> list[TranscriptLine]:
    """The transcript lines said while a question was current (None: outside the questions)."""
    return [line for line in session.transcript.lines if line.question_id == question_id]


def timestamp(seconds: float) -> str:
    """A line's time as `m:ss` or `h:mm:ss`."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def note_line(line: TranscriptLine) -> str:
    """A transcript line as a notes line: `[m:ss] Speaker: text`."""
    who = line.participant or line.speaker
    return f"[{timestamp(line.start)}] {who}: {line.text}" if who else (
        f"[{timestamp(line.start)}] {line.text}"
    )


def _words(name: str) -> list[str]:
    """A name's words, folded (no case or accents), in reading order ("Svensson, Anna" turned
    round), without what Teams adds in brackets ("(Gäst)", "(Extern)")."""
    name = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)
    family, comma, given = name.partition(",")
    if comma and given.strip():
        name = f"{given} {family}"
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.findall(r"\w+", plain)


def match_speaker(speaker: str, participants: list[Participant]) -> str:
    """The participant a transcript speaker is, by name; "" when none or more than one fit.

    The same words in any order match ("Svensson, Anna" is Anna Svensson); so does a speaker
    named by fewer words, all of which are in one participant's name ("Anna" when only one
    participant is called Anna)."""
    words = _words(speaker)
    if not words:
        return ""
    exact = [p for p in participants if sorted(_words(p.name)) == sorted(words)]
    if len(exact) == 1:
        return exact[0].name
    partial = [p for p in participants if set(words) <= set(_words(p.name))]
    return partial[0].name if len(partial) == 1 else ""
