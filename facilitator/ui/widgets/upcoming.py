"""Today's and upcoming booked meetings, one row each, for the home screen."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from rich.text import Text
from textual.widgets import DataTable

from facilitator.domain.booking import Booking
from facilitator.domain.session import DEFAULT_TIMEZONE
from facilitator.domain.text import printable
from facilitator.i18n import t
from facilitator.ui.rows import at_cursor

#: Longest dialogue title or list of contacts shown in a row (the rest is cut off with "…").
CELL_WIDTH = 22


def _cut(text: str, width: int = CELL_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class UpcomingMeetings(DataTable):
    """Rows keyed by booking id; today's meetings show the time, later ones the date too."""

    def __init__(self, lang: str, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.lang = lang
        self.bookings: list[Booking] = []

    def on_mount(self) -> None:
        for key in ("when", "supplier", "dialogue", "format", "contacts"):
            self.add_column(t(f"ui.prep.upcoming.col.{key}", self.lang), key=key)

    def show(self, today: list[Booking], later: list[Booking], titles: dict[str, str]) -> None:
        self.bookings = today + later
        zone = ZoneInfo(DEFAULT_TIMEZONE)
        self.clear()
        for booking in self.bookings:
            at = booking.scheduled_at.astimezone(zone) if booking.scheduled_at else None
            if at is None:
                when = "–"
            elif booking in today:
                when = t("ui.prep.upcoming.today", self.lang, time=at.strftime("%H:%M"))
            else:
                when = at.strftime("%Y-%m-%d %H:%M")
            self.add_row(
                when,
                Text(printable(booking.supplier)),
                Text(printable(_cut(titles.get(booking.dialogue_id, booking.dialogue_id)))),
                t(f"format.{booking.format.value}", self.lang),
                Text(printable(_cut("; ".join(c.name for c in booking.contacts)))),
                key=booking.id,
            )

    def selected(self) -> Booking | None:
        return at_cursor(self, self.bookings)
