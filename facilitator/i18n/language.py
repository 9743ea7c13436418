"""Texts that show a count (`key.one` / `key.other`, looked up with `tn`), the help screens, and
the command line's own words."""

STRINGS: dict[str, tuple[str, str]] = {}

# ------------------------------------------------------------------ texts that show a count
STRINGS.update(
    {
        "prep.cli.created.one": (
            "Skapade {title} ({id}) med 1 fråga.",
            "Created {title} ({id}) with 1 question.",
        ),
        "prep.cli.created.other": (
            "Skapade {title} ({id}) med {count} frågor.",
            "Created {title} ({id}) with {count} questions.",
        ),
        "prep.cli.import.summary.one": (
            "1 fråga importerad ({source}, {encoding}); dialogen har nu {total}.",
            "1 question imported ({source}, {encoding}); the dialogue now has {total}.",
        ),
        "prep.cli.import.summary.other": (
            "{count} frågor importerade ({source}, {encoding}); dialogen har nu {total}.",
            "{count} questions imported ({source}, {encoding}); the dialogue now has {total}.",
        ),
        "maint.doctor.healthy.one": (
            "Allt i ordning: 1 fil lästes i {path}.",
            "All is well: 1 file read in {path}.",
        ),
        "maint.doctor.healthy.other": (
            "Allt i ordning: {count} filer lästes i {path}.",
            "All is well: {count} files read in {path}.",
        ),
        "maint.doctor.unhealthy.one": (
            "Något behöver åtgärdas (1 fil lästes i {path}).",
            "Something needs attention (1 file read in {path}).",
        ),
        "maint.doctor.unhealthy.other": (
            "Något behöver åtgärdas ({count} filer lästes i {path}).",
            "Something needs attention ({count} files read in {path}).",
        ),
        "maint.restore.confirm.one": (
            "Återställa {id} ({supplier}, 1 loggad post) från säkerhetskopian? "
            "Nuvarande fil sparas bredvid.",
            "Restore {id} ({supplier}, 1 log entry) from its backup? The current "
            "file is kept beside it.",
        ),
        "maint.restore.confirm.other": (
            "Återställa {id} ({supplier}, {count} loggade poster) från säkerhetskopian? "
            "Nuvarande fil sparas bredvid.",
            "Restore {id} ({supplier}, {count} log entries) from its backup? The current "
            "file is kept beside it.",
        ),
        "maint.delete.confirm.one": (
            "Radera sessionen {id} {what} och dess enda fil för gott?",
            "Delete session {id} {what} and its only file for good?",
        ),
        "maint.delete.confirm.other": (
            "Radera sessionen {id} {what} och alla dess {count} filer för gott?",
            "Delete session {id} {what} and all its {count} files for good?",
        ),
        "maint.delete.done.one": (
            "Sessionen {id} är raderad (1 fil).",
            "Session {id} is deleted (1 file).",
        ),
        "maint.delete.done.other": (
            "Sessionen {id} är raderad ({count} filer).",
            "Session {id} is deleted ({count} files).",
        ),
        "ui.prep.export.done.one": (
            "1 fråga exporterad till {path}",
            "1 question exported to {path}",
        ),
        "ui.prep.export.done.other": (
            "{count} frågor exporterade till {path}",
            "{count} questions exported to {path}",
        ),
        "ui.prep.import.summary.one": (
            "1 fråga hittad (läst som {source}, {encoding})",
            "1 question found (read as {source}, {encoding})",
        ),
        "ui.prep.import.summary.other": (
            "{count} frågor hittade (läst som {source}, {encoding})",
            "{count} questions found (read as {source}, {encoding})",
        ),
        "ui.prep.import.done.one": (
            "1 fråga importerad till {title}.",
            "1 question imported into {title}.",
        ),
        "ui.prep.import.done.other": (
            "{count} frågor importerade till {title}.",
            "{count} questions imported into {title}.",
        ),
        "ui.prep.booking.filled.one": (
            "Ifyllt från inbjudan (1 kontaktperson tillagd). Kontrollera och spara.",
            "Filled in from the invite (1 contact added). Check and save.",
        ),
        "ui.prep.booking.filled.other": (
            "Ifyllt från inbjudan ({count} kontaktpersoner tillagda). Kontrollera och spara.",
            "Filled in from the invite ({count} contacts added). Check and save.",
        ),
    }
)
