"""The wrap-up's lists of participants and log entries.

Cells are Rich `Text`, never strings: a DataTable reads strings as markup, and a name or a reason
such as "[price list]" must show as typed. Long names and texts are shortened with an ellipsis so
that every column shows.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.participants import Role
from facilitator.domain.session import Session
from facilitator.i18n import t
from facilitator.ui.widgets.name_cells import name_cell, name_widths

LOCK = "🔒 "


class _Table(DataTable[Text]):
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._shown: tuple[Session, str] | None = None

    def show(self, session: Session, lang: str) -> None:  # pragma: no cover - each table has one
        raise NotImplementedError

    def on_resize(self) -> None:
        if self._shown is not None:
            self.show(*self._shown)

    def _widths(self, others: list[int], names: list[list[str]]) -> list[int]:
        return name_widths(self.size.width or self.app.size.width, others, names)

    def _start(self, session: Session, lang: str) -> int:
        """Empty the table (columns made on first use); the row the cursor was on."""
        self._shown = (session, lang)
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
        row = self._start(session, lang)
        roles = max(len(t(f"role.{role.value}", lang)) for role in Role)
        people = session.participants
        # A name made from an e-mail address is marked until it is edited here.
        names = [
            person.name + (f" ({t('records.people.check', lang)})" if person.guessed else "")
            for person in people
        ]
        organisations = [person.organisation or "–" for person in people]
        name_width, organisation_width = self._widths([roles], [names, organisations])
        for index, (name, organisation) in enumerate(zip(names, organisations, strict=True)):
            person = people[index]
            self.add_row(
                name_cell(name, name_width),
                name_cell(organisation, organisation_width),
                Text(t(f"role.{person.role.value}", lang)),
                key=str(index),
            )
        self._finish(row)


class EntriesTable(_Table):
    COLUMNS = ("kind", "text", "question")

    def show(self, session: Session, lang: str) -> None:
        row = self._start(session, lang)
        kinds = max(len(t(f"kind.{kind.value}", lang)) for kind in EntryKind)
        texts = [_entry_text(entry) for entry in session.entries]
        (width,) = self._widths([kinds, len(t("ui.wrapup.col.question", lang))], [texts])
        numbers = {q.id: str(n) for n, q in enumerate(session.questions, start=1)}
        for entry, text in zip(session.entries, texts, strict=True):
            self.add_row(
                Text(t(f"kind.{entry.kind.value}", lang)),
                name_cell(text, width),
                Text(numbers.get(entry.question_id or "", "–")),
                key=entry.id,
            )
        self._finish(row)


def _entry_text(entry: LogEntry) -> str:
    """An entry as one line: its text (marked if confidential, with the reason), then its other
    needs, owner and due date."""
    text = (LOCK if entry.confidential else "") + entry.text
    if entry.confidential and entry.confidential_reason:
        text += f" [{entry.confidential_reason}]"
    details = [entry.future_needs, entry.owner, entry.due.isoformat() if entry.due else ""]
    return " → ".join([text, *(d for d in details if d)])
