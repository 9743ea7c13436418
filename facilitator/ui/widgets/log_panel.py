"""The latest log entries."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session
from facilitator.domain.text import printable
from facilitator.i18n import t
from facilitator.i18n.labels import KINDS
from facilitator.ui.bindings import key_display
from facilitator.ui.widgets.status_line import format_clock

#: How many entries the panel shows; the minutes hold them all.
SHOWN = 40

KIND_STYLE = {
    EntryKind.NOTE: "",
    EntryKind.MISMATCH: "bold magenta",
    EntryKind.TIP: "bold cyan",
    EntryKind.INSIGHT: "bold green",
    EntryKind.ACTION: "bold yellow",
    EntryKind.INFO: "bold blue",
}


class LogPanel(Static):
    def show(self, session: Session, lang: str) -> None:
        entries = session.entries[-SHOWN:]
        if not entries:
            self.update(
                Text(
                    t(
                        "Nothing logged yet. {mismatch} mismatch · {tip} tip · {insight} insight "
                        "· {action} action · {info} information",
                        lang,
                        **{
                            kind: key_display(self, f"quick_log('{kind}')")
                            for kind in ("mismatch", "tip", "insight", "action", "info")
                        },
                    ),
                    style="dim",
                )
            )
            return
        text = Text(no_wrap=False)
        for index, entry in enumerate(reversed(entries)):
            if index:
                text.append("\n")
            text.append(f"{format_clock(entry.offset)} ", style="dim")
            text.append(t(KINDS[entry.kind.value], lang), style=KIND_STYLE[entry.kind])
            if entry.confidential:
                text.append(" 🔒")
            text.append(f" {printable(entry.text)}")
            if entry.future_needs:
                text.append(f" → {printable(entry.future_needs)}", style="italic")
            if entry.owner or entry.due:
                extra = ", ".join(
                    x for x in (entry.owner, entry.due and entry.due.isoformat()) if x
                )
                text.append(f" ({printable(extra)})", style="dim")
        self.update(text)
