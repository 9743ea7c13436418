"""The tips library: finding a tip as you type, the starter set, what is given most, storage."""

from __future__ import annotations

import pytest

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import new_session
from facilitator.domain.tips import TipLibrary, most_given, starter_tips
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.prep import PrepStore
from facilitator.storage.records import RefusedOverwrite


def ids(tips):
    return [tip.id for tip in tips]


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("espd", "sv", ["sv-espd"]),
        ("ESPD", "en", ["en-espd"]),
        # Accents and case do not matter either way.
        ("AFFARSHEMLIGHETER", "sv", ["sv-sekretess"]),
        ("affärshemligheter", "sv", ["sv-sekretess"]),
        # Several words in any order.
        ("plattformen registrera", "sv", ["sv-registrera"]),
        # A letter left out.
        ("certficates", "en", ["en-certificates"]),
        ("underleverantor", "sv", ["sv-underleverantorer"]),
        ("zebra", "sv", []),
    ],
)
def test_filter_finds_tips_as_the_user_types(query, lang, expected):
    assert ids(starter_tips().filter(query, lang)) == expected


def test_an_empty_query_lists_the_whole_library_in_the_language():
    library = starter_tips()
    assert len(library.filter("", "sv")) == 9
    assert all(tip.lang == "sv" for tip in library.filter("  ", "sv"))


def test_whole_phrase_matches_come_before_loose_ones():
    library = TipLibrary()
    loose = library.add("Frågor ställs under frågetiden")
    exact = library.add("Ställ frågor")
    assert ids(library.filter("ställ frågor")) == [exact.id, loose.id]


def test_starter_set_covers_the_basics_in_both_languages():
    library = starter_tips()
    for lang in ("sv", "en"):
        text = " ".join(t.text.lower() for t in library.in_lang(lang))
        for word in ("espd", "certifi", "underleverant" if lang == "sv" else "subcontract"):
            assert word in text


def test_edit_remove_and_reorder():
    library = TipLibrary()
    first, second, third = (library.add(text, "sv") for text in ("Ett", "Två", "Tre"))
    library.update(second.id, "  Två, ändrad ")
    library.move(third.id, -2)
    library.remove(first.id)
    assert [t.text for t in library.tips] == ["Tre", "Två, ändrad"]


def test_most_given_counts_library_tips_across_sessions(clock):
    sessions = [new_session(demo_dialogue(), f"Leverantör {n}") for n in range(3)]
    for session, tip_ids in zip(
        sessions, (["sv-espd", "sv-intyg"], ["sv-espd"], ["sv-espd"]), strict=True
    ):
        for tip_id in tip_ids:
            session.log(EntryKind.TIP, "tips", clock, tip_id=tip_id)
        session.log(EntryKind.TIP, "ett eget tips", clock)  # a free tip has no id
        session.log(EntryKind.NOTE, "inte ett tips", clock)
    assert most_given(sessions) == [("sv-espd", 3), ("sv-intyg", 1)]


def test_storage_gives_the_starter_set_until_a_library_is_saved(store):
    prep = PrepStore(store)
    assert ids(prep.load_tips().tips) == ids(starter_tips().tips)
    library = prep.load_tips()
    added = library.add("Läs avtalsvillkoren två gånger.", "sv")
    prep.save_tips(library)
    reloaded = PrepStore(store).load_tips()
    assert reloaded.tip(added.id) is not None
    assert len(reloaded.tips) == len(starter_tips().tips) + 1


def test_a_damaged_tips_file_is_reported_and_never_overwritten(store):
    prep = PrepStore(store)
    prep.tips_path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DamagedFile):
        prep.load_tips()
    with pytest.raises(RefusedOverwrite):
        prep.save_tips(starter_tips())
    assert prep.tips_path.read_text(encoding="utf-8") == "{not json"
