"""The commands and their options: the parser, built without loading what the commands do.

Each command names the function that runs it, `"<module>.<function>"` in `facilitator.cli`
(`set_defaults(run=...)`); `main` imports that module only when the command is chosen, so a
command module imports what it uses at its top, and `facilitator --help` loads none of them.
What the options name (formats, kinds, statuses) comes from modules that import nothing heavy:
`facilitator.export`'s `FORMATS`, `domain.vocabulary`, `domain.demo`'s supplier.
`tests/unit/test_cli_imports.py` checks that help loads no heavy library.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from facilitator.domain.demo import DEMO_SUPPLIER
from facilitator.domain.vocabulary import NEED_STATUSES, SEARCH_KINDS, MeetingFormat
from facilitator.export import FORMATS

if TYPE_CHECKING:
    from typing import TypeAlias

    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def add_commands(subparsers: Subparsers, only: str | None = None) -> None:
    """Every command, in the order `facilitator --help` lists them; with `only`, that command
    alone (building the options of all takes longer than most commands' work)."""
    if only is not None:
        add_parser = subparsers.add_parser

        def add_only(name: str, **kwargs: Any) -> argparse.ArgumentParser:
            return add_parser(name, **kwargs) if name == only else cast(Any, _Unbuilt())

        subparsers.add_parser = add_only  # type: ignore[method-assign]
    for group in (
        _sessions, _minutes, _maintenance, _dialogues, _bookings, _keys, _report, _transcripts,
        _registers,
    ):
        group(subparsers)


class _Unbuilt:
    """A command not built: its options (`add_argument`, `set_defaults`, groups) go nowhere."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self


def _sessions(subparsers: Subparsers) -> None:
    demo = subparsers.add_parser("demo", help="open a new meeting on the built-in demo dialogue")
    demo.add_argument(
        "--supplier", default=DEMO_SUPPLIER, help=f"supplier (default: {DEMO_SUPPLIER})"
    )
    demo.set_defaults(run="sessions.run_demo")

    listing = subparsers.add_parser("list", help="list the sessions in the data folder")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run="sessions.run_list")


def _minutes(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "minutes",
        help="write a meeting's minutes (Markdown, HTML, DOCX or text)",
        description=(
            "Write the minutes of a meeting. Text formats go to standard output unless -o is "
            "given; DOCX goes to a file named after the dialogue in the current folder."
        ),
    )
    parser.add_argument("id", metavar="ID", help="session id (a unique beginning is enough)")
    add_document_options(parser, "the minutes")
    parser.add_argument(
        "--public",
        action="store_true",
        help="public version: everything marked confidential is withheld",
    )
    parser.add_argument(
        "--finalise",
        "--finalize",
        action="store_true",
        help="finalise the minutes as their next version first (the meeting must have ended)",
    )
    parser.add_argument("--author", metavar="NAME", help="who wrote the minutes (with --finalise)")
    parser.add_argument(
        "--force", action="store_true", help="replace the output file if it exists already"
    )
    parser.add_argument(
        "--email",
        action="store_true",
        help="write an e-mail draft (.eml) with the minutes and the DOCX attached; nothing is sent",
    )
    parser.set_defaults(run="minutes.run_minutes")


def _maintenance(subparsers: Subparsers) -> None:
    doctor = subparsers.add_parser("doctor", help="check every file in the data folder")
    doctor.set_defaults(run="maintenance.run_doctor")

    reindex = subparsers.add_parser(
        "reindex", help="build the search index again from the session files"
    )
    reindex.set_defaults(run="maintenance.run_reindex")

    restore = subparsers.add_parser(
        "restore", help="bring back a session's last good copy (the damaged file is kept)"
    )
    restore.add_argument("session", metavar="SESSION", help="session id (or its start)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(run="maintenance.run_restore")

    delete = subparsers.add_parser(
        "delete", help="delete a session with its backup, lock and minutes"
    )
    delete.add_argument("session", metavar="SESSION", help="session id (or its start)")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(run="maintenance.run_delete")

    forget = subparsers.add_parser(
        "forget",
        help="remove a person's name from every session, dialogue and minutes (GDPR erasure)",
    )
    forget.add_argument(
        "--person", required=True, metavar="NAME",
        help="the name as written; run again for other forms (first name only, nickname)",
    )
    forget.add_argument("--replacement", metavar="TEXT", help="what the name becomes")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    forget.set_defaults(run="maintenance.run_forget")


def _dialogues(subparsers: Subparsers) -> None:
    listing = subparsers.add_parser("dialogues", help="list the dialogues and their questions")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run="dialogues.run_dialogues")

    questions = subparsers.add_parser("questions", help="print a dialogue's themes and questions")
    questions.add_argument("dialogue", metavar="DIALOGUE", help="dialogue id (or its beginning)")
    questions.add_argument("--format", "-f", choices=("md", "json"), default="md")
    questions.set_defaults(run="dialogues.run_questions")

    importing = subparsers.add_parser(
        "import",
        help="import questions from Word (.docx), Markdown, text or HTML (a web page, or Word or "
        "LibreOffice saved as one)",
    )
    importing.add_argument("file", metavar="FILE", type=Path)
    target = importing.add_mutually_exclusive_group()
    target.add_argument("--dialogue", metavar="ID", help="add the questions to this dialogue")
    target.add_argument("--new", metavar="TITLE", help="create a new dialogue with this title")
    importing.set_defaults(run="dialogues.run_import")

    new = subparsers.add_parser(
        "new", help="create a dialogue from a previous one or from the built-in starter questions"
    )
    new.add_argument("title", metavar="TITLE")
    source = new.add_mutually_exclusive_group()
    source.add_argument("--from", dest="source", metavar="DIALOGUE", help="copy this dialogue")
    source.add_argument(
        "--starter", choices=("sv", "en"), help="the starter questions in Swedish or English"
    )
    new.set_defaults(run="dialogues.run_new")

    start = subparsers.add_parser("start", help="open the meeting screen for a new session")
    start.add_argument("dialogue", metavar="DIALOGUE", nargs="?", help="dialogue id")
    who = start.add_mutually_exclusive_group(required=True)
    who.add_argument("--supplier", metavar="NAME", help="the supplier's organisation")
    who.add_argument("--booking", metavar="ID", help="start a booked meeting")
    start.set_defaults(run="dialogues.run_start")


def _bookings(subparsers: Subparsers) -> None:
    book = subparsers.add_parser("book", help="book a meeting with a supplier that signed up")
    book.add_argument("dialogue", metavar="DIALOGUE", help="dialogue id")
    book.add_argument("--supplier", metavar="ORG", required=True, help="the supplier's name")
    book.add_argument("--at", metavar="ISO", help="date and time, e.g. 2026-03-12T10:00")
    book.add_argument("--format", choices=[f.value for f in MeetingFormat], default=None)
    book.add_argument("--contact", metavar="NAME", action="append", default=[])
    book.add_argument(
        "--ics", metavar="FILE", type=Path, help="take time and people from an invite"
    )
    book.set_defaults(run="bookings.run_book")

    bookings = subparsers.add_parser("bookings", help="list today's and upcoming meetings")
    bookings.add_argument("--all", action="store_true", help="include past and started ones")
    bookings.add_argument("--json", action="store_true", help="print JSON for scripts")
    bookings.set_defaults(run="bookings.run_bookings")

    tips = subparsers.add_parser("tips", help="list the tips library (and which are given most)")
    tips.add_argument("--json", action="store_true", help="print JSON for scripts")
    tips.set_defaults(run="bookings.run_tips")


def _keys(subparsers: Subparsers) -> None:
    keys = subparsers.add_parser(
        "keys", help="list every key by id, with the keymap file that changes them"
    )
    keys.add_argument("--json", action="store_true", help="print JSON for scripts")
    keys.set_defaults(run="keys.run_keys")


def _report(subparsers: Subparsers) -> None:
    report = subparsers.add_parser(
        "report",
        help="the dialogue summary: every meeting, answer, insight, mismatch, tip and action",
        description=(
            "Sum up every meeting of a dialogue: meetings held and booked, the answers per "
            "question, insights, mismatches, tips, actions, information given, the equal-"
            "treatment check, the contact log and the time the dialogue cost."
        ),
    )
    _common(report)
    report.add_argument(
        "--public", action="store_true", help="withhold everything marked confidential"
    )
    report.add_argument(
        "--anonymous", action="store_true", help='name the suppliers "Supplier A, B, ..."'
    )
    report.add_argument(
        "--rate", type=int, metavar="SEK", help="hourly cost of a person's time, in SEK"
    )
    report.add_argument(
        "--contacts", action="store_true", help="only the supplier contact log"
    )
    report.set_defaults(run="report.run_report")

    check = subparsers.add_parser(
        "check",
        help="equal treatment: questions, opening statements and information per supplier",
        description="Exit status 1 when something needs attention.",
    )
    _common(check)
    # The check reads best as plain text in a terminal.
    check.set_defaults(run="report.run_check", stdout_format="txt")

    shared = subparsers.add_parser(
        "shared",
        help="the information given in the meetings, as one text to publish to all suppliers",
        description=(
            "Write every piece of information given, once each, with no supplier named and "
            "nothing confidential, and record in the dialogue that it was shared with all."
        ),
    )
    _common(shared)
    shared.set_defaults(run="report.run_shared")


def _transcripts(subparsers: Subparsers) -> None:
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
    parser.set_defaults(run="transcripts.run_transcript")


def _registers(subparsers: Subparsers) -> None:
    finder = subparsers.add_parser("search", help="search notes and log entries of every meeting")
    finder.add_argument("words", nargs="+", metavar="WORDS", help="words to find (or their start)")
    finder.add_argument("--dialogue", metavar="ID", help="only this dialogue (id or its start)")
    finder.add_argument("--supplier", metavar="NAME", help="only suppliers whose name has NAME")
    finder.add_argument("--kind", choices=SEARCH_KINDS, help="only notes or entries of this kind")
    finder.add_argument("--since", metavar="DATE", type=_day, help="only meetings from DATE on")
    finder.add_argument("--json", action="store_true", help="print JSON for scripts")
    finder.set_defaults(run="registers.run_search")

    register_needs = subparsers.add_parser(
        "needs", help="the future needs register: every mismatch's future needs"
    )
    register_needs.add_argument("--json", action="store_true", help="print JSON for scripts")
    register_needs.add_argument(
        "--format", choices=tuple(FORMATS), help="the register as a document (DOCX to a file)"
    )
    register_needs.add_argument(
        "--set", nargs=2, metavar=("ENTRY", "STATUS"),
        help=f"set a need's status ({', '.join(NEED_STATUSES)})",
    )
    register_needs.add_argument(
        "--procurement", metavar="NAME", default="", help="with --set ENTRY planned"
    )
    register_needs.set_defaults(run="registers.run_needs")

    register_actions = subparsers.add_parser(
        "actions", help="actions of every meeting with owner and due date, overdue first"
    )
    register_actions.add_argument("--open", action="store_true", help="only actions not done")
    register_actions.add_argument("--owner", metavar="NAME", help="only actions of this owner")
    register_actions.add_argument("--done", metavar="ENTRY", help="tick an action done")
    register_actions.add_argument("--json", action="store_true", help="print JSON for scripts")
    register_actions.set_defaults(run="registers.run_actions")

    learn = subparsers.add_parser(
        "insights", help="which questions work, lessons about the format, dialogue time per year"
    )
    learn.add_argument("--json", action="store_true", help="print JSON for scripts")
    learn.set_defaults(run="registers.run_insights")


def add_document_options(parser: argparse.ArgumentParser, what: str) -> None:
    """`--format`, `--lang` and `-o`, as every command that writes a document takes them; the
    format is then `args.format or format_for(args.output)`."""
    parser.add_argument(
        "--format",
        "-f",
        choices=tuple(FORMATS),
        default=None,
        help="output format (default: from the -o file's extension, else md)",
    )
    # SUPPRESS keeps the global --lang when this one is not given.
    parser.add_argument(
        "--lang",
        type=str.lower,
        choices=("sv", "en"),
        default=argparse.SUPPRESS,
        help=f"language of {what} (default: the global --lang, else the locale)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="file to write (a folder: a file named after the dialogue in it; '-': stdout)",
    )


def _common(parser: argparse.ArgumentParser) -> None:
    """What `report`, `check` and `shared` take: the dialogue, and where the document goes."""
    parser.add_argument("dialogue", metavar="DIALOGUE", help="dialogue id (or its beginning)")
    add_document_options(parser, "the document")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from error
