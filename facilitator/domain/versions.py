"""Draft, finalised and corrected minutes.

Minutes are a draft until the facilitator finalises them; that is when they become a public record.
Finalising stamps the date and a version number and keeps the rendered text for the archive. A
finished session can be reopened for a correction: the minutes are then a draft of the next version
until they are finalised again, and every earlier version is kept as it was.

Reopening does not restart the meeting: its clocks, start and end stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from facilitator.domain.clock import Clock
from facilitator.domain.text import clean_name

if TYPE_CHECKING:
    from facilitator.domain.session import Session


@dataclass
class MinutesVersion:
    """One finalised version of the minutes."""

    number: int
    finalised_at: datetime
    #: Who wrote the minutes that were finalised.
    author: str = ""
    #: The internal minutes in Markdown per language ("sv", "en"), as they were finalised.
    markdown: dict[str, str] = field(default_factory=dict)


class NotFinished(ValueError):
    """Minutes of a meeting that has not ended cannot be finalised."""


def latest_version(session: Session) -> MinutesVersion | None:
    return session.minutes_versions[-1] if session.minutes_versions else None


def is_draft(session: Session) -> bool:
    """Whether the minutes as they stand now have not been finalised."""
    latest = latest_version(session)
    if latest is None:
        return True
    changed = session.minutes_changed_at
    return changed is not None and changed > latest.finalised_at


def draft_number(session: Session) -> int:
    """The version number the minutes get when they are next finalised."""
    return len(session.minutes_versions) + 1


def record_change(session: Session, clock: Clock) -> None:
    """Note that the minutes' content changed now (call after an edit of a finished session)."""
    session.minutes_changed_at = clock.now()


def finalise(
    session: Session,
    clock: Clock,
    render: Callable[[Session, str], str],
    author: str | None = None,
) -> MinutesVersion:
    """Finalise the minutes as the next version and keep `render(session, lang)` for the archive.

    `author` (when given) becomes the minutes' author. Finalising minutes that have not changed
    since the last version returns that version unchanged.
    """
    if not session.is_finished:
        raise NotFinished(session.id)
    author = clean_name(author or "")
    if author and author != session.minutes_author:
        session.minutes_author = author
        record_change(session, clock)
    latest = latest_version(session)
    if latest is not None and not is_draft(session):
        return latest
    version = MinutesVersion(
        number=draft_number(session), finalised_at=clock.now(), author=session.minutes_author
    )
    session.minutes_versions.append(version)
    session.minutes_changed_at = version.finalised_at
    version.markdown = {lang: render(session, lang) for lang in ("sv", "en")}
    return version
