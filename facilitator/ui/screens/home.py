"""The home screen: the sessions in the data folder; resume one or start a new one."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from facilitator.domain.session import Status
from facilitator.i18n import t
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.store import SessionSummary, Store, UnknownId
from facilitator.ui.bindings import localise_bindings
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.widgets.status_line import format_clock

UNFINISHED = (Status.RUNNING.value, Status.PAUSED.value)


class HomeScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "open_session", "key.open"),
        Binding("n", "new_session", "key.new_session"),
        Binding("d", "demo", "key.demo"),
        Binding("r", "reload", "key.reload", show=False),
        Binding("q", "app.quit", "key.quit"),
    ]

    def __init__(self, store: Store, lang: str, *, offer_resume: bool = False) -> None:
        """With `offer_resume`, the newest unfinished meeting is offered for resume."""
        super().__init__()
        self.store = store
        self.lang = lang
        self.summaries: list[SessionSummary] = []
        self._offer_resume = offer_resume
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Label(t("ui.home.title", self.lang), id="home-title")
        yield Label(t("ui.home.data_dir", self.lang, path=str(self.store.root)), id="home-dir")
        yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Label(id="home-hint")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in ("id", "dialogue", "supplier", "status", "when"):
            table.add_column(t(f"ui.home.col.{key}", self.lang), key=key)
        self.action_reload()
        table.focus()

    def on_screen_resume(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="home")
    def _load(self) -> None:
        summaries = self.store.summaries()
        self.app.call_from_thread(self._show, summaries)

    def _show(self, summaries: list[SessionSummary]) -> None:
        if self._offer_resume:
            self._offer_resume = False
            unfinished = [s for s in summaries if not s.damaged and s.status in UNFINISHED]
            if unfinished:
                self._resume_offer(unfinished[0].id)
        self.summaries = summaries
        table = self.query_one(DataTable)
        table.clear()
        for s in summaries:
            status = "damaged" if s.damaged else (s.status or "planned")
            table.add_row(
                s.id[:8],
                s.title if not s.damaged else s.path.name,
                s.supplier if not s.damaged else s.damaged,
                t(f"status.{status}", self.lang),
                s.when(),
                key=s.id,
            )
        hint = "ui.home.hint" if summaries else "ui.home.empty"
        self.query_one("#home-hint", Label).update(t(hint, self.lang))

    @work(thread=True, group="home")
    def _resume_offer(self, session_id: str) -> None:
        try:
            session = self.store.load_session(session_id)
        except (DamagedFile, UnknownId):
            return
        elapsed = format_clock(session.meeting_elapsed(self.app.clock))  # type: ignore[attr-defined]
        question = t(
            "ui.home.resume",
            self.lang,
            supplier=session.supplier,
            title=session.dialogue.title,
            elapsed=elapsed,
            status=t(f"status.{session.status.value}", self.lang),
        )

        def answered(resume: bool | None) -> None:
            if resume:
                self.app.open_session(session_id)  # type: ignore[attr-defined]

        self.app.call_from_thread(
            self.app.push_screen, ConfirmScreen(question, self.lang), answered
        )

    def action_open_session(self) -> None:
        table = self.query_one(DataTable)
        if not self.summaries or table.cursor_row is None:
            return
        summary = self.summaries[table.cursor_row]
        self.app.open_session(summary.id)  # type: ignore[attr-defined]

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_open_session()

    def action_new_session(self) -> None:
        from facilitator.ui.screens.new_session import NewSessionScreen

        self.app.push_screen(NewSessionScreen(self.store, self.lang))

    def action_demo(self) -> None:
        self.app.start_demo()  # type: ignore[attr-defined]
