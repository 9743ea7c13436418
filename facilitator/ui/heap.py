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

Neither changes what is freed, only when: cyclic garbage waits for at most one collection more.
"""

from __future__ import annotations

import gc

#: Allocations (less deallocations) between two collections of the youngest generation.
YOUNG_THRESHOLD = 50_000


def tune() -> None:
    """Collect the youngest generation less often (see the module's text)."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def freeze() -> None:
    """Keep collections off everything alive now (see the module's text)."""
    gc.freeze()


def thaw() -> None:
    """Let collections see again what `freeze` hid."""
    gc.unfreeze()
