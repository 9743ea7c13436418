"""People in a meeting. Their names are personal data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Role(str, Enum):
    PROCURER = "procurer"
    ORDERING_DEPARTMENT = "ordering_department"
    SUPPLIER = "supplier"

    @classmethod
    def _missing_(cls, value: object) -> Role:
        """Unknown or missing values (older or hand-edited files) read as SUPPLIER."""
        return cls.SUPPLIER


@dataclass
class Participant:
    name: str
    organisation: str = ""
    role: Role = Role.SUPPLIER
    #: The name was made from an e-mail address (an invite gave no name): to be checked.
    guessed: bool = False
    #: Their e-mail address, when an invite gave it (for sending the minutes).
    email: str = ""
