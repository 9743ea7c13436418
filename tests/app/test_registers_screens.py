"""Search and the registers in the app, by keys at 80x24: from home, to the meeting found."""

from __future__ import annotations

import time
from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Input, Label

from facilitator.domain.dialogue import Dialogue, Question
from facilitator.domain.session import new_session
from facilitator.storage.store import Store
from facilitator.ui.screens import minutes as minutes_screen
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.screens.minutes import MinutesScreen
from facilitator.ui.screens.registers import ActionsScreen, InsightsScreen, NeedsScreen
from facilitator.ui.screens.search import SearchScreen
from facilitator.ui.widgets.minutes_preview import MinutesPreview
from facilitator.ui.widgets.open_actions import OpenActions
from tests.app.helpers import SIZE, go, make_app, settle
from tests.conftest import FakeClock
from tests.unit.register_helpers import stored_meeting


@pytest.fixture
def stored(store: Store, clock: FakeClock) -> Store:
    for name in ("Åkes Bygg AB", "Målarna i Norr"):
        stored_meeting(store, clock, name, overrun=name != "Åkes Bygg AB")
    return store


def cells(table: DataTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


@pytest.mark.parametrize("key", ["slash", "ctrl+f"])
async def test_search_from_home_finds_a_note_and_opens_the_meeting_there(
    stored: Store, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lay_out = minutes_screen.minutes_document

    def slowly(*args: Any) -> Any:  # as for a long meeting on a busy computer
        time.sleep(0.3)
        return lay_out(*args)

    monkeypatch.setattr(minutes_screen, "minutes_document", slowly)
    app = make_app(stored)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press(key)
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"elektr")
        await pilot.pause(0.3)
        await settle(app, pilot)
        table = app.screen.query_one(DataTable)
        rows = cells(table)
        assert len(rows) == 2
        assert rows[0][1] == "Målarna i Norr" and "elektriker i Umeå" in rows[0][2]
        detail = str(app.screen.query_one("#search-detail", Label).render())
        assert "Hur ser ni på våra behov" in detail
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MinutesScreen)
        assert app.screen.session.supplier == "Målarna i Norr"
        assert app.screen.saving.read_only
        preview = app.screen.query_one(MinutesPreview)
        assert "elektriker i Umeå" in preview.source
        # The minutes are scrolled to the hit, further down than the first screenful.
        scroll = app.screen.query_one("#minutes-scroll", VerticalScroll)
        line = next(y for y in range(preview.virtual_size.height)
                    if "elektriker i Umeå" in preview.render_line(y).text)
        at = preview.virtual_region.y + line
        assert at >= scroll.size.height, "the hit is below the first screenful"
        assert scroll.scroll_y <= at < scroll.scroll_y + scroll.size.height


async def test_search_with_fts_syntax_says_nothing_found(stored: Store) -> None:
    app = make_app(stored, "en")
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "slash")
        app.screen.query_one(Input).value = 'NEAR("x* -'
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.query_one(DataTable).row_count == 0
        assert "Nothing found" in str(app.screen.query_one("#search-detail", Label).render())


async def test_needs_screen_sets_a_status_kept_in_the_session(stored: Store) -> None:
    app = make_app(stored, "en")
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "f")
        assert isinstance(app.screen, NeedsScreen)
        table = app.screen.query_one(DataTable)
        assert [r[3] for r in cells(table)] == ["New", "New"]
        need = app.screen.rows[0]
        await pilot.press("s")
        await settle(app, pilot)
        assert cells(table)[0][3] == "Considered"
        await pilot.press("p")
        await settle(app, pilot)
        app.screen.query_one(Input).value = "Solel 2027"
        await pilot.press("enter")
        await settle(app, pilot)
        assert cells(table)[0][3] == "Planned in Solel 2027"
    entry = stored.load_session(need.meeting.session_id).entry(need.entry_id)
    assert entry is not None and (entry.need_status, entry.planned_in) == ("planned", "Solel 2027")


async def test_actions_screen_lists_overdue_first_and_ticks_done(stored: Store) -> None:
    app = make_app(stored, "en")
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "o")
        assert isinstance(app.screen, ActionsScreen)
        table = app.screen.query_one(DataTable)
        assert [r[0] for r in cells(table)] == ["2026-01-10", "2026-01-10", "–", "–"]
        first = app.screen.rows[0]
        assert first.overdue(app.screen.today)  # due 2026-01-10, the clock says 2026-11-24
        await pilot.press("space")
        await settle(app, pilot)
        assert cells(table)[-1][0] == "✓ 2026-01-10"
    entry = stored.load_session(first.meeting.session_id).entry(first.entry_id)
    assert entry is not None and entry.done


async def test_a_long_register_shows_its_first_rows_at_once_and_then_all(
    stored: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.ui.screens import registers

    monkeypatch.setattr(registers, "FILL", 1)
    app = make_app(stored, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = ActionsScreen()
        await app.push_screen(screen)
        await app.workers.wait_for_complete()
        table = screen.query_one(DataTable)
        assert 0 < table.row_count < 4
        await settle(app, pilot)
        assert [r[0] for r in cells(table)] == ["2026-01-10", "2026-01-10", "–", "–"]
        table.move_cursor(row=3)
        await pilot.press("space")
        await settle(app, pilot)
        # Filled again after the change, the cursor where it was.
        assert table.row_count == 4 and table.cursor_row == 3
    ticked = screen.rows[3]
    assert ticked.done and stored.load_session(ticked.meeting.session_id).entry(ticked.entry_id)


async def test_insights_screen_shows_ratings_and_overruns(stored: Store) -> None:
    app = make_app(stored, "en")
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "i")
        assert isinstance(app.screen, InsightsScreen)
        rows = cells(app.screen.query_one("#insights-questions", DataTable))
        assert rows[0][1] == "2" and rows[0][2] == "100 % (2)"
        assert rows[1][2] == "25 % (2)" and "often overruns" in rows[1][4]
        assert cells(app.screen.query_one("#insights-years", DataTable))[0][1] == "2"


@pytest.mark.parametrize(
    ("supplier", "dialogue", "shown"),
    [("åkes bygg ab", "other", 2), ("Nya AB", "demo-hantverk", 4), ("Nya AB", "other", 0)],
)
async def test_a_new_meeting_shows_open_actions_of_the_same_supplier_or_dialogue(
    stored: Store, supplier: str, dialogue: str, shown: int
) -> None:
    app = make_app(stored, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        other = Dialogue("Annan dialog", questions=[Question("Fråga?")], id="other")
        session = new_session(stored.load_session(stored.session_ids()[0]).dialogue
                              if dialogue == "demo-hantverk" else other, supplier)
        app.start_session(session)
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        panel = app.screen.query_one(OpenActions)
        text = str(panel.render())
        assert panel.display == bool(shown)
        if shown:
            assert f"Open actions from earlier meetings ({shown})" in text
            assert "Skicka underlaget" in text and "Josefine, 2026-01-10" in text


async def test_home_lists_the_newest_hundred_and_every_damaged_or_unfinished_one(
    store: Store, clock: FakeClock
) -> None:
    from datetime import timedelta

    from facilitator.domain.demo import demo_dialogue
    from facilitator.domain.session import Status

    for number in range(105):
        session = new_session(demo_dialogue(), f"Leverantör {number}")
        session.started_at = clock.now() + timedelta(days=number)
        session.status = Status.PAUSED if number == 0 else Status.FINISHED
        store.save_session(session, keep_backup=False)
    (store.sessions_dir / "0badc0ffee00.json").write_bytes(b"not json")
    app = make_app(store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")  # the offer to resume the paused one
        await settle(app, pilot)
        table = app.screen.query_one("#sessions", DataTable)
        suppliers = [r[2] for r in cells(table)]
        assert table.row_count == 101  # the damaged one (first: it has no date) and 99 newest
        assert suppliers[1] == "Leverantör 104" and "Leverantör 5" not in suppliers
        assert "Leverantör 0" in suppliers  # unfinished, the oldest
        # (its file name in the title column, shortened like the titles at 80 columns)
        assert any(r[1].startswith("0badc0ffee00") for r in cells(table))
        hint = str(app.screen.query_one("#home-hint", Label).render())
        assert "5 older meetings not shown here: / searches all 106" in hint


async def test_home_shows_a_progress_bar_while_the_index_is_built(
    store: Store, tmp_path, clock: FakeClock
) -> None:
    from textual.widgets import ProgressBar

    from facilitator.domain.demo import demo_dialogue

    elsewhere = Store(store.root, cache_dir=tmp_path / "elsewhere")  # this index knows nothing
    for number in range(60):
        elsewhere.save_session(new_session(demo_dialogue(), f"AB {number}"), keep_backup=False)
    app = make_app(store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        bar = app.screen.query_one(ProgressBar)
        assert app.screen.query_one("#sessions", DataTable).row_count == 60
        assert (bar.total, bar.progress, bar.display) == (60, 60, False)
