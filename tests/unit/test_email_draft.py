"""`facilitator minutes ID --email`: an e-mail draft a mail reader opens as a new message, to the
addresses known from the booking, with the minutes as text and the DOCX attached; nothing sent."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.domain.participants import Participant, Role
from facilitator.storage.store import Store
from tests.unit.minutes_helpers import SECRETS, docx_text, finished_meeting

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    session, _ = finished_meeting()
    session.id = "abc123def456"
    session.participants[0].email = "josefine@kommunen.example"
    session.participants.append(
        Participant("Anna Nilsson", "Exempel Bygg AB", Role.SUPPLIER, email="anna@exempelbygg.se")
    )
    Store(folder).save_session(session)
    return folder


def read(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        message = email.message_from_binary_file(handle, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_draft_is_addressed_subjected_and_carries_text_and_docx(data, tmp_path, capsys):
    out = tmp_path / "utkast.eml"
    code = main(["--data-dir", str(data), "--lang", "sv", "minutes", "abc", "--email", "-o",
                 str(out)])
    assert code == 0
    message = read(out)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Anna Nilsson <anna@exempelbygg.se>"
    assert "josefine@kommunen.example" in message["Cc"]
    assert message["Subject"] == (
        "Minnesanteckningar: Ramavtal hantverkstjänster – Exempel Bygg AB, 2026-11-24"
    )
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith("Hej,") and "Minnesanteckningar" in text
    assert "Föredrar planerat underhåll" in text
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == DOCX
    assert attachment.get_filename().endswith("-sv.docx")
    assert "Föredrar planerat underhåll" in docx_text(attachment.get_content())
    # People without an address are named, so they can be added before sending.
    assert "Sam Säljare" in capsys.readouterr().err


def test_the_public_draft_holds_no_confidential_text_anywhere(data, tmp_path):
    out = tmp_path / "utkast.eml"
    args = ["--data-dir", str(data), "--lang", "en", "minutes", "abc", "--email", "--public"]
    assert main([*args, "-o", str(out)]) == 0
    raw = out.read_bytes()
    message = read(out)
    assert message["Subject"].startswith("Minutes: Ramavtal hantverkstjänster – Exempel Bygg AB")
    body = message.get_body(("plain",))
    assert body is not None
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename().endswith("-en-public.docx")
    everything = body.get_content() + docx_text(attachment.get_content())
    for secret in SECRETS:
        assert secret not in everything
        assert secret.encode() not in raw
    assert "[Withheld: confidential]" in body.get_content()


def test_a_name_with_a_line_break_cannot_add_a_header(data, tmp_path):
    store = Store(data)
    session = store.load_session("abc123def456")
    session.supplier = "Evil AB\r\nBcc: spy@example.com"
    store.save_session(session)
    out = tmp_path / "utkast.eml"
    assert main(["--data-dir", str(data), "minutes", "abc", "--email", "-o", str(out)]) == 0
    message = read(out)
    assert message["Bcc"] is None
    assert "Evil AB Bcc: spy@example.com" in message["Subject"]
