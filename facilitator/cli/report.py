"""The dialogue as a whole: `report` (the summary), `check` (equal treatment) and `shared`."""

from __future__ import annotations

import argparse
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from facilitator.cli.context import CliError, Context
from facilitator.cli.dialogues import find_dialogue, prep_store, save_or_fail
from facilitator.cli.minutes import format_for
from facilitator.cli.output import target_file, write_file, write_stdout
from facilitator.domain.equal_treatment import findings
from facilitator.domain.summary import DialogueSummary, build_summary
from facilitator.domain.time import local_text
from facilitator.export import BINARY_FORMATS, render_document
from facilitator.export.summary import (
    check_document,
    contacts_document,
    shared_document,
    summary_document,
    summary_filename,
)
from facilitator.i18n import t
from facilitator.storage.atomic import FILE_MODE
from facilitator.storage.dialogue_records import dialogue_records

if TYPE_CHECKING:
    from facilitator.export.document import Document
    from facilitator.storage.prep import PrepStore

#: Exit status of `check` when something needs attention.
ATTENTION = 1


def _summary(
    context: Context,
    prep: PrepStore,
    prefix: str,
    *,
    public: bool = False,
    anonymous: bool = False,
    rate: int | None = None,
) -> DialogueSummary:
    lang = context.lang
    dialogue = find_dialogue(prep, prefix, lang)
    if rate is not None and rate < 0:
        raise CliError(t("the hourly cost must be a whole number of kronor, 0 or more", lang))
    return build_summary(
        dialogue_records(prep, dialogue.id),
        public=public,
        anonymous=anonymous,
        supplier_word=t("Supplier", lang),
        rate=rate,
    )


def _fmt(args: argparse.Namespace) -> str:
    """The format asked for, else the -o file's, else the command's for standard output."""
    if args.format:
        return str(args.format)
    if args.output not in (None, "-"):
        return format_for(args.output)
    return str(getattr(args, "stdout_format", "md"))


def _write(
    context: Context, args: argparse.Namespace, document: Document, name: str, *, private: bool
) -> None:
    """`document` to standard output or a file; a `private` one (with confidential details)
    readable by its owner only, as in the data folder."""
    result = render_document(document, _fmt(args))
    output = args.output
    if output == "-" or (output is None and _fmt(args) not in BINARY_FORMATS):
        write_stdout(context, result)
        return
    path = target_file(name, output)
    data = result if isinstance(result, bytes) else result.encode("utf-8")
    write_file(path, data, context.lang, mode=FILE_MODE if private else 0o666)
    # On stderr, so that a script reading standard output gets the document only.
    context.err.print(
        t("Wrote {path}", context.lang, path=str(path)), markup=False, highlight=False
    )


def run_report(args: argparse.Namespace, context: Context) -> int:
    lang = context.lang
    summary = _summary(
        context,
        prep_store(context),
        args.dialogue,
        public=args.public,
        anonymous=args.anonymous,
        rate=args.rate,
    )
    kind = "contacts" if args.contacts else "summary"
    document = (contacts_document if args.contacts else summary_document)(summary, lang)
    name = summary_filename(summary, kind, _fmt(args), lang)
    _write(context, args, document, name, private=not args.public and bool(summary.marks))
    return 0


def run_check(args: argparse.Namespace, context: Context) -> int:
    summary = _summary(context, prep_store(context), args.dialogue)
    document = check_document(summary, context.lang)
    name = summary_filename(summary, "check", _fmt(args), context.lang)
    _write(context, args, document, name, private=bool(summary.marks))
    return ATTENTION if findings(summary) else 0


def run_shared(args: argparse.Namespace, context: Context) -> int:
    lang = context.lang
    prep = prep_store(context, writable=True)
    summary = _summary(context, prep, args.dialogue, public=True, anonymous=True)
    document = shared_document(summary, lang)
    name = summary_filename(summary, "shared", _fmt(args), lang)
    _write(context, args, document, name, private=False)
    if not any(not piece.item.withheld for piece in summary.information):
        return 0
    dialogue = find_dialogue(prep, args.dialogue, lang)
    now = datetime.now(timezone.utc)
    dialogue.information_shared_at = now
    save_or_fail(lambda: prep.store.save_dialogue(dialogue), lang)
    when = local_text(now)
    context.err.print(
        t(
            "Recorded in the dialogue: the information was shared with all on {when}.",
            lang,
            when=when,
        ),
        markup=False,
        highlight=False,
    )
    return 0
