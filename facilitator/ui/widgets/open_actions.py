"""Open actions from earlier meetings with the same supplier or in the same dialogue, shown
beside the questions when a meeting starts (read from the index on a worker)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from facilitator.domain.registers import Action, actions_in_order
from facilitator.domain.session import Session
from facilitator.domain.text import printable
from facilitator.i18n import t
from facilitator.storage.registers import open_actions_for
from facilitator.storage.store import Store

#: At most this many are listed; the rest are counted.
SHOWN = 4


class OpenActions(Static):
    """Hidden when there are none."""

    def load(self, store: Store, session: Session, lang: str) -> None:
        self.display = False
        self.run_worker(
            lambda: self._find(store, session, lang), thread=True, group="open-actions",
            exit_on_error=False,
        )

    def _find(self, store: Store, session: Session, lang: str) -> None:
        found = open_actions_for(store, session.supplier, session.dialogue.id, but=session.id)
        today = self.app.clock.now().date()  # type: ignore[attr-defined]
        self.app.call_from_thread(self._show, actions_in_order(found, today), lang)

    def _show(self, found: list[Action], lang: str) -> None:
        if not found:
            return
        text = Text(
            t("Open actions from earlier meetings ({count})", lang, count=len(found)), style="bold"
        )
        for action in found[:SHOWN]:
            text.append(f"\n☐ {printable(action.text)}")
            details = [printable(action.owner)] if action.owner.strip() else []
            details += [action.due.isoformat()] if action.due else []
            details += [printable(action.meeting.supplier), action.meeting.day()]
            text.append(f" ({', '.join(d for d in details if d)})", style="dim")
        if len(found) > SHOWN:
            text.append("\n" + t("… and {count} more (a on home)", lang, count=len(found) - SHOWN))
        self.update(text)
        self.display = True
