"""What an importer finds, and the one place that turns headings and list items into questions.

Every source (plain text, Markdown, HTML) is first read into an `Outline`: headings, list items with
their depth, and paragraphs, in document order. `build_result` then decides what is a theme, what
is a question, what is a follow-up and what is the purpose text, the same way for every source.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from facilitator.domain.dialogue import Question, Theme
from facilitator.i18n import t

#: A question's timebox written after it, as the Markdown export does: "Text? (8 min)".
_TIMEBOX = re.compile(r"\s*\((\d{1,3})\s*(?:min|minuter|minutes)\.?\)\s*$", re.IGNORECASE)

#: What a heading says about its questions' theme, matched without accents. Swedish stems match
#: anywhere, since Swedish compounds end in them ("kundbehov", "affärsvillkor"); English words
#: match at a word's start, so that "ideal" is not a deal.
_THEME_PATTERNS: tuple[tuple[Theme, re.Pattern[str]], ...] = (
    (Theme.NEEDS, re.compile(r"behov|krav|\bneed|\brequirement")),
    (Theme.MARKET, re.compile(r"marknad|bransch|konkurrens|\bmarket|\bindustr|\bcompetit")),
    (
        Theme.CONDITIONS,
        re.compile(
            r"forutsattning|villkor|affar|avtal|ersattning|\bpris"
            r"|\bcondition|\bdeals?\b|\bcontract|\bpric|\bterms\b"
        ),
    ),
    (Theme.OTHER, re.compile(r"ovrig|\bother\b|\bmisc")),
)
_REFERENCE = re.compile(
    r"^(?:diarienummer|diarienr|dnr|referensnummer|reference(?: number)?|ref)\.?"
    r"\s*[:.]?\s+(\S.{0,60})$",
    re.IGNORECASE,
)
_PURPOSE_WORDS = ("syfte", "purpose", "bakgrund", "background", "om dialogen", "about the dialogue")


@dataclass(frozen=True)
class Notice:
    """Something to tell the user, as an i18n key (in i18n/cli.py) and the values to fill in."""

    key: str
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, key: str, **values: object) -> Notice:
        return cls(key, tuple((k, str(v)) for k, v in values.items()))

    def text(self, lang: str) -> str:
        return t(self.key, lang, **dict(self.values))


class ImportProblem(Exception):
    """The file cannot be imported; `notice` says why, in words a user understands."""

    def __init__(self, key: str, **values: object) -> None:
        self.notice = Notice.of(key, **values)
        super().__init__(self.notice.text("en"))

    def text(self, lang: str) -> str:
        return self.notice.text(lang)


@dataclass
class Block:
    """One piece of a source document."""

    kind: str  # "heading", "item" or "text"
    text: str
    #: Item nesting depth (0 = top level) or heading level (1-6).
    level: int = 0


@dataclass
class Outline:
    blocks: list[Block] = field(default_factory=list)

    def heading(self, text: str, level: int = 2) -> None:
        self._add("heading", text, level)

    def item(self, text: str, depth: int = 0) -> None:
        self._add("item", text, depth)

    def text(self, text: str) -> None:
        self._add("text", text, 0)

    def _add(self, kind: str, text: str, level: int) -> None:
        text = clean_text(text)
        if text:
            self.blocks.append(Block(kind, text, level))


@dataclass
class ImportResult:
    """Questions found in a file, ready to be shown to the user before anything is saved."""

    questions: list[Question] = field(default_factory=list)
    purpose: str = ""
    #: The document's first top-level heading, when there is one (a title for a new dialogue).
    title: str = ""
    #: A reference number written as "Diarienummer: ..." or "Reference: ...", if any.
    reference: str = ""
    warnings: list[Notice] = field(default_factory=list)
    #: The encoding the bytes were read with (empty for sources read as text).
    encoding: str = ""
    #: What kind of source it was read as: "text", "markdown", "html".
    source: str = ""

    def themes(self) -> dict[Theme, int]:
        """Questions per theme, in the order the themes first appear."""
        counts: dict[Theme, int] = {}
        for question in self.questions:
            counts[question.theme] = counts.get(question.theme, 0) + 1
        return counts


def fold(text: str) -> str:
    """Lower case without accents, for matching words whatever their spelling."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean_text(text: str) -> str:
    """One line of readable text: spaces collapsed, control characters and emphasis dropped."""
    if not text.isprintable():
        text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return re.sub(r"\s+", " ", text).strip()


def theme_of_heading(heading: str) -> Theme | None:
    """The theme a heading names, or None when it names none of them."""
    folded = fold(heading)
    for theme, pattern in _THEME_PATTERNS:
        if pattern.search(folded):
            return theme
    return None


def is_purpose_heading(heading: str) -> bool:
    folded = fold(heading)
    return any(folded.startswith(word) or folded == word for word in _PURPOSE_WORDS)


def split_timebox(text: str) -> tuple[str, int | None]:
    """A question's text without its "(N min)" suffix, and N."""
    match = _TIMEBOX.search(text)
    if not match:
        return text, None
    minutes = int(match.group(1))
    return text[: match.start()].rstrip(), minutes if 0 < minutes <= 240 else None


def looks_like_question(text: str) -> bool:
    return split_timebox(text)[0].endswith("?")


def make_question(text: str, theme: Theme) -> Question:
    """A question from its text, with the timebox taken from a "(N min)" suffix if there is one."""
    body, minutes = split_timebox(text)
    question = Question(text=body, theme=theme)
    if minutes is not None:
        question.timebox = minutes
    return question


def build_result(
    outline: Outline, *, skip_sections_without_questions: bool = False
) -> ImportResult:
    """Themes from headings, questions from top-level items, follow-ups from nested items.

    `skip_sections_without_questions` is for web pages, where lists under other headings (how to
    sign up, dates, links) are not dialogue openers: a section under a heading that names no theme
    is skipped when none of its items ends with a question mark.
    """
    result = ImportResult()
    sections = _sections(outline, result)
    unthemed: list[str] = []
    for heading, theme, items in sections:
        if not any(kind == "item" for kind, _, _ in items):
            continue
        if (
            skip_sections_without_questions
            and theme is None
            and not any(looks_like_question(text) for _, text, _ in items)
        ):
            result.warnings.append(Notice.of("prep.warn.skipped_list", heading=heading))
            continue
        if theme is None and heading:
            unthemed.append(heading)
        _add_items(result, items, theme or Theme.OTHER)
    if not result.questions:
        _questions_from_paragraphs(outline, result)
    if unthemed:
        result.warnings.append(Notice.of("prep.warn.unthemed", headings=", ".join(unthemed)))
    return result


_Section = tuple[str, "Theme | None", list[tuple[str, str, int]]]


def _sections(outline: Outline, result: ImportResult) -> list[_Section]:
    """The outline cut at headings; the purpose section's text goes to `result.purpose`."""
    sections: list[_Section] = [("", None, [])]
    purpose: list[str] = []
    in_purpose = False
    #: A level-1 heading above level-2 ones is the document's title, whatever words it holds.
    titled = any(b.kind == "heading" and b.level > 1 for b in outline.blocks)
    for block in outline.blocks:
        if block.kind == "heading":
            if titled and block.level == 1 and not result.title:
                result.title = block.text
                sections.append((block.text, None, []))
                continue
            theme = theme_of_heading(block.text)
            in_purpose = theme is None and is_purpose_heading(block.text)
            if not in_purpose:
                sections.append((block.text, theme, []))
            continue
        reference = _REFERENCE.match(block.text) if block.kind == "text" else None
        if reference and not result.reference:
            result.reference = reference.group(1).strip()
            continue
        if in_purpose:
            purpose.append(block.text if block.kind == "text" else f"- {block.text}")
            continue
        sections[-1][2].append((block.kind, block.text, block.level))
    result.purpose = "\n\n".join(purpose)
    return sections


def _add_items(result: ImportResult, items: list[tuple[str, str, int]], theme: Theme) -> None:
    top = min((level for kind, _, level in items if kind == "item"), default=0)
    current: Question | None = None
    for kind, text, level in items:
        if kind != "item":
            continue
        if level > top and current is not None:
            current.follow_ups.append(text)
            continue
        current = make_question(text, theme)
        result.questions.append(current)


def _questions_from_paragraphs(outline: Outline, result: ImportResult) -> None:
    """No lists at all: paragraphs ending with a question mark become the questions."""
    theme = Theme.OTHER
    for block in outline.blocks:
        if block.kind == "heading":
            theme = theme_of_heading(block.text) or Theme.OTHER
        elif block.kind == "text" and looks_like_question(block.text):
            result.questions.append(make_question(block.text, theme))
    if result.questions:
        result.warnings.append(Notice.of("prep.warn.no_lists"))
