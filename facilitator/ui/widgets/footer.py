"""The key bar at the foot of a screen."""

from __future__ import annotations

from collections.abc import Hashable

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """Textual's Footer, built again only when the keys it shows change.

    Textual's Footer builds a widget per key again at every notice that the bindings may have
    changed: the screen being mounted, focus moving, a binding's state checked again. Opening a
    screen sends several such notices, and building the keys is a large part of the time a
    screen takes to appear. Here the notices that arrive before the footer is next drawn count
    as one, and the keys are built again only when what they would show differs.
    """

    def __init__(self, *, compact: bool = False, id: str | None = None) -> None:
        super().__init__(compact=compact, id=id)
        self._shown: Hashable | None = None
        self._check_pending = False

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._check_pending:
            self._check_pending = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._check_pending = False
        # Textual runs the check after the next refresh of whatever screen is shown then:
        # this footer's screen may have been closed meanwhile.
        if not self.is_attached:
            return
        shown = self._keys_shown()
        if shown != self._shown:
            self._shown = shown
            await self.recompose()

    def _keys_shown(self) -> Hashable:
        """What the keys would show: each binding (a frozen dataclass, compared by value), whether
        it is enabled, its tooltip and how its key is written."""
        app = self.app
        return (
            self.show_command_palette,
            tuple(
                (binding, app.get_key_display(binding), enabled, tooltip)
                for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            ),
        )
