"""Booked meetings and the tips library: `book`, `bookings`, `tips`."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from facilitator.cli.context import CliError, Context, escape
from facilitator.cli.dialogues import (
    find_dialogue,
    prep_store,
    print_json,
    print_warnings,
    save_or_fail,
)
from facilitator.domain.session import DEFAULT_TIMEZONE, MeetingFormat
from facilitator.domain.text import clean_name
from facilitator.i18n import t

if TYPE_CHECKING:
    from facilitator.domain.booking import Booking
    from facilitator.importers.calendar import Invite


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    book = subparsers.add_parser("book", help="book a meeting with a supplier that signed up")
    book.add_argument("dialogue", metavar="DIALOGUE", help="dialogue id")
    book.add_argument("--supplier", metavar="ORG", required=True, help="the supplier's name")
    book.add_argument("--at", metavar="ISO", help="date and time, e.g. 2026-03-12T10:00")
    book.add_argument("--format", choices=[f.value for f in MeetingFormat], default=None)
    book.add_argument("--contact", metavar="NAME", action="append", default=[])
    book.add_argument(
        "--ics", metavar="FILE", type=Path, help="take time and people from an invite"
    )
    book.set_defaults(handler=run_book)

    bookings = subparsers.add_parser("bookings", help="list today's and upcoming meetings")
    bookings.add_argument("--all", action="store_true", help="include past and started ones")
    bookings.add_argument("--json", action="store_true", help="print JSON for scripts")
    bookings.set_defaults(handler=run_bookings)

    tips = subparsers.add_parser("tips", help="list the tips library (and which are given most)")
    tips.add_argument("--json", action="store_true", help="print JSON for scripts")
    tips.set_defaults(handler=run_tips)


def _parse_time(value: str, lang: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as error:
        raise CliError(t("prep.cli.bad_time", lang, value=value)) from error
    if len(value.strip()) <= len("2026-03-12"):  # a date alone is not a booked time
        raise CliError(t("records.cli.need_clock", lang, value=value.strip()))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE))


def run_book(args: argparse.Namespace, context: Context) -> int:
    from facilitator.domain.booking import Booking, supplier_people, when_text
    from facilitator.domain.dates import unusual_moment
    from facilitator.domain.participants import Participant
    from facilitator.importers import ImportProblem
    from facilitator.importers.calendar import fill_booking, read_invite

    lang = context.lang
    prep = prep_store(context, writable=True)
    dialogue = find_dialogue(prep, args.dialogue, lang)
    supplier = clean_name(args.supplier)
    if not supplier:
        raise CliError(t("prep.cli.no_supplier", lang))
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
        raise CliError(t("records.cli.need_time", lang))
    slip = unusual_moment(booking.scheduled_at, datetime.now(ZoneInfo(DEFAULT_TIMEZONE)))
    if slip is not None:
        warning = t(f"records.booking.warn_{slip}", lang, date=when_text(booking))
        context.err.print(escape(warning), highlight=False, soft_wrap=True)
    save_or_fail(lambda: prep.save_booking(booking), lang)
    context.out.print(
        t(
            "prep.cli.booked",
            lang,
            id=booking.id,
            supplier=escape(supplier),
            when=when_text(booking),
        ),
        highlight=False,
        soft_wrap=True,
    )
    return 0


def _print_invitees(context: Context, booking: Booking, invite: Invite) -> None:
    """Who the invite put on which side, and which names were made from an address."""
    lang = context.lang
    nobody = t("records.invite.nobody", lang)
    sides = {
        side: "; ".join(p.name for p in people) or nobody
        for side, people in (("own", booking.own_people), ("supplier", booking.contacts))
    }
    text = t("records.invite.people", lang, **sides)
    context.out.print(escape(text), highlight=False, soft_wrap=True)
    for person in [invite.organizer, *invite.attendees]:
        if person is not None and person.guessed:
            text = t("records.invite.guessed", lang, name=person.name, email=person.email)
            context.err.print(escape(text), highlight=False, soft_wrap=True)


def run_bookings(args: argparse.Namespace, context: Context) -> int:
    from rich.table import Table

    from facilitator.domain.booking import upcoming, when_text

    lang = context.lang
    prep = prep_store(context)
    bookings = prep.bookings()
    if not args.all:
        bookings = upcoming(bookings, datetime.now(ZoneInfo(DEFAULT_TIMEZONE)))
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
        context.out.print(t("prep.cli.bookings.empty", lang), highlight=False, soft_wrap=True)
        return 0
    table = Table(title=t("prep.cli.bookings.title", lang))
    for key in ("id", "when", "supplier", "dialogue", "format", "contacts"):
        table.add_column(t(f"prep.cli.col.{key}", lang))
    for b in bookings:
        table.add_row(
            b.id,
            when_text(b),
            escape(b.supplier),
            b.dialogue_id,
            t(f"format.{b.format.value}", lang),
            escape("; ".join(c.name for c in b.contacts)),
        )
    context.out.print(table)
    return 0


def run_tips(args: argparse.Namespace, context: Context) -> int:
    from rich.table import Table

    from facilitator.domain.tips import most_given
    from facilitator.storage.atomic import DamagedFile
    from facilitator.storage.store import UnknownId

    lang = context.lang
    prep = prep_store(context)
    try:
        library = prep.load_tips()
    except DamagedFile as error:
        raise CliError(t("prep.cli.damaged", lang, path=error.path, reason=error.reason)) from error
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
    table = Table(title=t("prep.cli.tips.title", lang))
    for key in ("id", "tip", "given"):
        table.add_column(t(f"prep.cli.col.{key}", lang))
    for tip in tips:
        table.add_row(tip.id, escape(tip.text), str(given.get(tip.id, 0)))
    context.out.print(table)
    return 0
