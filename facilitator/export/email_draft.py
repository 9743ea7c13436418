"""The minutes as an e-mail draft (.eml, RFC 5322) for Outlook or any mail reader to open.

`X-Unsent: 1` makes Outlook open the file as a new message ready to send; nothing is ever sent
from here. The draft is addressed to the supplier's people (To) and the others in the meeting (Cc)
whose addresses are known from the booking's invite; its body is a short greeting in the
minutes' language followed by the minutes as plain text, and the minutes are attached as DOCX
(public or internal, as chosen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import Session
from facilitator.export import render_document, suggested_filename
from facilitator.export.document import Document
from facilitator.i18n import t

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
_BREAKS = re.compile(r"[\r\n\u2028\u2029\x00-\x1f\x7f]+")


@dataclass
class EmailDraft:
    data: bytes
    #: The addresses it is written to.
    recipients: list[str] = field(default_factory=list)
    #: People in the meeting without a (usable) address.
    without_address: list[str] = field(default_factory=list)


def minutes_email(
    session: Session,
    document: Document,
    lang: str,
    public: bool,
    now: datetime | None = None,
) -> EmailDraft:
    """A draft of an e-mail carrying the minutes laid out in `document`."""
    draft = EmailDraft(b"")
    to = _addresses([p for p in session.participants if p.role is Role.SUPPLIER], draft)
    cc = _addresses([p for p in session.participants if p.role is not Role.SUPPLIER], draft)
    message = EmailMessage(policy=policy.SMTP)
    if to:
        message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = _one_line(subject(session, lang))
    message["Date"] = format_datetime(now or datetime.now(timezone.utc))
    message["Message-ID"] = make_msgid(domain="facilitator.invalid")
    message["X-Unsent"] = "1"
    minutes_text = render_document(document, "txt")
    assert isinstance(minutes_text, str)
    greeting = t(
        "Hello,\n\nThank you for the dialogue meeting. Here are the minutes of the meeting "
        "with {supplier}, below and as the attached Word document. Let us know if anything "
        "needs correcting.\n\nKind regards",
        lang,
        supplier=session.supplier,
    )
    message.set_content(f"{greeting}\n\n{minutes_text}", subtype="plain", charset="utf-8")
    attachment = render_document(document, "docx")
    assert isinstance(attachment, bytes)
    message.add_attachment(
        attachment,
        maintype=DOCX_TYPE[0],
        subtype=DOCX_TYPE[1],
        filename=suggested_filename(session, "docx", lang, public),
    )
    draft.data = message.as_bytes()
    return draft


def subject(session: Session, lang: str) -> str:
    """"Minnesanteckningar: DIALOG – SUPPLIER, DATE" ("Minutes: ..." in English)."""
    when = session.started_at or session.scheduled_at
    day = when.date().isoformat() if when is not None else ""
    text = t(
        "Minutes: {dialogue} – {supplier}",
        lang,
        dialogue=session.dialogue.title,
        supplier=session.supplier,
    )
    return f"{text}, {day}" if day else text


def _one_line(text: str) -> str:
    return " ".join(_BREAKS.sub(" ", text).split())


def _addresses(people: list[Participant], draft: EmailDraft) -> list[Address]:
    found = []
    for person in people:
        email = person.email.strip()
        try:
            address = Address(display_name=_one_line(person.name), addr_spec=email)
        except (HeaderParseError, ValueError, IndexError):
            address = None
        if address is None or not email or "@" not in email:
            draft.without_address.append(person.name)
            continue
        found.append(address)
        draft.recipients.append(email)
    return found
