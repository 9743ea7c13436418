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
    "key.skip": ("Hoppa över fråga", "Skip question"),
    "key.confidential": ("Sekretessmarkera", "Mark confidential"),
    "key.confidential_entry": ("Sekretess", "Confidential"),
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
        "Avsluta mötet och ta fram protokollet?",
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
        "Inget loggat än. alt+m mismatch · alt+t tips · alt+i insikt · alt+a åtgärd",
        "Nothing logged yet. alt+m mismatch · alt+t tip · alt+i insight · alt+a action",
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
    "ui.quick.confidential": ("sekretess", "confidential"),
    "ui.quick.bad_date": (
        "Datumet ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2026-12-01.",
        "Write the date as YYYY-MM-DD, e.g. 2026-12-01.",
    ),
    # minutes
    "ui.minutes.saved": ("Protokollet är sparat: {path}", "Minutes saved: {path}"),
    "ui.minutes.save_failed": (
        "Protokollet kunde inte sparas: {reason}",
        "The minutes could not be saved: {reason}",
    ),
    # home
    "ui.home.title": ("facilitator · dialogmöten", "facilitator · dialogue meetings"),
    "ui.home.data_dir": ("Datamapp: {path}", "Data folder: {path}"),
    "ui.home.col.id": ("Id", "Id"),
    "ui.home.col.dialogue": ("Dialog", "Dialogue"),
    "ui.home.col.supplier": ("Leverantör", "Supplier"),
    "ui.home.col.status": ("Status", "Status"),
    "ui.home.col.started": ("Startad", "Started"),
    "ui.home.hint": (
        "Enter öppnar eller återupptar ett möte · n nytt möte · d demo",
        "Enter opens or resumes a meeting · n new meeting · d demo",
    ),
    "ui.home.empty": (
        "Inga möten än. n startar ett nytt möte, d öppnar demodialogen.",
        "No meetings yet. n starts a new meeting, d opens the demo dialogue.",
    ),
    "ui.home.resume": (
        "Återuppta mötet med {supplier} ({title})? Det är {status}, mötesklockan står på "
        "{elapsed}.",
        "Resume the meeting with {supplier} ({title})? It is {status}; the meeting clock shows "
        "{elapsed}.",
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
    "ui.app.cannot_open": (
        "Kunde inte öppna mötet: {reason}",
        "Could not open the meeting: {reason}",
    ),
}
