"""Strings of the minutes (every format) and the `minutes` command."""

STRINGS: dict[str, tuple[str, str]] = {
    "minutes.title": ("Minnesanteckningar: {title}", "Minutes: {title}"),
    "minutes.draft": ("Utkast, inte fastställt", "Draft, not finalised"),
    "minutes.draft_correction": (
        "Utkast till version {version} (rättelse av fastställd version {previous})",
        "Draft of version {version} (correction of finalised version {previous})",
    ),
    "minutes.final": (
        "Version {version}, fastställd {date} kl. {time}",
        "Version {version}, finalised {date} at {time}",
    ),
    "minutes.replaces": (
        "Ersätter version {version}, fastställd {date} kl. {time}.",
        "Replaces version {version}, finalised {date} at {time}.",
    ),
    "minutes.public_notice": (
        "Offentlig version: uppgifter som omfattas av sekretess har undantagits.",
        "Public version: confidential information has been withheld.",
    ),
    "minutes.internal_notice": (
        "Intern version: innehåller uppgifter markerade som sekretess.",
        "Internal version: contains information marked confidential.",
    ),
    "minutes.withheld": ("[Uppgift undantagen, sekretess]", "[Withheld: confidential]"),
    "minutes.confidential": ("Sekretessmarkerad", "Confidential"),
    "minutes.reason": ("Leverantörens skäl", "Supplier's reason"),
    # About the meeting
    "minutes.section.meeting": ("Om mötet", "About the meeting"),
    "minutes.dialogue": ("Dialog", "Dialogue"),
    "minutes.reference": ("Diarienummer", "Reference number"),
    "minutes.purpose": ("Syfte med dialogen", "Purpose of the dialogue"),
    "minutes.organisation": ("Organisation", "Organisation"),
    "minutes.supplier": ("Leverantör", "Supplier"),
    "minutes.date": ("Datum", "Date"),
    "minutes.start": ("Start", "Start"),
    "minutes.end": ("Slut", "End"),
    "minutes.length": ("Längd", "Length"),
    "minutes.length_value": (
        "{length} (planerat {planned})",
        "{length} (planned {planned})",
    ),
    "minutes.format": ("Mötesform", "Format"),
    "minutes.timezone": ("Tidszon", "Time zone"),
    "minutes.not_recorded": ("Inte angivet", "Not recorded"),
    # Participants
    "minutes.section.participants": ("Deltagare", "Participants"),
    "minutes.no_participants": ("Inga deltagare antecknade.", "No participants recorded."),
    "minutes.no_organisation": ("Organisation inte angiven", "Organisation not given"),
    # Opening statements
    "minutes.section.opening": ("Inledande information", "Opening statements"),
    "minutes.opening_intro": (
        "Följande sades vid mötets början:",
        "The following was said at the start of the meeting:",
    ),
    "minutes.no_opening": (
        "Ingen inledande information antecknad.",
        "No opening statements recorded.",
    ),
    # Questions
    "minutes.section.discussed": ("Diskuterade frågor", "Questions discussed"),
    "minutes.no_discussed": ("Inga frågor diskuterades.", "No questions were discussed."),
    "minutes.question_heading": ("{number}. {text}", "{number}. {text}"),
    "minutes.theme": ("Tema", "Theme"),
    "minutes.time_used": ("Tid", "Time"),
    "minutes.time_of_box": ("{used} av {box}", "{used} of {box}"),
    "minutes.time_over": ("{used} av {box}, {over} över", "{used} of {box}, {over} over"),
    "minutes.notes": ("Anteckningar", "Notes"),
    "minutes.no_notes": ("Inga anteckningar.", "No notes."),
    "minutes.section.undiscussed": ("Frågor som inte diskuterades", "Questions not discussed"),
    "minutes.none_undiscussed": (
        "Alla frågor diskuterades.",
        "All questions were discussed.",
    ),
    "minutes.skipped": ("hoppades över", "skipped"),
    "minutes.not_reached": ("hanns inte med", "not reached"),
    "minutes.section.other_notes": ("Övriga anteckningar", "Other notes"),
    # Log
    "minutes.section.mismatches": (
        "Mismatch och framtida behov",
        "Mismatches and future needs",
    ),
    "minutes.no_mismatches": ("Ingen mismatch antecknad.", "No mismatches recorded."),
    "minutes.future_needs": ("Framtida behov", "Future needs"),
    "minutes.section.tips": ("Tips som lämnades", "Tips given"),
    "minutes.no_tips": ("Inga tips antecknade.", "No tips recorded."),
    "minutes.section.insights": ("Marknadsinsikter", "Market insights"),
    "minutes.no_insights": ("Inga marknadsinsikter antecknade.", "No market insights recorded."),
    "minutes.section.actions": ("Åtgärder", "Actions"),
    "minutes.no_actions": ("Inga åtgärder antecknade.", "No actions recorded."),
    "minutes.section.information": ("Lämnad information", "Information given"),
    "minutes.no_information": (
        "Ingen information till leverantören antecknad.",
        "No information given to the supplier recorded.",
    ),
    "minutes.owner": ("Ansvarig", "Owner"),
    "minutes.due": ("Klart senast", "Due"),
    "minutes.under_question": ("Fråga {number}", "Question {number}"),
    # Closing
    "minutes.written_by": (
        "Antecknat av {author} den {date} kl. {time}.",
        "Minutes taken by {author} on {date} at {time}.",
    ),
    "minutes.written_at": (
        "Antecknat den {date} kl. {time}.",
        "Minutes taken on {date} at {time}.",
    ),
    "minutes.changed_at": (
        "Senast ändrade den {date} kl. {time}.",
        "Last changed on {date} at {time}.",
    ),
    # Durations
    "minutes.duration.hm": ("{h} tim {m} min", "{h} h {m} min"),
    "minutes.duration.m": ("{m} min", "{m} min"),
    "minutes.duration.under_minute": ("under 1 min", "under 1 min"),
    # Command line
    "minutes.cli.written": ("Skrev {path}", "Wrote {path}"),
    "minutes.cli.cannot_write": (
        "kan inte skriva {path}: {reason}",
        "cannot write {path}: {reason}",
    ),
    "minutes.cli.finalised": (
        "Minnesanteckningarna är fastställda som version {version}.",
        "The minutes are finalised as version {version}.",
    ),
    "minutes.cli.not_finished": (
        "mötet har inte avslutats; avsluta det innan anteckningarna fastställs",
        "the meeting has not ended; end it before finalising the minutes",
    ),
}

#: Month names, January first, as used in dates ("24 november 2026", "24 November 2026").
MONTHS: dict[str, tuple[str, ...]] = {
    "sv": tuple(
        "januari februari mars april maj juni juli augusti september oktober november "
        "december".split()
    ),
    "en": tuple(
        "January February March April May June July August September October November "
        "December".split()
    ),
}
