"""Data files are written record by record (so that a worker saving a long meeting does not hold
up typing), and the file is exactly the JSON that one call would write."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import new_session
from facilitator.storage.atomic import dump_json, json_record
from facilitator.storage.kinds import encode_session
from tests.conftest import FakeClock


def one_call(data: Any) -> bytes:
    try:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return text.encode()
    except UnicodeEncodeError:
        text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
        return text.encode()


def test_a_session_file_is_the_json_of_one_call() -> None:
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Östgöta Bygg & Måleri AB")
    for i in range(120):  # keys "1" .. "120" sort as text, as one call sorts them
        session.log(EntryKind.NOTE, f"Anteckning {i}: \"citat\" och \\ snedstreck", clock)
    session.set_note(session.questions[0].id, "Rad ett\nRad två 🔒 hemligt", clock)
    tables = encode_session(session)
    assert dump_json(tables) == one_call(tables)
    assert json.loads(dump_json(tables)) == tables


def test_a_lone_surrogate_is_written_as_an_escape_in_a_record() -> None:
    tables = {"entries": {"1": {"text": "trasig \ud800 inklistring"}}, "_meta": {"1": {}}}
    assert dump_json(tables) == one_call(tables)
    assert json.loads(dump_json(tables)) == tables


records = st.dictionaries(
    st.text(max_size=4),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=6,
    ),
    max_size=4,
)


@settings(max_examples=200)
@given(st.dictionaries(st.text(max_size=6), st.dictionaries(st.text(max_size=4), records)))
def test_any_tables_give_the_json_of_one_call(tables: dict[str, Any]) -> None:
    assert dump_json(tables) == one_call(tables)


def test_entries_given_as_json_give_the_same_file() -> None:
    """A saver hands over the entries that did not change as the JSON it made for them before."""
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Östgöta Bygg & Måleri AB")
    for i in range(12):
        session.log(EntryKind.TIP, f"Råd {i}: läs “förfrågningsunderlaget” 🔒", clock)
    tables = encode_session(session)
    given = {**tables, "entries": {k: json_record(v) for k, v in tables["entries"].items()}}
    assert dump_json(given) == one_call(tables)


@settings(max_examples=100)
@given(st.dictionaries(st.text(max_size=4), records))
def test_any_records_given_as_json_read_back_the_same(table: dict[str, Any]) -> None:
    tables = {"entries": table, "_meta": {"1": {"schema": 1}}}
    given = {**tables, "entries": {k: json_record(v) for k, v in table.items()}}
    assert json.loads(dump_json(given)) == tables


def test_a_record_with_a_lone_surrogate_given_as_json_reads_back_the_same() -> None:
    broken, plain = {"text": "trasig \ud800 inklistring"}, {"text": "Åsa på Ödeshög"}
    tables = {"entries": {"1": json_record(broken), "2": json_record(plain)}}
    assert json.loads(dump_json(tables)) == {"entries": {"1": broken, "2": plain}}
