"""What every command needs: the data folder, the language, and a console to print to."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, TextIO

from facilitator.domain.text import printable
from facilitator.i18n import N_, os_reason, parse_lang, t

_DATA_DIR_PROBLEMS = {
    "cannot_create": N_("Cannot create the data folder {path}: {reason}"),
    "not_a_folder": N_("The data folder {path} is not a folder."),
    "cannot_write": N_("Cannot write in the data folder {path}: {reason}"),
}

if TYPE_CHECKING:
    from rich.console import Console

    from facilitator.domain.session import Session
    from facilitator.storage.atomic import DamagedFile
    from facilitator.storage.index import SessionIndex
    from facilitator.storage.paths import DataDir
    from facilitator.storage.records import Collection
    from facilitator.storage.store import Store

#: Exit status for a usage error: unknown id, bad file, unwritable folder.
USAGE = 2

#: Every command shows names and file names through `printable` (shared with the screens).
__all__ = ["USAGE", "CliError", "Context", "escape", "printable"]


def escape(text: str) -> str:
    """`text` with Rich markup escaped (Rich is loaded when a command first prints)."""
    from rich.markup import escape as escape_markup

    return escape_markup(text)


def damaged_session(session_id: str, error: DamagedFile, lang: str) -> str:
    """The message for a session file that cannot be opened (worded as `list` and `doctor`)."""
    from facilitator.storage.damage import damage_text

    problem = damage_text(error.damage, lang)
    return t(
        "Session {id} cannot be opened: {problem}. See facilitator doctor.",
        lang,
        id=session_id,
        problem=problem,
    )


def may_be_terminal(stream: TextIO | None) -> bool:
    """False when Rich would not treat `stream` as a terminal either: not a tty, and no
    TTY_COMPATIBLE=1 or FORCE_COLOR saying to treat it as one."""
    if os.environ.get("TTY_COMPATIBLE") == "1" or os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


class CliError(Exception):
    """An error to show the user, with the exit status to return."""

    def __init__(self, message: str, status: int = USAGE) -> None:
        super().__init__(message)
        self.status = status


class Context:
    """A command's context: the data folder, the language, and the consoles to print to. Rich's
    consoles (unless given) and the store are made when first used, so that a command imports
    only what it needs (`--help` none of it)."""

    def __init__(
        self,
        data_dir: DataDir,
        lang: str,
        out: Console | None = None,
        err: Console | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.lang = lang
        if out is not None:
            self.out = out
        if err is not None:
            self.err = err

    # Messages are not wrapped by Rich (a path or id broken across lines cannot be copied);
    # tables still fit the terminal.
    @cached_property
    def out(self) -> Console:
        from rich.console import Console

        return Console(soft_wrap=True)

    @cached_property
    def err(self) -> Console:
        from rich.console import Console

        return Console(stderr=True, soft_wrap=True)

    @property
    def out_file(self) -> TextIO:
        """Where a document printed as it is goes: the console's file, or standard output while
        there is no console yet (Rich's console is not loaded just to write text)."""
        return self.__dict__["out"].file if "out" in self.__dict__ else sys.stdout

    def _err_is_terminal(self) -> bool:
        if "err" not in self.__dict__ and not may_be_terminal(sys.stderr):
            return False
        return self.err.is_terminal

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        from facilitator.storage.paths import resolve_data_dir

        return cls(data_dir=resolve_data_dir(args.data_dir), lang=parse_lang(args.lang))

    @cached_property
    def index(self) -> SessionIndex:
        """The data folder's index alone, for reading lists and registers without the store."""
        from facilitator.storage.index import folder_index

        return folder_index(self.data_dir.path)

    @cached_property
    def sessions(self) -> Collection[Session]:
        """The data folder's session files alone, for finding and reading one without the store
        (and its index, and the other kinds of record)."""
        from facilitator.storage.kinds import session_files

        return session_files(self.data_dir.path)

    @property
    def store(self) -> Store:
        from facilitator.storage.store import Store

        return Store(self.data_dir.path)

    def writable_store(self) -> Store:
        """The store, after checking the folder can be written (before any meeting starts)."""
        from facilitator.storage.paths import DataDirError, ensure_writable

        try:
            ensure_writable(self.data_dir.path)
        except DataDirError as error:
            raise CliError(
                t(
                    _DATA_DIR_PROBLEMS[error.problem],
                    self.lang,
                    path=str(error.folder),
                    reason=os_reason(error.cause, self.lang) if error.cause else "",
                )
            ) from error
        store = self.store
        store.ensure()
        return store

    @contextmanager
    def progress(self, description: str) -> Iterator[Callable[[int, int], None]]:
        """A progress bar on the terminal (none when the output is a file or pipe), updated by
        calling the yielded `step(done, total)`; ctrl+c cancels the work as usual."""
        if not self._err_is_terminal():
            yield lambda done, total: None
            return
        from rich.progress import Progress

        with Progress(console=self.err, transient=True) as bar:
            task = bar.add_task(description, total=None)
            yield lambda done, total: bar.update(task, completed=done, total=total)

    def error(self, message: str) -> None:
        self.err.print(f"[bold red]facilitator:[/] {escape(message)}", highlight=False)

    def resolve_session(self, prefix: str) -> str:
        from facilitator.storage.ids import AmbiguousId, UnknownId

        try:
            return self.sessions.resolve(prefix)
        except AmbiguousId as error:
            raise CliError(
                t(
                    "The session id “{id}” is ambiguous: it matches {ids}.",
                    self.lang,
                    id=prefix,
                    ids=", ".join(error.matches),
                )
            ) from error
        except UnknownId as error:
            raise CliError(
                t(
                    "No session with id “{id}” in {path} (see “facilitator list”).",
                    self.lang,
                    id=prefix,
                    path=str(self.data_dir.path),
                )
            ) from error

    def load_session(self, prefix: str) -> Session:
        from facilitator.storage.atomic import DamagedFile

        session_id = self.resolve_session(prefix)
        try:
            return self.sessions.load(session_id)
        except DamagedFile as error:
            raise CliError(damaged_session(session_id, error, self.lang)) from error

    @contextmanager
    def changing_session(self, session_id: str, busy: int) -> Iterator[tuple[Store, Session]]:
        """The stored session, loaded under its lock for a change that the caller saves; a
        `CliError` (exit status `busy`) when another program has it open, or when it is damaged.
        Errors writing it are the caller's to word."""
        from facilitator.storage.atomic import DamagedFile
        from facilitator.storage.lock import SessionLock, SessionLocked

        store = self.writable_store()
        try:
            with SessionLock(store, session_id):
                yield store, store.load_session(session_id)
        except SessionLocked as locked:
            raise CliError(locked.text(self.lang), busy) from locked
        except DamagedFile as error:
            raise CliError(damaged_session(session_id, error, self.lang)) from error
