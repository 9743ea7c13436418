"""F1 (or ? where no text field has focus): what the current screen is for, and its keys."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from facilitator.i18n import N_, t
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorModal

#: What each screen is for, by the name of its class.
PURPOSES = {
    "HomeScreen": N_(
        "The home screen: the meetings in the data folder. Open or "
        "resume a meeting, start a new one from a dialogue or a "
        "booking, and reach the dialogues, the bookings and the "
        "tips library."
    ),
    "MeetingScreen": N_(
        "The meeting: the clock runs, the questions come one at a "
        "time and the notes are kept per question. Log what "
        "matters with one key: a mismatch, a tip, a market "
        "insight, an action. The keys work while you type, and "
        "everything is saved within a second."
    ),
    "WrapUpScreen": N_(
        "The wrap-up: correct the participants, notes and log "
        "entries, and mark what is confidential, before the "
        "minutes are produced."
    ),
    "MinutesScreen": N_(
        "The minutes: read them in Swedish or English, internal or "
        "public; save, copy and finalise them."
    ),
    "SummaryScreen": N_(
        "The dialogue summary: every meeting with the suppliers, "
        "the answers per question, insights, mismatches, tips and "
        "actions. Read it in Swedish or English, public or "
        "anonymised, and save it."
    ),
    "ActionsScreen": N_("The actions of every meeting with owner and due date, overdue first."),
    "NeedsScreen": N_(
        "The future needs register: what each mismatch revealed, and the need's status."
    ),
    "InsightsScreen": N_(
        "Which questions open the conversation, lessons about the "
        "format, and dialogue time per year."
    ),
    "RegisterScreen": N_(
        "A register across meetings: one row per item, and a line about the one highlighted."
    ),
    "TextPrompt": N_("Type one line of text; {cancel} cancels."),
    "SearchScreen": N_("Search the notes and log entries of every meeting."),
    "DialoguesScreen": N_(
        "The dialogues: prepare the questions for the meetings. "
        "Create, edit, import and export dialogues, book a meeting "
        "or start one."
    ),
    "DialogueEditorScreen": N_(
        "A dialogue: its details, its questions with their "
        "timeboxes, and its standard participants."
    ),
    "ImportScreen": N_(
        "Import questions from a file (Markdown, text or HTML "
        "saved from Word). You see what will be imported before "
        "anything is saved."
    ),
    "BookingsScreen": N_(
        "Meetings booked with suppliers that signed up: book, edit, delete or start one."
    ),
    "BookingFormScreen": N_(
        "A booked meeting: dialogue, supplier, contacts, time and "
        "format. A meeting invite (.ics) can fill in most of it."
    ),
    "TipsLibraryScreen": N_(
        "The tips library: tips often given to suppliers. In a "
        "meeting they are listed when you log a tip."
    ),
    "NewSessionScreen": N_(
        "New meeting: pick a dialogue and name the supplier; Enter starts the meeting."
    ),
    "NewDialogueScreen": N_(
        "New dialogue: start from a blank one, the starter "
        "questions or a copy, and give it a title."
    ),
    "QuestionFormScreen": N_("A question: its text, theme, timebox and follow-up questions."),
    "PathPromptScreen": N_("Type the path to a file or a folder."),
    "SaveFormatScreen": N_(
        "Choose the format the minutes are saved in: {first}–{last}, or the arrows and Enter."
    ),
    "ConfirmScreen": N_(
        "A question waiting for an answer: {yes} answers yes, {no} answers no."
    ),
    "ParticipantForm": N_("A participant: name, organisation and role."),
    "EntryForm": N_("A log entry: its text and whether it is confidential."),
    "ReasonForm": N_("The supplier's reason for confidentiality: what harm disclosure would do."),
}


#: The keys a purpose names: the action of each placeholder, by the name of the screen's class.
PURPOSE_KEYS = {
    "TextPrompt": {"cancel": "cancel"},
    "SaveFormatScreen": {"first": "choose('md')", "last": "choose('txt')"},
    "ConfirmScreen": {"yes": "answer(True)", "no": "answer(False)"},
}


def purpose(screen: Screen[object], lang: str) -> str:
    """What `screen` is for, in `lang`, naming its keys as they are bound."""
    name = type(screen).__name__
    keys = {
        placeholder: key_display(screen, action, most=2)
        for placeholder, action in PURPOSE_KEYS.get(name, {}).items()
    }
    return t(PURPOSES.get(name, N_("The keys that work here.")), lang, **keys)


def screen_keys(screen: Screen[object]) -> list[tuple[str, str]]:
    """(keys, description) for each described action of `screen`, in the order it declares
    them, with every key that does it ("delete, x"), taken from its bindings as the user's
    keymap file changes them. The keys every screen has (Tab, copy) come last."""
    keys: dict[str, list[str]] = {}
    descriptions: dict[str, str] = {}
    common = {binding.action for binding in Screen.BINDINGS if isinstance(binding, Binding)}
    declared = [b.action for group in screen._bindings.key_to_bindings.values() for b in group]
    bound = screen._bindings.copy()
    bound.apply_keymap(screen.app._keymap)  # a remapped key comes last: sorted back in place
    bindings = [b for group in bound.key_to_bindings.values() for b in group]
    bindings.sort(key=lambda binding: (binding.action in common, declared.index(binding.action)))
    for binding in bindings:
        if not binding.description:
            continue
        shown = screen.app.get_key_display(binding)
        keys.setdefault(binding.action, [])
        if shown not in keys[binding.action]:
            keys[binding.action].append(shown)
        descriptions.setdefault(binding.action, binding.description)
    return [(", ".join(keys[action]), descriptions[action]) for action in keys]


class HelpScreen(FacilitatorModal[None]):
    """Help for the screen below it; Esc, F1 or ? close it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "close", N_("Cancel"), show=False)
    ]

    def __init__(self, about: Screen[object]) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        lang = self.lang
        rows = screen_keys(self.about)
        width = max((cell_len(keys) for keys, _ in rows), default=0)
        table = Text()
        for keys, description in rows:
            table.append(keys + " " * (width - cell_len(keys) + 2), style="bold")
            table.append(description + "\n")
        table.rstrip()
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Label(t("Help", lang), classes="form-title")
            yield Static(Text(purpose(self.about, lang)), id="help-purpose")
            yield Label(t("Keys", lang), classes="form-title")
            yield Static(table, id="help-keys")
            app_keys = t(
                "{help} shows this help · {palette} searches all commands · {quit} quits "
                "(everything is saved)",
                lang,
                help=key_display(self, "help", most=2),
                palette=key_display(self, "command_palette"),
                quit=key_display(self, "quit"),
            )
            yield Static(Text(app_keys), id="help-app-keys")
            close = key_display(self, "close", most=2)
            yield Label(t("{close} closes the help.", lang, close=close), classes="form-hint")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()  # the arrows scroll a help taller than the screen

    def action_close(self) -> None:
        self.dismiss(None)
