"""Saving the session a screen edits: off the event loop, in order, and loud when it fails."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from rich.text import Text
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from facilitator.domain.session import Session
from facilitator.export.saved import refresh_saved_minutes
from facilitator.i18n import os_reason, t
from facilitator.storage.autosave import RETRY_DELAY, SAVE_DELAY, AutoSaver
from facilitator.storage.store import Store
from facilitator.ui.open_meeting import OpenMeeting


class ScreenSaver:
    """Writes the `meeting`'s session for `screen`, which shows failures in its `#save-error`
    Static."""

    def __init__(self, screen: Screen[Any], meeting: OpenMeeting, lang: str) -> None:
        self.screen = screen
        self.lang = lang
        self.meeting = meeting
        self._timer: Timer | None = None

    @property
    def saver(self) -> AutoSaver:
        return self.meeting.saver

    @property
    def read_only(self) -> bool:
        """Another instance has the session, or it was opened to read: nothing is written."""
        return self.meeting.read_only

    def changed(self, *, now: bool = False) -> None:
        """The session changed: save it now (entries, moves), or soon (typing)."""
        if self.read_only:
            return
        self.saver.changed()
        if now:
            self._stop_timer()
            self._save()
        elif self._timer is None:
            self._timer = self.screen.set_timer(SAVE_DELAY, self._save)

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _save(self) -> None:
        self._timer = None
        if not self.saver.dirty and self.saver.error is None:
            return
        self.saver.stage()
        self.screen.run_worker(
            self._write, thread=True, group="save", description="save", exit_on_error=False
        )

    def _write(self) -> None:
        ok = self.saver.write_staged()
        if self.screen.is_attached:
            self.screen.app.call_from_thread(self._after_write, ok)

    def _after_write(self, ok: bool) -> None:
        """Show or clear the failure banner by the latest write's outcome, not this one's (`ok`):
        two writes may report back in either order, and a failure reported late must not bring
        the banner back after a later save succeeded."""
        banner = next(self.screen.query("#save-error").results(Static), None)
        error = self.saver.error
        if error is None:
            if banner is not None:
                banner.display = False
            return
        message = Text(
            t(
                "SAVE FAILED ({reason}). The text is kept in memory; retrying…",
                self.lang,
                reason=os_reason(error, self.lang),
            )
        )
        if banner is not None:
            banner.update(message)
            banner.display = True
        else:
            self.screen.notify(str(message), severity="error", markup=False)
        if self._timer is None and self.screen.is_attached:
            self._timer = self.screen.set_timer(RETRY_DELAY, self._save)

    def save_now(self) -> bool:
        """Write at once on this thread (end, leaving the screen, quit, signals), whether or not a
        change was reported; True when it is on disk."""
        self._stop_timer()
        if self.read_only:
            return True
        ok = self.saver.save_now()
        self._after_write(ok)
        return ok


def save_open_sessions(screens: Iterable[Screen[Any]]) -> bool:
    """Write at once every session being edited on `screens`; False if any write failed."""
    savers = [getattr(screen, "saving", None) for screen in screens]
    return all([saver.save_now() for saver in savers if isinstance(saver, ScreenSaver)])


def refresh_minutes_files(
    screen: Screen[Any], store: Store, session: Session, lang: str, now: datetime
) -> None:
    """Write the session's saved minutes files again after a finalise or a correction, so none
    of them says an older state; a failure is shown."""
    try:
        refresh_saved_minutes(store, session, now)
    except OSError as error:
        reason = error.strerror or str(error)
        message = t("The minutes could not be saved: {reason}", lang, reason=reason)
        screen.app.notify(message, severity="error", markup=False)
