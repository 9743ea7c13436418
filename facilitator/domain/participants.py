"""People in a meeting. Their names are personal data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Role(str, Enum):
    PROCURER = "procurer"
    ORDERING_DEPARTMENT = "ordering_department"
    SUPPLIER = "supplier"

    @classmethod
    def parse(cls, value: str | None) -> Role:
        try:
            return cls(value or cls.SUPPLIER.value)
        except ValueError:
            return cls.SUPPLIER


@dataclass
class Participant:
    name: str
    organisation: str = ""
    role: Role = Role.SUPPLIER
