"""Errors of the app's background work: said to the user in their words, and kept with their
traceback in the data folder's error log (`logs/facilitator.log`, rotated)."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from textual.message import Message
from textual.message_pump import MessagePump
from textual.worker import Worker, WorkerState

from facilitator.i18n import os_reason, t

#: The log's folder, in the data folder.
LOG_FOLDER = "logs"
LOG_NAME = "facilitator.log"
#: The log is rotated at this size, keeping this many older files.
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5

log = logging.getLogger("facilitator")


def open_log(data_folder: Path) -> Path:
    """Send the app's log to `data_folder`/logs/ (instead of any earlier log file); raises
    OSError when that folder cannot be written."""
    folder = data_folder / LOG_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / LOG_NAME
    handler = RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=False
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for earlier in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(earlier)
        earlier.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def failure_reason(error: BaseException, lang: str) -> str:
    """Why reading or writing failed, as short as it can be said: the common operating-system
    causes in `lang`, a damaged file's reason, else the error's own words."""
    if isinstance(error, OSError):
        return os_reason(error, lang)
    # Not imported for this: the importers are loaded when a file is imported, and an error
    # can only be theirs once they are.
    importers = sys.modules.get("facilitator.importers.outline")
    if importers is not None and isinstance(error, importers.ImportProblem):
        return str(error.text(lang))
    if isinstance(error, ValueError) and "null byte" in str(error):  # a NUL typed into a path
        return t("the path holds a character that no file name can have", lang)
    reason = getattr(error, "reason", None)
    return str(reason) if reason else str(error)


def unexpected_reason(error: BaseException) -> str:
    """An unexpected error named for the log and a support question: `UnknownId: '../x'`."""
    detail = str(error)
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


class WorkFailed(Message):
    """Background work ended in an unexpected error: bubbles up to the app, which tells the user
    and logs it."""

    def __init__(self, error: BaseException, what: str) -> None:
        super().__init__()
        self.error = error
        self.what = what


def pass_on_failure(node: MessagePump, event: Worker.StateChanged) -> None:
    """If the worker of `event` failed, say so from `node` as `WorkFailed` (a worker's own
    state messages do not bubble: they reach only the node that started it)."""
    worker = event.worker
    if event.state is WorkerState.ERROR and worker.error is not None:
        node.post_message(WorkFailed(worker.error, worker.name or worker.description))
