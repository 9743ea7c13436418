"""Which data folder to use, and whether it can be written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

ENV_VAR = "FACILITATOR_DATA"
#: The data folder's folder of session files (`Store.sessions_dir`).
SESSIONS_FOLDER = "sessions"


class DataDir(NamedTuple):
    path: Path
    #: How it was chosen: "option", "env", "cwd" or "user".
    source: str


def resolve_data_dir(option: str | None = None, cwd: Path | None = None) -> DataDir:
    """`--data-dir`, else $FACILITATOR_DATA, else ./sessions if it exists, else the user folder."""
    if option:
        return DataDir(Path(option).expanduser().resolve(), "option")
    env = os.environ.get(ENV_VAR)
    if env:
        return DataDir(Path(env).expanduser().resolve(), "env")
    local = (cwd or Path.cwd()) / "sessions"
    if local.is_dir():
        return DataDir(local.resolve(), "cwd")
    from platformdirs import user_data_path  # only where no folder is named

    return DataDir(user_data_path("facilitator", appauthor=False), "user")


class DataDirError(Exception):
    """The data folder cannot be created or written.

    `problem` says which: "cannot_create", "not_a_folder" or "cannot_write"; `cause` is the
    system's refusal, if any.
    """

    def __init__(self, problem: str, folder: Path, cause: OSError | None = None) -> None:
        super().__init__(f"data folder {folder}: {problem.replace('_', ' ')}: {cause or ''}")
        self.problem = problem
        self.folder = folder
        self.cause = cause


def ensure_writable(folder: Path) -> None:
    """Create the folder (owner-only) if needed and prove a file can be written in it."""
    import tempfile  # only when writing: it loads shutil and the compression libraries

    from facilitator.storage.atomic import make_private_dir  # TinyDB only when writing

    try:
        make_private_dir(folder)
    except OSError as error:
        raise DataDirError("cannot_create", folder, error) from error
    if not folder.is_dir():
        raise DataDirError("not_a_folder", folder)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError as error:
        raise DataDirError("cannot_write", folder, error) from error
