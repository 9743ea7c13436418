"""Booked meetings: the session a booking becomes, what the home screen lists, storage."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from facilitator.domain.booking import Booking, session_from_booking, split_today, upcoming
from facilitator.domain.demo import DEMO_DIALOGUE_ID, demo_dialogue
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import MeetingFormat, Status
from facilitator.storage.prep import PrepStore

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def booking(**changes) -> Booking:
    values = dict(
        dialogue_id=DEMO_DIALOGUE_ID,
        supplier="Exempel Bygg AB",
        contacts=[Participant("Anna Nilsson"), Participant("Per Åkesson", "Åkesson El AB")],
        scheduled_at=datetime(2026, 3, 12, 10, 0, tzinfo=STOCKHOLM),
        format=MeetingFormat.IN_PERSON,
    )
    values.update(changes)
    return Booking(**values)


def test_a_booked_meeting_starts_with_everything_filled_in():
    dialogue = demo_dialogue()
    booked = booking()
    session = session_from_booking(dialogue, booked)
    assert session.supplier == "Exempel Bygg AB"
    assert session.status is Status.PLANNED
    assert session.format is MeetingFormat.IN_PERSON
    assert session.scheduled_at == booked.scheduled_at
    assert session.planned_minutes == dialogue.planned_minutes
    assert [(p.name, p.organisation, p.role) for p in session.participants] == [
        ("Josefine Upphandlare", "Exempelby kommun", Role.PROCURER),
        ("Karin Fastighetschef", "Exempelby kommun", Role.ORDERING_DEPARTMENT),
        ("Anna Nilsson", "Exempel Bygg AB", Role.SUPPLIER),
        ("Per Åkesson", "Åkesson El AB", Role.SUPPLIER),
    ]
    assert booked.session_id == session.id and booked.started


def test_the_session_keeps_its_own_copy_of_the_dialogue_and_people():
    dialogue = demo_dialogue()
    booked = booking()
    session = session_from_booking(dialogue, booked)
    dialogue.questions[0].text = "Ändrad efteråt"
    booked.contacts[0].name = "Någon annan"
    assert session.questions[0].text != "Ändrad efteråt"
    assert "Någon annan" not in [p.name for p in session.participants]


def test_upcoming_lists_today_and_later_soonest_first():
    now = datetime(2026, 3, 12, 15, 0, tzinfo=STOCKHOLM)
    this_morning = booking(scheduled_at=now.replace(hour=8))
    tomorrow = booking(scheduled_at=now + timedelta(days=1))
    yesterday = booking(scheduled_at=now - timedelta(days=1))
    unscheduled = booking(scheduled_at=None)
    started = booking(scheduled_at=now + timedelta(hours=1), session_id="abc")
    found = upcoming([tomorrow, unscheduled, yesterday, started, this_morning], now)
    assert found == [this_morning, tomorrow, unscheduled]


def test_today_is_the_day_in_sweden_not_in_utc():
    # 00:30 in Stockholm on 13 March is still 12 March in UTC.
    now = datetime(2026, 3, 12, 23, 30, tzinfo=timezone.utc)
    late_on_the_12th = booking(scheduled_at=datetime(2026, 3, 12, 22, 0, tzinfo=timezone.utc))
    assert upcoming([late_on_the_12th], now) == []


def test_bookings_are_stored_and_read_back_soonest_first(store):
    prep = PrepStore(store)
    later = booking(scheduled_at=datetime(2026, 3, 13, 9, 0, tzinfo=timezone.utc))
    sooner = booking(supplier="Snickare AB", join_link="https://teams.microsoft.com/l/x")
    for b in (later, sooner):
        prep.save_booking(b)
    loaded = PrepStore(store).bookings()
    assert loaded == [sooner, later]
    assert loaded[0].scheduled_at.utcoffset() == timedelta(hours=1)
    assert prep.resolve_booking(sooner.id[:6]) == sooner.id


def test_a_damaged_booking_is_left_out_of_the_list(store):
    prep = PrepStore(store)
    good = booking()
    prep.save_booking(good)
    (prep.bookings_dir / "broken.json").write_text("[1, 2", encoding="utf-8")
    assert [b.id for b in prep.bookings()] == [good.id]


def test_starting_a_booking_saves_the_session_then_the_booking(store):
    prep = PrepStore(store)
    booked = booking()
    prep.save_booking(booked)
    session = prep.start_booking(booked)
    assert store.load_session(session.id).supplier == "Exempel Bygg AB"
    assert prep.load_booking(booked.id).session_id == session.id
    with pytest.raises(ValueError):
        prep.start_booking(booked)


def test_a_failed_save_leaves_the_booking_unstarted(store, monkeypatch):
    prep = PrepStore(store)
    booked = booking()
    prep.save_booking(booked)

    def full_disk(session):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "save_session", full_disk)
    with pytest.raises(OSError):
        prep.start_booking(booked)
    assert booked.session_id is None
    assert prep.load_booking(booked.id).session_id is None


def test_home_screen_split_between_today_and_later():
    now = datetime(2026, 3, 12, 15, 0, tzinfo=STOCKHOLM)
    morning = booking(scheduled_at=now.replace(hour=8))
    evening = booking(scheduled_at=now.replace(hour=19))
    next_week = booking(scheduled_at=now + timedelta(days=7))
    unscheduled = booking(scheduled_at=None)
    today, later = split_today([next_week, unscheduled, evening, morning], now)
    assert today == [morning, evening]
    assert later == [next_week, unscheduled]
