"""Built-in starter question sets, copying a dialogue into a new one, and the Markdown export.

The export is written so that importing it (`facilitator import`) gives back the same questions:
a heading per run of questions with the same theme, one numbered item per question with its
timebox as "(N min)", and its follow-ups as nested items.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Protocol, TypeVar

from facilitator.domain.dialogue import (
    DEFAULT_OPENING_STATEMENTS_EN,
    DEFAULT_OPENING_STATEMENTS_SV,
    Dialogue,
    Question,
    Theme,
    new_id,
)
from facilitator.i18n import t
from facilitator.i18n.labels import THEMES


class _HasTheme(Protocol):
    @property
    def theme(self) -> Theme: ...


#: A question, or a row of a summary about one.
_Themed = TypeVar("_Themed", bound=_HasTheme)

STARTER_IDS = {"sv": "starter-sv", "en": "starter-en"}

#: Theme, question, follow-up prompts, timebox in minutes.
_Opener = tuple[Theme, str, list[str], int]

_SV: tuple[_Opener, ...] = (
    (
        Theme.NEEDS,
        "Hur ser ni på de behov vi har beskrivit, och vad saknas i beskrivningen?",
        ["Vad brukar andra beställare efterfråga som vi inte nämnt?"],
        8,
    ),
    (
        Theme.NEEDS,
        "Vilka lösningar finns i dag för behov som våra, och vad kostar de ungefär?",
        [],
        6,
    ),
    (
        Theme.MARKET,
        "Hur ser marknaden och konkurrensen ut i vår region?",
        ["Hur många företag kan leverera i den här omfattningen?"],
        8,
    ),
    (
        Theme.MARKET,
        "Vilka förändringar ser ni i branschen de närmaste åren?",
        ["Teknik, kompetensförsörjning, hållbarhet?"],
        6,
    ),
    (
        Theme.CONDITIONS,
        "Vad får er att vilja lämna anbud, och vad gör det svårt?",
        ["Avtalstid, volymer, uppdelning i delområden, krav på referenser?"],
        8,
    ),
    (
        Theme.CONDITIONS,
        "Hur skulle ni vilja att pris och kvalitet utvärderas?",
        ["Vilka kvalitetskriterier går att visa i ett anbud?"],
        7,
    ),
)
_EN: tuple[_Opener, ...] = (
    (
        Theme.NEEDS,
        "How do you see the needs we have described, and what is missing?",
        ["What do other buyers usually ask for that we have not mentioned?"],
        8,
    ),
    (
        Theme.NEEDS,
        "What solutions exist today for needs like ours, and roughly what do they cost?",
        [],
        6,
    ),
    (
        Theme.MARKET,
        "What do the market and the competition look like in our region?",
        ["How many companies can deliver at this scale?"],
        8,
    ),
    (
        Theme.MARKET,
        "What changes do you see in the industry in the coming years?",
        ["Technology, skills, sustainability?"],
        6,
    ),
    (
        Theme.CONDITIONS,
        "What makes you want to bid, and what makes it hard?",
        ["Contract period, volumes, lots, reference requirements?"],
        8,
    ),
    (
        Theme.CONDITIONS,
        "How would you like price and quality to be evaluated?",
        ["Which quality criteria can be shown in a tender?"],
        7,
    ),
)


def starter_dialogue(lang: str) -> Dialogue:
    """The built-in openers on needs, market and conditions for the deal, in `lang`."""
    sv = lang == "sv"
    return Dialogue(
        id=STARTER_IDS["sv" if sv else "en"],
        title="Mall: marknadsdialog" if sv else "Template: market dialogue",
        purpose=(
            "Förstå behoven och marknaden inför upphandlingen, så att förfrågningsunderlaget "
            "blir träffsäkert och fler leverantörer kan lämna anbud."
            if sv
            else "Understand the needs and the market before the procurement, so that the "
            "procurement documents hit the mark and more suppliers can bid."
        ),
        questions=[
            Question(text=text, theme=theme, follow_ups=list(follow_ups), timebox=minutes)
            for theme, text, follow_ups, minutes in (_SV if sv else _EN)
        ],
        opening_statements=list(
            DEFAULT_OPENING_STATEMENTS_SV if sv else DEFAULT_OPENING_STATEMENTS_EN
        ),
    )


def copy_dialogue(source: Dialogue, title: str | None = None) -> Dialogue:
    """A new dialogue with the source's content and new ids for it and every question."""
    dialogue = copy.deepcopy(source)
    dialogue.id = new_id()
    dialogue.title = title if title is not None else source.title
    for question in dialogue.questions:
        question.id = new_id()
    return dialogue


def export_markdown(dialogue: Dialogue, lang: str) -> str:
    """The dialogue's purpose and questions as Markdown that imports back to the same questions."""
    lines = [f"# {dialogue.title or t('Untitled dialogue', lang)}", ""]
    if dialogue.reference:
        lines += [f"{t('Reference', lang)}: {dialogue.reference}", ""]
    if dialogue.purpose.strip():
        lines += [f"## {t('Purpose', lang)}", "", dialogue.purpose.strip(), ""]
    for theme, questions in theme_runs(dialogue.questions):
        if lines[-1]:
            lines.append("")
        lines += [f"## {t(THEMES[theme.value], lang)}", ""]
        for number, question in enumerate(questions, start=1):
            lines.append(f"{number}. {_one_line(question.text)} ({question.timebox} min)")
            lines += [f"   - {_one_line(follow_up)}" for follow_up in question.follow_ups]
    return "\n".join(lines).rstrip() + "\n"


def theme_runs(questions: Sequence[_Themed]) -> list[tuple[Theme, list[_Themed]]]:
    """The questions in order, cut wherever the theme changes."""
    runs: list[tuple[Theme, list[_Themed]]] = []
    for question in questions:
        if not runs or runs[-1][0] is not question.theme:
            runs.append((question.theme, []))
        runs[-1][1].append(question)
    return runs


def _one_line(text: str) -> str:
    return " ".join(text.split())
