"""A small input that logs one entry: Enter saves, Escape cancels, focus goes back to the notes.

For a tip, the team's tips library is listed under the input, filtered as you type: Enter in the
input logs the typed text as a free tip; arrow down into the list and Enter logs that library tip,
with its id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from facilitator.domain.dates import due_question, unusual_day
from facilitator.domain.entries import EntryKind
from facilitator.domain.text import printable
from facilitator.domain.tips import Tip, TipLibrary
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
        Binding("down", "to_tips", "key.to_tips", show=False),
        # Priority, so that text typed right after Tab lands in the next field, not this one.
        Binding("tab", "cycle_field(1)", "key.next_field", show=False, priority=True),
        Binding("shift+tab", "cycle_field(-1)", "key.previous_field", show=False, priority=True),
    ]

    @dataclass
    class Submitted(Message):
        kind: EntryKind
        text: str
        confidential: bool
        future_needs: str = ""
        owner: str = ""
        due: date | None = None
        tip_id: str | None = None

    @dataclass
    class _State:
        kind: EntryKind = EntryKind.NOTE
        confidential: bool = False
        lang: str = "sv"
        extras: tuple[str, ...] = field(default_factory=tuple)
        #: A due date already questioned (in the past or far ahead): Enter again keeps it.
        questioned_due: date | None = None

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.state = self._State(lang=lang)
        self._return_focus: Widget | None = None
        self.tips = TipLibrary()
        self._shown_tips: list[Tip] = []
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Label(id="quick-title")
        yield Input(id="quick-text", max_length=MAX_LENGTH)
        yield Input(id="quick-future_needs", max_length=MAX_LENGTH)
        yield Input(id="quick-owner", max_length=500)
        yield Input(id="quick-due", max_length=10)
        yield OptionList(id="quick-tips")
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
        is_tip = kind is EntryKind.TIP
        self.query_one("#quick-tips", OptionList).display = is_tip
        if is_tip:
            self._filter_tips("")
        hint = "ui.quick.tip_hint" if is_tip else "ui.quick.hint"
        self.query_one("#quick-hint", Label).update(t(hint, lang))
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

    # ------------------------------------------------------------------ tips
    def _filter_tips(self, query: str) -> None:
        self._shown_tips = self.tips.filter(query, self.state.lang)
        tips = self.query_one("#quick-tips", OptionList)
        tips.set_options([Option(Text(printable(tip.text)), id=tip.id) for tip in self._shown_tips])
        tips.display = bool(self._shown_tips)

    @on(Input.Changed, "#quick-text")
    def _text_changed(self, event: Input.Changed) -> None:
        if self.state.kind is EntryKind.TIP:
            self._filter_tips(event.value)

    def action_cycle_field(self, step: int) -> None:
        """Move among this input's own fields (Tab never leaves it for the notes)."""
        fields = [w for w in self.query("Input, OptionList") if w.display and w.focusable]
        if not fields:
            return
        current = self.screen.focused
        index = fields.index(current) if current in fields else -step
        self.screen.set_focus(fields[(index + step) % len(fields)])

    def action_to_tips(self) -> None:
        tips = self.query_one("#quick-tips", OptionList)
        if tips.display and self._shown_tips:
            self.screen.set_focus(tips)
            tips.highlighted = 0

    @on(OptionList.OptionSelected, "#quick-tips")
    def _tip_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        tip = self.tips.tip(event.option.id)
        if tip is not None:
            self.post_message(
                self.Submitted(EntryKind.TIP, tip.text, self.state.confidential, tip_id=tip.id)
            )
            self._close()

    # ------------------------------------------------------------- confidential
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
        if due is not None and due != self.state.questioned_due:
            problem = unusual_day(due, self.app.clock.now())  # type: ignore[attr-defined]
            if problem is not None:
                self.state.questioned_due = due
                hint = self.query_one("#quick-hint", Label)
                hint.update(due_question(due, problem, self.state.lang))
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
