"""Start a new session: pick a dialogue, name the supplier, choose Teams or in person."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.session import MeetingFormat, new_session
from facilitator.domain.text import clean_name
from facilitator.i18n import t
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import Store
from facilitator.ui.bindings import localise_bindings


class NewSessionScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss_screen", "key.cancel")]

    def __init__(self, store: Store, lang: str, *, dialogue_id: str | None = None) -> None:
        """`dialogue_id` is the dialogue highlighted at first (else the first one)."""
        super().__init__()
        self.store = store
        self.lang = lang
        self.dialogues: list[Dialogue] = PrepStore(store).dialogues()
        ids = [d.id for d in self.dialogues]
        self._first = ids.index(dialogue_id) if dialogue_id in ids else 0
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical(id="new-box"):
            yield Label(t("ui.new.dialogue", self.lang))
            yield OptionList(
                *[Option(f"{d.title}  ({len(d.questions)})", id=d.id) for d in self.dialogues],
                id="new-dialogue",
            )
            yield Label(t("ui.new.supplier", self.lang))
            yield Input(id="new-supplier", max_length=300)
            yield Select(
                [(t(f"format.{f.value}", self.lang), f.value) for f in MeetingFormat],
                value=MeetingFormat.TEAMS.value,
                allow_blank=False,
                id="new-format",
            )
            yield Label(t("ui.new.hint", self.lang), id="new-hint")

    def on_mount(self) -> None:
        options = self.query_one("#new-dialogue", OptionList)
        if self.dialogues:
            options.highlighted = self._first
        self.query_one("#new-supplier", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        supplier = clean_name(event.value)
        options = self.query_one("#new-dialogue", OptionList)
        if not supplier or options.highlighted is None:
            self.query_one("#new-hint", Label).update(t("ui.new.missing", self.lang))
            return
        dialogue = self.dialogues[options.highlighted]
        meeting_format = MeetingFormat(str(self.query_one("#new-format", Select).value))
        session = new_session(dialogue, supplier, meeting_format=meeting_format)
        self.dismiss()
        self.app.start_session(session)  # type: ignore[attr-defined]

    def action_dismiss_screen(self) -> None:
        self.dismiss()
