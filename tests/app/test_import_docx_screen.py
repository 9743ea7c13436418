"""The app's import screen takes a Word document (.docx) and shows what it would import, with
the lines that looked like questions but were left out."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from textual.pilot import Pilot
from textual.widgets import Input, Static

from facilitator.domain.dialogue import Theme
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.import_preview import ImportScreen
from tests.app.helpers import SIZE, fill, go, make_app, settle, shown_text
from tests.unit.office_helpers import docx_bytes, seven_questions_docx


async def import_preview(app: FacilitatorApp, pilot: Pilot[None], path: Path) -> str:
    """The import screen opened from the dialogues list, and what it shows for `path`."""
    await go(app, pilot, "g")
    await pilot.press("i")
    screen = app.screen
    assert isinstance(screen, ImportScreen)
    await fill(pilot, screen.query_one("#import-path", Input), str(path))
    await settle(app, pilot)
    return shown_text(screen.query_one("#import-result", Static))


async def test_a_word_document_imports_from_the_import_screen(store: Store, tmp_path: Path):
    path = tmp_path / "dialogfrågor.docx"
    path.write_bytes(seven_questions_docx())
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        preview = await import_preview(app, pilot, path)
        assert "Vad krävs i köksutrustning?" in preview
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    (dialogue,) = store.dialogues()
    assert dialogue.title == "Marknadsdialog inför upphandling av skolmåltider"
    assert dialogue.reference == "KS 2019/777"
    assert [q.theme for q in dialogue.questions] == [Theme.NEEDS] * 2 + [Theme.MARKET] * 2 + [
        Theme.CONDITIONS
    ] * 3


async def test_the_preview_names_what_looked_like_a_question_but_was_left_out(
    store: Store, tmp_path: Path
):
    document = Document()
    document.add_heading("Behov", 1)
    document.add_paragraph("Vad behöver vi?", style="List Bullet")
    document.add_paragraph("Kan ni leverera i hela länet?")
    path = tmp_path / "fragor.docx"
    path.write_bytes(docx_bytes(document))
    app = make_app(store, "en")
    async with app.run_test(size=SIZE) as pilot:
        preview = await import_preview(app, pilot, path)
    assert "1 line looked like a question but was left out" in preview
    assert "Kan ni leverera i hela länet?" in preview
