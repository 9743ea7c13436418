"""Dates, times and lengths written the way each language writes them.

Swedish: "24 november 2026", "14:05". English: "24 November 2026", "14:05" (the 24-hour clock in
both, as Swedish readers expect). Lengths: "1 tim 5 min" / "1 h 5 min".
"""

from __future__ import annotations

from datetime import date, datetime

from facilitator.i18n import N_, t

MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def format_date(value: date, lang: str) -> str:
    """A date in words: "24 november 2026", "24 November 2026"."""
    return f"{value.day} {t(MONTHS[value.month - 1], lang)} {value.year}"


def format_time(value: datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def format_duration(seconds: float, lang: str) -> str:
    """A length rounded to whole minutes ("under 1 min" below half a minute)."""
    minutes = int(max(0.0, seconds) / 60 + 0.5)
    if minutes == 0:
        return t("under 1 min", lang)
    hours, rest = divmod(minutes, 60)
    if hours:
        return t("{h} h {m} min", lang, h=hours, m=rest)
    return t("{m} min", lang, m=rest)
