"""Time sources and the stamps that clocks are computed from.

Clocks are never advanced by counting ticks. A `Stamp` records both the wall-clock time (which
survives a restart) and the monotonic time (which is immune to the system clock being changed while
the process runs). Elapsed time between two stamps from the same process uses the monotonic part;
across a restart only the wall-clock part is meaningful.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol

#: Identifies this process, so a stamp knows whether its monotonic reading is comparable.
BOOT = f"{os.getpid()}-{time.monotonic_ns()}"


class Clock(Protocol):
    """Where the current time comes from (a fake one in tests)."""

    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start, never going backwards."""

    @property
    def boot(self) -> str:
        """Identifies the run whose monotonic readings are comparable."""


class SystemClock:
    """The real clock."""

    boot = BOOT

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def monotonic(self) -> float:
        return time.monotonic()


@dataclass(frozen=True)
class Stamp:
    """A moment, read from both the wall clock and the monotonic clock."""

    wall: datetime
    mono: float
    boot: str

    @classmethod
    def take(cls, clock: Clock) -> Stamp:
        return cls(wall=clock.now(), mono=clock.monotonic(), boot=clock.boot)

    def seconds_until(self, clock: Clock) -> float:
        """Seconds from this stamp to now, never negative."""
        if self.boot == clock.boot:
            return max(0.0, clock.monotonic() - self.mono)
        return max(0.0, (clock.now() - self.wall).total_seconds())
