"""Strings of the screens and key descriptions."""

STRINGS: dict[str, tuple[str, str]] = {
    # keys (Footer and command palette)
    "key.next": ("Nästa fråga", "Next question"),
    "key.previous": ("Föreg. fråga", "Previous question"),
    "key.clock": ("Start/paus", "Start/pause"),
    "key.mismatch": ("Mismatch", "Mismatch"),
    "key.tip": ("Tips", "Tip"),
    "key.insight": ("Insikt", "Insight"),
    "key.action": ("Åtgärd", "Action"),
    "key.info": ("Information", "Information"),
    "key.skip": ("Hoppa över fråga", "Skip question"),
    "key.confidential": ("Sekretessmarkera", "Mark confidential"),
    "key.to_tips": ("Till tipsen", "To the tips"),
    "key.next_field": ("Nästa fält", "Next field"),
    "key.previous_field": ("Föregående fält", "Previous field"),
    "key.end": ("Avsluta möte", "End meeting"),
    "key.opening": ("Inledning sagd", "Opening said"),
    "key.cancel": ("Avbryt", "Cancel"),
    "key.open": ("Öppna", "Open"),
    "key.new_session": ("Nytt möte", "New meeting"),
    "key.demo": ("Demo", "Demo"),
    "key.reload": ("Uppdatera", "Reload"),
    "key.quit": ("Avsluta", "Quit"),
    "key.home": ("Start", "Home"),
    "key.minutes_language": ("Svenska/English", "Svenska/English"),
    "ui.yes": ("Ja", "Yes"),
    "ui.no": ("Nej", "No"),
    # status line
    "ui.status.meeting": ("Möte", "Meeting"),
    "ui.status.question": ("Fråga", "Question"),
    "ui.status.ahead": ("+{minutes}′ före", "+{minutes}′ ahead"),
    "ui.status.behind": ("−{minutes}′ efter", "−{minutes}′ behind"),
    "ui.status.paused": ("PAUS", "PAUSED"),
    "ui.status.not_started": ("alt+s startar", "alt+s starts"),
    # meeting
    "ui.meeting.questions": ("Frågor", "Questions"),
    "ui.meeting.notes": ("Anteckningar", "Notes"),
    "ui.meeting.log": ("Logg", "Log"),
    "ui.meeting.no_question": ("Ingen aktuell fråga.", "No current question."),
    "ui.meeting.notes_placeholder": (
        "Skriv anteckningar här. Klockan startar när du börjar skriva.",
        "Type notes here. The clock starts when you start typing.",
    ),
    "ui.meeting.confirm_end": (
        "Avsluta mötet och ta fram minnesanteckningarna?",
        "End the meeting and produce the minutes?",
    ),
    "ui.meeting.save_failed": (
        "SPARNING MISSLYCKADES ({reason}). Texten finns kvar i minnet; försöker igen…",
        "SAVE FAILED ({reason}). The text is kept in memory; retrying…",
    ),
    "ui.meeting.read_only": (
        "Sessionen är öppen i ett annat fönster: skrivskyddad här.",
        "The session is open in another window: read-only here.",
    ),
    "ui.log.empty": (
        "Inget loggat än. alt+m mismatch · alt+t tips · alt+i insikt · alt+a åtgärd"
        " · alt+g information",
        "Nothing logged yet. alt+m mismatch · alt+t tip · alt+i insight · alt+a action"
        " · alt+g information",
    ),
    "ui.meeting.locked": (
        "Mötet är öppet i {holder}. Öppna det skrivskyddat?",
        "The meeting is open in {holder}. Open it read-only?",
    ),
    "ui.meeting.lock_failed": (
        "Mötet kunde inte låsas ({reason}); det öppnas skrivskyddat.",
        "The meeting could not be locked ({reason}); it opens read-only.",
    ),
    "ui.meeting.another_program": ("ett annat program", "another program"),
    "ui.opening.title": ("Inledning {given}/{total}", "Opening {given}/{total}"),
    "ui.opening.key": ("alt+o bockar av", "alt+o ticks off"),
    # quick log
    "ui.quick.text": ("Text (Enter sparar, Esc avbryter)", "Text (Enter saves, Esc cancels)"),
    "ui.quick.future_needs": (
        "Andra behov eller framtida möjligheter (valfritt)",
        "Other needs or future opportunities (optional)",
    ),
    "ui.quick.owner": ("Ansvarig (valfritt)", "Owner (optional)"),
    "ui.quick.due": ("Klart senast ÅÅÅÅ-MM-DD (valfritt)", "Due YYYY-MM-DD (optional)"),
    "ui.quick.hint": (
        "Tab: nästa fält · alt+c: sekretess · Enter: spara · Esc: avbryt",
        "Tab: next field · alt+c: confidential · Enter: save · Esc: cancel",
    ),
    "ui.quick.tip_hint": (
        "Enter: eget tips · ↓: ur tipsbanken · alt+c: sekretess · Esc: avbryt",
        "Enter: free tip · ↓: from the library · alt+c: confidential · Esc: cancel",
    ),
    "ui.quick.confidential": ("sekretess", "confidential"),
    "ui.quick.bad_date": (
        "Datumet ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2026-12-01.",
        "Write the date as YYYY-MM-DD, e.g. 2026-12-01.",
    ),
    # minutes
    "ui.minutes.saved": ("Minnesanteckningarna är sparade: {path}", "Minutes saved: {path}"),
    "ui.minutes.save_failed": (
        "Minnesanteckningarna kunde inte sparas: {reason}",
        "The minutes could not be saved: {reason}",
    ),
    # wrap-up and minutes: keys
    "key.produce_minutes": ("Minnesanteckningar", "Minutes"),
    "key.next_tab": ("Nästa flik", "Next tab"),
    "key.previous_tab": ("Föregående flik", "Previous tab"),
    "key.edit": ("Ändra", "Edit"),
    "key.add_participant": ("Ny deltagare", "Add participant"),
    "key.delete_participant": ("Ta bort", "Remove"),
    "key.wrap_confidential": ("Sekretess", "Confidential"),
    "key.reason": ("Skäl", "Reason"),
    "key.save_form": ("Spara", "Save"),
    "key.public": ("Offentlig", "Public"),
    "key.language": ("Språk", "Language"),
    "key.save": ("Spara…", "Save…"),
    "key.save_md": ("Spara som Markdown", "Save as Markdown"),
    "key.save_html": ("Spara som HTML", "Save as HTML"),
    "key.save_docx": ("Spara som Word (DOCX)", "Save as Word (DOCX)"),
    "key.save_txt": ("Spara som text", "Save as text"),
    "key.copy": ("Kopiera", "Copy"),
    "key.finalise": ("Fastställ", "Finalise"),
    "key.reopen": ("Rätta", "Correct"),
    "ui.form.hint": (
        "Enter eller ctrl+s sparar · Esc avbryter",
        "Enter or ctrl+s saves · Esc cancels",
    ),
    # wrap-up
    "ui.wrapup.title": (
        "Efterarbete: {supplier} · {dialogue}",
        "Wrap-up: {supplier} · {dialogue}",
    ),
    "ui.wrapup.hint": (
        "Rätta och sekretessmarkera · alt+n/alt+p: flik · alt+e: minnesanteckningarna",
        "Correct and mark confidential · alt+n/alt+p: tab · alt+e: the minutes",
    ),
    "ui.wrapup.correcting": (
        "Rättelse: ändringarna blir version {version} när den fastställs · "
        "alt+e: minnesanteckningarna",
        "Correction: the changes become version {version} when finalised · alt+e: the minutes",
    ),
    "ui.wrapup.tab.participants": ("Deltagare", "Participants"),
    "ui.wrapup.tab.notes": ("Anteckningar", "Notes"),
    "ui.wrapup.tab.entries": ("Logg", "Log"),
    "ui.wrapup.col.name": ("Namn", "Name"),
    "ui.wrapup.col.organisation": ("Organisation", "Organisation"),
    "ui.wrapup.col.role": ("Roll", "Role"),
    "ui.wrapup.col.kind": ("Typ", "Kind"),
    "ui.wrapup.col.text": ("Text", "Text"),
    "ui.wrapup.col.question": ("Fråga", "Question"),
    "ui.wrapup.notes_placeholder": (
        "Inga anteckningar. alt+c sekretessmarkerar raden, alt+r anger skälet.",
        "No notes. alt+c marks the line confidential, alt+r gives the reason.",
    ),
    "ui.wrapup.add_participant": ("Ny deltagare", "New participant"),
    "ui.wrapup.edit_participant": ("Ändra deltagare", "Edit participant"),
    "ui.wrapup.name": ("Namn", "Name"),
    "ui.wrapup.role": ("Roll (↑/↓)", "Role (↑/↓)"),
    "ui.wrapup.organisation": (
        "Organisation (tom: leverantören eller den egna organisationen)",
        "Organisation (empty: the supplier or the own organisation)",
    ),
    "ui.wrapup.name_missing": ("Skriv deltagarens namn.", "Type the participant's name."),
    "ui.wrapup.confirm_delete": (
        "Ta bort {name} från deltagarna?",
        "Remove {name} from the participants?",
    ),
    "ui.wrapup.text": ("Text", "Text"),
    "ui.wrapup.text_missing": (
        "Texten kan inte vara tom.",
        "The text cannot be empty.",
    ),
    "ui.wrapup.confidential": ("Sekretess", "Confidential"),
    "ui.wrapup.reason": (
        "Leverantörens skäl: vilken skada ett utlämnande gör (valfritt)",
        "The supplier's reason: what harm disclosure would do (optional)",
    ),
    "ui.wrapup.reason_title": ("Skäl för sekretess", "Reason for confidentiality"),
    "ui.wrapup.reason_hint": (
        "Enter sekretessmarkerar med skälet · Esc avbryter",
        "Enter marks it confidential with this reason · Esc cancels",
    ),
    "ui.wrapup.empty_line": (
        "Ställ markören på en rad med text först.",
        "Put the cursor on a line with text first.",
    ),
    "ui.wrapup.read_only": (
        "Mötet är öppet någon annanstans ({reason}): skrivskyddat här.",
        "The meeting is open elsewhere ({reason}): read-only here.",
    ),
    # minutes screen
    "ui.minutes.state_draft": (
        "Utkast (blir version {version} när det fastställs)",
        "Draft (becomes version {version} when finalised)",
    ),
    "ui.minutes.state_final": (
        "Version {version}, fastställd {date}",
        "Version {version}, finalised {date}",
    ),
    "ui.minutes.internal": ("intern version", "internal minutes"),
    "ui.minutes.public": ("offentlig version", "public version"),
    "ui.minutes.lang.sv": ("svenska", "Swedish"),
    "ui.minutes.lang.en": ("engelska", "English"),
    "ui.minutes.save_title": ("Spara minnesanteckningarna som", "Save the minutes as"),
    "ui.minutes.save_hint": ("1–4 eller Enter väljer · Esc avbryter", "1–4 or Enter · Esc cancels"),
    "ui.minutes.format.md": ("Markdown (.md)", "Markdown (.md)"),
    "ui.minutes.format.html": ("HTML (.html)", "HTML (.html)"),
    "ui.minutes.format.docx": ("Word (.docx)", "Word (.docx)"),
    "ui.minutes.format.txt": ("Text (.txt)", "Plain text (.txt)"),
    "ui.minutes.copied": (
        "Kopierat via terminalen. Alla terminaler tar inte emot det; minnesanteckningarna "
        "finns också i {path}",
        "Copied through the terminal. Not every terminal accepts it; the minutes are also in "
        "{path}",
    ),
    "ui.minutes.copied_tmux": (
        "Kopierat via terminalen. I tmux kommer det bara fram med 'set -g set-clipboard on'; "
        "minnesanteckningarna finns också i {path}",
        "Copied through the terminal. In tmux it only arrives with 'set -g set-clipboard on'; "
        "the minutes are also in {path}",
    ),
    "ui.minutes.confirm_finalise": (
        "Fastställa minnesanteckningarna som version {version}? De blir då en allmän "
        "handling; senare rättelser blir en ny version.",
        "Finalise the minutes as version {version}? They then become a public record; later "
        "corrections make a new version.",
    ),
    "ui.minutes.finalised": (
        "Version {version} fastställd {date}.",
        "Version {version} finalised {date}.",
    ),
    "ui.minutes.already_final": (
        "Version {version} är redan fastställd. r rättar (blir en ny version).",
        "Version {version} is already finalised. r corrects (makes a new version).",
    ),
    "ui.minutes.not_finished": (
        "Mötet är inte avslutat; minnesanteckningarna kan inte fastställas.",
        "The meeting has not ended; the minutes cannot be finalised.",
    ),
    "ui.minutes.locked": (
        "Mötet är öppet i {holder}; det kan inte ändras här nu.",
        "The meeting is open in {holder}; it cannot be changed here now.",
    ),
    "ui.minutes.cannot_open": (
        "Mötet kunde inte läsas: {reason}",
        "The meeting could not be read: {reason}",
    ),
    # home
    "ui.home.title": ("facilitator · dialogmöten", "facilitator · dialogue meetings"),
    "ui.home.data_dir": ("Datamapp: {path}", "Data folder: {path}"),
    "ui.home.col.id": ("Id", "Id"),
    "ui.home.col.dialogue": ("Dialog", "Dialogue"),
    "ui.home.col.supplier": ("Leverantör", "Supplier"),
    "ui.home.col.status": ("Status", "Status"),
    "ui.home.col.when": ("Tid", "When"),
    "ui.home.hint": (
        "Enter öppnar eller återupptar ett möte · n nytt möte · d demo",
        "Enter opens or resumes a meeting · n new meeting · d demo",
    ),
    "ui.home.empty": (
        "Inga möten än. n startar ett nytt möte, d öppnar demodialogen.",
        "No meetings yet. n starts a new meeting, d opens the demo dialogue.",
    ),
    "ui.home.resume": (
        "Återuppta mötet med {supplier} ({title})? {state}",
        "Resume the meeting with {supplier} ({title})? {state}",
    ),
    # new session
    "ui.new.dialogue": ("Dialog", "Dialogue"),
    "ui.new.supplier": ("Leverantör (Enter startar mötet)", "Supplier (Enter starts the meeting)"),
    "ui.new.hint": ("Esc avbryter.", "Esc cancels."),
    "ui.new.missing": (
        "Välj en dialog och skriv leverantörens namn.",
        "Pick a dialogue and name the supplier.",
    ),
    # app
    "ui.app.cannot_save": (
        "Kunde inte spara mötet: {reason}",
        "Could not save the meeting: {reason}",
    ),
    "ui.app.quit_unsaved": (
        "Anteckningarna kunde inte sparas och finns bara i minnet. Sparningen försöks igen tills "
        "den lyckas; ctrl+q en gång till avslutar ändå.",
        "The notes could not be saved and are only in memory. Saving is retried until it works; "
        "ctrl+q once more quits anyway.",
    ),
    "ui.app.damaged_no_backup": (
        "Mötesfilen är skadad ({reason}) och det finns ingen fungerande kopia. Filen lämnas orörd; "
        "kör 'facilitator doctor'.",
        "The meeting file is damaged ({reason}) and there is no good copy. The file is left as it "
        "is; run 'facilitator doctor'.",
    ),
    "ui.app.offer_backup": (
        "Mötesfilen är skadad ({reason}). Den lämnas kvar bredvid. Återställ den senaste "
        "fungerande kopian (mötet med {supplier})?",
        "The meeting file is damaged ({reason}). It is kept aside. Restore the last good copy "
        "(the meeting with {supplier})?",
    ),
    "ui.app.restore_failed": (
        "Kopian kunde inte återställas: {reason}. Inget har tagits bort.",
        "The copy could not be restored: {reason}. Nothing was removed.",
    ),
    "ui.app.settings_failed": (
        "Valet av tema kunde inte sparas: {reason}",
        "The theme choice could not be saved: {reason}",
    ),
    "ui.app.cannot_open": (
        "Kunde inte öppna mötet: {reason}",
        "Could not open the meeting: {reason}",
    ),
    # preparing dialogues: keys
    "key.back": ("Tillbaka", "Back"),
    "key.delete": ("Ta bort", "Delete"),
    "key.add_question": ("Ny fråga", "Add question"),
    "key.edit_question": ("Ändra fråga", "Edit question"),
    "key.move_up": ("Flytta upp", "Move up"),
    "key.move_down": ("Flytta ned", "Move down"),
    "key.new_dialogue": ("Ny dialog", "New dialogue"),
    "key.import": ("Importera", "Import"),
    "key.import_confirm": ("Importera", "Import"),
    "key.export": ("Exportera", "Export"),
    "key.book": ("Boka", "Book"),
    "key.new_booking": ("Ny bokning", "New booking"),
    "key.start_meeting": ("Starta möte", "Start meeting"),
    "key.start_booking": ("Starta bokat", "Start booked"),
    "key.dialogues": ("Dialoger", "Dialogues"),
    "key.bookings": ("Bokningar", "Bookings"),
    "key.tips_library": ("Tipsbank", "Tips"),
    "key.add_tip": ("Nytt tips", "Add tip"),
    "key.tip_lang": ("Språk", "Language"),
    # preparing dialogues: shared
    "ui.prep.save_failed": ("Kunde inte spara: {reason}", "Could not save: {reason}"),
    "ui.prep.path.hint": (
        "Enter sparar · Esc avbryter. En mapp går också bra.",
        "Enter saves · Esc cancels. A folder works too.",
    ),
    "ui.prep.path.empty": ("Skriv en sökväg.", "Type a path."),
    # dialogues
    "ui.prep.dialogues.title": ("Dialoger", "Dialogues"),
    "ui.prep.dialogues.col.title": ("Dialog", "Dialogue"),
    "ui.prep.dialogues.col.reference": ("Diarienr", "Reference"),
    "ui.prep.dialogues.col.questions": ("Frågor", "Questions"),
    "ui.prep.dialogues.col.sessions": ("Möten", "Meetings"),
    "ui.prep.dialogues.hint": (
        "Enter ändrar · n ny · i importera · x exportera · b boka · s starta möte",
        "Enter edits · n new · i import · x export · b book · s start a meeting",
    ),
    "ui.prep.export.question": (
        "Exportera frågorna i {title} som Markdown till:",
        "Export the questions of {title} as Markdown to:",
    ),
    "ui.prep.export.failed": (
        "Kunde inte skriva {path}: {reason}",
        "Could not write {path}: {reason}",
    ),
    # new dialogue
    "ui.prep.new.heading": ("Ny dialog", "New dialogue"),
    "ui.prep.new.source": ("Börja från", "Start from"),
    "ui.prep.new.blank": ("Tom dialog", "A blank dialogue"),
    "ui.prep.new.starter_sv": ("Startfrågor på svenska", "Starter questions in Swedish"),
    "ui.prep.new.starter_en": ("Startfrågor på engelska", "Starter questions in English"),
    "ui.prep.new.copy": ("Kopia av {title}", "A copy of {title}"),
    "ui.prep.new.title": ("Titel (Enter skapar)", "Title (Enter creates it)"),
    "ui.prep.new.hint": ("Esc avbryter.", "Esc cancels."),
    "ui.prep.new.no_title": ("Dialogen behöver en titel.", "The dialogue needs a title."),
    # dialogue editor
    "ui.prep.editor.title": ("Dialog: {title}", "Dialogue: {title}"),
    "ui.prep.editor.tab.details": ("Uppgifter", "Details"),
    "ui.prep.editor.tab.questions": ("Frågor", "Questions"),
    "ui.prep.editor.tab.participants": ("Deltagare", "Participants"),
    "ui.prep.editor.title_field": ("Titel", "Title"),
    "ui.prep.editor.reference": ("Diarienummer", "Reference"),
    "ui.prep.editor.organisation": ("Organisation", "Organisation"),
    "ui.prep.editor.planned": ("Mötets längd (min)", "Meeting length (min)"),
    "ui.prep.editor.purpose": (
        "Syfte och upplägg (Markdown)",
        "Purpose and format (Markdown)",
    ),
    "ui.prep.editor.col.number": ("#", "#"),
    "ui.prep.editor.col.theme": ("Tema", "Theme"),
    "ui.prep.editor.col.question": ("Fråga", "Question"),
    "ui.prep.editor.col.minutes": ("Min", "Min"),
    "ui.prep.editor.col.name": ("Namn", "Name"),
    "ui.prep.editor.col.organisation": ("Organisation", "Organisation"),
    "ui.prep.editor.col.role": ("Roll", "Role"),
    "ui.prep.editor.person_name": (
        "Namn på ny standarddeltagare (Enter lägger till)",
        "Name of a new standard participant (Enter adds)",
    ),
    "ui.prep.editor.total_left": (
        "Frågornas tid: {total} av {planned} min ({left} min över till resten)",
        "Questions' time: {total} of {planned} min ({left} min left for the rest)",
    ),
    "ui.prep.editor.total_over": (
        "Frågornas tid: {total} av {planned} min – {left} min för mycket",
        "Questions' time: {total} of {planned} min – {left} min too much",
    ),
    "ui.prep.editor.confirm_delete": ("Ta bort frågan ”{text}”?", "Delete the question “{text}”?"),
    "ui.prep.editor.no_title": ("Dialogen behöver en titel.", "The dialogue needs a title."),
    "ui.prep.editor.saved": ("{title} sparad i {path}", "{title} saved in {path}"),
    "ui.prep.editor.unsaved": (
        "Det finns ändringar som inte är sparade. Lämna utan att spara? (Nej och sedan ctrl+s "
        "sparar dem.)",
        "There are unsaved changes. Leave without saving? (No, then ctrl+s, saves them.)",
    ),
    # question form
    "ui.prep.question.add": ("Ny fråga", "New question"),
    "ui.prep.question.edit": ("Ändra fråga", "Edit question"),
    "ui.prep.question.text": ("Frågan", "The question"),
    "ui.prep.question.theme": ("Tema", "Theme"),
    "ui.prep.question.timebox": ("Tid (min)", "Time (min)"),
    "ui.prep.question.follow_ups": (
        "Följdfrågor, en per rad",
        "Follow-up questions, one per line",
    ),
    "ui.prep.question.hint": ("ctrl+s sparar · Esc avbryter", "ctrl+s saves · Esc cancels"),
    "ui.prep.question.no_text": ("Frågan behöver en text.", "The question needs text."),
    "ui.prep.question.bad_timebox": (
        "Tiden ska vara 1–{max} minuter.",
        "The time must be 1–{max} minutes.",
    ),
    # import
    "ui.prep.import.heading": ("Importera frågor", "Import questions"),
    "ui.prep.import.path": (
        "Sökväg till filen (Markdown, text eller HTML sparad från Word) – Enter läser den",
        "Path to the file (Markdown, text or HTML saved from Word) – Enter reads it",
    ),
    "ui.prep.import.intro": (
        "Skriv sökvägen till en fil och tryck Enter. Du ser vad som importeras innan något "
        "sparas.",
        "Type the path to a file and press Enter. You see what will be imported before "
        "anything is saved.",
    ),
    "ui.prep.import.reading": ("Läser {path}…", "Reading {path}…"),
    "ui.prep.import.problem": (
        "Inget importerat: {reason}",
        "Nothing imported: {reason}",
    ),
    "ui.prep.import.doc_title": ("Dokumentets titel: {title}", "Document title: {title}"),
    "ui.prep.import.reference": ("Diarienummer: {reference}", "Reference: {reference}"),
    "ui.prep.import.purpose": ("Syfte hittat:", "Purpose found:"),
    "ui.prep.import.no_purpose": ("Ingen syftestext hittad.", "No purpose text found."),
    "ui.prep.import.confirm_hint": (
        "ctrl+s importerar till dialogen som valts nedan · Esc avbryter",
        "ctrl+s imports into the dialogue chosen below · Esc cancels",
    ),
    "ui.prep.import.to_new": ("Ny dialog", "New dialogue"),
    "ui.prep.import.to_existing": ("Lägg till i {title}", "Add to {title}"),
    "ui.prep.import.new_title": ("Titel på den nya dialogen", "Title of the new dialogue"),
    "ui.prep.import.nothing": (
        "Läs in en fil först (sökväg och Enter).",
        "Read a file first (path and Enter).",
    ),
    # bookings
    "ui.prep.bookings.title": ("Bokade möten", "Booked meetings"),
    "ui.prep.bookings.col.when": ("När", "When"),
    "ui.prep.bookings.col.supplier": ("Leverantör", "Supplier"),
    "ui.prep.bookings.col.dialogue": ("Dialog", "Dialogue"),
    "ui.prep.bookings.col.format": ("Form", "Format"),
    "ui.prep.bookings.col.contacts": ("Kontaktpersoner", "Contacts"),
    "ui.prep.bookings.col.state": ("Läge", "State"),
    "ui.prep.bookings.started": ("startat", "started"),
    "ui.prep.bookings.waiting": ("bokat", "booked"),
    "ui.prep.bookings.hint": (
        "Enter ändrar · n ny bokning · s startar mötet · Delete tar bort",
        "Enter edits · n new booking · s starts the meeting · Delete removes",
    ),
    "ui.prep.bookings.empty": (
        "Inga bokade möten. n bokar ett.",
        "No booked meetings. n books one.",
    ),
    "ui.prep.bookings.confirm_delete": (
        "Ta bort bokningen med {supplier} ({when})?",
        "Delete the booking with {supplier} ({when})?",
    ),
    "ui.prep.booking.heading": ("Bokat möte", "Booked meeting"),
    "ui.prep.booking.dialogue": ("Dialog", "Dialogue"),
    "ui.prep.booking.supplier": ("Leverantör", "Supplier"),
    "ui.prep.booking.contacts": ("Kontakter", "Contacts"),
    "ui.prep.booking.contacts_hint": ("Namn; Namn", "Name; Name"),
    "ui.prep.booking.date": ("Datum", "Date"),
    "ui.prep.booking.time": ("Tid", "Time"),
    "ui.prep.booking.format": ("Form", "Format"),
    "ui.prep.booking.link": ("Länk", "Join link"),
    "ui.prep.booking.ics": ("Inbjudan", "Invite"),
    "ui.prep.booking.ics_hint": (
        "sökväg till .ics – Enter fyller i",
        "path to an .ics – Enter fills in",
    ),
    "ui.prep.booking.hint": (
        "ctrl+s eller Enter sparar · Esc avbryter",
        "ctrl+s or Enter saves · Esc cancels",
    ),
    "ui.prep.booking.bad_time": (
        "Skriv datum som 2026-03-12 och tid som 10:00.",
        "Write the date as 2026-03-12 and the time as 10:00.",
    ),
    "ui.prep.booking.no_supplier": ("Skriv leverantörens namn.", "Name the supplier."),
    "ui.prep.booking.saved": (
        "Mötet med {supplier} är bokat ({when}).",
        "The meeting with {supplier} is booked ({when}).",
    ),
    "ui.prep.booking.cannot_start": (
        "Mötet kunde inte startas: {reason}",
        "The meeting could not be started: {reason}",
    ),
    # home: upcoming meetings
    "ui.prep.upcoming.title": (
        "I dag och kommande · Enter öppnar bokningen · s startar mötet",
        "Today and upcoming · Enter opens the booking · s starts the meeting",
    ),
    "ui.prep.upcoming.col.when": ("När", "When"),
    "ui.prep.upcoming.col.supplier": ("Leverantör", "Supplier"),
    "ui.prep.upcoming.col.dialogue": ("Dialog", "Dialogue"),
    "ui.prep.upcoming.col.format": ("Form", "Format"),
    "ui.prep.upcoming.col.contacts": ("Kontakter", "Contacts"),
    "ui.prep.upcoming.today": ("i dag {time}", "today {time}"),
    # tips library
    "ui.prep.tips.title": ("Tipsbank", "Tips library"),
    "ui.prep.tips.col.lang": ("Spr", "Lang"),
    "ui.prep.tips.col.tip": ("Tips", "Tip"),
    "ui.prep.tips.hint": (
        "Enter ändrar tipset. Ändringar sparas direkt.",
        "Enter edits the tip. Changes are saved at once.",
    ),
    "ui.prep.tips.input_hint": (
        "Enter sparar tipset · Esc avbryter",
        "Enter saves the tip · Esc cancels",
    ),
    "ui.prep.tips.confirm_delete": ("Ta bort tipset ”{text}”?", "Delete the tip “{text}”?"),
    "ui.prep.tips.damaged": (
        "Tipsbanken {path} kan inte läsas ({reason}); den lämnas orörd.",
        "The tips library {path} cannot be read ({reason}); it is left as it is.",
    ),
}
