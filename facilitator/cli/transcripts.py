"""`facilitator transcript SESSION FILE`: attach a Teams transcript to a meeting."""

from __future__ import annotations

import argparse
from datetime import datetime, time, timezone

from facilitator.cli.context import CliError, Context
from facilitator.cli.maintenance import confirm
from facilitator.domain.session import Session
from facilitator.domain.time import in_zone
from facilitator.domain.transcript import attach
from facilitator.i18n import t

#: Exit status when the session is open elsewhere or the supplier's consent was not given.
NOT_DONE = 1


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
                question = t(
                    "Did {supplier} consent to the meeting being recorded and transcribed?",
                    lang,
                    supplier=session.supplier,
                )
                if not confirm(context, question, args.yes):
                    context.err.print(
                        t(
                            "The transcript was not attached: the supplier's consent is missing.",
                            lang,
                        ),
                        markup=False,
                        highlight=False,
                    )
                    return NOT_DONE
                session.transcript.consent = True
            started = _recording_start(args.recording_start, session, lang)
            attach(session, lines, args.file.name, datetime.now(timezone.utc), started)
            store.save_session(session)
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(t("Could not save: {reason}", lang, reason=reason)) from error
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
        raise CliError(
            t(
                "The recording start {value} cannot be read; write it as HH:MM, for example 14:03.",
                lang,
                value=value,
            )
        ) from error
    if day is None:
        raise CliError(
            t(
                "The meeting has no start time, so the lines could not be placed under the "
                "questions.",
                lang,
            )
        )
    local = in_zone(day, session.timezone)
    return datetime.combine(local.date(), clock, local.tzinfo)


def _print_summary(context: Context, session: Session) -> None:
    from rich.markup import escape

    lang = context.lang
    lines = session.transcript.lines
    placed = sum(1 for line in lines if line.question_id is not None)
    speakers = sorted({line.speaker for line in lines if line.speaker})
    matched = sorted({line.speaker for line in lines if line.speaker and line.participant})
    message = t(
        "The transcript was attached to the meeting: {count} lines, {placed} under the "
        "questions; {matched} of {speakers} speakers are known participants.",
        lang,
        count=len(lines),
        placed=placed,
        speakers=len(speakers),
        matched=len(matched),
    )
    context.out.print(escape(message), highlight=False, soft_wrap=True)
    if session.started_at is None:
        why = t(
            "The meeting has no start time, so the lines could not be placed under the "
            "questions.",
            lang,
        )
        context.err.print(f"[yellow]![/] {escape(why)}", highlight=False)
    unmatched = [s for s in speakers if s not in matched]
    if unmatched:
        names = ", ".join(unmatched)
        who = t("Speakers who are not among the participants: {names}", lang, names=names)
        context.err.print(
            f"[yellow]![/] {escape(who)}",
            highlight=False,
            soft_wrap=True,
        )
