"""The dialogue as a whole: every meeting of one dialogue summed up, as language-neutral data.

`build_summary(records, ...)` reads the sessions and bookings of a dialogue and says who was met
and when, what each supplier answered to each question, the insights, mismatches, tips, actions
and information given, the time the dialogue cost, the contact log and the equal-treatment check
(`domain/equal_treatment.py`). Note lines and entries go through the minutes' `ItemBuilder`, so
the public summary withholds exactly what the public minutes withhold. With `anonymous` every
supplier is "Supplier A, B, ..." in the order they were first in contact, and their names (and
their people's names) are replaced wherever they occur in the text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum

from facilitator.domain.booking import Booking
from facilitator.domain.dialogue import Dialogue, Question, Theme
from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.minutes import Item, ItemBuilder, ParticipantGroup, StillClock
from facilitator.domain.minutes import participant_groups as minutes_participants
from facilitator.domain.names import NamesReplacer, name_key
from facilitator.domain.participants import Role
from facilitator.domain.session import MeetingFormat, QuestionState, Session, Status
from facilitator.domain.text import clean
from facilitator.domain.time import in_zone, zone


@dataclass(frozen=True)
class LeftOut:
    """A session file that could not be read, and so is not in the summary."""

    name: str
    reason: str


@dataclass
class DialogueRecords:
    """What a summary is built from: the dialogue, its sessions and bookings."""

    dialogue: Dialogue
    sessions: list[Session] = field(default_factory=list)
    bookings: list[Booking] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)


class Answered(str, Enum):
    ASKED = "asked"
    SKIPPED = "skipped"
    NOT_REACHED = "not_reached"


@dataclass
class Meeting:
    supplier: str
    start: datetime | None
    format: MeetingFormat
    length_seconds: float
    status: Status
    participants: list[ParticipantGroup]


@dataclass
class Contact:
    """A row of the contact log: a meeting held or booked."""

    when: datetime | None
    supplier: str
    format: MeetingFormat
    #: "held", "running" or "booked".
    state: str
    people: list[str]


@dataclass
class Answer:
    supplier: str
    answered: Answered
    notes: list[Item]


@dataclass
class QuestionRow:
    number: int
    text: str
    theme: Theme
    answers: list[Answer]


@dataclass
class Logged:
    """A log entry of one supplier's meeting, numbered by the summary's questions."""

    supplier: str
    item: Item
    theme: Theme | None = None


@dataclass
class Information:
    """One piece of information given, with every supplier it was given to."""

    item: Item
    given_to: list[str]
    #: Suppliers in the dialogue that have not been told (empty once shared with all).
    not_told: list[str]
    shared: bool


@dataclass
class Cost:
    meetings: int
    seconds: float
    #: Meeting time times the own organisation's participants.
    person_hours: float
    rate: int

    @property
    def sek(self) -> float | None:
        return self.person_hours * self.rate if self.rate > 0 else None


@dataclass
class Mark:
    """A confidential item and its legal ground (internal summary only)."""

    supplier: str
    item: Item


@dataclass
class DialogueSummary:
    public: bool
    anonymous: bool
    dialogue_id: str
    title: str
    reference: str
    organisation: str
    purpose: str
    timezone: str
    #: Every supplier in the dialogue (met or booked), in their anonymous order.
    suppliers: list[str]
    met: list[str]
    meetings: list[Meeting]
    #: Suppliers that signed up but were never met.
    never_met: list[str]
    questions: list[QuestionRow]
    insights: list[Logged]
    mismatches: list[Logged]
    tips: list[Logged]
    actions: list[Logged]
    information: list[Information]
    contacts: list[Contact]
    cost: Cost
    marks: list[Mark]
    left_out: list[LeftOut]
    opening_statements: list[str]
    #: Per supplier met: indexes into `opening_statements` heard.
    opening_heard: dict[str, list[int]]
    shared_at: datetime | None
    #: When the summary was made (local).
    made_at: datetime

    @property
    def is_empty(self) -> bool:
        return not self.meetings and not self.never_met


def _when(session: Session) -> datetime | None:
    return session.started_at or session.scheduled_at


def alias(index: int, lang_word: str) -> str:
    """`lang_word` and a letter: "Supplier A", ..., "Supplier Z", "Supplier AA", ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{lang_word} {letters}"


class _Suppliers:
    """Suppliers by `name_key`, each shown by its first spelling or its alias."""

    def __init__(self, records: DialogueRecords, anonymous: bool, supplier_word: str) -> None:
        first: dict[str, tuple[float, str]] = {}
        self.spellings: dict[str, list[str]] = {}
        self.people: dict[str, list[str]] = {}
        contacts: list[tuple[str, datetime | None, list[str]]] = [
            (s.supplier, _when(s), [p.name for p in s.participants if p.role is Role.SUPPLIER])
            for s in records.sessions
        ]
        contacts += [
            (b.supplier, b.scheduled_at, [c.name for c in b.contacts]) for b in records.bookings
        ]
        for name, when, people in contacts:
            key = name_key(name)
            if not key:
                continue
            stamp = when.timestamp() if when else float("inf")
            if key not in first or stamp < first[key][0]:
                first[key] = (stamp, " ".join(name.split()))
            self.spellings.setdefault(key, [])
            if name not in self.spellings[key]:
                self.spellings[key].append(name)
            self.people.setdefault(key, []).extend(p for p in people if p.strip())
        self.order = sorted(first, key=lambda k: (first[k][0], k))
        self.anonymous = anonymous
        self.shown = {
            key: alias(i, supplier_word) if anonymous else clean(first[key][1])
            for i, key in enumerate(self.order)
        }
        names = {p: self.shown[k] for k in self.order for p in self.people[k]}
        names.update({n: self.shown[k] for k in self.order for n in self.spellings[k]})
        self.replacer = NamesReplacer(names)

    def name(self, supplier: str) -> str:
        return self.shown.get(name_key(supplier), clean(" ".join(supplier.split())))

    def scrub(self, text: str) -> str:
        """`text` with every supplier's (and supplier person's) name replaced, when anonymous."""
        return self.replacer.replace(text) if self.anonymous else text

    def scrub_item(self, item: Item) -> Item:
        if not self.anonymous:
            return item
        return dataclasses.replace(
            item,
            text=self.scrub(item.text),
            reason=self.scrub(item.reason),
            future_needs=self.scrub(item.future_needs),
            owner=self.scrub(item.owner),
        )


def _questions(records: DialogueRecords) -> list[Question]:
    """The dialogue's questions, then any a session had that the dialogue no longer has."""
    questions = list(records.dialogue.questions)
    known = {q.id for q in questions}
    for session in records.sessions:
        for question in session.questions:
            if question.id not in known:
                known.add(question.id)
                questions.append(question)
    return questions


def _held(session: Session) -> bool:
    return session.status is not Status.PLANNED


class _Build:
    def __init__(
        self, records: DialogueRecords, public: bool, anonymous: bool, word: str, now: datetime
    ) -> None:
        self.records = records
        #: Meetings still running count up to now.
        self.clock = StillClock(now)
        self.public = public
        self.suppliers = _Suppliers(records, anonymous, word)
        self.held = sorted(
            (s for s in records.sessions if _held(s)),
            key=lambda s: (_stamp(_when(s)), s.id),
        )
        self.questions = _questions(records)
        self.numbers = {q.id: i for i, q in enumerate(self.questions, start=1)}
        self.themes = {q.id: q.theme for q in self.questions}
        self.zone = zone(records.sessions[0].timezone if records.sessions else None).key

    def local(self, moment: datetime | None) -> datetime | None:
        return None if moment is None else in_zone(moment, self.zone)

    def item(self, builder: ItemBuilder, entry: LogEntry) -> Item:
        item = self.suppliers.scrub_item(builder.entry(entry))
        if not item.withheld:
            item.question_number = self.numbers.get(entry.question_id or "")
        return item

    def logged(self, kind: EntryKind) -> list[Logged]:
        """What was logged of `kind` in every meeting held; of actions, those not yet done."""
        result = []
        for session in self.held:
            builder = ItemBuilder(session, self.public)
            for entry in session.entries_of(kind):
                if entry.done:
                    continue
                result.append(
                    Logged(
                        self.suppliers.name(session.supplier),
                        self.item(builder, entry),
                        self.themes.get(entry.question_id or ""),
                    )
                )
        return result

    def answers(self, question: Question, met: list[str]) -> list[Answer]:
        by_supplier: dict[str, Answer] = {
            name: Answer(name, Answered.NOT_REACHED, []) for name in met
        }
        for session in self.held:
            if session.dialogue.question(question.id) is None:
                continue
            answer = by_supplier[self.suppliers.name(session.supplier)]
            builder = ItemBuilder(session, self.public)
            discussed = any(q.id == question.id for q in session.discussed_questions())
            if discussed:
                answer.answered = Answered.ASKED
            elif (
                session.state_of(question.id) is QuestionState.SKIPPED
                and answer.answered is Answered.NOT_REACHED
            ):
                answer.answered = Answered.SKIPPED
            answer.notes += [self.suppliers.scrub_item(n) for n in builder.notes_of(question.id)]
        return list(by_supplier.values())

    def participants(self, session: Session) -> list[ParticipantGroup]:
        groups = []
        for group in minutes_participants(session):
            supplier_side = name_key(group.organisation) == name_key(session.supplier) or any(
                role is Role.SUPPLIER for _, role in group.people
            )
            if self.suppliers.anonymous and supplier_side:
                groups.append(
                    ParticipantGroup(
                        self.suppliers.name(session.supplier),
                        [("", role) for _, role in group.people],
                    )
                )
            else:
                groups.append(group)
        return groups

    def people(self, supplier: str, names: list[tuple[str, Role, str]]) -> list[str]:
        """Names with organisation; when anonymous, a supplier's people only as a count
        ("Supplier A (2)")."""
        shown = []
        hidden = 0
        for name, role, organisation in names:
            if role is Role.SUPPLIER and self.suppliers.anonymous:
                hidden += 1
            else:
                shown.append(clean(f"{name} ({organisation})" if organisation else name))
        if hidden:
            shown.append(f"{supplier} ({hidden})")
        return shown

    def contacts(self) -> list[Contact]:
        rows = []
        for session in self.records.sessions:
            supplier = self.suppliers.name(session.supplier)
            people = [
                (
                    p.name,
                    p.role,
                    p.organisation
                    or (supplier if p.role is Role.SUPPLIER else session.dialogue.organisation),
                )
                for p in session.participants
            ]
            state = "booked"
            if session.status is Status.FINISHED:
                state = "held"
            elif _held(session):
                state = "running"
            rows.append(
                Contact(
                    self.local(_when(session)),
                    supplier,
                    session.format,
                    state,
                    self.people(supplier, people),
                )
            )
        for booking in self.records.bookings:
            if booking.started and any(s.id == booking.session_id for s in self.records.sessions):
                continue
            supplier = self.suppliers.name(booking.supplier)
            people = [(c.name, Role.SUPPLIER, supplier) for c in booking.contacts]
            rows.append(
                Contact(
                    self.local(booking.scheduled_at),
                    supplier,
                    booking.format,
                    "booked",
                    self.people(supplier, people),
                )
            )
        rows.sort(key=lambda r: (_stamp(r.when), r.supplier))
        return rows


def _stamp(moment: datetime | None) -> float:
    return moment.timestamp() if moment else float("inf")


def _information(
    build: _Build, everyone: list[str], shared_at: datetime | None
) -> list[Information]:
    """Information given, one piece per wording (case and spacing aside), in the order given."""
    pieces: dict[str, Information] = {}
    for session in build.held:
        builder = ItemBuilder(session, build.public)
        supplier = build.suppliers.name(session.supplier)
        for entry in session.entries_of(EntryKind.INFO):
            key = name_key(entry.text).rstrip(".!")
            shared = (
                shared_at is not None
                and not entry.confidential
                and _stamp(build.local(entry.at)) <= _stamp(build.local(shared_at))
            )
            piece = pieces.get(key)
            if piece is None:
                item = build.item(builder, entry)
                piece = pieces[key] = Information(item, [], [], False)
            if supplier not in piece.given_to:
                piece.given_to.append(supplier)
            piece.shared = piece.shared or shared
    for piece in pieces.values():
        piece.not_told = [] if piece.shared else [s for s in everyone if s not in piece.given_to]
    return list(pieces.values())


def _cost(build: _Build, rate: int) -> Cost:
    seconds = 0.0
    person_seconds = 0.0
    for session in build.held:
        length = session.meeting_elapsed(build.clock)
        own = sum(1 for p in session.participants if p.role is not Role.SUPPLIER)
        seconds += length
        person_seconds += length * own
    return Cost(len(build.held), seconds, person_seconds / 3600, rate)


def _opening(build: _Build, statements: list[str]) -> dict[str, list[int]]:
    keys = [name_key(s) for s in statements]
    heard: dict[str, set[int]] = {}
    for session in build.held:
        said = session.dialogue.opening_statements
        got = heard.setdefault(build.suppliers.name(session.supplier), set())
        for index in session.opening_given:
            if 0 <= index < len(said) and name_key(said[index]) in keys:
                got.add(keys.index(name_key(said[index])))
    return {name: sorted(indexes) for name, indexes in heard.items()}


def build_summary(
    records: DialogueRecords,
    *,
    public: bool = False,
    anonymous: bool = False,
    supplier_word: str = "Supplier",
    rate: int | None = None,
    now: datetime | None = None,
) -> DialogueSummary:
    """The summary of every meeting of a dialogue.

    `public` withholds every confidential item as the public minutes do; `anonymous` names the
    suppliers `supplier_word` A, B, ... in the order they were first in contact. `rate` (SEK an
    hour) overrides the dialogue's own.
    """
    now = now or datetime.now(timezone.utc)
    build = _Build(records, public, anonymous, supplier_word, now)
    dialogue = records.dialogue
    names = build.suppliers
    everyone = [names.shown[k] for k in names.order]
    met = list(dict.fromkeys(names.name(s.supplier) for s in build.held))
    meetings = [
        Meeting(
            names.name(s.supplier),
            build.local(s.started_at),
            s.format,
            s.meeting_elapsed(build.clock),
            s.status,
            build.participants(s),
        )
        for s in build.held
    ]
    questions = [
        QuestionRow(build.numbers[q.id], names.scrub(clean(q.text)), q.theme, build.answers(q, met))
        for q in build.questions
    ]
    logged = {kind: build.logged(kind) for kind in EntryKind}
    marks = []
    if not public:
        for session in build.held:
            builder = ItemBuilder(session, public)
            items = [n for q in build.questions for n in builder.notes_of(q.id)]
            items += [
                build.item(builder, e)
                for e in session.entries
                if not (e.kind is EntryKind.NOTE and e.question_id in build.numbers)
            ]
            supplier = names.name(session.supplier)
            marks += [Mark(supplier, names.scrub_item(i)) for i in items if i.confidential]
    statements = [names.scrub(clean(s)) for s in dialogue.opening_statements]
    return DialogueSummary(
        public=public,
        anonymous=anonymous,
        dialogue_id=dialogue.id,
        title=clean(dialogue.title),
        reference=clean(dialogue.reference),
        organisation=clean(dialogue.organisation),
        purpose=names.scrub(clean(dialogue.purpose)),
        timezone=build.zone,
        suppliers=everyone,
        met=met,
        meetings=meetings,
        never_met=[s for s in everyone if s not in met],
        questions=questions,
        insights=logged[EntryKind.INSIGHT],
        mismatches=logged[EntryKind.MISMATCH],
        tips=logged[EntryKind.TIP],
        actions=logged[EntryKind.ACTION],
        information=_information(build, everyone, dialogue.information_shared_at),
        contacts=build.contacts(),
        cost=_cost(build, dialogue.hourly_rate if rate is None else rate),
        marks=marks,
        left_out=list(records.left_out),
        opening_statements=statements,
        opening_heard=_opening(build, dialogue.opening_statements),
        shared_at=build.local(dialogue.information_shared_at),
        made_at=build.local(now) or now,
    )
