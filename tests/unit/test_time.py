"""Time zones, and dates that are likely slips: in the past, or more than two years away."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from facilitator.domain.time import (
    DEFAULT_TIMEZONE,
    FAR,
    PAST,
    as_local,
    known_zone,
    local_text,
    minute_text,
    parse_due,
    unusual_day,
    unusual_moment,
    when_text,
    zone,
)

NOW = datetime(2026, 11, 24, 23, 30, tzinfo=timezone.utc)  # 00:30 on the 25th in Sweden


def test_a_day_is_judged_by_the_swedish_calendar():
    assert unusual_day(date(2026, 11, 24), NOW) == PAST
    assert unusual_day(date(2026, 11, 25), NOW) is None
    assert unusual_day(date(2028, 11, 24), NOW) is None
    assert unusual_day(date(2028, 11, 25), NOW) == FAR


def test_a_booked_time_already_gone_by_or_far_ahead_is_questioned():
    assert unusual_moment(NOW - timedelta(minutes=1), NOW) == PAST
    assert unusual_moment(NOW + timedelta(hours=1), NOW) is None
    assert unusual_moment(NOW + timedelta(days=3 * 365), NOW) == FAR


def test_a_due_date_is_parsed_in_one_place():
    assert parse_due(" 2026-04-01 ") == date(2026, 4, 1)
    assert parse_due("") is None
    assert parse_due("   ") is None
    for slip in ("1 april", "2026-13-01", "2026-04-31"):
        with pytest.raises(ValueError):
            parse_due(slip)


def test_an_unknown_zone_falls_back_to_stockholm():
    assert zone("Mars/Olympus") == zone(DEFAULT_TIMEZONE) == zone(None)
    assert known_zone("Mars/Olympus") is None
    assert known_zone("Europe/Helsinki") is not None


def test_times_are_shown_in_the_meetings_zone():
    assert local_text(NOW) == "2026-11-25 00:30"
    assert local_text(NOW, "Europe/London") == "2026-11-24 23:30"
    assert when_text(None) == "–"
    assert when_text(NOW) == "2026-11-25 00:30"
    naive = datetime(2026, 11, 24, 23, 30)  # a time without a zone is UTC when shown
    assert local_text(naive) == "2026-11-25 00:30"


@pytest.mark.parametrize("year", [1, 999, 1000, 2026, 9999])
def test_a_moment_is_written_to_the_minute_as_strftime_writes_it(year: int) -> None:
    moment = datetime(year, 3, 4, 5, 6, 59, 999999, tzinfo=timezone(timedelta(hours=-5)))
    assert minute_text(moment) == moment.strftime("%Y-%m-%d %H:%M")
    assert minute_text(moment.replace(tzinfo=None)) == moment.strftime("%Y-%m-%d %H:%M")


def test_a_time_typed_without_a_zone_is_swedish_wall_time():
    typed = as_local(datetime(2026, 7, 1, 9, 0))
    assert typed.utcoffset() == timedelta(hours=2)
    assert as_local(NOW) is NOW
