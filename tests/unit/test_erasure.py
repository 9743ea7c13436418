"""Finding a person's name in free text, for `facilitator forget`."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from facilitator.storage.erasure import NameMatcher

WORD = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo")), min_size=1, max_size=6)
NAME = st.lists(WORD, min_size=1, max_size=3).map(" ".join)


@given(st.text(max_size=40), NAME, st.text(max_size=40))
def test_no_mention_survives(before, name, after):
    assume(len(name.upper()) == len(name))  # "ß".upper() is "SS": not the same name to a reader
    text = f"{before} {name}, {name.upper()}s {after}"
    result, count = NameMatcher(name).replace(text, "[borttaget]")
    assert count >= 2
    assert NameMatcher(name).pattern.search(result) is None


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Anna  Andersson", "Anna Andersson ringer", "NN ringer"),
        ("Anna Andersson", "anna\n  ANDERSSON:s förslag", "NN:s förslag"),
        ("Anna", "Annas och Anna’s idé", "NN och NN idé"),
        ("Anna", "Annika Andersson, Annaberg", "Annika Andersson, Annaberg"),
        ("Anna Andersson", "\u202eAnna Andersson\u202c", "\u202eNN\u202c"),
    ],
)
def test_whole_names_in_any_case_and_spacing(name, text, expected):
    assert NameMatcher(name).replace(text, "NN")[0] == expected


def test_decomposed_letters_match():
    text = unicodedata.normalize("NFD", "Åsa Öberg kom")
    assert NameMatcher("Åsa Öberg").replace(text, "NN") == ("NN kom", 1)


def test_empty_name_is_refused():
    with pytest.raises(ValueError):
        NameMatcher("  \t")


def test_a_forgotten_persons_email_address_goes_with_their_name(tmp_path):
    from facilitator.domain.booking import Booking
    from facilitator.domain.participants import Participant
    from facilitator.storage.erasure import forget_person
    from facilitator.storage.prep import PrepStore
    from facilitator.storage.store import Store

    store = Store(tmp_path)
    store.ensure()
    prep = PrepStore(store)
    booking = Booking("d1", "Bygg AB")
    booking.contacts = [
        Participant("Anna Nilsson", email="anna.nilsson@bygg.se"),
        Participant("Per Berg", email="per@bygg.se"),
    ]
    prep.save_booking(booking)
    forget_person(store, "Anna Nilsson", "[borttagen]", apply=True)
    contacts = prep.load_booking(booking.id).contacts
    assert [(c.name, c.email) for c in contacts] == [
        ("[borttagen]", ""),
        ("Per Berg", "per@bygg.se"),
    ]
