"""The minutes of a meeting as language-neutral data, built once for every format.

`build_minutes(session, public=...)` gathers what the minutes say. The public version is redacted
here and only here: every confidential note line or log entry becomes an `Item` with `withheld`
set and no text, reason or details at all, so no format can leak what it does not receive.
Times are converted to the session's time zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from facilitator.domain.confidential import split_ground, split_note
from facilitator.domain.dialogue import Question, Theme
from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.participants import Role
from facilitator.domain.session import MeetingFormat, Session
from facilitator.domain.text import clean
from facilitator.domain.time import in_zone, zone
from facilitator.domain.versions import draft_number, is_draft

_BULLET = re.compile(r"^\s*(?:[-*+•]\s+)")


@dataclass
class Item:
    """A note line or log entry as the minutes show it."""

    text: str
    #: Internal minutes: marked confidential (shown with its reason).
    confidential: bool = False
    reason: str = ""
    #: The legal ground of a confidential item ("OSL 31:16" unless another was given).
    ground: str = ""
    #: Whether the ground was given with the mark (rather than the default).
    ground_given: bool = False
    #: Public minutes: withheld; `text` and every detail below are empty.
    withheld: bool = False
    future_needs: str = ""
    owner: str = ""
    due: date | None = None
    #: Number (in the dialogue) of the question it was logged under.
    question_number: int | None = None


@dataclass
class QuestionMinutes:
    #: Position in the dialogue, 1-based.
    number: int
    text: str
    theme: Theme
    timebox_minutes: int
    seconds_used: float
    notes: list[Item] = field(default_factory=list)
    #: For questions not discussed: skipped on purpose rather than not reached.
    skipped: bool = False


@dataclass
class ParticipantGroup:
    organisation: str
    #: (name, role) pairs.
    people: list[tuple[str, Role]] = field(default_factory=list)


@dataclass
class Minutes:
    public: bool
    session_id: str
    title: str
    reference: str
    purpose: str
    organisation: str
    supplier: str
    format: MeetingFormat
    timezone: str
    #: Local times in `timezone`.
    start: datetime | None
    end: datetime | None
    length_seconds: float
    planned_minutes: int
    participants: list[ParticipantGroup]
    opening: list[str]
    discussed: list[QuestionMinutes]
    undiscussed: list[QuestionMinutes]
    other_notes: list[Item]
    mismatches: list[Item]
    tips: list[Item]
    insights: list[Item]
    actions: list[Item]
    #: Information given to the supplier about the coming procurement.
    information: list[Item]
    author: str
    #: When the minutes were written: the end of the meeting (local).
    written_at: datetime | None
    #: The finalised version these minutes are, or None for a draft.
    version: int | None
    #: The version number a draft becomes when finalised.
    draft_version: int
    finalised_at: datetime | None
    #: Earlier finalised versions: (number, finalised at, local).
    previous_versions: list[tuple[int, datetime]]
    #: Set when the minutes were corrected after the meeting.
    changed_at: datetime | None
    #: A transcript of the meeting exists, made with the supplier's consent (its text is never
    #: part of the minutes).
    transcribed: bool = False

    @property
    def meeting_date(self) -> date | None:
        return self.start.date() if self.start else None

    @property
    def is_draft(self) -> bool:
        return self.version is None

    @property
    def holds_confidential(self) -> bool:
        """Whether these (internal) minutes show something marked confidential."""
        notes = [n for q in [*self.discussed, *self.undiscussed] for n in q.notes]
        items = [*notes, *self.other_notes, *self.mismatches, *self.tips, *self.insights]
        return any(item.confidential for item in [*items, *self.actions])


def _local(moment: datetime | None, zone_name: str) -> datetime | None:
    return None if moment is None else in_zone(moment, zone_name)


class ItemBuilder:
    """Notes lines and log entries of one session as `Item`s, redacted when `public`.

    The one place the confidentiality rule is applied; the dialogue summary uses it too.
    """

    def __init__(self, session: Session, public: bool) -> None:
        self.session = session
        self.public = public
        self.numbers = {q.id: i for i, q in enumerate(session.questions, start=1)}

    def item(
        self,
        text: str,
        confidential: bool,
        reason: str = "",
        *,
        future_needs: str = "",
        owner: str = "",
        due: date | None = None,
    ) -> Item:
        if confidential and self.public:
            return Item(text="", withheld=True)
        ground, given, reason = split_ground(reason) if confidential else ("", False, "")
        return Item(
            clean(text),
            confidential,
            clean(reason),
            ground=ground,
            ground_given=given,
            future_needs=clean(future_needs),
            owner=clean(owner),
            due=due,
        )

    def entry(self, entry: LogEntry) -> Item:
        item = self.item(
            entry.text,
            entry.confidential,
            entry.confidential_reason,
            future_needs=entry.future_needs,
            owner=entry.owner,
            due=entry.due,
        )
        if not item.withheld:
            item.question_number = self.numbers.get(entry.question_id or "")
        return item

    def notes_of(self, question_id: str | None) -> list[Item]:
        """A question's notes and note entries; with None, the general notes and the note entries
        logged outside any question."""
        items = []
        for line in split_note(self.session.note(question_id)):
            text = _BULLET.sub("", line.text).strip()
            if text or line.confidential:
                items.append(self.item(text, line.confidential, line.reason))
        items += [
            self.entry(e)
            for e in self.session.entries_of(EntryKind.NOTE)
            if (e.question_id if e.question_id in self.numbers else None) == question_id
        ]
        return items

    def question(self, question: Question, seconds: float) -> QuestionMinutes:
        return QuestionMinutes(
            number=self.numbers[question.id],
            text=clean(question.text),
            theme=question.theme,
            timebox_minutes=question.timebox,
            seconds_used=seconds,
            notes=self.notes_of(question.id),
            skipped=self.session.is_skipped(question.id),
        )


def participant_groups(session: Session) -> list[ParticipantGroup]:
    groups: dict[str, ParticipantGroup] = {}
    for person in session.participants:
        organisation = person.organisation.strip()
        if not organisation:
            if person.role is Role.SUPPLIER:
                organisation = session.supplier
            else:
                organisation = session.dialogue.organisation
        organisation = clean(organisation.strip())
        group = groups.setdefault(organisation, ParticipantGroup(organisation))
        group.people.append((clean(person.name), person.role))
    return list(groups.values())


class StillClock:
    """A clock standing still at one moment (for meetings still running)."""

    boot = "minutes"

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return 0.0


def build_minutes(
    session: Session, *, public: bool = False, now: datetime | None = None
) -> Minutes:
    """What the minutes of `session` say; `public` withholds everything marked confidential."""
    now = now or datetime.now(timezone.utc)
    clock = StillClock(now)
    local_zone = session.timezone
    build = ItemBuilder(session, public)
    discussed = [
        build.question(q, session.question_elapsed(q.id, clock))
        for q in session.discussed_questions()
    ]
    undiscussed = [
        build.question(q, session.question_elapsed(q.id, clock))
        for q in session.undiscussed_questions()
    ]
    statements = session.dialogue.opening_statements
    given = dict.fromkeys(i for i in session.opening_given if 0 <= i < len(statements))
    opening = [clean(statements[i]) for i in given]
    versions = session.minutes_versions
    draft = is_draft(session)
    latest = versions[-1] if versions else None
    shown = versions if draft else versions[:-1]
    changed = session.minutes_changed_at
    if changed is not None and latest is not None and not draft and changed == latest.finalised_at:
        changed = None  # finalising is not a change of content
    return Minutes(
        public=public,
        session_id=session.id,
        title=clean(session.dialogue.title),
        reference=clean(session.dialogue.reference),
        purpose=clean(session.dialogue.purpose),
        organisation=clean(session.dialogue.organisation),
        supplier=clean(session.supplier),
        format=session.format,
        timezone=zone(local_zone).key,
        start=_local(session.started_at, local_zone),
        end=_local(session.ended_at, local_zone),
        length_seconds=session.meeting_elapsed(clock),
        planned_minutes=session.planned_minutes,
        participants=participant_groups(session),
        opening=opening,
        discussed=discussed,
        undiscussed=undiscussed,
        other_notes=build.notes_of(None),
        mismatches=[build.entry(e) for e in session.entries_of(EntryKind.MISMATCH)],
        tips=[build.entry(e) for e in session.entries_of(EntryKind.TIP)],
        insights=[build.entry(e) for e in session.entries_of(EntryKind.INSIGHT)],
        actions=[build.entry(e) for e in session.entries_of(EntryKind.ACTION)],
        information=[build.entry(e) for e in session.entries_of(EntryKind.INFO)],
        author=clean(session.minutes_author or _default_author(session)),
        written_at=_local(session.ended_at or now, local_zone),
        version=None if draft else latest.number if latest else None,
        draft_version=draft_number(session),
        finalised_at=None if draft or latest is None else _local(latest.finalised_at, local_zone),
        previous_versions=[(v.number, in_zone(v.finalised_at, local_zone)) for v in shown],
        changed_at=_local(changed, local_zone),
        transcribed=session.transcript.attached and session.transcript.consent,
    )


def _default_author(session: Session) -> str:
    """The procurer, who usually writes the minutes, when no author was given."""
    return next((p.name for p in session.participants if p.role is Role.PROCURER), "")
