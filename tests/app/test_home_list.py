"""The home screen reads the list of meetings once when the app opens, and again when the user
comes back to it; the app opens without loading the meeting and minutes screens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from textual.widgets import DataTable

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import new_session
from facilitator.storage.index import Progress
from facilitator.storage.store import Store
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.dialogues import DialoguesScreen
from facilitator.ui.screens.home import HOME_ROWS, HomeScreen
from facilitator.ui.screens.meeting import MeetingScreen
from tests.app.helpers import make_app
from tests.conftest import FakeClock


class CountingStore(Store):
    """A store that counts how often the session files are looked at for the list of meetings."""

    reads = 0

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        refresh = self.index.refresh

        def counted(progress: Progress | None = None) -> int:
            self.reads += 1
            return refresh(progress)

        self.index.refresh = counted  # type: ignore[method-assign]


async def test_the_list_is_read_once_at_start_and_again_on_return(store: Store) -> None:
    for supplier in ("Östgöta Bygg AB", "VVS-Gruppen Öst"):
        store.save_session(new_session(demo_dialogue(), supplier))
    counting = CountingStore(store.root)
    app = make_app(counting)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.query_one("#sessions", DataTable).row_count == 2
        assert counting.reads == 1
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, DialoguesScreen)
        await app.workers.wait_for_complete()
        before = counting.reads  # the dialogues screen counts the meetings held too
        await pilot.press("escape")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert app.screen is home
        assert counting.reads == before + 1, "coming back shows the list as it is now"


def test_opening_the_app_does_not_load_the_meeting_and_minutes_screens() -> None:
    code = (
        "import sys\n"
        "import facilitator.ui.app\n"
        "print(sorted(m for m in ('docx', 'rich.markdown', 'yaml', 'bs4',"
        " 'facilitator.ui.screens.minutes', 'facilitator.ui.screens.meeting')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"



async def test_a_list_that_arrives_after_the_user_left_home_is_dropped(store: Store) -> None:
    """The list is read on a thread; when it arrives while home is being closed (the user opened
    a meeting meanwhile), home's widgets are gone: the list is dropped, the app goes on."""
    store.save_session(new_session(demo_dialogue(), "Östgöta Bygg AB"))
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        listing = store.recent_summaries(HOME_ROWS)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        late = app.run_worker(lambda: home.from_worker(home._show, listing), thread=True)
        await late.wait()
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        assert app.is_running


async def test_at_start_a_meeting_the_index_has_not_seen_yet_joins_the_list(
    store: Store, tmp_path: Path
) -> None:
    """Home first shows the meetings as the index last saw them, then looks at the files: a
    meeting saved meanwhile by another program is listed too, and offered for resume."""
    store.save_session(new_session(demo_dialogue(), "Östgöta Bygg AB"))
    store.index.refresh()
    running = new_session(demo_dialogue(), "VVS-Gruppen Öst")
    running.start(FakeClock())
    Store(store.root, cache_dir=tmp_path / "elsewhere").save_session(running)
    app = make_app(store, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "VVS-Gruppen Öst" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("escape")
        await pilot.pause()
        table = app.screen.query_one("#sessions", DataTable)
        assert table.row_count == 2
