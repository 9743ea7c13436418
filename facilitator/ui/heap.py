"""Python's garbage collector kept out of the way of typing during a long meeting.

The collector pauses the whole app while it walks the objects it tracks. A meeting of 10,000
entries is some 100,000 objects that live as long as its screen, and with the default settings a
full collection walked them all every few saves: a keystroke drawn 50–150 ms late. Three settings
end that:

- `tune()`, at start: the youngest generation is collected after 50,000 allocations rather than
  700, so that reading a long session (hundreds of thousands of objects that all live on) does
  not start a collection every few hundred of them.
- `freeze()`, once a meeting's screen is up: everything alive is moved out of the collector's
  sight (`gc.freeze`), so later collections walk only what was made since; `thaw()`, when the
  screen closes, hands it all back, so that what the meeting leaves behind is collected. Meanwhile
  the youngest generation is collected every 5,000 allocations: typing leaves garbage in cycles
  (Textual's rendered lines, some 250 objects a key), which only a collection frees, and 50,000
  of it took one collection 20–90 ms in the middle of a sentence; 5,000 take a few.
- `settle()`, at a pause in typing (`Pauses`): a full collection, so that typing starts again
  with no garbage to walk; now and then (`FREEZE_EVERY`) followed by `gc.freeze()`, so that what
  the screen made since it was up (its widgets and rendering caches, the saver's copies of the
  entries: some 70,000 objects after a minute of typing in long notes) is not walked again.
  Not at every pause: a frozen object that later becomes garbage in a cycle (a rendered line
  dropped from a cache) is freed only when the screen closes, some 500 objects a freeze.

None of this changes what is freed, only when: cyclic garbage waits for at most one collection
more, or, once frozen, until the screen closes.
"""

from __future__ import annotations

import gc
import math

#: Allocations (less deallocations) between two collections of the youngest generation.
YOUNG_THRESHOLD = 50_000
#: The same while a meeting's screen is up (see `freeze`).
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


def settle(*, freeze: bool) -> None:
    """Collect all garbage now, then, if `freeze`, keep collections off what is alive (see the
    module's text)."""
    gc.collect()
    if freeze:
        gc.freeze()


#: Seconds without typing that make a pause, and the least seconds between two settles.
PAUSE = 0.5
SETTLE_EVERY = 10.0
#: The least seconds between two settles that freeze (the first settle does).
FREEZE_EVERY = 300.0


class Pauses:
    """When to `settle`: at a pause in typing, at most every `SETTLE_EVERY` seconds; `opened`
    counts as typing, so the first is due once the screen is drawn (times are a clock's
    monotonic seconds)."""

    def __init__(self, opened: float) -> None:
        self._typed = opened
        self._settled = -math.inf
        self._frozen = -math.inf

    def typed(self, now: float) -> None:
        self._typed = now

    def settle_due(self, now: float) -> bool:
        """True (once) when a settle is due now."""
        if now - self._typed < PAUSE or now - self._settled < SETTLE_EVERY:
            return False
        self._settled = now
        return True

    def freeze_due(self, now: float) -> bool:
        """True (once) when the settle due now is to freeze too."""
        if now - self._frozen < FREEZE_EVERY:
            return False
        self._frozen = now
        return True
