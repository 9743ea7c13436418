"""Strings of the dialogue summary, the equal-treatment check and the information shared."""

STRINGS: dict[str, tuple[str, str]] = {
    "summary.title": ("Sammanställning av dialogen: {title}", "Dialogue summary: {title}"),
    "summary.contacts_title": (
        "Kontakter med leverantörer: {title}",
        "Contacts with suppliers: {title}",
    ),
    "summary.check_title": ("Likabehandling: {title}", "Equal treatment: {title}"),
    "summary.cli.bad_rate": (
        "timkostnaden ska vara ett helt antal kronor, 0 eller mer",
        "the hourly cost must be a whole number of kronor, 0 or more",
    ),
    "summary.cli.shared": (
        "Antecknat i dialogen: informationen delad med alla {when}.",
        "Recorded in the dialogue: the information was shared with all on {when}.",
    ),
    "summary.supplier_word": ("Leverantör", "Supplier"),
    "summary.public_notice": (
        "Offentlig version: uppgifter som omfattas av sekretess har undantagits.",
        "Public version: confidential information has been withheld.",
    ),
    "summary.internal_notice": (
        "Intern version: innehåller uppgifter markerade som sekretess (se sist).",
        "Internal version: contains information marked confidential (listed at the end).",
    ),
    "summary.anonymous_notice": (
        "Leverantörerna är avidentifierade och benämns Leverantör A, B, … i den ordning de "
        "först kontaktades.",
        "The suppliers are anonymised and named Supplier A, B, … in the order they were first "
        "in contact.",
    ),
    "summary.suppliers_met": ("Leverantörer som mötts", "Suppliers met"),
    "summary.meetings_held": ("Möten", "Meetings"),
    "summary.made": ("Sammanställd", "Compiled"),
    "summary.empty": (
        "Inga möten har hållits eller bokats i den här dialogen ännu.",
        "No meetings have been held or booked in this dialogue yet.",
    ),
    "summary.section.left_out": ("Filer som inte kunde läsas", "Files that could not be read"),
    "summary.left_out": (
        "{name} kunde inte läsas och ingår inte ({reason}). Kör facilitator doctor.",
        "{name} could not be read and is left out ({reason}). Run facilitator doctor.",
    ),
    # Meetings
    "summary.section.meetings": ("Möten som hållits", "Meetings held"),
    "summary.no_meetings_held": ("Inga möten har hållits ännu.", "No meetings have been held yet."),
    "summary.never_met": (
        "Anmälda men inte mötta: {names}.",
        "Signed up but never met: {names}.",
    ),
    "summary.col.supplier": ("Leverantör", "Supplier"),
    "summary.col.date": ("Datum", "Date"),
    "summary.col.format": ("Form", "Format"),
    "summary.col.length": ("Längd", "Length"),
    "summary.col.people": ("Deltagare", "Participants"),
    "summary.col.state": ("Status", "Status"),
    "summary.col.heard": ("Inledande information", "Opening statements"),
    "summary.people": ("{count} personer", "{count} people"),
    "summary.person": ("{count} person", "{count} person"),
    "summary.state.held": ("hållet", "held"),
    "summary.state.running": ("pågår", "running"),
    "summary.state.booked": ("bokat", "booked"),
    # Answers
    "summary.section.answers": ("Svar per fråga", "Answers per question"),
    "summary.answered.skipped": ("(hoppades över)", "(skipped)"),
    "summary.answered.not_reached": ("(hanns inte med)", "(not reached)"),
    "summary.asked_no_notes": ("(ställd, inga anteckningar)", "(asked, no notes)"),
    "summary.no_question": ("Utan fråga", "Not under a question"),
    # Information
    "summary.no_information": (
        "Ingen information till leverantörerna antecknad.",
        "No information given to the suppliers recorded.",
    ),
    "summary.given_to": ("lämnad till {names}", "given to {names}"),
    "summary.not_told": ("inte lämnad till {names}", "not given to {names}"),
    "summary.shared_with_all": ("delad med alla {when}", "shared with all on {when}"),
    # Equal treatment
    "summary.section.check": ("Likabehandling", "Equal treatment"),
    "summary.check.questions": ("Frågor per leverantör", "Questions per supplier"),
    "summary.check.legend": (
        "✓ ställd · ✗ hoppades över · – hanns inte med",
        "✓ asked · ✗ skipped · – not reached",
    ),
    "summary.check.opening": ("Inledande information", "Opening statements"),
    "summary.heard": ("{heard} av {total}", "{heard} of {total}"),
    "summary.check.findings": ("Att åtgärda", "To put right"),
    "summary.check.none": (
        "Inget att åtgärda: alla har fått samma frågor och samma information.",
        "Nothing to put right: every supplier got the same questions and information.",
    ),
    "summary.finding.skipped": (
        "Fråga {number} ”{subject}” ställdes inte till {names} (hoppades över). Ställ den "
        "skriftligt, eller anteckna varför inte.",
        "Question {number} \"{subject}\" was not asked of {names} (skipped). Ask it in writing, "
        "or record why not.",
    ),
    "summary.finding.not_reached": (
        "Fråga {number} ”{subject}” hanns inte med hos {names}. Ställ den skriftligt.",
        "Question {number} \"{subject}\" was not reached with {names}. Ask it in writing.",
    ),
    "summary.finding.opening": (
        "{names} fick inte höra den inledande informationen ”{subject}”. Skicka den skriftligt.",
        "{names} did not hear the opening statement \"{subject}\". Send it in writing.",
    ),
    "summary.finding.information": (
        "Informationen ”{subject}” har inte nått {names}. Dela den med alla: facilitator "
        "shared {dialogue}",
        "The information \"{subject}\" has not reached {names}. Share it with all: "
        "facilitator shared {dialogue}",
    ),
    "summary.finding.left_out": (
        "En sessionsfil kunde inte läsas och saknas i kontrollen ({subject}). Kör facilitator "
        "doctor.",
        "A session file could not be read and is missing from the check ({subject}). Run "
        "facilitator doctor.",
    ),
    # Contacts
    "summary.section.contacts": ("Kontakter med leverantörer", "Contacts with suppliers"),
    "summary.no_contacts": ("Inga kontakter antecknade.", "No contacts recorded."),
    # Cost
    "summary.section.cost": ("Vad dialogen kostade i tid", "What the dialogue cost in time"),
    "summary.total_time": ("Total mötestid", "Total meeting time"),
    "summary.person_hours": (
        "Egen organisations arbetstid (mötestid × deltagare)",
        "Own organisation's time (meeting time × participants)",
    ),
    "summary.hours": ("{hours} timmar", "{hours} hours"),
    "summary.rate": ("Timkostnad", "Hourly cost"),
    "summary.sek": ("{sek} kr", "SEK {sek}"),
    "summary.cost_sek": ("Kostnad", "Cost"),
    "summary.no_rate": (
        "ingen timkostnad angiven (--rate SEK)",
        "no hourly cost set (--rate SEK)",
    ),
    # Confidential marks
    "summary.section.marks": (
        "Sekretessmarkeringar att pröva",
        "Confidentiality marks to review",
    ),
    "summary.marks_intro": (
        "Pröva varje markering mot sin grund innan handlingen lämnas ut.",
        "Review each mark against its ground before the document is released.",
    ),
    "summary.ground": ("Grund", "Ground"),
    # The summary screen
    "key.summary": ("Sammanställning", "Summary"),
    "key.anonymous": ("Anonym", "Anonymous"),
    "summary.ui.loading": ("Läser dialogens möten…", "Reading the dialogue's meetings…"),
    "summary.ui.cannot_read": (
        "Kunde inte läsa dialogen: {reason}",
        "Could not read the dialogue: {reason}",
    ),
    "summary.ui.hint": (
        "l språk · p offentlig · a anonym · s spara · Esc tillbaka",
        "l language · p public · a anonymous · s save · Esc back",
    ),
    "summary.ui.internal": ("intern version", "internal version"),
    "summary.ui.public": ("offentlig version", "public version"),
    "summary.ui.no_dialogue": (
        "Välj ett möte i listan, eller öppna sammanställningen från dialogerna (g).",
        "Choose a meeting in the list, or open the summary from the dialogues (g).",
    ),
    "summary.ui.save_title": ("Spara sammanställningen som", "Save the summary as"),
    "summary.ui.rate_field": ("Timkostnad per person, kr", "Hourly cost a person, SEK"),
    "summary.ui.named": ("leverantörer med namn", "suppliers named"),
    "summary.ui.anonymous": ("anonym", "anonymous"),
    "summary.ui.saved": ("Sammanställningen är sparad: {path}", "Summary saved: {path}"),
    # Erasure (forget --person)
    "erasure.finalised_kept": (
        "Fastställda minnesanteckningar som nämner namnet lämnades orörda: de är allmänna "
        "handlingar och följer arkivets gallringsbeslut.",
        "Finalised minutes that mention the name were left untouched: they are official "
        "documents and follow the archive's retention decision.",
    ),
    "erasure.versions": ("fastställd version {numbers}", "finalised version {numbers}"),
    "erasure.recorded": (
        "Raderingen är antecknad (vad och när, inte vem) i {path}.",
        "The erasure is recorded (what and when, not whom) in {path}.",
    ),
    # Shared with all
    "summary.shared_title": (
        "Information till alla leverantörer: {title}",
        "Information to all suppliers: {title}",
    ),
    "summary.shared_intro": (
        "Under dialogen har följande information lämnats till en eller flera leverantörer. Den "
        "delas här med alla, så att alla har samma underlag.",
        "During the dialogue the following information was given to one or more suppliers. It "
        "is shared here with all, so that everyone has the same information.",
    ),
    "summary.shared_withheld": (
        "{count} uppgifter är sekretessmarkerade och ingår inte.",
        "{count} items are marked confidential and are not included.",
    ),
    "summary.section.open_actions": ("Öppna åtgärder", "Open actions"),
    "summary.no_open_actions": ("Inga öppna åtgärder.", "No open actions."),
}
