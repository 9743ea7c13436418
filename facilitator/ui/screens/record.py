"""A stored meeting opened read-only from a search hit or a register row, at the line found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.domain.session import Session
from facilitator.i18n import t
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.ids import UnknownId
from facilitator.ui.errors import failure_reason
from facilitator.ui.open_meeting import OpenMeeting
from facilitator.ui.screens.minutes import MinutesScreen

if TYPE_CHECKING:
    from facilitator.ui.app import FacilitatorApp


def open_read_only(app: FacilitatorApp, session_id: str, line: str) -> None:
    """Show the meeting's minutes (nothing is written unless the user finalises or corrects
    them), scrolled to where `line` is; the meeting is read on a worker."""

    def read() -> None:
        try:
            session = app.store.load_session(session_id)
        except (DamagedFile, UnknownId, OSError) as error:
            reason = failure_reason(error, app.lang)
            message = t("Could not open the meeting: {reason}", app.lang, reason=reason)
            app.call_from_thread(app.notify, message, severity="error", markup=False)
            return
        app.call_from_thread(_show, app, session, line)

    app.run_worker(read, thread=True, group="open-record", exclusive=True, exit_on_error=False)


def _show(app: FacilitatorApp, session: Session, line: str) -> None:
    app.push_screen(MinutesScreen(OpenMeeting(app.store, session, read_only=True), reveal=line))
