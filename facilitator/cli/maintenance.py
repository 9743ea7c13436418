"""Looking after the data folder: `doctor`, `restore`, `delete` and `forget`."""

from __future__ import annotations

import argparse
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.cli.context import CliError, Context, escape, printable
from facilitator.i18n import os_reason, t, tn

if TYPE_CHECKING:
    from facilitator.storage.erasure import ErasureResult
    from facilitator.storage.lock import SessionLocked

#: Exit status when something needs attention (damaged file, session in use).
PROBLEM = 1


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = subparsers.add_parser("doctor", help="check every file in the data folder")
    doctor.set_defaults(handler=run_doctor)

    reindex = subparsers.add_parser(
        "reindex", help="build the search index again from the session files"
    )
    reindex.set_defaults(handler=run_reindex)

    restore = subparsers.add_parser(
        "restore", help="bring back a session's last good copy (the damaged file is kept)"
    )
    restore.add_argument("session", metavar="SESSION", help="session id (or its start)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=run_restore)

    delete = subparsers.add_parser(
        "delete", help="delete a session with its backup, lock and minutes"
    )
    delete.add_argument("session", metavar="SESSION", help="session id (or its start)")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(handler=run_delete)

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
    forget.set_defaults(handler=run_forget)


def confirm(context: Context, question: str, yes: bool) -> bool:
    """True if `--yes` was given or the user answers yes; no input (EOF) means no."""
    if yes:
        return True
    context.out.print(f"{escape(question)} [{t('maint.yes_no', context.lang)}] ", end="")
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
    from facilitator.storage.doctor import ERROR, WARNING, diagnose

    styles = {ERROR: "bold red", WARNING: "yellow"}
    lang = context.lang
    store = context.store
    with context.progress(t("maint.doctor.checking", lang)) as step:
        report = diagnose(store, step)
    root = escape(printable(str(store.root)))
    if not report.exists:
        context.out.print(t("maint.doctor.no_folder", lang, path=root), highlight=False)
        return 0
    if report.findings:
        table = Table(title=t("maint.doctor.title", lang, path=root), title_justify="left")
        for key in ("level", "file", "finding"):
            table.add_column(t(f"maint.doctor.col.{key}", lang), overflow="fold")
        for finding in report.findings:
            words = t(f"maint.doctor.{finding.code}", lang, id=_session_id(finding.path))
            if finding.damage:
                words += f" — {damage_text(finding.damage, lang)}"
            elif finding.detail:
                words += f" — {printable(finding.detail)}"
            style = styles.get(finding.level, "dim")
            table.add_row(
                f"[{style}]{t(f'maint.level.{finding.level}', lang)}[/]",
                escape(_shown(finding.path, store.root)),
                escape(words),
            )
        context.out.print(table)
    key = "maint.doctor.healthy" if report.healthy else "maint.doctor.unhealthy"
    context.out.print(tn(key, report.checked, lang, path=root), highlight=False)
    return 0 if report.healthy else PROBLEM


def _session_id(path: Path) -> str:
    return path.name.lstrip(".").split(".", 1)[0]


# ----------------------------------------------------------------------------------- reindex
def run_reindex(args: argparse.Namespace, context: Context) -> int:
    from rich.progress import Progress

    lang = context.lang
    store = context.store
    begin = time.perf_counter()
    with Progress(console=context.err, transient=True) as progress:
        task = progress.add_task(t("index.reindex.progress", lang), total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        count = store.index.rebuild(advance)
    seconds = time.perf_counter() - begin
    path = escape(printable(str(store.index.path)))
    if store.index.in_memory:
        context.error(t("index.reindex.memory", lang, path=path))
        return PROBLEM
    context.out.print(
        t("index.reindex.done", lang, count=count, seconds=seconds, path=path), highlight=False
    )
    return 0


# ----------------------------------------------------------------------------------- restore
def run_restore(args: argparse.Namespace, context: Context) -> int:
    from facilitator.storage.atomic import DamagedFile, SaveFailed
    from facilitator.storage.lock import SessionLock, SessionLocked
    from facilitator.storage.store import UnknownId

    lang = context.lang
    store = context.writable_store()
    session_id = context.resolve_session(args.session)
    try:
        backup = store.load_backup(session_id)
    except UnknownId as error:
        raise CliError(t("maint.restore.no_backup", lang, id=session_id), PROBLEM) from error
    except DamagedFile as error:
        raise CliError(
            t("maint.restore.bad_backup", lang, id=session_id, reason=error.reason), PROBLEM
        ) from error
    question = tn(
        "maint.restore.confirm", len(backup.entries), lang, id=session_id,
        supplier=printable(backup.supplier),
    )
    if not confirm(context, question, args.yes):
        context.out.print(t("maint.cancelled", lang))
        return PROBLEM
    try:
        with SessionLock(store, session_id):
            store.restore_backup(session_id)
    except SessionLocked as locked:
        raise CliError(_in_use(locked, lang), PROBLEM) from locked
    except (DamagedFile, SaveFailed) as error:
        raise CliError(str(error), PROBLEM) from error
    context.out.print(t("maint.restore.done", lang, id=session_id), highlight=False)
    return 0


def _in_use(locked: SessionLocked, lang: str) -> str:
    who = locked.holder.describe(lang) if locked.holder else t("maint.someone", lang)
    return t("maint.in_use", lang, id=locked.session_id, who=who)


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
    question = tn("maint.delete.confirm", len(files), lang, id=session_id, what=what)
    if not confirm(context, question, args.yes):
        context.out.print(t("maint.cancelled", lang))
        return PROBLEM
    try:
        deleted = store.delete_session(session_id)
    except SessionLocked as locked:
        raise CliError(_in_use(locked, lang), PROBLEM) from locked
    except OSError as error:
        raise CliError(
            t("maint.delete.failed", lang, id=session_id, reason=os_reason(error, lang)), PROBLEM
        ) from error
    context.out.print(
        tn("maint.delete.done", len(deleted), lang, id=session_id), highlight=False
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
        raise CliError(t("maint.forget.empty", lang))
    replacement = args.replacement if args.replacement is not None else t(
        "maint.forget.placeholder", lang
    )
    found = forget_person(store, name, replacement, apply=False)
    _print_leftovers(context, found)
    if not found.changed and not found.removed:
        _print_finalised(context, found)
        context.out.print(t("maint.forget.none", lang, name=shown), highlight=False)
        return PROBLEM if found.locked or found.unreadable else 0
    question = t(
        "maint.forget.confirm", lang, name=printable(name),
        places=tn("count.places", found.places, lang),
        files=tn("count.files", len(found.changed), lang),
        replacement=printable(replacement),
    )
    if found.removed:
        question += " " + tn("records.forget.will_remove", len(found.removed), lang)
    if not confirm(context, question, args.yes):
        context.out.print(t("maint.cancelled", lang))
        return PROBLEM
    try:
        done = forget_person(store, name, replacement, apply=True)
    except OSError as error:
        raise CliError(str(error), PROBLEM) from error
    for path, count in sorted(done.changed.items()):
        context.out.print(f"  {escape(_shown(path, store.root))}: {count}", highlight=False)
    removed = t("records.forget.removed", lang)
    for path in sorted(done.removed):
        context.out.print(f"  {escape(_shown(path, store.root))}: {removed}", highlight=False)
    context.out.print(
        t(
            "maint.forget.done", lang, name=shown, places=tn("count.places", done.places, lang),
            files=tn("count.files", len(done.changed), lang),
        ),
        highlight=False,
    )
    if done.removed:
        context.out.print(
            tn("records.forget.done_removed", len(done.removed), lang), highlight=False
        )
    _print_finalised(context, done)
    try:
        record = write_record(store, done, datetime.now(timezone.utc))
    except OSError as error:
        raise CliError(str(error), PROBLEM) from error
    context.out.print(
        t("erasure.recorded", lang, path=escape(_shown(record, store.root))), highlight=False
    )
    return PROBLEM if done.locked or done.unreadable else 0


def _print_finalised(context: Context, result: ErasureResult) -> None:
    """The finalised minutes versions that mention the name and were left as they are, and why."""
    if not result.finalised:
        return
    lang = context.lang
    context.out.print(t("erasure.finalised_kept", lang), highlight=False)
    for path, versions in sorted(result.finalised.items()):
        numbers = ", ".join(str(v) for v in versions)
        context.out.print(
            f"  {escape(_shown(path, context.store.root))}: "
            + escape(t("erasure.versions", lang, numbers=numbers)),
            highlight=False,
        )


def _print_leftovers(context: Context, result: ErasureResult) -> None:
    lang = context.lang
    for session_id in result.locked:
        context.error(t("maint.forget.locked", lang, id=session_id))
    for path in result.unreadable:
        context.error(t("maint.forget.unreadable", lang, path=printable(str(path))))
