"""The wrap-up's lists of participants and log entries.

Cells are Rich `Text`, never strings: a DataTable reads strings as markup, and a name or a reason
such as "[price list]" must show as typed.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from facilitator.domain.session import Session
from facilitator.i18n import t

LOCK = "🔒 "


class _Table(DataTable[Text]):
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]

    def _start(self, lang: str) -> int:
        """Empty the table (columns made on first use); the row the cursor was on."""
        if not self.columns:
            for key in self.COLUMNS:
                self.add_column(t(f"ui.wrapup.col.{key}", lang), key=key)
        row = self.cursor_row
        self.clear()
        return row

    def _finish(self, row: int) -> None:
        if self.row_count:
            self.move_cursor(row=min(row, self.row_count - 1))


class PeopleTable(_Table):
    COLUMNS = ("name", "organisation", "role")

    def show(self, session: Session, lang: str) -> None:
        row = self._start(lang)
        for index, person in enumerate(session.participants):
            # A name made from an e-mail address is marked until it is edited here.
            check = f" ({t('records.people.check', lang)})" if person.guessed else ""
            self.add_row(
                Text(person.name + check),
                Text(person.organisation or "–"),
                Text(t(f"role.{person.role.value}", lang)),
                key=str(index),
            )
        self._finish(row)


class EntriesTable(_Table):
    COLUMNS = ("kind", "text", "question")

    def show(self, session: Session, lang: str) -> None:
        row = self._start(lang)
        numbers = {q.id: str(n) for n, q in enumerate(session.questions, start=1)}
        for entry in session.entries:
            text = (LOCK if entry.confidential else "") + entry.text
            if entry.confidential and entry.confidential_reason:
                text += f" [{entry.confidential_reason}]"
            details = [entry.future_needs, entry.owner, entry.due.isoformat() if entry.due else ""]
            self.add_row(
                Text(t(f"kind.{entry.kind.value}", lang)),
                Text(" → ".join([text, *(d for d in details if d)])),
                Text(numbers.get(entry.question_id or "", "–")),
                key=entry.id,
            )
        self._finish(row)
