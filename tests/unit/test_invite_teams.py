"""Real Exchange and Outlook invites: a Teams meeting is known as one even without a join link,
and the attendees' addresses are kept for sending the minutes."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.booking import Booking
from facilitator.domain.session import MeetingFormat
from facilitator.i18n import N_
from facilitator.importers.calendar import fill_booking, read_invite

REAL = Path(__file__).parent.parent / "samples" / "realworld"


def test_an_invite_with_only_teams_properties_is_booked_as_teams():
    invite = read_invite(REAL / "exchange2010-teams-occurrence-w-europe.ics")
    assert invite.join_link == ""
    booking = Booking("dialogue", "Tine AB")
    fill_booking(booking, invite, [])
    assert booking.format is MeetingFormat.TEAMS


def test_a_telephone_conference_invite_stays_in_person():
    invite = read_invite(REAL / "outlook14-invitation-w-europe.ics")
    assert invite.format is MeetingFormat.IN_PERSON


def test_a_teams_live_invite_keeps_its_join_link_and_the_attendees_address():
    invite = read_invite(REAL / "exchange-online-teams-live-invite.ics")
    assert invite.join_link == "https://teams.live.com/meet/9477691496180"
    booking = Booking("dialogue", "Metaways")
    fill_booking(booking, invite, [])
    assert [c.email for c in booking.contacts] == ["p.hartog@metaways.de"]


def test_addresses_are_kept_with_the_bookings_people():
    invite = read_invite(REAL / "outlook14-invitation-w-europe.ics")
    booking = Booking("dialogue", "Tine AB")
    fill_booking(booking, invite, [])
    people = {p.name: p.email for p in booking.contacts + booking.own_people}
    assert people["Susan Clever"] == "sclever@tine20.org"
    assert people["Wulf Paul"] == "pwulf@tine20.org"


def test_a_published_calendar_of_several_meetings_gives_the_first_with_a_warning():
    invite = read_invite(REAL / "exchange2010-publish-ms-timezones.ics")
    assert invite.start.isoformat() == "2020-09-10T09:00:00+02:00"
    assert invite.minutes == 30
    assert [w.message for w in invite.warnings] == [
        N_("The calendar file holds {count} meetings; the first one was used.")
    ]
    assert invite.format is MeetingFormat.IN_PERSON
