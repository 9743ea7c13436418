"""What an importer finds, and the one place that turns headings and list items into questions.

Every source (plain text, Markdown, HTML, Word) is first read into an `Outline`: headings, list
items with their depth, paragraphs and tables, in document order. `build_result` then decides
what is a theme, what is a question, what is a follow-up and what is the purpose text, the same
way for every source.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from facilitator.domain.dialogue import Question, Theme
from facilitator.domain.editing import is_timebox
from facilitator.i18n import N_, t

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
#: A reference number inside a sentence or a title: "(dnr TN 2026/45)", "Diarienr KS-2019-777".
_INLINE_REFERENCE = re.compile(
    r"\b(?:diarienummer|diarienr|dnr)\.?\s*:?\s*"
    r"((?:[A-ZÅÄÖ]{1,6}[\s-]?)?\d{2,4}[/.-]\d{1,6}(?:[/.-]\d{1,6})?)",
    re.IGNORECASE,
)
#: A question's label written before it: "Fråga 1:", "Question 3.", "F2 –", "Q4)".
_LABEL = re.compile(r"^(?:fråga|fraga|question|f|q)\s*(\d{1,3})\s*[:.)–-]\s*", re.IGNORECASE)
#: Text that starts with a number as a list would: "1.", "2)", "3 -".
_NUMBERED = re.compile(r"^\d{1,3}\s*[.):–-]\s+\S")
#: Words naming the dialogue itself ("Marknadsdialog", "market dialogue"): a heading holding one
#: is a title, and its other words ("marknad" in "marknadsdialog") name no theme.
_DIALOGUE_WORD = re.compile(r"\w*dialog\w*")
#: A table column that holds the questions, or their follow-ups, by its header.
_QUESTION_COLUMN = re.compile(r"fraga|fragor|question|dialogfraga")
_FOLLOW_UP_COLUMN = re.compile(r"foljdfrag|follow")
#: A heading that only says "questions" ("Dialogfrågor:", "Questions") names no theme, and is no
#: cause for a warning.
_QUESTIONS_HEADING = re.compile(r"^(?:dialog)?(?:fragor|questions?)\W*$")
_PURPOSE_WORDS = ("syfte", "purpose", "bakgrund", "background", "om dialogen", "about the dialogue")


@dataclass(frozen=True)
class Notice:
    """Something to tell the user: a message (marked with `N_`) and the values to fill in."""

    message: str
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, message: str, **values: object) -> Notice:
        return cls(message, tuple((k, str(v)) for k, v in values.items()))

    def text(self, lang: str) -> str:
        return t(self.message, lang, **dict(self.values))


class ImportProblem(Exception):
    """The file cannot be imported; `notice` says why, in words a user understands."""

    def __init__(self, message: str, **values: object) -> None:
        self.notice = Notice.of(message, **values)
        super().__init__(self.notice.text("en"))

    def text(self, lang: str) -> str:
        return self.notice.text(lang)


#: Failures of reading a file the user names to import: not found, of the wrong kind, or a path
#: that is no path (a NUL character typed into it is a ValueError).
READING: tuple[type[Exception], ...] = (OSError, ImportProblem, ValueError)


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

    def continuation(self, text: str) -> None:
        """A paragraph that carries on the list item above it (Word wraps a long item into an
        un-numbered list paragraph); a paragraph of its own when no item is above it."""
        if self.blocks and self.blocks[-1].kind == "item":
            last = self.blocks[-1]
            last.text = clean_text(f"{last.text} {text}")
        else:
            self.text(text)

    def table(self, rows: list[list[str]]) -> None:
        """A table: see `table_blocks`."""
        self.blocks.extend(table_blocks(rows) or [])

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
    #: What kind of source it was read as: "text", "markdown", "html", "docx".
    source: str = ""
    #: Lines that looked like questions (a question mark, a number) but were not taken.
    left_out: list[str] = field(default_factory=list)

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
    folded = _DIALOGUE_WORD.sub(" ", fold(heading))
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
    return text[: match.start()].rstrip(), minutes if is_timebox(minutes) else None


def looks_like_question(text: str) -> bool:
    return split_timebox(text)[0].endswith("?")


def names_the_dialogue(heading: str) -> bool:
    """Whether a heading names the dialogue itself ("Marknadsdialog inför ...")."""
    return bool(_DIALOGUE_WORD.search(fold(heading)))


def reference_in(text: str) -> str:
    """A reference number written in `text` ("Diarienummer: KS 2019/777", "... dnr TN 2026/45"),
    or ""."""
    whole = _REFERENCE.match(text)
    if whole:
        return whole.group(1).strip()
    inline = _INLINE_REFERENCE.search(text)
    return inline.group(1).strip() if inline else ""


def table_blocks(rows: list[list[str]], *, only_questions: bool = False) -> list[Block] | None:
    """What a table holds, as blocks. A table of questions (a column headed "Fråga" or
    "Question", or one where most rows ask) gives an item per row, with a "Följdfrågor" or
    "Follow-up" column's lines as nested items; any other table a paragraph per row
    ("cell: cell"), or None with `only_questions`."""
    rows = [[cell.strip() for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    header = [fold(cell) for cell in rows[0]]
    column = next((i for i, h in enumerate(header) if _QUESTION_COLUMN.search(h)), None)
    follow = next((i for i, h in enumerate(header) if _FOLLOW_UP_COLUMN.search(h)), None)
    body = rows[1:] if column is not None or follow is not None else rows
    if column is None:
        column = _question_column(body)
    blocks: list[Block] = []
    if column is None:
        if only_questions:
            return None
        for row in rows:
            text = clean_text(": ".join(clean_text(cell) for cell in row if cell))
            if text:
                blocks.append(Block("text", text))
        return blocks
    for row in body:
        question = clean_text(_LABEL.sub("", clean_text(row[column]))) if column < len(row) else ""
        if not question:
            continue
        blocks.append(Block("item", question))
        if follow is not None and follow != column and follow < len(row):
            lines = (clean_text(line) for line in row[follow].splitlines())
            blocks.extend(Block("item", line, 1) for line in lines if line)
    return blocks


def _question_column(rows: list[list[str]]) -> int | None:
    """The column of a header-less table where most rows ask a question, if there is one."""
    counts: dict[int, int] = {}
    for row in rows:
        for index, cell in enumerate(row):
            if looks_like_question(clean_text(cell)) or _LABEL.match(cell):
                counts[index] = counts.get(index, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda i: counts[i])
    return best if counts[best] * 2 >= len(rows) else None


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
            result.warnings.append(
                Notice.of(
                    N_("The list under “{heading}” was skipped: it holds no questions."),
                    heading=heading,
                )
            )
            continue
        if theme is None and heading and not _QUESTIONS_HEADING.match(fold(heading)):
            unthemed.append(heading)
        _add_items(result, items, theme or Theme.OTHER)
    if not result.questions:
        _questions_from_paragraphs(outline, result)
    if unthemed:
        result.warnings.append(
            Notice.of(
                N_(
                    "Headings that name no theme (their questions were put under Other): {headings}"
                ),
                headings=", ".join(unthemed),
            )
        )
    _note_left_out(outline, result)
    return result


def _note_left_out(outline: Outline, result: ImportResult) -> None:
    """Say which lines looked like questions (a question mark, a number) but were not taken."""
    taken = {q.text for q in result.questions}
    taken.update(f for q in result.questions for f in q.follow_ups)
    purpose = result.purpose
    for block in outline.blocks:
        if block.kind == "heading" or not (
            looks_like_question(block.text) or _NUMBERED.match(block.text)
        ):
            continue
        text = split_timebox(_LABEL.sub("", block.text))[0]
        if text not in taken and block.text not in purpose and text not in result.left_out:
            result.left_out.append(text)
    if result.left_out:
        shown = [f"\u201c{text[:80]}\u201d" for text in result.left_out[:5]]
        if len(result.left_out) > 5:
            shown.append("…")
        count = len(result.left_out)
        message = (
            N_("{count} lines looked like questions but were left out: {lines}")
            if count > 1
            else N_("1 line looked like a question but was left out: {lines}")
        )
        result.warnings.append(Notice.of(message, count=count, lines="; ".join(shown)))


_Section = tuple[str, "Theme | None", list[tuple[str, str, int]]]


def _sections(outline: Outline, result: ImportResult) -> list[_Section]:
    """The outline cut at headings; the purpose section's text goes to `result.purpose`."""
    sections: list[_Section] = [("", None, [])]
    purpose: list[str] = []
    in_purpose = False
    #: A level-1 heading above level-2 ones is the document's title, whatever words it holds.
    titled = any(b.kind == "heading" and b.level > 1 for b in outline.blocks)
    for index, block in enumerate(outline.blocks):
        if block.kind == "heading":
            reference = reference_in(block.text)
            if reference and not result.reference:
                result.reference = reference
            first = index == 0 or all(b.kind == "text" for b in outline.blocks[:index])
            if not result.title and (
                (titled and block.level == 1) or (first and names_the_dialogue(block.text))
            ):
                result.title = block.text
                sections.append((block.text, None, []))
                in_purpose = False
                continue
            theme = theme_of_heading(block.text)
            in_purpose = theme is None and is_purpose_heading(block.text)
            if not in_purpose:
                sections.append((block.text, theme, []))
            continue
        if block.kind == "text" and _REFERENCE.match(block.text):
            result.reference = result.reference or reference_in(block.text)
            continue
        if not result.reference:
            result.reference = reference_in(block.text)
        if in_purpose:
            purpose.append(block.text if block.kind == "text" else f"- {block.text}")
            continue
        if block.kind == "text" and _LABEL.match(block.text):
            # "Fråga 1: ..." written as a paragraph is a question, whatever it ends with.
            sections[-1][2].append(("item", _LABEL.sub("", block.text), 0))
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
        result.warnings.append(
            Notice.of(
                N_(
                    "No lists were found: paragraphs ending with a question mark were taken as "
                    "questions."
                )
            )
        )
