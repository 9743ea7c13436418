"""The dialogues in the data folder: create, edit, import into, export, book and start."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Label

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.starters import export_markdown
from facilitator.domain.text import printable
from facilitator.export import safe_name
from facilitator.i18n import N_, t, tn, tp
from facilitator.storage.atomic import make_private_dir, write_atomic
from facilitator.storage.prep import PrepStore
from facilitator.ui.bindings import key_display
from facilitator.ui.rows import at_cursor
from facilitator.ui.screens.base import ASKING, FacilitatorScreen
from facilitator.ui.screens.new_dialogue import NewDialogueScreen
from facilitator.ui.screens.path_prompt import PathPromptScreen
from facilitator.ui.widgets.name_cells import name_cell, name_widths

#: The headings of the columns of counts.
_QUESTIONS, _MEETINGS = N_("Questions"), N_("Meetings")


class DialoguesScreen(FacilitatorScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_dialogue", N_("New dialogue")),
        Binding("e", "edit", N_("Edit"), show=False),  # Enter edits too (in the hint)
        Binding("i", "import_questions", N_("Import")),
        Binding("x", "export", N_("Export"), show=False),
        Binding("b", "book", N_("Book"), show=False),
        Binding("s", "start", N_("Start meeting"), show=False),  # in the hint
        Binding("a", "summary", N_("Summary")),
        Binding("escape", "app.pop_screen", N_("Back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.prep = PrepStore(self.store)
        self.dialogues: list[Dialogue] = []

    def compose(self) -> ComposeResult:
        yield Label(t("Dialogues", self.lang), classes="screen-title")
        yield DataTable(id="dialogues", cursor_type="row", zebra_stripes=True)
        yield Label(
            t(
                "Enter edits · {new} new · {import_key} import · {export} export · {book} book · "
                "{start} start a meeting",
                self.lang,
                new=key_display(self, "new_dialogue"),
                import_key=key_display(self, "import_questions"),
                export=key_display(self, "export"),
                book=key_display(self, "book"),
                start=key_display(self, "start"),
            ),
            id="dialogues-hint",
            classes="hint",
        )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, heading in (
            ("title", t("Dialogue", self.lang)),
            ("reference", tp("short", "Reference", self.lang)),
            ("questions", t(_QUESTIONS, self.lang)),
            ("sessions", t(_MEETINGS, self.lang)),
        ):
            table.add_column(heading, key=key)
        table.focus()
        self._load()

    def on_screen_resume(self) -> None:
        self._load()

    def on_resize(self) -> None:
        if self.dialogues:
            self._show(self.dialogues, self._held)

    @work(thread=True, exclusive=True, group="dialogues", exit_on_error=False)
    def _load(self) -> None:
        dialogues = self.prep.dialogues()
        held = self.prep.sessions_held()
        self.from_worker(self._show, dialogues, held)

    def _show(self, dialogues: list[Dialogue], held: dict[str, int]) -> None:
        table = self.query_one(DataTable)
        selected = self.selected()
        self.dialogues = dialogues
        self._held = held
        table.clear()
        counts = [len(t(heading, self.lang)) for heading in (_QUESTIONS, _MEETINGS)]
        # A long title is shortened so that the reference and the counts always show.
        title_width, reference_width = name_widths(
            table.size.width or self.size.width,
            counts,
            [[d.title for d in dialogues], [d.reference for d in dialogues]],
        )
        for d in dialogues:
            table.add_row(
                name_cell(d.title, title_width),
                name_cell(d.reference, reference_width),
                str(len(d.questions)),
                str(held.get(d.id, 0)),
                key=d.id,
            )
        ids = [d.id for d in dialogues]
        if selected is not None and selected.id in ids:
            table.move_cursor(row=ids.index(selected.id))

    def selected(self) -> Dialogue | None:
        return at_cursor(self.query_one(DataTable), self.dialogues)

    def show_hint(self, text: str) -> None:
        self.query_one("#dialogues-hint", Label).update(Text(printable(text)))

    # ----------------------------------------------------------------- actions
    @work(exclusive=True, group=ASKING, exit_on_error=False)
    async def action_new_dialogue(self) -> None:
        dialogue = await self.app.push_screen_wait(NewDialogueScreen(self.selected()))
        if dialogue is not None:
            self.facilitator.navigator.edit_dialogue(dialogue, is_new=True)

    def action_edit(self) -> None:
        dialogue = self.selected()
        if dialogue is not None:
            self.facilitator.navigator.edit_dialogue(dialogue)

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_edit()

    def action_import_questions(self) -> None:
        self.facilitator.navigator.import_questions(self.selected())

    def action_book(self) -> None:
        dialogue = self.selected()
        if dialogue is not None:
            self.facilitator.navigator.edit_booking(self, dialogue_id=dialogue.id)

    def action_start(self) -> None:
        dialogue = self.selected()
        if dialogue is not None:
            self.facilitator.navigator.new_session(dialogue_id=dialogue.id)

    def action_summary(self) -> None:
        dialogue = self.selected()
        if dialogue is not None:
            self.facilitator.navigator.summary(dialogue.id)

    @work(exclusive=True, group=ASKING, exit_on_error=False)
    async def action_export(self) -> None:
        dialogue = self.selected()
        if dialogue is None:
            return
        name = safe_name(dialogue.title) or dialogue.id
        suggestion = self.store.root / "exports" / f"{name}.md"
        question = t(
            "Export the questions of {title} as Markdown to:", self.lang, title=dialogue.title
        )
        path = await self.app.push_screen_wait(PathPromptScreen(question, suggestion))
        if path is None:
            return
        text = export_markdown(dialogue, self.lang)

        def export() -> Path:
            target = path / f"{name}.md" if path.is_dir() else path
            make_private_dir(target.parent)
            write_atomic(target, text.encode("utf-8"), keep_backup=False)
            return target

        def exported(target: Path) -> None:
            message = tn(
                "1 question exported to {path}",
                "{count} questions exported to {path}",
                len(dialogue.questions),
                self.lang,
                path=str(target),
            )
            self.show_hint(message)
            self.notify(message, timeout=15, markup=False)

        self.run_io(
            export,
            exported,
            failed=N_("Could not write {path}: {reason}"),
            expected=(OSError, ValueError),
            group="export",
            path=str(path),
        )
