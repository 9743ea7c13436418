"""Dates a user types that are likely slips: a due date or a booking in the past, or more than
two years away. They are not refused (a booking may be recorded afterwards), only questioned:
the screens ask for the same value to be saved again, the command line warns."""

from __future__ import annotations

from datetime import date, datetime

from facilitator.domain.session import DEFAULT_TIMEZONE, zone
from facilitator.i18n import N_, t

#: How far ahead a date may lie before it is questioned.
HORIZON_DAYS = 2 * 365

PAST = "past"
FAR = "far"


def unusual_day(day: date, now: datetime, zone_name: str = DEFAULT_TIMEZONE) -> str | None:
    """`PAST` for a day before today (in `zone_name`), `FAR` for one more than two years ahead,
    else None."""
    today = now.astimezone(zone(zone_name)).date()
    if day < today:
        return PAST
    if (day - today).days > HORIZON_DAYS:
        return FAR
    return None


def unusual_moment(moment: datetime, now: datetime) -> str | None:
    """`PAST` for a time already gone by, `FAR` for one more than two years ahead, else None."""
    if moment < now:
        return PAST
    return unusual_day(moment.astimezone(zone(DEFAULT_TIMEZONE)).date(), now)


_DUE_PROBLEMS = {
    PAST: N_("{date} has already passed."),
    FAR: N_("{date} is more than two years away."),
}


def due_question(day: date, problem: str, lang: str) -> str:
    """What to say about an unusual due date, and how to keep it."""
    said = t(_DUE_PROBLEMS[problem], lang, date=day.isoformat())
    return f"{said} {t('Press Enter again to save it anyway.', lang)}"
