"""The domain's fixed words that a user picks from: the kinds a search narrows to, what became of
a need, how a meeting is held. A module of their own, importing nothing, so that the command line
offers them as choices without loading the models that use them."""

from __future__ import annotations

from enum import Enum

#: Kinds a search can be narrowed to: the log's kinds, "info" (information given) and notes.
SEARCH_KINDS = ("mismatch", "tip", "insight", "action", "info", "note")

#: What the procurer decided about a mismatch's future needs.
NEED_STATUSES = ("new", "considered", "planned", "dropped")


class MeetingFormat(str, Enum):
    TEAMS = "teams"
    IN_PERSON = "in_person"

    @classmethod
    def _missing_(cls, value: object) -> MeetingFormat:
        """Unknown or missing values (older or hand-edited files) read as TEAMS."""
        return cls.TEAMS
