"""Import questions from a file: read it, show what would be imported, and save on confirm."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Input, Label, ProgressBar, Select, Static

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.starters import theme_runs
from facilitator.domain.text import clean_name, printable
from facilitator.i18n import N_, t, tn, tp
from facilitator.i18n.labels import THEMES
from facilitator.importers import (
    ImportResult,
    add_to_dialogue,
    import_questions,
    new_dialogue,
)
from facilitator.importers.outline import READING
from facilitator.ui.bindings import key_display
from facilitator.ui.screens.base import FacilitatorScreen

NEW = "new"
#: Characters of the purpose text shown in the preview.
PURPOSE_PREVIEW = 300


def preview_text(result: ImportResult, lang: str, hint: str) -> Group:
    """The themes and questions that would be imported, the purpose found and the warnings,
    ending in `hint` (how to import or cancel)."""
    head = Text()
    summary = tn(
        "1 question found (read as {source}, {encoding})",
        "{count} questions found (read as {source}, {encoding})",
        len(result.questions),
        lang,
        source=result.source,
        encoding=result.encoding or "-",
    )
    head.append(summary + "\n", style="bold")
    if result.title:
        head.append(t("Document title: {title}", lang, title=result.title) + "\n")
    if result.reference:
        head.append(t("Reference: {reference}", lang, reference=result.reference) + "\n")
    parts: list[Text | Table] = [head]
    number = 0
    for theme, questions in theme_runs(result.questions):
        parts.append(Text(t(THEMES[theme.value], lang), style="bold underline"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", width=4)
        grid.add_column(ratio=1)
        for question in questions:
            number += 1
            grid.add_row(f"{number}.", Text(f"{question.text} ({question.timebox} min)"))
            for follow_up in question.follow_ups:
                grid.add_row("", Text(f"– {follow_up}", style="italic"))
        parts += [grid, Text()]
    tail = Text()
    if result.purpose.strip():
        purpose = " ".join(result.purpose.split())
        if len(purpose) > PURPOSE_PREVIEW:
            purpose = purpose[:PURPOSE_PREVIEW] + "…"
        tail.append(t("Purpose found:", lang) + " ", style="bold")
        tail.append(purpose + "\n")
    else:
        tail.append(tp("preview", "No purpose text found.", lang) + "\n")
    for warning in result.warnings:
        tail.append(f"! {warning.text(lang)}\n", style="bold")
    tail.append("\n" + hint, style="bold")
    return Group(*parts, tail)


class ImportScreen(FacilitatorScreen[None]):
    """Nothing is written until the user confirms (ctrl+s); a bad file only shows a message."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "confirm", N_("Import"), priority=True),
        Binding("escape", "app.pop_screen", N_("Back")),
    ]

    def __init__(self, target: Dialogue | None = None) -> None:
        """`target` is offered as the dialogue to add the questions to."""
        super().__init__()
        self.target = target
        self.result: ImportResult | None = None
        self.path: Path | None = None

    def compose(self) -> ComposeResult:
        lang = self.lang
        targets: list[tuple[str | Text, str]] = [(t("New dialogue", lang), NEW)]
        if self.target is not None:
            adding = t("Add to {title}", lang, title=self.target.title)
            targets.append((Text(printable(adding)), "add"))
        yield Label(t("Import questions", lang), classes="screen-title")
        yield Input(
            placeholder=t(
                "Path to the file (Markdown, text or HTML saved from Word) – Enter reads it", lang
            ),
            id="import-path",
        )
        yield ProgressBar(total=None, show_eta=False, id="import-progress")
        with VerticalScroll(id="import-preview"):
            yield Static(
                t(
                    "Type the path to a file and press Enter. You see what will be imported "
                    "before anything is saved.",
                    lang,
                ),
                id="import-result",
            )
        with Horizontal(classes="form-row", id="import-target-row"):
            yield Select(targets, value=NEW, allow_blank=False, compact=True, id="import-target")
            yield Input(
                placeholder=t("Title of the new dialogue", lang),
                id="import-title",
                compact=True,
                max_length=300,
            )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#import-progress").display = False
        self.query_one("#import-path", Input).focus()

    @on(Select.Changed, "#import-target")
    def _target_changed(self, event: Select.Changed) -> None:
        self.query_one("#import-title", Input).display = event.value == NEW

    @on(Input.Submitted, "#import-path")
    def _path_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value:
            return
        self.result = None
        self._set_result(Text(t("Reading {path}…", self.lang, path=value)), problem=False)
        self.query_one("#import-progress").display = True  # a big file takes a while
        self._read(Path(value).expanduser())

    @on(Input.Submitted, "#import-title")
    def _title_submitted(self) -> None:
        self.action_confirm()

    def _read(self, path: Path) -> None:
        self.run_io(
            lambda: (path, import_questions(path)),
            lambda read: self._show(*read),
            failed=None,
            told=self._problem,
            group="import",
            exclusive=True,
            expected=READING,
        )

    def _problem(self, message: str) -> None:
        self.query_one("#import-progress").display = False
        self.result = None
        shown = Text(t("Nothing imported: {reason}", self.lang, reason=message))
        self._set_result(shown, problem=True)

    def _show(self, path: Path, result: ImportResult) -> None:
        self.query_one("#import-progress").display = False
        self.path = path
        self.result = result
        hint = t(
            "{confirm} imports into the dialogue chosen below · {back} cancels",
            self.lang,
            confirm=key_display(self, "confirm"),
            back=key_display(self, "app.pop_screen"),
        )
        self._set_result(preview_text(result, self.lang, hint), problem=False)
        title = self.query_one("#import-title", Input)
        if not title.value:
            title.value = result.title or path.stem

    def _set_result(self, content: Text | Group, *, problem: bool) -> None:
        result = self.query_one("#import-result", Static)
        result.update(content)
        result.set_class(problem, "-problem")
        self.query_one("#import-preview").scroll_home(animate=False)

    def action_confirm(self) -> None:
        if self.result is None or self.path is None:
            self.notify(t("Read a file first (path and Enter).", self.lang), severity="warning")
            return
        result = copy.deepcopy(self.result)
        if self.query_one("#import-target", Select).value == NEW or self.target is None:
            title = clean_name(self.query_one("#import-title", Input).value)
            dialogue = new_dialogue(result, title, self.path.stem)
            notices = []
        else:
            dialogue = copy.deepcopy(self.target)
            notices = add_to_dialogue(dialogue, result)
        count, said = len(result.questions), [n.text(self.lang) for n in notices]
        self.run_io(
            lambda: self.store.save_dialogue(dialogue),
            lambda _: self._saved(dialogue, count, said),
            group="import-save",
            exclusive=True,
            expected=(OSError,),
        )

    def _saved(self, dialogue: Dialogue, count: int, notices: list[str]) -> None:
        message = tn(
            "1 question imported into {title}.",
            "{count} questions imported into {title}.",
            count,
            self.lang,
            title=dialogue.title,
        )
        self.notify("\n".join([message, *notices]), timeout=15, markup=False)
        self.dismiss()
