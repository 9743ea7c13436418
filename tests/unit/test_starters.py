"""Starter question sets, copying a dialogue, and the Markdown export that imports back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.dialogue import Dialogue, Question, Theme
from facilitator.domain.starters import copy_dialogue, export_markdown, starter_dialogue
from facilitator.importers import import_bytes


def content(questions: list[Question]):
    return [(q.text, q.theme, q.follow_ups, q.timebox) for q in questions]


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("make", [demo_dialogue, lambda: starter_dialogue("sv")])
def test_export_imports_back_to_the_same_questions(make, lang):
    dialogue = make()
    result = import_bytes(export_markdown(dialogue, lang).encode("utf-8"), "export.md")
    assert content(result.questions) == content(dialogue.questions)
    assert result.purpose == dialogue.purpose
    assert result.title == dialogue.title
    assert result.reference == dialogue.reference
    assert result.warnings == []


def test_export_keeps_the_order_when_themes_come_back():
    dialogue = Dialogue(
        title="Blandat",
        questions=[
            Question("Vad behöver ni?", Theme.NEEDS, timebox=3),
            Question("Hur ser marknaden ut?", Theme.MARKET),
            Question("Något mer om behoven?", Theme.NEEDS, ["Till exempel?"]),
            Question("Något annat?", Theme.OTHER, timebox=12),
        ],
    )
    result = import_bytes(export_markdown(dialogue, "en").encode(), "x.md")
    assert content(result.questions) == content(dialogue.questions)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_starter_sets_cover_needs_market_and_conditions(lang):
    dialogue = starter_dialogue(lang)
    assert {q.theme for q in dialogue.questions} == {Theme.NEEDS, Theme.MARKET, Theme.CONDITIONS}
    assert dialogue.total_timebox() <= dialogue.planned_minutes
    swedish = any("å" in q.text or "ä" in q.text for q in dialogue.questions)
    assert swedish is (lang == "sv")


def test_copy_gives_new_ids_and_leaves_the_source_alone():
    source = demo_dialogue()
    copy = copy_dialogue(source, "Ramavtal hantverk 2027")
    assert copy.id != source.id and copy.title == "Ramavtal hantverk 2027"
    assert not {q.id for q in copy.questions} & {q.id for q in source.questions}
    assert content(copy.questions) == content(source.questions)
    copy.questions[0].follow_ups.append("Ny följdfråga")
    copy.participants[0].name = "Ny upphandlare"
    assert "Ny följdfråga" not in source.questions[0].follow_ups
    assert source.participants[0].name == "Josefine Upphandlare"


_WORDS = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("C", "Z"), exclude_characters="*_\\`"
    ),
    min_size=1,
    max_size=12,
)
_LINE = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(
    questions=st.lists(
        st.builds(
            Question,
            text=_LINE,
            theme=st.sampled_from(list(Theme)),
            follow_ups=st.lists(_LINE, max_size=3),
            timebox=st.integers(1, 240),
        ),
        min_size=1,
        max_size=8,
    ),
    lang=st.sampled_from(["sv", "en"]),
)
def test_any_questions_survive_export_and_import(questions, lang):
    dialogue = Dialogue(title="Dialog", questions=questions)
    result = import_bytes(export_markdown(dialogue, lang).encode("utf-8"), "export.md")
    assert content(result.questions) == content(questions)
