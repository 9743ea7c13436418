"""The names shown for the values of the domain's enumerations, by value: a theme, a role, a
meeting format, a log entry's kind, a session's status, a language, a future need's status, a
question's rating; and the headings of the registers' columns. Translated with `t` where shown."""

from __future__ import annotations

from facilitator.i18n import N_

THEMES = {
    "needs": N_("Needs"),
    "market": N_("Market"),
    "conditions": N_("Conditions for the deal"),
    "other": N_("Other"),
}
ROLES = {
    "procurer": N_("Procurer"),
    "ordering_department": N_("Ordering department"),
    "supplier": N_("Supplier"),
}
MEETING_FORMATS = {
    "teams": N_("Teams"),
    "in_person": N_("In person"),
}
KINDS = {
    "note": N_("Note"),
    "mismatch": N_("Mismatch"),
    "tip": N_("Tip"),
    "insight": N_("Market insight"),
    "action": N_("Action"),
    "info": N_("Information given"),
}
LANGUAGES = {
    "sv": N_("Swedish"),
    "en": N_("English"),
}
STATUSES = {
    "planned": N_("Planned"),
    "running": N_("Running"),
    "paused": N_("Paused"),
    "finished": N_("Finished"),
    "damaged": N_("Damaged file"),
}
#: The headings of the registers' columns, by column.
REGISTER_COLUMNS = {
    "date": N_("Date"),
    "supplier": N_("Supplier"),
    "dialogue": N_("Dialogue"),
    "future_needs": N_("Future needs"),
    "status": N_("Status"),
    "entry": N_("Id"),
    "due": N_("Due"),
    "owner": N_("Owner"),
    "action": N_("Action"),
    "line": N_("Found"),
    "asked": N_("Asked"),
    "rating": N_("Opened"),
    "minutes": N_("Min / timebox"),
    "flags": N_("To review"),
    "year": N_("Year"),
    "meetings": N_("Meetings"),
    "hours": N_("Hours"),
    "person_hours": N_("Person-hours"),
}
#: A future need's status in words.
NEED_STATUS_NAMES = {
    "new": N_("New"),
    "considered": N_("Considered"),
    "planned": N_("Planned"),
    "dropped": N_("Dropped"),
}
#: How well a question opened the conversation.
RATING_NAMES = {
    "yes": N_("opened: yes"),
    "partly": N_("opened: partly"),
    "no": N_("opened: no"),
}
