"""A finished meeting for the minutes tests, and each format's text as its real reader sees it."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, timezone

import html5lib
import yaml
from docx import Document as open_docx
from docx.text.paragraph import Paragraph
from markdown_it import MarkdownIt

from facilitator.domain.confidential import MARK, mark_entry
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import Session
from tests.conftest import FakeClock

#: Text with Markdown, HTML and YAML syntax that must come out literally everywhere.
TRICKY = '# Bygg | *AB* <b>fet</b> --- key: "v" & <script>x</script>'
#: Words that appear only in confidential items (text or reason); the public version has none.
SECRETS = ("HEMLIGTPRIS", "HEMLIGSKÄL", "HEMLIGINSIKT", "HEMLIGTBEHOV", "HEMLIGÅTGÄRD")

#: 13:05 UTC on 24 November 2026 is 14:05 in Stockholm.
START = datetime(2026, 11, 24, 13, 5, tzinfo=timezone.utc)


def finished_meeting(supplier: str = "Exempel Bygg AB") -> tuple[Session, FakeClock]:
    """The demo dialogue: q1, then q3, q2 skipped, q4 until the end; 41 minutes in all.

    Confidential: one notes line of q1 (with a reason), one insight, one mismatch.
    """
    clock = FakeClock(START)
    dialogue = demo_dialogue()
    session = Session(
        dialogue=dialogue,
        supplier=supplier,
        participants=[
            *dialogue.participants,
            Participant("Sam Säljare", "", Role.SUPPLIER),
            Participant("Kim Konsult", "Konsultbolaget", Role.SUPPLIER),
        ],
    )
    session.opening_given = [0, 2, 99]
    session.start(clock)
    q1, q2, q3 = (q.id for q in session.questions[:3])
    clock.advance(9 * 60 + 50)  # q1 runs over its 8 minute timebox
    session.set_note(
        q1,
        "- Föredrar planerat underhåll\n"
        "\n"
        "🔒[HEMLIGSKÄL: skadar förhandlingsläget] Timpris HEMLIGTPRIS kr\n"
        "Jour kräver två tekniker",
        clock,
    )
    session.log(
        EntryKind.ACTION,
        "Skicka förfrågningsunderlag",
        clock,
        owner="Josefine",
        due=date(2026, 12, 1),
    )
    session.go_to(q3, clock)
    clock.advance(5 * 60)
    session.set_note(q3, "Tre konkurrenter i regionen", clock)
    session.log(EntryKind.INSIGHT, "Brist på elektriker", clock)
    entry = session.log(EntryKind.INSIGHT, "HEMLIGINSIKT om marginaler", clock, confidential=True)
    entry.confidential_reason = "affärshemlighet"
    session.log(EntryKind.MISMATCH, "Kan inte ha jour", clock, future_needs="Lokalvård")
    session.log(
        EntryKind.MISMATCH, "Saknar F-skatt", clock, confidential=True, future_needs="HEMLIGTBEHOV"
    )
    session.log(EntryKind.TIP, "Bevaka upphandlingar i e-Avrop", clock)
    session.log(EntryKind.ACTION, "HEMLIGÅTGÄRD", clock, confidential=True, owner="Karin")
    session.go_to(q2, clock)
    clock.advance(60)
    session.skip_current(clock)
    clock.advance(25 * 60 + 10)
    session.end(clock)
    return session, clock


def markdown_parts(text: str) -> tuple[dict, str]:
    """The YAML front matter (parsed) and the Markdown body."""
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def markdown_html(text: str) -> str:
    """The Markdown body rendered by a CommonMark parser."""
    return MarkdownIt("commonmark").render(markdown_parts(text)[1])


def html_text(markup: str) -> str:
    """The visible text of an HTML document, parsed by an HTML5 parser."""
    tree = html5lib.parse(markup, namespaceHTMLElements=False)
    body = tree.find("body")
    assert body is not None
    return " ".join(" ".join(body.itertext()).split())


def docx_paragraphs(data: bytes) -> list[Paragraph]:
    return open_docx(io.BytesIO(data)).paragraphs


def docx_text(data: bytes) -> str:
    return " ".join(" ".join(p.text for p in docx_paragraphs(data)).split())


def docx_xml(data: bytes) -> str:
    """Every XML part of a DOCX (body, properties, styles) as one string."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def visible_text(fmt: str, result: str | bytes) -> str:
    """What a reader of the format sees, whitespace collapsed."""
    if fmt == "md":
        assert isinstance(result, str)
        return html_text(f"<body>{markdown_html(result)}</body>")
    if fmt == "html":
        assert isinstance(result, str)
        return html_text(result)
    if fmt == "docx":
        assert isinstance(result, bytes)
        return docx_text(result)
    assert isinstance(result, str)
    return " ".join(result.split())


#: The placeholder a withheld item becomes, per language.
WITHHELD = {"sv": "[Uppgift undantagen, sekretess]", "en": "[Withheld: confidential]"}


def every_readable_text(fmt: str, result: str | bytes) -> str:
    """Everything a reader of the file could find: the visible text and the raw file (front
    matter, markup, attributes; for DOCX every XML part, properties included)."""
    raw = docx_xml(result) if isinstance(result, bytes) else result
    return visible_text(fmt, result) + "\n" + raw


def secret(label: str) -> str:
    """A word that appears nowhere in the minutes unless this confidential detail leaks."""
    return f"HEMLIG{label.upper()}X"


def open_text(label: str) -> str:
    """A word that must appear in both versions of the minutes."""
    return f"OPPEN{label.upper()}X"


def confidential_entry_meeting(*kinds: EntryKind, outside_question: bool = False) -> Session:
    """A finished meeting with, for each of `kinds`, one confidential entry (text, reason and
    every detail secret) beside an open one of the same kind; logged under no question if
    `outside_question` (every question skipped first)."""
    clock = FakeClock(START)
    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    session.start(clock)
    clock.advance(60)
    if outside_question:
        while session.current_question_id is not None:
            session.skip_current(clock)
    for kind in kinds:
        session.log(kind, open_text(kind.value), clock)
        entry = session.log(
            kind,
            secret(kind.value),
            clock,
            confidential=True,
            future_needs=secret("behov"),
            owner=secret("ägare"),
            due=date(2031, 7, 13),
        )
        mark_entry(entry, reason=secret("skäl"))
    clock.advance(60)
    session.end(clock)
    return session


def confidential_note_lines_meeting() -> Session:
    """A finished meeting whose first question's notes have an open line, a `🔒` line without a
    reason (alt+c) and a `🔒[reason]` line."""
    clock = FakeClock(START)
    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    session.start(clock)
    q1 = session.questions[0].id
    session.set_note(
        q1,
        f"{open_text('rad')}\n"
        f"{MARK} {secret('utanskäl')}\n"
        f"{MARK}[{secret('skäl')}] {secret('medskäl')}",
        clock,
    )
    clock.advance(120)
    session.end(clock)
    return session
