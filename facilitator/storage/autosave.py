"""Saving a session that is being edited: throttled, ordered, and loud when it fails.

The screen calls `changed()` on every edit and `snapshot()` when a save is due; the snapshot (a
cheap copy, made on the UI thread) is then encoded and written by `write()` from a worker thread.
Writes are serialised and an older snapshot never replaces a newer one, so saves may finish in any
order.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from facilitator.domain.session import Session
from facilitator.storage.kinds import EntryCopies, EntryTexts, SessionCopy, copy_session
from facilitator.storage.store import Store

#: Typing is saved at most this many seconds after the first unsaved keystroke.
SAVE_DELAY = 0.5
#: A failed save is tried again after this many seconds.
RETRY_DELAY = 2.0


@dataclass(frozen=True)
class Snapshot:
    seq: int
    session: SessionCopy


class AutoSaver:
    """Keeps track of unsaved changes to one session and writes them in order."""

    def __init__(self, store: Store, session: Session) -> None:
        self.store = store
        self.session = session
        self._seq = 0
        self._saved_seq = 0
        self._written = 0
        self._lock = threading.Lock()
        self._texts = EntryTexts()
        self._copies = EntryCopies()
        self._staged: Snapshot | None = None
        #: The error of the last failed write, cleared by the next successful one.
        self.error: OSError | None = None

    @property
    def dirty(self) -> bool:
        return self._seq > self._saved_seq

    def changed(self) -> None:
        self._seq += 1

    def snapshot(self) -> Snapshot:
        """The session's current state, to be written."""
        self._seq += 1
        self._saved_seq = self._seq
        return Snapshot(self._seq, copy_session(self.session, self._copies))

    def stage(self) -> None:
        """Take a snapshot (on the thread that edits the session) for `write_staged`."""
        self._staged = self.snapshot()

    def write_staged(self) -> bool:
        """Write the latest staged snapshot, unless another call has taken it; False if the
        latest write failed. The snapshot is held here rather than by the thread writing it: a
        finished worker may linger until the garbage collector runs, and a snapshot of a long
        meeting is megabytes."""
        with self._lock:
            snapshot, self._staged = self._staged, None
        if snapshot is None:
            return self.error is None
        return self.write(snapshot)

    def write(self, snapshot: Snapshot) -> bool:
        """Write a snapshot unless a newer one was written already; False if the write failed."""
        with self._lock:
            if snapshot.seq <= self._written:
                return True
            try:
                copy = snapshot.session
                self.store.write_session(copy.session_id, copy.tables(self._texts))
            except OSError as error:
                self.error = error
                self._saved_seq = min(self._saved_seq, snapshot.seq - 1)
                return False
            self._written = snapshot.seq
            self.error = None
            return True

    def save_now(self) -> bool:
        """Write the current state at once, on the calling thread (quit, end, signals)."""
        return self.write(self.snapshot())
