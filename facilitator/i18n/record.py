"""Strings of the meeting record: general notes, what was discussed, the honest clock, and
corrections of entries in the wrap-up."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "record.no_questions": (
        "Dialogen hade inga frågor.",
        "The dialogue had no questions.",
    ),
    "record.planned_invalid": (
        "Mötets längd ska vara ett helt antal minuter, minst 1 och högst {most}.",
        "The meeting length must be a whole number of minutes, at least 1 and at most {most}.",
    ),
    "key.question_state": ("Frågans status", "Question state"),
    "record.state.done": ("diskuterades", "discussed"),
    "record.state.skipped": ("hoppades över", "skipped"),
    "record.state.pending": ("hanns inte med", "not reached"),
    "record.state_changed": ("Fråga {number}: {state}.", "Question {number}: {state}."),
}
