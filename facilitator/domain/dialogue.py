"""A procurement's market dialogue and its dialogue openers (questions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from facilitator.domain.participants import Participant


def new_id() -> str:
    """A short random id, unique enough for one unit's data."""
    import uuid  # loaded by what makes records, not by what reads them

    return uuid.uuid4().hex[:12]


class Theme(str, Enum):
    """What a dialogue opener is about."""

    NEEDS = "needs"
    MARKET = "market"
    CONDITIONS = "conditions"
    OTHER = "other"

    @classmethod
    def _missing_(cls, value: object) -> Theme:
        """Unknown or missing values (older or hand-edited files) read as OTHER."""
        return cls.OTHER


@dataclass
class Question:
    """One dialogue opener."""

    text: str
    theme: Theme = Theme.OTHER
    follow_ups: list[str] = field(default_factory=list)
    #: Minutes planned for this question.
    timebox: int = 5
    id: str = field(default_factory=new_id)


DEFAULT_OPENING_STATEMENTS_SV = [
    "Upphandlingen har inte påbörjats och detta är ingen förhandling.",
    "Syftet med dialogen är att förstå behoven och marknaden inför upphandlingen.",
    "Alla leverantörer får samma frågor och samma information.",
    "Anteckningarna kan bli allmän handling; affärshemligheter kan markeras.",
]
DEFAULT_OPENING_STATEMENTS_EN = [
    "The procurement has not started and this is not a negotiation.",
    "The purpose of the dialogue is to understand the needs and the market before the procurement.",
    "Every supplier gets the same questions and the same information.",
    "Notes may become public records; business secrets can be marked.",
]


@dataclass
class Dialogue:
    """A procurement's market dialogue: the openers every supplier meeting goes through."""

    title: str
    reference: str = ""
    purpose: str = ""
    organisation: str = ""
    questions: list[Question] = field(default_factory=list)
    #: People from the buying side who usually attend (procurer, ordering department).
    participants: list[Participant] = field(default_factory=list)
    planned_minutes: int = 45
    opening_statements: list[str] = field(
        default_factory=lambda: list(DEFAULT_OPENING_STATEMENTS_SV)
    )
    #: The own organisation's cost of an hour of a person's time, in SEK (0: not set).
    hourly_rate: int = 0
    #: When the information given in the meetings was last shared with every supplier.
    information_shared_at: datetime | None = None
    id: str = field(default_factory=new_id)

    def question(self, question_id: str | None) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def total_timebox(self) -> int:
        """Minutes the questions' timeboxes add up to."""
        return sum(q.timebox for q in self.questions)
