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
from facilitator.i18n import t
from facilitator.ui.screens.base import FacilitatorModal


class SaveFormatScreen(FacilitatorModal[str | None]):
    """Dismisses with a format name from `export.FORMATS`, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "choose(None)", show=False),
        *(
            Binding(str(number), f"choose('{fmt}')", show=False)
            for number, fmt in enumerate(FORMATS, start=1)
        ),
    ]

    def __init__(self, title_key: str = "ui.minutes.save_title") -> None:
        super().__init__()
        self.title_key = title_key

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form-box", id="save-format-box"):
            yield Label(t(self.title_key, self.lang), classes="form-title")
            yield OptionList(
                *(
                    Option(f"{number}  {t(f'ui.minutes.format.{fmt}', self.lang)}", id=fmt)
                    for number, fmt in enumerate(FORMATS, start=1)
                ),
                id="save-formats",
            )
            yield Label(t("ui.minutes.save_hint", self.lang), classes="form-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_choose(self, fmt: str | None) -> None:
        self.dismiss(fmt)
