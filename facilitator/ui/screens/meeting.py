"""The meeting screen: questions, clocks, notes and the quick log, all in one window."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import AwaitMount
from textual.widgets import Label, OptionList, Static, TextArea

from facilitator.domain.clock import Clock
from facilitator.domain.confidential import toggle_line
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Status, count_closed_by_default
from facilitator.domain.tips import TipLibrary, starter_tips
from facilitator.export.wording import format_duration
from facilitator.i18n import N_, t
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.prep import PrepStore
from facilitator.ui import heap
from facilitator.ui.bindings import key_display, key_of
from facilitator.ui.join_link import copy_link, open_link, short_link
from facilitator.ui.open_meeting import OpenMeeting
from facilitator.ui.saving import ScreenSaver
from facilitator.ui.screens.base import FacilitatorScreen
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.widgets.current_question import CurrentQuestion
from facilitator.ui.widgets.footer import Footer
from facilitator.ui.widgets.log_panel import LogPanel
from facilitator.ui.widgets.notes import NotesArea
from facilitator.ui.widgets.open_actions import OpenActions
from facilitator.ui.widgets.opening import OpeningStatements
from facilitator.ui.widgets.question_list import QuestionList
from facilitator.ui.widgets.quick_log import QuickLog
from facilitator.ui.widgets.status_line import StatusLine, format_clock

if TYPE_CHECKING:
    from facilitator.domain.registers import Action

#: While the clock runs the meeting is saved at least this often, so that after a crash the app
#: knows to within that many seconds when it was closed.
ALIVE_SAVE_EVERY = 30.0


class MeetingScreen(FacilitatorScreen[None]):
    """Leads one meeting. Keys work while typing in the notes (priority bindings)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("alt+n", "next_question", N_("Next question"), priority=True),
        Binding("alt+p", "previous_question", N_("Previous question"), priority=True, show=False),
        Binding("alt+s", "toggle_clock", N_("Start/pause"), priority=True, show=False),
        Binding("alt+m", "quick_log('mismatch')", N_("Mismatch"), priority=True),
        Binding("alt+t", "quick_log('tip')", N_("Tip"), priority=True),
        Binding("alt+i", "quick_log('insight')", N_("Insight"), priority=True),
        Binding("alt+a", "quick_log('action')", N_("Action"), priority=True),
        Binding("alt+g", "quick_log('info')", N_("Information"), priority=True, show=False),
        Binding("alt+k", "skip_question", N_("Skip question"), priority=True, show=False),
        Binding("alt+c", "confidential", N_("Mark confidential"), priority=True, show=False),
        Binding("alt+o", "opening_statement", N_("Opening said"), priority=True, show=False),
        Binding("alt+e", "end_meeting", N_("End meeting"), priority=True, show=False),
        Binding("alt+j", "copy_join_link", N_("Copy join link"), priority=True, show=False),
        Binding("alt+w", "open_join_link", N_("Open join link"), priority=True, show=False),
    ]

    #: Below 70 columns the questions list gives way to the notes; below 20 rows, the log does.
    #: (Textual types both as instance variables, so they cannot be annotated `ClassVar` here.)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]  # noqa: RUF012

    def __init__(self, meeting: OpenMeeting) -> None:
        """A read-only `meeting` (another instance has the session) is shown, not changed."""
        super().__init__()
        self.meeting = meeting
        self.session = meeting.session
        self.clock: Clock = self.facilitator.clock
        self.read_only = meeting.read_only
        self.saving = ScreenSaver(self, meeting, self.lang)
        self._alive_saved = self.clock.monotonic()
        #: Hidden until a quick-log key opens it; its fields are made after the screen is first
        #: drawn (see `_mount_quick_log`), unless an entry typed before is brought back at once.
        self._quick = QuickLog(self.lang, id="quick")
        self._quick.display = False
        self._restores_draft = self.session.entry_draft is not None and not self.read_only
        self._quick_mount: AwaitMount | None = None

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        yield Static(id="save-error")
        with Horizontal(id="body"):
            with Vertical(id="side"):
                yield Label(t("Questions", self.lang), classes="panel-title")
                yield QuestionList(id="questions")
                yield OpeningStatements(id="opening")
                yield OpenActions(id="open-actions")
            with Vertical(id="main"):
                yield CurrentQuestion(id="current")
                yield NotesArea(
                    id="notes",
                    soft_wrap=True,
                    tab_behavior="focus",
                    read_only=self.read_only,
                    placeholder=t(
                        "Type notes here. The clock starts when you start typing.", self.lang
                    ),
                )
                with VerticalScroll(id="log-box"):
                    yield LogPanel(id="log")
        if self._restores_draft:
            yield self._quick
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#save-error").display = False
        self.query_one("#log-box").border_title = t("Log", self.lang)
        self.query_one("#notes").border_subtitle = short_link(self.session.join_link)
        if self.session.current_question_id is None and self.session.questions:
            self.session.go_to(self.session.questions[0].id, self.clock)
        self._load_notes()
        self._refresh_all()
        self.set_interval(1.0, self._refresh_clock)
        self._load_tips()
        self._load_open_actions()
        notes = self.query_one("#notes", TextArea)
        draft = self.session.entry_draft
        if draft is not None and self._restores_draft:
            self._quick.open(draft.kind, draft, return_to=notes)
        else:
            notes.focus()
            self.call_after_refresh(self._mount_quick_log)
        if self.read_only:
            self.notify(
                t("The session is open in another window: read-only here.", self.lang),
                severity="warning",
                timeout=10,
            )
        else:
            self._ask_about_closed_time()
        # The meeting's objects stay as long as the screen (see `ui.heap`).
        heap.freeze()

    def _ask_about_closed_time(self) -> None:
        """The clock ran on while the app was closed (quit or crash): ask whether the meeting
        went on meanwhile; a short close counts by default, a long one does not."""
        closed = self.session.closed_for(self.clock)
        if closed is None:
            return
        question = t(
            "The app was closed for {closed} while the meeting was running (the meeting "
            "clock stood at {elapsed}). Did the meeting go on meanwhile? Yes counts that "
            "time as meeting time, no leaves it out.",
            self.lang,
            closed=format_duration(closed, self.lang),
            elapsed=format_clock(self.session.meeting_elapsed(self.clock)),
        )

        def answered(count: bool | None) -> None:
            self.session.resume_after_close(self.clock, count_closed=bool(count))
            self._refresh_all()
            self._changed(now=True)

        confirm = ConfirmScreen(question, default=count_closed_by_default(closed))
        self.app.push_screen(confirm, answered)

    def _refresh_clock(self) -> None:
        self.query_one(StatusLine).show(self.session, self.clock, self.lang)
        if self.read_only or self.session.status is not Status.RUNNING:
            return
        self.session.mark_alive(self.clock)
        if self.clock.monotonic() - self._alive_saved >= ALIVE_SAVE_EVERY:
            self._alive_saved = self.clock.monotonic()
            self._changed()

    def _refresh_all(self) -> None:
        self._refresh_clock()
        self.query_one(QuestionList).show(self.session)
        self.query_one(CurrentQuestion).show(self.session, self.lang)
        self.query_one(LogPanel).show(self.session, self.lang)
        self.query_one(OpeningStatements).show(self.session, self.lang)
        notes = self.query_one("#notes", TextArea)
        question = self.session.current_question
        if question is None:
            notes.border_title = t("Other notes", self.lang)
        else:
            number = self.session.questions.index(question) + 1
            notes.border_title = t("Notes", self.lang) + f" · {number}"

    def _load_notes(self) -> None:
        """Show the current question's notes in the editor, or the general notes."""
        notes = self.query_one("#notes", TextArea)
        notes.load_text(self.session.note(self.session.current_question_id))
        notes.move_cursor(notes.document.end)

    # ------------------------------------------------------------------ notes
    @on(TextArea.Changed, "#notes")
    def _notes_changed(self, event: TextArea.Changed) -> None:
        """Notes of the current question; general notes while no question is current."""
        qid = self.session.current_question_id
        text = event.text_area.text
        if self.read_only or text == self.session.note(qid):
            return
        was = self.session.status
        self.session.set_note(qid, text, self.clock)
        if self.session.status is not was:
            self._refresh_all()
        self._changed()

    # ------------------------------------------------------------ questions
    def _after_typing(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the keys already typed into the focused widget are handled.

        A priority binding runs as soon as its key arrives, possibly before characters typed an
        instant earlier have reached the editor; going through the focused widget's own queue
        keeps notes typed just before alt+n or alt+c on the question and line they were typed on.
        """
        (self.focused or self).call_later(callback)

    def _move(self, step: Callable[[Clock], None]) -> None:
        step(self.clock)
        self._after_move()

    def _after_move(self) -> None:
        self._load_notes()
        self._refresh_all()
        self._changed(now=True)

    def action_next_question(self) -> None:
        self._after_typing(partial(self._move, self.session.next_question))

    def action_previous_question(self) -> None:
        self._after_typing(partial(self._move, self.session.previous_question))

    def action_skip_question(self) -> None:
        self._after_typing(partial(self._move, self.session.skip_current))

    @on(OptionList.OptionSelected, "#questions")
    def _question_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and not self.read_only:
            self.session.go_to(event.option.id, self.clock)
            self._after_move()
            self.query_one("#notes", TextArea).focus()

    def action_toggle_clock(self) -> None:
        self._after_typing(partial(self._update, self.session.toggle_clock))

    def _update(self, change: Callable[[Clock], None]) -> None:
        change(self.clock)
        self._refresh_all()
        self._changed(now=True)

    # -------------------------------------------------------------- quick log
    @work(thread=True, group="tips", exit_on_error=False)
    def _load_tips(self) -> None:
        """The team's tips library for the tip input (the starter set if none is saved)."""
        try:
            tips = PrepStore(self.store).load_tips()
        except (DamagedFile, OSError):
            tips = starter_tips()
        self.from_worker(self._tips_loaded, tips)

    def _tips_loaded(self, tips: TipLibrary) -> None:
        self._quick.tips = tips

    @work(thread=True, group="open-actions", exit_on_error=False)
    def _load_open_actions(self) -> None:
        """Open actions from earlier meetings with the supplier or in the dialogue, in the order
        they are due."""
        # Imported here, on the worker: the registers are not needed to draw the meeting.
        from facilitator.domain.registers import actions_in_order
        from facilitator.storage.registers import open_actions_for

        session = self.session
        found = open_actions_for(self.store, session.supplier, session.dialogue.id, but=session.id)
        self.from_worker(self._open_actions_found, actions_in_order(found, self.clock.now().date()))

    def _open_actions_found(self, found: list[Action]) -> None:
        # Imported here: home is not loaded to open a meeting at start (`facilitator demo`).
        from facilitator.ui.screens.home import HomeScreen

        register_key = key_of(self.app, HomeScreen, "actions")
        self.query_one(OpenActions).show(found, self.lang, register_key)

    async def action_quick_log(self, kind: str) -> None:
        mounting = self._mount_quick_log()
        if mounting is not None:
            await mounting
        self._quick.open(EntryKind(kind))

    def _mount_quick_log(self) -> AwaitMount | None:
        """Mount the quick log, hidden (a key that opens it awaits this): after the screen is
        first drawn, which is all one waits for when the app opens on a meeting. None once it
        was composed with the screen."""
        if self._quick.parent is None:
            self._quick_mount = self.mount(self._quick, before=self.query_one(Footer))
        return self._quick_mount

    @on(QuickLog.DraftChanged)
    def _draft_changed(self, event: QuickLog.DraftChanged) -> None:
        """The entry being typed is kept with the session, and saved as the notes are."""
        draft = event.draft if event.draft is not None and not event.draft.is_empty else None
        if self.read_only or draft == self.session.entry_draft:
            return
        self.session.entry_draft = draft
        self._changed()

    @on(QuickLog.Submitted)
    def _logged(self, event: QuickLog.Submitted) -> None:
        self.session.entry_draft = None
        self.session.log(
            event.kind,
            event.text,
            self.clock,
            confidential=event.confidential,
            future_needs=event.future_needs,
            owner=event.owner,
            due=event.due,
            tip_id=event.tip_id,
        )
        self._refresh_all()
        self._changed(now=True)

    def action_confidential(self) -> None:
        """In a quick-log input: mark the entry. In the notes: mark the line under the cursor."""
        quick = self._quick
        if quick.display:
            self._after_typing(quick.action_toggle_confidential)
        else:
            self._after_typing(self._toggle_confidential_line)

    def _toggle_confidential_line(self) -> None:
        notes = self.query_one("#notes", TextArea)
        row, column = notes.cursor_location
        old = notes.document.get_line(row)
        new = toggle_line(old, 0)
        notes.replace(new, (row, 0), (row, len(old)), maintain_selection_offset=False)
        notes.move_cursor((row, max(0, column + len(new) - len(old))))

    def action_opening_statement(self) -> None:
        self._after_typing(
            partial(self._update, lambda _clock: self.session.tick_opening_statement())
        )

    # ------------------------------------------------------------------ end
    def action_end_meeting(self) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                self.end_meeting()

        confirm = ConfirmScreen(t("End the meeting and produce the minutes?", self.lang))
        self._after_typing(partial(self.app.push_screen, confirm, answered))

    def action_copy_join_link(self) -> None:
        copy_link(self.app, self.session.join_link, self.lang)

    def action_open_join_link(self) -> None:
        self._open_join_link(key_display(self, "copy_join_link"))

    @work(thread=True, exit_on_error=False)
    def _open_join_link(self, copy_key: str) -> None:
        """The system's opener may take a moment, so it runs on a worker."""
        open_link(self.app, self.session.join_link, self.lang, copy_key)

    def end_meeting(self) -> None:
        """End the meeting and go on to the wrap-up, which takes over the session's lock."""
        self.session.end(self.clock)
        self.saving.save_now()
        self.facilitator.navigator.wrapup(self.meeting.hand_on())

    def on_unmount(self) -> None:
        self.meeting.release()
        heap.thaw()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.session.is_finished:
            return False
        if self.read_only:
            return action in ("next_question", "previous_question", "copy_join_link")
        return True

    # ---------------------------------------------------------------- saving
    def _changed(self, *, now: bool = False) -> None:
        """The session changed: save it now (entries, moves) or soon (typing)."""
        self.saving.changed(now=now)
