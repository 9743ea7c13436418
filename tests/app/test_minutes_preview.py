"""The minutes screen lays the minutes out and draws them off the UI thread, once per action,
and shows what was drawn at the width it has."""

from __future__ import annotations

import threading

import pytest

from facilitator.ui.screens import minutes as minutes_screen_module
from facilitator.ui.widgets import minutes_preview
from facilitator.ui.widgets.minutes_preview import MinutesPreview
from tests.app.helpers import minutes_screen, settle


async def test_minutes_are_laid_out_and_drawn_once_per_action_off_the_ui_thread(
    store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str]] = []
    drawn: list[str] = []
    real_layout = minutes_screen_module.minutes_document
    real_draw = minutes_preview.markdown_lines

    def layout(*args, **kwargs):
        calls.append(("layout", threading.current_thread().name))
        return real_layout(*args, **kwargs)

    def draw(text: str, width: int):
        calls.append(("draw", threading.current_thread().name))
        drawn.append(text)
        return real_draw(text, width)

    monkeypatch.setattr(minutes_screen_module, "minutes_document", layout)
    monkeypatch.setattr(minutes_preview, "markdown_lines", draw)
    async with minutes_screen(store) as (app, pilot, _session, _clock):
        await settle(app, pilot)
        preview = app.screen.query_one(MinutesPreview)
        assert [kind for kind, _ in calls if kind == "layout"] == ["layout"]
        assert drawn == parts(preview.source), "each part of the text drawn once"
        calls.clear()
        drawn.clear()
        await pilot.press("l")
        await settle(app, pilot)
        await settle(app, pilot)
        assert [kind for kind, _ in calls if kind == "layout"] == ["layout"]
        assert drawn == parts(preview.source)
        main = threading.main_thread().name
        assert all(thread != main for _, thread in calls), calls
        shown = "\n".join(preview.render_line(y).text for y in range(preview.size.height))
        assert "Minutes: Ramavtal hantverkstjänster" in shown


async def test_a_narrower_window_draws_the_minutes_again_to_fit(store) -> None:
    async with minutes_screen(store) as (app, pilot, _session, _clock):
        await settle(app, pilot)
        preview = app.screen.query_one(MinutesPreview)
        wide = preview.size.height
        await pilot.resize_terminal(50, 24)
        await settle(app, pilot)
        await settle(app, pilot)
        assert preview.size.width < 50
        assert preview.size.height > wide, "lines wrap at the new width"
        assert all(preview.render_line(y).cell_length == preview.size.width for y in range(5))


def parts(text: str) -> list[str]:
    return [part for _, part in minutes_preview.markdown_parts(text)]


def test_the_minutes_are_drawn_beginning_first_in_whole_blocks() -> None:
    blocks = [f"## Fråga {i}\n\n- Anteckning {i} om ramavtalet" for i in range(400)]
    text = "# Minnesanteckningar\n\n" + "\n\n".join(blocks)
    drawn = list(minutes_preview.markdown_parts(text))
    assert "".join(before + part for before, part in drawn) == text
    assert len(drawn[0][1]) < len(drawn[-2][1]), "the first part is the small one"
    assert all(not part.startswith("\n") and not part.endswith("\n") for _, part in drawn)


#: A note's second line, after a hard line break, indented under its item.
SECOND_LINE = "\\\n  och jouren"


def long_lists(questions: int, notes: int) -> str:
    """Minutes whose questions each have a list of `notes` notes, some of more than one line."""
    return "# Minnesanteckningar\n\n" + "\n\n".join(
        f"## Fråga {i}\n\n**Tema:** Behov\n\n"
        + "\n".join(
            f"- Anteckning {j} om ramavtalet{SECOND_LINE if j % 7 == 0 else ''}"
            for j in range(notes)
        )
        for i in range(questions)
    )


def test_a_long_list_of_notes_is_drawn_a_few_items_first() -> None:
    """The first question's notes can be a list of thousands: the first part is a screenful
    still, and a list is split only between its items."""
    text = long_lists(3, 3000)
    drawn = list(minutes_preview.markdown_parts(text))
    assert "".join(before + part for before, part in drawn) == text
    assert len(drawn[0][1]) < 2 * minutes_preview.FIRST_PART
    assert all(part.startswith("- ") for before, part in drawn if before == "\n")


async def test_minutes_drawn_in_parts_read_as_drawn_whole(store) -> None:
    """Lists split between parts, and blocks, are spaced on screen as the whole text is."""
    text = long_lists(4, 400)
    async with minutes_screen(store) as (app, pilot, _session, _clock):
        await settle(app, pilot)
        preview = app.screen.query_one(MinutesPreview)
        preview.show(text)
        await settle(app, pilot)
        await settle(app, pilot)
        assert len(parts(text)) > 4
        whole = minutes_preview.markdown_lines(text, preview.size.width)
        shown = [preview.render_line(y).text.rstrip() for y in range(preview.size.height)]
        assert shown == [line.text.rstrip() for line in whole]


async def test_switching_language_stops_drawing_the_minutes_shown_before(
    store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long minutes are drawn part by part; switching language gives up the old language's
    after the part in hand, so the new one is not kept waiting behind it."""
    old = "# Minnesanteckningar\n\n" + "\n\n".join(
        f"## Fråga {i}\n\n- Anteckning {i} om ramavtalet" for i in range(2000)
    )
    drawn: list[str] = []
    go_on, old_drawn_on = threading.Event(), threading.Event()
    real_draw = minutes_preview.markdown_lines
    real_layout = minutes_screen_module.minutes_document

    def draw(text: str, width: int):
        drawn.append(text)
        if text in old:
            if len(drawn) > 1:
                old_drawn_on.set()
            go_on.wait(5)
        return real_draw(text, width)

    def layout(*args, **kwargs):
        # The new language is laid out slowly: long enough for the old one to go on, if it did.
        old_drawn_on.wait(1)
        return real_layout(*args, **kwargs)

    async with minutes_screen(store) as (app, pilot, _session, _clock):
        await settle(app, pilot)
        preview = app.screen.query_one(MinutesPreview)
        monkeypatch.setattr(minutes_preview, "markdown_lines", draw)
        monkeypatch.setattr(minutes_screen_module, "minutes_document", layout)
        preview.show(old)
        await pilot.pause(0.1)  # the first part of the old text is being drawn
        await pilot.press("l")
        go_on.set()
        await settle(app, pilot)
        await settle(app, pilot)
        assert len([text for text in drawn if text in old]) == 1
        assert "Minutes:" in preview.source
        shown = "\n".join(preview.render_line(y).text for y in range(preview.size.height))
        assert "Minutes: Ramavtal hantverkstjänster" in shown
