"""The minutes of a finished meeting: preview, save, copy, finalise, or reopen for a correction.

What is shown is saved beside the session at once (minutes/<id>.<lang>.md, or .public.md), so
there is always a file to fall back on when the terminal does not take the clipboard.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.notifications import SeverityLevel
from textual.widgets import Label, Static

from facilitator.domain.clock import Clock
from facilitator.domain.session import Session
from facilitator.domain.time import local_text
from facilitator.domain.versions import NotFinished, draft_number, is_draft, latest_version
from facilitator.export import (
    FORMATS,
    document_preview,
    finalise_minutes,
    markdown_file,
    minutes_document,
    render_document,
)
from facilitator.export.document import Document
from facilitator.export.email_draft import minutes_email
from facilitator.export.saved import refresh_saved_minutes
from facilitator.i18n import N_, t
from facilitator.i18n.labels import LANGUAGES
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.ids import UnknownId
from facilitator.storage.lock import SessionLocked
from facilitator.ui.bindings import key_display
from facilitator.ui.errors import failure_reason
from facilitator.ui.open_meeting import OpenMeeting
from facilitator.ui.saving import ScreenSaver
from facilitator.ui.screens.base import FacilitatorScreen
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.save_format import SAVE_AS, SaveFormatScreen
from facilitator.ui.widgets.footer import Footer
from facilitator.ui.widgets.minutes_preview import MinutesPreview


class MinutesScreen(FacilitatorScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l", "switch_language", N_("Language")),
        Binding("p", "toggle_public", N_("Public")),
        Binding("s", "save", N_("Save…")),
        Binding("c", "copy", N_("Copy")),
        Binding("e", "email", N_("E-mail")),
        Binding("f", "finalise", N_("Finalise")),
        Binding("r", "reopen", N_("Correct")),
        Binding("h,escape", "home", N_("Home"), show=False),
        Binding("q", "app.quit", N_("Quit"), show=False),
        *(
            Binding(str(number), f"save_as('{fmt}')", SAVE_AS[fmt], show=False)
            for number, fmt in enumerate(FORMATS, start=1)
        ),
    ]

    def __init__(self, meeting: OpenMeeting, *, reveal: str = "") -> None:
        """The meeting's lock is held when the screen comes from the meeting or the wrap-up;
        else the screen takes it when it first has to write the session. `reveal` is a line to
        scroll to once the minutes are shown (a search hit)."""
        super().__init__()
        self.meeting = meeting
        self._reveal = reveal
        self.minutes_lang = self.lang
        self.public = False
        self.saving = ScreenSaver(self, meeting, self.lang)
        #: The minutes laid out for what is shown: (language, public) and the document.
        self._shown: tuple[tuple[str, bool], Document] | None = None

    @property
    def session(self) -> Session:
        return self.meeting.session

    @property
    def clock(self) -> Clock:
        return self.facilitator.clock

    def compose(self) -> ComposeResult:
        yield Label(id="minutes-state", classes="title-bar")
        yield Static(id="save-error")
        with VerticalScroll(id="minutes-scroll"):
            yield MinutesPreview(id="minutes")
        yield Label(id="minutes-path", classes="hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#save-error").display = False
        self._show()
        self.query_one("#minutes-scroll").focus()

    def on_unmount(self) -> None:
        self.saving.save_now()
        self.meeting.release()

    # ----------------------------------------------------------------- preview
    def _document(self) -> Document:
        """The minutes as chosen (language, public or internal): the one shown, else laid out."""
        shown = self._shown
        if shown is not None and shown[0] == (self.minutes_lang, self.public):
            return shown[1]
        return minutes_document(self.session, self.minutes_lang, self.public, self.clock.now())

    def _show(self) -> None:
        """Show the minutes as chosen and save them as Markdown; they are laid out, drawn and
        saved on workers, so the screen answers at once however long the meeting was."""
        self._show_state()
        self._shown = None
        self.query_one(MinutesPreview).stop()
        self._lay_out(self.minutes_lang, self.public, self.clock.now())

    @work(thread=True, exclusive=True, group="minutes-layout", exit_on_error=False)
    def _lay_out(self, lang: str, public: bool, now: datetime) -> None:
        """Lay the minutes out once for the preview and the Markdown file. The session is only
        read here: on this screen it changes only by finalising, which lays the minutes out
        again, and a layout that is no longer wanted is dropped."""
        document = minutes_document(self.session, lang, public, now)
        preview = document_preview(document)
        self.from_worker(self._laid_out, lang, public, document, preview)
        # The file's front matter after: the preview is what the user waits for.
        self.from_worker(self._save_laid_out, lang, public, markdown_file(document, preview))

    def _laid_out(self, lang: str, public: bool, document: Document, preview: str) -> None:
        if (lang, public) != (self.minutes_lang, self.public):
            return
        self._shown = ((lang, public), document)
        shown = self.query_one(MinutesPreview)
        shown.show(preview)
        if self._reveal:
            shown.reveal(self._reveal)
            self._reveal = ""

    def _save_laid_out(self, lang: str, public: bool, file: str) -> None:
        if (lang, public) == (self.minutes_lang, self.public):
            self._save(file, "md")

    def _show_state(self) -> None:
        session = self.session
        latest = latest_version(session)
        if latest is None or is_draft(session):
            state = t(
                "Draft (becomes version {version} when finalised)",
                self.lang,
                version=draft_number(session),
            )
        else:
            when = local_text(latest.finalised_at, session.timezone)
            state = t(
                "Version {version}, finalised {date}", self.lang, version=latest.number, date=when
            )
        kind = t(N_("public version") if self.public else N_("internal minutes"), self.lang)
        language = t(LANGUAGES[self.minutes_lang], self.lang)
        self.query_one("#minutes-state", Label).update(f"{state} · {kind} · {language}")

    def action_switch_language(self) -> None:
        self.minutes_lang = "en" if self.minutes_lang == "sv" else "sv"
        self._show()

    def action_toggle_public(self) -> None:
        self.public = not self.public
        self._show()

    # ------------------------------------------------------------------ saving
    def action_save(self) -> None:
        def chosen(fmt: str | None) -> None:
            if fmt:
                self.action_save_as(fmt)

        self.app.push_screen(SaveFormatScreen(), chosen)

    def action_save_as(self, fmt: str) -> None:
        self._save(self._document(), fmt, announce=True)

    def _save(
        self, document: Document | str, fmt: str, *, announce: bool = False, copied: bool = False
    ) -> None:
        """Render (unless given as text) and write on a worker: the document is a copy, the
        session stays here."""
        suffix = f"public.{FORMATS[fmt]}" if self.public else FORMATS[fmt]
        session_id, lang = self.session.id, self.minutes_lang

        def write() -> Path:
            data = document if isinstance(document, str) else render_document(document, fmt)
            return self.store.write_minutes(session_id, lang, data, suffix=suffix)

        self.run_io(
            write,
            lambda path: self._saved(path, announce, copied),
            failed=N_("The minutes could not be saved: {reason}"),
            told=self._told_failure,
            group="minutes",
        )

    def _told_failure(self, message: str) -> None:
        self._tell(message, "error")

    def _saved(self, path: Path, announce: bool, copied: bool) -> None:
        if copied:
            key = (
                N_(
                    "Copied through the terminal. In tmux it only arrives with 'set -g "
                    "set-clipboard on'; the minutes are also in {path}"
                )
                if os.environ.get("TMUX")
                else N_(
                    "Copied through the terminal. Not every terminal accepts it; the minutes "
                    "are also in {path}"
                )
            )
            self._tell(t(key, self.lang, path=str(path)), "information", timeout=12)
        elif announce:
            self._tell(t("Minutes saved: {path}", self.lang, path=str(path)), "information")
        else:
            self.query_one("#minutes-path", Label).update(
                t("Minutes saved: {path}", self.lang, path=str(path))
            )

    def _tell(self, message: str, severity: SeverityLevel, timeout: float = 8) -> None:
        self.query_one("#minutes-path", Label).update(message)
        self.notify(message, severity=severity, timeout=timeout, markup=False)

    def action_copy(self) -> None:
        """Copy through the terminal (OSC 52); whether it arrived cannot be told, so the file is
        saved too and its path shown."""
        document = self._document()
        shown = self.query_one(MinutesPreview).source
        self.app.copy_to_clipboard(shown if self._shown else document_preview(document))
        self._save(document, "md", copied=True)

    def action_email(self) -> None:
        """Write the minutes as chosen as an e-mail draft beside the session; nothing is sent."""
        session = copy.deepcopy(self.session)
        document, lang, public = self._document(), self.minutes_lang, self.public

        def write() -> tuple[Path, list[str]]:
            draft = minutes_email(session, document, lang, public)
            suffix = "public.eml" if public else "eml"
            path = self.store.write_minutes(session.id, lang, draft.data, suffix=suffix)
            return path, draft.without_address

        self.run_io(
            write,
            self._email_written,
            failed=N_("The minutes could not be saved: {reason}"),
            told=self._told_failure,
            group="minutes",
        )

    def _email_written(self, written: tuple[Path, list[str]]) -> None:
        path, without_address = written
        message = t(
            "The e-mail draft was written to {path} (open it in Outlook to send it; "
            "nothing has been sent).",
            self.lang,
            path=str(path),
        )
        if without_address:
            names = ", ".join(without_address)
            message += "\n" + t(
                "No e-mail address known for: {names}. Add them to the draft before sending it.",
                self.lang,
                names=names,
            )
        self._tell(message, "information", 15)

    # --------------------------------------------------------- finalise, reopen
    def _with_lock(self, then: Callable[[], None]) -> None:
        """`then()` once the session's lock is held here: taken, and the session read again (another
        instance may have changed it), on a worker; if it cannot be, why, to the user."""
        if self.meeting.locked:
            then()
            return
        meeting, lang = self.meeting, self.lang

        def take() -> str | None:
            try:
                meeting.take_lock()
                meeting.reload()
            except SessionLocked as locked:
                return t(
                    "The meeting is open in {holder}; it cannot be changed here now.",
                    lang,
                    holder=locked.who(lang),
                )
            except (OSError, DamagedFile, UnknownId) as error:
                meeting.release()
                return t(
                    "The meeting could not be read: {reason}",
                    lang,
                    reason=failure_reason(error, lang),
                )
            return None

        def taken(refused: str | None) -> None:
            if refused is not None:
                self._tell(refused, "error")
                return
            self.meeting.read_only = False
            then()

        self.run_io(take, taken, group="lock", exclusive=True)

    def action_finalise(self) -> None:
        session = self.session
        latest = latest_version(session)
        if latest is not None and not is_draft(session):
            self._tell(
                t(
                    "Version {version} is already finalised. {reopen} corrects (makes a new "
                    "version).",
                    self.lang,
                    version=latest.number,
                    reopen=key_display(self, "reopen"),
                ),
                "warning",
            )
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._finalise()

        question = t(
            "Finalise the minutes as version {version}? They then become a public record; "
            "later corrections make a new version.",
            self.lang,
            version=draft_number(session),
        )
        self.app.push_screen(ConfirmScreen(question), answered)

    def _finalise(self) -> None:
        self._with_lock(self._finalise_held)

    def _finalise_held(self) -> None:
        try:
            version = finalise_minutes(self.session, self.clock)
        except NotFinished:
            self._tell(
                t("The meeting has not ended; the minutes cannot be finalised.", self.lang), "error"
            )
            return
        self.saving.changed(now=True)
        # The minutes files saved earlier are written again (all formats) on a worker.
        session, now = copy.deepcopy(self.session), self.clock.now()
        self.run_io(
            lambda: refresh_saved_minutes(self.store, session, now),
            failed=N_("The minutes could not be saved: {reason}"),
            group="minutes",
        )
        self._show()
        when = local_text(version.finalised_at, self.session.timezone)
        self.notify(
            t("Version {version} finalised {date}.", self.lang, version=version.number, date=when)
        )

    def action_reopen(self) -> None:
        self._with_lock(self._reopen_held)

    def _reopen_held(self) -> None:
        self.saving.save_now()
        self.facilitator.navigator.wrapup(self.meeting.hand_on())

    def action_home(self) -> None:
        self.facilitator.navigator.home()
