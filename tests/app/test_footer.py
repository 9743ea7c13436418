"""The key bar: built again when the keys it shows change, and only then."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input
from textual.widgets._footer import FooterKey

from facilitator.ui.widgets.footer import Footer


class KeysApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "save", "Save"),
        Binding("f3", "close", "Close"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.saving_allowed = True

    def compose(self) -> ComposeResult:
        yield Input(id="first")
        yield Input(id="second")
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save":
            return self.saving_allowed or None  # None: shown, greyed out
        return True


def keys(app: App[None]) -> dict[str, FooterKey]:
    return {key.description: key for key in app.screen.query(FooterKey)}


async def test_notices_that_change_no_key_leave_the_keys_as_they_are() -> None:
    app = KeysApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        before = keys(app)
        assert {"Save", "Close"} <= before.keys()
        await pilot.press("tab")  # focus moves: Textual says the bindings may have changed
        app.refresh_bindings()
        await pilot.pause()
        after = keys(app)
        assert all(after[name] is before[name] for name in before)


async def test_a_key_that_changes_state_is_shown_changed() -> None:
    app = KeysApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert not keys(app)["Save"].has_class("-disabled")
        app.saving_allowed = False
        app.refresh_bindings()
        await pilot.pause()
        assert keys(app)["Save"].has_class("-disabled")
        assert "Close" in keys(app)
