"""The minutes screen's public version withholds every kind of confidential item in every format
it saves, in both languages (the app's path to the public record)."""

from __future__ import annotations

import pytest

from facilitator.domain.entries import EntryKind
from facilitator.export import FORMATS
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.minutes import MinutesScreen
from facilitator.ui.widgets.minutes_preview import MinutesPreview
from tests.conftest import FakeClock
from tests.unit.minutes_helpers import (
    WITHHELD,
    confidential_entry_meeting,
    every_readable_text,
    open_text,
    secret,
    visible_text,
)

DETAILS = [secret(label) for label in ("skäl", "behov", "ägare")]


async def settle(app: FacilitatorApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("lang", ["sv", "en"])
async def test_the_public_version_saved_from_the_minutes_screen_withholds_every_kind(
    store: Store, lang: str
) -> None:
    kinds = list(EntryKind)
    session = confidential_entry_meeting(*kinds)
    store.save_session(session)
    secrets = [secret(kind.value) for kind in kinds] + DETAILS
    app = FacilitatorApp(store, lang, session_id=session.id, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, MinutesScreen)
        await pilot.press("p")
        await settle(app, pilot)
        preview = app.screen.query_one(MinutesPreview).source
        assert not [word for word in secrets if word in preview]
        for number in range(1, len(FORMATS) + 1):
            await pilot.press(str(number))
            await settle(app, pilot)
    for fmt in FORMATS:
        path = store.minutes_path(session.id, lang, f"public.{fmt}")
        result = path.read_bytes() if fmt == "docx" else path.read_text(encoding="utf-8")
        assert not [word for word in secrets if word in every_readable_text(fmt, result)], fmt
        shown = visible_text(fmt, result)
        assert shown.count(WITHHELD[lang]) == len(kinds), fmt
        assert all(open_text(kind.value) in shown for kind in kinds), fmt
