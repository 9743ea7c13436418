"""The names shown for the values of the domain's enumerations, by value: a theme, a role, a
meeting format, a log entry's kind, a session's status, a language. Translated with `t` where
shown."""

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
