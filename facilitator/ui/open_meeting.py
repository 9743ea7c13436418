"""A meeting opened in the app: one object handed from screen to screen (meeting, wrap-up,
minutes), so the session, its lock and its saver travel together."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from facilitator.domain.session import Session
from facilitator.storage.autosave import AutoSaver
from facilitator.storage.lock import SessionLock, SessionLocked
from facilitator.storage.store import Store

#: What trying to take a meeting's lock gave: the lock, held; or why not: another instance has
#: the meeting, or the lock file could not be made.
Taken = SessionLock | SessionLocked | OSError


@dataclass
class OpenMeeting:
    store: Store
    session: Session
    #: The session's lock while held here; None until taken, or when another instance has it.
    lock: SessionLock | None = None
    #: Nothing is written from here: another instance has the session, or it was opened to read.
    read_only: bool = False
    #: Writes the session in order; made for the session, shared by the screens it passes.
    saver: AutoSaver = field(init=False)

    def __post_init__(self) -> None:
        self.saver = AutoSaver(self.store, self.session)

    @property
    def locked(self) -> bool:
        """Whether the lock is held here."""
        return self.lock is not None and self.lock.is_held

    def take_lock(self) -> None:
        """Hold the session's lock (if not held yet); raises `SessionLocked`, or `OSError` when
        the lock cannot be made."""
        if self.locked:
            return
        lock = SessionLock(self.store, self.session.id)
        lock.acquire()
        self.lock = lock

    def reload(self) -> None:
        """Read the session again (another instance may have changed it); the saver follows."""
        self.session = self.store.load_session(self.session.id)
        self.saver = AutoSaver(self.store, self.session)

    def hand_on(self) -> OpenMeeting:
        """The meeting for the screen that follows, which now holds (and releases) the lock."""
        following = replace(self)
        following.saver = self.saver
        self.lock = None
        return following

    def release(self) -> None:
        """Let the lock go (when the screen holding the meeting closes)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None
