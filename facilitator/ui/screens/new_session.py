"""Start a new session: pick a dialogue, name the supplier, choose Teams or in person."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.session import MeetingFormat, Session, new_session
from facilitator.domain.text import clean_name
from facilitator.i18n import N_, t
from facilitator.i18n.labels import MEETING_FORMATS
from facilitator.storage.prep import PrepStore
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorModal


class NewSessionScreen(FacilitatorModal[Session | None]):
    """Dismisses with the new session (not saved yet), or None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss_screen", N_("Cancel"))]

    def __init__(self, *, dialogue_id: str | None = None) -> None:
        """`dialogue_id` is the dialogue highlighted at first (else the first one)."""
        super().__init__()
        self.dialogues: list[Dialogue] = []
        self._first_id = dialogue_id

    def compose(self) -> ComposeResult:
        with Vertical(id="new-box", classes="dialog -question"):
            yield Label(t("Dialogue", self.lang))
            yield OptionList(id="new-dialogue")
            yield Label(t("Supplier (Enter starts the meeting)", self.lang))
            yield Input(id="new-supplier", max_length=300)
            yield Select(
                [(t(MEETING_FORMATS[f.value], self.lang), f.value) for f in MeetingFormat],
                value=MeetingFormat.TEAMS.value,
                allow_blank=False,
                id="new-format",
            )
            cancel = key_display(self, "dismiss_screen")
            yield Label(t("{cancel} cancels.", self.lang, cancel=cancel), id="new-hint")

    def on_mount(self) -> None:
        self.query_one("#new-supplier", Input).focus()
        self._load()

    @work(thread=True, exclusive=True, group="new-session", exit_on_error=False)
    def _load(self) -> None:
        self.from_worker(self._show, PrepStore(self.store).dialogues())

    def _show(self, dialogues: list[Dialogue]) -> None:
        self.dialogues = dialogues
        options = self.query_one("#new-dialogue", OptionList)
        options.add_options(Option(f"{d.title}  ({len(d.questions)})", id=d.id) for d in dialogues)
        ids = [d.id for d in dialogues]
        if dialogues:
            options.highlighted = ids.index(self._first_id) if self._first_id in ids else 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        supplier = clean_name(event.value)
        options = self.query_one("#new-dialogue", OptionList)
        if not supplier or options.highlighted is None:
            self.query_one("#new-hint", Label).update(
                t("Pick a dialogue and name the supplier.", self.lang)
            )
            return
        dialogue = self.dialogues[options.highlighted]
        meeting_format = MeetingFormat(str(self.query_one("#new-format", Select).value))
        self.dismiss(new_session(dialogue, supplier, meeting_format=meeting_format))

    def action_dismiss_screen(self) -> None:
        self.dismiss(None)
