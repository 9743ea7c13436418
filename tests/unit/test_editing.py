"""Editing a dialogue's questions and standard participants."""

from __future__ import annotations

import pytest

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.dialogue import Theme
from facilitator.domain.editing import (
    add_question,
    add_standard_participant,
    edit_question,
    fit_timebox,
    is_timebox,
    minutes_left,
    move_question,
    over_timebox,
    remove_question,
)
from facilitator.domain.participants import Role
from facilitator.importers.outline import split_timebox


def test_add_after_a_question_and_at_the_end():
    dialogue = demo_dialogue()
    middle = add_question(dialogue, "  Hur   fakturerar ni? ", Theme.CONDITIONS, after="q2")
    last = add_question(dialogue, "Något mer?", after="gone")
    ids = [q.id for q in dialogue.questions]
    assert ids.index(middle.id) == 2 and ids[-1] == last.id
    assert middle.text == "Hur fakturerar ni?"


def test_edit_checks_text_and_clamps_the_timebox():
    dialogue = demo_dialogue()
    edited = edit_question(dialogue, "q1", timebox=0, follow_ups=["", " Vad kostar det? "])
    assert edited.timebox == 1 and edited.follow_ups == ["Vad kostar det?"]
    assert edit_question(dialogue, "q1", timebox=999).timebox == 240
    with pytest.raises(ValueError):
        edit_question(dialogue, "q1", text="   ")
    with pytest.raises(KeyError):
        edit_question(dialogue, "nope", text="x")
    assert dialogue.question("q1").text.startswith("Hur ser ni")


def test_one_timebox_rule_for_the_form_the_editor_and_the_importers():
    assert [is_timebox(m) for m in (0, 1, 240, 241)] == [False, True, True, False]
    assert [fit_timebox(m) for m in (0, 1, 240, 241)] == [1, 1, 240, 240]
    assert split_timebox("Hur ser marknaden ut? (240 min)") == ("Hur ser marknaden ut?", 240)
    assert split_timebox("Hur ser marknaden ut? (241 min)") == ("Hur ser marknaden ut?", None)
    assert split_timebox("Hur ser marknaden ut? (0 min)") == ("Hur ser marknaden ut?", None)
    assert [over_timebox(s, 8) for s in (479.9, 480, 480.5)] == [False, False, True]
    assert not over_timebox(10_000, 0)  # no timebox, nothing to run over


def test_reorder_and_delete():
    dialogue = demo_dialogue()
    move_question(dialogue, "q6", -10)
    move_question(dialogue, "q1", 1)
    assert [q.id for q in dialogue.questions] == ["q6", "q2", "q1", "q3", "q4", "q5"]
    assert remove_question(dialogue, "q2").id == "q2"
    assert remove_question(dialogue, "q2") is None
    assert len(dialogue.questions) == 5


def test_minutes_left_against_the_planned_length():
    dialogue = demo_dialogue()
    assert minutes_left(dialogue) == 45 - 43
    edit_question(dialogue, "q1", timebox=20)
    assert minutes_left(dialogue) == -10


def test_standard_participants_are_the_buying_side():
    dialogue = demo_dialogue()
    person = add_standard_participant(dialogue, "Ola  Ekonom", Role.ORDERING_DEPARTMENT)
    assert (person.name, person.organisation) == ("Ola Ekonom", "Exempelby kommun")
    with pytest.raises(ValueError):
        add_standard_participant(dialogue, "Lev Erantör", Role.SUPPLIER)
