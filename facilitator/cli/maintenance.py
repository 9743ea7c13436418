"""Looking after the data folder: `doctor`, `restore`, `delete` and `forget`."""

from __future__ import annotations

import argparse
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.cli.context import CliError, Context, escape, printable
from facilitator.i18n import N_, os_reason, t, tn, tp

if TYPE_CHECKING:
    from facilitator.storage.erasure import ErasureResult

#: Exit status when something needs attention (damaged file, session in use).
PROBLEM = 1


def confirm(context: Context, question: str, yes: bool) -> bool:
    """True if `--yes` was given or the user answers yes; no input (EOF) means no."""
    if yes:
        return True
    context.out.print(f"{escape(question)} [{t('y/N', context.lang)}] ", end="")
    try:
        answer = input()
    except EOFError:
        context.out.print()
        return False
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def _shown(path: Path, root: Path) -> str:
    try:
        return printable(str(path.relative_to(root)))
    except ValueError:
        return printable(str(path))


# ------------------------------------------------------------------------------------ doctor
def run_doctor(args: argparse.Namespace, context: Context) -> int:
    from rich.table import Table

    from facilitator.storage.damage import damage_text
    from facilitator.storage.doctor import CODES, ERROR, WARNING, diagnose

    styles = {ERROR: "bold red", WARNING: "yellow"}
    lang = context.lang
    store = context.store
    with context.progress(t("Checking the files", lang)) as step:
        report = diagnose(store, step)
    root = escape(printable(str(store.root)))
    if not report.exists:
        context.out.print(
            t("The data folder {path} does not exist yet; nothing to check.", lang, path=root),
            highlight=False,
        )
        return 0
    if report.findings:
        table = Table(title=t("Data folder {path}", lang, path=root), title_justify="left")
        for heading in (N_("Level"), N_("File"), N_("Finding")):
            table.add_column(t(heading, lang), overflow="fold")
        for finding in report.findings:
            words = t(CODES[finding.code], lang, id=_session_id(finding.path))
            if finding.damage:
                words += f" — {damage_text(finding.damage, lang)}"
            elif finding.holder is not None:
                words += f" — {printable(finding.holder.describe(lang))}"
            elif finding.detail:
                words += f" — {printable(finding.detail)}"
            style = styles.get(finding.level, "dim")
            table.add_row(
                f"[{style}]{_level(finding.level, lang)}[/]",
                escape(_shown(finding.path, store.root)),
                escape(words),
            )
        context.out.print(table)
    if report.healthy:
        verdict = tn(
            "All is well: 1 file read in {path}.",
            "All is well: {count} files read in {path}.",
            report.checked,
            lang,
            path=root,
        )
    else:
        verdict = tn(
            "Something needs attention (1 file read in {path}).",
            "Something needs attention ({count} files read in {path}).",
            report.checked,
            lang,
            path=root,
        )
    context.out.print(verdict, highlight=False)
    return 0 if report.healthy else PROBLEM


def _level(level: str, lang: str) -> str:
    """A finding's level (error, warning, note) in words."""
    if level == "error":
        return t("Error", lang)
    if level == "warning":
        return t("Warning", lang)
    return tp("log level", "Note", lang)


def _session_id(path: Path) -> str:
    return path.name.lstrip(".").split(".", 1)[0]


# ----------------------------------------------------------------------------------- reindex
def run_reindex(args: argparse.Namespace, context: Context) -> int:
    from rich.progress import Progress

    lang = context.lang
    store = context.store
    begin = time.perf_counter()
    with Progress(console=context.err, transient=True) as progress:
        task = progress.add_task(t("Building the search index", lang), total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        count = store.index.rebuild(advance)
    seconds = time.perf_counter() - begin
    path = escape(printable(str(store.index.path)))
    if store.index.in_memory:
        context.error(
            t(
                "The cache folder cannot be written; the index is kept in memory only: {path}",
                lang,
                path=path,
            )
        )
        return PROBLEM
    context.out.print(
        tn(
            "The search index is built: {count} session read ({seconds:.1f} s). {path}",
            "The search index is built: {count} sessions read ({seconds:.1f} s). {path}",
            count,
            lang,
            seconds=seconds,
            path=path,
        ),
        highlight=False,
    )
    return 0


# ----------------------------------------------------------------------------------- restore
def run_restore(args: argparse.Namespace, context: Context) -> int:
    from facilitator.storage.atomic import DamagedFile, SaveFailed
    from facilitator.storage.ids import UnknownId
    from facilitator.storage.lock import SessionLock, SessionLocked

    lang = context.lang
    store = context.writable_store()
    session_id = context.resolve_session(args.session)
    try:
        backup = store.load_backup(session_id)
    except UnknownId as error:
        raise CliError(t("Session {id} has no backup.", lang, id=session_id), PROBLEM) from error
    except DamagedFile as error:
        raise CliError(
            t(
                "The backup of {id} cannot be read either: {reason}",
                lang,
                id=session_id,
                reason=error.reason,
            ),
            PROBLEM,
        ) from error
    question = tn(
        "Restore {id} ({supplier}, 1 log entry) from its backup? The current file is kept "
        "beside it.",
        "Restore {id} ({supplier}, {count} log entries) from its backup? The current file "
        "is kept beside it.",
        len(backup.entries),
        lang,
        id=session_id,
        supplier=printable(backup.supplier),
    )
    if not confirm(context, question, args.yes):
        context.out.print(t("Cancelled, nothing was changed.", lang))
        return PROBLEM
    try:
        with SessionLock(store, session_id):
            store.restore_backup(session_id)
    except SessionLocked as locked:
        raise CliError(locked.text(lang), PROBLEM) from locked
    except (DamagedFile, SaveFailed) as error:
        raise CliError(str(error), PROBLEM) from error
    context.out.print(
        t("Session {id} is restored from its backup.", lang, id=session_id), highlight=False
    )
    return 0


# ------------------------------------------------------------------------------------ delete
def run_delete(args: argparse.Namespace, context: Context) -> int:
    from facilitator.storage.lock import SessionLocked

    lang = context.lang
    store = context.store
    session_id = context.resolve_session(args.session)
    summary = next((s for s in store.summaries() if s.id == session_id), None)
    files = store.session_files(session_id)
    what = summary.supplier or summary.title if summary and not summary.damaged else ""
    what = printable(what)
    question = tn(
        "Delete session {id} {what} and its only file for good?",
        "Delete session {id} {what} and all its {count} files for good?",
        len(files),
        lang,
        id=session_id,
        what=what,
    )
    if not confirm(context, question, args.yes):
        context.out.print(t("Cancelled, nothing was changed.", lang))
        return PROBLEM
    try:
        deleted = store.delete_session(session_id)
    except SessionLocked as locked:
        raise CliError(locked.text(lang), PROBLEM) from locked
    except OSError as error:
        raise CliError(
            t(
                "Session {id} could not be deleted completely: {reason}",
                lang,
                id=session_id,
                reason=os_reason(error, lang),
            ),
            PROBLEM,
        ) from error
    context.out.print(
        tn(
            "Session {id} is deleted (1 file).",
            "Session {id} is deleted ({count} files).",
            len(deleted),
            lang,
            id=session_id,
        ),
        highlight=False,
    )
    return 0


# ------------------------------------------------------------------------------------ forget
def run_forget(args: argparse.Namespace, context: Context) -> int:
    from facilitator.storage.erasure import forget_person, write_record

    lang = context.lang
    store = context.store
    name = " ".join(args.person.split())
    shown = escape(printable(name))
    if not name:
        raise CliError(t("Give a name with --person.", lang))
    replacement = args.replacement if args.replacement is not None else t("[name removed]", lang)
    found = forget_person(store, name, replacement, apply=False)
    _print_leftovers(context, found)
    if not found.changed and not found.removed:
        _print_finalised(context, found)
        context.out.print(
            t("The name {name} is not in the data folder.", lang, name=shown), highlight=False
        )
        return PROBLEM if found.locked or found.unreadable else 0
    question = t(
        "Replace {name} with {replacement} in {places} in {files}? This cannot be undone.",
        lang,
        name=printable(name),
        places=tn("1 place", "{count} places", found.places, lang),
        files=tn("1 file", "{count} files", len(found.changed), lang),
        replacement=printable(replacement),
    )
    if found.removed:
        question += " " + tn(
            "1 file that cannot be edited (minutes in DOCX, a leftover of a cut-short "
            "write) is removed; the minutes can be written again from the meeting.",
            "{count} files that cannot be edited (minutes in DOCX, leftovers of cut-short "
            "writes) are removed; the minutes can be written again from the meeting.",
            len(found.removed),
            lang,
        )
    if not confirm(context, question, args.yes):
        context.out.print(t("Cancelled, nothing was changed.", lang))
        return PROBLEM
    try:
        done = forget_person(store, name, replacement, apply=True)
    except OSError as error:
        raise CliError(str(error), PROBLEM) from error
    for path, count in sorted(done.changed.items()):
        context.out.print(f"  {escape(_shown(path, store.root))}: {count}", highlight=False)
    removed = t("removed", lang)
    for path in sorted(done.removed):
        context.out.print(f"  {escape(_shown(path, store.root))}: {removed}", highlight=False)
    context.out.print(
        t(
            "{name} is removed in {places} in {files}.",
            lang,
            name=shown,
            places=tn("1 place", "{count} places", done.places, lang),
            files=tn("1 file", "{count} files", len(done.changed), lang),
        ),
        highlight=False,
    )
    if done.removed:
        context.out.print(
            tn(
                "1 file that held the name was removed.",
                "{count} files that held the name were removed.",
                len(done.removed),
                lang,
            ),
            highlight=False,
        )
    _print_finalised(context, done)
    try:
        record = write_record(store, done, datetime.now(timezone.utc))
    except OSError as error:
        raise CliError(str(error), PROBLEM) from error
    context.out.print(
        t(
            "The erasure is recorded (what and when, not whom) in {path}.",
            lang,
            path=escape(_shown(record, store.root)),
        ),
        highlight=False,
    )
    return PROBLEM if done.locked or done.unreadable else 0


def _print_finalised(context: Context, result: ErasureResult) -> None:
    """The finalised minutes versions that mention the name and were left as they are, and why."""
    if not result.finalised:
        return
    lang = context.lang
    context.out.print(
        t(
            "Finalised minutes that mention the name were left untouched: they are official "
            "documents and follow the archive's retention decision.",
            lang,
        ),
        highlight=False,
    )
    for path, versions in sorted(result.finalised.items()):
        numbers = ", ".join(str(v) for v in versions)
        context.out.print(
            f"  {escape(_shown(path, context.store.root))}: "
            + escape(t("finalised version {numbers}", lang, numbers=numbers)),
            highlight=False,
        )


def _print_leftovers(context: Context, result: ErasureResult) -> None:
    lang = context.lang
    for session_id in result.locked:
        context.error(
            t(
                "Session {id} is open in a running program and was not changed; close it and "
                "run the command again.",
                lang,
                id=session_id,
            )
        )
    for path in result.unreadable:
        context.error(
            t(
                "{path} cannot be read and may contain the name; delete or correct it by hand.",
                lang,
                path=printable(str(path)),
            )
        )
