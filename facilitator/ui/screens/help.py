"""F1 (or ? where no text field has focus): what the current screen is for, and its keys."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from facilitator.i18n import has, t
from facilitator.ui.screens.base import FacilitatorModal


def purpose(screen: Screen[object], lang: str) -> str:
    """What `screen` is for, in `lang`."""
    key = f"help.{type(screen).__name__}"
    return t(key if has(key) else "help.screen", lang)


def screen_keys(screen: Screen[object]) -> list[tuple[str, str]]:
    """(keys, description) for each described action of `screen`, in the order it declares
    them, with every key that does it ("delete / x"), taken from its bindings. The keys every
    screen has (Tab, copy) come last."""
    keys: dict[str, list[str]] = {}
    descriptions: dict[str, str] = {}
    common = {binding.action for binding in Screen.BINDINGS if isinstance(binding, Binding)}
    bindings = [b for group in screen._bindings.key_to_bindings.values() for b in group]
    bindings.sort(key=lambda binding: binding.action in common)
    for binding in bindings:
        if not binding.description:
            continue
        shown = screen.app.get_key_display(binding)
        keys.setdefault(binding.action, [])
        if shown not in keys[binding.action]:
            keys[binding.action].append(shown)
        descriptions.setdefault(binding.action, binding.description)
    return [(" / ".join(keys[action]), descriptions[action]) for action in keys]


class HelpScreen(FacilitatorModal[None]):
    """Help for the screen below it; Esc, F1 or ? close it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "close", "key.cancel", show=False)
    ]

    def __init__(self, about: Screen[object]) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        lang = self.lang
        rows = screen_keys(self.about)
        width = max((cell_len(keys) for keys, _ in rows), default=0)
        table = Text()
        for keys, description in rows:
            table.append(keys + " " * (width - cell_len(keys) + 2), style="bold")
            table.append(description + "\n")
        table.rstrip()
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Label(t("help.title", lang), classes="form-title")
            yield Static(Text(purpose(self.about, lang)), id="help-purpose")
            yield Label(t("help.keys", lang), classes="form-title")
            yield Static(table, id="help-keys")
            yield Static(Text(t("help.app_keys", lang)), id="help-app-keys")
            yield Label(t("help.close", lang), classes="form-hint")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()  # the arrows scroll a help taller than the screen

    def action_close(self) -> None:
        self.dismiss(None)
