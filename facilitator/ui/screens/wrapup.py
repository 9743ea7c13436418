"""The wrap-up after a meeting: correct participants, notes and log entries, then the minutes.

Shown when the meeting ends, and again when finished minutes are reopened for a correction. Every
change is saved at once and, the session being finished, recorded as a change of the minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import (
    DataTable,
    Footer,
    Label,
    OptionList,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)
from textual.widgets.option_list import Option

from facilitator.domain.confidential import parse_line, set_line_reason, toggle_line
from facilitator.domain.corrections import given_from, is_free_tip, keep_tip
from facilitator.domain.entries import EntryEdit, LogEntry
from facilitator.domain.participants import Participant
from facilitator.domain.registers import next_rating
from facilitator.domain.session import QuestionState, Session
from facilitator.domain.tips import Tip
from facilitator.domain.versions import draft_number
from facilitator.i18n import N_, t
from facilitator.i18n.labels import RATING_NAMES
from facilitator.storage.lock import SessionLocked
from facilitator.storage.prep import PrepStore
from facilitator.ui.bindings import key_display
from facilitator.ui.open_meeting import OpenMeeting
from facilitator.ui.saving import ScreenSaver, refresh_minutes_files
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.text_prompt import TextPrompt
from facilitator.ui.screens.wrapup_forms import EntryForm, ParticipantForm, ReasonForm
from facilitator.ui.screens.wrapup_transcript import TranscriptActions
from facilitator.ui.widgets.transcript_panel import ConsentBox, TranscriptPanel
from facilitator.ui.widgets.wrapup_tables import EntriesTable, PeopleTable

TABS = ("tab-participants", "tab-notes", "tab-entries")
#: The notes list's entry for the general notes (typed outside any question).
GENERAL = "general-notes"
#: A question's state in the notes list, and the order alt+k steps through them.
_STATE_MARKS = {QuestionState.DONE: "✓", QuestionState.SKIPPED: "↷", QuestionState.PENDING: "·"}
_STATE_WORDS = {
    QuestionState.DONE: N_("discussed"),
    QuestionState.SKIPPED: N_("skipped"),
    QuestionState.PENDING: N_("not reached"),
}
#: Actions that only make sense on one or more of the tabs.
_ACTION_TABS: dict[str, tuple[str, ...]] = {
    "add_participant": ("tab-participants",),
    "delete_participant": ("tab-participants",),
    "edit": ("tab-participants", "tab-entries"),
    "confidential": ("tab-notes", "tab-entries"),
    "reason": ("tab-notes", "tab-entries"),
    "question_state": ("tab-notes",),
    "add_entry": ("tab-entries",),
    "delete_entry": ("tab-entries",),
    "tip_to_library": ("tab-entries",),
    "rate_question": ("tab-notes",),
    "attach_transcript": TABS,
    "copy_transcript_line": ("tab-notes",),
}
_EDITING = frozenset(_ACTION_TABS)


class WrapUpScreen(TranscriptActions):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("alt+e", "produce_minutes", N_("Minutes"), priority=True),
        Binding("alt+n", "next_tab(1)", N_("Next tab"), priority=True, show=False),
        Binding("alt+p", "next_tab(-1)", N_("Previous tab"), priority=True, show=False),
        Binding("e", "edit", N_("Edit"), show=False),  # Enter on a row edits it too
        Binding("a", "add_participant", N_("Add participant")),
        Binding("a", "add_entry", N_("New entry")),
        Binding("delete,d", "delete_participant", N_("Remove")),
        Binding("delete,d", "delete_entry", N_("Delete entry")),
        Binding("t", "tip_to_library", N_("To tips library"), show=False),
        Binding("alt+c", "confidential", N_("Confidential"), priority=True),
        Binding("alt+r", "reason", N_("Reason"), priority=True, show=False),
        Binding("alt+k", "question_state", N_("Question state"), priority=True),
        Binding("alt+o", "rate_question", N_("Did it open the talk?"), priority=True, show=False),
        Binding("alt+f", "lesson", N_("Lesson about the format"), priority=True, show=False),
        Binding("alt+t", "attach_transcript", N_("Transcript"), priority=True, show=False),
        Binding("alt+l", "copy_transcript_line", N_("To notes"), priority=True, show=False),
    ]

    def __init__(self, meeting: OpenMeeting) -> None:
        """The meeting's lock is handed on to the minutes; without it the screen takes one itself
        and is read-only when another instance has the session open."""
        super().__init__()
        self.meeting = meeting
        self.session: Session = meeting.session
        self.clock = self.facilitator.clock
        self.read_only = False
        self.saving = ScreenSaver(self, meeting, self.lang)
        self.question_id: str | None = None

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        title = t(
            "Wrap-up: {supplier} · {dialogue}",
            self.lang,
            supplier=self.session.supplier,
            dialogue=self.session.dialogue.title,
        )
        yield Label(title, id="wrap-title", classes="title-bar", markup=False)
        minutes = key_display(self, "produce_minutes")
        if self.session.minutes_versions:
            hint = t(
                "Correction: the changes become version {version} when finalised · {minutes}: "
                "the minutes",
                self.lang,
                version=draft_number(self.session),
                minutes=minutes,
            )
        else:
            hint = t(
                "Correct and mark confidential · {next}/{previous}: tab · {minutes}: the minutes",
                self.lang,
                next=key_display(self, "next_tab(1)"),
                previous=key_display(self, "next_tab(-1)"),
                minutes=minutes,
            )
        yield Label(hint, id="wrap-hint", classes="hint")
        yield Static(id="save-error")
        with TabbedContent(id="wrap-tabs"):
            with TabPane(t("Participants", self.lang), id="tab-participants"):
                yield PeopleTable(id="wrap-people")
                consent = t(
                    "The supplier consented to the meeting being recorded and transcribed",
                    self.lang,
                )
                yield ConsentBox(consent, self.session.transcript.consent, id="wrap-consent")
            with TabPane(t("Notes", self.lang), id="tab-notes"):
                with Horizontal(id="wrap-notes"):
                    yield OptionList(id="wrap-questions")
                    yield TextArea(
                        id="wrap-editor",
                        soft_wrap=True,
                        tab_behavior="focus",
                        placeholder=t(
                            "No notes. {confidential} marks the line confidential, {reason} "
                            "gives the reason.",
                            self.lang,
                            confidential=key_display(self, "confidential"),
                            reason=key_display(self, "reason"),
                        ),
                    )
                    yield TranscriptPanel(id="wrap-transcript")
            with TabPane(t("Log", self.lang), id="tab-entries"):
                yield EntriesTable(id="wrap-entries")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#save-error").display = False
        self._take_lock()
        people = self.query_one(PeopleTable)
        self._show_people()
        self._show_questions()
        self._show_entries()
        editor = self.query_one("#wrap-editor", TextArea)
        editor.read_only = self.read_only
        people.focus()

    def _take_lock(self) -> None:
        try:
            self.meeting.take_lock()
        except (SessionLocked, OSError) as error:
            self.read_only = self.meeting.read_only = True
            message = t(
                "The meeting is open elsewhere ({reason}): read-only here.",
                self.lang,
                reason=str(error),
            )
            self.notify(message, severity="warning", markup=False)

    def on_unmount(self) -> None:
        self.saving.save_now()
        if not self.read_only:  # a correction: the saved minutes files are made again
            refresh_minutes_files(self, self.store, self.session, self.lang, self.clock.now())
        self.meeting.release()

    # ---------------------------------------------------------------- showing
    def _show_questions(self) -> None:
        questions = self.query_one("#wrap-questions", OptionList)
        questions.clear_options()
        for question in self.session.questions:
            questions.add_option(Option(self._question_prompt(question.id), id=question.id))
        questions.add_option(Option(t("Other notes", self.lang), id=GENERAL))
        first = next(iter(self.session.discussed_questions()), None)
        chosen = first.id if first else GENERAL
        if first is None and self.session.questions and not self.session.general_notes.strip():
            chosen = self.session.questions[0].id
        questions.highlighted = questions.get_option_index(chosen)
        self._load_notes(chosen)

    def _show_people(self) -> None:
        self.query_one(PeopleTable).show(self.session, self.lang)

    def _show_entries(self) -> None:
        self.query_one(EntriesTable).show(self.session, self.lang)

    def _question_prompt(self, question_id: str) -> str:
        ids = [q.id for q in self.session.questions]
        question = self.session.questions[ids.index(question_id)]
        mark = _STATE_MARKS.get(self.session.state_of(question_id), "·")
        rating = self.session.question_ratings.get(question_id, "")
        rated = f"  ({t(RATING_NAMES[rating], self.lang)})" if rating else ""
        return f"{mark} {ids.index(question_id) + 1}. {question.text}{rated}"

    def _show_question_state(self, question_id: str) -> None:
        prompt = self._question_prompt(question_id)
        self.query_one("#wrap-questions", OptionList).replace_option_prompt(question_id, prompt)

    @property
    def _notes_target(self) -> str | None:
        """The question whose notes are in the editor; None for the general notes."""
        return None if self.question_id == GENERAL else self.question_id

    def _load_notes(self, option_id: str) -> None:
        self.question_id = option_id
        editor = self.query_one("#wrap-editor", TextArea)
        editor.load_text(self.session.note(self._notes_target))
        editor.move_cursor(editor.document.end)
        if option_id == GENERAL:
            editor.border_title = t("Other notes", self.lang)
        else:
            number = [q.id for q in self.session.questions].index(option_id) + 1
            editor.border_title = t("Notes", self.lang) + f" · {number}"
        self.query_one(TranscriptPanel).show(self.session, self._notes_target, self.lang)

    # ------------------------------------------------------------------- tabs
    @property
    def active_tab(self) -> str:
        return self.query_one(TabbedContent).active or TABS[0]

    def action_show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    def action_next_tab(self, step: int) -> None:
        self.action_show_tab(TABS[(TABS.index(self.active_tab) + step) % len(TABS)])

    @on(TabbedContent.TabActivated)
    def _tab_shown(self, event: TabbedContent.TabActivated) -> None:
        self.refresh_bindings()
        target = {"tab-participants": "#wrap-people", "tab-notes": "#wrap-editor"}.get(
            self.active_tab, "#wrap-entries"
        )
        self.query_one(target).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _EDITING:
            if self.read_only:
                return None
            return self.active_tab in _ACTION_TABS[action]
        return True

    # ----------------------------------------------------------- participants
    def _chosen_participant(self) -> int | None:
        table = self.query_one("#wrap-people", DataTable)
        if not self.session.participants or table.row_count == 0:
            return None
        return table.cursor_row

    def action_add_participant(self) -> None:
        def added(person: object) -> None:
            if isinstance(person, Participant):
                self.session.add_participant(person, self.clock)
                self._changed(self._show_people)
                table = self.query_one("#wrap-people", DataTable)
                table.move_cursor(row=len(self.session.participants) - 1)

        self.app.push_screen(ParticipantForm(), added)

    def _edit_participant(self, index: int) -> None:
        def edited(person: object) -> None:
            if isinstance(person, Participant):
                self.session.replace_participant(index, person, self.clock)
                self._changed(self._show_people)

        form = ParticipantForm(self.session.participants[index])
        self.app.push_screen(form, edited)

    def action_delete_participant(self) -> None:
        index = self._chosen_participant()
        if index is None:
            return
        person = self.session.participants[index]

        def answered(yes: bool | None) -> None:
            if yes and self.session.remove_participant(person, self.clock):
                self._changed(self._show_people)

        question = t("Remove {name} from the participants?", self.lang, name=person.name)
        self.app.push_screen(ConfirmScreen(question), answered)

    # ---------------------------------------------------------------- entries
    def _chosen_entry(self) -> LogEntry | None:
        table = self.query_one("#wrap-entries", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.session.entry(key or "")

    def _edit_entry(self, entry: LogEntry | None) -> None:
        """Change `entry` (its kind too), or add a new one (None)."""

        def edited(change: object) -> None:
            if not isinstance(change, EntryEdit):
                return
            target = self.session.correct_entry(entry, change, self.clock)
            self._changed(self._show_entries)
            if entry is None:
                table = self.query_one("#wrap-entries", DataTable)
                table.move_cursor(row=table.get_row_index(target.id))

        self.app.push_screen(EntryForm(entry), edited)

    def action_add_entry(self) -> None:
        self._edit_entry(None)

    def action_delete_entry(self) -> None:
        entry = self._chosen_entry()
        if entry is None:
            return

        def answered(yes: bool | None) -> None:
            if yes and self.session.remove_entry(entry.id, self.clock) is not None:
                self._changed(self._show_entries)

        question = t("Delete the entry \"{text}\" from the minutes?", self.lang, text=entry.text)
        self.app.push_screen(ConfirmScreen(question), answered)

    def action_tip_to_library(self) -> None:
        """Keep the free tip under the cursor in the team's tips library."""
        entry = self._chosen_entry()
        if entry is None or not is_free_tip(entry):
            self.notify(
                t(
                    "Only a free tip (not one from the library) can be added to the tips library.",
                    self.lang,
                ),
                severity="warning",
            )
            return
        prep = PrepStore(self.store)

        def keep() -> Tip:
            library = prep.load_tips()
            tip = keep_tip(library, entry, self.lang)
            prep.save_tips(library)
            return tip

        self.run_io(
            keep,
            lambda tip: self._tip_kept(entry, tip),
            failed=N_("The tip could not be saved to the tips library: {reason}"),
            group="tips",
            exclusive=True,
        )

    def _tip_kept(self, entry: LogEntry, tip: Tip) -> None:
        given_from(entry, tip)
        self.saving.changed(now=True)  # not a change of the minutes: they do not show it
        self.notify(t("The tip is now in the tips library.", self.lang))

    # ---------------------------------------------------------- editing keys
    def action_edit(self) -> None:
        if self.active_tab == "tab-participants":
            index = self._chosen_participant()
            if index is not None:
                self._edit_participant(index)
        elif (entry := self._chosen_entry()) is not None:
            self._edit_entry(entry)

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        if not self.read_only:
            self.action_edit()

    def action_confidential(self) -> None:
        """Notes: mark the line under the cursor. Entries: mark the entry under the cursor."""
        if self.active_tab == "tab-notes":
            self._after_typing(lambda: self._rewrite_line(lambda line: toggle_line(line, 0)))
        elif (entry := self._chosen_entry()) is not None:
            self.session.toggle_confidential(entry, self.clock)
            self._changed(self._show_entries)

    def action_reason(self) -> None:
        """The supplier's stated reason for the line or entry under the cursor (marks it)."""
        if self.active_tab == "tab-notes":
            self._after_typing(self._ask_line_reason)
            return
        entry = self._chosen_entry()
        if entry is None:
            return

        def answered(reason: object) -> None:
            if isinstance(reason, str):
                self.session.mark_confidential(entry, reason, self.clock)
                self._changed(self._show_entries)

        self.app.push_screen(ReasonForm(entry.text, entry.confidential_reason), answered)

    def _ask_line_reason(self) -> None:
        editor = self.query_one("#wrap-editor", TextArea)
        row = editor.cursor_location[0]
        line = parse_line(editor.document.get_line(row))
        if not line.text.strip():
            self.notify(
                t("Put the cursor on a line with text first.", self.lang), severity="warning"
            )
            return

        def answered(reason: object) -> None:
            if isinstance(reason, str):
                editor.move_cursor((row, 0))
                self._rewrite_line(lambda text: set_line_reason(text, 0, reason))
                editor.focus()

        self.app.push_screen(ReasonForm(line.text, line.reason), answered)

    def _rewrite_line(self, change: Callable[[str], str]) -> None:
        """Replace the notes line under the cursor by `change(line)` (keeps undo and cursor)."""
        editor = self.query_one("#wrap-editor", TextArea)
        row, column = editor.cursor_location
        old = editor.document.get_line(row)
        new = change(old)
        editor.replace(new, (row, 0), (row, len(old)), maintain_selection_offset=False)
        editor.move_cursor((row, max(0, column + len(new) - len(old))))
        if self.question_id is not None and not self.read_only:
            self.session.set_note(self._notes_target, editor.text, self.clock)
            self._changed()  # a mark is saved at once, not after a typing pause

    def _after_typing(self, callback: Callable[[], object]) -> None:
        """Run `callback` after the keys already typed into the focused widget are handled."""
        (self.focused or self).call_later(callback)

    # ------------------------------------------------------------------ notes
    @on(OptionList.OptionHighlighted, "#wrap-questions")
    def _question_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.question_id:
            self._load_notes(event.option.id)

    @on(OptionList.OptionSelected, "#wrap-questions")
    def _question_chosen(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#wrap-editor", TextArea).focus()

    @on(TextArea.Changed, "#wrap-editor")
    def _notes_changed(self, event: TextArea.Changed) -> None:
        qid = self._notes_target
        text = event.text_area.text
        if self.question_id is None or self.read_only or text == self.session.note(qid):
            return
        had_notes = bool(self.session.note(qid).strip())
        self.session.set_note(qid, text, self.clock)
        if qid is not None and had_notes != bool(text.strip()):
            self._show_question_state(qid)
        self._changed(soon=True)

    def action_question_state(self) -> None:
        """Discussed, skipped or not reached: the next of these for the question in the list."""
        qid = self._notes_target
        if qid is None:
            return
        states = list(_STATE_MARKS)
        now = self.session.state_of(qid)
        state = states[(states.index(now) + 1) % len(states)] if now in states else states[0]
        self.session.mark_question(qid, state, self.clock)
        self._changed(partial(self._show_question_state, qid))
        number = [q.id for q in self.session.questions].index(qid) + 1
        said = t(_STATE_WORDS[state], self.lang)
        self.notify(t("Question {number}: {state}.", self.lang, number=number, state=said))

    # ----------------------------------------------------- what was learnt
    def action_rate_question(self) -> None:
        """Did the question shown open the conversation? Steps yes, partly, no, not rated."""
        qid = self._notes_target
        if qid is None or not any(q.id == qid for q in self.session.discussed_questions()):
            self.notify(t("Only questions asked can be rated.", self.lang), severity="warning")
            return
        rating = next_rating(self.session.question_ratings.get(qid, ""))
        self.session.question_ratings[qid] = rating
        if not rating:
            del self.session.question_ratings[qid]
        self._show_question_state(qid)
        self.saving.changed(now=True)  # not a change of the minutes

    def action_lesson(self) -> None:
        def written(lesson: str | None) -> None:
            if lesson is not None and not self.read_only:
                self.session.format_lesson = lesson
                self.saving.changed(now=True)

        question = t(
            "Lesson about the format (what worked, what to do differently next time?)", self.lang
        )
        self.app.push_screen(TextPrompt(question, self.session.format_lesson), written)

    # ---------------------------------------------------------------- saving
    def _changed(self, refresh: Callable[[], None] | None = None, *, soon: bool = False) -> None:
        """The session changed (a correction of the minutes, which the session records): saved
        now (typing: soon)."""
        if refresh is not None:
            refresh()
        self.saving.changed(now=not soon)

    # ----------------------------------------------------------------- minutes
    def action_produce_minutes(self) -> None:
        self._after_typing(self._produce_minutes)

    def _produce_minutes(self) -> None:
        self.saving.save_now()
        self.facilitator.navigator.minutes(self.meeting.hand_on())
