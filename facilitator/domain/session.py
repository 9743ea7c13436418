"""One supplier meeting: where it stands, its clocks, notes and log.

Time is kept as accumulated seconds plus the stamp at which the clock last started running; what
is shown is always computed from those, so a session loaded after a crash continues from what was
saved.
Meeting time is attributed to the question that is current while the clock runs.

A question counts as discussed when it got notes or log entries, or at least
`MEANINGFUL_SECONDS` of meeting time; a skipped one stays skipped, however long it was on screen,
until notes are taken on it. The wrap-up's word on a question (`question_marks`) wins over both.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from facilitator.domain.clock import Clock, Stamp
from facilitator.domain.confidential import mark_entry, toggle_entry
from facilitator.domain.dialogue import Dialogue, Question, new_id
from facilitator.domain.drafts import EntryDraft
from facilitator.domain.entries import EntryEdit, EntryKind, LogEntry
from facilitator.domain.minutes_version import MinutesVersion
from facilitator.domain.participants import Participant
from facilitator.domain.time import DEFAULT_TIMEZONE
from facilitator.domain.transcript_record import QuestionTime, Transcript
from facilitator.domain.vocabulary import MeetingFormat as MeetingFormat  # named here too

#: Seconds on a question that make it discussed even without notes or entries.
MEANINGFUL_SECONDS = 30.0
#: A closed app's time is counted as meeting time by default when it was closed for less than this.
COUNT_CLOSED_BELOW = 5 * 60.0


def count_closed_by_default(seconds: float) -> bool:
    """A short close (a restart, a crash) is meeting time; a long one (lunch, overnight) is not."""
    return seconds < COUNT_CLOSED_BELOW


class Status(str, Enum):
    PLANNED = "planned"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class QuestionState(str, Enum):
    #: Not reached (not discussed, not skipped).
    PENDING = "pending"
    CURRENT = "current"
    #: Discussed.
    DONE = "done"
    SKIPPED = "skipped"


@dataclass
class Session:
    """A meeting with one supplier about one dialogue."""

    #: A copy of the dialogue as it was when the session was created, so later edits of the
    #: dialogue do not change what this meeting was about.
    dialogue: Dialogue
    supplier: str
    format: MeetingFormat = MeetingFormat.TEAMS
    participants: list[Participant] = field(default_factory=list)
    planned_minutes: int = 45
    #: Notes per question id.
    notes: dict[str, str] = field(default_factory=dict)
    #: Notes typed while no question was current (a dialogue without questions, or after the last).
    general_notes: str = ""
    entries: list[LogEntry] = field(default_factory=list)
    #: What the meeting recorded of a question it left: SKIPPED (alt+k), or DONE (left after being
    #: discussed, so the plan no longer counts its timebox). Missing: neither.
    question_states: dict[str, QuestionState] = field(default_factory=dict)
    #: The wrap-up's word on a question (DONE, SKIPPED or PENDING), which wins over the rule.
    question_marks: dict[str, QuestionState] = field(default_factory=dict)
    current_question_id: str | None = None
    #: Question ids in the order they were first taken up.
    discussed_order: list[str] = field(default_factory=list)
    status: Status = Status.PLANNED
    #: Meeting seconds accumulated in closed runs of the clock.
    meeting_seconds: float = 0.0
    #: Seconds accumulated per question id in closed runs of the clock.
    question_seconds: dict[str, float] = field(default_factory=dict)
    #: When the clock last started running; None while it is stopped.
    running_since: Stamp | None = None
    #: When the app last had the meeting open (kept up to date while it runs, saved with it).
    alive_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    #: Indexes of the dialogue's opening statements that have been said.
    opening_given: list[int] = field(default_factory=list)
    timezone: str = DEFAULT_TIMEZONE
    scheduled_at: datetime | None = None
    id: str = field(default_factory=new_id)
    #: Finalised versions of the minutes, oldest first (see domain/versions.py).
    minutes_versions: list[MinutesVersion] = field(default_factory=list)
    #: When the minutes' content last changed after the meeting (a correction).
    minutes_changed_at: datetime | None = None
    #: Who wrote the minutes.
    minutes_author: str = ""
    #: Whether each question asked opened the conversation ("yes", "partly", "no"), by its id.
    question_ratings: dict[str, str] = field(default_factory=dict)
    #: A lesson about the meeting's format, written in the wrap-up.
    format_lesson: str = ""
    #: A quick-log entry being typed, kept like the notes until it is logged or cancelled.
    entry_draft: EntryDraft | None = None
    #: When each question became current, in order (to line a transcript up with the questions).
    question_times: list[QuestionTime] = field(default_factory=list)
    #: A Teams transcript of the meeting, and the supplier's consent to the recording; its lines
    #: (`transcript.lines`: text, speaker, time, question) are kept apart from the minutes.
    transcript: Transcript = field(default_factory=Transcript)
    #: The online meeting's join link, from the booking.
    join_link: str = ""

    # ----------------------------------------------------------------- questions
    @property
    def questions(self) -> list[Question]:
        return self.dialogue.questions

    @property
    def current_question(self) -> Question | None:
        return self.dialogue.question(self.current_question_id)

    def state_of(self, question_id: str) -> QuestionState:
        """Discussed (DONE), skipped, not reached (PENDING), or the CURRENT one of a meeting."""
        mark = self.question_marks.get(question_id)
        if mark is not None:
            return mark
        if question_id == self.current_question_id and not self.is_finished:
            return QuestionState.CURRENT
        if self.is_discussed(question_id):
            return QuestionState.DONE
        if self.question_states.get(question_id) is QuestionState.SKIPPED:
            return QuestionState.SKIPPED
        return QuestionState.PENDING

    def is_discussed(self, question_id: str) -> bool:
        """Notes or entries, or meaningful time unless it was skipped; the wrap-up has the last
        word."""
        mark = self.question_marks.get(question_id)
        if mark is not None:
            return mark is QuestionState.DONE
        if self.note(question_id).strip() or any(
            e.question_id == question_id for e in self.entries
        ):
            return True
        if self.question_states.get(question_id) is QuestionState.SKIPPED:
            return False
        return self.question_seconds.get(question_id, 0.0) >= MEANINGFUL_SECONDS

    def is_skipped(self, question_id: str) -> bool:
        """Skipped (alt+k) and not discussed since, or so marked in the wrap-up."""
        mark = self.question_marks.get(question_id)
        if mark is not None:
            return mark is QuestionState.SKIPPED
        skipped = self.question_states.get(question_id) is QuestionState.SKIPPED
        return skipped and not self.is_discussed(question_id)

    def mark_question(self, question_id: str, state: QuestionState | None, clock: Clock) -> None:
        """The wrap-up's word: DONE (discussed), SKIPPED or PENDING (not reached); None forgets
        it. A correction of the minutes."""
        if state is None:
            self.question_marks.pop(question_id, None)
        elif state is not QuestionState.CURRENT:
            self.question_marks[question_id] = state
        self.record_correction(clock)

    def go_to(self, question_id: str, clock: Clock) -> None:
        """Make a question the current one; time from now on counts against it."""
        if self.dialogue.question(question_id) is None or question_id == self.current_question_id:
            return
        self._fold(clock)
        self._leave_current()
        self.current_question_id = question_id
        self.question_times.append(QuestionTime(clock.now(), question_id))
        if self.status is Status.RUNNING and question_id not in self.discussed_order:
            self.discussed_order.append(question_id)

    def next_question(self, clock: Clock) -> None:
        self._step(+1, clock)

    def previous_question(self, clock: Clock) -> None:
        self._step(-1, clock)

    def skip_current(self, clock: Clock) -> None:
        """Mark the current question skipped and move on to the next one not yet taken up."""
        current = self.current_question_id
        if current is None:
            return
        self._fold(clock)
        self.question_states[current] = QuestionState.SKIPPED
        self.current_question_id = None
        self.question_times.append(QuestionTime(clock.now(), None))
        ids = [q.id for q in self.questions]
        later = ids[ids.index(current) + 1 :] + ids[: ids.index(current)]
        pending = [i for i in later if self.state_of(i) is QuestionState.PENDING]
        if pending:
            self.go_to(pending[0], clock)

    def _step(self, delta: int, clock: Clock) -> None:
        ids = [q.id for q in self.questions]
        if not ids:
            return
        if self.current_question_id not in ids:
            self.go_to(ids[0] if delta > 0 else ids[-1], clock)
            return
        index = ids.index(self.current_question_id) + delta
        if 0 <= index < len(ids):
            self.go_to(ids[index], clock)

    def _leave_current(self) -> None:
        """A question left after being discussed is done with: the plan stops counting it."""
        current = self.current_question_id
        if current is None or self._left_behind(current):
            return
        if self.is_discussed(current):
            self.question_states[current] = QuestionState.DONE

    def _left_behind(self, question_id: str) -> bool:
        """Skipped, or left after being discussed."""
        state = self.question_states.get(question_id)
        return state is QuestionState.SKIPPED or state is QuestionState.DONE

    def discussed_questions(self) -> list[Question]:
        """Questions discussed, in the order they were first taken up."""
        ids = [i for i in dict.fromkeys(self.discussed_order) if self.is_discussed(i)]
        ids += [q.id for q in self.questions if q.id not in ids and self.is_discussed(q.id)]
        return [q for i in ids if (q := self.dialogue.question(i)) is not None]

    def undiscussed_questions(self) -> list[Question]:
        """Questions skipped or never reached."""
        discussed = {q.id for q in self.discussed_questions()}
        return [q for q in self.questions if q.id not in discussed]

    # -------------------------------------------------------------------- clocks
    def start(self, clock: Clock) -> None:
        """Start or resume the meeting clock."""
        if self.status is Status.FINISHED or self.running_since is not None:
            return
        now = Stamp.take(clock)
        self.running_since = now
        self.started_at = self.started_at or now.wall
        self.status = Status.RUNNING
        if self.current_question_id is None and self.questions:
            self.current_question_id = next(
                (q.id for q in self.questions if self.state_of(q.id) is QuestionState.PENDING),
                self.questions[0].id,
            )
            self.question_times.append(QuestionTime(now.wall, self.current_question_id))
        current = self.current_question_id
        if current is not None and current not in self.discussed_order:
            self.discussed_order.append(current)

    def pause(self, clock: Clock) -> None:
        if self.status is not Status.RUNNING:
            return
        self._fold(clock, stop=True)
        self.status = Status.PAUSED

    def toggle_clock(self, clock: Clock) -> None:
        if self.status is Status.RUNNING:
            self.pause(clock)
        else:
            self.start(clock)

    def ensure_started(self, clock: Clock) -> None:
        """The clock starts by itself at the first note or entry."""
        if self.status is Status.PLANNED:
            self.start(clock)

    # --------------------------------------------------- closing and resuming
    def mark_alive(self, clock: Clock) -> None:
        """The app has the meeting open now; saved with it, so a later run knows when it closed.
        While it is still to be decided whether a close counts (`resume_after_close`), the moment
        of the close is kept."""
        if self.closed_for(clock) is None:
            self.alive_at = clock.now()

    def closed_for(self, clock: Clock) -> float | None:
        """Seconds the app was closed while the meeting clock ran, when the clock was started by an
        earlier run (after a quit or a crash); None when there is nothing to decide."""
        since = self.running_since
        if since is None or since.boot == clock.boot or self.alive_at is None:
            return None  # without a last sighting (a file from an older version) the clock runs on
        last = max(self.alive_at, since.wall)
        return max(0.0, (clock.now() - last).total_seconds())

    def resume_after_close(self, clock: Clock, *, count_closed: bool) -> None:
        """Go on with a meeting whose clock ran in an earlier run. The time the app was closed is
        meeting time only with `count_closed` (the meeting went on meanwhile); otherwise the
        clock stood still while the app was closed."""
        closed = self.closed_for(clock)
        if closed is None:
            return
        if count_closed:
            self._fold(clock)
        else:
            seconds = self._running_seconds(clock)
            self.meeting_seconds += seconds
            if self.current_question_id is not None:
                qid = self.current_question_id
                self.question_seconds[qid] = self.question_seconds.get(qid, 0.0) + seconds
            self.running_since = Stamp.take(clock)
        self.alive_at = clock.now()

    def _fold(self, clock: Clock, *, stop: bool = False) -> None:
        """Close the running segment into the accumulated totals; keep running unless `stop`."""
        if self.running_since is None:
            return
        seconds = self.running_since.seconds_until(clock)
        self.meeting_seconds += seconds
        if self.current_question_id is not None:
            qid = self.current_question_id
            self.question_seconds[qid] = self.question_seconds.get(qid, 0.0) + seconds
        self.running_since = None if stop else Stamp.take(clock)

    def _running_seconds(self, clock: Clock) -> float:
        """Seconds of the running segment. One started by an earlier run counts up to when that
        run was last seen, until `resume_after_close` decides about the time after it."""
        since = self.running_since
        if since is None:
            return 0.0
        if since.boot != clock.boot and self.alive_at is not None and self.alive_at > since.wall:
            return (self.alive_at - since.wall).total_seconds()
        return since.seconds_until(clock)

    def meeting_elapsed(self, clock: Clock) -> float:
        """Meeting seconds; after a close not yet decided about, as the clock stood then."""
        return self.meeting_seconds + self._running_seconds(clock)

    def meeting_remaining(self, clock: Clock) -> float:
        """Whole seconds left of the planned length (negative when over time), so that the
        elapsed time shown in whole seconds and the remaining add up to the planned length."""
        return self.planned_minutes * 60 - math.floor(self.meeting_elapsed(clock))

    def question_elapsed(self, question_id: str, clock: Clock) -> float:
        spent = self.question_seconds.get(question_id, 0.0)
        if question_id == self.current_question_id:
            spent += self._running_seconds(clock)
        return spent

    def question_remaining(self, question_id: str, clock: Clock) -> float:
        question = self.dialogue.question(question_id)
        timebox = question.timebox * 60 if question else 0
        return timebox - self.question_elapsed(question_id, clock)

    def plan_balance(self, clock: Clock) -> float:
        """Seconds ahead of plan (positive) or behind it (negative).

        The remaining meeting time against what the questions still ahead need: the rest of the
        timebox of every question neither skipped nor left after being discussed. Which question
        is on screen does not matter, so moving back and forth leaves the figure be.
        """
        needed = sum(
            max(0.0, self.question_remaining(q.id, clock))
            for q in self.questions
            if not self._left_behind(q.id)
        )
        return self.meeting_remaining(clock) - needed

    # ------------------------------------------------------------ notes and log
    def note(self, question_id: str | None) -> str:
        """The notes of a question, or the general notes (`None`)."""
        if question_id is None:
            return self.general_notes
        return self.notes.get(question_id, "")

    def set_note(self, question_id: str | None, text: str, clock: Clock) -> None:
        """Notes of a question, or general notes (`question_id` None); after the meeting, a
        correction of the minutes."""
        if text.strip():
            self.ensure_started(clock)
        if question_id is None:
            self.general_notes = text
        elif text:
            self.notes[question_id] = text
        else:
            self.notes.pop(question_id, None)
        self.record_correction(clock)

    def log(
        self,
        kind: EntryKind,
        text: str,
        clock: Clock,
        *,
        confidential: bool = False,
        future_needs: str = "",
        owner: str = "",
        due: date | None = None,
        tip_id: str | None = None,
    ) -> LogEntry:
        """Log an entry under the current question, stamped with wall and meeting time."""
        self.ensure_started(clock)
        entry = LogEntry(
            kind=kind,
            text=text,
            at=clock.now(),
            offset=self.meeting_elapsed(clock),
            question_id=self.current_question_id,
            confidential=confidential,
            future_needs=future_needs,
            owner=owner,
            due=due,
            tip_id=tip_id,
        )
        self.entries.append(entry)
        return entry

    def entries_of(self, kind: EntryKind) -> list[LogEntry]:
        return [e for e in self.entries if e.kind is kind]

    def entry(self, entry_id: str) -> LogEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    # ------------------------------------------------------- opening statements
    def next_opening_statement(self) -> int | None:
        """Index of the first opening statement not yet said, if any."""
        statements = self.dialogue.opening_statements
        return next((i for i in range(len(statements)) if i not in self.opening_given), None)

    def tick_opening_statement(self, index: int | None = None) -> None:
        """Record that a statement was said: `index`, or the next one not yet said.

        Ticking one already said takes the tick back.
        """
        if index is None:
            index = self.next_opening_statement()
            if index is None:
                return
        if not 0 <= index < len(self.dialogue.opening_statements):
            return
        if index in self.opening_given:
            self.opening_given.remove(index)
        else:
            self.opening_given.append(index)
            self.opening_given.sort()

    # --------------------------------------------------------------------- end
    def end(self, clock: Clock) -> None:
        """Finish the meeting: the clock stops for good."""
        if self.status is Status.FINISHED:
            return
        self._fold(clock, stop=True)
        self._leave_current()
        self.status = Status.FINISHED
        self.ended_at = clock.now()

    @property
    def is_finished(self) -> bool:
        return self.status is Status.FINISHED

    # ------------------------------------------------ corrections after the meeting
    def record_correction(self, clock: Clock) -> None:
        """Once the meeting has ended, a change of what the minutes say is a correction: they are
        a draft of the next version from now (`domain.versions`). Before that, nothing to record.
        Every change below records itself."""
        if self.is_finished:
            self.minutes_changed_at = clock.now()

    def add_participant(self, person: Participant, clock: Clock) -> None:
        self.participants.append(person)
        self.record_correction(clock)

    def replace_participant(self, index: int, person: Participant, clock: Clock) -> None:
        self.participants[index] = person
        self.record_correction(clock)

    def remove_participant(self, person: Participant, clock: Clock) -> bool:
        """Remove `person`; False if they were not (or no longer) among the participants."""
        if person not in self.participants:
            return False
        self.participants.remove(person)
        self.record_correction(clock)
        return True

    def correct_entry(self, entry: LogEntry | None, edit: EntryEdit, clock: Clock) -> LogEntry:
        """Make `entry` say what `edit` says (its kind too), or add a new entry (None): one added
        after the meeting is under no question, stamped with the meeting's end (or now, for a
        meeting not ended) and its full length."""
        if entry is None:
            entry = LogEntry(
                kind=edit.kind,
                text=edit.text,
                at=self.ended_at or clock.now(),
                offset=self.meeting_elapsed(clock),
            )
            self.entries.append(entry)
        entry.change_kind(edit.kind)
        entry.text = edit.text
        entry.future_needs = edit.future_needs
        entry.owner = edit.owner
        entry.due = edit.due
        mark_entry(entry, edit.confidential, edit.reason)
        self.record_correction(clock)
        return entry

    def remove_entry(self, entry_id: str, clock: Clock) -> LogEntry | None:
        """Remove the entry; the entry removed, or None if there was none by that id."""
        entry = self.entry(entry_id)
        if entry is not None:
            self.entries.remove(entry)
            self.record_correction(clock)
        return entry

    def mark_confidential(self, entry: LogEntry, reason: str, clock: Clock) -> None:
        """Mark the entry confidential with the supplier's stated reason."""
        mark_entry(entry, True, reason)
        self.record_correction(clock)

    def toggle_confidential(self, entry: LogEntry, clock: Clock) -> None:
        """Mark the entry confidential, or clear the mark and its reason."""
        toggle_entry(entry)
        self.record_correction(clock)


def new_session(
    dialogue: Dialogue,
    supplier: str,
    *,
    meeting_format: MeetingFormat = MeetingFormat.TEAMS,
    participants: list[Participant] | None = None,
    scheduled_at: datetime | None = None,
) -> Session:
    """A planned meeting with `supplier` about `dialogue` (copied, so later edits leave it be).

    The buying side's standard participants come first, then `participants` (the supplier's).
    """
    snapshot = copy.deepcopy(dialogue)
    return Session(
        dialogue=snapshot,
        supplier=supplier,
        format=meeting_format,
        participants=list(snapshot.participants) + list(participants or []),
        planned_minutes=dialogue.planned_minutes,
        scheduled_at=scheduled_at,
    )
