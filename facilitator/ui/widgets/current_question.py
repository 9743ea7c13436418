"""The current question, prominent, with its follow-up prompts."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from facilitator.domain.session import Session
from facilitator.domain.text import printable
from facilitator.i18n import t
from facilitator.i18n.labels import THEMES


class CurrentQuestion(Static):
    def show(self, session: Session, lang: str) -> None:
        question = session.current_question
        text = Text()
        if question is None:
            text.append(t("No current question.", lang), style="dim")
        else:
            number = session.questions.index(question) + 1
            theme = t(THEMES[question.theme.value], lang)
            text.append(f"{number}/{len(session.questions)} · {theme}\n", style="dim")
            text.append(printable(question.text), style="bold")
            for prompt in question.follow_ups:
                text.append(f"\n  – {printable(prompt)}", style="italic")
        self.update(text)
