"""The dialogues in the data folder: create, edit, import into, export, book and start."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.starters import export_markdown
from facilitator.domain.text import printable
from facilitator.export import safe_name
from facilitator.i18n import t, tn
from facilitator.storage.atomic import make_private_dir, write_atomic
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import Store
from facilitator.ui.bindings import localise_bindings
from facilitator.ui.rows import at_cursor
from facilitator.ui.screens.path_prompt import PathPromptScreen
from facilitator.ui.widgets.name_cells import name_cell, name_widths


class DialoguesScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_dialogue", "key.new_dialogue"),
        Binding("e", "edit", "key.edit", show=False),  # Enter edits too (in the hint)
        Binding("i", "import_questions", "key.import"),
        Binding("x", "export", "key.export", show=False),
        Binding("b", "book", "key.book", show=False),
        Binding("s", "start", "key.start_meeting", show=False),  # in the hint
        Binding("a", "summary", "key.summary"),
        Binding("escape", "app.pop_screen", "key.back"),
    ]

    def __init__(self, store: Store, lang: str) -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        self.prep = PrepStore(store)
        self.dialogues: list[Dialogue] = []
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Label(t("ui.prep.dialogues.title", self.lang), classes="screen-title")
        yield DataTable(id="dialogues", cursor_type="row", zebra_stripes=True)
        yield Label(t("ui.prep.dialogues.hint", self.lang), id="dialogues-hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in ("title", "reference", "questions", "sessions"):
            table.add_column(t(f"ui.prep.dialogues.col.{key}", self.lang), key=key)
        table.focus()
        self._load()

    def on_screen_resume(self) -> None:
        self._load()

    def on_resize(self) -> None:
        if self.dialogues:
            self._show(self.dialogues, self._held)

    @work(thread=True, exclusive=True, group="dialogues")
    def _load(self) -> None:
        dialogues = self.prep.dialogues()
        held = self.prep.sessions_held()
        self.app.call_from_thread(self._show, dialogues, held)

    def _show(self, dialogues: list[Dialogue], held: dict[str, int]) -> None:
        table = self.query_one(DataTable)
        selected = self.selected()
        self.dialogues = dialogues
        self._held = held
        table.clear()
        columns = ("questions", "sessions")
        counts = [len(t(f"ui.prep.dialogues.col.{key}", self.lang)) for key in columns]
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
    def action_new_dialogue(self) -> None:
        from facilitator.ui.screens.dialogue_editor import DialogueEditorScreen
        from facilitator.ui.screens.new_dialogue import NewDialogueScreen

        def chosen(dialogue: Dialogue | None) -> None:
            if dialogue is not None:
                self.app.push_screen(
                    DialogueEditorScreen(self.store, self.lang, dialogue, is_new=True)
                )

        self.app.push_screen(NewDialogueScreen(self.lang, self.selected()), chosen)

    def action_edit(self) -> None:
        from facilitator.ui.screens.dialogue_editor import DialogueEditorScreen

        dialogue = self.selected()
        if dialogue is not None:
            self.app.push_screen(DialogueEditorScreen(self.store, self.lang, dialogue))

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_edit()

    def action_import_questions(self) -> None:
        from facilitator.ui.screens.import_preview import ImportScreen

        self.app.push_screen(ImportScreen(self.store, self.lang, self.selected()))

    def action_book(self) -> None:
        from facilitator.ui.screens.bookings import edit_booking

        dialogue = self.selected()
        if dialogue is not None:
            edit_booking(self, self.store, self.lang, dialogue_id=dialogue.id)

    def action_start(self) -> None:
        from facilitator.ui.screens.new_session import NewSessionScreen

        dialogue = self.selected()
        if dialogue is not None:
            self.app.push_screen(NewSessionScreen(self.store, self.lang, dialogue_id=dialogue.id))

    def action_summary(self) -> None:
        from facilitator.ui.screens.summary import SummaryScreen

        dialogue = self.selected()
        if dialogue is not None:
            self.app.push_screen(SummaryScreen(self.store, self.lang, dialogue.id))

    def action_export(self) -> None:
        dialogue = self.selected()
        if dialogue is None:
            return
        name = safe_name(dialogue.title) or dialogue.id
        suggestion = self.store.root / "exports" / f"{name}.md"

        def chosen(path: Path | None) -> None:
            if path is not None:
                self._export(dialogue, path)

        question = t("ui.prep.export.question", self.lang, title=dialogue.title)
        self.app.push_screen(PathPromptScreen(question, self.lang, suggestion), chosen)

    @work(thread=True, group="export", exit_on_error=False)
    def _export(self, dialogue: Dialogue, path: Path) -> None:
        text = export_markdown(dialogue, self.lang)
        try:
            if path.is_dir():
                path = path / f"{safe_name(dialogue.title) or dialogue.id}.md"
            make_private_dir(path.parent)
            write_atomic(path, text.encode("utf-8"), keep_backup=False)
        except (OSError, ValueError) as error:
            message = t("ui.prep.export.failed", self.lang, path=str(path), reason=str(error))
            self.app.call_from_thread(
                self.notify, message, severity="error", timeout=30, markup=False
            )
            return
        message = tn(
            "ui.prep.export.done", len(dialogue.questions), self.lang, path=str(path)
        )
        self.app.call_from_thread(self.show_hint, message)
        self.app.call_from_thread(self.notify, message, timeout=15, markup=False)
