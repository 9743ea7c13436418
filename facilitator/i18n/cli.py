STRINGS: dict[str, tuple[str, str]] = {}

# ---------------------------------------------------------------- preparing dialogues ("prep.")
STRINGS.update(
    {
        "prep.cli.ambiguous": (
            "Id:t \u201d{id}\u201d är tvetydigt: det passar {ids}.",
            "The id \u201c{id}\u201d is ambiguous: it matches {ids}.",
        ),
        "prep.cli.no_dialogue": (
            "Ingen dialog med id \u201d{id}\u201d (se \u201dfacilitator dialogues\u201d).",
            "No dialogue with id \u201c{id}\u201d (see \u201cfacilitator dialogues\u201d).",
        ),
        "prep.cli.no_booking": (
            "Ingen bokning med id \u201d{id}\u201d (se \u201dfacilitator bookings\u201d).",
            "No booking with id \u201c{id}\u201d (see \u201cfacilitator bookings\u201d).",
        ),
        "prep.cli.damaged": (
            "{path} kan inte läsas: {reason}",
            "{path} cannot be read: {reason}",
        ),
        "prep.cli.save_failed": ("Kunde inte spara: {reason}", "Could not save: {reason}"),
        "prep.cli.no_supplier": ("Ange leverantörens namn.", "Give the supplier's name."),
        "prep.cli.start_needs_dialogue": (
            "Ange vilken dialog mötet gäller: facilitator start DIALOG --supplier NAMN",
            "Say which dialogue the meeting is about: facilitator start DIALOGUE --supplier NAME",
        ),
        "prep.cli.booking_started": (
            "Mötet är redan startat (session {session}).",
            "The meeting has already been started (session {session}).",
        ),
        "prep.cli.bad_time": (
            "\u201d{value}\u201d är ingen tid; skriv t.ex. 2026-03-12T10:00.",
            "\u201c{value}\u201d is not a time; write e.g. 2026-03-12T10:00.",
        ),
        "prep.cli.booked": (
            "Bokat {when} med {supplier} (bokning {id}).",
            "Booked {when} with {supplier} (booking {id}).",
        ),
        "prep.cli.no_title": ("Ange en titel.", "Give a title."),
        "prep.cli.dialogues.title": ("Dialoger i {path}", "Dialogues in {path}"),
        "prep.cli.bookings.title": ("Dagens och kommande möten", "Today's and upcoming meetings"),
        "prep.cli.bookings.empty": ("Inga bokade möten.", "No booked meetings."),
        "prep.cli.tips.title": ("Tipsbiblioteket", "The tips library"),
        "prep.cli.import.title": ("Importerat till {title} ({id})", "Imported into {title} ({id})"),
        "prep.cli.import.purpose_found": ("Syftestext hittades.", "Purpose text found."),
        "prep.cli.import.no_purpose": ("Ingen syftestext hittades.", "No purpose text found."),
        "prep.cli.col.id": ("Id", "Id"),
        "prep.cli.col.title": ("Titel", "Title"),
        "prep.cli.col.reference": ("Diarienummer", "Reference"),
        "prep.cli.col.questions": ("Frågor", "Questions"),
        "prep.cli.col.sessions": ("Möten", "Sessions"),
        "prep.cli.col.theme": ("Tema", "Theme"),
        "prep.cli.col.when": ("När", "When"),
        "prep.cli.col.supplier": ("Leverantör", "Supplier"),
        "prep.cli.col.dialogue": ("Dialog", "Dialogue"),
        "prep.cli.col.format": ("Form", "Format"),
        "prep.cli.col.contacts": ("Kontaktpersoner", "Contacts"),
        "prep.cli.col.tip": ("Tips", "Tip"),
        "prep.cli.col.given": ("Givet", "Given"),
        "prep.warn.purpose_kept": (
            "Dialogen har redan en syftestext; den importerade användes inte.",
            "The dialogue already has a purpose text; the imported one was not used.",
        ),
        "prep.md.untitled": ("Dialog utan titel", "Untitled dialogue"),
        "prep.md.reference": ("Diarienummer", "Reference"),
        "prep.md.purpose": ("Syfte", "Purpose"),
        "prep.error.empty": ("Filen är tom.", "The file is empty."),
        "prep.error.binary": (
            "Filen är inte text. Spara frågorna som Markdown, text eller webbsida (HTML).",
            "The file is not text. Save the questions as Markdown, text or a web page (HTML).",
        ),
        "prep.error.binary_zip": (
            "Det här är en zip-fil. Frågor kan importeras från Word (.docx), Markdown, text "
            "eller webbsida (HTML).",
            "This is a zip file. Questions can be imported from Word (.docx), Markdown, text "
            "or a web page (HTML).",
        ),
        "prep.error.binary_doc": (
            "Det här är ett äldre Word-dokument (.doc). Spara det som webbsida (HTML) och "
            "importera den filen.",
            "This is an old Word document (.doc). Save it as a web page (HTML) and import "
            "that file.",
        ),
        "prep.error.binary_pdf": (
            "PDF kan inte importeras. Kopiera frågorna till en textfil eller spara "
            "originalet som webbsida (HTML).",
            "PDF cannot be imported. Copy the questions into a text file or save the original "
            "as a web page (HTML).",
        ),
        "prep.error.binary_rtf": (
            "RTF kan inte importeras. Spara dokumentet som webbsida (HTML) eller text.",
            "RTF cannot be imported. Save the document as a web page (HTML) or text.",
        ),
        "prep.error.binary_image": (
            "Filen är en bild. Frågor kan importeras från Markdown, text eller HTML.",
            "The file is an image. Questions can be imported from Markdown, text or HTML.",
        ),
        "prep.error.too_large": (
            "{path} är {mb} MB, för stor för att vara en frågelista.",
            "{path} is {mb} MB, too large to be a question list.",
        ),
        "prep.error.not_found": ("Filen {path} finns inte.", "The file {path} does not exist."),
        "prep.error.is_dir": ("{path} är en mapp, inte en fil.", "{path} is a folder, not a file."),
        "prep.error.unreadable": (
            "Filen {path} kan inte läsas: {reason}",
            "The file {path} cannot be read: {reason}",
        ),
        "prep.error.no_questions": (
            "Inga frågor hittades i {name}. Skriv frågorna som en lista (en fråga per rad) "
            "under rubriker som Behov, Marknad och Förutsättningar för affären.",
            "No questions were found in {name}. Write the questions as a list (one question a "
            "line) under headings such as Needs, Market and Conditions for the deal.",
        ),
        "prep.error.is_calendar": (
            "Det här är en kalenderinbjudan, inte en frågelista. Använd den för att fylla i "
            "en bokning (facilitator book DIALOG --supplier NAMN --ics FIL).",
            "This is a calendar invite, not a question list. Use it to fill in a booking "
            "(facilitator book DIALOGUE --supplier NAME --ics FILE).",
        ),
        "prep.error.ics_too_large": (
            "{path} är för stor för att vara en mötesinbjudan.",
            "{path} is too large to be a meeting invite.",
        ),
        "prep.error.ics_not_calendar": (
            "Filen är ingen kalenderfil (.ics).",
            "The file is not a calendar file (.ics).",
        ),
        "prep.error.ics_no_event": (
            "Kalenderfilen innehåller inget möte.",
            "The calendar file holds no meeting.",
        ),
        "prep.error.ics_no_start": (
            "Mötet i kalenderfilen saknar starttid.",
            "The meeting in the calendar file has no start time.",
        ),
        "prep.error.ics_bad_time": (
            "Tiden {value} i kalenderfilen kan inte läsas.",
            "The time {value} in the calendar file cannot be read.",
        ),
        "prep.warn.ics_several": (
            "Kalenderfilen innehåller {count} möten; det första användes.",
            "The calendar file holds {count} meetings; the first one was used.",
        ),
        "prep.warn.ics_recurring": (
            "Mötet är återkommande; första tillfället användes.",
            "The meeting recurs; its first occurrence was used.",
        ),
        "prep.warn.ics_cancelled": (
            "Inbjudan är en avbokning.",
            "The invite is a cancellation.",
        ),
        "prep.warn.ics_zone": (
            "Tidszonen {zone} är okänd; tiden lästes som {default}.",
            "The time zone {zone} is unknown; the time was read as {default}.",
        ),
        "prep.warn.ics_all_day": (
            "Mötet är ett heldagsmöte; klockslaget sattes till 09.00.",
            "The meeting is an all-day event; the time was set to 09:00.",
        ),
        "prep.warn.wrong_charset": (
            "Filen säger att den är {charset} men är inte det; tecknen lästes på annat sätt.",
            "The file says it is {charset} but is not; its characters were read another way.",
        ),
        "prep.warn.skipped_list": (
            "Listan under \u201d{heading}\u201d hoppades över: den innehåller inga frågor.",
            "The list under \u201c{heading}\u201d was skipped: it holds no questions.",
        ),
        "prep.warn.unthemed": (
            "Rubriker som inte anger något tema (frågorna lades under Övrigt): {headings}",
            "Headings that name no theme (their questions were put under Other): {headings}",
        ),
        "prep.warn.no_lists": (
            "Inga listor hittades: stycken som slutar med frågetecken togs som frågor.",
            "No lists were found: paragraphs ending with a question mark were taken as questions.",
        ),
    }
)

# ---------------------------------------------------------------- sessions ("cli.")
STRINGS.update(
    {
        "cli.list.title": ("Möten i {path}", "Meetings in {path}"),
        "cli.list.empty": ("Inga möten i {path} än.", "No meetings in {path} yet."),
        "cli.list.col.id": ("Id", "Id"),
        "cli.list.col.dialogue": ("Dialog", "Dialogue"),
        "cli.list.col.supplier": ("Leverantör", "Supplier"),
        "cli.list.col.status": ("Status", "Status"),
        "cli.list.col.when": ("Tid", "When"),
    }
)

# ------------------------------------------------ looking after the data folder ("maint.")
STRINGS.update(
    {
        "maint.yes_no": ("j/N", "y/N"),
        "maint.cancelled": ("Avbrutet, inget ändrades.", "Cancelled, nothing was changed."),
        "maint.someone": ("ett annat program", "another program"),
        "maint.in_use": (
            "Sessionen {id} är öppen hos {who}. Stäng den där först.",
            "Session {id} is open in {who}. Close it there first.",
        ),
        "maint.level.error": ("Fel", "Error"),
        "maint.level.warning": ("Varning", "Warning"),
        "maint.level.note": ("Info", "Note"),
        "maint.doctor.title": ("Datamappen {path}", "Data folder {path}"),
        "maint.doctor.col.level": ("Nivå", "Level"),
        "maint.doctor.col.file": ("Fil", "File"),
        "maint.doctor.col.finding": ("Vad", "Finding"),
        "maint.doctor.no_folder": (
            "Datamappen {path} finns inte än; inget att kontrollera.",
            "The data folder {path} does not exist yet; nothing to check.",
        ),
        "maint.doctor.damaged": (
            "filen går inte att läsa och lämnas orörd; det finns ingen läsbar säkerhetskopia",
            "the file cannot be read and is left untouched; there is no readable backup",
        ),
        "maint.doctor.damaged_restorable": (
            "filen går inte att läsa och lämnas orörd; ta tillbaka säkerhetskopian med "
            "'facilitator restore {id}'",
            "the file cannot be read and is left untouched; bring back its backup with "
            "'facilitator restore {id}'",
        ),
        "maint.doctor.newer_version": (
            "skriven av en nyare version av facilitator; uppdatera programmet",
            "written by a newer version of facilitator; update the program",
        ),
        "maint.doctor.bad_backup": (
            "säkerhetskopian går inte att läsa",
            "the backup cannot be read",
        ),
        "maint.doctor.orphan_backup": (
            "säkerhetskopia utan fil; 'facilitator restore {id}' tar tillbaka den",
            "backup without its file; 'facilitator restore {id}' brings it back",
        ),
        "maint.doctor.temp_file": (
            "rest av en avbruten sparning; själva filen är hel. Filen kan tas bort",
            "left by a save that was cut short; the data file itself is whole. It can be deleted",
        ),
        "maint.doctor.permissions": (
            "fler än ägaren kan läsa den (personuppgifter); ändra med 'chmod go-rwx'",
            "readable by others than the owner (personal data); change with 'chmod go-rwx'",
        ),
        "maint.doctor.locked": ("öppen i ett program som körs", "open in a running program"),
        "maint.doctor.stale_lock": (
            "lås efter ett program som avslutats; det hindrar inget",
            "lock left by a program that ended; it blocks nothing",
        ),
        "maint.doctor.set_aside": (
            "skadad eller ersatt kopia, sparad vid en återställning",
            "damaged or replaced copy, kept when a backup was restored",
        ),
        "maint.doctor.unknown_file": (
            "inte en fil från facilitator; lämnas orörd",
            "not a facilitator file; left alone",
        ),
        "maint.restore.no_backup": (
            "Sessionen {id} har ingen säkerhetskopia.",
            "Session {id} has no backup.",
        ),
        "maint.restore.bad_backup": (
            "Säkerhetskopian av {id} går inte heller att läsa: {reason}",
            "The backup of {id} cannot be read either: {reason}",
        ),
        "maint.restore.done": (
            "Sessionen {id} är återställd från säkerhetskopian.",
            "Session {id} is restored from its backup.",
        ),
        "maint.delete.failed": (
            "Sessionen {id} kunde inte raderas helt: {reason}",
            "Session {id} could not be deleted completely: {reason}",
        ),
        "maint.forget.empty": ("Ange ett namn med --person.", "Give a name with --person."),
        "maint.forget.placeholder": ("[namn borttaget]", "[name removed]"),
        "maint.forget.none": (
            "Namnet {name} finns inte i datamappen.",
            "The name {name} is not in the data folder.",
        ),
        "maint.forget.confirm": (
            "Ersätta {name} med {replacement} på {places} i {files}? "
            "Det går inte att ångra.",
            "Replace {name} with {replacement} in {places} in {files}? This cannot "
            "be undone.",
        ),
        "maint.forget.done": (
            "{name} är borttaget på {places} i {files}.",
            "{name} is removed in {places} in {files}.",
        ),
        "maint.forget.locked": (
            "Sessionen {id} är öppen i ett program som körs och ändrades inte; stäng den och "
            "kör kommandot igen.",
            "Session {id} is open in a running program and was not changed; close it and run "
            "the command again.",
        ),
        "maint.forget.unreadable": (
            "{path} går inte att läsa och kan innehålla namnet; radera eller rätta den för hand.",
            "{path} cannot be read and may contain the name; delete or correct it by hand.",
        ),
    }
)
