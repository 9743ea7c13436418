"""The dialogue's questions with their state and timebox."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from facilitator.domain.session import QuestionState, Session
from facilitator.domain.text import printable

_MARK = {
    QuestionState.PENDING: ("·", "dim"),
    QuestionState.CURRENT: ("▶", "bold"),
    QuestionState.DONE: ("✓", "green"),
    QuestionState.SKIPPED: ("↷", "yellow"),
}


class QuestionList(OptionList):
    """Selecting a question makes it the current one (the screen decides)."""

    def show(self, session: Session) -> None:
        options = []
        for number, question in enumerate(session.questions, start=1):
            state = session.state_of(question.id)
            mark, style = _MARK[state]
            label = Text(no_wrap=False)
            label.append(f"{mark} ", style=style)
            label.append(f"{number}. ", style="bold" if state is QuestionState.CURRENT else "")
            label.append(
                printable(question.text), style="bold" if state is QuestionState.CURRENT else ""
            )
            label.append(f"  {question.timebox}′", style="dim")
            options.append(Option(label, id=question.id))
        highlighted = self.highlighted
        self.set_options(options)
        current = session.current_question_id
        if current is not None:
            self.highlighted = next(i for i, q in enumerate(session.questions) if q.id == current)
        elif highlighted is not None and highlighted < len(options):
            self.highlighted = highlighted
