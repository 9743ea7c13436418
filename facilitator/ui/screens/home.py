"""The home screen: today's and upcoming booked meetings, and the sessions in the data folder;
start a booked meeting, resume a session or start a new one, and reach the preparation screens."""

from __future__ import annotations

import threading
import time
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Label, ProgressBar

from facilitator.domain.booking import Booking, split_today
from facilitator.domain.session import Session, Status
from facilitator.i18n import N_, t, tn, tp
from facilitator.i18n.labels import STATUSES
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.damage import damage_text
from facilitator.storage.ids import UnknownId
from facilitator.storage.prep import PrepStore
from facilitator.storage.summaries import Listing, SessionSummary
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorScreen
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.widgets.footer import Footer
from facilitator.ui.widgets.name_cells import name_cell, name_widths
from facilitator.ui.widgets.status_line import format_clock
from facilitator.ui.widgets.upcoming import UpcomingMeetings

#: Cells of a session id shown (enough to tell sessions apart and to type as a prefix).
ID_WIDTH = 8

UNFINISHED = (Status.RUNNING.value, Status.PAUSED.value)
#: A progress bar is shown while the index reads at least this many session files.
INDEX_PROGRESS_FROM = 50
#: Seconds the index waits for the list to be drawn before it looks at the files, and then for
#: the terminal to be sent the drawing (by another thread, which looking at thousands of files
#: would slow down).
DRAW_WAIT = 1.0
SHOWN_WAIT = 0.3


#: The home screen lists this many of the newest meetings (and every unfinished or damaged one),
#: so that it opens as fast with ten thousand stored as with ten; search and `list` reach the rest.
HOME_ROWS = 100


class HomeScreen(FacilitatorScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_session", N_("Open")),
        Binding("n", "new_session", N_("New meeting")),
        Binding("d", "demo", N_("Demo"), show=False),
        Binding("s", "start_booking", N_("Start booked"), show=False),
        Binding("g", "dialogues", N_("Dialogues")),
        Binding("b", "bookings", N_("Bookings")),
        Binding("t", "tips", N_("Tips")),
        Binding("a", "summary", N_("Summary")),
        Binding("slash,ctrl+f", "search", N_("Search")),
        Binding("f", "needs", N_("Future needs")),
        Binding("o", "actions", N_("Actions")),
        Binding("i", "insights", N_("Insights")),
        Binding("r", "reload", N_("Reload"), show=False),
        Binding("q", "app.quit", N_("Quit"), show=False),  # F1 tells of it, and of ctrl+q
    ]

    def __init__(self, *, offer_resume: bool = False) -> None:
        """With `offer_resume`, the newest unfinished meeting is offered for resume."""
        super().__init__()
        self.summaries: list[SessionSummary] = []
        self._listing: Listing | None = None
        self._offer_resume = offer_resume

    def compose(self) -> ComposeResult:
        yield Label(t("facilitator · dialogue meetings", self.lang), id="home-title")
        folder = t("Data folder: {path}", self.lang, path=str(self.store.root))
        yield Label(folder, id="home-dir", classes="hint")
        yield Label(
            t(
                "Today and upcoming · Enter opens the booking · {start} starts the meeting",
                self.lang,
                start=key_display(self, "start_booking"),
            ),
            id="upcoming-title",
            classes="panel-title",
        )
        yield UpcomingMeetings(self.lang, id="upcoming")
        yield ProgressBar(id="index-progress", show_eta=False)
        yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Label(id="home-hint", classes="hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one("#sessions", DataTable)
        for key, heading in (
            ("id", t("Id", self.lang)),
            ("dialogue", t("Dialogue", self.lang)),
            ("supplier", t("Supplier", self.lang)),
            ("status", t("Status", self.lang)),
            ("when", tp("sessions", "When", self.lang)),
        ):
            table.add_column(heading, key=key)
        self.query_one(UpcomingMeetings).display = False
        self.query_one("#upcoming-title").display = False
        self.query_one(ProgressBar).display = False
        table.focus()

    def on_screen_resume(self) -> None:
        """Load the list when the screen is shown: once at start, again on coming back to it."""
        self.action_reload()

    def on_resize(self) -> None:
        if self._listing is not None and self.summaries:
            self._show(self._listing)

    def action_reload(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="home", exit_on_error=False)
    def _load(self) -> None:
        """The list once the index has looked at every file. At start, first the list as the
        index knew it, at once: looking at thousands of files takes a moment."""
        prep = PrepStore(self.store)
        now = self.facilitator.clock.now()
        today, later = split_today(prep.bookings(), now)
        titles = {d.id: d.title for d in prep.dialogues()} if today or later else {}
        self.from_worker(self._show_upcoming, today, later, titles)
        known = self.store.recent_summaries(HOME_ROWS) if self._listing is None else None
        if known is not None and known.total:  # an index not built yet knows no meetings
            self.from_worker(self._show, known)
            self._wait_until_drawn()
        self.store.index.refresh(self._indexing)
        listing = self.store.recent_summaries(HOME_ROWS)
        if known is None or not known.total or listing != known:
            self.from_worker(self._show, listing)
        self.from_worker(self._offer_newest_unfinished, listing)

    def _wait_until_drawn(self) -> None:
        """On the worker: until the list just shown is on the screen (looking at thousands of
        files meanwhile would hold up drawing it)."""
        drawn = threading.Event()
        self.from_worker(self.call_after_refresh, drawn.set)
        if drawn.wait(DRAW_WAIT):
            time.sleep(SHOWN_WAIT)

    def _indexing(self, done: int, total: int) -> None:
        """Progress of reading changed session files into the index (a cold build: all)."""
        if total >= INDEX_PROGRESS_FROM:
            self.from_worker(self._show_indexing, done, total)

    def _show_indexing(self, done: int, total: int) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=total, progress=done)
        bar.display = done < total
        self.query_one("#home-hint", Label).update(
            t(
                "Building the search index: {done} of {total} meetings read…",
                self.lang,
                done=done,
                total=total,
            )
            if done < total
            else ""
        )

    def _show_upcoming(
        self, today: list[Booking], later: list[Booking], titles: dict[str, str]
    ) -> None:
        upcoming = self.query_one(UpcomingMeetings)
        upcoming.show(today, later, titles)
        shown = bool(today or later)
        upcoming.display = shown
        self.query_one("#upcoming-title").display = shown

    def _offer_newest_unfinished(self, listing: Listing) -> None:
        """Once, at start (see `offer_resume`), after the index has looked at the files."""
        if self._offer_resume:
            self._offer_resume = False
            unfinished = [s for s in listing.shown if not s.damaged and s.status in UNFINISHED]
            if unfinished:
                self._resume_offer(unfinished[0].id)

    def _show(self, listing: Listing) -> None:
        self._listing = listing
        self.summaries = listing.shown
        table = self.query_one("#sessions", DataTable)
        row = table.cursor_row
        table.clear()
        statuses = [
            t(STATUSES["damaged" if s.damaged else (s.status or "planned")], self.lang)
            for s in self.summaries
        ]
        # Long titles and supplier names are shortened so that status and time always show.
        titles = [s.title if not s.damaged else s.path.name for s in self.summaries]
        suppliers = [
            s.supplier if not s.damaged else damage_text(s.damaged, self.lang)
            for s in self.summaries
        ]
        whens = [s.when() for s in self.summaries]
        others = [ID_WIDTH, *(max(map(len, texts), default=0) for texts in (statuses, whens))]
        available = table.size.width or self.size.width
        title_width, supplier_width = name_widths(available, others, [titles, suppliers])
        for s, status, title, supplier, when in zip(
            self.summaries, statuses, titles, suppliers, whens, strict=True
        ):
            table.add_row(
                s.id[:ID_WIDTH],
                name_cell(title, title_width),
                name_cell(supplier, supplier_width),
                status,
                when,
                key=s.id,
            )
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        hint = t(
            N_("Enter opens or resumes a meeting · {new} new meeting · {demo} demo")
            if listing.total
            else N_("No meetings yet. {new} starts a new meeting, {demo} opens the demo dialogue."),
            self.lang,
            new=key_display(self, "new_session"),
            demo=key_display(self, "demo"),
        )
        if len(self.summaries) < listing.total:
            hint += "\n" + tn(
                "{count} older meeting not shown here: {search} searches all {total}.",
                "{count} older meetings not shown here: {search} searches all {total}.",
                listing.total - len(self.summaries),
                self.lang,
                total=listing.total,
                search=key_display(self, "search"),
            )
        self.query_one("#home-hint", Label).update(hint)

    @work(thread=True, group="home", exit_on_error=False)
    def _resume_offer(self, session_id: str) -> None:
        try:
            session = self.store.load_session(session_id)
        except (DamagedFile, UnknownId):
            return
        self.from_worker(self._ask_resume, session)

    def _ask_resume(self, session: Session) -> None:
        elapsed = format_clock(session.meeting_elapsed(self.facilitator.clock))
        if session.status is Status.PAUSED:
            state = t(
                "The meeting is paused; the meeting clock stands at {elapsed}.",
                self.lang,
                elapsed=elapsed,
            )
        else:
            state = t(
                "The meeting is running; the meeting clock stands at {elapsed}.",
                self.lang,
                elapsed=elapsed,
            )
        question = t(
            "Resume the meeting with {supplier} ({title})? {state}",
            self.lang,
            supplier=session.supplier,
            title=session.dialogue.title,
            state=state,
        )

        def answered(resume: bool | None) -> None:
            if resume:
                self.facilitator.open_chosen_session(session.id)

        self.app.push_screen(ConfirmScreen(question), answered)

    def action_open_session(self) -> None:
        if self.focused is self.query_one(UpcomingMeetings):
            self._open_booking()
            return
        table = self.query_one("#sessions", DataTable)
        if not self.summaries or table.cursor_row is None:
            return
        summary = self.summaries[table.cursor_row]
        self.facilitator.open_chosen_session(summary.id)

    @on(DataTable.RowSelected, "#sessions")
    def _row_selected(self) -> None:
        self.action_open_session()

    @on(DataTable.RowSelected, "#upcoming")
    def _booking_selected(self) -> None:
        self._open_booking()

    def _open_booking(self) -> None:
        """Enter on a booked meeting opens the booking (to check or change it), not the meeting."""
        booking = self.query_one(UpcomingMeetings).selected()
        if booking is not None:
            self.facilitator.navigator.edit_booking(self, booking)

    def on_bookings_changed(self) -> None:
        """A booking opened from here was saved: show it as it is now."""
        self.action_reload()

    def action_start_booking(self) -> None:
        """Start the highlighted booked meeting, once the user confirms (see
        `bookings.start_booked_meeting`)."""
        booking = self.query_one(UpcomingMeetings).selected()
        if booking is not None:
            self.facilitator.navigator.start_booking(self, booking)

    def action_summary(self) -> None:
        """The summary of the dialogue of the meeting under the cursor."""
        table = self.query_one("#sessions", DataTable)
        row = table.cursor_row
        chosen = self.summaries[row] if self.summaries and row is not None else None
        if chosen is None or chosen.damaged is not None or not chosen.dialogue_id:
            self.notify(
                t(
                    "Choose a meeting in the list, or open the summary from the dialogues "
                    "({dialogues}).",
                    self.lang,
                    dialogues=key_display(self, "dialogues"),
                ),
                markup=False,
            )
            return
        self.facilitator.navigator.summary(chosen.dialogue_id)

    def action_dialogues(self) -> None:
        self.facilitator.navigator.dialogues()

    def action_bookings(self) -> None:
        self.facilitator.navigator.bookings()

    def action_tips(self) -> None:
        self.facilitator.navigator.tips()

    def action_search(self) -> None:
        self.facilitator.navigator.search()

    def action_needs(self) -> None:
        self.facilitator.navigator.needs()

    def action_actions(self) -> None:
        self.facilitator.navigator.actions()

    def action_insights(self) -> None:
        self.facilitator.navigator.insights()

    def action_new_session(self) -> None:
        self.facilitator.navigator.new_session()

    def action_demo(self) -> None:
        self.facilitator.start_demo()
