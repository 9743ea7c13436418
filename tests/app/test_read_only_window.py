"""A second window opened read-only on a meeting another window is writing never writes its stale
copy: not when it moves between questions, not when it quits after the writer saved."""

from __future__ import annotations

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import new_session
from facilitator.storage.lock import SessionLock
from facilitator.storage.store import Store
from facilitator.ui.screens.meeting import MeetingScreen
from tests.app.helpers import make_app, settle
from tests.conftest import FakeClock


async def test_a_read_only_window_that_quits_after_the_writer_saved_keeps_the_newer_text(
    store: Store,
) -> None:
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    q1 = session.questions[0].id
    session.set_note(q1, "Första versionen", clock)
    store.save_session(session)
    writer = Store(store.root)  # the other window, with its own view of the folder
    with SessionLock(writer, session.id):
        app = make_app(store, clock=clock, session_id=session.id)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("y")  # open read-only
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, MeetingScreen) and screen.read_only
            before = store.session_path(session.id).read_bytes()
            await pilot.press("alt+n")  # looking at the next question is allowed
            await settle(app, pilot, after_typing=True)
            assert screen.session.current_question_id != q1
            assert store.session_path(session.id).read_bytes() == before, "moving wrote nothing"

            newer = writer.load_session(session.id)
            newer.set_note(q1, "Andra versionen, skriven i det andra fönstret", clock)
            writer.save_session(newer)
            await app.action_quit()
            await pilot.pause()
    assert store.load_session(session.id).notes[q1] == (
        "Andra versionen, skriven i det andra fönstret"
    )
