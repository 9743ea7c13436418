"""Time zones, and times as users read and type them.

Meetings take place in a municipality's time zone (Stockholm's unless a session says otherwise);
every moment is stored with its offset and shown in the meeting's zone. Dates a user types that
are likely slips (a due date or a booking in the past, or more than two years away) are not
refused (a booking may be recorded afterwards), only questioned: the screens ask for the same value
to be saved again, the command line warns.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from facilitator.i18n import N_, t

DEFAULT_TIMEZONE = "Europe/Stockholm"

#: How far ahead a date may lie before it is questioned.
HORIZON_DAYS = 2 * 365

PAST = "past"
FAR = "far"


def known_zone(name: str) -> ZoneInfo | None:
    """The time zone of that name, or None when there is none by that name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone(name: str | None = None) -> ZoneInfo:
    """The named time zone, or Stockholm's when the name is missing or unknown."""
    return known_zone(name or DEFAULT_TIMEZONE) or ZoneInfo(DEFAULT_TIMEZONE)


def in_zone(moment: datetime, zone_name: str | None = None) -> datetime:
    """`moment` in the named zone (Stockholm's by default); a moment without a zone is UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(zone(zone_name))


def as_local(moment: datetime, zone_name: str | None = None) -> datetime:
    """A moment typed without a zone taken as the named zone's wall time; one with a zone kept."""
    return moment if moment.tzinfo else moment.replace(tzinfo=zone(zone_name))


def now_local(zone_name: str | None = None) -> datetime:
    """This moment, in the named zone."""
    return datetime.now(zone(zone_name))


def local_day(moment: datetime, zone_name: str | None = None) -> date:
    """The day `moment` falls on in the named zone."""
    return in_zone(moment, zone_name).date()


def local_text(moment: datetime, zone_name: str | None = None) -> str:
    """`moment` as `2026-11-24 14:05` in the named time zone (Stockholm's by default)."""
    return minute_text(in_zone(moment, zone_name))


def minute_text(moment: datetime) -> str:
    """`moment` as `2026-11-24 14:05`, as it is (in its own zone): what
    `strftime("%Y-%m-%d %H:%M")` writes, in a fifth of the time (a list shows a thousand)."""
    if moment.year < 1000:  # strftime may write such a year without its leading zeros
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.isoformat(" ", "minutes")[:16]


def when_text(moment: datetime | None, zone_name: str | None = None) -> str:
    """`local_text`, or a dash for a time not set."""
    return "–" if moment is None else local_text(moment, zone_name)


def parse_due(text: str) -> date | None:
    """A due date as typed (`2026-04-01`); None when nothing is typed, `ValueError` when it is
    no date."""
    text = text.strip()
    return date.fromisoformat(text) if text else None


def unusual_day(day: date, now: datetime, zone_name: str = DEFAULT_TIMEZONE) -> str | None:
    """`PAST` for a day before today (in `zone_name`), `FAR` for one more than two years ahead,
    else None."""
    today = local_day(now, zone_name)
    if day < today:
        return PAST
    if (day - today).days > HORIZON_DAYS:
        return FAR
    return None


def unusual_moment(moment: datetime, now: datetime) -> str | None:
    """`PAST` for a time already gone by, `FAR` for one more than two years ahead, else None."""
    if moment < now:
        return PAST
    return unusual_day(local_day(moment), now)


_DUE_PROBLEMS = {
    PAST: N_("{date} has already passed."),
    FAR: N_("{date} is more than two years away."),
}


def due_question(day: date, problem: str, lang: str, key: str) -> str:
    """What to say about an unusual due date, and how to keep it: press `key` again."""
    said = t(_DUE_PROBLEMS[problem], lang, date=day.isoformat())
    return f"{said} {t('Press {key} again to save it anyway.', lang, key=key)}"
