"""Reading a meeting invite (.ics) as Outlook and Teams send it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.booking import Booking
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import MeetingFormat
from facilitator.i18n import N_
from facilitator.importers import ImportProblem
from facilitator.importers.calendar import fill_booking, parse_invite, read_invite

SAMPLES = Path(__file__).parent.parent / "samples"
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def ics(*event_lines: str, extra: str = "") -> bytes:
    body = "\r\n".join(event_lines)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n"
        f"{extra}BEGIN:VEVENT\r\n{body}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_teams_invite_gives_time_people_and_join_link():
    invite = read_invite(SAMPLES / "teams-invite.ics")
    # W. Europe Standard Time in March is UTC+1.
    assert invite.start == datetime(2026, 3, 12, 10, 0, tzinfo=STOCKHOLM)
    assert invite.start.utcoffset() == timedelta(hours=1)
    assert invite.minutes == 45
    assert invite.summary == "Dialogmöte: Ramavtal hantverkstjänster – Exempel Bygg AB"
    assert invite.organizer is not None and invite.organizer.name == "Josefine Upphandlare"
    # Quoted and folded CN values; the organiser is not listed again as an attendee.
    assert [a.name for a in invite.attendees] == ["Anna Nilsson", "Per Åkesson"]
    assert invite.join_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_")
    assert invite.join_link.endswith("%22%7d")  # unfolded whole, without the closing ">"
    assert invite.format is MeetingFormat.TEAMS
    assert invite.warnings == []


def test_invite_fills_a_booking_with_the_suppliers_people_only():
    booking = Booking("demo-hantverk", "Exempel Bygg AB")
    buying_side = [Participant("Josefine Upphandlare", "Exempelby kommun", Role.PROCURER)]
    fill_booking(booking, read_invite(SAMPLES / "teams-invite.ics"), buying_side)
    assert booking.scheduled_at == datetime(2026, 3, 12, 9, 0, tzinfo=timezone.utc)
    assert [(c.name, c.organisation, c.role) for c in booking.contacts] == [
        ("Anna Nilsson", "Exempel Bygg AB", Role.SUPPLIER),
        ("Per Åkesson", "Exempel Bygg AB", Role.SUPPLIER),
    ]
    assert booking.join_link.startswith("https://teams.microsoft.com/")


# Copied byte for byte from the shared real-world fixtures (sources in realworld/README.md).
FIXTURES = SAMPLES / "realworld"


def mixed_invite() -> bytes:
    return ics(
        "DTSTART;TZID=Europe/Stockholm:20260401T090000",
        "ORGANIZER;CN=Josefine Upphandlare:mailto:josefine.upphandlare@exempelby.se",
        'ATTENDEE;CN="Svensson, Per":mailto:per.svensson@exempelby.se',
        "ATTENDEE;CN=Lisa IT:mailto:lisa@it.exempelby.se",
        'ATTENDEE;CN="Nilsson, Anna":mailto:anna.nilsson@exempelbygg.se',
        "ATTENDEE;RSVP=TRUE:mailto:kalle@exempelbygg.se",
        "ATTENDEE;CN=Josefine Upphandlare:mailto:josefine.upphandlare@exempelby.se",
    )


def test_the_organiser_and_own_domain_are_our_people_the_supplier_domain_theirs():
    booking = Booking("d", "Exempel Bygg AB")
    fill_booking(booking, parse_invite(mixed_invite()), [])
    assert [(p.name, p.role, p.guessed) for p in booking.own_people] == [
        ("Josefine Upphandlare", Role.PROCURER, False),
        ("Per Svensson", Role.PROCURER, False),
        ("Lisa IT", Role.PROCURER, False),
    ]
    assert [(c.name, c.organisation, c.guessed) for c in booking.contacts] == [
        ("Anna Nilsson", "Exempel Bygg AB", False),
        ("Kalle", "Exempel Bygg AB", True),
    ]


def test_a_third_domain_is_ours_when_the_suppliers_domain_bears_its_name():
    data = ics(
        "DTSTART:20260401T070000Z",
        "ORGANIZER;CN=Josefine:mailto:josefine@exempelby.se",
        "ATTENDEE;CN=Konsult Karin:mailto:karin@inkopskonsult.se",
        "ATTENDEE;CN=Åsa Ström:mailto:asa@akessonsbygg.se",
    )
    booking = Booking("d", "Åkessons Bygg AB")
    fill_booking(booking, parse_invite(data), [])
    assert [p.name for p in booking.own_people] == ["Josefine", "Konsult Karin"]
    assert [c.name for c in booking.contacts] == ["Åsa Ström"]


def test_a_booking_starts_a_session_with_the_own_people_and_the_suppliers():
    from facilitator.domain.booking import session_from_booking
    from facilitator.domain.dialogue import Dialogue

    booking = Booking("d", "Exempel Bygg AB")
    fill_booking(booking, parse_invite(mixed_invite()), [])
    standard = Participant("Josefine Upphandlare", "Exempelby kommun", Role.PROCURER)
    session = session_from_booking(Dialogue("Städ", participants=[standard]), booking)
    assert [(p.name, p.role) for p in session.participants] == [
        ("Josefine Upphandlare", Role.PROCURER),
        ("Per Svensson", Role.PROCURER),
        ("Lisa IT", Role.PROCURER),
        ("Anna Nilsson", Role.SUPPLIER),
        ("Kalle", Role.SUPPLIER),
    ]


def test_real_invites_name_people_in_reading_order_or_from_the_address():
    outlook = read_invite(FIXTURES / "outlook14-invitation-w-europe.ics")
    assert outlook.organizer is not None
    assert outlook.organizer.name == "Tine 2.0 Admin Account"
    assert [a.name for a in outlook.attendees] == [
        "Tine 2.0 Admin Account",
        "Susan Clever",
        "Wulf Paul",
    ]
    teams = read_invite(FIXTURES / "exchange-online-teams-live-invite.ics")
    assert [(a.name, a.email, a.guessed) for a in teams.attendees] == [
        ("P. Hartog", "p.hartog@metaways.de", True)
    ]
    booking = Booking("d", "Metaways")
    fill_booking(booking, teams, [])
    assert [p.name for p in booking.own_people] == ["Paul Hartog"]
    assert [(c.name, c.guessed) for c in booking.contacts] == [("P. Hartog", True)]


def test_utc_time_duration_and_in_person_meeting():
    invite = parse_invite(
        ics("DTSTART:20260401T070000Z", "DURATION:PT1H30M", "LOCATION:Stadshuset\\, rum 3")
    )
    assert invite.start == datetime(2026, 4, 1, 7, 0, tzinfo=timezone.utc)
    assert invite.minutes == 90
    assert invite.location == "Stadshuset, rum 3"
    assert invite.format is MeetingFormat.IN_PERSON


def test_join_link_found_in_the_description():
    invite = parse_invite(
        ics(
            "DTSTART;TZID=Europe/Stockholm:20260401T090000",
            "DESCRIPTION:Anslut: https://teams.microsoft.com/l/meetup-join/abc/0?x=1\\nVälkommen",
        )
    )
    assert invite.join_link == "https://teams.microsoft.com/l/meetup-join/abc/0?x=1"
    assert invite.start.tzinfo == STOCKHOLM


def test_recurring_meeting_uses_the_first_occurrence_and_warns():
    invite = parse_invite(
        ics("DTSTART;TZID=W. Europe Standard Time:20260105T100000", "RRULE:FREQ=WEEKLY;COUNT=4")
    )
    assert invite.start == datetime(2026, 1, 5, 10, 0, tzinfo=STOCKHOLM)
    assert [w.message for w in invite.warnings] == [
        N_("The meeting recurs; its first occurrence was used.")
    ]


def test_unknown_zone_is_read_as_swedish_time_with_a_warning():
    invite = parse_invite(ics("DTSTART;TZID=Customized Time Zone:20260601T130000"))
    assert invite.start == datetime(2026, 6, 1, 13, 0, tzinfo=STOCKHOLM)
    assert [w.message for w in invite.warnings] == [
        N_("The time zone {zone} is unknown; the time was read as {default}.")
    ]


def test_several_events_take_the_first():
    data = ics("DTSTART:20260601T080000Z", "SUMMARY:Första").replace(
        b"END:VCALENDAR", b"BEGIN:VEVENT\r\nDTSTART:20260602T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR"
    )
    invite = parse_invite(data)
    assert invite.summary == "Första"
    assert [w.message for w in invite.warnings] == [
        N_("The calendar file holds {count} meetings; the first one was used.")
    ]


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
            N_("The calendar file holds no meeting."),
        ),
        (b"Hej, vi ses p\xe5 torsdag!", N_("The file is not a calendar file (.ics).")),
        (b"", N_("The file is empty.")),
        (b"\x00\x01\x02binary\x00", N_("The file is not a calendar file (.ics).")),
        (b"PK\x03\x04 a .docx given by mistake", N_("The file is not a calendar file (.ics).")),
        (b"\x89PNG\r\n\x1a\n an image", N_("The file is not a calendar file (.ics).")),
        (ics("SUMMARY:Ingen tid"), N_("The meeting in the calendar file has no start time.")),
        (ics("DTSTART:imorgon"), N_("The time {value} in the calendar file cannot be read.")),
    ],
)
def test_bad_invites_give_a_clear_problem(data, key):
    with pytest.raises(ImportProblem) as caught:
        parse_invite(data)
    assert caught.value.notice.message == key


def test_an_alarm_inside_the_event_does_not_lend_it_its_fields():
    invite = parse_invite(
        ics(
            "BEGIN:VALARM",
            "DESCRIPTION:REMINDER",
            "TRIGGER:-PT15M",
            "END:VALARM",
            "DTSTART:20260601T080000Z",
            "DESCRIPTION:Länk https://teams.microsoft.com/l/meetup-join/xyz",
        )
    )
    assert invite.join_link == "https://teams.microsoft.com/l/meetup-join/xyz"


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "DTSTART:20260601T080000Z",
                "DTSTART;TZID=Nowhere:20260601T080000",
                "DTEND:2026",
                "RRULE:FREQ=DAILY",
                'ATTENDEE;CN="Unclosed:mailto:x@y.se',
                " folded continuation",
                "BEGIN:VALARM",
                "END:VALARM",
                "DURATION:PXYZ",
                "no colon here",
            ]
        )
        | st.text(max_size=40),
        max_size=12,
    )
)
def test_any_event_content_gives_an_invite_or_a_clear_problem(lines):
    try:
        invite = parse_invite(ics(*lines))
    except ImportProblem as problem:
        assert problem.text("sv")
    else:
        assert invite.start.tzinfo is not None


def test_a_fold_inside_a_utf8_character_is_joined_before_decoding():
    name = "Per Åkesson".encode()
    split = name.index("Å".encode()) + 1  # between the two bytes of Å
    line = b"ATTENDEE;CN=" + name[:split] + b"\r\n " + name[split:] + b":mailto:per@x.se"
    data = ics("DTSTART:20260601T080000Z", "SUMMARY:Möte").replace(
        b"SUMMARY", line + b"\r\nSUMMARY"
    )
    invite = parse_invite(data)
    assert [a.name for a in invite.attendees] == ["Per Åkesson"]
    assert invite.summary == "Möte"


def test_a_utf16_invite_is_read_too():
    data = ics("DTSTART:20260601T080000Z", "SUMMARY:Dialogm\u00f6te om st\r\n \u00e4d").decode()
    invite = parse_invite(data.encode("utf-16"))
    assert invite.summary == "Dialogmöte om städ"
