"""Small forms of the wrap-up: a participant, a log entry, a confidentiality reason.

Each is a modal that dismisses with the edited value, or None when cancelled (Escape). Enter in any
field saves; the forms never change the session themselves, the wrap-up screen does.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Checkbox, Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from facilitator.domain.entries import EntryEdit, EntryKind, LogEntry
from facilitator.domain.participants import Participant, Role
from facilitator.domain.text import clean_name
from facilitator.domain.time import due_question, parse_due, unusual_day
from facilitator.i18n import N_, t
from facilitator.i18n.labels import KINDS, ROLES
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorModal
from facilitator.ui.widgets.quick_log import EXTRA_FIELDS, MAX_LENGTH

FormResult = TypeVar("FormResult")


class _Form(FacilitatorModal[FormResult | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Cancel")),
        Binding("ctrl+s", "save", N_("Save")),
    ]

    def hint(self, key: str = N_("Enter or {save} saves · {cancel} cancels")) -> Label:
        """The form's hint, naming its keys for saving and cancelling as they are bound."""
        keys = {action: key_display(self, action) for action in ("save", "cancel")}
        return Label(t(key, self.lang, **keys), classes="form-hint")

    def complain(self, key: str, field_id: str) -> None:
        self.show_hint(t(key, self.lang), field_id)

    def show_hint(self, text: str, field_id: str) -> None:
        self.query_one(".form-hint", Label).update(text)
        self.query_one(f"#{field_id}").focus()

    def value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value.strip()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:  # pragma: no cover - every form defines it
        raise NotImplementedError

    def action_cancel(self) -> None:
        self.dismiss(None)


class ParticipantForm(_Form[Participant]):
    """Name, organisation and role of one participant."""

    def __init__(self, participant: Participant | None = None) -> None:
        super().__init__()
        self.participant = participant or Participant("")

    def compose(self) -> ComposeResult:
        person = self.participant
        with Vertical(classes="dialog form-box"):
            title = N_("Edit participant") if person.name else N_("New participant")
            yield Label(t(title, self.lang), classes="form-title")
            yield Label(t("Name", self.lang))
            yield Input(person.name, id="form-name", max_length=500)
            yield Label(t("Organisation (empty: the supplier or the own organisation)", self.lang))
            yield Input(person.organisation, id="form-organisation", max_length=500)
            yield Label(t("Role (↑/↓)", self.lang))
            roles = [Option(t(ROLES[role.value], self.lang), id=role.value) for role in Role]
            yield OptionList(*roles, id="form-role")
            yield Label(t("E-mail (for the minutes)", self.lang))
            yield Input(person.email, id="form-email", max_length=320)
            yield self.hint()

    def on_mount(self) -> None:
        self.query_one("#form-role", OptionList).highlighted = list(Role).index(
            self.participant.role
        )
        self.query_one("#form-name", Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a role saves, as Enter does in the other fields."""
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        name = clean_name(self.value("form-name"))
        if not name:
            self.complain(N_("Type the participant's name."), "form-name")
            return
        roles = self.query_one("#form-role", OptionList)
        chosen = roles.highlighted
        role = list(Role)[chosen] if chosen is not None else self.participant.role
        organisation = clean_name(self.value("form-organisation"))
        self.dismiss(Participant(name, organisation, role, email=self.value("form-email")))


class EntryForm(_Form["EntryEdit"]):
    """The kind, text and details of one log entry, and its confidentiality mark and reason;
    without an entry, a new one."""

    def __init__(self, entry: LogEntry | None = None) -> None:
        super().__init__()
        self.entry = entry
        self.kind = entry.kind if entry else EntryKind.NOTE
        #: A due date already questioned (in the past or far ahead): saving again keeps it.
        self._questioned_due: date | None = entry.due if entry else None

    def compose(self) -> ComposeResult:
        entry = self.entry
        due = entry.due.isoformat() if entry and entry.due else ""
        needs = entry.future_needs if entry else ""
        fields = [
            ("text", N_("Text"), entry.text if entry else "", MAX_LENGTH),
            (
                "future_needs",
                N_("Other needs or future opportunities (optional)"),
                needs,
                MAX_LENGTH,
            ),
            ("owner", N_("Owner (optional)"), entry.owner if entry else "", 500),
            ("due", N_("Due YYYY-MM-DD (optional)"), due, 10),
        ]
        title = N_("Edit the entry") if entry else N_("New entry")
        with Vertical(classes="dialog form-box"):
            yield Label(t(title, self.lang), classes="form-title")
            yield Select(
                [(t(KINDS[kind.value], self.lang), kind.value) for kind in EntryKind],
                value=self.kind.value,
                allow_blank=False,
                compact=True,
                id="form-kind",
            )
            for name, label, value, limit in fields:
                yield Label(t(label, self.lang), classes=f"form-{name}")
                yield Input(value, id=f"form-{name}", max_length=limit, classes=f"form-{name}")
            confidential = entry.confidential if entry else False
            yield Checkbox(
                t("Confidential", self.lang), confidential, id="form-confidential"
            )
            yield Label(
                t("The supplier's reason: what harm disclosure would do (optional)", self.lang)
            )
            reason = entry.confidential_reason if entry else ""
            yield Input(reason, id="form-reason", max_length=2000)
            yield self.hint()

    def on_mount(self) -> None:
        self._show_extras()
        self.query_one("#form-text", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, str):
            self.kind = EntryKind(event.value)
            self._show_extras()

    def _show_extras(self) -> None:
        """The details the chosen kind has (a mismatch's other needs, an action's owner and due)."""
        extras = EXTRA_FIELDS.get(self.kind, ())
        for name in ("future_needs", "owner", "due"):
            for widget in self.query(f".form-{name}"):
                widget.display = name in extras

    def _optional(self, name: str) -> str:
        shown = name in EXTRA_FIELDS.get(self.kind, ())
        return self.value(f"form-{name}") if shown else ""

    def action_save(self) -> None:
        text = self.value("form-text")
        if not text:
            self.complain(N_("The text cannot be empty."), "form-text")
            return
        try:
            due = parse_due(self._optional("due"))
        except ValueError:
            self.complain(N_("Write the date as YYYY-MM-DD, e.g. 2026-12-01."), "form-due")
            return
        if due is not None and due != self._questioned_due:
            problem = unusual_day(due, self.facilitator.clock.now())
            if problem is not None:
                self._questioned_due = due
                # Enter in a field saves (Textual's Input), whatever the keymap says
                self.show_hint(due_question(due, problem, self.lang, "Enter"), "form-due")
                return
        reason = self.value("form-reason")
        confidential = self.query_one("#form-confidential", Checkbox).value or bool(reason)
        self.dismiss(
            EntryEdit(
                kind=self.kind,
                text=text,
                future_needs=self._optional("future_needs"),
                owner=self._optional("owner"),
                due=due,
                confidential=confidential,
                reason=reason if confidential else "",
            )
        )


class ReasonForm(_Form[str]):
    """The supplier's stated reason for keeping something confidential."""

    def __init__(self, what: str, reason: str = "") -> None:
        super().__init__()
        self.what = what
        self.reason = reason

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form-box"):
            yield Label(t("Reason for confidentiality", self.lang), classes="form-title")
            yield Label(self.what, classes="form-what", markup=False)
            yield Label(
                t("The supplier's reason: what harm disclosure would do (optional)", self.lang)
            )
            yield Input(self.reason, id="form-reason", max_length=2000)
            yield self.hint(N_("Enter marks it confidential with this reason · {cancel} cancels"))

    def on_mount(self) -> None:
        self.query_one("#form-reason", Input).focus()

    def action_save(self) -> None:
        self.dismiss(self.value("form-reason"))
