"""One booked meeting: supplier, contact people, date and time, Teams or in person, and an
invite (.ics) to fill them in from."""

from __future__ import annotations

import copy
from datetime import date, datetime, time
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Select, Static

from facilitator.domain.booking import Booking, supplier_people
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import MeetingFormat
from facilitator.domain.text import clean_name, printable
from facilitator.domain.time import FAR, PAST, as_local, in_zone, local_text, unusual_moment
from facilitator.i18n import N_, t, tn
from facilitator.i18n.labels import MEETING_FORMATS
from facilitator.importers.calendar import Invite, fill_booking, read_invite
from facilitator.importers.outline import READING
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorModal

#: Contact people are typed on one line, separated by this.
CONTACT_SEPARATOR = ";"


def _names(people: list[Participant]) -> str:
    return f"{CONTACT_SEPARATOR} ".join(p.name for p in people)


#: Why a meeting's time is questioned before it is saved (by `unusual_moment`).
_QUESTIONED = {
    PAST: N_(
        "The meeting {date} is already in the past. Save again (Enter or {save}) if that is right."
    ),
    FAR: N_(
        "The meeting {date} is more than two years ahead. Save again (Enter or {save}) if that is "
        "right."
    ),
}


class BookingFormScreen(FacilitatorModal["Booking | None"]):
    """Dismisses with the changed copy of the booking (not saved yet), or None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "cancel", N_("Cancel")),
    ]

    def __init__(self, booking: Booking, dialogues: list[Dialogue]) -> None:
        super().__init__()
        self.booking = copy.deepcopy(booking)
        self.dialogues = dialogues
        #: A time already questioned (in the past or far ahead): saving it again keeps it.
        self._questioned = booking.scheduled_at

    def _row(self, label: str, widget: Input | Select[str]) -> Horizontal:
        return Horizontal(Label(t(label, self.lang)), widget, classes="form-row")

    def compose(self) -> ComposeResult:
        b = self.booking
        lang = self.lang
        when = in_zone(b.scheduled_at) if b.scheduled_at else None
        choices = [(Text(printable(d.title)), d.id) for d in self.dialogues]
        known = {d.id for d in self.dialogues}
        if b.dialogue_id not in known:
            choices.append((Text(b.dialogue_id or "?"), b.dialogue_id))
        with Vertical(id="booking-box", classes="dialog -wide prep-form"):
            yield Label(t("Booked meeting", lang), classes="panel-title")
            yield self._row(
                N_("Dialogue"),
                Select(
                    choices, value=b.dialogue_id, allow_blank=False, compact=True, id="bk-dialogue"
                ),
            )
            yield self._row(N_("Supplier"), Input(b.supplier, id="bk-supplier", compact=True))
            yield self._row(
                N_("Contacts"),
                Input(
                    _names(b.contacts),
                    placeholder=t("Name; Name", lang),
                    id="bk-contacts",
                    compact=True,
                ),
            )
            yield Horizontal(
                Label(t("Own staff", lang)),
                Input(
                    _names(b.own_people),
                    placeholder=t("Name; Name", lang),
                    id="bk-own",
                    compact=True,
                ),
                classes="form-row",
            )
            yield self._row(
                N_("Date"),
                Input(
                    when.date().isoformat() if when else "",
                    placeholder=t("YYYY-MM-DD", lang),
                    id="bk-date",
                    compact=True,
                ),
            )
            yield self._row(
                N_("Time"),
                Input(
                    when.strftime("%H:%M") if when else "",
                    placeholder=t("hh:mm", lang),
                    id="bk-time",
                    compact=True,
                ),
            )
            yield self._row(
                N_("Format"),
                Select(
                    [(t(MEETING_FORMATS[f.value], lang), f.value) for f in MeetingFormat],
                    value=b.format.value,
                    allow_blank=False,
                    compact=True,
                    id="bk-format",
                ),
            )
            yield self._row(N_("Join link"), Input(b.join_link, id="bk-link", compact=True))
            yield self._row(
                N_("Invite"),
                Input(
                    placeholder=t("path to an .ics – Enter fills in", lang),
                    id="bk-ics",
                    compact=True,
                ),
            )
            yield Static(
                t(
                    "{save} or Enter saves · {cancel} cancels",
                    lang,
                    save=key_display(self, "save"),
                    cancel=key_display(self, "cancel"),
                ),
                id="bk-hint",
            )

    def on_mount(self) -> None:
        self.query_one("#bk-supplier", Input).focus()

    def _hint(self, text: str, *, problem: bool = False) -> None:
        hint = self.query_one("#bk-hint", Static)
        hint.update(Text(printable(text, keep_newlines=True)))
        hint.set_class(problem, "-problem")

    # ------------------------------------------------------------------ invite
    @on(Input.Submitted, "#bk-ics")
    def _ics_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self._read_invite(Path(event.value.strip()).expanduser())

    def _read_invite(self, path: Path) -> None:
        self.run_io(
            lambda: read_invite(path),
            self._fill,
            failed=None,
            told=self._problem,
            group="invite",
            exclusive=True,
            expected=READING,
        )

    def _problem(self, text: str) -> None:
        self._hint(text, problem=True)

    def _fill(self, invite: Invite) -> None:
        """Take time, format, link and the supplier's people from the invite into the fields."""
        booking = self._from_fields(check_time=False) or self.booking
        dialogue = next((d for d in self.dialogues if d.id == booking.dialogue_id), None)
        before = len(booking.contacts)
        fill_booking(booking, invite, dialogue.participants if dialogue else [])
        self._show(booking)
        added = len(booking.contacts) - before
        lines = [
            tn(
                "Filled in from the invite (1 contact added). Check and save.",
                "Filled in from the invite ({count} contacts added). Check and save.",
                added,
                self.lang,
            )
        ]
        lines += [f"! {w.text(self.lang)}" for w in invite.warnings]
        lines += [
            "! "
            + t(
                "The name {name} was made from the address {email}; check it.",
                self.lang,
                name=p.name,
                email=p.email,
            )
            for p in [invite.organizer, *invite.attendees]
            if p is not None and p.guessed
        ]
        self._hint("\n".join(lines))

    def _show(self, booking: Booking) -> None:
        when = in_zone(booking.scheduled_at) if booking.scheduled_at else None
        self.query_one("#bk-date", Input).value = when.date().isoformat() if when else ""
        self.query_one("#bk-time", Input).value = when.strftime("%H:%M") if when else ""
        self.query_one("#bk-format", Select).value = booking.format.value
        self.query_one("#bk-link", Input).value = booking.join_link
        self.query_one("#bk-contacts", Input).value = _names(booking.contacts)
        self.query_one("#bk-own", Input).value = _names(booking.own_people)

    # ------------------------------------------------------------------ fields
    def _from_fields(self, *, check_time: bool = True) -> Booking | None:
        """The booking as the fields say, or None (with a message) if the date or time is bad."""
        booking = copy.deepcopy(self.booking)
        booking.dialogue_id = str(self.query_one("#bk-dialogue", Select).value)
        booking.supplier = clean_name(self.query_one("#bk-supplier", Input).value)
        booking.format = MeetingFormat(str(self.query_one("#bk-format", Select).value))
        booking.join_link = self.query_one("#bk-link", Input).value.strip()
        booking.contacts = supplier_people(
            booking.supplier, self._people("#bk-contacts", self.booking.contacts)
        )
        booking.own_people = self._people("#bk-own", self.booking.own_people, Role.PROCURER)
        day = self.query_one("#bk-date", Input).value.strip()
        clock = self.query_one("#bk-time", Input).value.strip()
        if not day or not clock:
            if check_time:
                self._hint(t("A booked meeting needs a date and a time.", self.lang), problem=True)
                self.query_one("#bk-time" if day else "#bk-date", Input).focus()
            return None
        try:
            moment = datetime.combine(date.fromisoformat(day), time.fromisoformat(clock))
        except ValueError:
            if check_time:
                self._hint(
                    t("Write the date as 2026-03-12 and the time as 10:00.", self.lang),
                    problem=True,
                )
            return None
        booking.scheduled_at = as_local(moment)
        return booking

    def _people(
        self, field: str, earlier: list[Participant], role: Role = Role.SUPPLIER
    ) -> list[Participant]:
        """The people typed in `field`; a name kept as it was keeps what was known of it."""
        known = {p.name: p for p in earlier}
        names = [clean_name(n) for n in self.query_one(field, Input).value.split(CONTACT_SEPARATOR)]
        return [known.get(n) or Participant(n, role=role) for n in names if n]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "bk-ics":
            self.action_save()

    def action_save(self) -> None:
        booking = self._from_fields()
        if booking is None:
            return
        if not booking.supplier:
            self._hint(t("Name the supplier.", self.lang), problem=True)
            self.query_one("#bk-supplier", Input).focus()
            return
        when = booking.scheduled_at
        if when is not None and when != self._questioned:
            problem = unusual_moment(when, self.facilitator.clock.now())
            if problem is not None:  # saved when the same time is saved again
                self._questioned = when
                shown = local_text(when)
                save = key_display(self, "save")
                self._hint(t(_QUESTIONED[problem], self.lang, date=shown, save=save), problem=True)
                return
        self.dismiss(booking)

    def action_cancel(self) -> None:
        self.dismiss(None)
