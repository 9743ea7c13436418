"""The dialogue's opening statements, ticked off as they are said (never a blocking dialog)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from facilitator.domain.session import Session
from facilitator.i18n import t
from facilitator.ui.bindings import key_display


class OpeningStatements(Static):
    """How many statements are said, and the next one to say; one line when all are said."""

    def show(self, session: Session, lang: str) -> None:
        statements = session.dialogue.opening_statements
        if not statements:
            self.display = False
            return
        given = set(session.opening_given)
        upcoming = session.next_opening_statement()
        text = Text()
        title = t("Opening {given}/{total}", lang, given=len(given), total=len(statements))
        text.append(title, style="bold green" if upcoming is None else "bold")
        if upcoming is None:
            text.append(" ✓", style="bold green")
        else:
            ticks = t("{key} ticks off", lang, key=key_display(self, "opening_statement"))
            text.append("  " + ticks, style="dim")
            text.append(f"\n☐ {statements[upcoming]}")
        self.set_class(upcoming is None, "-all-given")
        self.update(text)
