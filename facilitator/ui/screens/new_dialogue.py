"""Start a new dialogue: blank, from the built-in starter questions, or as a copy of another."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, Select

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.starters import copy_dialogue, starter_dialogue
from facilitator.domain.text import clean_name, printable
from facilitator.i18n import N_, t
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorModal


class NewDialogueScreen(FacilitatorModal["Dialogue | None"]):
    """Dismisses with the new (not yet saved) dialogue, or None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, selected: Dialogue | None = None) -> None:
        """`selected` is offered as the dialogue to copy."""
        super().__init__()
        self.selected = selected

    def compose(self) -> ComposeResult:
        lang = self.lang
        sources: list[tuple[str | Text, str]] = [
            (t("A blank dialogue", lang), "blank"),
            (t("Starter questions in Swedish", lang), "sv"),
            (t("Starter questions in English", lang), "en"),
        ]
        if self.selected is not None:
            copy_of = t("A copy of {title}", lang, title=self.selected.title)
            sources.append((Text(printable(copy_of)), "copy"))
        with Vertical(id="new-dialogue-box", classes="dialog -wide prep-form"):
            yield Label(t("New dialogue", lang), classes="panel-title")
            yield Label(t("Start from", lang))
            yield Select(sources, value="blank", allow_blank=False, id="new-source")
            yield Label(t("Title (Enter creates it)", lang))
            yield Input(id="new-title", max_length=300)
            cancel = t("{cancel} cancels.", lang, cancel=key_display(self, "cancel"))
            yield Label(cancel, id="new-dialogue-hint", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#new-title", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        title = clean_name(event.value)
        if not title:
            self.query_one("#new-dialogue-hint", Label).update(
                t("The dialogue needs a title.", self.lang)
            )
            return
        source = self.query_one("#new-source", Select).value
        if source == "copy" and self.selected is not None:
            dialogue = copy_dialogue(self.selected, title)
        elif source in ("sv", "en"):
            dialogue = copy_dialogue(starter_dialogue(str(source)), title)
        else:
            dialogue = Dialogue(title=title)
        self.dismiss(dialogue)

    def action_cancel(self) -> None:
        self.dismiss(None)
