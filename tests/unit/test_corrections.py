"""Correcting the session after the meeting: every correction records itself."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.domain.corrections import given_from, keep_tip
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryEdit, EntryKind
from facilitator.domain.minutes import build_minutes
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import QuestionState, new_session
from facilitator.domain.tips import most_given, starter_tips
from facilitator.domain.versions import finalise, is_draft
from tests.conftest import FakeClock


def test_entries_are_added_deleted_and_change_kind(clock: FakeClock) -> None:
    session = new_session(demo_dialogue(), "AB")
    session.start(clock)
    action = session.log(EntryKind.ACTION, "Ring tillbaka", clock, owner="Karin", due=date.today())
    wrong = session.log(EntryKind.INSIGHT, "Fel inlagd", clock)
    clock.advance(600)
    session.end(clock)
    clock.advance(3600)
    added = session.correct_entry(None, EntryEdit(EntryKind.MISMATCH, "Kan inte ha jour"), clock)
    assert (added.at, added.offset, added.question_id) == (session.ended_at, 600, None)
    assert session.remove_entry(wrong.id, clock) is wrong
    assert session.remove_entry(wrong.id, clock) is None
    action.change_kind(EntryKind.INSIGHT)
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


def test_an_entry_is_corrected_whole_with_its_mark(clock: FakeClock) -> None:
    session = new_session(demo_dialogue(), "AB")
    note = session.log(EntryKind.NOTE, "Skicka prislista", clock)
    change = EntryEdit(
        EntryKind.ACTION, "Skicka prislistan", owner="Karin", due=date(2026, 4, 1),
        confidential=True, reason="  affärshemlighet ",
    )
    assert session.correct_entry(note, change, clock) is note
    assert (note.kind, note.text, note.owner, note.due) == (
        EntryKind.ACTION, "Skicka prislistan", "Karin", date(2026, 4, 1)
    )
    assert (note.confidential, note.confidential_reason) == (True, "affärshemlighet")
    session.toggle_confidential(note, clock)
    assert (note.confidential, note.confidential_reason) == (False, "")
    session.mark_confidential(note, "pris", clock)
    assert (note.confidential, note.confidential_reason) == (True, "pris")


def test_corrections_after_the_meeting_record_themselves(clock: FakeClock) -> None:
    """Each change of what the minutes say, made after the meeting, makes the minutes a draft of
    the next version; the same changes during the meeting record nothing."""
    session = new_session(demo_dialogue(), "AB")
    session.start(clock)
    entry = session.log(EntryKind.NOTE, "Första", clock)
    kalle = Participant("Kalle", "AB", Role.SUPPLIER)
    session.add_participant(kalle, clock)
    session.set_note(session.questions[0].id, "Under mötet", clock)
    assert session.minutes_changed_at is None
    session.end(clock)
    question = session.questions[0].id
    corrections = [
        lambda: session.add_participant(Participant("Lisa", "AB", Role.SUPPLIER), clock),
        lambda: session.replace_participant(0, Participant("Josefine", "", Role.PROCURER), clock),
        lambda: session.remove_participant(kalle, clock),
        lambda: session.correct_entry(entry, EntryEdit(EntryKind.INSIGHT, "Rättad"), clock),
        lambda: session.correct_entry(None, EntryEdit(EntryKind.NOTE, "Tillagd"), clock),
        lambda: session.toggle_confidential(entry, clock),
        lambda: session.mark_confidential(entry, "pris", clock),
        lambda: session.set_note(question, "Efter mötet", clock),
        lambda: session.mark_question(question, QuestionState.SKIPPED, clock),
        lambda: session.remove_entry(entry.id, clock),
    ]
    for correct in corrections:
        finalise(session, clock, lambda session, lang: "")
        assert not is_draft(session)
        clock.advance(60)
        correct()
        assert session.minutes_changed_at == clock.now()
        assert is_draft(session)
    assert [p.name for p in session.participants][:1] == ["Josefine"]
    assert not session.remove_participant(kalle, clock)  # gone already
