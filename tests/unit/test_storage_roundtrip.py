"""Any session survives saving and loading unchanged, and its minutes render.

Sessions are generated from the dataclasses' own type hints, so a field added later is covered
without touching this file. Text includes Swedish letters, emoji, right-to-left script, control
characters and lone surrogates (what a broken paste can leave).
"""

from __future__ import annotations

import dataclasses
import tempfile
import types
import typing
from datetime import date, datetime, timezone
from enum import Enum
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.session import Session
from facilitator.export import render_minutes
from facilitator.storage.store import Store

SPECIAL = "åäöÅÄÖéü 😀👩‍💼 שלום مرحبا \u202e\u200f\u200d\x00\x07\x1b[31m\r\n\t\\\"'{}[]<>*_#|"
TEXT = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=SPECIAL, max_size=30),
    st.text(alphabet=st.characters(blacklist_categories=()), max_size=10),  # surrogates too
)
#: Moments in any zone. A wall time that a zone passes twice (the hour clocks go back) is left
#: out: it is stored with its offset, and Python never calls an ambiguous time equal to a time
#: in another zone, even at the same instant.
WHEN = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.timezones()
).filter(lambda moment: moment.replace(fold=0).utcoffset() == moment.replace(fold=1).utcoffset())
FINITE = st.floats(allow_nan=False, allow_infinity=False)
SESSION_ID = st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True)


@cache
def strategy(tp: typing.Any) -> st.SearchStrategy:
    """Values of type `tp`, for every type the codec stores."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(strategy(arg) for arg in typing.get_args(tp)))
    if tp is type(None):
        return st.none()
    if origin is list:
        return st.lists(strategy(typing.get_args(tp)[0]), max_size=3)
    if origin is dict:
        return st.dictionaries(TEXT, strategy(typing.get_args(tp)[1]), max_size=3)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = {f.name: st.deferred(lambda t=hints[f.name]: strategy(t))
                  for f in dataclasses.fields(tp) if f.init}
        if tp is Session:
            fields["id"] = SESSION_ID  # it names the file
        return st.builds(tp, **fields)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return st.sampled_from(list(tp))
    simple = {
        str: TEXT, bool: st.booleans(), int: st.integers(-(10**6), 10**6), float: FINITE,
        datetime: WHEN, date: st.dates(),
    }
    return simple[tp]


SESSIONS = strategy(Session)
NAME = st.lists(
    st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo")), min_size=1, max_size=8),
    min_size=1, max_size=3,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SESSIONS)
def test_any_session_round_trips_through_storage(session):
    with tempfile.TemporaryDirectory(prefix="data åäö ") as folder:
        store = Store(Path(folder))
        store.save_session(session)
        loaded = store.load_session(session.id)
        assert loaded == session
        store.save_session(loaded)  # and again, over the file it came from
        assert store.load_session(session.id) == session


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SESSIONS, NAME)
def test_minutes_render_for_any_stored_session(session, supplier):
    session.supplier = supplier
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder))
        store.save_session(session)
        loaded = store.load_session(session.id)
    now = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    for lang in ("sv", "en"):
        for fmt in ("md", "txt"):
            minutes = render_minutes(loaded, fmt, lang, now=now)
            assert isinstance(minutes, str)
            assert supplier in " ".join(minutes.split()), (fmt, lang)
