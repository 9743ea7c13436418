"""Editing a dialogue: its questions (add, change, delete, reorder) and standard participants.

The screens call these so that the rules live in one place: a question has text, a timebox is
between 1 and 240 minutes, and the buying side's standard participants are a procurer or the
ordering department.
"""

from __future__ import annotations

from typing import Any

from facilitator.domain.dialogue import Dialogue, Question, Theme
from facilitator.domain.participants import Participant, Role

MIN_TIMEBOX = 1
MAX_TIMEBOX = 240
#: The longest meeting a dialogue may plan, in minutes.
MAX_PLANNED = 24 * 60
BUYING_SIDE = (Role.PROCURER, Role.ORDERING_DEPARTMENT)


def fit_timebox(minutes: int) -> int:
    """The timebox a question may have nearest to `minutes` (the rule: 1 to 240 minutes)."""
    return max(MIN_TIMEBOX, min(MAX_TIMEBOX, int(minutes)))


def is_timebox(minutes: int) -> bool:
    """Whether a question may have a timebox of `minutes`."""
    return fit_timebox(minutes) == minutes


def over_timebox(seconds: float, timebox: int) -> bool:
    """Whether `seconds` on a question ran over its timebox of `timebox` minutes (a question
    without a timebox never does)."""
    return timebox > 0 and seconds > timebox * 60


def add_question(
    dialogue: Dialogue,
    text: str,
    theme: Theme = Theme.OTHER,
    *,
    after: str | None = None,
    timebox: int = 5,
    follow_ups: list[str] | None = None,
) -> Question:
    """A new question, placed after the question `after` (at the end when None or unknown)."""
    text = " ".join(text.split())
    if not text:
        raise ValueError("a question needs text")
    question = Question(
        text=text,
        theme=theme,
        timebox=fit_timebox(timebox),
        follow_ups=[f.strip() for f in follow_ups or [] if f.strip()],
    )
    ids = [q.id for q in dialogue.questions]
    index = ids.index(after) + 1 if after in ids else len(ids)
    dialogue.questions.insert(index, question)
    return question


def edit_question(
    dialogue: Dialogue,
    question_id: str,
    *,
    text: str | None = None,
    theme: Theme | None = None,
    timebox: int | None = None,
    follow_ups: list[str] | None = None,
) -> Question:
    """Change what is given; `KeyError` for an unknown question, `ValueError` for empty text."""
    question = dialogue.question(question_id)
    if question is None:
        raise KeyError(question_id)
    if text is not None:
        text = " ".join(text.split())
        if not text:
            raise ValueError("a question needs text")
        question.text = text
    if theme is not None:
        question.theme = theme
    if timebox is not None:
        question.timebox = fit_timebox(timebox)
    if follow_ups is not None:
        question.follow_ups = [f.strip() for f in follow_ups if f.strip()]
    return question


def remove_question(dialogue: Dialogue, question_id: str) -> Question | None:
    question = dialogue.question(question_id)
    if question is not None:
        dialogue.questions.remove(question)
    return question


def move_by_id(items: list[Any], item_id: str, delta: int) -> None:
    """Move the item with `item_id` `delta` places up (negative) or down, stopping at the ends."""
    ids = [item.id for item in items]
    if item_id not in ids:
        return
    index = ids.index(item_id)
    target = max(0, min(len(ids) - 1, index + delta))
    items.insert(target, items.pop(index))


def move_question(dialogue: Dialogue, question_id: str, delta: int) -> None:
    move_by_id(dialogue.questions, question_id, delta)


def set_planned_minutes(dialogue: Dialogue, minutes: str | int) -> None:
    """The planned meeting length; `ValueError` unless it is a whole number from 1 to
    `MAX_PLANNED` (a meeting of no minutes is not silently made one minute long)."""
    value = int(str(minutes).strip())
    if not 1 <= value <= MAX_PLANNED:
        raise ValueError(f"a meeting lasts 1 to {MAX_PLANNED} minutes, not {value}")
    dialogue.planned_minutes = value


def minutes_left(dialogue: Dialogue) -> int:
    """The planned meeting length minus the questions' timeboxes (negative when over)."""
    return dialogue.planned_minutes - dialogue.total_timebox()


def add_standard_participant(
    dialogue: Dialogue, name: str, role: Role, organisation: str = ""
) -> Participant:
    """A person from the buying side who usually attends (procurer or ordering department)."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a participant needs a name")
    if role not in BUYING_SIDE:
        raise ValueError("standard participants are the procurer and the ordering department")
    person = Participant(name, organisation.strip() or dialogue.organisation, role)
    dialogue.participants.append(person)
    return person
