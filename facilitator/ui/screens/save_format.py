"""Which format to save the minutes in: 1-4, or arrows and Enter; Escape cancels."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from facilitator.export import FORMATS
from facilitator.i18n import N_, t
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorModal

_FORMAT_NAMES = {
    "md": N_("Markdown (.md)"),
    "html": N_("HTML (.html)"),
    "docx": N_("Word (.docx)"),
    "txt": N_("Plain text (.txt)"),
}

#: What the key that saves in each format does (the minutes and the summary screens).
SAVE_AS = {
    "md": N_("Save as Markdown"),
    "html": N_("Save as HTML"),
    "docx": N_("Save as Word (DOCX)"),
    "txt": N_("Save as text"),
}


class SaveFormatScreen(FacilitatorModal[str | None]):
    """Dismisses with a format name from `export.FORMATS`, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "choose(None)", show=False),
        *(
            Binding(str(number), f"choose('{fmt}')", show=False)
            for number, fmt in enumerate(FORMATS, start=1)
        ),
    ]

    def __init__(self, heading: str = N_("Save the minutes as")) -> None:
        super().__init__()
        self.heading = heading

    def compose(self) -> ComposeResult:
        keys = {fmt: key_display(self, f"choose('{fmt}')") for fmt in FORMATS}
        with Vertical(classes="dialog form-box", id="save-format-box"):
            yield Label(t(self.heading, self.lang), classes="form-title")
            yield OptionList(
                *(
                    Option(f"{keys[fmt]}  {t(_FORMAT_NAMES[fmt], self.lang)}", id=fmt)
                    for fmt in FORMATS
                ),
                id="save-formats",
            )
            hint = t(
                "{first}–{last} or Enter · {cancel} cancels",
                self.lang,
                first=next(iter(keys.values())),
                last=list(keys.values())[-1],
                cancel=key_display(self, "choose(None)"),
            )
            yield Label(hint, classes="form-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_choose(self, fmt: str | None) -> None:
        self.dismiss(fmt)
