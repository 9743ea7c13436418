"""Preparing dialogues: `dialogues`, `questions`, `import`, `new` and `start`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from facilitator.cli.context import CliError, Context, escape, printable
from facilitator.cli.output import print_json
from facilitator.domain.text import clean_name
from facilitator.i18n import N_, t, tn
from facilitator.i18n.labels import THEMES

if TYPE_CHECKING:
    from facilitator.domain.booking import Booking
    from facilitator.domain.dialogue import Dialogue
    from facilitator.domain.session import Session
    from facilitator.importers import ImportResult, Notice
    from facilitator.storage.prep import PrepStore

T = TypeVar("T")


# ------------------------------------------------------------------- helpers
def prep_store(context: Context, *, writable: bool = False) -> PrepStore:
    from facilitator.storage.prep import PrepStore

    return PrepStore(context.writable_store() if writable else context.store)


def find_dialogue(prep: PrepStore, prefix: str, lang: str) -> Dialogue:
    return _load(
        prep.resolve_dialogue,
        prep.load_dialogue,
        prefix,
        lang,
        N_("No dialogue with id “{id}” (see “facilitator dialogues”)."),
    )


def find_booking(prep: PrepStore, prefix: str, lang: str) -> Booking:
    return _load(
        prep.resolve_booking,
        prep.load_booking,
        prefix,
        lang,
        N_("No booking with id “{id}” (see “facilitator bookings”)."),
    )


def _load(
    resolve: Callable[[str], str], load: Callable[[str], T], prefix: str, lang: str, unknown: str
) -> T:
    """What `load` gives for the one id starting with `prefix`, or a `CliError` saying why not."""
    from facilitator.storage.atomic import DamagedFile
    from facilitator.storage.ids import AmbiguousId, UnknownId

    try:
        return load(resolve(prefix))
    except AmbiguousId as error:
        ids = ", ".join(error.matches)
        raise CliError(
            t("The id “{id}” is ambiguous: it matches {ids}.", lang, id=prefix, ids=ids)
        ) from error
    except UnknownId as error:
        raise CliError(t(unknown, lang, id=prefix)) from error
    except DamagedFile as error:
        raise CliError(
            t("{path} cannot be read: {reason}", lang, path=error.path, reason=error.reason)
        ) from error


def save_or_fail(action: Callable[[], T], lang: str) -> T:
    """What `action` returns, or a `CliError` when the data folder cannot be written."""
    try:
        return action()
    except OSError as error:  # SaveFailed is one
        raise CliError(t("Could not save: {reason}", lang, reason=str(error))) from error


def print_warnings(context: Context, warnings: list[Notice]) -> None:
    for warning in warnings:
        context.err.print(
            f"[yellow]![/] {escape(warning.text(context.lang))}", highlight=False, soft_wrap=True
        )


# ------------------------------------------------------------------ commands
def run_dialogues(args: argparse.Namespace, context: Context) -> int:
    prep = prep_store(context)
    lang = context.lang
    held = prep.sessions_held()
    dialogues = prep.dialogues()
    if args.json:
        print_json(
            context,
            [
                {
                    "id": d.id,
                    "title": d.title,
                    "reference": d.reference,
                    "questions": len(d.questions),
                    "sessions": held.get(d.id, 0),
                }
                for d in dialogues
            ],
        )
        return 0
    from rich.table import Table

    table = Table(title=t("Dialogues in {path}", lang, path=str(context.data_dir.path)))
    for heading in (N_("Id"), N_("Title"), N_("Reference")):
        table.add_column(t(heading, lang))
    for heading in (N_("Questions"), N_("Sessions")):
        table.add_column(t(heading, lang), justify="right")
    for d in dialogues:
        table.add_row(
            d.id,
            escape(d.title),
            escape(d.reference),
            str(len(d.questions)),
            str(held.get(d.id, 0)),
        )
    context.out.print(table)
    return 0


def run_questions(args: argparse.Namespace, context: Context) -> int:
    from facilitator.domain.starters import export_markdown, theme_runs

    dialogue = find_dialogue(prep_store(context), args.dialogue, context.lang)
    if args.format == "md":
        context.out_file.write(export_markdown(dialogue, context.lang))
        return 0
    print_json(
        context,
        {
            "id": dialogue.id,
            "title": dialogue.title,
            "reference": dialogue.reference,
            "purpose": dialogue.purpose,
            "planned_minutes": dialogue.planned_minutes,
            "total_timebox": dialogue.total_timebox(),
            "themes": [
                {
                    "theme": theme.value,
                    "label": t(THEMES[theme.value], context.lang),
                    "questions": [
                        {
                            "id": q.id,
                            "text": q.text,
                            "follow_ups": q.follow_ups,
                            "timebox": q.timebox,
                        }
                        for q in questions
                    ],
                }
                for theme, questions in theme_runs(dialogue.questions)
            ],
        },
    )
    return 0


def run_import(args: argparse.Namespace, context: Context) -> int:
    from facilitator.importers import ImportProblem, add_to_dialogue, import_questions, new_dialogue

    lang = context.lang
    try:
        with context.progress(t("Reading {file}", lang, file=printable(args.file.name))):
            result = import_questions(args.file)
    except ImportProblem as problem:
        raise CliError(problem.text(lang)) from problem
    prep = prep_store(context, writable=True)
    if args.dialogue:
        dialogue = find_dialogue(prep, args.dialogue, lang)
        result.warnings += add_to_dialogue(dialogue, result)
    else:
        dialogue = new_dialogue(result, clean_name(args.new or ""), args.file.stem)
    save_or_fail(lambda: prep.store.save_dialogue(dialogue), lang)
    _print_import_summary(context, dialogue, result)
    return 0


def _print_import_summary(context: Context, dialogue: Dialogue, result: ImportResult) -> None:
    from rich.table import Table

    lang = context.lang
    table = Table(
        title=t("Imported into {title} ({id})", lang, title=escape(dialogue.title), id=dialogue.id)
    )
    table.add_column(t("Theme", lang))
    table.add_column(t("Questions", lang), justify="right")
    for theme, count in result.themes().items():
        table.add_row(t(THEMES[theme.value], lang), str(count))
    context.out.print(table)
    context.out.print(
        tn(
            "1 question imported ({source}, {encoding}); the dialogue now has {total}.",
            "{count} questions imported ({source}, {encoding}); the dialogue now has {total}.",
            len(result.questions),
            lang,
            total=len(dialogue.questions),
            source=result.source,
            encoding=result.encoding,
        ),
        highlight=False,
        soft_wrap=True,
    )
    purpose = N_("Purpose text found.") if result.purpose else N_("No purpose text found.")
    context.out.print(t(purpose, lang), highlight=False, soft_wrap=True)
    print_warnings(context, result.warnings)


def run_new(args: argparse.Namespace, context: Context) -> int:
    from facilitator.domain.starters import copy_dialogue, starter_dialogue

    lang = context.lang
    title = clean_name(args.title)
    if not title:
        raise CliError(t("Give a title.", lang))
    prep = prep_store(context, writable=True)
    if args.source:
        dialogue = copy_dialogue(find_dialogue(prep, args.source, lang), title)
    else:
        dialogue = copy_dialogue(starter_dialogue(args.starter or lang), title)
    save_or_fail(lambda: prep.store.save_dialogue(dialogue), lang)
    context.out.print(
        tn(
            "Created {title} ({id}) with 1 question.",
            "Created {title} ({id}) with {count} questions.",
            len(dialogue.questions),
            lang,
            title=escape(title),
            id=dialogue.id,
        ),
        highlight=False,
        soft_wrap=True,
    )
    return 0


def run_start(args: argparse.Namespace, context: Context) -> int:
    lang = context.lang
    prep = prep_store(context, writable=True)
    if args.booking:
        booking = find_booking(prep, args.booking, lang)
        if booking.started:
            raise CliError(
                t(
                    "The meeting has already been started (session {session}).",
                    lang,
                    session=booking.session_id,
                )
            )
        find_dialogue(prep, booking.dialogue_id, lang)  # a clear message if it is gone
        session = save_or_fail(lambda: prep.start_booking(booking), lang)
    else:
        if not args.dialogue:
            raise CliError(
                t(
                    "Say which dialogue the meeting is about: facilitator start DIALOGUE "
                    "--supplier NAME",
                    lang,
                )
            )
        session = start_session(prep, args.dialogue, args.supplier, lang)
    from facilitator.ui.app import run_app

    return run_app(context.writable_store(), context.lang, session_id=session.id)


def start_session(prep: PrepStore, dialogue: str, supplier: str, lang: str) -> Session:
    """A new session with `supplier` about the dialogue, saved before the meeting screen opens."""
    from facilitator.domain.session import new_session

    supplier = clean_name(supplier)
    if not supplier:
        raise CliError(t("Give the supplier's name.", lang))
    session = new_session(find_dialogue(prep, dialogue, lang), supplier)
    save_or_fail(lambda: prep.store.save_session(session), lang)
    return session
