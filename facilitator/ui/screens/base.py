"""What every screen and dialog of the app shares: the user's language, bindings in it, the app
by its own type, background work that shows its results only while the screen is open, and
reading or writing on a thread that says in the user's words when it fails."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from textual import on
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, get_current_worker

from facilitator.i18n import N_, t
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.ids import UnknownId
from facilitator.storage.store import Store
from facilitator.ui.bindings import localise_bindings
from facilitator.ui.errors import failure_reason, pass_on_failure

if TYPE_CHECKING:
    from facilitator.ui.app import FacilitatorApp

ResultType = TypeVar("ResultType")

#: The worker group of actions that wait for the user's answer in a dialog (`push_screen_wait`):
#: such a worker ends only when the dialog is answered.
ASKING = "asking"
Value = TypeVar("Value")

#: Failures of reading or writing the user's files that are told in their words (the key given
#: to `run_io`); any other error is unexpected, and the app reports and logs it.
EXPECTED: tuple[type[Exception], ...] = (OSError, DamagedFile, UnknownId)


class FacilitatorScreen(Screen[ResultType]):
    """A screen of the app. Made while the app runs: it takes the language from the app."""

    def __init__(
        self, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name, id, classes)
        #: Kept from the start, so that worker threads reach the app after the screen closed.
        self._facilitator = cast("FacilitatorApp", self.app)
        self.lang: str = self._facilitator.lang
        localise_bindings(self, self.lang)

    @property
    def facilitator(self) -> FacilitatorApp:
        """The app, with its own attributes (store, clock, navigator)."""
        return self._facilitator

    @property
    def store(self) -> Store:
        return self._facilitator.store

    @property
    def is_open(self) -> bool:
        """Whether the screen is still on the app's stack (shown, or under another screen)."""
        return self in self._facilitator.screen_stack

    def from_worker(self, show: Callable[..., object], *args: object) -> None:
        """Call `show(*args)` on the UI thread from a worker thread, unless the screen has been
        closed meanwhile (a list read in the background may arrive after the user moved on, when
        the widgets it would fill are gone), or the worker has been replaced by a newer one of its
        group: what it read is older than what the newer one shows."""
        worker = get_current_worker()
        self._facilitator.call_from_thread(self._if_current, worker, show, *args)

    def _if_current(
        self, worker: Worker[object], show: Callable[..., object], *args: object
    ) -> None:
        if self.is_open and not worker.is_cancelled:
            show(*args)

    def run_io(
        self,
        job: Callable[[], Value],
        done: Callable[[Value], object] | None = None,
        *,
        failed: str | None = N_("Could not save: {reason}"),
        told: Callable[[str], object] | None = None,
        group: str = "io",
        exclusive: bool = False,
        expected: tuple[type[Exception], ...] = EXPECTED,
        **values: object,
    ) -> Worker[None]:
        """Run `job` (reading or writing files) on a thread, then `done(result)` on the UI thread
        while the screen is open. An `expected` failure is said as the text `failed`, with its
        `reason` and `values` filled in: by `told(text)` (while the screen is open), else as an
        error notification. Any other error is the app's to report (`Worker.StateChanged`)."""
        app = self._facilitator

        def work() -> None:
            try:
                result = job()
            except expected as error:
                reason = failure_reason(error, self.lang)
                text = reason if failed is None else t(failed, self.lang, reason=reason, **values)
                if told is not None:
                    self.from_worker(told, text)
                else:
                    app.call_from_thread(
                        app.notify, text, severity="error", timeout=30, markup=False
                    )
                return
            if done is not None:
                self.from_worker(done, result)

        return self.run_worker(
            work,
            thread=True,
            group=group,
            exclusive=exclusive,
            exit_on_error=False,
            description=group,
        )

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        pass_on_failure(self, event)


class FacilitatorModal(ModalScreen[ResultType], FacilitatorScreen[ResultType]):
    """A dialog over the screen below: a form, a question, a choice. It dismisses with its typed
    result (None when cancelled); `push_screen_wait` in a worker awaits it."""
