"""What every command needs: the data folder, the language, and a console to print to."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from facilitator.domain.text import printable
from facilitator.i18n import parse_lang

if TYPE_CHECKING:
    from rich.console import Console

    from facilitator.domain.session import Session
    from facilitator.storage.paths import DataDir
    from facilitator.storage.store import Store

#: Exit status for a usage error: unknown id, bad file, unwritable folder.
USAGE = 2

#: Every command shows names and file names through `printable` (shared with the screens).
__all__ = ["USAGE", "CliError", "Context", "escape", "printable"]


def escape(text: str) -> str:
    """`text` with Rich markup escaped (Rich is loaded when a command first prints)."""
    from rich.markup import escape as escape_markup

    return escape_markup(text)


class CliError(Exception):
    """An error to show the user, with the exit status to return."""

    def __init__(self, message: str, status: int = USAGE) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Context:
    """A command's context. Rich's console and the store are loaded when first used, so that a
    command imports only what it needs (`--help` none of it)."""

    data_dir: DataDir
    lang: str

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

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        from facilitator.storage.paths import resolve_data_dir

        return cls(data_dir=resolve_data_dir(args.data_dir), lang=parse_lang(args.lang))

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
            raise CliError(str(error)) from error
        store = self.store
        store.ensure()
        return store

    def error(self, message: str) -> None:
        self.err.print(f"[bold red]facilitator:[/] {escape(message)}", highlight=False)

    def resolve_session(self, prefix: str) -> str:
        from facilitator.storage.store import AmbiguousId, UnknownId

        try:
            return self.store.resolve_session(prefix)
        except AmbiguousId as error:
            raise CliError(
                f"session id '{prefix}' is ambiguous: it matches {', '.join(error.matches)}"
            ) from error
        except UnknownId as error:
            raise CliError(
                f"no session with id '{prefix}' in {self.data_dir.path} (see 'facilitator list')"
            ) from error

    def load_session(self, prefix: str) -> Session:
        from facilitator.storage.atomic import DamagedFile

        session_id = self.resolve_session(prefix)
        try:
            return self.store.load_session(session_id)
        except DamagedFile as error:
            raise CliError(f"session {session_id} is damaged: {error.reason}") from error
