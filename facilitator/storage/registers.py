"""Looking across all meetings through the index: search, future needs, actions, insights; and
the two register changes that go back into a session's file (an action done, a need's status)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from facilitator.domain.registers import (
    NEED_STATUSES,
    Action,
    AskedQuestion,
    Insights,
    Lesson,
    Meeting,
    Need,
    question_insights,
    time_per_year,
)
from facilitator.storage.index import SessionIndex

if TYPE_CHECKING:
    from facilitator.domain.entries import LogEntry
    from facilitator.storage.store import Store

#: Marks around the words found, in `SearchHit.line`.
MARK_START, MARK_END = "\x02", "\x03"
SEARCH_LIMIT = 200

_MEETING = "s.id, s.supplier, s.dialogue_id, s.title, s.started, s.timezone"


def _index(store: Store | SessionIndex) -> SessionIndex:
    """The index the registers read: the store's, or one given alone (`index.folder_index`),
    which spares loading the store and the session model."""
    return store if isinstance(store, SessionIndex) else store.index


def _meeting(row: sqlite3.Row) -> Meeting:
    started = row["started"]
    return Meeting(
        session_id=row["id"],
        supplier=row["supplier"],
        dialogue_id=row["dialogue_id"],
        title=row["title"],
        started=datetime.fromisoformat(started) if started else None,
        timezone=row["timezone"],
    )


def _meetings() -> Callable[[sqlite3.Row], Meeting]:
    """`_meeting` made once per meeting: a register has tens of rows of each."""
    made: dict[str, Meeting] = {}

    def meeting(row: sqlite3.Row) -> Meeting:
        found = made.get(row["id"])
        if found is None:
            found = made[row["id"]] = _meeting(row)
        return found

    return meeting


# -------------------------------------------------------------------------------- search
class SearchHit(NamedTuple):
    meeting: Meeting
    kind: str
    question: str
    question_id: str
    entry_id: str
    #: The line that matched, with the words found between `MARK_START` and `MARK_END`.
    line: str

    @property
    def plain_line(self) -> str:
        return self.line.replace(MARK_START, "").replace(MARK_END, "")

    def pieces(self) -> list[tuple[str, bool]]:
        """The line in pieces, each with whether it is a word found."""
        result = []
        rest = self.line
        while MARK_START in rest:
            before, _, rest = rest.partition(MARK_START)
            found, _, rest = rest.partition(MARK_END)
            result += [(before, False), (found, True)]
        return [piece for piece in [*result, (rest, False)] if piece[0]]


def hit_count(hits: list[SearchHit]) -> str:
    """How many hits, as "200+" when the search stopped at its limit."""
    return f"{len(hits)}+" if len(hits) >= SEARCH_LIMIT else str(len(hits))


def fts_query(words: str) -> str | None:
    """The user's words as an FTS5 query: each a quoted prefix, all required; None if no word.

    Quotes, `*`, `-`, `:`, brackets and FTS operators are only text inside a quoted string, so
    nothing typed can make the query fail.
    """
    terms = [w for w in words.split() if any(ch.isalnum() for ch in w)]
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms) or None


def search(
    store: Store | SessionIndex,
    words: str,
    *,
    dialogue: str | None = None,
    supplier: str | None = None,
    kind: str | None = None,
    since: date | None = None,
    limit: int = SEARCH_LIMIT,
) -> list[SearchHit]:
    """Notes lines and log entries holding every word (as typed or as the start of a word)."""
    query = fts_query(words)
    if query is None:
        return []
    match = f"body : ({query})"
    if kind:
        match += ' AND kind : "' + kind.replace('"', '""') + '"'
    # Meetings are narrowed down once, not for every line found.
    meetings: list[str] = []
    params: list[object] = []
    if dialogue:
        meetings.append("dialogue_id LIKE ? ESCAPE '\\'")
        params.append(_like_prefix(dialogue))
    if supplier:
        meetings.append("instr(fold(supplier), fold(?)) > 0")
        params.append(supplier)
    if since:
        meetings.append("started >= ?")
        params.append(since.isoformat())
    where = "search MATCH ?"
    if meetings:
        where += f" AND s.key IN (SELECT key FROM sessions WHERE {' AND '.join(meetings)})"
    # The newest hits are chosen by row id and date alone, then only they are read whole: a
    # common word matches hundreds of thousands of lines, too many to carry and sort whole.
    rows = _index(store).query(
        "WITH hits AS (SELECT search.rowid AS hit, coalesce(s.started, '') AS newest"
        " FROM search JOIN sessions s ON s.key = (search.rowid >> 24)"
        f" WHERE {where} ORDER BY newest DESC, hit LIMIT ?)"
        f" SELECT {_MEETING}, search.kind, search.question_id, search.entry_id, search.body,"
        " coalesce(q.text, '') AS question"
        " FROM hits JOIN search ON search.rowid = hits.hit"
        " JOIN sessions s ON s.key = (hits.hit >> 24)"
        " LEFT JOIN questions q ON q.session_id = s.id AND q.id = search.question_id"
        " ORDER BY hits.newest DESC, hits.hit",
        (match, *params, limit),
    )
    # Marked here rather than by FTS5's highlight(), which would mark every line matched
    # before the newest are chosen (a common word matches tens of thousands).
    words_found = _words(words)
    meeting = _meetings()
    return [
        SearchHit(
            meeting=meeting(row),
            kind=row["kind"],
            question=row["question"],
            question_id=row["question_id"],
            entry_id=row["entry_id"],
            line=_mark(_matching_line(row["body"], words_found), words_found),
        )
        for row in rows
    ]


_WORD = re.compile(r"\w+")


def _words(text: str) -> tuple[str, ...]:
    """The words searched for, as the index's tokenizer sees them (folded case)."""
    return tuple(word.casefold() for word in _WORD.findall(text))


def _starts_a_word(word: str, words: tuple[str, ...]) -> bool:
    folded = word.casefold()
    return any(folded.startswith(w) for w in words)


def _mark(line: str, words: tuple[str, ...]) -> str:
    """The line with every word starting with a word searched for between the marks."""
    return _WORD.sub(
        lambda m: f"{MARK_START}{m[0]}{MARK_END}" if _starts_a_word(m[0], words) else m[0], line
    )


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _matching_line(text: str, words: tuple[str, ...]) -> str:
    """Of an entry's lines (its text, its future needs), the first with a word found."""
    lines = text.splitlines() or [""]
    found = (line for line in lines if any(_starts_a_word(w, words) for w in _WORD.findall(line)))
    return next(found, lines[0])


# ---------------------------------------------------------------------------- registers
#: Every meeting: a condition on `sessions s` and its values.
_ALL: tuple[str, tuple[object, ...]] = ("1", ())


def _every_meeting(
    index: SessionIndex, of_meetings: tuple[str, tuple[object, ...]] = _ALL
) -> dict[str, Meeting]:
    """Each session's meeting by id, read once for a register of tens of thousands of rows
    (rather than its fields joined to, and a `Meeting` looked up for, each row). The index is
    brought up to date first: the register's rows are then read as it stands (`known`)."""
    condition, values = of_meetings
    query = f"SELECT {_MEETING} FROM sessions s WHERE {condition}"
    return {row["id"]: _meeting(row) for row in index.query(query, values)}


def needs(store: Store | SessionIndex) -> list[Need]:
    """Every mismatch with the future needs it revealed, newest meeting first."""
    index = _index(store)
    meetings = _every_meeting(index)
    rows = index.known(
        "SELECT e.session_id, e.id, e.text, e.future_needs, e.need_status, e.planned_in"
        " FROM entries e JOIN sessions s ON s.id = e.session_id"
        " WHERE e.kind = 'mismatch' ORDER BY coalesce(s.started, '') DESC, e.position"
    )
    return [
        Need(
            meeting=meetings[session_id],
            entry_id=entry_id,
            mismatch=text,
            future_needs=future_needs,
            status=status if status in NEED_STATUSES else "new",
            planned_in=planned_in,
        )
        for session_id, entry_id, text, future_needs, status, planned_in in rows
        if session_id in meetings  # a meeting saved since they were read shows next time
    ]


def actions(
    store: Store | SessionIndex, *, open_only: bool = False, owner: str | None = None
) -> list[Action]:
    """Every action logged (not in any order: see `domain.registers.actions_in_order`)."""
    return _actions(_index(store), open_only=open_only, owner=owner)


def _actions(
    index: SessionIndex,
    *,
    open_only: bool = False,
    owner: str | None = None,
    of_meetings: tuple[str, tuple[object, ...]] = _ALL,
) -> list[Action]:
    """The actions of the meetings `of_meetings`."""
    where = ["e.kind = 'action'"]
    params: list[object] = []
    if of_meetings is not _ALL:
        condition, values = of_meetings
        # Read by meeting, not by kind (`+` keeps SQLite off the index of kinds): a few
        # meetings' entries rather than every action of years of meetings.
        where = [
            "+e.kind = 'action'",
            f"e.session_id IN (SELECT s.id FROM sessions s WHERE {condition})",
        ]
        params.extend(values)
    if open_only:
        where.append("e.done = 0")
    if owner:
        where.append("instr(fold(e.owner), fold(?)) > 0")
        params.append(owner)
    meetings = _every_meeting(index, of_meetings)
    # As the files were just seen (a second look would double the time at 10,000 meetings).
    rows = index.known(
        "SELECT e.session_id, e.id, e.text, e.owner, e.due, e.done FROM entries e"
        f" WHERE {' AND '.join(where)} ORDER BY e.rowid",
        tuple(params),
    )
    return [
        Action(
            meeting=meetings[session_id],
            entry_id=entry_id,
            text=text,
            owner=who,
            due=_date(due),
            done=bool(done),
        )
        for session_id, entry_id, text, who, due, done in rows
        if session_id in meetings  # a meeting saved since they were read shows next time
    ]


def open_actions_for(store: Store, supplier: str, dialogue_id: str, *, but: str) -> list[Action]:
    """Open actions of earlier meetings with this supplier or in this dialogue (not `but`)."""
    folded = supplier.casefold().strip()

    def related(action: Action) -> bool:
        meeting = action.meeting
        same_supplier = meeting.supplier.casefold().strip() == folded
        return meeting.session_id != but and (meeting.dialogue_id == dialogue_id or same_supplier)

    # Only those meetings' rows are read (a supplier's name holds its folded self, spaces
    # round it dropped): not the tens of thousands of open actions of years of meetings.
    nearby = (
        "s.id != ? AND (s.dialogue_id = ? OR instr(fold(s.supplier), ?) > 0)",
        (but, dialogue_id, folded),
    )
    return [a for a in _actions(store.index, open_only=True, of_meetings=nearby) if related(a)]


def insights(store: Store | SessionIndex) -> Insights:
    index = _index(store)
    asked = index.query(
        "SELECT text, timebox, seconds, rating FROM questions WHERE discussed = 1"
    )
    # As the index stands after the first query brought it up to date.
    sessions = index.known(
        f"SELECT {_MEETING}, s.meeting_seconds, s.people, s.lesson FROM sessions s"
        " WHERE s.damaged IS NULL ORDER BY coalesce(s.started, '') DESC"
    )
    meetings = [(_meeting(row), row["meeting_seconds"], row["people"]) for row in sessions]
    return Insights(
        questions=question_insights(
            [AskedQuestion(r["text"], r["timebox"], r["seconds"], r["rating"]) for r in asked]
        ),
        lessons=[
            Lesson(meeting, row["lesson"])
            for (meeting, _, _), row in zip(meetings, sessions, strict=True)
            if row["lesson"].strip()
        ],
        years=time_per_year(meetings),
    )


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


# ----------------------------------------------------------------- changes to the record
class NoSuchEntry(LookupError):
    pass


def change_entry(
    store: Store, session_id: str, entry_id: str, change: Callable[[LogEntry], None]
) -> LogEntry:
    """Change one entry in the session's file, holding its lock; the index follows the save.

    Raises `SessionLocked` while another instance has the session open, `NoSuchEntry`, and what
    loading and saving raise (`DamagedFile`, `OSError`).
    """
    # Imported here: the registers are read without the lock (and without loading filelock).
    from facilitator.storage.lock import SessionLock

    with SessionLock(store, session_id):
        session = store.load_session(session_id)
        entry = session.entry(entry_id)
        if entry is None:
            raise NoSuchEntry(entry_id)
        change(entry)
        store.save_session(session)
    return entry


def set_done(store: Store, session_id: str, entry_id: str, done: bool) -> LogEntry:
    def tick(entry: LogEntry) -> None:
        entry.done = done

    return change_entry(store, session_id, entry_id, tick)


def set_need_status(
    store: Store, session_id: str, entry_id: str, status: str, planned_in: str = ""
) -> LogEntry:
    if status not in NEED_STATUSES:
        raise ValueError(f"unknown status {status!r}: use one of {', '.join(NEED_STATUSES)}")

    def decide(entry: LogEntry) -> None:
        entry.need_status = status
        entry.planned_in = planned_in.strip() if status == "planned" else ""

    return change_entry(store, session_id, entry_id, decide)


def find_entry(store: Store | SessionIndex, prefix: str, kind: str) -> tuple[str, str]:
    """(session id, entry id) of the one `kind` entry whose id starts with `prefix`."""
    rows = _index(store).query(
        "SELECT session_id, id FROM entries WHERE kind = ? AND id LIKE ? ESCAPE '\\'",
        (kind, _like_prefix(prefix.strip())),
    )
    if len(rows) != 1 or not prefix.strip():
        raise NoSuchEntry(prefix)
    return rows[0]["session_id"], rows[0]["id"]
