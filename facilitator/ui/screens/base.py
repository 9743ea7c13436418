"""What every screen of the app shares."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.screen import Screen

ResultType = TypeVar("ResultType")


class FacilitatorScreen(Screen[ResultType]):
    """A screen of the app: results of its background workers are shown only while it is open."""

    @property
    def is_open(self) -> bool:
        """Whether the screen is still on the app's stack (shown, or under another screen)."""
        return self in self.app.screen_stack

    def from_worker(self, show: Callable[..., object], *args: object) -> None:
        """Call `show(*args)` on the UI thread from a worker thread, unless the screen has been
        closed meanwhile: a list read in the background may arrive after the user moved on, when
        the widgets it would fill are gone."""
        self.app.call_from_thread(self._if_open, show, *args)

    def _if_open(self, show: Callable[..., object], *args: object) -> None:
        if self.is_open:
            show(*args)
