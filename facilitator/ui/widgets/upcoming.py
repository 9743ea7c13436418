"""Today's and upcoming booked meetings, one row each, for the home screen."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from rich.text import Text
from textual.widgets import DataTable

from facilitator.domain.booking import Booking
from facilitator.domain.session import DEFAULT_TIMEZONE, MeetingFormat
from facilitator.i18n import t
from facilitator.ui.rows import at_cursor
from facilitator.ui.widgets.name_cells import name_cell, name_widths


class UpcomingMeetings(DataTable[str | Text]):
    """Rows keyed by booking id; today's meetings show the time, later ones the date too."""

    def __init__(self, lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.lang = lang
        self.bookings: list[Booking] = []

    def on_mount(self) -> None:
        for key in ("when", "supplier", "dialogue", "format", "contacts"):
            self.add_column(t(f"ui.prep.upcoming.col.{key}", self.lang), key=key)

    def show(self, today: list[Booking], later: list[Booking], titles: dict[str, str]) -> None:
        self.bookings = today + later
        self._titles = titles
        zone = ZoneInfo(DEFAULT_TIMEZONE)
        self.clear()
        formats = max(len(t(f"format.{f.value}", self.lang)) for f in MeetingFormat)
        # Supplier, dialogue and contacts share what the time and the format leave.
        suppliers = [booking.supplier for booking in self.bookings]
        dialogues = [titles.get(b.dialogue_id, b.dialogue_id) for b in self.bookings]
        contacts = ["; ".join(c.name for c in booking.contacts) for booking in self.bookings]
        widths = name_widths(
            self.size.width or self.app.size.width, [16, formats], [suppliers, dialogues, contacts]
        )
        for booking, *names in zip(self.bookings, suppliers, dialogues, contacts, strict=True):
            supplier, dialogue, people = map(name_cell, names, widths)
            at = booking.scheduled_at.astimezone(zone) if booking.scheduled_at else None
            if at is None:
                when = "–"
            elif booking in today:
                when = t("ui.prep.upcoming.today", self.lang, time=at.strftime("%H:%M"))
            else:
                when = at.strftime("%Y-%m-%d %H:%M")
            self.add_row(
                when,
                supplier,
                dialogue,
                t(f"format.{booking.format.value}", self.lang),
                people,
                key=booking.id,
            )

    def selected(self) -> Booking | None:
        return at_cursor(self, self.bookings)
