"""Search every meeting's notes and log: hits as you type, Enter opens the meeting at the hit."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, Label

from facilitator.domain.text import printable
from facilitator.export.registers import marked
from facilitator.i18n import N_, t, tn
from facilitator.i18n.labels import KINDS, REGISTER_COLUMNS
from facilitator.storage.registers import SearchHit, hit_count, search
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorScreen

#: Seconds of no typing before the search runs.
TYPING_PAUSE = 0.15


class SearchScreen(FacilitatorScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", N_("Back")),
        Binding("down", "to_hits", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Label(t("Search every meeting", self.lang), classes="register-title")
        yield Input(placeholder=t("Words in notes and log entries…", self.lang), id="search-words")
        yield DataTable(id="search-hits", cursor_type="row", zebra_stripes=True)
        yield Label(id="search-detail", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in ("date", "supplier", "line"):
            table.add_column(t(REGISTER_COLUMNS[key], self.lang), key=key)
        self.query_one("#search-detail", Label).update(self._how_to())

    def _how_to(self) -> str:
        return t(
            "Type words (their start will do). {hits} to the hits, Enter opens the meeting, "
            "{back} goes back.",
            self.lang,
            hits=key_display(self, "to_hits"),
            back=key_display(self, "back"),
        )

    @on(Input.Changed, "#search-words")
    def _typed(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(TYPING_PAUSE, self._search)

    @on(Input.Submitted, "#search-words")
    def _submitted(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._search(focus_hits=True)

    def _search(self, focus_hits: bool = False) -> None:
        self._timer = None
        self._find(self.query_one("#search-words", Input).value, focus_hits)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _find(self, words: str, focus_hits: bool) -> None:
        hits = search(self.store, words)
        self.from_worker(self._show, words, hits, focus_hits)

    def _show(self, words: str, hits: list[SearchHit], focus_hits: bool) -> None:
        self.hits = hits
        table = self.query_one(DataTable)
        table.clear()
        for number, hit in enumerate(hits):
            kind = t(KINDS[hit.kind], self.lang)
            line = Text(f"{kind}: ", style="dim").append_text(marked(hit))
            table.add_row(
                hit.meeting.day(), Text(printable(hit.meeting.supplier)), line, key=str(number)
            )
        detail = self.query_one("#search-detail", Label)
        if not hits:
            detail.update(
                t("Nothing found for “{words}”.", self.lang, words=printable(words))
                if words.strip()
                else self._how_to()
            )
        elif focus_hits:
            table.focus()
        self._show_detail()

    @on(DataTable.RowHighlighted, "#search-hits")
    def _show_detail(self) -> None:
        table = self.query_one(DataTable)
        if not self.hits or table.cursor_row is None or table.cursor_row >= len(self.hits):
            return
        hit = self.hits[table.cursor_row]
        question = hit.question or "–"
        self.query_one("#search-detail", Label).update(
            tn(
                "{count} hit · {dialogue} · Question: {question}",
                "{count} hits · {dialogue} · Question: {question}",
                len(self.hits),
                self.lang,
                count=hit_count(self.hits),
                dialogue=hit.meeting.title,
                question=question,
            )
        )

    @on(DataTable.RowSelected, "#search-hits")
    def _open(self) -> None:
        table = self.query_one(DataTable)
        if self.hits and table.cursor_row is not None and table.cursor_row < len(self.hits):
            hit = self.hits[table.cursor_row]
            self.facilitator.navigator.read_only_minutes(hit.meeting.session_id, hit.plain_line)

    def action_to_hits(self) -> None:
        if self.hits:
            self.query_one(DataTable).focus()

    def action_back(self) -> None:
        self.app.pop_screen()
