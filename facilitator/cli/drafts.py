"""`facilitator minutes ID --email [-o FILE.eml]`: the minutes as an e-mail draft, never sent."""

from __future__ import annotations

import argparse

from facilitator.cli.context import CliError, Context
from facilitator.cli.output import refuse_existing, target_file
from facilitator.domain.session import Session
from facilitator.export import minutes_document, suggested_filename
from facilitator.export.email_draft import minutes_email
from facilitator.i18n import t
from facilitator.storage.atomic import SaveFailed, write_atomic


def write_email_draft(args: argparse.Namespace, context: Context, session: Session) -> int:
    """Write the draft to `-o FILE` (a folder: a file named after the minutes in it) or to the
    current folder, and say where, and whom it could not be addressed to."""
    lang = context.lang
    document = minutes_document(session, lang, args.public)
    draft = minutes_email(session, document, lang, args.public)
    name = suggested_filename(session, "docx", lang, args.public).removesuffix(".docx") + ".eml"
    path = target_file(name, None if args.output == "-" else args.output)
    refuse_existing(path, args.force, lang)
    try:
        write_atomic(path, draft.data, keep_backup=False)
    except (SaveFailed, OSError) as error:
        reason = getattr(error.__cause__, "strerror", None) or str(error)
        message = t("cannot write {path}: {reason}", lang, path=str(path), reason=reason)
        raise CliError(message) from error
    written = t(
        "The e-mail draft was written to {path} (open it in Outlook to send it; nothing "
        "has been sent).",
        lang,
        path=str(path),
    )
    context.out.print(written, markup=False, highlight=False, soft_wrap=True)
    if draft.without_address:
        names = ", ".join(draft.without_address)
        missing = t(
            "No e-mail address known for: {names}. Add them to the draft before sending it.",
            lang,
            names=names,
        )
        context.err.print(missing, markup=False, highlight=False, soft_wrap=True)
    return 0
