"""The Textual application: themes, screens, and the one session being led."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.worker import Worker

from facilitator.domain.clock import Clock, SystemClock
from facilitator.domain.demo import DEMO_SUPPLIER, demo_dialogue
from facilitator.domain.session import Session, Status, new_session
from facilitator.i18n import N_, from_english, os_reason, t
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.damage import damage_text
from facilitator.storage.ids import UnknownId
from facilitator.storage.keymap import PROBLEMS, KeymapError, keymap_path, read_keymap
from facilitator.storage.lock import SessionLock, SessionLocked
from facilitator.storage.store import Store
from facilitator.ui import heap
from facilitator.ui.bindings import all_bindings, key_display, localise_bindings
from facilitator.ui.commands import ScreenActions
from facilitator.ui.errors import (
    LOG_FOLDER,
    WorkFailed,
    failure_reason,
    log,
    open_log,
    pass_on_failure,
    unexpected_reason,
)
from facilitator.ui.navigator import Navigator
from facilitator.ui.open_meeting import OpenMeeting, Taken
from facilitator.ui.saving import save_open_sessions
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.help import HelpScreen
from facilitator.ui.terminal import mac_option_letter
from facilitator.ui.themes import DEFAULT_THEME, load_themes

#: Seconds given to keys typed just before SIGTERM or SIGHUP to reach the notes.
SIGNAL_GRACE = 0.2
#: Seconds after SIGTERM or SIGHUP at which the process ends even if Textual has not.
SIGNAL_EXIT_TIMEOUT = 3.0


@dataclass(frozen=True)
class Damaged:
    """A session file that could not be read, and its last good copy if there is one."""

    error: DamagedFile
    backup: Session | None


#: What reading a stored session gave.
Read = Session | Damaged | UnknownId


class FacilitatorApp(App[None]):
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ScreenActions}
    TITLE = "facilitator"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", N_("Help"), priority=True),
        Binding("question_mark", "help", N_("Help"), show=False),
    ]

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
        heap.tune()
        self.store = store
        self.lang = lang
        self.clock = clock or SystemClock()
        self._first_session = session
        self._first_session_id = session_id
        self._signalled = False
        #: The user was told that quitting now loses notes that could not be saved.
        self._quit_unsaved = False
        localise_bindings(self, lang)
        self._take_chosen_theme()
        #: The user was told how to make the Mac's Option key send alt.
        self._told_option_key = False
        #: Opens the screens: which follows which, and loading each when first needed.
        self.navigator = Navigator(self)
        #: The error log (before the event loop runs); None, and why, when it cannot be written.
        self.log_path: Path | None = None
        self._log_problem: OSError | None = None
        try:
            self.log_path = open_log(store.root)
        except OSError as error:
            self._log_problem = error

    def on_mount(self) -> None:
        self._handle_exit_signals()
        self._apply_keymap()
        if self._log_problem is not None:
            reason = failure_reason(self._log_problem, self.lang)
            path = str(self.store.root / LOG_FOLDER)
            message = t(
                "The error log cannot be written in {path} ({reason}). The app works all "
                "the same, but errors are kept in no log.",
                self.lang,
                path=path,
                reason=reason,
            )
            self.notify(message, severity="warning", timeout=30, markup=False)
        if self._first_session is None and self._first_session_id is None:
            self.navigator.home(offer_resume=True)
            return  # the home screen shows the data folder
        folder = t("Data folder: {path}", self.lang, path=str(self.store.root))
        self.notify(folder, timeout=6, markup=False)
        if self._first_session is not None:
            self.start_session(self._first_session)
        elif self._first_session_id is not None:
            self.open_session(self._first_session_id, home_on_failure=True)

    def _take_chosen_theme(self) -> None:
        """Our themes, and the one last chosen, taken before the styles are first read: a theme
        set once the app runs makes Textual read and apply every style again. What Textual does
        when the theme changes is done here, but for that, and for saving the choice again."""
        for theme in load_themes():
            self.register_theme(theme)
        chosen = self.store.settings().get("theme", DEFAULT_THEME)
        self.set_reactive(App.theme, chosen if chosen in self.available_themes else DEFAULT_THEME)
        current = self.current_theme
        self.stylesheet.set_variables(self.get_css_variables())
        self.set_class(True, f"-theme-{current.name}", update=False)
        self.set_class(current.dark, "-dark-mode", update=False)
        self.set_class(not current.dark, "-light-mode", update=False)
        self._refresh_truecolor_filter(self.ansi_theme)

    # ------------------------------------------------- help and the command palette
    def action_help(self) -> None:
        """Help for the current screen; F1 again closes it."""
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own palette commands in the user's language; "Keys" opens the help."""
        for command in super().get_system_commands(screen):
            callback = self.action_help if command.title == "Keys" else command.callback
            yield command._replace(
                title=from_english("textual", command.title, self.lang),
                help=from_english("textual", command.help, self.lang),
                callback=callback,
            )

    def action_command_palette(self) -> None:
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            placeholder = from_english("textual", "Search for commands…", self.lang)
            self.push_screen(CommandPalette(id="--command-palette", placeholder=placeholder))

    def search_themes(self) -> None:
        placeholder = from_english("textual", "Search for themes…", self.lang)
        self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder=placeholder))

    def _apply_keymap(self) -> None:
        """The user's own keys from their keymap file; a file that cannot be used is said so."""
        path = keymap_path()
        try:
            keymap = read_keymap(path)
        except KeymapError as error:
            reason = t(PROBLEMS[error.problem], self.lang, detail=error.detail)
            message = t(
                "The keymap file {path} is not used: {reason}",
                self.lang,
                path=str(path),
                reason=reason,
            )
            self.notify(message, severity="error", timeout=30, markup=False)
            return
        if not keymap:
            return
        self.set_keymap(keymap)
        self.call_after_refresh(self._check_keymap_ids, path, set(keymap))

    @work(thread=True, group="keymap", exit_on_error=False)
    def _check_keymap_ids(self, path: Path, ids: set[str]) -> None:
        """Say which ids of the keymap file no binding has. Knowing every id means loading
        every screen's module: done on a worker once the first screen is drawn."""
        unknown = sorted(ids - all_bindings().keys())
        if unknown:
            message = t(
                "The keymap file {path} names unknown ids: {ids} (see “facilitator keys”).",
                self.lang,
                path=str(path),
                ids=", ".join(unknown),
            )
            self.call_from_thread(
                self.notify, message, severity="warning", timeout=30, markup=False
            )

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not self._told_option_key:
            letter = mac_option_letter(event.character)
            if letter:
                self._told_option_key = True
                message = t(
                    "The Option key typed “{character}” instead of alt+{letter}. Let "
                    "Option act as Meta: in Terminal, Settings → Profiles → Keyboard → "
                    "“Use Option as Meta key”; in iTerm2, Settings → Profiles → Keys → "
                    "Left Option key: Esc+.",
                    self.lang,
                    character=event.character,
                    letter=letter,
                )
                self.notify(message, severity="warning", timeout=30, markup=False)
        await super().on_event(event)

    def watch_theme(self, theme: str) -> None:
        self._remember_theme(theme)

    @work(thread=True, exclusive=True, group="settings", exit_on_error=False)
    def _remember_theme(self, theme: str) -> None:
        try:
            if self.store.settings().get("theme") != theme:
                self.store.update_settings(theme=theme)
        except OSError as error:
            reason = os_reason(error, self.lang)
            message = t("The theme choice could not be saved: {reason}", self.lang, reason=reason)
            self.call_from_thread(self.notify, message, severity="warning")

    # ------------------------------------------------------------- errors
    def report_error(self, error: BaseException, what: str = "") -> None:
        """An unexpected error in background work: logged with its traceback, and told."""
        log.error("%s failed", what or "work", exc_info=error)
        path = str(self.log_path) if self.log_path else t("no log", self.lang)
        message = t(
            "Something went wrong ({reason}). The details are in {path}",
            self.lang,
            reason=unexpected_reason(error),
            path=path,
        )
        self.notify(message, severity="error", timeout=30, markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        pass_on_failure(self, event)

    def on_work_failed(self, message: WorkFailed) -> None:
        self.report_error(message.error, message.what)

    # ------------------------------------------------------------- sessions
    def start_session(self, session: Session) -> None:
        """Save a new session and open it on the meeting screen, at once: at start, before the
        first key is typed."""
        self._show_new(session, self._save_and_lock(session))

    def start_chosen_session(self, session: Session) -> None:
        """Save a new session the user made and open it: written and locked on a worker."""
        self._start_on_worker(session)

    def start_demo(self, supplier: str = DEMO_SUPPLIER) -> None:
        self.start_chosen_session(new_session(demo_dialogue(), supplier))

    @work(thread=True, exclusive=True, group="open-session", exit_on_error=False)
    def _start_on_worker(self, session: Session) -> None:
        saved = self._save_and_lock(session)
        self.call_from_thread(self._show_new, session, saved)

    def _save_and_lock(self, session: Session) -> tuple[OSError | None, Taken]:
        """Write the new session, then take its lock (any thread); why it could not be saved."""
        try:
            self.store.save_session(session)
        except OSError as error:
            return error, self.take_lock(session)
        return None, self.take_lock(session)

    def _show_new(self, session: Session, saved: tuple[OSError | None, Taken]) -> None:
        error, taken = saved
        if error is not None:
            self.notify(
                t(
                    "Could not save the meeting: {reason}",
                    self.lang,
                    reason=os_reason(error, self.lang),
                ),
                severity="error",
                timeout=30,
            )
        self.show_meeting(session, taken)

    def take_lock(self, session: Session) -> Taken:
        """The session's lock, taken (on any thread); or why it could not be: another instance
        has the meeting (`SessionLocked`), or the lock file cannot be made (`OSError`)."""
        lock = SessionLock(self.store, session.id)
        try:
            lock.acquire()
        except (SessionLocked, OSError) as error:
            return error
        return lock

    def show_meeting(self, session: Session, taken: Taken) -> None:
        """The meeting screen, holding the lock `taken` for it; read-only if another instance has
        the meeting (after asking) or the lock could not be made."""
        if isinstance(taken, SessionLocked):
            question = t(
                "The meeting is open in {holder}. Open it read-only?",
                self.lang,
                holder=taken.who(self.lang),
            )

            def answered(read_only: bool | None) -> None:
                if read_only:
                    self.navigator.meeting(OpenMeeting(self.store, session, read_only=True))
                elif len(self.screen_stack) <= 1:
                    self.navigator.home()

            self.push_screen(ConfirmScreen(question), answered)
        elif isinstance(taken, OSError):
            self.notify(
                t(
                    "The meeting could not be locked ({reason}); it opens read-only.",
                    self.lang,
                    reason=os_reason(taken, self.lang),
                ),
                severity="error",
            )
            self.navigator.meeting(OpenMeeting(self.store, session, read_only=True))
        else:
            self.navigator.meeting(OpenMeeting(self.store, session, taken))

    def open_session(self, session_id: str, *, home_on_failure: bool = False) -> None:
        """Open a stored session at once: at start, before the first key is typed."""
        read = self._read_session(session_id)
        self._show_session(session_id, read, self._lock_unfinished(read), home_on_failure)

    def open_chosen_session(self, session_id: str) -> None:
        """Open the stored session the user chose: read (and locked) on a worker, then shown."""
        self._read_chosen_session(session_id)

    @work(thread=True, exclusive=True, group="open-session", exit_on_error=False)
    def _read_chosen_session(self, session_id: str) -> None:
        self._read_and_show(session_id, home_on_failure=False)

    def _read_and_show(self, session_id: str, *, home_on_failure: bool) -> None:
        """On a worker: read the session, lock it if it opens for writing, then show it."""
        read = self._read_session(session_id)
        taken = self._lock_unfinished(read)
        self.call_from_thread(self._show_session, session_id, read, taken, home_on_failure)

    def _read_session(self, session_id: str) -> Read:
        """The session; a damaged file with its last good copy (if any); or an unknown id."""
        try:
            return self.store.load_session(session_id)
        except UnknownId as error:
            return error
        except DamagedFile as error:
            try:
                backup: Session | None = self.store.load_backup(session_id)
            except (UnknownId, DamagedFile):
                backup = None
            return Damaged(error, backup)

    def _lock_unfinished(self, read: Read) -> Taken | None:
        """The lock of a meeting that opens for writing (not of finished minutes)."""
        if isinstance(read, Session) and not read.is_finished:
            return self.take_lock(read)
        return None

    def _show_session(
        self, session_id: str, read: Read, taken: Taken | None, home_on_failure: bool
    ) -> None:
        """The meeting, or the minutes of a finished one; why not, if it could not be read."""
        if isinstance(read, Damaged):
            self._offer_backup(session_id, read, home_on_failure)
            return
        if isinstance(read, UnknownId):
            self.notify(
                t("Could not open the meeting: {reason}", self.lang, reason=str(read)),
                severity="error",
            )
            if home_on_failure:
                self.navigator.home()
            return
        if taken is None:
            self.navigator.minutes(OpenMeeting(self.store, read))
        else:
            self.show_meeting(read, taken)

    def _offer_backup(self, session_id: str, damaged: Damaged, home_on_failure: bool) -> None:
        """A damaged file is left as it is; the last good copy is offered if there is one."""
        reason = damage_text(damaged.error.damage, self.lang)
        if damaged.backup is None:
            self.notify(
                t(
                    "The meeting file is damaged ({reason}) and there is no good copy. The "
                    "file is left as it is; run 'facilitator doctor'.",
                    self.lang,
                    reason=reason,
                ),
                severity="error",
            )
            if home_on_failure:
                self.navigator.home()
            return

        def answered(restore: bool | None) -> None:
            if restore:
                self._restore(session_id, home_on_failure)
            elif home_on_failure:
                self.navigator.home()

        question = t(
            "The meeting file is damaged ({reason}). It is kept aside. Restore the last "
            "good copy (the meeting with {supplier})?",
            self.lang,
            reason=reason,
            supplier=damaged.backup.supplier,
        )
        self.push_screen(ConfirmScreen(question), answered)

    @work(thread=True, exclusive=True, group="open-session", exit_on_error=False)
    def _restore(self, session_id: str, home_on_failure: bool) -> None:
        """Put the last good copy in place of the damaged file, then open the meeting."""
        try:
            self.store.restore_backup(session_id)
        except (OSError, DamagedFile, UnknownId) as error:
            self.call_from_thread(self._not_restored, error, home_on_failure)
            return
        self._read_and_show(session_id, home_on_failure=True)

    def _not_restored(self, error: Exception, home_on_failure: bool) -> None:
        self.notify(
            t(
                "The copy could not be restored: {reason}. Nothing was removed.",
                self.lang,
                reason=failure_reason(error, self.lang),
            ),
            severity="error",
            timeout=30,
        )
        if home_on_failure:
            self.navigator.home()

    def _handle_exit_signals(self) -> None:
        """Save and exit on SIGTERM, SIGHUP (a closed terminal window sends it) and SIGBREAK
        (closing a Windows console window sends CTRL_CLOSE_EVENT, which Python receives as
        SIGBREAK)."""
        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP", "SIGBREAK"):
            number = getattr(signal, name, None)
            if number is None:
                continue
            try:
                loop.add_signal_handler(number, self._exit_on_signal)
            except NotImplementedError:
                # Windows' event loop takes no signal handlers; the C runtime calls this one on
                # the main thread, from where the loop is asked to run the exit.
                signal.signal(
                    number, lambda *_: loop.call_soon_threadsafe(self._exit_on_signal)
                )

    def _exit_on_signal(self) -> None:
        """Save at once, then handle the keys typed just before the signal, save again, exit.

        Keys typed an instant before may still be on their way (in the terminal, in the app's
        queue, in the editor's); they are given `SIGNAL_GRACE` seconds and then handled in order.
        A closed terminal can leave Textual hanging as it restores the screen, so the process
        ends by itself `SIGNAL_EXIT_TIMEOUT` seconds later: everything is saved by then.
        """
        if self._signalled:
            return
        self._signalled = True
        self._save_meeting()
        if not self.is_headless:  # without a terminal (tests) there is nothing to hang on
            watchdog = threading.Timer(SIGNAL_EXIT_TIMEOUT, os._exit, args=(1,))
            watchdog.daemon = True
            watchdog.start()

        def after_typing() -> None:
            target = self.focused or self.screen
            target.call_later(save_and_exit)

        def save_and_exit() -> None:
            self._save_meeting()
            self.exit(return_code=1)

        self.set_timer(SIGNAL_GRACE, partial(self.call_later, after_typing))

    def _save_meeting(self) -> bool:
        """Write the session being edited, wherever it is on the screen stack; False on failure."""
        return save_open_sessions(self.screen_stack)

    async def action_quit(self) -> None:
        """Save and quit. If the meeting cannot be saved its notes are only in memory: the app
        says so and stays; quitting again leaves anyway."""
        if not self._save_meeting() and not self._quit_unsaved:
            self._quit_unsaved = True
            self.notify(
                t(
                    "The notes could not be saved and are only in memory. Saving is retried "
                    "until it works; {quit} once more quits anyway.",
                    self.lang,
                    quit=key_display(self, "quit"),
                ),
                severity="error",
                timeout=30,
            )
            return
        self.exit(message=self._resumable())

    def _resumable(self) -> Text | None:
        """What is said on leaving a meeting that is not finished: it can be resumed."""
        for screen in self.screen_stack:
            meeting = getattr(screen, "meeting", None)
            if isinstance(meeting, OpenMeeting) and meeting.session.status in (
                Status.RUNNING,
                Status.PAUSED,
            ):
                supplier = meeting.session.supplier
                return Text(
                    t(
                        "The meeting with {supplier} is not finished and can be resumed: start "
                        "facilitator again.",
                        self.lang,
                        supplier=supplier,
                    )
                )
        return None


def run_app(
    store: Store, lang: str, *, session_id: str | None = None, session: Session | None = None
) -> int:
    """Open the app on the home screen, on a stored session, or on a new one."""
    app = FacilitatorApp(store, lang, session=session, session_id=session_id)
    app.run()
    return app.return_code or 0
