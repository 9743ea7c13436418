"""The confidentiality mark on a notes line (alt+c in the meeting)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.confidential import (
    MARK,
    NoteLine,
    mark_entry,
    parse_line,
    set_line_reason,
    split_ground,
    split_note,
    toggle_entry,
    toggle_line,
)
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session

NOTES = "Första raden\nPriset är 450 kr\nSista raden"


def test_toggle_marks_only_the_line_under_the_cursor() -> None:
    marked = toggle_line(NOTES, 1)
    lines = marked.split("\n")
    assert lines[0] == "Första raden"
    assert lines[1] == f"{MARK} Priset är 450 kr"
    assert lines[2] == "Sista raden"
    assert [n.confidential for n in split_note(marked)] == [False, True, False]
    assert split_note(marked)[1].text == "Priset är 450 kr"


def test_toggle_twice_gives_the_notes_back() -> None:
    assert toggle_line(toggle_line(NOTES, 2), 2) == NOTES


def test_line_outside_the_notes_changes_nothing() -> None:
    assert toggle_line(NOTES, 3) == NOTES
    assert toggle_line(NOTES, -1) == NOTES


def test_an_empty_line_can_be_marked_before_it_is_typed() -> None:
    assert parse_line(toggle_line("", 0)).confidential


def test_reason_is_kept_and_read_back() -> None:
    text = set_line_reason(NOTES, 1, "Skulle skada [vår] position")
    line = split_note(text)[1]
    assert line == NoteLine("Priset är 450 kr", True, "Skulle skada (vår) position")
    assert text.split("\n")[1].startswith(f"{MARK}[")


def test_unmarking_drops_the_reason() -> None:
    text = toggle_line(set_line_reason(NOTES, 0, "affärshemlighet"), 0)
    assert split_note(text)[0] == NoteLine("Första raden")
    assert "affärshemlighet" not in text


def test_mark_is_recognised_only_at_the_start_of_a_line() -> None:
    assert parse_line(f"{MARK} x").confidential
    assert parse_line(f"  {MARK}x").confidential
    assert parse_line(f"{MARK}[skäl] x").confidential
    assert not parse_line(f"x {MARK}").confidential
    assert [note.confidential for note in split_note(f"ingen\nhär {MARK}")] == [False, False]
    assert [note.confidential for note in split_note(f"en\n{MARK} hemlig")] == [False, True]


def test_text_starting_with_a_bracket_is_not_taken_for_a_reason() -> None:
    text = toggle_line("[x] klart", 0)
    assert split_note(text)[0] == NoteLine("[x] klart", True, "")


_LINE = st.text(st.characters(blacklist_characters="\n"), max_size=30).filter(
    lambda s: not s.lstrip().startswith(MARK)
)


@given(st.lists(_LINE, min_size=1, max_size=5), st.integers(0, 4))
def test_any_notes_survive_a_mark_and_unmark(lines: list[str], index: int) -> None:
    text = "\n".join(lines)
    marked = toggle_line(text, index)
    if index < len(lines):
        assert split_note(marked)[index] == NoteLine(lines[index], True, "")
        assert sum(n.confidential for n in split_note(marked)) == 1
    assert toggle_line(marked, index) == text


def test_entries_are_marked_with_a_reason_and_unmarked_without(clock) -> None:
    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    entry = session.log(EntryKind.INSIGHT, "Marginalen är 12 %", clock)
    mark_entry(entry, reason="  skadar   konkurrensläget ")
    assert (entry.confidential, entry.confidential_reason) == (True, "skadar konkurrensläget")
    toggle_entry(entry)
    assert (entry.confidential, entry.confidential_reason) == (False, "")
    toggle_entry(entry)
    assert entry.confidential


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("skadar förhandlingsläget", ("OSL 31:16", False, "skadar förhandlingsläget")),
        ("OSL 19:3: kommunens affärsintresse", ("OSL 19:3", True, "kommunens affärsintresse")),
        ("osl 19 : 3 priset", ("OSL 19:3", True, "priset")),
        ("Osl19:3 kalkylen", ("OSL 19:3", True, "kalkylen")),
        ("OSL 31:16", ("OSL 31:16", True, "")),
        ("OSL 30:23a; annan grund", ("OSL 30:23a", True, "annan grund")),
        ("OSLO-avtalet", ("OSL 31:16", False, "OSLO-avtalet")),
    ],
)
def test_a_mark_names_its_legal_ground_or_is_a_business_secret(
    reason: str, expected: tuple[str, bool, str]
) -> None:
    assert split_ground(reason) == expected


def test_an_entry_marked_without_a_reason_has_none(clock) -> None:
    """alt+c on an entry in the wrap-up marks it; no reason is made up."""
    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    entry = session.log(EntryKind.TIP, "Bevaka e-Avrop", clock)
    mark_entry(entry)
    assert (entry.confidential, entry.confidential_reason) == (True, "")
