"""Dates that are likely slips: in the past, or more than two years away."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from facilitator.domain.dates import FAR, PAST, unusual_day, unusual_moment

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
