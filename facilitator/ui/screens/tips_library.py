"""The team's tips library: add, change, remove and order the standard tips.

Every change is saved at once, so the meeting's tip picker offers it from the next meeting on.
"""

from __future__ import annotations

import copy
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Input, Label, Static

from facilitator.domain.text import printable
from facilitator.domain.tips import TipLibrary
from facilitator.i18n import N_, t
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.prep import PrepStore
from facilitator.ui.bindings import key_display
from facilitator.ui.rows import at_cursor
from facilitator.ui.screens.base import FacilitatorScreen
from facilitator.ui.screens.confirm import ConfirmScreen

#: The languages a tip can be for, in the order the language key steps through them.
TIP_LANGS = ("sv", "en", "")


class TipsLibraryScreen(FacilitatorScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", N_("Add tip")),
        Binding("e", "edit", N_("Edit")),
        Binding("delete,x", "delete", N_("Delete")),
        Binding("alt+up,K", "move(-1)", N_("Move up"), show=False),
        Binding("alt+down,J", "move(1)", N_("Move down"), show=False),
        Binding("l", "cycle_lang", N_("Language")),
        Binding("escape", "back", N_("Back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.prep = PrepStore(self.store)
        self.library: TipLibrary | None = None
        #: The tip being changed in the input, or None when the input adds a new tip.
        self.editing: str | None = None

    def compose(self) -> ComposeResult:
        yield Label(t("Tips library", self.lang), classes="screen-title")
        yield DataTable(id="tips", cursor_type="row", zebra_stripes=True)
        yield Static(id="tip-full")
        yield Input(id="tip-input", max_length=1000, compact=True)
        yield Label(
            t("Enter edits the tip. Changes are saved at once.", self.lang),
            id="tips-hint",
            classes="hint",
        )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(t("Lang", self.lang), key="lang", width=4)
        table.add_column(t("Tip", self.lang), key="tip")
        self.query_one("#tip-input").display = False
        table.focus()
        self._load()

    @work(thread=True, exclusive=True, group="tips", exit_on_error=False)
    def _load(self) -> None:
        try:
            library = self.prep.load_tips()
        except DamagedFile as error:
            message = t(
                "The tips library {path} cannot be read ({reason}); it is left as it is.",
                self.lang,
                path=str(error.path),
                reason=error.reason,
            )
            self.from_worker(self._hint, message)
            return
        self.from_worker(self._loaded, library)

    def _loaded(self, library: TipLibrary) -> None:
        self.library = library
        self._show()

    def _hint(self, text: str) -> None:
        self.query_one("#tips-hint", Label).update(Text(printable(text)))

    def _show(self, select: str | None = None) -> None:
        table = self.query_one(DataTable)
        table.clear()
        tips = self.library.tips if self.library else []
        for tip in tips:
            table.add_row(tip.lang or "*", Text(printable(tip.text)), key=tip.id)
        ids = [tip.id for tip in tips]
        if select in ids:
            table.move_cursor(row=ids.index(select))

    def _selected_id(self) -> str | None:
        tip = at_cursor(self.query_one(DataTable), self.library.tips if self.library else [])
        return tip.id if tip else None

    def _changed(self, select: str | None = None) -> None:
        self._show(select)
        if self.library is not None:
            library = copy.deepcopy(self.library)
            self.run_io(
                lambda: self.prep.save_tips(library),
                group="save-tips",
                exclusive=True,
                expected=(OSError,),
            )

    # ----------------------------------------------------------------- actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action != "back" and self.library is None:
            return None
        return True

    def _open_input(self, text: str) -> None:
        field = self.query_one("#tip-input", Input)
        field.value = text
        field.display = True
        field.focus()
        self._hint(
            t("Enter saves the tip · {back} cancels", self.lang, back=key_display(self, "back"))
        )

    def action_add(self) -> None:
        self.editing = None
        self._open_input("")

    def action_edit(self) -> None:
        tip = self.library.tip(self._selected_id()) if self.library else None
        if tip is not None:
            self.editing = tip.id
            self._open_input(tip.text)

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_edit()

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self) -> None:
        """The highlighted tip in full, as the table cuts long ones off."""
        tip = self.library.tip(self._selected_id()) if self.library else None
        self.query_one("#tip-full", Static).update(Text(printable(tip.text)) if tip else "")

    @on(Input.Submitted, "#tip-input")
    def _submitted(self, event: Input.Submitted) -> None:
        text = " ".join(event.value.split())
        if self.library is None or not text:
            self._close_input()
            return
        if self.editing is None:
            tip_id = self.library.add(text, self.lang).id
        else:
            tip_id = self.editing
            self.library.update(tip_id, text)
        self._close_input()
        self._changed(select=tip_id)

    def _close_input(self) -> None:
        self.editing = None
        self.query_one("#tip-input").display = False
        self.query_one(DataTable).focus()
        self._hint(t("Enter edits the tip. Changes are saved at once.", self.lang))

    def action_back(self) -> None:
        if self.query_one("#tip-input").display:
            self._close_input()
        else:
            self.dismiss()

    def action_delete(self) -> None:
        tip = self.library.tip(self._selected_id()) if self.library else None
        if tip is None:
            return

        def answered(yes: bool | None) -> None:
            if yes and self.library is not None:
                self.library.remove(tip.id)
                self._changed(select=self._selected_id())

        question = t("Delete the tip “{text}”?", self.lang, text=tip.text)
        self.app.push_screen(ConfirmScreen(question), answered)

    def action_move(self, delta: int) -> None:
        tip_id = self._selected_id()
        if self.library is not None and tip_id is not None:
            self.library.move(tip_id, delta)
            self._changed(select=tip_id)

    def action_cycle_lang(self) -> None:
        tip = self.library.tip(self._selected_id()) if self.library else None
        if tip is not None:
            index = TIP_LANGS.index(tip.lang) if tip.lang in TIP_LANGS else -1
            tip.lang = TIP_LANGS[(index + 1) % len(TIP_LANGS)]
            self._changed(select=tip.id)
