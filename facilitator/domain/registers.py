"""What is looked at across meetings: future needs, open actions, and which questions work.

Plain records and the sums made of them; `storage.registers` fills them from the index.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from facilitator.domain.time import local_day
from facilitator.domain.vocabulary import NEED_STATUSES as NEED_STATUSES
from facilitator.domain.vocabulary import SEARCH_KINDS as SEARCH_KINDS

#: Did the question open the conversation?
RATINGS = ("yes", "partly", "no")
_SCORE = {"yes": 1.0, "partly": 0.5, "no": 0.0}


def next_rating(current: str) -> str:
    """The rating after `current` when stepping through them: yes, partly, no, not rated."""
    steps = ("", *RATINGS)
    return steps[(steps.index(current) + 1) % len(steps)] if current in steps else RATINGS[0]
#: A question is flagged when at least this share of the times it was asked ran over its timebox,
OVERRUN_SHARE = 0.5
#: or when its average rating is below this.
LOW_RATING = 0.5


class Meeting(NamedTuple):
    """Which meeting a register row comes from."""

    session_id: str
    supplier: str
    dialogue_id: str
    title: str
    started: datetime | None
    timezone: str

    def day(self) -> str:
        """The meeting's date in its own time zone, or "" if it never started."""
        return _day(self.started, self.timezone)


@lru_cache(maxsize=4096)
def _day(started: datetime | None, zone_name: str) -> str:
    """`Meeting.day`, worked out once for each meeting (a register shows it on every row, and
    finding the day in a time zone takes longer than the rest of the row)."""
    if started is None:
        return ""
    return local_day(started, zone_name).isoformat()


# A register has tens of thousands of rows: each is a named tuple, made in a third of the time
# of a frozen dataclass (and the registers are read without loading dataclasses).
class Need(NamedTuple):
    meeting: Meeting
    entry_id: str
    #: The mismatch: why the supplier cannot bid.
    mismatch: str
    future_needs: str
    status: str
    planned_in: str


class Action(NamedTuple):
    meeting: Meeting
    entry_id: str
    text: str
    owner: str
    due: date | None
    done: bool

    def overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today


def actions_in_order(actions: list[Action], today: date) -> list[Action]:
    """Overdue first (oldest due first), then open ones by due date (none last), then done."""

    def order(action: Action) -> tuple[int, date, str]:
        rank = 0 if action.overdue(today) else 1 if not action.done else 2
        return (rank, action.due or date.max, action.meeting.day())

    return sorted(actions, key=order)


class AskedQuestion(NamedTuple):
    """One question as it went in one meeting."""

    text: str
    timebox_minutes: int
    seconds: float
    #: One of `RATINGS`, or "" when not rated.
    rating: str


class QuestionInsight:
    """One question's sums over every meeting it was asked in."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.asked = 0
        self.ratings: list[float] = []
        self.seconds: list[float] = []
        self.timeboxes: list[int] = []
        self.overruns = 0

    @property
    def rating(self) -> float | None:
        """Average rating from 0 (no) to 1 (yes), None when never rated."""
        return sum(self.ratings) / len(self.ratings) if self.ratings else None

    @property
    def average_minutes(self) -> float:
        return sum(self.seconds) / len(self.seconds) / 60 if self.seconds else 0.0

    @property
    def average_timebox(self) -> float:
        return sum(self.timeboxes) / len(self.timeboxes) if self.timeboxes else 0.0

    @property
    def often_overruns(self) -> bool:
        return self.asked > 0 and self.overruns / self.asked >= OVERRUN_SHARE

    @property
    def rates_low(self) -> bool:
        rating = self.rating
        return rating is not None and rating < LOW_RATING


@lru_cache(maxsize=4096)  # the same few questions are asked in every meeting
def question_key(text: str) -> str:
    """The same question however it was spaced, cased or punctuated at the end."""
    normal = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"\s+", " ", normal).strip().rstrip("?.!: ")


def question_insights(asked: list[AskedQuestion]) -> list[QuestionInsight]:
    """Per question text across all dialogues, the most asked first."""
    # Here: search and the registers do not load the dialogue editing model.
    from facilitator.domain.editing import over_timebox

    by_text: dict[str, QuestionInsight] = {}
    for question in asked:
        key = question_key(question.text)
        insight = by_text.get(key)
        if insight is None:
            insight = by_text[key] = QuestionInsight(question.text)
        insight.asked += 1
        insight.seconds.append(question.seconds)
        insight.timeboxes.append(question.timebox_minutes)
        if over_timebox(question.seconds, question.timebox_minutes):
            insight.overruns += 1
        if question.rating in _SCORE:
            insight.ratings.append(_SCORE[question.rating])
    return sorted(by_text.values(), key=lambda i: (-i.asked, question_key(i.text)))


class Lesson(NamedTuple):
    meeting: Meeting
    text: str


class YearTime:
    """The meetings of one year and the time they took."""

    def __init__(self, year: int) -> None:
        self.year = year
        self.meetings = 0
        self.hours = 0.0
        #: Meeting hours times the people in each meeting.
        self.person_hours = 0.0


def time_per_year(meetings: list[tuple[Meeting, float, int]]) -> list[YearTime]:
    """Dialogue time per year from (meeting, seconds, people); meetings never started left out."""
    years: dict[int, YearTime] = {}
    for meeting, seconds, people in meetings:
        if meeting.started is None:
            continue
        year = local_day(meeting.started, meeting.timezone).year
        total = years.setdefault(year, YearTime(year))
        total.meetings += 1
        total.hours += seconds / 3600
        total.person_hours += seconds * people / 3600
    return [years[y] for y in sorted(years, reverse=True)]


class Insights(NamedTuple):
    questions: list[QuestionInsight]
    lessons: list[Lesson]
    years: list[YearTime]
