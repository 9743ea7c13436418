"""The public dialogue summary (`facilitator report --public`) withholds a confidential item of
every kind, and every confidential notes line, as the public minutes do, in every format and
language."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import pytest
from docx import Document as open_docx

from facilitator.cli import main
from facilitator.domain.entries import EntryKind
from facilitator.domain.summary import DialogueRecords, build_summary
from facilitator.export import FORMATS, render_document
from facilitator.export.summary import summary_document
from facilitator.storage.store import Store
from tests.conftest import FakeClock
from tests.unit.minutes_helpers import (
    confidential_entry_meeting,
    confidential_note_lines_meeting,
    every_readable_text,
    open_text,
    secret,
)
from tests.unit.summary_helpers import save_records

#: What no public summary may hold: each kind's confidential text, its details and reason, and
#: both marked notes lines.
SECRETS = [secret(kind.value) for kind in EntryKind] + [
    secret(label) for label in ("skäl", "behov", "ägare", "utanskäl", "medskäl")
]


MADE = datetime(2026, 12, 1, 8, 30, tzinfo=timezone.utc)


def _records() -> DialogueRecords:
    entries = confidential_entry_meeting(*EntryKind)
    notes = confidential_note_lines_meeting()
    notes.supplier = "Annan Leverantör AB"
    return DialogueRecords(entries.dialogue, [entries, notes])


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_public_summary_withholds_every_kind_of_confidential_item(fmt: str) -> None:
    records = _records()
    for lang in ("sv", "en"):
        summary = build_summary(records, public=True, now=MADE)
        public = render_document(summary_document(summary, lang), fmt)
        found = every_readable_text(fmt, public)
        assert not [word for word in SECRETS if word in found], lang
        if fmt == "docx":  # dated by when it was made, not by the computer's clock
            assert isinstance(public, bytes)
            made = open_docx(io.BytesIO(public)).core_properties.created
            assert made == MADE
        internal = render_document(summary_document(build_summary(records), lang), fmt)
        shown = every_readable_text(fmt, internal)
        assert secret(EntryKind.TIP.value) in shown and open_text(EntryKind.TIP.value) in shown


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_public_report_command_withholds_every_kind_of_confidential_item(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    store = Store(data)
    store.ensure()
    save_records(store, _records())
    for lang in ("sv", "en"):
        target = tmp_path / f"report-{lang}.{fmt}"
        args = ["--data-dir", str(data), "report", "demo", "--public", "-f", fmt, "--lang", lang]
        assert main([*args, "-o", str(target)]) == 0
        result = target.read_bytes() if fmt == "docx" else target.read_text(encoding="utf-8")
        found = every_readable_text(fmt, result)
        assert not [word for word in SECRETS if word in found], lang
        assert open_text(EntryKind.TIP.value) in found
    capsys.readouterr()


def test_confidential_information_is_never_counted_as_shared_with_every_supplier() -> None:
    """Information marked confidential is not in the shared text, so sharing the information
    with every supplier has not told the others of it: they are still named as not told."""
    from tests.unit.summary_helpers import NOW, SUPPLIERS, three_meetings

    records = three_meetings()
    alfa = next(s for s in records.sessions if s.supplier == SUPPLIERS[0])
    alfa.log(EntryKind.INFO, "HEMLIGRAD budget", FakeClock(NOW.replace(day=24)), confidential=True)
    records.dialogue.information_shared_at = NOW
    pieces = {p.item.text: p for p in build_summary(records, now=NOW).information}
    secret_piece = pieces["HEMLIGRAD budget"]
    assert not secret_piece.shared
    assert secret_piece.not_told == [s for s in SUPPLIERS if s != SUPPLIERS[0]]
    assert all(p.shared for text, p in pieces.items() if text != "HEMLIGRAD budget")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "sv",
            "Informationen ”[Uppgift undantagen, sekretess]” har inte nått Annan Leverantör AB.",
        ),
        ("en", 'The information "[Withheld: confidential]" has not reached Annan Leverantör AB.'),
    ],
)
def test_the_public_check_says_confidential_information_not_given_to_all_is_withheld(
    lang: str, said: str
) -> None:
    """The finding is kept, so the public version still shows a supplier was not told, with
    the information itself replaced by the placeholder."""
    summary = build_summary(_records(), public=True, now=MADE)
    text = str(render_document(summary_document(summary, lang), "txt"))
    assert said in " ".join(text.split())
    assert secret(EntryKind.INFO.value) not in text
