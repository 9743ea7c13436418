"""Strings of the meeting record: general notes, what was discussed, the honest clock, and
corrections of entries in the wrap-up."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "record.no_questions": (
        "Dialogen hade inga frågor.",
        "The dialogue had no questions.",
    ),
    "record.planned_invalid": (
        "Mötets längd ska vara ett helt antal minuter, minst 1 och högst {most}.",
        "The meeting length must be a whole number of minutes, at least 1 and at most {most}.",
    ),
    "record.resume.running": (
        "Mötet pågår; mötesklockan står på {elapsed}.",
        "The meeting is running; the meeting clock stands at {elapsed}.",
    ),
    "record.resume.paused": (
        "Mötet är pausat; mötesklockan står på {elapsed}.",
        "The meeting is paused; the meeting clock stands at {elapsed}.",
    ),
    "record.closed_question": (
        "Appen var stängd i {closed} medan mötet pågick (mötesklockan stod då på {elapsed}). "
        "Fortsatte mötet under tiden? Ja räknar tiden som mötestid, nej räknar den inte.",
        "The app was closed for {closed} while the meeting was running (the meeting clock stood "
        "at {elapsed}). Did the meeting go on meanwhile? Yes counts that time as meeting time, "
        "no leaves it out.",
    ),
    "record.quit_resumable": (
        "Mötet med {supplier} är inte avslutat och kan återupptas: starta facilitator igen.",
        "The meeting with {supplier} is not finished and can be resumed: start facilitator again.",
    ),
    "record.tip_hint_one": (
        "Enter: tipset ur tipsbanken (det enda som passar) · alt+c: sekretess · Esc: avbryt",
        "Enter: the library tip (the only match) · alt+c: confidential · Esc: cancel",
    ),
    "record.entry_title": ("Ändra posten", "Edit the entry"),
    "record.new_entry": ("Ny post", "New entry"),
    "record.key.add_entry": ("Ny post", "New entry"),
    "record.key.delete_entry": ("Ta bort post", "Delete entry"),
    "record.key.tip_to_library": ("Till tipsbanken", "To tips library"),
    "record.confirm_delete_entry": (
        "Ta bort posten ”{text}” ur anteckningarna?",
        "Delete the entry \"{text}\" from the minutes?",
    ),
    "record.not_a_free_tip": (
        "Bara ett eget tips (inte ett ur tipsbanken) kan läggas i tipsbanken.",
        "Only a free tip (not one from the library) can be added to the tips library.",
    ),
    "record.tip_kept": ("Tipset finns nu i tipsbanken.", "The tip is now in the tips library."),
    "record.tip_not_kept": (
        "Tipset kunde inte sparas i tipsbanken: {reason}",
        "The tip could not be saved to the tips library: {reason}",
    ),
    "key.question_state": ("Frågans status", "Question state"),
    "record.state.done": ("diskuterades", "discussed"),
    "record.state.skipped": ("hoppades över", "skipped"),
    "record.state.pending": ("hanns inte med", "not reached"),
    "record.state_changed": ("Fråga {number}: {state}.", "Question {number}: {state}."),
}
