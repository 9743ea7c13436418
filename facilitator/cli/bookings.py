"""Booked meetings and the tips library: `book`, `bookings`, `tips`."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from facilitator.cli.context import CliError, Context, escape
from facilitator.cli.dialogues import (
    find_dialogue,
    prep_store,
    print_warnings,
    save_or_fail,
)
from facilitator.cli.output import print_json
from facilitator.domain.session import MeetingFormat
from facilitator.domain.text import clean_name
from facilitator.domain.time import as_local, now_local, when_text
from facilitator.i18n import N_, t, tp
from facilitator.i18n.labels import MEETING_FORMATS

_SLIPS = {
    "past": N_("Note: the meeting {date} is already in the past."),
    "far": N_("Note: the meeting {date} is more than two years ahead."),
}

if TYPE_CHECKING:
    from facilitator.domain.booking import Booking
    from facilitator.importers.calendar import Invite


def _parse_time(value: str, lang: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as error:
        raise CliError(
            t("“{value}” is not a time; write e.g. 2026-03-12T10:00.", lang, value=value)
        ) from error
    if len(value.strip()) <= len("2026-03-12"):  # a date alone is not a booked time
        raise CliError(
            t("“{value}” has no time of day; write e.g. {value}T10:00.", lang, value=value.strip())
        )
    return as_local(moment)


def run_book(args: argparse.Namespace, context: Context) -> int:
    from facilitator.domain.booking import Booking, supplier_people
    from facilitator.domain.participants import Participant
    from facilitator.domain.time import unusual_moment
    from facilitator.importers import ImportProblem
    from facilitator.importers.calendar import fill_booking, read_invite

    lang = context.lang
    prep = prep_store(context, writable=True)
    dialogue = find_dialogue(prep, args.dialogue, lang)
    supplier = clean_name(args.supplier)
    if not supplier:
        raise CliError(t("Give the supplier's name.", lang))
    names = [clean_name(name) for name in args.contact]
    contacts = [Participant(name) for name in names if name]
    booking = Booking(dialogue.id, supplier, supplier_people(supplier, contacts))
    if args.ics:
        try:
            invite = read_invite(args.ics)
        except ImportProblem as problem:
            raise CliError(problem.text(lang)) from problem
        fill_booking(booking, invite, dialogue.participants)
        print_warnings(context, invite.warnings)
        _print_invitees(context, booking, invite)
    if args.at:
        booking.scheduled_at = _parse_time(args.at, lang)
    if args.format:
        booking.format = MeetingFormat(args.format)
    if booking.scheduled_at is None:
        raise CliError(
            t(
                "Give the meeting's date and time with --at, e.g. --at 2026-03-12T10:00 (or "
                "--ics FILE).",
                lang,
            )
        )
    slip = unusual_moment(booking.scheduled_at, now_local())
    if slip is not None:
        warning = t(_SLIPS[slip], lang, date=when_text(booking.scheduled_at))
        context.err.print(escape(warning), highlight=False, soft_wrap=True)
    save_or_fail(lambda: prep.save_booking(booking), lang)
    context.out.print(
        t(
            "Booked {when} with {supplier} (booking {id}).",
            lang,
            id=booking.id,
            supplier=escape(supplier),
            when=when_text(booking.scheduled_at),
        ),
        highlight=False,
        soft_wrap=True,
    )
    return 0


def _print_invitees(context: Context, booking: Booking, invite: Invite) -> None:
    """Who the invite put on which side, and which names were made from an address."""
    lang = context.lang
    nobody = t("nobody", lang)
    sides = {
        side: "; ".join(p.name for p in people) or nobody
        for side, people in (("own", booking.own_people), ("supplier", booking.contacts))
    }
    text = t("From the invite – own organisation: {own}; the supplier: {supplier}.", lang, **sides)
    context.out.print(escape(text), highlight=False, soft_wrap=True)
    for person in [invite.organizer, *invite.attendees]:
        if person is not None and person.guessed:
            text = t(
                "The name {name} was made from the address {email}; check it.",
                lang,
                name=person.name,
                email=person.email,
            )
            context.err.print(escape(text), highlight=False, soft_wrap=True)


def run_bookings(args: argparse.Namespace, context: Context) -> int:
    from rich.table import Table

    from facilitator.domain.booking import upcoming

    lang = context.lang
    prep = prep_store(context)
    bookings = prep.bookings()
    if not args.all:
        bookings = upcoming(bookings, now_local())
    if args.json:
        print_json(
            context,
            [
                {
                    "id": b.id,
                    "dialogue_id": b.dialogue_id,
                    "supplier": b.supplier,
                    "contacts": [c.name for c in b.contacts],
                    "own_people": [p.name for p in b.own_people],
                    "scheduled_at": b.scheduled_at.isoformat() if b.scheduled_at else None,
                    "format": b.format.value,
                    "join_link": b.join_link,
                    "session_id": b.session_id,
                }
                for b in bookings
            ],
        )
        return 0
    if not bookings:
        context.out.print(t("No booked meetings.", lang), highlight=False, soft_wrap=True)
        return 0
    table = Table(title=t("Today's and upcoming meetings", lang))
    for heading in (N_("Id"), N_("When"), N_("Supplier"), N_("Dialogue"), N_("Format")):
        table.add_column(t(heading, lang))
    table.add_column(tp("contact people", "Contacts", lang))
    for b in bookings:
        table.add_row(
            b.id,
            when_text(b.scheduled_at),
            escape(b.supplier),
            b.dialogue_id,
            t(MEETING_FORMATS[b.format.value], lang),
            escape("; ".join(c.name for c in b.contacts)),
        )
    context.out.print(table)
    return 0


def run_tips(args: argparse.Namespace, context: Context) -> int:
    from rich.table import Table

    from facilitator.domain.tips import most_given
    from facilitator.storage.atomic import DamagedFile
    from facilitator.storage.ids import UnknownId

    lang = context.lang
    prep = prep_store(context)
    try:
        library = prep.load_tips()
    except DamagedFile as error:
        raise CliError(
            t("{path} cannot be read: {reason}", lang, path=error.path, reason=error.reason)
        ) from error
    sessions = []
    for session_id in prep.store.session_ids():
        try:
            sessions.append(prep.store.load_session(session_id))
        except (DamagedFile, UnknownId):
            continue
    given = dict(most_given(sessions))
    tips = sorted(library.in_lang(lang), key=lambda tip: -given.get(tip.id, 0))
    if args.json:
        print_json(
            context,
            [
                {"id": tip.id, "text": tip.text, "lang": tip.lang, "given": given.get(tip.id, 0)}
                for tip in tips
            ],
        )
        return 0
    table = Table(title=t("The tips library", lang))
    for heading in (N_("Id"), N_("Tip"), N_("Given")):
        table.add_column(t(heading, lang))
    for tip in tips:
        table.add_row(tip.id, escape(tip.text), str(given.get(tip.id, 0)))
    context.out.print(table)
    return 0
