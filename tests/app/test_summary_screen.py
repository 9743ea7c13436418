"""The dialogue summary screen, from home and from the dialogues list, by keys at 80x24."""

from __future__ import annotations

from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.dialogues import DialoguesScreen
from facilitator.ui.screens.home import HomeScreen
from facilitator.ui.screens.summary import SummaryScreen
from facilitator.ui.widgets.minutes_preview import MinutesPreview
from tests.conftest import FakeClock
from tests.unit.summary_helpers import SECRETS, SUPPLIERS, save_records, three_meetings

SIZE = (80, 24)


async def settle(app: FacilitatorApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def shown(app: FacilitatorApp) -> str:
    return app.screen.query_one(MinutesPreview).source


async def test_from_home_with_language_public_and_anonymous_toggles(store: Store) -> None:
    save_records(store, three_meetings())
    app = FacilitatorApp(store, "sv", clock=FakeClock())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        text = shown(app)
        assert "# Sammanställning av dialogen: Ramavtal hantverkstjänster" in text
        assert all(name in text for name in SUPPLIERS) and "HEMLIGINSIKT" in text
        await pilot.press("l")
        await settle(app, pilot)
        assert "# Dialogue summary: Ramavtal hantverkstjänster" in shown(app)
        await pilot.press("p", "a")
        await settle(app, pilot)
        text = shown(app)
        assert not any(secret in text for secret in SECRETS)
        assert not any(name in text for name in SUPPLIERS)
        assert "Supplier A" in text
        state = str(app.screen.query_one("#summary-state").render())
        assert state == "offentlig version · anonym · engelska", "told in the screen's language"
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_from_the_dialogues_list_and_saved_in_a_chosen_format(store: Store) -> None:
    save_records(store, three_meetings())
    app = FacilitatorApp(store, "en", clock=FakeClock())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("g")
        await settle(app, pilot)
        assert isinstance(app.screen, DialoguesScreen)
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("p", "s")
        await settle(app, pilot)
        assert "Save the summary as" in str(app.screen.query_one(".form-title").render())
        await pilot.press("4")
        await settle(app, pilot)
        path = store.minutes_dir / "summary-demo-hantverk.en.public.txt"
        text = path.read_text(encoding="utf-8")
        assert text.startswith("Dialogue summary: Ramavtal hantverkstjänster")
        assert not any(secret in text for secret in SECRETS)


async def test_a_dialogue_with_no_meetings_says_so(store: Store) -> None:
    app = FacilitatorApp(store, "en", clock=FakeClock())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("g")
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        assert "No meetings have been held or booked" in shown(app)
