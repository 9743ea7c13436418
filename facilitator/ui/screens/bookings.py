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
from facilitator.i18n import t
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.ids import UnknownId
from facilitator.storage.prep import PrepStore
from facilitator.ui.rows import at_cursor
from facilitator.ui.screens.base import FacilitatorScreen
from facilitator.ui.screens.booking_form import BookingFormScreen
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.widgets.name_cells import name_cell, name_widths


def edit_booking(
    screen: FacilitatorScreen[None], booking: Booking | None = None, dialogue_id: str = ""
) -> None:
    """Open the booking form over `screen` (a new booking for `dialogue_id` when `booking` is
    None) once the dialogues are read; the booking is saved in a thread when the form is
    confirmed."""
    prep = PrepStore(screen.store)

    def saved(changed: Booking) -> None:
        when = when_text(changed.scheduled_at)
        message = t("ui.prep.booking.saved", screen.lang, supplier=changed.supplier, when=when)
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

    screen.run_io(prep.dialogues, read, failed="screens.cannot_read", group="booking-form")


def start_booked_meeting(screen: FacilitatorScreen[None], booking: Booking) -> None:
    """Open the meeting for a booking: its session if it was started, else a new one with the
    supplier, contacts and the dialogue's standard participants filled in."""
    app = screen.facilitator
    if booking.started and booking.session_id:
        app.open_chosen_session(booking.session_id)
        return
    prep = PrepStore(screen.store)

    def start() -> Session | None:
        try:
            return prep.start_booking(booking)
        except (UnknownId, DamagedFile, ValueError) as error:
            message = t("ui.prep.booking.cannot_start", screen.lang, reason=str(error))
            app.call_from_thread(app.notify, message, severity="error", timeout=30, markup=False)
            return None

    def started(session: Session | None) -> None:
        if session is not None:
            app.open_meeting(session)

    screen.run_io(start, started, group="start-booking")


class BookingsChanged(Message):
    """A booking was saved or removed; lists of bookings reload."""


class BookingsScreen(FacilitatorScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_booking", "key.new_booking"),
        Binding("e", "edit", "key.edit"),
        Binding("delete,x", "delete", "key.delete"),
        Binding("s", "start", "key.start_meeting"),
        Binding("escape", "app.pop_screen", "key.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.prep = PrepStore(self.store)
        self.bookings: list[Booking] = []

    def compose(self) -> ComposeResult:
        yield Label(t("ui.prep.bookings.title", self.lang), classes="screen-title")
        yield DataTable(id="bookings", cursor_type="row", zebra_stripes=True)
        yield Label(id="bookings-hint", classes="hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in ("when", "supplier", "dialogue", "format", "contacts", "state"):
            table.add_column(t(f"ui.prep.bookings.col.{key}", self.lang), key=key)
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

    @work(thread=True, exclusive=True, group="bookings")
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
        formats = max(len(t(f"format.{f.value}", self.lang)) for f in MeetingFormat)
        states = max(len(t(f"ui.prep.bookings.{s}", self.lang)) for s in ("started", "waiting"))
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
            state = "ui.prep.bookings.started" if b.started else "ui.prep.bookings.waiting"
            table.add_row(
                when_text(b.scheduled_at),
                supplier,
                dialogue,
                t(f"format.{b.format.value}", self.lang),
                people,
                t(state, self.lang),
                key=b.id,
            )
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        hint = "ui.prep.bookings.hint" if bookings else "ui.prep.bookings.empty"
        self.query_one("#bookings-hint", Label).update(t(hint, self.lang))

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
            "ui.prep.bookings.confirm_delete",
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
