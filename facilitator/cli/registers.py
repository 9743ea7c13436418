"""Across all meetings: `search`, `needs`, `actions` and `insights` (all read from the index)."""

from __future__ import annotations

import argparse
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.text import Text


from facilitator.cli.context import CliError, Context, printable
from facilitator.cli.output import print_json
from facilitator.domain.registers import (
    NEED_STATUSES,
    Action,
    Meeting,
    actions_in_order,
)
from facilitator.export import FORMATS, render_document
from facilitator.export.registers import marked, need_status_text, needs_document, question_cells
from facilitator.i18n import N_, t, tn
from facilitator.i18n.labels import KINDS, REGISTER_COLUMNS
from facilitator.storage.registers import (
    NoSuchEntry,
    SearchHit,
    actions,
    find_entry,
    hit_count,
    insights,
    needs,
    search,
    set_done,
    set_need_status,
)

PROBLEM = 1


def _meeting_json(meeting: Meeting) -> dict[str, Any]:
    return {
        "session_id": meeting.session_id,
        "supplier": meeting.supplier,
        "dialogue_id": meeting.dialogue_id,
        "dialogue": meeting.title,
        "date": meeting.day() or None,
    }


# -------------------------------------------------------------------------------- search
def run_search(args: argparse.Namespace, context: Context) -> int:
    from facilitator.cli.columns import Plain, output

    lang = context.lang
    words = " ".join(args.words)
    hits = search(
        context.index, words, dialogue=args.dialogue, supplier=args.supplier, kind=args.kind,
        since=args.since,
    )
    if args.json:
        print_json(
            context,
            [
                {
                    **_meeting_json(hit.meeting),
                    "kind": hit.kind,
                    "question": hit.question,
                    "entry_id": hit.entry_id or None,
                    "line": hit.plain_line,
                }
                for hit in hits
            ],
        )
        return 0
    if not hits:
        context.out.print(
            t("Nothing found for “{words}”.", lang, words=printable(words)), highlight=False
        )
        return PROBLEM
    found = tn("{count} hit.", "{count} hits.", len(hits), lang, count=hit_count(hits))
    out = output(context)
    if isinstance(out, Plain):  # the lines Rich's console would write there, without it
        lines = [line for hit in hits for line in _plain_hit(hit, lang)]
        out.file.write("\n".join(lines) + f"\n{found}\n")
        return 0
    from rich.text import Text

    # Printed as one text: Rich lays out two hundred hits at once far faster than line by line.
    rich_lines: list[Text] = []
    for hit in hits:
        rich_lines.append(_hit_heading(hit, lang))
        if hit.question:
            rich_lines.append(Text(f"  {printable(hit.question)}", style="dim"))
        line = Text("  ")
        line.append(t(KINDS[hit.kind], lang) + ": ", style="bold")
        line.append_text(marked(hit))
        rich_lines.append(line)
    out.print(Text("\n").join(rich_lines))
    out.print(found, highlight=False)
    return 0


def _plain_hit(hit: SearchHit, lang: str) -> list[str]:
    """A hit's lines as the terminal shows them (`_hit_heading`, question, kind and line)."""
    meeting = hit.meeting
    lines = [
        f"{meeting.day() or '–'}  {printable(meeting.supplier)} · {printable(meeting.title)}  "
        f"{meeting.session_id}"
    ]
    if hit.question:
        lines.append(f"  {printable(hit.question)}")
    text = "".join(printable(piece) for piece, _ in hit.pieces())
    lines.append(f"  {t(KINDS[hit.kind], lang)}: {text}")
    return lines


def _hit_heading(hit: SearchHit, lang: str) -> Text:
    from rich.text import Text

    meeting = hit.meeting
    heading = Text(f"{meeting.day() or '–'}  ", style="bold")
    heading.append(printable(meeting.supplier), style="bold")
    heading.append(f" · {printable(meeting.title)}  ")
    heading.append(meeting.session_id, style="dim")
    return heading


# ------------------------------------------------------------------------------- needs
def run_needs(args: argparse.Namespace, context: Context) -> int:
    from facilitator.cli.columns import output, print_columns, print_text

    lang = context.lang
    if args.set:
        prefix, status = args.set
        if status not in NEED_STATUSES:
            raise CliError(
                t("Status is one of: {statuses}.", lang, statuses=", ".join(NEED_STATUSES))
            )
        session_id, entry_id = _entry(context, prefix, "mismatch")
        _change(context, lambda: set_need_status(
            context.store, session_id, entry_id, status, args.procurement
        ))
    found = needs(context.index)
    if args.json:
        print_json(
            context,
            [
                {
                    **_meeting_json(n.meeting),
                    "entry_id": n.entry_id,
                    "mismatch": n.mismatch,
                    "future_needs": n.future_needs,
                    "status": n.status,
                    "planned_in": n.planned_in or None,
                }
                for n in found
            ],
        )
        return 0
    if args.format:
        document = needs_document(found, lang, datetime.now(timezone.utc))
        data = render_document(document, args.format)
        if isinstance(data, bytes):
            from rich.markup import escape

            path = Path(f"{t('future-needs', lang)}.{FORMATS[args.format]}").resolve()
            path.write_bytes(data)
            context.out.print(escape(printable(str(path))), highlight=False)
        else:
            context.out.file.write(data)
        return 0
    if not found:
        context.out.print(t("No mismatches logged yet, so no future needs.", lang))
        return 0
    out = output(context)
    print_text(out, t("Future needs", lang), "bold")
    headers = [
        t(REGISTER_COLUMNS[key], lang)
        for key in ("date", "supplier", "dialogue", "future_needs", "status", "entry")
    ]
    # A few statuses for thousands of needs: each worded once.
    statuses: dict[tuple[str, str], str] = {}
    rows = []
    for n in found:
        status = statuses.get((n.status, n.planned_in))
        if status is None:
            status = statuses[n.status, n.planned_in] = need_status_text(n, lang)
        rows.append((
            n.meeting.day(),
            printable(n.meeting.supplier),
            printable(n.meeting.title),
            printable(n.future_needs.strip() or n.mismatch),
            status,
            n.entry_id[:8],
        ))
    # Dates and entry ids are typed into other commands: never cut.
    print_columns(out, headers, rows, keep=frozenset({0, 4, 5}), wrap=3)
    return 0


_NO_ENTRY = {
    "mismatch": N_("No mismatch with id “{id}” (see “facilitator needs”)."),
    "action": N_("No action with id “{id}” (see “facilitator actions”)."),
}


def _entry(context: Context, prefix: str, kind: str) -> tuple[str, str]:
    try:
        return find_entry(context.index, prefix, kind)
    except NoSuchEntry as error:
        raise CliError(t(_NO_ENTRY[kind], context.lang, id=prefix)) from error


def _change(context: Context, change: Any) -> None:
    from facilitator.storage.atomic import DamagedFile
    from facilitator.storage.lock import SessionLocked

    lang = context.lang
    try:
        change()
    except SessionLocked as locked:
        raise CliError(locked.text(lang), PROBLEM) from locked
    except DamagedFile as error:
        raise CliError(
            t("{path} cannot be read: {reason}", lang, path=error.path, reason=error.reason)
        ) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(t("Could not save: {reason}", lang, reason=reason), PROBLEM) from error


# ----------------------------------------------------------------------------- actions
def run_actions(args: argparse.Namespace, context: Context) -> int:
    from facilitator.cli.columns import Plain, output, print_columns, print_text

    lang = context.lang
    if args.done:
        session_id, entry_id = _entry(context, args.done, "action")
        _change(context, lambda: set_done(context.store, session_id, entry_id, True))
        context.out.print(t("Action {id} is done.", lang, id=entry_id), highlight=False)
    today = date.today()
    found = actions_in_order(
        actions(context.index, open_only=args.open, owner=args.owner), today
    )
    if args.json:
        print_json(context, [_action_json(a, today) for a in found])
        return 0
    if not found:
        context.out.print(t("No actions.", lang))
        return 0
    out = output(context)
    print_text(out, t("Actions", lang), "bold")
    headers = [
        t(REGISTER_COLUMNS[key], lang)
        for key in ("due", "owner", "action", "supplier", "date", "entry")
    ]
    # A pipe or a file shows no styles: the texts alone, without loading Rich.
    styled = not isinstance(out, Plain)
    if styled:
        from rich.text import Text
    rows: list[tuple[str | Text, ...]] = []
    # One styled cell for each due date shown (print_columns only reads cells): thousands of
    # overdue actions share a few hundred dates.
    due_cells: dict[tuple[str, str], Text] = {}
    for a in found:
        due = a.due.isoformat() if a.due else "–"
        if a.done:
            due = f"✓ {due}"
        style = "bold red" if a.overdue(today) else ("dim" if a.done else "")
        if style and styled and (due, style) not in due_cells:
            due_cells[due, style] = Text(due, style=style)
        rows.append((
            due_cells[due, style] if style and styled else due,
            printable(a.owner),
            Text(printable(a.text), style="dim") if a.done and styled else printable(a.text),
            printable(a.meeting.supplier),
            a.meeting.day(),
            a.entry_id[:8],
        ))
    print_columns(out, headers, rows, keep=frozenset({0, 4, 5}), wrap=2)
    return 0


def _action_json(action: Action, today: date) -> dict[str, Any]:
    return {
        **_meeting_json(action.meeting),
        "entry_id": action.entry_id,
        "action": action.text,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "done": action.done,
        "overdue": action.overdue(today),
    }


# ---------------------------------------------------------------------------- insights
def run_insights(args: argparse.Namespace, context: Context) -> int:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    lang = context.lang
    found = insights(context.index)
    if args.json:
        print_json(
            context,
            {
                "questions": [
                    {
                        "question": q.text,
                        "asked": q.asked,
                        "rating": q.rating,
                        "ratings": len(q.ratings),
                        "average_minutes": round(q.average_minutes, 2),
                        "timebox_minutes": round(q.average_timebox, 2),
                        "overruns": q.overruns,
                        "often_overruns": q.often_overruns,
                        "rates_low": q.rates_low,
                    }
                    for q in found.questions
                ],
                "lessons": [
                    {**_meeting_json(lesson.meeting), "lesson": lesson.text}
                    for lesson in found.lessons
                ],
                "years": [
                    {
                        "year": y.year,
                        "meetings": y.meetings,
                        "hours": round(y.hours, 2),
                        "person_hours": round(y.person_hours, 2),
                    }
                    for y in found.years
                ],
            },
        )
        return 0
    questions = Table(
        title=t("The questions", lang), box=box.SIMPLE_HEAD, title_justify="left"
    )
    questions.add_column(t("Question", lang), min_width=24, ratio=1)
    for key in ("asked", "rating", "minutes", "flags"):
        questions.add_column(t(REGISTER_COLUMNS[key], lang), no_wrap=key != "flags")
    for q in found.questions:
        questions.add_row(*question_cells(q, lang))
    context.out.print(questions)
    context.out.print(Text(t("Lessons about the format", lang), style="bold"))
    for lesson in found.lessons:
        line = Text(f"  {lesson.meeting.day()} {printable(lesson.meeting.supplier)}: ", "dim")
        line.append(printable(lesson.text))
        context.out.print(line)
    if not found.lessons:
        context.out.print(t("  None yet.", lang))
    years = Table(
        title=t("Dialogue time per year", lang), box=box.SIMPLE_HEAD, title_justify="left"
    )
    for key in ("year", "meetings", "hours", "person_hours"):
        years.add_column(t(REGISTER_COLUMNS[key], lang), justify="right")
    for y in found.years:
        years.add_row(str(y.year), str(y.meetings), f"{y.hours:.1f}", f"{y.person_hours:.1f}")
    context.out.print(years)
    return 0
