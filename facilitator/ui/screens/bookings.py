"""Booked meetings: list, book, change, cancel and start them."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Footer, Label

from facilitator.domain.booking import Booking
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.session import MeetingFormat, Session
from facilitator.domain.time import when_text
from facilitator.i18n import N_, t, tp
from facilitator.i18n.labels import MEETING_FORMATS
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.ids import UnknownId
from facilitator.storage.prep import PrepStore
from facilitator.ui.bindings import key_display
from facilitator.ui.open_meeting import Taken
from facilitator.ui.rows import at_cursor
from facilitator.ui.screens.base import FacilitatorScreen
from facilitator.ui.screens.booking_form import BookingFormScreen
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.widgets.name_cells import name_cell, name_widths
from facilitator.ui.widgets.upcoming import BOOKING_COLUMNS


def edit_booking(
    screen: FacilitatorScreen[None], booking: Booking | None = None, dialogue_id: str = ""
) -> None:
    """Open the booking form over `screen` (a new booking for `dialogue_id` when `booking` is
    None) once the dialogues are read; the booking is saved in a thread when the form is
    confirmed."""
    prep = PrepStore(screen.store)

    def saved(changed: Booking) -> None:
        when = when_text(changed.scheduled_at)
        message = t(
            "The meeting with {supplier} is booked ({when}).",
            screen.lang,
            supplier=changed.supplier,
            when=when,
        )
        screen.notify(message, markup=False)
        screen.post_message(BookingsChanged())

    def done(changed: Booking | None) -> None:
        if changed is not None:
            screen.run_io(
                lambda: prep.save_booking(changed), lambda _: saved(changed), group="save-booking"
            )

    def read(dialogues: list[Dialogue]) -> None:
        first = dialogues[0].id if dialogues else ""
        form = BookingFormScreen(booking or Booking(dialogue_id or first, ""), dialogues)
        screen.app.push_screen(form, done)

    screen.run_io(prep.dialogues, read, failed=N_("Could not read: {reason}"), group="booking-form")


def start_booked_meeting(screen: FacilitatorScreen[None], booking: Booking) -> None:
    """Open the meeting for a booking: its session if it was started, else, once the user
    confirms, a new one with the supplier, contacts and the dialogue's standard participants
    filled in. The screen that follows replaces this one: the question is answered by a
    callback, not awaited in a worker of this screen, which closing the screen would cancel."""
    app = screen.facilitator
    if booking.started and booking.session_id:
        app.open_chosen_session(booking.session_id)
        return
    prep = PrepStore(screen.store)

    def start() -> tuple[Session, Taken] | None:
        try:
            session = prep.start_booking(booking)
        except (UnknownId, DamagedFile, ValueError) as error:
            message = t(
                "The meeting could not be started: {reason}", screen.lang, reason=str(error)
            )
            app.call_from_thread(app.notify, message, severity="error", timeout=30, markup=False)
            return None
        return session, app.take_lock(session)

    def started(opened: tuple[Session, Taken] | None) -> None:
        if opened is not None:
            app.show_meeting(*opened)

    def answered(yes: bool | None) -> None:
        if yes:
            screen.run_io(start, started, group="start-booking")

    question = t(
        "Start the meeting with {supplier} ({when}) now?",
        screen.lang,
        supplier=booking.supplier,
        when=when_text(booking.scheduled_at),
    )
    app.push_screen(ConfirmScreen(question), answered)


#: Whether a booked meeting has been started.
_STARTED, _BOOKED = N_("started"), N_("booked")


class BookingsChanged(Message):
    """A booking was saved or removed; lists of bookings reload."""


class BookingsScreen(FacilitatorScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_booking", N_("New booking")),
        Binding("e", "edit", N_("Edit")),
        Binding("delete,x", "delete", N_("Delete")),
        Binding("s", "start", N_("Start meeting")),
        Binding("escape", "app.pop_screen", N_("Back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.prep = PrepStore(self.store)
        self.bookings: list[Booking] = []

    def compose(self) -> ComposeResult:
        yield Label(t("Booked meetings", self.lang), classes="screen-title")
        yield DataTable(id="bookings", cursor_type="row", zebra_stripes=True)
        yield Label(id="bookings-hint", classes="hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, heading in BOOKING_COLUMNS:
            if key == "contacts":
                table.add_column(tp("contact people", "Contacts", self.lang), key=key)
            else:
                table.add_column(t(heading, self.lang), key=key)
        table.add_column(t("State", self.lang), key="state")
        table.focus()
        self._load()

    def on_screen_resume(self) -> None:
        self._load()

    def on_resize(self) -> None:
        if self.bookings:
            self._show(self.bookings, self._titles)

    @on(BookingsChanged)
    def _changed(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="bookings", exit_on_error=False)
    def _load(self) -> None:
        bookings = self.prep.bookings()
        titles = {d.id: d.title for d in self.prep.dialogues()}
        self.from_worker(self._show, bookings, titles)

    def _show(self, bookings: list[Booking], titles: dict[str, str]) -> None:
        self.bookings = bookings
        self._titles = titles
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        formats = max(len(t(MEETING_FORMATS[f.value], self.lang)) for f in MeetingFormat)
        states = max(len(t(s, self.lang)) for s in (_STARTED, _BOOKED))
        # Supplier, dialogue and contacts share what the time, format and state leave.
        suppliers = [b.supplier for b in bookings]
        dialogues = [titles.get(b.dialogue_id, b.dialogue_id) for b in bookings]
        contacts = ["; ".join(c.name for c in b.contacts) for b in bookings]
        widths = name_widths(
            table.size.width or self.size.width,
            [16, formats, states],
            [suppliers, dialogues, contacts],
        )
        for b, *names in zip(bookings, suppliers, dialogues, contacts, strict=True):
            supplier, dialogue, people = map(name_cell, names, widths)
            state = _STARTED if b.started else _BOOKED
            table.add_row(
                when_text(b.scheduled_at),
                supplier,
                dialogue,
                t(MEETING_FORMATS[b.format.value], self.lang),
                people,
                t(state, self.lang),
                key=b.id,
            )
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        hint = (
            N_("Enter edits · {new} new booking · {start} starts the meeting · {delete} removes")
            if bookings
            else N_("No booked meetings. {new} books one.")
        )
        keys = {action: key_display(self, action) for action in ("new_booking", "start", "delete")}
        self.query_one("#bookings-hint", Label).update(
            t(hint, self.lang, new=keys["new_booking"], start=keys["start"], delete=keys["delete"])
        )

    def selected(self) -> Booking | None:
        return at_cursor(self.query_one(DataTable), self.bookings)

    def action_new_booking(self) -> None:
        edit_booking(self)

    def action_edit(self) -> None:
        booking = self.selected()
        if booking is not None:
            edit_booking(self, booking)

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_edit()

    def action_start(self) -> None:
        booking = self.selected()
        if booking is not None:
            start_booked_meeting(self, booking)

    def action_delete(self) -> None:
        booking = self.selected()
        if booking is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(booking.id)

        question = t(
            "Delete the booking with {supplier} ({when})?",
            self.lang,
            supplier=booking.supplier,
            when=when_text(booking.scheduled_at),
        )
        self.app.push_screen(ConfirmScreen(question), answered)

    def _delete(self, booking_id: str) -> None:
        self.run_io(
            lambda: self.prep.delete_booking(booking_id),
            lambda _: self._load(),
            group="delete-booking",
        )
