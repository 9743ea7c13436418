"""Ask for a file path, with a suggestion filled in."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from facilitator.domain.text import printable
from facilitator.i18n import N_, t
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorModal


class PathPromptScreen(FacilitatorModal["Path | None"]):
    """Dismisses with the typed path (`~` expanded), or None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, question: str, suggestion: Path | str = "") -> None:
        super().__init__()
        self.question = question
        self.suggestion = str(suggestion)

    def compose(self) -> ComposeResult:
        with Vertical(id="path-box", classes="dialog -wide prep-form"):
            yield Static(Text(printable(self.question)), id="path-question")
            yield Input(self.suggestion, id="path-input")
            yield Label(
                t(
                    "Enter saves · {cancel} cancels. A folder works too.",
                    self.lang,
                    cancel=key_display(self, "cancel"),
                ),
                id="path-hint",
                classes="hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value:
            self.query_one("#path-hint", Label).update(t("Type a path.", self.lang))
            return
        self.dismiss(Path(value).expanduser())

    def action_cancel(self) -> None:
        self.dismiss(None)
