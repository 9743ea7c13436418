"""`facilitator minutes ID`: a meeting's minutes in Markdown, HTML, DOCX or plain text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.cli.context import CliError, Context
from facilitator.cli.output import refuse_existing, target_file, write_file, write_stdout
from facilitator.domain.minutes import build_minutes
from facilitator.domain.versions import NotFinished
from facilitator.export import (
    BINARY_FORMATS,
    FORMATS,
    finalise_minutes,
    render_minutes,
    suggested_filename,
)
from facilitator.i18n import t
from facilitator.storage.atomic import FILE_MODE

if TYPE_CHECKING:
    from facilitator.domain.session import Session

#: Exit status when another program has the session open (as for `delete` and `restore`).
IN_USE = 1


def run_minutes(args: argparse.Namespace, context: Context) -> int:
    # The sub-command's --lang shares the global option's dest, so the context has it already.
    lang = context.lang
    if args.finalise:
        session = _finalise(context, context.resolve_session(args.id), args.author, lang)
    else:
        session = context.load_session(args.id)
    if args.email:
        from facilitator.cli.drafts import write_email_draft

        return write_email_draft(args, context, session)
    output = args.output
    fmt = args.format or format_for(output)
    with context.progress(t("Writing the minutes", lang)):
        result = render_minutes(session, fmt, lang, public=args.public)
    data = result if isinstance(result, bytes) else result.encode("utf-8")
    if output == "-" or (output is None and fmt not in BINARY_FORMATS):
        write_stdout(context, result)
        return 0
    path = target_file(suggested_filename(session, fmt, lang, args.public), output)
    refuse_existing(path, args.force, lang)
    # Confidential details are kept from other users of the computer, as in the data folder.
    private = not args.public and build_minutes(session).holds_confidential
    write_file(path, data, lang, mode=FILE_MODE if private else 0o666)
    message = t("Wrote {path}", lang, path=str(path))
    context.out.print(message, markup=False, highlight=False, soft_wrap=True)
    return 0


def format_for(output: str | None) -> str:
    """The format an output file's extension names (`.txt` is text), else Markdown."""
    if output is None or output == "-":
        return "md"
    suffix = Path(output).suffix.lower().lstrip(".")
    suffix = {"htm": "html", "markdown": "md", "text": "txt"}.get(suffix, suffix)
    return next((fmt for fmt, ext in FORMATS.items() if ext == suffix), "md")


def _finalise(context: Context, session_id: str, author: str | None, lang: str) -> Session:
    """Finalise the stored session's minutes under its lock, and save it."""
    # Only here: the minutes saved beside the sessions are the store's.
    from facilitator.domain.clock import SystemClock
    from facilitator.export.saved import refresh_saved_minutes

    try:
        with context.changing_session(session_id, IN_USE) as (store, session):
            version = finalise_minutes(session, SystemClock(), author)
            store.save_session(session)
            refresh_saved_minutes(store, session)
    except NotFinished as error:
        raise CliError(
            t("the meeting has not ended; end it before finalising the minutes", lang)
        ) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(
            t("cannot write {path}: {reason}", lang, path=session_id, reason=reason)
        ) from error
    # On stderr, so that standard output holds only the minutes.
    context.err.print(
        t("The minutes are finalised as version {version}.", lang, version=version.number),
        markup=False,
        highlight=False,
    )
    return session


