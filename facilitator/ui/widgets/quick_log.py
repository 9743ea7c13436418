"""A small input that logs one entry: Enter saves, Escape cancels, focus goes back to the notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label

from facilitator.domain.entries import EntryKind
from facilitator.i18n import t
from facilitator.ui.bindings import localise_bindings

#: The extra fields each kind asks for, after its text.
EXTRA_FIELDS: dict[EntryKind, tuple[str, ...]] = {
    EntryKind.MISMATCH: ("future_needs",),
    EntryKind.ACTION: ("owner", "due"),
}
MAX_LENGTH = 20_000


class QuickLog(Vertical):
    """Hidden until a quick-log key opens it for one kind of entry."""

    BINDINGS = [
        Binding("escape", "cancel", "key.cancel", priority=True),
        Binding("alt+c", "toggle_confidential", "key.confidential_entry", priority=True),
    ]

    @dataclass
    class Submitted(Message):
        kind: EntryKind
        text: str
        confidential: bool
        future_needs: str = ""
        owner: str = ""
        due: date | None = None

    @dataclass
    class _State:
        kind: EntryKind = EntryKind.NOTE
        confidential: bool = False
        lang: str = "sv"
        extras: tuple[str, ...] = field(default_factory=tuple)

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.state = self._State(lang=lang)
        self._return_focus: Widget | None = None
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Label(id="quick-title")
        yield Input(id="quick-text", max_length=MAX_LENGTH)
        yield Input(id="quick-future_needs", max_length=MAX_LENGTH)
        yield Input(id="quick-owner", max_length=500)
        yield Input(id="quick-due", max_length=10)
        yield Label(id="quick-hint")

    def open(self, kind: EntryKind) -> None:
        lang = self.state.lang
        self.state = self._State(kind=kind, lang=lang, extras=EXTRA_FIELDS.get(kind, ()))
        for name in ("text", "future_needs", "owner", "due"):
            field_input = self.query_one(f"#quick-{name}", Input)
            field_input.value = ""
            field_input.placeholder = t(f"ui.quick.{name}", lang)
            field_input.display = name == "text" or name in self.state.extras
        self._show_title()
        self.query_one("#quick-hint", Label).update(t("ui.quick.hint", lang))
        self.display = True
        # Focus moves at once (not deferred) both ways, so that keys typed right after the
        # quick-log key, or right after Enter, land where the user expects them.
        self._return_focus = self.screen.focused
        self.screen.set_focus(self.query_one("#quick-text", Input))

    def _show_title(self) -> None:
        lang = self.state.lang
        title = t(f"kind.{self.state.kind.value}", lang)
        if self.state.confidential:
            title += "  🔒 " + t("ui.quick.confidential", lang)
        self.query_one("#quick-title", Label).update(title)
        self.set_class(self.state.confidential, "-confidential")

    def action_toggle_confidential(self) -> None:
        self.state.confidential = not self.state.confidential
        self._show_title()

    def action_cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        self.display = False
        self.screen.set_focus(self._return_focus)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in any of the fields saves (handled in order with the typed characters)."""
        event.stop()
        values = {
            name: self.query_one(f"#quick-{name}", Input).value.strip()
            for name in ("text", "future_needs", "owner", "due")
        }
        if not values["text"]:
            self.query_one("#quick-text", Input).focus()
            return
        due = None
        if values["due"]:
            try:
                due = date.fromisoformat(values["due"])
            except ValueError:
                hint = self.query_one("#quick-hint", Label)
                hint.update(t("ui.quick.bad_date", self.state.lang))
                self.query_one("#quick-due", Input).focus()
                return
        self.post_message(
            self.Submitted(
                kind=self.state.kind,
                text=values["text"],
                confidential=self.state.confidential,
                future_needs=values["future_needs"] if "future_needs" in self.state.extras else "",
                owner=values["owner"] if "owner" in self.state.extras else "",
                due=due,
            )
        )
        self._close()
