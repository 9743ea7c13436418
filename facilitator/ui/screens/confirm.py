"""A yes/no question."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from facilitator.domain.text import printable
from facilitator.i18n import t
from facilitator.ui.screens.base import FacilitatorModal


class ConfirmScreen(FacilitatorModal[bool]):
    """Dismisses with True for yes (y, Enter on Yes) and False for no (n, Escape).

    Enter answers `default` (Yes unless told otherwise): that button has the focus."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,j", "answer(True)", show=False),
        Binding("n,escape", "answer(False)", show=False),
    ]

    def __init__(self, question: str, *, default: bool = True) -> None:
        super().__init__()
        self.question = question
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box", classes="dialog -question"):
            # A Static, not a Label: it wraps a long question instead of cutting it off. Names in
            # it are shown as typed: no markup, no terminal codes.
            shown = Text(printable(self.question, keep_newlines=True))
            yield Static(shown, id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(t("Yes", self.lang), id="yes", variant="primary")
                yield Button(t("No", self.lang), id="no")

    def on_mount(self) -> None:
        self.query_one("#yes" if self.default else "#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
