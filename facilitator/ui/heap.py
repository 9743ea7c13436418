"""Python's garbage collector kept out of the way of typing during a long meeting.

The collector pauses the whole app while it walks the objects it tracks. A meeting of 10,000
entries is some 100,000 objects that live as long as its screen, and with the default settings a
full collection walked them all every few saves: a keystroke drawn 50–150 ms late. Two settings
end that:

- `tune()`, at start: the youngest generation is collected after 50,000 allocations rather than
  700, so that a save's copy of the session (10,000 short-lived objects, see
  `storage.autosave`) is freed by reference counting before any collection sees it.
- `freeze()`, once a meeting's screen is up: everything alive is moved out of the collector's
  sight (`gc.freeze`), so later collections walk only what was made since; `thaw()`, when the
  screen closes, hands it all back, so that what the meeting leaves behind is collected.

- `settle()`, at a pause in typing (`Pauses`): a full collection, then `gc.freeze()` again. What
  the screen made since it was up (its rendering caches, the saver's copies of the entries: some
  70,000 objects after a minute of typing in long notes) otherwise stays in the generations that
  every collection walks, and one walked them all in the middle of typing (20–90 ms).

None of this changes what is freed, only when: cyclic garbage waits for at most one collection
more, or, once frozen, until the screen closes.
"""

from __future__ import annotations

import gc
import math

#: Allocations (less deallocations) between two collections of the youngest generation.
YOUNG_THRESHOLD = 50_000
#: The same while a meeting's screen is up (see the module's text).
TYPING_THRESHOLD = 5_000


def tune() -> None:
    """Collect the youngest generation less often (see the module's text)."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def freeze() -> None:
    """Keep collections off everything alive now (see the module's text)."""
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(TYPING_THRESHOLD, middle, old)


def thaw() -> None:
    """Let collections see again what `freeze` hid."""
    gc.unfreeze()
    tune()


def settle() -> None:
    """Collect all garbage now, then keep collections off what is alive (see the module's
    text)."""
    gc.collect()
    gc.freeze()


#: Seconds without typing that make a pause, and the least seconds between two settles.
PAUSE = 0.5
SETTLE_EVERY = 10.0


class Pauses:
    """When to `settle`: at a pause in typing, at most every `SETTLE_EVERY` seconds; `opened`
    counts as typing, so the first is due once the screen is drawn (times are a clock's
    monotonic seconds)."""

    def __init__(self, opened: float) -> None:
        self._typed = opened
        self._settled = -math.inf

    def typed(self, now: float) -> None:
        self._typed = now

    def settle_due(self, now: float) -> bool:
        """True (once) when a settle is due now."""
        if now - self._typed < PAUSE or now - self._settled < SETTLE_EVERY:
            return False
        self._settled = now
        return True
