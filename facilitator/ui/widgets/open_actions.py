"""Open actions from earlier meetings with the same supplier or in the same dialogue, shown
beside the questions when a meeting starts (read from the index on a worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from facilitator.domain.text import printable
from facilitator.i18n import t

if TYPE_CHECKING:
    from facilitator.domain.registers import Action

#: At most this many are listed; the rest are counted.
SHOWN = 4


class OpenActions(Static):
    """Hidden when there are none."""

    def on_mount(self) -> None:
        self.display = False

    def show(self, found: list[Action], lang: str, register_key: str) -> None:
        """The actions `found`, in the order they are due (`domain.registers.actions_in_order`);
        `register_key` opens the register of all actions on the home screen."""
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
            more = t(
                "… and {count} more ({actions} on home)",
                lang,
                count=len(found) - SHOWN,
                actions=register_key,
            )
            text.append("\n" + more)
        self.update(text)
        self.display = True
