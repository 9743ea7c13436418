"""The minutes screen's e key: the minutes as chosen (public here) written as an e-mail draft."""

from __future__ import annotations

import email
from email import policy

from facilitator.storage.store import Store
from tests.app.helpers import SECRET_ENTRY, SECRET_NOTE, minutes_screen, settle


async def test_e_writes_the_public_minutes_as_an_email_draft(store: Store) -> None:
    async with minutes_screen(store) as (app, pilot, session, _):
        await pilot.press("p", "e")
        await settle(app, pilot)
    path = store.minutes_path(session.id, "sv", "public.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"].startswith("Minnesanteckningar: ")
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert SECRET_NOTE not in text and SECRET_ENTRY not in text
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename().endswith("-offentlig.docx")
