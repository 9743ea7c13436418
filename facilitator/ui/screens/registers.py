"""The registers across all meetings: future needs, actions, and insights into the questions.

Each reads the index on a worker; Enter opens the meeting a row comes from, read-only.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Label, Static

from facilitator.domain.registers import (
    NEED_STATUSES,
    Action,
    Insights,
    Need,
    actions_in_order,
)
from facilitator.domain.text import printable
from facilitator.export.registers import need_status_text, question_cells
from facilitator.i18n import N_, t
from facilitator.i18n.labels import REGISTER_COLUMNS
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.lock import SessionLocked
from facilitator.storage.registers import (
    NoSuchEntry,
    actions,
    insights,
    needs,
    set_done,
    set_need_status,
)
from facilitator.ui.bindings import key_display
from facilitator.ui.errors import failure_reason
from facilitator.ui.screens.base import FacilitatorScreen
from facilitator.ui.screens.text_prompt import TextPrompt

#: Rows added to a register's table at a time.
FILL = 300


class RegisterScreen(FacilitatorScreen[None]):
    """A title, one table of rows, a line about the row under the cursor."""

    TITLE = ""
    COLUMNS: tuple[str, ...] = ()
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", N_("Back"))]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []
        #: Which list the table is being filled with (see `_fill`).
        self._filling = 0

    def compose(self) -> ComposeResult:
        yield Label(t(self.TITLE, self.lang), classes="register-title")
        yield DataTable(id="register", cursor_type="row", zebra_stripes=True)
        yield Label(id="register-detail", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in self.COLUMNS:
            table.add_column(t(REGISTER_COLUMNS[key], self.lang), key=key)
        table.focus()
        self.reload()

    @work(thread=True, exclusive=True, group="register", exit_on_error=False)
    def reload(self) -> None:
        rows = self.read()
        self.from_worker(self._show, rows)

    def read(self) -> list[Any]:
        raise NotImplementedError

    def cells(self, row: Any) -> tuple[Any, ...]:
        raise NotImplementedError

    def detail(self, row: Any) -> str:
        raise NotImplementedError

    def found(self, row: Any) -> str:
        """The text of the row to show when its meeting opens."""
        raise NotImplementedError

    def _show(self, rows: list[Any]) -> None:
        table = self.query_one(DataTable)
        where = table.cursor_row
        self.rows = rows
        table.clear()
        self._filling += 1
        self._fill(0, max(FILL, (where or 0) + 1), self._filling)
        if rows and where is not None:
            table.move_cursor(row=min(where, len(rows) - 1))
        self._show_detail()

    def _fill(self, start: int, stop: int, filling: int) -> None:
        """Add rows `start` to `stop` to the table, and the rest after the screen is drawn, so
        that a register of thousands of rows shows at once and keeps the keys answering; a newer
        list (`filling`) stops an older one."""
        if filling != self._filling:
            return
        table = self.query_one(DataTable)
        for number in range(start, min(stop, len(self.rows))):
            table.add_row(*self.cells(self.rows[number]), key=str(number))
        if stop < len(self.rows):
            self.call_after_refresh(self._fill, stop, stop + FILL, filling)

    @on(DataTable.RowHighlighted)
    def _show_detail(self) -> None:
        label = self.query_one("#register-detail", Label)
        row = self.chosen()
        label.update(t("Nothing here yet.", self.lang) if row is None else self.detail(row))

    def chosen(self) -> Any:
        table = self.query_one(DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    @on(DataTable.RowSelected)
    def _open(self) -> None:
        row = self.chosen()
        if row is not None:
            self.facilitator.navigator.read_only_minutes(row.meeting.session_id, self.found(row))

    def change(self, change: Any) -> None:
        """Make a change to a session's file on a worker; reload, or say why it failed."""
        self._change(change)

    @work(thread=True, group="register-change", exit_on_error=False)
    def _change(self, change: Any) -> None:
        try:
            change()
        except SessionLocked as locked:
            message = locked.text(self.lang)
        except (DamagedFile, NoSuchEntry, OSError) as error:
            reason = failure_reason(error, self.lang)
            message = t("Could not save: {reason}", self.lang, reason=reason)
        else:
            rows = self.read()
            self.from_worker(self._show, rows)
            return
        app = self.facilitator
        app.call_from_thread(app.notify, message, severity="error", markup=False)

    def action_back(self) -> None:
        self.app.pop_screen()


class NeedsScreen(RegisterScreen):
    TITLE = N_("Future needs")
    COLUMNS = ("date", "supplier", "future_needs", "status")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "next_status", N_("Change status")),
        Binding("p", "planned", N_("Planned in…")),
        Binding("escape", "back", N_("Back")),
    ]

    def read(self) -> list[Need]:
        return needs(self.store)

    def cells(self, row: Need) -> tuple[Any, ...]:
        return (
            row.meeting.day(),
            Text(printable(row.meeting.supplier)),
            Text(printable(row.future_needs.strip() or row.mismatch)),
            need_status_text(row, self.lang),
        )

    def detail(self, row: Need) -> str:
        return t(
            "{dialogue} · Mismatch: {mismatch} · {status} changes the status, Enter opens the "
            "meeting",
            self.lang,
            status=key_display(self, "next_status"),
            dialogue=row.meeting.title,
            mismatch=row.mismatch,
        )

    def found(self, row: Need) -> str:
        return row.mismatch

    def action_next_status(self) -> None:
        need = self.chosen()
        if need is None:
            return
        status = NEED_STATUSES[(NEED_STATUSES.index(need.status) + 1) % len(NEED_STATUSES)]
        if status == "planned":
            self.action_planned()
            return
        self.change(lambda: set_need_status(
            self.store, need.meeting.session_id, need.entry_id, status
        ))

    def action_planned(self) -> None:
        need = self.chosen()
        if need is None:
            return

        def named(procurement: str | None) -> None:
            if procurement is not None:
                self.change(lambda: set_need_status(
                    self.store, need.meeting.session_id, need.entry_id, "planned", procurement
                ))

        question = t("Which procurement is the need planned in?", self.lang)
        self.app.push_screen(TextPrompt(question, need.planned_in), named)


class ActionsScreen(RegisterScreen):
    TITLE = N_("Actions")
    COLUMNS = ("due", "owner", "action", "supplier")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,x", "toggle_done", N_("Done/not done")),
        Binding("escape", "back", N_("Back")),
    ]

    def read(self) -> list[Action]:
        today = self.facilitator.clock.now().date()
        self.today = today
        return actions_in_order(actions(self.store), today)

    def cells(self, row: Action) -> tuple[Any, ...]:
        due = row.due.isoformat() if row.due else "–"
        style = "bold red" if row.overdue(self.today) else ("dim" if row.done else "")
        return (
            Text(f"✓ {due}" if row.done else due, style=style),
            Text(printable(row.owner)),
            Text(printable(row.text), style="dim strike" if row.done else ""),
            Text(printable(row.meeting.supplier)),
        )

    def detail(self, row: Action) -> str:
        key = (
            N_("Done · {dialogue}, meeting {date} · {done} undoes")
            if row.done
            else N_("{dialogue}, meeting {date} · {done} ticks it done, Enter opens the meeting")
        )
        done = key_display(self, "toggle_done")
        return t(key, self.lang, dialogue=row.meeting.title, date=row.meeting.day(), done=done)

    def found(self, row: Action) -> str:
        return row.text

    def action_toggle_done(self) -> None:
        action = self.chosen()
        if action is not None:
            self.change(lambda: set_done(
                self.store, action.meeting.session_id, action.entry_id, not action.done
            ))


class InsightsScreen(FacilitatorScreen[None]):
    """Which questions open the conversation, lessons about the format, time per year."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", N_("Back"))]

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="insights"):
            yield Label(t("The questions", lang), classes="register-title")
            yield DataTable(id="insights-questions", cursor_type="row", zebra_stripes=True)
            yield Label(t("Lessons about the format", lang), classes="register-title")
            yield Static(id="insights-lessons")
            yield Label(t("Dialogue time per year", lang), classes="register-title")
            yield DataTable(id="insights-years", cursor_type="none")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        questions = self.query_one("#insights-questions", DataTable)
        questions.add_column(t("Question", self.lang), key="question", width=26)
        for key in ("asked", "rating", "minutes", "flags"):
            questions.add_column(t(REGISTER_COLUMNS[key], self.lang), key=key)
        years = self.query_one("#insights-years", DataTable)
        for key in ("year", "meetings", "hours", "person_hours"):
            years.add_column(t(REGISTER_COLUMNS[key], self.lang), key=key)
        questions.focus()
        self._load()

    @work(thread=True, exclusive=True, group="insights", exit_on_error=False)
    def _load(self) -> None:
        found = insights(self.store)
        self.from_worker(self._show, found)

    def _show(self, found: Insights) -> None:
        questions = self.query_one("#insights-questions", DataTable)
        for q in found.questions:
            questions.add_row(*question_cells(q, self.lang))
        lessons = Text()
        for lesson in found.lessons:
            lessons.append(f"{lesson.meeting.day()} {printable(lesson.meeting.supplier)}: ", "dim")
            lessons.append(printable(lesson.text) + "\n")
        self.query_one("#insights-lessons", Static).update(
            lessons if found.lessons else t("  None yet.", self.lang)
        )
        years = self.query_one("#insights-years", DataTable)
        for y in found.years:
            years.add_row(str(y.year), str(y.meetings), f"{y.hours:.1f}", f"{y.person_hours:.1f}")

    def action_back(self) -> None:
        self.app.pop_screen()
