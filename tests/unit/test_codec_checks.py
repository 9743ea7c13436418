"""A stored value of the wrong kind is refused as before, however fast the fields are read: an
unknown kind of entry, a number where a text belongs, a list where a kind belongs."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.storage import codec


def stored_entry(**changes: Any) -> dict[str, Any]:
    at = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
    entry = codec.encode(LogEntry(kind=EntryKind.TIP, text="Lämna anbud i tid", at=at, offset=0))
    assert isinstance(entry, dict)
    return {**entry, **changes}


def test_a_good_entry_reads_back() -> None:
    entry = codec.decode(LogEntry, stored_entry())
    assert entry.kind is EntryKind.TIP and entry.text == "Lämna anbud i tid"


@pytest.mark.parametrize(
    ("changes", "error", "words"),
    [
        ({"kind": "no-such-kind"}, ValueError, "'no-such-kind' is not a valid EntryKind"),
        ({"kind": ["tip"]}, ValueError, "is not a valid EntryKind"),
        ({"text": 42}, TypeError, "expected str, found int"),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused(
    changes: dict[str, Any], error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words.replace("[", r"\[")):
        codec.decode(LogEntry, stored_entry(**changes))
