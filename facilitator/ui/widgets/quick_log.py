"""A small input that logs one entry: Enter saves, Escape cancels, focus goes back to the notes.

For a tip, the team's tips library is listed under the input, filtered as you type: Enter in the
input logs the typed text as a free tip, or the library tip when exactly one matches it; arrow
down into the list and Enter logs that library tip, with its id.

What is being typed is reported as a draft (`DraftChanged`) so the screen can keep it with the
session, as it keeps the notes; `open(..., draft=...)` brings it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from facilitator.domain.drafts import EntryDraft
from facilitator.domain.entries import EntryKind
from facilitator.domain.text import printable
from facilitator.domain.time import due_question, parse_due, unusual_day
from facilitator.domain.tips import Tip, TipLibrary
from facilitator.i18n import N_, t
from facilitator.i18n.labels import KINDS
from facilitator.ui.bindings import key_display, localise_bindings

if TYPE_CHECKING:
    from facilitator.ui.app import FacilitatorApp

#: The extra fields each kind asks for, after its text.
EXTRA_FIELDS: dict[EntryKind, tuple[str, ...]] = {
    EntryKind.MISMATCH: ("future_needs",),
    EntryKind.ACTION: ("owner", "due"),
}
MAX_LENGTH = 20_000
#: The fields of an entry, with the text shown in each while it is empty.
FIELDS = {
    "text": N_("Text ({save} saves, {cancel} cancels)"),
    "future_needs": N_("Other needs or future opportunities (optional)"),
    "owner": N_("Owner (optional)"),
    "due": N_("Due YYYY-MM-DD (optional)"),
}


class QuickLog(Vertical):
    """Hidden until a quick-log key opens it for one kind of entry."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Cancel"), priority=True, show=False),  # in its hint
        # Priority, so that focus is back in the notes before the next key is handled: text typed
        # right after Enter lands in the notes, not in the closing input.
        Binding("enter", "submit", N_("Save"), show=False, priority=True),
        Binding("down", "to_tips", N_("To the tips"), show=False),
        # Priority, so that text typed right after Tab lands in the next field, not this one.
        Binding("tab", "cycle_field(1)", N_("Next field"), show=False, priority=True),
        Binding("shift+tab", "cycle_field(-1)", N_("Previous field"), show=False, priority=True),
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
    class DraftChanged(Message):
        """What is typed now; None once the entry is logged or cancelled."""

        draft: EntryDraft | None

    @dataclass
    class _State:
        kind: EntryKind = EntryKind.NOTE
        confidential: bool = False
        lang: str = "sv"
        extras: tuple[str, ...] = field(default_factory=tuple)
        #: A due date already questioned (in the past or far ahead): Enter again keeps it.
        questioned_due: date | None = None

    def __init__(self, lang: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = self._State(lang=lang)
        self._return_focus: Widget | None = None
        self.tips = TipLibrary()
        self._shown_tips: list[Tip] = []
        #: An entry is being typed (from `open` until it is logged or cancelled).
        self.is_open = False
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Label(id="quick-title")
        yield Input(id="quick-text", max_length=MAX_LENGTH, select_on_focus=False)
        yield Input(id="quick-future_needs", max_length=MAX_LENGTH, select_on_focus=False)
        yield Input(id="quick-owner", max_length=500, select_on_focus=False)
        yield Input(id="quick-due", max_length=10, select_on_focus=False)
        yield OptionList(id="quick-tips")
        yield Label(id="quick-hint")

    def open(
        self, kind: EntryKind, draft: EntryDraft | None = None, *, return_to: Widget | None = None
    ) -> None:
        """Start an entry of `kind`, or bring back `draft`. Opened again while an entry is being
        typed, the entry becomes one of `kind` and keeps its text. Focus goes back to `return_to`
        (by default the widget focused now) when the entry is done."""
        lang = self.state.lang
        if draft is None:
            draft = EntryDraft(kind)
            if self.is_open:
                draft.text = self.query_one("#quick-text", Input).value
                draft.confidential = self.state.confidential
        kind = draft.kind
        extras = EXTRA_FIELDS.get(kind, ())
        self.state = self._State(kind, draft.confidential, lang, extras)
        keys = self._keys()
        for name, placeholder in FIELDS.items():
            field_input = self.query_one(f"#quick-{name}", Input)
            field_input.value = getattr(draft, name)
            field_input.placeholder = t(placeholder, lang, **keys)
            field_input.display = name == "text" or name in self.state.extras
        self._show_title()
        is_tip = kind is EntryKind.TIP
        self.query_one("#quick-tips", OptionList).display = is_tip
        if is_tip:
            self._filter_tips(draft.text)
        else:
            self._show_hint()
        self.display = True
        # Focus moves at once (not deferred) both ways, so that keys typed right after the
        # quick-log key, or right after Enter, land where the user expects them.
        if not self.is_open:
            self._return_focus = return_to or self.screen.focused
        self.is_open = True
        text_input = self.query_one("#quick-text", Input)
        self.screen.set_focus(text_input)
        text_input.cursor_position = len(text_input.value)
        self._report_draft()

    def _show_hint(self, one_tip: bool = False) -> None:
        kind = self.state.kind
        hint = N_(
            "{next}: next field · {confidential}: confidential · {save}: save · {cancel}: cancel"
        )
        if kind is EntryKind.TIP:
            hint = (
                N_(
                    "{save}: the library tip (the only match) · {confidential}: confidential · "
                    "{cancel}: cancel"
                )
                if one_tip
                else N_(
                    "{save}: free tip · {tips}: from the library · {confidential}: confidential · "
                    "{cancel}: cancel"
                )
            )
        self.query_one("#quick-hint", Label).update(t(hint, self.state.lang, **self._keys()))

    def _keys(self) -> dict[str, str]:
        """The keys the hints name, as they are bound."""
        return {
            name: key_display(self, action)
            for name, action in (
                ("save", "submit"),
                ("cancel", "cancel"),
                ("next", "cycle_field(1)"),
                ("tips", "to_tips"),
                ("confidential", "confidential"),
            )
        }

    def draft(self) -> EntryDraft:
        """The entry as typed so far."""
        values = {name: self.query_one(f"#quick-{name}", Input).value for name in FIELDS}
        return EntryDraft(self.state.kind, confidential=self.state.confidential, **values)

    def _report_draft(self) -> None:
        self.post_message(self.DraftChanged(self.draft() if self.is_open else None))

    def _show_title(self) -> None:
        lang = self.state.lang
        title = t(KINDS[self.state.kind.value], lang)
        if self.state.confidential:
            title += "  🔒 " + t("confidential", lang)
        self.query_one("#quick-title", Label).update(title)
        self.set_class(self.state.confidential, "-confidential")

    # ------------------------------------------------------------------ tips
    def _filter_tips(self, query: str) -> None:
        """List the library tips matching `query`; the only one is highlighted, for Enter."""
        self._shown_tips = self.tips.filter(query, self.state.lang)
        tips = self.query_one("#quick-tips", OptionList)
        tips.set_options([Option(Text(printable(tip.text)), id=tip.id) for tip in self._shown_tips])
        tips.display = bool(self._shown_tips)
        one = bool(query.strip()) and len(self._shown_tips) == 1
        if one:
            tips.highlighted = 0
        self._show_hint(one)

    def _only_match(self, query: str) -> Tip | None:
        """The library tip a typed filter word stands for: the one tip it matches, if only one."""
        if not query.strip():
            return None
        matches = self.tips.filter(query, self.state.lang)
        return matches[0] if len(matches) == 1 else None

    @on(Input.Changed)
    def _field_changed(self, event: Input.Changed) -> None:
        if not self.is_open:
            return  # keys handled after Enter or Escape: the entry is already done with
        if event.input.id == "quick-text" and self.state.kind is EntryKind.TIP:
            self._filter_tips(event.value)
        self._report_draft()

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
        """A library tip clicked."""
        event.stop()
        tip = self.tips.tip(event.option.id)
        if tip is not None and self.is_open:
            self._log_tip(tip)

    def _log_tip(self, tip: Tip) -> None:
        self.post_message(
            self.Submitted(EntryKind.TIP, tip.text, self.state.confidential, tip_id=tip.id)
        )
        self._close()

    # ------------------------------------------------------------- confidential
    def action_toggle_confidential(self) -> None:
        self.state.confidential = not self.state.confidential
        self._show_title()
        self._report_draft()

    def action_cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        self.is_open = False
        self.display = False
        if self.screen.focused is None or self in self.screen.focused.ancestors:
            self.screen.set_focus(self._return_focus)
        self._report_draft()

    def action_submit(self) -> None:
        """Enter: focus goes back to the notes at once, and the entry is saved once the keys
        typed before Enter have reached its fields."""
        field = self.screen.focused
        if field is None or self not in field.ancestors:
            return
        self.screen.set_focus(self._return_focus)
        field.call_later(self._submit, field)

    def _submit(self, field: Widget) -> None:
        if not self.is_open:
            return
        if isinstance(field, OptionList):
            tips = self.query_one("#quick-tips", OptionList)
            chosen = tips.highlighted
            if chosen is not None and chosen < len(self._shown_tips):
                self._log_tip(self._shown_tips[chosen])
            else:
                self.screen.set_focus(field)
            return
        values = {name: self.query_one(f"#quick-{name}", Input).value.strip() for name in FIELDS}
        if not values["text"]:
            self.screen.set_focus(self.query_one("#quick-text", Input))
            return
        if self.state.kind is EntryKind.TIP and field.id == "quick-text":
            tip = self._only_match(values["text"])
            if tip is not None:
                self._log_tip(tip)
                return
        try:
            due = parse_due(values["due"])
        except ValueError:
            hint = self.query_one("#quick-hint", Label)
            hint.update(t("Write the date as YYYY-MM-DD, e.g. 2026-12-01.", self.state.lang))
            self.screen.set_focus(self.query_one("#quick-due", Input))
            return
        if due is not None and due != self.state.questioned_due:
            problem = unusual_day(due, cast("FacilitatorApp", self.app).clock.now())
            if problem is not None:
                self.state.questioned_due = due
                hint = self.query_one("#quick-hint", Label)
                again = key_display(self, "submit")
                hint.update(due_question(due, problem, self.state.lang, again))
                self.screen.set_focus(self.query_one("#quick-due", Input))
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
