"""The dialogue summary on screen: every meeting of one dialogue, in Swedish or English, internal
or public, named or anonymous; saved beside the minutes in any format.

The screen only presents: the summary is built by `domain.summary` from what
`storage.dialogue_records` reads, and laid out by `export.summary`, on a worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.notifications import SeverityLevel
from textual.widgets import Footer, Label

from facilitator.domain.summary import DialogueRecords, build_summary
from facilitator.export import FORMATS, document_preview, render_document
from facilitator.export.document import Document
from facilitator.export.summary import summary_document
from facilitator.i18n import N_, t
from facilitator.i18n.labels import LANGUAGES
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.dialogue_records import dialogue_records
from facilitator.storage.ids import UnknownId
from facilitator.storage.prep import PrepStore
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorScreen
from facilitator.ui.screens.save_format import SAVE_AS, SaveFormatScreen
from facilitator.ui.widgets.minutes_preview import MinutesPreview


class SummaryScreen(FacilitatorScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l", "switch_language", N_("Language")),
        Binding("p", "toggle_public", N_("Public")),
        Binding("a", "toggle_anonymous", N_("Anonymous")),
        Binding("s", "save", N_("Save…")),
        Binding("escape", "app.pop_screen", N_("Back")),
        *(
            Binding(str(number), f"save_as('{fmt}')", SAVE_AS[fmt], show=False)
            for number, fmt in enumerate(FORMATS, start=1)
        ),
    ]

    def __init__(self, dialogue_id: str) -> None:
        super().__init__()
        self.dialogue_id = dialogue_id
        self.summary_lang = self.lang
        self.public = False
        self.anonymous = False
        self.records: DialogueRecords | None = None
        self.document: Document | None = None

    def compose(self) -> ComposeResult:
        yield Label(id="summary-state", classes="title-bar", markup=False)
        with VerticalScroll(id="summary-scroll"):
            yield MinutesPreview(id="summary")
        loading = t("Reading the dialogue's meetings…", self.lang)
        yield Label(loading, id="summary-path", classes="hint", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._show_state()
        self._load()
        self.query_one("#summary-scroll").focus()

    # ------------------------------------------------------------------ showing
    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def _load(self) -> None:
        """Read the dialogue's sessions and bookings, then lay out the summary."""
        try:
            records = dialogue_records(PrepStore(self.store), self.dialogue_id)
        except (OSError, DamagedFile, UnknownId) as error:
            message = t("Could not read the dialogue: {reason}", self.lang, reason=str(error))
            self.from_worker(self._tell, message, "error")
            return
        self.records = records
        self._lay_out(records, self.summary_lang, self.public, self.anonymous)

    def _lay_out(self, records: DialogueRecords, lang: str, public: bool, anonymous: bool) -> None:
        summary = build_summary(
            records,
            public=public,
            anonymous=anonymous,
            supplier_word=t("Supplier", lang),
            now=self.facilitator.clock.now(),
        )
        document = summary_document(summary, lang)
        self.from_worker(self._show, document)

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def _relayout(self) -> None:
        if self.records is not None:
            self._lay_out(self.records, self.summary_lang, self.public, self.anonymous)

    def _show(self, document: Document) -> None:
        self.document = document
        self.query_one(MinutesPreview).show(document_preview(document))
        self.query_one("#summary-path", Label).update(
            t(
                "{language} language · {public} public · {anonymous} anonymous · {save} save · "
                "{back} back",
                self.lang,
                language=key_display(self, "switch_language"),
                public=key_display(self, "toggle_public"),
                anonymous=key_display(self, "toggle_anonymous"),
                save=key_display(self, "save"),
                back=key_display(self, "app.pop_screen"),
            )
        )

    def _show_state(self) -> None:
        kind = t(N_("public version") if self.public else N_("internal version"), self.lang)
        named = t(N_("anonymous") if self.anonymous else N_("suppliers named"), self.lang)
        language = t(LANGUAGES[self.summary_lang], self.lang)
        self.query_one("#summary-state", Label).update(f"{kind} · {named} · {language}")

    def _changed(self) -> None:
        self._show_state()
        self._relayout()

    def action_switch_language(self) -> None:
        self.summary_lang = "en" if self.summary_lang == "sv" else "sv"
        self._changed()

    def action_toggle_public(self) -> None:
        self.public = not self.public
        self._changed()

    def action_toggle_anonymous(self) -> None:
        self.anonymous = not self.anonymous
        self._changed()

    # ------------------------------------------------------------------ saving
    def action_save(self) -> None:
        def chosen(fmt: str | None) -> None:
            if fmt:
                self.action_save_as(fmt)

        self.app.push_screen(SaveFormatScreen(N_("Save the summary as")), chosen)

    def action_save_as(self, fmt: str) -> None:
        if self.document is None:
            return
        parts = ["public"] if self.public else []
        parts += ["anonymous"] if self.anonymous else []
        suffix = ".".join([*parts, FORMATS[fmt]])
        document, lang = self.document, self.summary_lang

        def write() -> Path:
            """Beside the minutes: minutes/summary-<id>.<lang>[.public][.anonymous].<fmt>."""
            data = render_document(document, fmt)
            return self.store.write_minutes(f"summary-{self.dialogue_id}", lang, data, suffix)

        self.run_io(
            write,
            self._saved,
            failed=N_("The minutes could not be saved: {reason}"),
            told=self._told_failure,
            group="summary-save",
            expected=(OSError,),
        )

    def _told_failure(self, message: str) -> None:
        self._tell(message, "error")

    def _saved(self, path: Path) -> None:
        self._tell(t("Summary saved: {path}", self.lang, path=str(path)), "information")

    def _tell(self, message: str, severity: SeverityLevel) -> None:
        self.query_one("#summary-path", Label).update(message)
        self.notify(message, severity=severity, timeout=10, markup=False)
