"""Strings of the index and of what looks across meetings: search, future needs, open actions,
insights."""

STRINGS: dict[str, tuple[str, str]] = {}

# ------------------------------------------------------------------------- the index ("index.")
STRINGS.update(
    {
        "maint.doctor.index_damaged": (
            "sökindexet (härlett ur sessionsfilerna) går inte att använda; det byggs om vid "
            "nästa lista, eller nu med 'facilitator reindex'",
            "the search index (derived from the session files) cannot be used; it is rebuilt "
            "at the next list, or now with 'facilitator reindex'",
        ),
        "index.reindex.progress": ("Bygger sökindexet", "Building the search index"),
        "index.reindex.done": (
            "Sökindexet är byggt: {count} sessioner lästes ({seconds:.1f} s). {path}",
            "The search index is built: {count} sessions read ({seconds:.1f} s). {path}",
        ),
        "index.reindex.memory": (
            "Cachemappen går inte att skriva i; indexet hålls bara i minnet: {path}",
            "The cache folder cannot be written; the index is kept in memory only: {path}",
        ),
    }
)

# ------------------------------------------------------- across meetings ("reg.")
STRINGS.update(
    {
        "reg.kind.note": ("Anteckning", "Note"),
        "reg.kind.mismatch": ("Mismatch", "Mismatch"),
        "reg.kind.tip": ("Tips", "Tip"),
        "reg.kind.insight": ("Marknadsinsikt", "Market insight"),
        "reg.kind.action": ("Åtgärd", "Action"),
        "reg.kind.info": ("Lämnad information", "Information given"),
        "reg.search.none": (
            "Inget hittades för \u201d{words}\u201d.",
            "Nothing found for \u201c{words}\u201d.",
        ),
        "reg.search.count": ("{count} träffar.", "{count} hits."),
        "reg.needs.title": ("Framtida behov", "Future needs"),
        "reg.needs.file": ("framtida-behov", "future-needs"),
        "reg.needs.empty": (
            "Inga mismatcher loggade ännu, så inga framtida behov.",
            "No mismatches logged yet, so no future needs.",
        ),
        "reg.needs.mismatch": ("mismatch", "mismatch"),
        "reg.needs.bad_status": ("Status är en av: {statuses}.", "Status is one of: {statuses}."),
        "reg.need.new": ("Ny", "New"),
        "reg.need.considered": ("Övervägd", "Considered"),
        "reg.need.planned": ("Planerad", "Planned"),
        "reg.need.planned_in": ("Planerad i {procurement}", "Planned in {procurement}"),
        "reg.need.dropped": ("Avförd", "Dropped"),
        "reg.no_entry.mismatch": (
            "Ingen mismatch med id \u201d{id}\u201d (se \u201dfacilitator needs\u201d).",
            "No mismatch with id \u201c{id}\u201d (see \u201cfacilitator needs\u201d).",
        ),
        "reg.no_entry.action": (
            "Ingen åtgärd med id \u201d{id}\u201d (se \u201dfacilitator actions\u201d).",
            "No action with id \u201c{id}\u201d (see \u201cfacilitator actions\u201d).",
        ),
        "reg.actions.title": ("Åtgärder", "Actions"),
        "reg.actions.empty": ("Inga åtgärder.", "No actions."),
        "reg.actions.ticked": ("Åtgärden {id} är klar.", "Action {id} is done."),
        "reg.insights.questions": ("Frågorna", "The questions"),
        "reg.insights.lessons": ("Lärdomar om formatet", "Lessons about the format"),
        "reg.insights.no_lessons": ("  Inga ännu.", "  None yet."),
        "reg.insights.years": ("Dialogtid per år", "Dialogue time per year"),
        "reg.flag.overrun": ("drar ofta över", "often overruns"),
        "reg.flag.low": ("öppnar sällan samtalet", "seldom opens the talk"),
        "reg.col.date": ("Datum", "Date"),
        "reg.col.line": ("Träff", "Found"),
        "reg.col.supplier": ("Leverantör", "Supplier"),
        "reg.col.dialogue": ("Dialog", "Dialogue"),
        "reg.col.future_needs": ("Framtida behov", "Future needs"),
        "reg.col.status": ("Status", "Status"),
        "reg.col.entry": ("Id", "Id"),
        "reg.col.due": ("Senast", "Due"),
        "reg.col.owner": ("Ansvarig", "Owner"),
        "reg.col.action": ("Åtgärd", "Action"),
        "reg.col.question": ("Fråga", "Question"),
        "reg.col.asked": ("Ställd", "Asked"),
        "reg.col.rating": ("Öppnade", "Opened"),
        "reg.col.minutes": ("Min / tidsram", "Min / timebox"),
        "reg.col.flags": ("Att se över", "To review"),
        "reg.col.year": ("År", "Year"),
        "reg.col.meetings": ("Möten", "Meetings"),
        "reg.col.hours": ("Timmar", "Hours"),
        "reg.col.person_hours": ("Persontimmar", "Person-hours"),
    }
)

# ------------------------------------------------------------- screens ("reg.ui.", "reg.key.")
STRINGS.update(
    {
        "reg.key.search": ("Sök", "Search"),
        "reg.key.needs": ("Framtida behov", "Future needs"),
        "reg.key.actions": ("Åtgärder", "Actions"),
        "reg.key.insights": ("Insikter", "Insights"),
        "reg.key.status": ("Ändra status", "Change status"),
        "reg.key.planned": ("Planerad i…", "Planned in…"),
        "reg.key.done": ("Klar/ej klar", "Done/not done"),
        "reg.key.rate": ("Öppnade frågan samtalet?", "Did it open the talk?"),
        "reg.key.lesson": ("Lärdom om formatet", "Lesson about the format"),
        "reg.rating.yes": ("öppnade: ja", "opened: yes"),
        "reg.rating.partly": ("öppnade: delvis", "opened: partly"),
        "reg.rating.no": ("öppnade: nej", "opened: no"),
        "reg.ui.rate_asked_only": (
            "Bara frågor som ställdes kan bedömas.", "Only questions asked can be rated."
        ),
        "reg.ui.lesson": (
            "Lärdom om formatet (vad fungerade, vad gör vi annorlunda nästa gång?)",
            "Lesson about the format (what worked, what to do differently next time?)",
        ),
        "reg.ui.empty": ("Inget här ännu.", "Nothing here yet."),
        "reg.ui.indexing": (
            "Bygger sökindexet: {done} av {total} möten lästa…",
            "Building the search index: {done} of {total} meetings read…",
        ),
        "reg.ui.home_more": (
            "{hidden} äldre möten visas inte här: / söker i alla {total}.",
            "{hidden} older meetings not shown here: / searches all {total}.",
        ),
        "reg.ui.open_actions": (
            "Öppna åtgärder från tidigare möten ({count})",
            "Open actions from earlier meetings ({count})",
        ),
        "reg.ui.open_actions_more": (
            "… och {count} till (a på startsidan)", "… and {count} more (a on home)"
        ),
        "reg.ui.search.title": ("Sök i alla möten", "Search every meeting"),
        "reg.ui.search.placeholder": (
            "Ord i anteckningar och loggade poster…", "Words in notes and log entries…"
        ),
        "reg.ui.search.hint": (
            "Skriv ord (början räcker). ↓ till träffarna, Enter öppnar mötet, Esc tillbaka.",
            "Type words (their start will do). ↓ to the hits, Enter opens the meeting, "
            "Esc goes back.",
        ),
        "reg.ui.search.none": (
            "Inget hittades för \u201d{words}\u201d.", "Nothing found for \u201c{words}\u201d."
        ),
        "reg.ui.search.detail": (
            "{count} träffar · {dialogue} · Fråga: {question}",
            "{count} hits · {dialogue} · Question: {question}",
        ),
        "reg.ui.needs.detail": (
            "{dialogue} · Mismatch: {mismatch} · s ändrar status, Enter öppnar mötet",
            "{dialogue} · Mismatch: {mismatch} · s changes the status, Enter opens the meeting",
        ),
        "reg.ui.needs.which_procurement": (
            "Vilken upphandling planeras behovet in i?",
            "Which procurement is the need planned in?",
        ),
        "reg.ui.actions.open": (
            "{dialogue}, möte {date} · mellanslag bockar av, Enter öppnar mötet",
            "{dialogue}, meeting {date} · space ticks it done, Enter opens the meeting",
        ),
        "reg.ui.actions.done": (
            "Klar · {dialogue}, möte {date} · mellanslag ångrar",
            "Done · {dialogue}, meeting {date} · space undoes",
        ),
    }
)
