"""Correcting the log after the meeting."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.domain.corrections import (
    add_entry,
    change_kind,
    given_from,
    keep_tip,
    remove_entry,
)
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.minutes import build_minutes
from facilitator.domain.session import new_session
from facilitator.domain.tips import most_given, starter_tips
from tests.conftest import FakeClock


def test_entries_are_added_deleted_and_change_kind(clock: FakeClock) -> None:
    session = new_session(demo_dialogue(), "AB")
    session.start(clock)
    action = session.log(EntryKind.ACTION, "Ring tillbaka", clock, owner="Karin", due=date.today())
    wrong = session.log(EntryKind.INSIGHT, "Fel inlagd", clock)
    clock.advance(600)
    session.end(clock)
    clock.advance(3600)
    added = add_entry(session, EntryKind.MISMATCH, "Kan inte ha jour", clock)
    assert (added.at, added.offset, added.question_id) == (session.ended_at, 600, None)
    assert remove_entry(session, wrong.id) is wrong
    change_kind(action, EntryKind.INSIGHT)
    assert (action.kind, action.owner, action.due) == (EntryKind.INSIGHT, "", None)
    minutes = build_minutes(session)
    assert [i.text for i in minutes.insights] == ["Ring tillbaka"]
    assert [i.text for i in minutes.mismatches] == ["Kan inte ha jour"]
    assert minutes.actions == []


def test_a_free_tip_is_kept_in_the_library_and_counted(clock: FakeClock) -> None:
    session = new_session(demo_dialogue(), "AB")
    tip = session.log(EntryKind.TIP, "Läs avtalsvillkoren två gånger", clock)
    library = starter_tips()
    kept = keep_tip(library, tip, "sv")
    assert library.tip(kept.id) is kept and (kept.text, kept.lang) == (tip.text, "sv")
    given_from(tip, kept)
    assert most_given([session]) == [(kept.id, 1)]
    with pytest.raises(ValueError):
        keep_tip(library, tip, "sv")  # already in the library
