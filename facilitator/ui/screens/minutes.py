"""The minutes of a finished meeting, shown as soon as it ends and saved beside the session."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Label, Markdown

from facilitator.domain.session import Session
from facilitator.export import render_minutes
from facilitator.i18n import t
from facilitator.storage.store import Store
from facilitator.ui.bindings import localise_bindings


class MinutesScreen(Screen[None]):
    BINDINGS = [
        Binding("l", "switch_language", "key.minutes_language"),
        Binding("h,escape", "home", "key.home"),
        Binding("q", "app.quit", "key.quit"),
    ]

    def __init__(self, store: Store, session: Session, lang: str) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.lang = lang
        self.minutes_lang = lang
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Label(id="minutes-path")
        with VerticalScroll(id="minutes-scroll"):
            yield Markdown(id="minutes")
        yield Footer()

    def on_mount(self) -> None:
        self._show()
        self.query_one("#minutes-scroll").focus()

    def _show(self) -> None:
        text = render_minutes(self.session, "md", self.minutes_lang)
        self.query_one(Markdown).update(text)
        self._save(text, self.minutes_lang)

    @work(thread=True, group="minutes", exit_on_error=False)
    def _save(self, text: str, lang: str) -> None:
        try:
            path = self.store.write_minutes(self.session.id, lang, text)
            message = t("ui.minutes.saved", self.lang, path=str(path))
        except OSError as error:
            message = t("ui.minutes.save_failed", self.lang, reason=error.strerror or str(error))
        self.app.call_from_thread(self.query_one("#minutes-path", Label).update, message)

    def action_switch_language(self) -> None:
        self.minutes_lang = "en" if self.minutes_lang == "sv" else "sv"
        self._show()

    def action_home(self) -> None:
        from facilitator.ui.screens.home import HomeScreen

        self.app.switch_screen(HomeScreen(self.store, self.lang))
