"""Which screen follows which. Screens ask the app's navigator to open another screen; the
screens are loaded here when first opened (the meeting, minutes and register screens bring
Markdown and document libraries, which the home screen does not need), and nowhere else."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from facilitator.domain.booking import Booking
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.session import Session
from facilitator.ui.open_meeting import OpenMeeting

if TYPE_CHECKING:
    from facilitator.ui.app import FacilitatorApp
    from facilitator.ui.screens.base import FacilitatorScreen


def _load(module: str, name: str) -> Any:
    """`name` from the screen module `module`, imported the first time it is asked for."""
    return getattr(import_module(f"facilitator.ui.screens.{module}"), name)


class Navigator:
    def __init__(self, app: FacilitatorApp) -> None:
        self.app = app

    def _show(self, screen: Screen[Any]) -> None:
        """In place of the screen shown, or as the first screen over the app's blank one."""
        if len(self.app.screen_stack) > 1:
            self.app.switch_screen(screen)
        else:
            self.app.push_screen(screen)

    def _open(self, module: str, name: str, *args: object, **options: object) -> None:
        """Open the screen `name` of `module` over the one shown."""
        self.app.push_screen(_load(module, name)(*args, **options))

    # ------------------------------------------------------------ the meeting
    def home(self, *, offer_resume: bool = False) -> None:
        self._show(_load("home", "HomeScreen")(offer_resume=offer_resume))

    def meeting(self, meeting: OpenMeeting) -> None:
        self._show(_load("meeting", "MeetingScreen")(meeting))

    def wrapup(self, meeting: OpenMeeting) -> None:
        """The wrap-up after the meeting, or of finished minutes reopened for a correction."""
        self.app.switch_screen(_load("wrapup", "WrapUpScreen")(meeting))

    def minutes(self, meeting: OpenMeeting) -> None:
        self._show(_load("minutes", "MinutesScreen")(meeting))

    def read_only_minutes(self, session_id: str, line: str) -> None:
        """A stored meeting's minutes over the screen shown, scrolled to `line`."""
        _load("record", "open_read_only")(self.app, session_id, line)

    # ------------------------------------------------------------ preparation
    def dialogues(self) -> None:
        self._open("dialogues", "DialoguesScreen")

    def edit_dialogue(self, dialogue: Dialogue, *, is_new: bool = False) -> None:
        self._open("dialogue_editor", "DialogueEditorScreen", dialogue, is_new=is_new)

    def import_questions(self, target: Dialogue | None) -> None:
        self._open("import_preview", "ImportScreen", target)

    def new_session(self, dialogue_id: str | None = None) -> None:
        """Ask for the dialogue, supplier and format of a new meeting, then start it."""
        form = _load("new_session", "NewSessionScreen")(dialogue_id=dialogue_id)
        self.app.push_screen(form, self._start)

    def _start(self, session: Session | None) -> None:
        if session is not None:
            self.app.start_chosen_session(session)

    def bookings(self) -> None:
        self._open("bookings", "BookingsScreen")

    def edit_booking(
        self, screen: FacilitatorScreen[Any], booking: Booking | None = None, dialogue_id: str = ""
    ) -> None:
        """The booking form over `screen` (a new booking for `dialogue_id` without `booking`)."""
        _load("bookings", "edit_booking")(screen, booking, dialogue_id)

    def start_booking(self, screen: FacilitatorScreen[Any], booking: Booking) -> None:
        _load("bookings", "start_booked_meeting")(screen, booking)

    def tips(self) -> None:
        self._open("tips_library", "TipsLibraryScreen")

    # ------------------------------------------------------- across meetings
    def summary(self, dialogue_id: str) -> None:
        self._open("summary", "SummaryScreen", dialogue_id)

    def search(self) -> None:
        self._open("search", "SearchScreen")

    def needs(self) -> None:
        self._open("registers", "NeedsScreen")

    def actions(self) -> None:
        self._open("registers", "ActionsScreen")

    def insights(self) -> None:
        self._open("registers", "InsightsScreen")
