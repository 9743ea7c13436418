"""Edit a dialogue: its details and purpose, its questions and its standard participants."""

from __future__ import annotations

import copy
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import (
    DataTable,
    Footer,
    Input,
    Label,
    Select,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from facilitator.domain import editing
from facilitator.domain.dialogue import Dialogue, Theme
from facilitator.domain.participants import Role
from facilitator.domain.text import clean_name, printable
from facilitator.i18n import N_, t
from facilitator.i18n.labels import ROLES, THEMES
from facilitator.storage import codec
from facilitator.ui.bindings import key_display
from facilitator.ui.rows import at_cursor
from facilitator.ui.screens.base import FacilitatorScreen
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.question_form import QuestionDraft, QuestionFormScreen
from facilitator.ui.widgets.name_cells import name_cell

TABS = ("tab-details", "tab-questions", "tab-participants")
#: The widget focused when a tab is shown.
TAB_FOCUS = {
    "tab-details": "#ed-title",
    "tab-questions": "#ed-questions",
    "tab-participants": "#ed-people",
}
#: Actions that work on the questions tab, and those on the participants tab.
QUESTION_ACTIONS = {"add_question", "edit_question", "move_question"}
PARTICIPANT_ACTIONS = {"add_participant"}


class DialogueEditorScreen(FacilitatorScreen[None]):
    """Changes stay on this screen until saved (ctrl+s); leaving with changes asks first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "leave", N_("Back")),
        Binding("alt+n", "next_tab(1)", N_("Next tab"), priority=True),
        Binding("alt+p", "next_tab(-1)", N_("Previous tab"), priority=True, show=False),
        Binding("a", "add_question", N_("Add question")),
        Binding("e", "edit_question", N_("Edit question")),
        Binding("delete,x", "delete", N_("Delete")),
        Binding("alt+up,K", "move_question(-1)", N_("Move up")),
        Binding("alt+down,J", "move_question(1)", N_("Move down")),
        Binding("p", "add_participant", N_("Add participant")),
    ]

    def __init__(self, dialogue: Dialogue, *, is_new: bool = False):
        """Works on a copy of `dialogue`; `is_new` when it has never been saved."""
        super().__init__()
        self.dialogue = copy.deepcopy(dialogue)
        self._planned_ok = True
        self._saved_state = None if is_new else self._state()

    def _state(self) -> object:
        return codec.encode(self.dialogue)

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        d = self.dialogue
        lang = self.lang
        yield Label(
            Text(printable(t("Dialogue: {title}", lang, title=d.title))), id="editor-title"
        )
        with TabbedContent(id="editor-tabs"):
            with TabPane(t("Details", lang), id="tab-details"):
                with Vertical(classes="prep-form"):
                    for key, label, value in (
                        ("title", N_("Title"), d.title),
                        ("reference", N_("Reference"), d.reference),
                        ("organisation", N_("Organisation"), d.organisation),
                    ):
                        with Horizontal(classes="form-row"):
                            yield Label(t(label, lang))
                            yield Input(value, id=f"ed-{key}", compact=True, max_length=300)
                    with Horizontal(classes="form-row"):
                        yield Label(t("Meeting length (min)", lang))
                        yield Input(
                            str(d.planned_minutes), id="ed-planned", type="integer", compact=True
                        )
                    with Horizontal(classes="form-row"):
                        yield Label(t("Hourly cost a person, SEK", lang))
                        yield Input(
                            str(d.hourly_rate or ""), id="ed-rate", type="integer", compact=True
                        )
                    yield Label(t("Purpose and format (Markdown)", lang))
                    yield TextArea(d.purpose, id="ed-purpose", soft_wrap=True)
            with TabPane(t("Questions", lang), id="tab-questions"):
                yield DataTable(id="ed-questions", cursor_type="row", zebra_stripes=True)
                yield Static(id="ed-total")
            with TabPane(t("Participants", lang), id="tab-participants"):
                yield DataTable(id="ed-people", cursor_type="row")
                with Horizontal(classes="form-row"):
                    yield Input(
                        placeholder=t("Name of a new standard participant (Enter adds)", lang),
                        id="ed-person",
                        compact=True,
                        max_length=200,
                    )
                    yield Select(
                        [(t(ROLES[r.value], lang), r.value) for r in editing.BUYING_SIDE],
                        value=Role.PROCURER.value,
                        allow_blank=False,
                        compact=True,
                        id="ed-role",
                    )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        questions = self.query_one("#ed-questions", DataTable)
        for key, heading in (
            ("number", N_("#")),
            ("theme", N_("Theme")),
            ("question", N_("Question")),
            ("minutes", N_("Min")),
        ):
            questions.add_column(t(heading, self.lang), key=key)
        people = self.query_one("#ed-people", DataTable)
        for key, heading in (
            ("name", N_("Name")),
            ("organisation", N_("Organisation")),
            ("role", N_("Role")),
        ):
            people.add_column(t(heading, self.lang), key=key)
        self._show_questions()
        self._show_people()
        self.query_one("#ed-title", Input).focus()

    # ------------------------------------------------------------------- views
    def _show_questions(self, select: str | None = None) -> None:
        table = self.query_one("#ed-questions", DataTable)
        table.clear()
        # The question column gets what the other columns leave; a long question is cut short.
        themes = max(len(t(THEMES[theme.value], self.lang)) for theme in Theme)
        width = max(20, self.app.size.width - themes - 16)
        for number, q in enumerate(self.dialogue.questions, start=1):
            text = q.text + (f"  (+{len(q.follow_ups)})" if q.follow_ups else "")
            table.add_row(
                str(number),
                t(THEMES[q.theme.value], self.lang),
                name_cell(text, width),
                str(q.timebox),
                key=q.id,
            )
        if select is not None:
            ids = [q.id for q in self.dialogue.questions]
            if select in ids:
                table.move_cursor(row=ids.index(select))
        self._show_total()

    def on_resize(self) -> None:
        self._show_questions(select=self._current_question_id())

    def _show_total(self) -> None:
        d = self.dialogue
        left = editing.minutes_left(d)
        key = (
            N_("Questions' time: {total} of {planned} min ({left} min left for the rest)")
            if left >= 0
            else N_("Questions' time: {total} of {planned} min – {left} min too much")
        )
        total = self.query_one("#ed-total", Static)
        total.update(
            t(key, self.lang, total=d.total_timebox(), planned=d.planned_minutes, left=abs(left))
        )
        total.set_class(left < 0, "-over")

    def _show_people(self) -> None:
        table = self.query_one("#ed-people", DataTable)
        table.clear()
        for person in self.dialogue.participants:
            table.add_row(
                Text(printable(person.name)),
                Text(printable(person.organisation)),
                t(ROLES[person.role.value], self.lang),
            )

    def _tab(self) -> str:
        tabs = self.query(TabbedContent)
        return tabs.first().active if tabs else ""

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()

    def action_next_tab(self, delta: int) -> None:
        tab = TABS[(TABS.index(self._tab()) + delta) % len(TABS)]
        self.query_one(TabbedContent).active = tab
        self.query_one(TAB_FOCUS[tab]).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in QUESTION_ACTIONS:
            return self._tab() == "tab-questions"
        if action in PARTICIPANT_ACTIONS:
            return self._tab() == "tab-participants"
        if action == "delete":
            return self._tab() != "tab-details"
        return True

    # ---------------------------------------------------------------- details
    def _apply_details(self) -> None:
        d = self.dialogue
        d.title = clean_name(self.query_one("#ed-title", Input).value)
        d.reference = self.query_one("#ed-reference", Input).value.strip()
        d.organisation = clean_name(self.query_one("#ed-organisation", Input).value)
        d.purpose = self.query_one("#ed-purpose", TextArea).text
        self._planned_ok = True
        try:
            editing.set_planned_minutes(d, self.query_one("#ed-planned", Input).value)
        except ValueError:
            self._planned_ok = False
        rate = self.query_one("#ed-rate", Input).value.strip()
        d.hourly_rate = max(0, int(rate)) if rate.lstrip("-").isdigit() else 0

    @on(Input.Changed, "#ed-planned")
    def _planned_changed(self) -> None:
        self._apply_details()
        self._show_total()
        if not self._planned_ok:
            self._refuse_planned(focus=False)

    def _refuse_planned(self, *, focus: bool = True) -> None:
        """A planned length of 0 or none is said to be wrong, not silently made one minute."""
        message = t(
            "The meeting length must be a whole number of minutes, at least 1 and at most {most}.",
            self.lang,
            most=editing.MAX_PLANNED,
        )
        total = self.query_one("#ed-total", Static)
        total.update(message)
        total.set_class(True, "-over")
        if focus:
            self.notify(message, severity="error")
            self.query_one(TabbedContent).active = "tab-details"
            self.query_one("#ed-planned", Input).focus()

    @on(Input.Changed, "#ed-title")
    def _title_changed(self, event: Input.Changed) -> None:
        self.query_one("#editor-title", Label).update(
            Text(printable(t("Dialogue: {title}", self.lang, title=event.value)))
        )

    # -------------------------------------------------------------- questions
    def _current_question_id(self) -> str | None:
        question = at_cursor(self.query_one("#ed-questions", DataTable), self.dialogue.questions)
        return question.id if question else None

    def action_add_question(self) -> None:
        after = self._current_question_id()
        before = self.dialogue.question(after)

        def added(draft: QuestionDraft | None) -> None:
            if draft is None:
                return
            question = editing.add_question(
                self.dialogue,
                draft.text,
                draft.theme,
                after=after,
                timebox=draft.timebox,
                follow_ups=draft.follow_ups,
            )
            self._show_questions(select=question.id)

        theme = before.theme if before else Theme.OTHER
        self.app.push_screen(QuestionFormScreen(theme=theme), added)

    def action_edit_question(self) -> None:
        question = self.dialogue.question(self._current_question_id())
        if question is None:
            return

        def edited(draft: QuestionDraft | None) -> None:
            if draft is None:
                return
            editing.edit_question(
                self.dialogue,
                question.id,
                text=draft.text,
                theme=draft.theme,
                timebox=draft.timebox,
                follow_ups=draft.follow_ups,
            )
            self._show_questions(select=question.id)

        self.app.push_screen(QuestionFormScreen(question), edited)

    @on(DataTable.RowSelected, "#ed-questions")
    def _question_selected(self) -> None:
        self.action_edit_question()

    def action_move_question(self, delta: int) -> None:
        question_id = self._current_question_id()
        if question_id is not None:
            editing.move_question(self.dialogue, question_id, delta)
            self._show_questions(select=question_id)

    def action_delete(self) -> None:
        if self._tab() == "tab-participants":
            person = at_cursor(self.query_one("#ed-people", DataTable), self.dialogue.participants)
            if person is not None:
                self.dialogue.participants.remove(person)
                self._show_people()
            return
        question = self.dialogue.question(self._current_question_id())
        if question is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                editing.remove_question(self.dialogue, question.id)
                self._show_questions()

        text = t("Delete the question “{text}”?", self.lang, text=question.text)
        self.app.push_screen(ConfirmScreen(text), answered)

    # ----------------------------------------------------------- participants
    def action_add_participant(self) -> None:
        self.query_one("#ed-person", Input).focus()

    @on(Input.Submitted, "#ed-person")
    def _person_submitted(self, event: Input.Submitted) -> None:
        name = clean_name(event.value)
        if not name:
            return
        self._apply_details()
        role = Role(str(self.query_one("#ed-role", Select).value))
        editing.add_standard_participant(self.dialogue, name, role)
        event.input.value = ""
        self._show_people()

    # ------------------------------------------------------------------ saving
    def action_save(self) -> None:
        self._apply_details()
        if not self._planned_ok:
            self._refuse_planned()
            return
        if not self.dialogue.title:
            self.notify(t("The dialogue needs a title.", self.lang), severity="error")
            self.query_one(TabbedContent).active = "tab-details"
            self.query_one("#ed-title", Input).focus()
            return
        dialogue, state = copy.deepcopy(self.dialogue), self._state()
        self.run_io(
            lambda: self.store.save_dialogue(dialogue),
            lambda path: self._saved(state, str(path)),
            group="save-dialogue",
            exclusive=True,
            expected=(OSError,),
        )

    def _saved(self, state: object, path: str) -> None:
        self._saved_state = state
        self.notify(
            t("{title} saved in {path}", self.lang, title=self.dialogue.title, path=path),
            markup=False,
        )

    def has_changes(self) -> bool:
        self._apply_details()
        return self._state() != self._saved_state

    def action_leave(self) -> None:
        if not self.has_changes():
            self.dismiss()
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss()

        self.app.push_screen(
            ConfirmScreen(
                t(
                    "There are unsaved changes. Leave without saving? (No, then {save}, saves "
                    "them.)",
                    self.lang,
                    save=key_display(self, "save"),
                )
            ),
            answered,
        )
