"""The Textual application: themes, screens, and the one session being led."""

from __future__ import annotations

import asyncio
import signal
from typing import TYPE_CHECKING

from textual.app import App

from facilitator.domain.clock import Clock, SystemClock
from facilitator.domain.demo import DEMO_SUPPLIER, demo_dialogue
from facilitator.domain.session import Session, new_session
from facilitator.i18n import t
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.store import Store, UnknownId
from facilitator.ui.commands import ScreenActions
from facilitator.ui.screens.home import HomeScreen
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.screens.minutes import MinutesScreen
from facilitator.ui.themes import DEFAULT_THEME, load_themes

if TYPE_CHECKING:
    from facilitator.cli.context import Context


class FacilitatorApp(App[None]):
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ScreenActions}
    TITLE = "facilitator"

    def __init__(
        self,
        store: Store,
        lang: str,
        *,
        session: Session | None = None,
        session_id: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        self.clock = clock or SystemClock()
        self._first_session = session
        self._first_session_id = session_id

    def on_mount(self) -> None:
        self._handle_exit_signals()
        for theme in load_themes():
            self.register_theme(theme)
        chosen = self.store.settings().get("theme", DEFAULT_THEME)
        self.theme = chosen if chosen in self.available_themes else DEFAULT_THEME
        if self._first_session is not None:
            self.start_session(self._first_session)
        elif self._first_session_id is not None:
            self.open_session(self._first_session_id, home_on_failure=True)
        else:
            self.push_screen(HomeScreen(self.store, self.lang))

    def watch_theme(self, theme: str) -> None:
        if self.is_mounted and self.store.settings().get("theme") != theme:
            self.run_worker(lambda: self.store.update_settings(theme=theme), thread=True)

    # ------------------------------------------------------------- sessions
    def meeting_screen(self) -> MeetingScreen | None:
        screen = self.screen
        return screen if isinstance(screen, MeetingScreen) else None

    def _show(self, screen: MeetingScreen | MinutesScreen | HomeScreen) -> None:
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def start_session(self, session: Session) -> None:
        """Save a new session and open it on the meeting screen."""
        try:
            self.store.save_session(session)
        except OSError as error:
            self.notify(
                t("ui.app.cannot_save", self.lang, reason=error.strerror or str(error)),
                severity="error",
                timeout=30,
            )
        self._show(MeetingScreen(self.store, session, self.clock, self.lang))

    def start_demo(self, supplier: str = DEMO_SUPPLIER) -> None:
        self.start_session(new_session(demo_dialogue(), supplier))

    def open_session(self, session_id: str, *, home_on_failure: bool = False) -> None:
        try:
            session = self.store.load_session(session_id)
        except (UnknownId, DamagedFile) as error:
            reason = error.reason if isinstance(error, DamagedFile) else str(error)
            self.notify(t("ui.app.cannot_open", self.lang, reason=reason), severity="error")
            if home_on_failure:
                self._show(HomeScreen(self.store, self.lang))
            return
        if session.is_finished:
            self._show(MinutesScreen(self.store, session, self.lang))
        else:
            self._show(MeetingScreen(self.store, session, self.clock, self.lang))

    def _handle_exit_signals(self) -> None:
        """Save and exit on SIGTERM and SIGHUP (a closed terminal window sends SIGHUP)."""
        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is not None:
                try:
                    loop.add_signal_handler(number, self._exit_on_signal)
                except (NotImplementedError, RuntimeError):  # pragma: no cover - Windows
                    pass

    def _exit_on_signal(self) -> None:
        meeting = self.meeting_screen()
        if meeting is not None:
            meeting.save_now()
        self.exit(return_code=1)

    async def action_quit(self) -> None:
        meeting = self.meeting_screen()
        if meeting is not None:
            meeting.save_now()
        self.exit()


def run_app(context: Context, *, session_id: str | None = None, session: Session | None = None) -> int:
    """Open the app on the home screen, on a stored session, or on a new one."""
    store = context.writable_store()
    app = FacilitatorApp(store, context.lang, session=session, session_id=session_id)
    app.run()
    return app.return_code or 0
