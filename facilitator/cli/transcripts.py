"""`facilitator transcript SESSION FILE`: attach a Teams transcript to a meeting."""

from __future__ import annotations

import argparse
from datetime import datetime, time, timezone
from pathlib import Path

from facilitator.cli.context import CliError, Context
from facilitator.cli.maintenance import confirm
from facilitator.domain.session import Session, zone
from facilitator.domain.transcript import attach
from facilitator.i18n import t

#: Exit status when the session is open elsewhere or the supplier's consent was not given.
NOT_DONE = 1


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "transcript",
        help="attach a Teams transcript (.vtt or .docx) to a meeting",
        description=(
            "Attach a Teams transcript to a meeting: its lines are lined up with the questions "
            "by time and shown in the wrap-up beside the notes. They never go into the minutes "
            "unless copied into the notes; the minutes say that a transcript exists and that "
            "the supplier consented to the recording."
        ),
    )
    parser.add_argument("session", metavar="SESSION", help="session id (a unique beginning)")
    parser.add_argument("file", metavar="FILE", type=Path, help="the transcript (.vtt or .docx)")
    parser.add_argument(
        "--yes",
        action="store_true",
        help="the supplier consented to the recording (do not ask)",
    )
    parser.add_argument(
        "--recording-start",
        metavar="HH:MM[:SS]",
        help="when the recording started, in the meeting's time zone (default: when the "
        "meeting clock first started)",
    )
    parser.set_defaults(handler=run_transcript)


def run_transcript(args: argparse.Namespace, context: Context) -> int:
    from facilitator.importers import ImportProblem
    from facilitator.importers.transcript import read_transcript

    lang = context.lang
    try:
        lines = read_transcript(args.file)
    except ImportProblem as problem:
        raise CliError(problem.text(lang)) from problem
    session_id = context.resolve_session(args.session)
    try:
        with context.changing_session(session_id, NOT_DONE) as (store, session):
            if not session.transcript.consent:
                question = t("office.transcript.ask_consent", lang, supplier=session.supplier)
                if not confirm(context, question, args.yes):
                    context.err.print(
                        t("office.transcript.no_consent", lang), markup=False, highlight=False
                    )
                    return NOT_DONE
                session.transcript.consent = True
            started = _recording_start(args.recording_start, session, lang)
            attach(session, lines, args.file.name, datetime.now(timezone.utc), started)
            store.save_session(session)
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(t("prep.cli.save_failed", lang, reason=reason)) from error
    _print_summary(context, session)
    return 0


def _recording_start(value: str | None, session: Session, lang: str) -> datetime | None:
    """`HH:MM[:SS]` on the meeting's day, in its time zone; None when not given."""
    if value is None:
        return None
    day = session.started_at or session.scheduled_at
    try:
        clock = time.fromisoformat(value.strip())
    except ValueError as error:
        raise CliError(t("office.transcript.bad_start", lang, value=value)) from error
    if day is None:
        raise CliError(t("office.transcript.not_started", lang))
    local = day.astimezone(zone(session.timezone))
    return datetime.combine(local.date(), clock, local.tzinfo)


def _print_summary(context: Context, session: Session) -> None:
    from rich.markup import escape

    lang = context.lang
    lines = session.transcript.lines
    placed = sum(1 for line in lines if line.question_id is not None)
    speakers = sorted({line.speaker for line in lines if line.speaker})
    matched = sorted({line.speaker for line in lines if line.speaker and line.participant})
    message = t(
        "office.transcript.attached",
        lang,
        count=len(lines),
        placed=placed,
        speakers=len(speakers),
        matched=len(matched),
    )
    context.out.print(escape(message), highlight=False, soft_wrap=True)
    if session.started_at is None:
        context.err.print(
            f"[yellow]![/] {escape(t('office.transcript.not_started', lang))}", highlight=False
        )
    unmatched = [s for s in speakers if s not in matched]
    if unmatched:
        names = ", ".join(unmatched)
        context.err.print(
            f"[yellow]![/] {escape(t('office.transcript.unmatched', lang, names=names))}",
            highlight=False,
            soft_wrap=True,
        )
