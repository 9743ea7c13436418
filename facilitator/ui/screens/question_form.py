"""Add or change one question: its text, theme, timebox and follow-ups (one per line)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Select, TextArea

from facilitator.domain.dialogue import Question, Theme
from facilitator.domain.editing import MAX_TIMEBOX, is_timebox
from facilitator.i18n import N_, t
from facilitator.i18n.labels import THEMES
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorModal


@dataclass
class QuestionDraft:
    """What the form gives back; the editor applies it with `domain.editing`."""

    text: str
    theme: Theme
    timebox: int
    follow_ups: list[str] = field(default_factory=list)


class QuestionFormScreen(FacilitatorModal["QuestionDraft | None"]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "cancel", N_("Cancel")),
    ]

    def __init__(self, question: Question | None = None, theme: Theme = Theme.OTHER) -> None:
        """Edits `question`, or adds one with `theme` chosen when it is None."""
        super().__init__()
        self.question = question
        self.theme = question.theme if question else theme

    def compose(self) -> ComposeResult:
        q = self.question
        heading = N_("Edit question") if q else N_("New question")
        with Vertical(id="question-box", classes="dialog -wide prep-form"):
            yield Label(t(heading, self.lang), classes="panel-title")
            yield Input(
                q.text if q else "",
                placeholder=t("The question", self.lang),
                id="q-text",
                max_length=2000,
            )
            with Horizontal(classes="form-row"):
                yield Label(t("Theme", self.lang))
                yield Select(
                    [(t(THEMES[theme.value], self.lang), theme.value) for theme in Theme],
                    value=self.theme.value,
                    allow_blank=False,
                    compact=True,
                    id="q-theme",
                )
            with Horizontal(classes="form-row"):
                yield Label(t("Time (min)", self.lang))
                yield Input(
                    str(q.timebox if q else 5), id="q-timebox", type="integer", compact=True
                )
            yield Label(t("Follow-up questions, one per line", self.lang))
            yield TextArea("\n".join(q.follow_ups) if q else "", id="q-follow-ups")
            hint = t(
                "{save} saves · {cancel} cancels",
                self.lang,
                save=key_display(self, "save"),
                cancel=key_display(self, "cancel"),
            )
            yield Label(hint, id="q-hint", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#q-text", Input).focus()

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        text = " ".join(self.query_one("#q-text", Input).value.split())
        hint = self.query_one("#q-hint", Label)
        if not text:
            hint.update(t("The question needs text.", self.lang))
            return
        try:
            timebox = int(self.query_one("#q-timebox", Input).value)
        except ValueError:
            timebox = 0
        if not is_timebox(timebox):
            hint.update(t("The time must be 1–{max} minutes.", self.lang, max=MAX_TIMEBOX))
            return
        follow_ups = self.query_one("#q-follow-ups", TextArea).text.splitlines()
        theme = Theme(str(self.query_one("#q-theme", Select).value))
        self.dismiss(QuestionDraft(text, theme, timebox, [f for f in follow_ups if f.strip()]))

    def action_cancel(self) -> None:
        self.dismiss(None)
