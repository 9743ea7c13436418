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
        "count.places.one": ("1 ställe", "1 place"),
        "count.places.other": ("{count} ställen", "{count} places"),
        "count.files.one": ("1 fil", "1 file"),
        "count.files.other": ("{count} filer", "{count} files"),
        "records.forget.will_remove.one": (
            "1 fil som inte kan redigeras (minnesanteckningar i DOCX, en rest av en avbruten "
            "skrivning) tas bort; minnesanteckningarna kan skrivas ut igen från mötet.",
            "1 file that cannot be edited (minutes in DOCX, a leftover of a cut-short write) "
            "is removed; the minutes can be written again from the meeting.",
        ),
        "records.forget.will_remove.other": (
            "{count} filer som inte kan redigeras (minnesanteckningar i DOCX, rester av avbrutna "
            "skrivningar) tas bort; minnesanteckningarna kan skrivas ut igen från mötet.",
            "{count} files that cannot be edited (minutes in DOCX, leftovers of cut-short writes) "
            "are removed; the minutes can be written again from the meeting.",
        ),
        "records.forget.done_removed.one": (
            "1 fil som höll namnet togs bort.",
            "1 file that held the name was removed.",
        ),
        "records.forget.done_removed.other": (
            "{count} filer som höll namnet togs bort.",
            "{count} files that held the name were removed.",
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

# ------------------------------------------- why the system refused (errno names, `os_reason`)
STRINGS.update(
    {
        "oserror.ENOENT": ("filen eller mappen finns inte", "no such file or folder"),
        "oserror.EACCES": ("åtkomst nekas", "permission denied"),
        "oserror.EPERM": ("åtgärden är inte tillåten", "operation not permitted"),
        "oserror.ENOSPC": ("disken är full", "the disk is full"),
        "oserror.EDQUOT": ("diskkvoten är slut", "the disk quota is used up"),
        "oserror.EROFS": ("skrivskyddad disk", "read-only file system"),
        "oserror.EISDIR": ("det är en mapp", "it is a folder"),
        "oserror.ENOTDIR": ("en del av sökvägen är ingen mapp", "part of the path is not a folder"),
        "oserror.EEXIST": ("finns redan", "already exists"),
        "oserror.EBUSY": ("används av ett annat program", "in use by another program"),
        "oserror.ENAMETOOLONG": ("namnet är för långt", "the name is too long"),
        "oserror.EIO": ("läs- eller skrivfel på disken", "input/output error on the disk"),
    }
)

# ------------------------------------------------------------ the command line's errors
STRINGS.update(
    {
        "cli.session.ambiguous": (
            "Mötes-id:t \u201d{id}\u201d är tvetydigt: det passar {ids}.",
            "The session id \u201c{id}\u201d is ambiguous: it matches {ids}.",
        ),
        "cli.session.unknown": (
            "Inget möte med id \u201d{id}\u201d i {path} (se \u201dfacilitator list\u201d).",
            "No session with id \u201c{id}\u201d in {path} (see \u201cfacilitator list\u201d).",
        ),
        "cli.data_dir.cannot_create": (
            "Datamappen {path} kan inte skapas: {reason}",
            "Cannot create the data folder {path}: {reason}",
        ),
        "cli.data_dir.not_a_folder": (
            "Datamappen {path} är ingen mapp.",
            "The data folder {path} is not a folder.",
        ),
        "cli.data_dir.cannot_write": (
            "Det går inte att skriva i datamappen {path}: {reason}",
            "Cannot write in the data folder {path}: {reason}",
        ),
    }
)

# ------------------------------------------ the command line: help texts and argparse's words
# Keyed on the English text (`argparse:<text>`), as the commands and argparse write it.
_ARGPARSE_SV: dict[str, str] = {
    # argparse's own words
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "optional arguments": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "okända argument: %s",
    "the following arguments are required: %s": "följande argument krävs: %s",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ogiltigt värde (%(type)s): %(value)r",
    "expected one argument": "ett värde väntades",
    "expected at most one argument": "högst ett värde väntades",
    "expected at least one argument": "minst ett värde väntades",
    "expected %s argument": "%s värde väntades",
    "expected %s arguments": "%s värden väntades",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig flagga: %(option)s kan vara %(matches)s"
    ),
    "not allowed with argument %s": "inte tillåtet tillsammans med %s",
    "ignored explicit argument %r": "värdet %r ignorerades",
    "unexpected option string: %s": "oväntad flagga: %s",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
    "maybe you meant %(closest)r?": "menade du %(closest)r?",
    # names of values
    "COMMAND": "KOMMANDO",
    "DIR": "MAPP",
    "FILE": "FIL",
    "NAME": "NAMN",
    "TEXT": "TEXT",
    "TITLE": "TITEL",
    "DIALOGUE": "DIALOG",
    "SESSION": "SESSION",
    "ORG": "ORGANISATION",
    "ISO": "TID",
    "ID": "ID",
    # the program
    "Lead a supplier dialogue meeting and hand over the minutes when it ends.": (
        "Led ett dialogmöte med en leverantör och lämna över minnesanteckningarna när det "
        "slutar."
    ),
    "data folder (default: $FACILITATOR_DATA, ./sessions if present, or the user folder)": (
        "datamapp (annars $FACILITATOR_DATA, ./sessions om den finns, eller användarens mapp)"
    ),
    "language of screens and minutes (default: locale)": (
        "språk för skärmar och minnesanteckningar (annars datorns språkinställning)"
    ),
    # sessions
    "open a new meeting on the built-in demo dialogue": (
        "öppna ett nytt möte med den inbyggda demodialogen"
    ),
    "supplier (default: Exempel Bygg AB)": "leverantör (annars Exempel Bygg AB)",
    "list the sessions in the data folder": "lista mötena i datamappen",
    "print JSON for scripts": "skriv JSON för skript",
    # minutes
    "write a meeting's minutes (Markdown, HTML, DOCX or text)": (
        "skriv ett mötes minnesanteckningar (Markdown, HTML, DOCX eller text)"
    ),
    "Write the minutes of a meeting. Text formats go to standard output unless -o is given; "
    "DOCX goes to a file named after the dialogue in the current folder.": (
        "Skriv minnesanteckningarna från ett möte. Textformat skrivs till standard ut om inte "
        "-o anges; DOCX skrivs till en fil med dialogens namn i aktuell mapp."
    ),
    "session id (a unique beginning is enough)": "mötets id (en entydig början räcker)",
    "output format (default: md)": "format (annars md)",
    "output format (default: from the -o file's extension, else md)": (
        "format (annars efter filändelsen i -o, eller md)"
    ),
    "replace the output file if it exists already": "ersätt utfilen om den redan finns",
    "list every key by id, with the keymap file that changes them": (
        "lista alla tangenter med id, och tangentfilen som ändrar dem"
    ),
    "language of the minutes (default: the global --lang, else the locale)": (
        "minnesanteckningarnas språk (annars det globala --lang, eller datorns språkinställning)"
    ),
    "public version: everything marked confidential is withheld": (
        "offentlig version: allt som är sekretessmarkerat utelämnas"
    ),
    "file to write (a folder: a file named after the dialogue in it; '-': stdout)": (
        "fil att skriva (en mapp: en fil med dialogens namn i den; '-': standard ut)"
    ),
    "finalise the minutes as their next version first (the meeting must have ended)": (
        "fastställ först minnesanteckningarna som nästa version (mötet måste vara avslutat)"
    ),
    "who wrote the minutes (with --finalise)": (
        "vem som skrev minnesanteckningarna (med --finalise)"
    ),
    # looking after the data folder
    "check every file in the data folder": "kontrollera varje fil i datamappen",
    "bring back a session's last good copy (the damaged file is kept)": (
        "ta tillbaka ett mötes senaste hela kopia (den skadade filen sparas)"
    ),
    "session id (or its start)": "mötets id (eller dess början)",
    "do not ask for confirmation": "fråga inte först",
    "delete a session with its backup, lock and minutes": (
        "radera ett möte med säkerhetskopia, lås och minnesanteckningar"
    ),
    "remove a person's name from every session, dialogue and minutes (GDPR erasure)": (
        "ta bort en persons namn ur alla möten, dialoger och minnesanteckningar (radering "
        "enligt GDPR)"
    ),
    "the name as written; run again for other forms (first name only, nickname)": (
        "namnet som det är skrivet; kör igen för andra former (bara förnamn, smeknamn)"
    ),
    "what the name becomes": "vad namnet ersätts med",
    # preparing dialogues
    "list the dialogues and their questions": "lista dialogerna och deras frågor",
    "print a dialogue's themes and questions": "skriv ut en dialogs teman och frågor",
    "dialogue id (or its beginning)": "dialogens id (eller dess början)",
    "import questions from Markdown, text or HTML (Word or LibreOffice saved as HTML)": (
        "importera frågor från Markdown, text eller HTML (Word eller LibreOffice sparat som "
        "HTML)"
    ),
    "add the questions to this dialogue": "lägg till frågorna i den här dialogen",
    "create a new dialogue with this title": "skapa en ny dialog med den här titeln",
    "create a dialogue from a previous one or from the built-in starter questions": (
        "skapa en dialog från en tidigare eller från de inbyggda startfrågorna"
    ),
    "copy this dialogue": "kopiera den här dialogen",
    "the starter questions in Swedish or English": "startfrågorna på svenska eller engelska",
    "open the meeting screen for a new session": "öppna mötesskärmen för ett nytt möte",
    "dialogue id": "dialogens id",
    "the supplier's organisation": "leverantörens organisation",
    "start a booked meeting": "starta ett bokat möte",
    "book a meeting with a supplier that signed up": (
        "boka ett möte med en leverantör som anmält sig"
    ),
    "the supplier's name": "leverantörens namn",
    "date and time, e.g. 2026-03-12T10:00": "datum och tid, t.ex. 2026-03-12T10:00",
    "take time and people from an invite": "ta tid och deltagare från en mötesinbjudan",
    "list today's and upcoming meetings": "lista dagens och kommande möten",
    "build the search index again from the session files": (
        "bygg sökindexet på nytt från mötesfilerna"
    ),
    "import questions from Word (.docx), Markdown, text or HTML (a web page, or Word or "
    "LibreOffice saved as one)": (
        "importera frågor från Word (.docx), Markdown, text eller HTML (en webbsida, eller Word "
        "eller LibreOffice sparat som en)"
    ),
    "attach a Teams transcript (.vtt or .docx) to a meeting": (
        "koppla en transkribering från Teams (.vtt eller .docx) till ett möte"
    ),
    "search notes and log entries of every meeting": (
        "sök i anteckningar och loggade poster från alla möten"
    ),
    "the future needs register: every mismatch's future needs": (
        "registret över framtida behov: varje mismatchs framtida behov"
    ),
    "actions of every meeting with owner and due date, overdue first": (
        "åtgärder från alla möten med ansvarig och datum, försenade först"
    ),
    "which questions work, lessons about the format, dialogue time per year": (
        "vilka frågor som fungerar, lärdomar om formatet, dialogtid per år"
    ),
    "write an e-mail draft (.eml) with the minutes and the DOCX attached; nothing is sent": (
        "skriv ett e-postutkast (.eml) med minnesanteckningarna och DOCX-filen bifogad; inget "
        "skickas"
    ),
    "Attach a Teams transcript to a meeting: its lines are lined up with the questions by time "
    "and shown in the wrap-up beside the notes. They never go into the minutes unless copied into "
    "the notes; the minutes say that a transcript exists and that the supplier consented to the "
    "recording.": (
        "Koppla en transkribering från Teams till ett möte: raderna ställs mot frågorna efter tid "
        "och visas i efterarbetet bredvid anteckningarna. De kommer aldrig med i "
        "minnesanteckningarna om de inte kopieras till anteckningarna; minnesanteckningarna "
        "säger att en transkribering finns och att leverantören samtyckt till inspelningen."
    ),
    "session id (a unique beginning)": "mötets id (en entydig början)",
    "the transcript (.vtt or .docx)": "transkriberingen (.vtt eller .docx)",
    "the supplier consented to the recording (do not ask)": (
        "leverantören har samtyckt till inspelningen (fråga inte)"
    ),
    "when the recording started, in the meeting's time zone (default: when the meeting clock "
    "first started)": (
        "när inspelningen började, i mötets tidszon (annars när mötesklockan först startade)"
    ),
    "HH:MM[:SS]": "TT:MM[:SS]",
    "words to find (or their start)": "ord att hitta (eller deras början)",
    "WORDS": "ORD",
    "only this dialogue (id or its start)": "bara den här dialogen (id eller dess början)",
    "only suppliers whose name has NAME": "bara leverantörer vars namn innehåller NAMN",
    "only notes or entries of this kind": "bara anteckningar eller poster av det här slaget",
    "only meetings from DATE on": "bara möten från DATUM och framåt",
    "DATE": "DATUM",
    "the register as a document (DOCX to a file)": "registret som dokument (DOCX till en fil)",
    "set a need's status (new, considered, planned, dropped)": (
        "sätt ett behovs status (new, considered, planned, dropped)"
    ),
    "with --set ENTRY planned": "med --set POST planned",
    "only actions not done": "bara åtgärder som inte är klara",
    "only actions of this owner": "bara åtgärder med den här ansvarige",
    "tick an action done": "bocka av en åtgärd som klar",
    "ENTRY": "POST",
    # the dialogue summary, equal treatment and shared information
    "the dialogue summary: every meeting, answer, insight, mismatch, tip and action": (
        "dialogens sammanställning: alla möten, svar, insikter, mismatcher, tips och åtgärder"
    ),
    "Sum up every meeting of a dialogue: meetings held and booked, the answers per question, "
    "insights, mismatches, tips, actions, information given, the equal-treatment check, the "
    "contact log and the time the dialogue cost.": (
        "Sammanställ alla möten i en dialog: hållna och bokade möten, svaren per fråga, "
        "insikter, mismatcher, tips, åtgärder, lämnad information, kontrollen av "
        "likabehandling, kontaktloggen och tiden dialogen kostat."
    ),
    "language of the document (default: the global --lang, else the locale)": (
        "dokumentets språk (annars det globala --lang, eller datorns språkinställning)"
    ),
    "withhold everything marked confidential": "utelämna allt som är sekretessmarkerat",
    'name the suppliers "Supplier A, B, ..."': 'kalla leverantörerna "Leverantör A, B, ..."',
    "hourly cost of a person's time, in SEK": "timkostnad för en persons tid, i kronor",
    "SEK": "KRONOR",
    "only the supplier contact log": "bara kontaktloggen med leverantörerna",
    "equal treatment: questions, opening statements and information per supplier": (
        "likabehandling: frågor, inledande besked och information per leverantör"
    ),
    "Exit status 1 when something needs attention.": (
        "Slutstatus 1 när något behöver åtgärdas."
    ),
    "the information given in the meetings, as one text to publish to all suppliers": (
        "informationen som lämnats på mötena, som en text att publicera för alla leverantörer"
    ),
    "Write every piece of information given, once each, with no supplier named and nothing "
    "confidential, and record in the dialogue that it was shared with all.": (
        "Skriv ut varje uppgift som lämnats, en gång var, utan leverantörsnamn och utan något "
        "sekretessmarkerat, och anteckna i dialogen att den delats med alla."
    ),
    "include past and started ones": "ta med passerade och startade",
    "list the tips library (and which are given most)": (
        "lista tipsbanken (och vilka tips som ges oftast)"
    ),
}
STRINGS.update(
    {f"argparse:{english}": (swedish, english) for english, swedish in _ARGPARSE_SV.items()}
)

# ------------------------------------------------------------------ who has a session open
STRINGS.update(
    {
        "lock.holder": (
            "{user} på {host} (process {pid}) sedan {since}",
            "{user} on {host} (process {pid}) since {since}",
        ),
    }
)

# ------------------------------------------------------------ help (F1) and Textual's words
STRINGS.update(
    {
        "key.help": ("Hjälp", "Help"),
        "help.title": ("Hjälp", "Help"),
        "help.keys": ("Tangenter", "Keys"),
        "help.close": ("Esc eller F1 stänger hjälpen.", "Esc or F1 closes the help."),
        "help.app_keys": (
            "F1 eller ? visar den här hjälpen · ctrl+p söker bland alla kommandon · "
            "ctrl+q avslutar (allt är sparat)",
            "F1 or ? shows this help · ctrl+p searches all commands · ctrl+q quits "
            "(everything is saved)",
        ),
        "help.screen": ("Tangenterna som gäller här.", "The keys that work here."),
        "help.HomeScreen": (
            "Startsidan: mötena i datamappen. Öppna eller återuppta ett möte, starta ett nytt "
            "från en dialog eller ett bokat möte, och nå dialogerna, bokningarna och tipsbanken.",
            "The home screen: the meetings in the data folder. Open or resume a meeting, start a "
            "new one from a dialogue or a booking, and reach the dialogues, the bookings and the "
            "tips library.",
        ),
        "help.MeetingScreen": (
            "Mötet: klockan går, frågorna tas en i taget och anteckningarna hålls per fråga. "
            "Logga med en tangent det som spelar roll: en mismatch, ett tips, en marknadsinsikt, "
            "en åtgärd. Tangenterna fungerar medan du skriver, och allt sparas inom en sekund.",
            "The meeting: the clock runs, the questions come one at a time and the notes are "
            "kept per question. Log what matters with one key: a mismatch, a tip, a market "
            "insight, an action. The keys work while you type, and everything is saved within "
            "a second.",
        ),
        "help.WrapUpScreen": (
            "Efterarbetet: rätta deltagare, anteckningar och loggade poster, och sekretessmarkera, "
            "innan minnesanteckningarna tas fram.",
            "The wrap-up: correct the participants, notes and log entries, and mark what is "
            "confidential, before the minutes are produced.",
        ),
        "help.MinutesScreen": (
            "Minnesanteckningarna: läs dem på svenska eller engelska, interna eller offentliga; "
            "spara, kopiera och fastställ dem.",
            "The minutes: read them in Swedish or English, internal or public; save, copy and "
            "finalise them.",
        ),
        "help.SummaryScreen": (
            "Dialogens sammanställning: alla möten med leverantörerna, svaren per fråga, "
            "insikter, mismatcher, tips och åtgärder. Läs den på svenska eller engelska, "
            "offentlig eller anonymiserad, och spara den.",
            "The dialogue summary: every meeting with the suppliers, the answers per question, "
            "insights, mismatches, tips and actions. Read it in Swedish or English, public or "
            "anonymised, and save it.",
        ),
        "help.ActionsScreen": (
            "Åtgärderna från alla möten med ansvarig och datum, försenade först.",
            "The actions of every meeting with owner and due date, overdue first.",
        ),
        "help.NeedsScreen": (
            "Registret över framtida behov: vad varje mismatch visade, och behovets status.",
            "The future needs register: what each mismatch revealed, and the need's status.",
        ),
        "help.InsightsScreen": (
            "Vilka frågor som öppnar samtalet, lärdomar om formatet och dialogtid per år.",
            "Which questions open the conversation, lessons about the format, and dialogue "
            "time per year.",
        ),
        "help.RegisterScreen": (
            "Ett register över alla möten: en rad per post, och en rad om den markerade.",
            "A register across meetings: one row per item, and a line about the one "
            "highlighted.",
        ),
        "help.TextPrompt": (
            "Skriv en rad text; Esc avbryter.",
            "Type one line of text; Esc cancels.",
        ),
        "help.SearchScreen": (
            "Sök i anteckningar och loggade poster från alla möten.",
            "Search the notes and log entries of every meeting.",
        ),
        "help.DialoguesScreen": (
            "Dialogerna: förbered frågorna inför mötena. Skapa, ändra, importera och exportera "
            "dialoger, boka ett möte eller starta ett.",
            "The dialogues: prepare the questions for the meetings. Create, edit, import and "
            "export dialogues, book a meeting or start one.",
        ),
        "help.DialogueEditorScreen": (
            "En dialog: uppgifter, frågor med tidsramar och standarddeltagare.",
            "A dialogue: its details, its questions with their timeboxes, and its standard "
            "participants.",
        ),
        "help.ImportScreen": (
            "Importera frågor från en fil (Markdown, text eller HTML sparad från Word). Du ser "
            "vad som importeras innan något sparas.",
            "Import questions from a file (Markdown, text or HTML saved from Word). You see what "
            "will be imported before anything is saved.",
        ),
        "help.BookingsScreen": (
            "Bokade möten med leverantörer som anmält sig: boka, ändra, ta bort eller starta ett "
            "möte.",
            "Meetings booked with suppliers that signed up: book, edit, delete or start one.",
        ),
        "help.BookingFormScreen": (
            "Ett bokat möte: dialog, leverantör, kontaktpersoner, tid och form. En "
            "mötesinbjudan (.ics) kan fylla i det mesta.",
            "A booked meeting: dialogue, supplier, contacts, time and format. A meeting invite "
            "(.ics) can fill in most of it.",
        ),
        "help.TipsLibraryScreen": (
            "Tipsbanken: tips som ofta ges till leverantörer. Under mötet listas de när du "
            "loggar ett tips.",
            "The tips library: tips often given to suppliers. In a meeting they are listed when "
            "you log a tip.",
        ),
        "help.NewSessionScreen": (
            "Nytt möte: välj dialog och skriv leverantörens namn; Enter startar mötet.",
            "New meeting: pick a dialogue and name the supplier; Enter starts the meeting.",
        ),
        "help.NewDialogueScreen": (
            "Ny dialog: börja från en tom dialog, startfrågorna eller en kopia, och ge den en "
            "titel.",
            "New dialogue: start from a blank one, the starter questions or a copy, and give it "
            "a title.",
        ),
        "help.QuestionFormScreen": (
            "En fråga: text, tema, tidsram och följdfrågor.",
            "A question: its text, theme, timebox and follow-up questions.",
        ),
        "help.PathPromptScreen": (
            "Skriv sökvägen till en fil eller en mapp.",
            "Type the path to a file or a folder.",
        ),
        "help.SaveFormatScreen": (
            "Välj formatet minnesanteckningarna sparas i: 1–4, eller pilarna och Enter.",
            "Choose the format the minutes are saved in: 1–4, or the arrows and Enter.",
        ),
        "help.ConfirmScreen": (
            "En fråga som väntar på svar: j eller y svarar ja, n eller Esc svarar nej.",
            "A question waiting for an answer: y or j answers yes, n or Esc answers no.",
        ),
        "help.ParticipantForm": (
            "En deltagare: namn, organisation och roll.",
            "A participant: name, organisation and role.",
        ),
        "help.EntryForm": (
            "En loggad post: texten och om den är sekretessmarkerad.",
            "A log entry: its text and whether it is confidential.",
        ),
        "help.ReasonForm": (
            "Leverantörens skäl till sekretess: vilken skada ett utlämnande skulle göra.",
            "The supplier's reason for confidentiality: what harm disclosure would do.",
        ),
    }
)

# Textual's own words in the Footer and the command palette, keyed on the English text.
_TEXTUAL_SV: dict[str, str] = {
    "Quit": "Avsluta",
    "palette": "kommandon",
    "Theme": "Tema",
    "Keys": "Tangenter",
    "Screenshot": "Skärmbild",
    "Maximize": "Maximera",
    "Minimize": "Återställ",
    "Quit the application as soon as possible": "Avsluta programmet (allt är sparat)",
    "Change the current theme": "Byt färgtema",
    "Show help for the focused widget and a summary of available keys": (
        "Visa hjälpen för den här skärmen och dess tangenter"
    ),
    "Hide the keys and widget help panel": "Dölj tangentpanelen",
    "Save an SVG 'screenshot' of the current screen": "Spara en skärmbild (SVG) av skärmen",
    "Maximize the focused widget": "Maximera den markerade delen",
    "Minimize the widget and restore to normal size": (
        "Återställ den maximerade delen till normal storlek"
    ),
    "Focus Next": "Nästa fält",
    "Focus Previous": "Föregående fält",
    "Copy selected text": "Kopiera markerad text",
    "Search for commands…": "Sök bland kommandon…",
    "Search for themes…": "Sök bland teman…",
}
STRINGS.update(
    {f"textual:{english}": (swedish, english) for english, swedish in _TEXTUAL_SV.items()}
)
