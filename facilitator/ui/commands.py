"""Command palette: every key action of the active screen, found by its description."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from facilitator.ui.bindings import described_bindings


class ScreenActions(Provider):
    """Offers the active screen's bindings (those with a description) as palette commands."""

    def _commands(self) -> list[tuple[str, str, str]]:
        return [
            (b.description, b.action, b.key_display or b.key)
            for b in described_bindings(self.screen)
        ]

    async def discover(self) -> Hits:
        for description, action, key in self._commands():
            yield DiscoveryHit(description, partial(self.screen.run_action, action), help=key)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for description, action, key in self._commands():
            score = matcher.match(description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(description),
                    partial(self.screen.run_action, action),
                    help=key,
                )
