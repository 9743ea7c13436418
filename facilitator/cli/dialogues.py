"""Preparing dialogues: `dialogues`, `questions`, `import`, `new` and `start`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from facilitator.cli.context import CliError, Context, escape, printable
from facilitator.domain.text import clean_name
from facilitator.i18n import t, tn

if TYPE_CHECKING:
    from facilitator.domain.booking import Booking
    from facilitator.domain.dialogue import Dialogue
    from facilitator.domain.session import Session
    from facilitator.importers import ImportResult, Notice
    from facilitator.storage.prep import PrepStore

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = subparsers.add_parser("dialogues", help="list the dialogues and their questions")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=run_dialogues)

    questions = subparsers.add_parser("questions", help="print a dialogue's themes and questions")
    questions.add_argument("dialogue", metavar="DIALOGUE", help="dialogue id (or its beginning)")
    questions.add_argument("--format", "-f", choices=("md", "json"), default="md")
    questions.set_defaults(handler=run_questions)

    importing = subparsers.add_parser(
        "import",
        help="import questions from Word (.docx), Markdown, text or HTML (a web page, or Word or "
        "LibreOffice saved as one)",
    )
    importing.add_argument("file", metavar="FILE", type=Path)
    target = importing.add_mutually_exclusive_group()
    target.add_argument("--dialogue", metavar="ID", help="add the questions to this dialogue")
    target.add_argument("--new", metavar="TITLE", help="create a new dialogue with this title")
    importing.set_defaults(handler=run_import)

    new = subparsers.add_parser(
        "new", help="create a dialogue from a previous one or from the built-in starter questions"
    )
    new.add_argument("title", metavar="TITLE")
    source = new.add_mutually_exclusive_group()
    source.add_argument("--from", dest="source", metavar="DIALOGUE", help="copy this dialogue")
    source.add_argument(
        "--starter", choices=("sv", "en"), help="the starter questions in Swedish or English"
    )
    new.set_defaults(handler=run_new)

    start = subparsers.add_parser("start", help="open the meeting screen for a new session")
    start.add_argument("dialogue", metavar="DIALOGUE", nargs="?", help="dialogue id")
    who = start.add_mutually_exclusive_group(required=True)
    who.add_argument("--supplier", metavar="NAME", help="the supplier's organisation")
    who.add_argument("--booking", metavar="ID", help="start a booked meeting")
    start.set_defaults(handler=run_start)


# ------------------------------------------------------------------- helpers
def prep_store(context: Context, *, writable: bool = False) -> PrepStore:
    from facilitator.storage.prep import PrepStore

    return PrepStore(context.writable_store() if writable else context.store)


def find_dialogue(prep: PrepStore, prefix: str, lang: str) -> Dialogue:
    return _load(prep.resolve_dialogue, prep.load_dialogue, prefix, lang, "prep.cli.no_dialogue")


def find_booking(prep: PrepStore, prefix: str, lang: str) -> Booking:
    return _load(prep.resolve_booking, prep.load_booking, prefix, lang, "prep.cli.no_booking")


def _load(
    resolve: Callable[[str], str], load: Callable[[str], T], prefix: str, lang: str, unknown: str
) -> T:
    """What `load` gives for the one id starting with `prefix`, or a `CliError` saying why not."""
    from facilitator.storage.atomic import DamagedFile
    from facilitator.storage.store import AmbiguousId, UnknownId

    try:
        return load(resolve(prefix))
    except AmbiguousId as error:
        ids = ", ".join(error.matches)
        raise CliError(t("prep.cli.ambiguous", lang, id=prefix, ids=ids)) from error
    except UnknownId as error:
        raise CliError(t(unknown, lang, id=prefix)) from error
    except DamagedFile as error:
        raise CliError(t("prep.cli.damaged", lang, path=error.path, reason=error.reason)) from error


def save_or_fail(action: Callable[[], T], lang: str) -> T:
    """What `action` returns, or a `CliError` when the data folder cannot be written."""
    try:
        return action()
    except OSError as error:  # SaveFailed is one
        raise CliError(t("prep.cli.save_failed", lang, reason=str(error))) from error


def print_json(context: Context, data: Any) -> None:
    context.out.file.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


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

    table = Table(title=t("prep.cli.dialogues.title", lang, path=str(context.data_dir.path)))
    for key in ("id", "title", "reference", "questions", "sessions"):
        table.add_column(
            t(f"prep.cli.col.{key}", lang),
            justify="right" if key in ("questions", "sessions") else "left",
        )
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
        context.out.file.write(export_markdown(dialogue, context.lang))
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
                    "label": t(f"theme.{theme.value}", context.lang),
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
        with context.progress(t("progress.import", lang, file=printable(args.file.name))):
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
        title=t("prep.cli.import.title", lang, title=escape(dialogue.title), id=dialogue.id)
    )
    table.add_column(t("prep.cli.col.theme", lang))
    table.add_column(t("prep.cli.col.questions", lang), justify="right")
    for theme, count in result.themes().items():
        table.add_row(t(f"theme.{theme.value}", lang), str(count))
    context.out.print(table)
    context.out.print(
        tn(
            "prep.cli.import.summary",
            len(result.questions),
            lang,
            total=len(dialogue.questions),
            source=result.source,
            encoding=result.encoding,
        ),
        highlight=False,
        soft_wrap=True,
    )
    purpose = "prep.cli.import.purpose_found" if result.purpose else "prep.cli.import.no_purpose"
    context.out.print(t(purpose, lang), highlight=False, soft_wrap=True)
    print_warnings(context, result.warnings)


def run_new(args: argparse.Namespace, context: Context) -> int:
    from facilitator.domain.starters import copy_dialogue, starter_dialogue

    lang = context.lang
    title = clean_name(args.title)
    if not title:
        raise CliError(t("prep.cli.no_title", lang))
    prep = prep_store(context, writable=True)
    if args.source:
        dialogue = copy_dialogue(find_dialogue(prep, args.source, lang), title)
    else:
        dialogue = copy_dialogue(starter_dialogue(args.starter or lang), title)
    save_or_fail(lambda: prep.store.save_dialogue(dialogue), lang)
    context.out.print(
        tn(
            "prep.cli.created",
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
            raise CliError(t("prep.cli.booking_started", lang, session=booking.session_id))
        find_dialogue(prep, booking.dialogue_id, lang)  # a clear message if it is gone
        session = save_or_fail(lambda: prep.start_booking(booking), lang)
    else:
        if not args.dialogue:
            raise CliError(t("prep.cli.start_needs_dialogue", lang))
        session = start_session(prep, args.dialogue, args.supplier, lang)
    from facilitator.ui.app import run_app

    return run_app(context.writable_store(), context.lang, session_id=session.id)


def start_session(prep: PrepStore, dialogue: str, supplier: str, lang: str) -> Session:
    """A new session with `supplier` about the dialogue, saved before the meeting screen opens."""
    from facilitator.domain.session import new_session

    supplier = clean_name(supplier)
    if not supplier:
        raise CliError(t("prep.cli.no_supplier", lang))
    session = new_session(find_dialogue(prep, dialogue, lang), supplier)
    save_or_fail(lambda: prep.store.save_session(session), lang)
    return session
