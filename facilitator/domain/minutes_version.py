"""One finalised version of a meeting's minutes, as the session keeps it (rules in `versions`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class MinutesVersion:
    """One finalised version of the minutes."""

    number: int
    finalised_at: datetime
    #: Who wrote the minutes that were finalised.
    author: str = ""
    #: The internal minutes in Markdown per language ("sv", "en"), as they were finalised.
    markdown: dict[str, str] = field(default_factory=dict)
