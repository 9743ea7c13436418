"""One line of text asked for: a procurement's name, a lesson about the format."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from facilitator.domain.text import printable
from facilitator.i18n import N_
from facilitator.ui.screens.base import FacilitatorModal


class TextPrompt(FacilitatorModal["str | None"]):
    """One line of text; None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -wide prep-form"):
            yield Static(Text(printable(self.question)))
            yield Input(self.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
