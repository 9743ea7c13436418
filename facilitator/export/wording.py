"""Dates, times and lengths written the way each language writes them.

Swedish: "24 november 2026", "14:05". English: "24 November 2026", "14:05" (the 24-hour clock in
both, as Swedish readers expect). Lengths: "1 tim 5 min" / "1 h 5 min".
"""

from __future__ import annotations

from datetime import date, datetime

from facilitator.i18n import t
from facilitator.i18n.minutes import MONTHS


def format_date(value: date, lang: str) -> str:
    months = MONTHS["sv" if lang == "sv" else "en"]
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_time(value: datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def format_duration(seconds: float, lang: str) -> str:
    """A length rounded to whole minutes ("under 1 min" below half a minute)."""
    minutes = int(max(0.0, seconds) / 60 + 0.5)
    if minutes == 0:
        return t("minutes.duration.under_minute", lang)
    hours, rest = divmod(minutes, 60)
    if hours:
        return t("minutes.duration.hm", lang, h=hours, m=rest)
    return t("minutes.duration.m", lang, m=rest)
