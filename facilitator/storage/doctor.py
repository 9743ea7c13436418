"""A check of every file in the data folder, for `facilitator doctor`.

Nothing is changed: each file is read and classified, and what needs attention is reported with a
code (the command line words it) and the path. Errors and warnings make the folder unhealthy;
notes (a session open in a running instance, a copy set aside after a restore) do not.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.i18n import N_
from facilitator.storage.atomic import FILE_MODE, TEMP_SUFFIX, backup_path
from facilitator.storage.damage import check
from facilitator.storage.lock import LockHolder, lock_state, read_holder
from facilitator.storage.store import Store

ERROR = "error"
WARNING = "warning"
NOTE = "note"

#: What a finding can be, with the words for it; "damaged_restorable" is a damaged session
#: whose .bak is good.
CODES = {
    "damaged": N_("the file cannot be read and is left untouched; there is no readable backup"),
    "damaged_restorable": N_(
        "the file cannot be read and is left untouched; bring back "
        "its backup with 'facilitator restore {id}'"
    ),
    "newer_version": N_("written by a newer version of facilitator; update the program"),
    "bad_backup": N_("the backup cannot be read"),
    "orphan_backup": N_("backup without its file; 'facilitator restore {id}' brings it back"),
    "temp_file": N_(
        "left by a save that was cut short; the data file itself is whole. It can be deleted"
    ),
    "permissions": N_(
        "readable by others than the owner (personal data); change with 'chmod go-rwx'"
    ),
    "locked": N_("open in a running program"),
    "stale_lock": N_("lock left by a program that ended; it blocks nothing"),
    "set_aside": N_("damaged or replaced copy, kept when a backup was restored"),
    "unknown_file": N_("not a facilitator file; left alone"),
    "index_damaged": N_(
        "the search index (derived from the session files) cannot "
        "be used; it is rebuilt at the next list, or now with "
        "'facilitator reindex'"
    ),
}
#: Suffixes of copies kept aside on purpose (see `atomic.set_aside`).
_ASIDE_MARKERS = (".damaged-", ".replaced-")


@dataclass(frozen=True)
class Finding:
    path: Path
    level: str
    #: One of `CODES`.
    code: str
    detail: str = ""
    #: For a file that cannot be read: what is wrong (one of `damage.KINDS`).
    damage: str = ""
    #: For a lock: the program that holds it or last held it (said in the reader's language).
    holder: LockHolder | None = None


@dataclass
class Report:
    root: Path
    exists: bool = True
    #: Data files read (sessions, dialogues, backups, settings).
    checked: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not any(f.level in (ERROR, WARNING) for f in self.findings)

    def add(
        self,
        path: Path,
        level: str,
        code: str,
        detail: str = "",
        *,
        damage: str = "",
        holder: LockHolder | None = None,
    ) -> None:
        if code not in CODES:
            raise ValueError(f"unknown finding {code!r}")
        self.findings.append(Finding(path, level, code, detail, damage, holder))


def diagnose(store: Store, progress: Callable[[int, int], None] | None = None) -> Report:
    """Check every file under the store's folder; `progress(done, total)` after each data file."""
    report = Report(store.root, exists=store.root.is_dir())
    if not report.exists:
        return report
    _check_permissions(store.root, report)
    folders = {
        store.sessions_dir: "session",
        store.dialogues_dir: "dialogue",
        store.bookings_dir: "booking",
    }
    entries = [
        (path, kind)
        for folder, kind in folders.items()
        if folder.is_dir()
        for path in sorted(folder.iterdir())
    ]
    for done, (path, kind) in enumerate(entries, 1):
        _check_data_entry(store, path, kind, report)
        if progress is not None:
            progress(done, len(entries))
    if store.minutes_dir.is_dir():
        for path in sorted(store.minutes_dir.iterdir()):
            if _is_temp(path):
                report.add(path, WARNING, "temp_file")
    settings = (store.settings_path, backup_path(store.settings_path))
    tips = (store.tips_path, backup_path(store.tips_path))
    for path in sorted(store.root.iterdir()):
        if path in settings:
            _check_data_entry(store, path, "settings", report)
        elif path in tips or _is_temp(path) or _is_aside(path):
            _check_data_entry(store, path, "tips", report)
        elif path not in folders and path not in (store.minutes_dir, store.root / "erasures"):
            report.add(path, NOTE, "unknown_file")
    _check_index(store, report)
    return report


def _check_index(store: Store, report: Report) -> None:
    """The index is derived: damage is worth a warning (it costs a rebuild). That it lags behind
    the files is normal (it reads changed files at the next look) and not reported."""
    damage = store.index.damage()
    if damage is not None:
        report.add(store.index.path, WARNING, "index_damaged", damage)


def _check_permissions(root: Path, report: Report) -> None:
    """Data is personal: folders 0700, files 0600 (group and others get nothing)."""
    if os.name == "nt":  # pragma: no cover - Windows has no such mode bits
        return
    for path in [root, *sorted(root.rglob("*"))]:
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
        except OSError:
            continue
        if mode & 0o077:
            wanted = 0o700 if path.is_dir() else FILE_MODE
            report.add(path, WARNING, "permissions", f"{mode:04o} → {wanted:04o}")


def _check_data_entry(store: Store, path: Path, kind: str, report: Report) -> None:
    name = path.name
    if _is_temp(path):
        report.add(path, WARNING, "temp_file")
    elif _is_aside(path):
        report.add(path, NOTE, "set_aside")
    elif name.endswith(".json"):
        report.checked += 1
        damage = check(store, path, kind)
        if damage is not None:
            bak = backup_path(path)
            if damage == "newer_version":
                code = "newer_version"
            elif kind == "session" and bak.exists() and check(store, bak, kind) is None:
                code = "damaged_restorable"
            else:
                code = "damaged"
            report.add(path, ERROR, code, damage=damage)
    elif name.endswith(".json.bak"):
        report.checked += 1
        damage = check(store, path, kind)
        if damage is not None:
            report.add(path, WARNING, "bad_backup", damage=damage)
        elif not path.with_name(name[: -len(".bak")]).exists():
            report.add(path, WARNING, "orphan_backup")
    elif kind == "session" and name.endswith(".lock"):
        _check_lock(store, path, report)
    elif kind == "session" and name.endswith(".owner"):
        if not path.with_suffix(".lock").exists():
            report.add(path, NOTE, "stale_lock")
    else:
        report.add(path, NOTE, "unknown_file")


def _check_lock(store: Store, path: Path, report: Report) -> None:
    session_id = path.name[: -len(".lock")]
    try:
        held, holder = lock_state(store, session_id)
    except (LookupError, OSError) as error:
        report.add(path, WARNING, "unknown_file", str(error))
        return
    if held:
        report.add(path, NOTE, "locked", holder=holder)
        return
    stale = read_holder(path.with_suffix(".owner"))
    if stale is not None:
        report.add(path, NOTE, "stale_lock", holder=stale)


def _is_temp(path: Path) -> bool:
    """Left by a write that was cut short (temporary file, or backup being staged)."""
    name = path.name
    return (name.startswith(".") and name.endswith(TEMP_SUFFIX)) or name.endswith(".bak.new")


def _is_aside(path: Path) -> bool:
    return any(marker in path.name for marker in _ASIDE_MARKERS)
