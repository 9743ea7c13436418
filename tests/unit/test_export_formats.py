"""The four formats open in their real readers, say the same things, escape, and keep secrets."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import html5lib
import pytest
from docx import Document as open_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.entries import EntryKind
from facilitator.domain.minutes import build_minutes, clean
from facilitator.domain.participants import Participant, Role
from facilitator.export import FORMATS, minutes_document, render_minutes, suggested_filename
from facilitator.export.document import Bullets, Fields, Heading, Paragraph
from facilitator.i18n import t, tp
from tests.unit.minutes_helpers import (
    SECRETS,
    TRICKY,
    docx_paragraphs,
    docx_text,
    docx_xml,
    finished_meeting,
    markdown_html,
    markdown_parts,
    visible_text,
)

LANGS = ("sv", "en")
ALL = [(fmt, lang) for fmt in FORMATS for lang in LANGS]


def _collapse(text: str) -> str:
    return " ".join(text.split()).casefold()


def _document_texts(session, lang: str, public: bool) -> list[str]:
    """Every piece of text the laid-out minutes hold."""
    texts = []
    for block in minutes_document(session, lang, public).blocks:
        if isinstance(block, Heading):
            texts.append(block.text)
        elif isinstance(block, Paragraph):
            texts += [s.text for s in block.spans]
        elif isinstance(block, Fields):
            texts += [piece for row in block.rows for piece in row]
        elif isinstance(block, Bullets):
            texts += [s.text for item in block.items for s in item]
    return [_collapse(x) for x in texts if x.strip()]


@pytest.mark.parametrize("public", [False, True], ids=["internal", "public"])
@pytest.mark.parametrize(("fmt", "lang"), ALL)
def test_every_format_says_everything_the_minutes_say(fmt: str, lang: str, public: bool) -> None:
    session, _ = finished_meeting()
    seen = _collapse(visible_text(fmt, render_minutes(session, fmt, lang, public)))
    missing = [x for x in _document_texts(session, lang, public) if x.rstrip(":") not in seen]
    assert not missing


@pytest.mark.parametrize(("fmt", "lang"), ALL)
def test_the_facts_in_each_language(fmt: str, lang: str) -> None:
    session, _ = finished_meeting()
    seen = visible_text(fmt, render_minutes(session, fmt, lang))
    month = "november" if lang == "sv" else "November"
    over = "10 min av 8 min, 2 min över" if lang == "sv" else "10 min of 8 min, 2 min over"
    for fact in (
        "Ramavtal hantverkstjänster",
        "KS 2026/0142",
        "Exempel Bygg AB",
        f"24 {month} 2026",
        "14:05",
        "14:46",
        "41 min",
        over,
        "Teams",
        "Föredrar planerat underhåll",
        "Skicka förfrågningsunderlag",
        f"1 {'december' if lang == 'sv' else 'December'} 2026",
        "Lokalvård",
        "Bevaka upphandlingar i e-Avrop",
        session.dialogue.opening_statements[2],
        t("Mismatches and future needs", lang),
        t("Ordering department", lang),
        t(
            "Minutes taken by {author} on {date} at {time}.",
            lang,
            author="Josefine Upphandlare",
            date=f"24 {month} 2026",
            time="14:46",
        ),
    ):
        assert fact.casefold() in seen.casefold(), fact


def test_markdown_parses_with_front_matter_and_real_headings() -> None:
    session, _ = finished_meeting()
    text = render_minutes(session, "md", "sv")
    assert isinstance(text, str)
    meta, body = markdown_parts(text)
    assert meta["title"] == "Ramavtal hantverkstjänster"
    assert meta["supplier"] == "Exempel Bygg AB"
    assert (meta["date"], meta["status"], meta["public"]) == ("2026-11-24", "draft", False)
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(body)
    levels = [tok.tag for tok in tokens if tok.type == "heading_open"]
    expected = [
        f"h{b.level}" for b in minutes_document(session, "sv").blocks if isinstance(b, Heading)
    ]
    assert levels == expected
    assert "bullet_list_open" in {tok.type for tok in tokens}


def test_html_is_valid_html5_with_print_css() -> None:
    session, _ = finished_meeting()
    markup = render_minutes(session, "html", "en")
    assert isinstance(markup, str)
    html5lib.HTMLParser(strict=True).parse(markup)  # raises on any parse error
    tree = html5lib.parse(markup, namespaceHTMLElements=False)
    assert tree.get("lang") == "en"
    assert tree.find("head/title").text == "Minutes: Ramavtal hantverkstjänster"
    assert len(tree.findall(".//h1")) == 1 and len(tree.findall(".//h2")) >= 8
    assert "size: A4" in markup and "<script" not in markup and "<link" not in markup


def test_docx_has_real_headings_and_lists() -> None:
    session, _ = finished_meeting()
    data = render_minutes(session, "docx", "sv")
    assert isinstance(data, bytes)
    styles = [p.style.name for p in docx_paragraphs(data)]
    assert styles[0] == "Heading 1"
    assert styles.count("Heading 2") >= 8
    assert "Heading 3" in styles and "List Bullet" in styles
    section = open_docx(io.BytesIO(data)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def _tricky_meeting():
    session, clock = finished_meeting(TRICKY)
    session.dialogue.title = TRICKY
    session.dialogue.reference = TRICKY
    session.participants.append(Participant(TRICKY, TRICKY, Role.SUPPLIER))
    q1 = session.questions[0].id
    session.set_note(q1, f"{TRICKY}\n---\n2026. Året\n===\n\\", clock)
    session.log(EntryKind.ACTION, TRICKY, clock, owner=TRICKY, future_needs=TRICKY)
    return session


@pytest.mark.parametrize(("fmt", "lang"), ALL)
def test_syntax_in_user_text_appears_literally(fmt: str, lang: str) -> None:
    session = _tricky_meeting()
    seen = visible_text(fmt, render_minutes(session, fmt, lang))
    assert seen.count(TRICKY) >= 6
    for line in ("---", "2026. Året", "===", "\\"):
        assert f" {line} " in f" {seen} "


def test_markdown_and_yaml_escape_user_text() -> None:
    session = _tricky_meeting()
    text = render_minutes(session, "md", "en")
    assert isinstance(text, str)
    meta, _ = markdown_parts(text)
    assert meta["title"] == meta["supplier"] == meta["reference"] == TRICKY
    html = markdown_html(text)
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    assert not tree.findall(".//b") and not tree.findall(".//script") and not tree.findall(".//hr")
    headings = [h for level in ("h1", "h2", "h3") for h in tree.findall(f".//{level}")]
    document = minutes_document(session, "en")
    assert len(headings) == sum(isinstance(b, Heading) for b in document.blocks)


def test_html_escapes_user_text() -> None:
    markup = render_minutes(_tricky_meeting(), "html", "sv")
    assert isinstance(markup, str)
    tree = html5lib.parse(markup, namespaceHTMLElements=False)
    assert not tree.findall(".//b") and not tree.findall(".//script")
    assert tree.find("head/title").text == f"Minnesanteckningar: {TRICKY}"


def test_docx_keeps_user_text_plain() -> None:
    data = render_minutes(_tricky_meeting(), "docx", "en")
    assert isinstance(data, bytes)
    assert any(p.text == f"Supplier: {TRICKY}" for p in docx_paragraphs(data))


def _raw(fmt: str, result: str | bytes) -> str:
    return docx_xml(result) if isinstance(result, bytes) else result


@pytest.mark.parametrize(("fmt", "lang"), ALL)
def test_public_version_withholds_every_confidential_detail(fmt: str, lang: str) -> None:
    session, _ = finished_meeting()
    public = render_minutes(session, fmt, lang, public=True)
    raw = _raw(fmt, public)
    assert [word for word in SECRETS if word in raw] == []
    assert tp("minutes", "Confidential", lang) not in raw
    assert "affärshemlighet" not in raw
    seen = visible_text(fmt, public)
    assert seen.count(t("[Withheld: confidential]", lang)) == 4
    assert t("Public version: confidential information has been withheld.", lang) in seen


@pytest.mark.parametrize(("fmt", "lang"), ALL)
def test_internal_version_shows_confidential_items_marked_with_reason(fmt: str, lang: str) -> None:
    session, _ = finished_meeting()
    seen = visible_text(fmt, render_minutes(session, fmt, lang))
    assert all(word in seen for word in SECRETS)
    assert seen.count(tp("minutes", "Confidential", lang)) == 4
    assert t("Supplier's reason", lang) + ": affärshemlighet" in seen
    assert t("[Withheld: confidential]", lang) not in seen


def test_public_minutes_without_confidential_items_have_no_placeholder() -> None:
    session, _ = finished_meeting()
    for entry in session.entries:
        entry.confidential = False
    session.notes = {k: v.replace("🔒", "") for k, v in session.notes.items()}
    seen = visible_text("txt", render_minutes(session, "txt", "sv", public=True))
    assert "[Uppgift undantagen, sekretess]" not in seen
    assert "HEMLIGTPRIS" in seen


def test_unknown_format_is_refused() -> None:
    session, _ = finished_meeting()
    with pytest.raises(ValueError, match="unknown format"):
        render_minutes(session, "pdf")


@given(st.text(max_size=80), st.text(max_size=40))
def test_file_names_are_safe_whatever_the_title(title: str, supplier: str) -> None:
    session, _ = finished_meeting(supplier)
    session.dialogue.title = title
    for fmt in FORMATS:
        name = suggested_filename(session, fmt, "sv", public=True)
        stem, _, suffix = name.rpartition(".")
        assert suffix == FORMATS[fmt]
        assert "/" not in name and "\\" not in name and "." not in stem and "\x00" not in name
        assert stem and not stem.startswith("-") and len(name) < 200


def test_file_name_says_what_it_is() -> None:
    session, _ = finished_meeting()
    session.dialogue.title = "../../etc/passwd"
    assert suggested_filename(session, "docx", "en", public=True) == (
        "minutes-etc-passwd-Exempel-Bygg-AB-2026-11-24-1405-en-public.docx"
    )


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("public", [False, True], ids=["internal", "public"])
def test_libreoffice_converts_the_docx(tmp_path: Path, public: bool) -> None:
    session = _tricky_meeting()
    source = tmp_path / "minutes.docx"
    source.write_bytes(render_minutes(session, "docx", "sv", public=public))  # type: ignore[arg-type]
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    text = (tmp_path / "minutes.txt").read_text(encoding="utf-8-sig")
    assert TRICKY in text
    assert "Minnesanteckningar:" in text and "Diskuterade frågor" in text
    assert ("HEMLIGINSIKT" in text) is not public
    assert ("[Uppgift undantagen, sekretess]" in text) is public
    assert build_minutes(session).supplier in text


def test_store_keeps_minutes_in_any_format(store) -> None:
    session, _ = finished_meeting()
    data = render_minutes(session, "docx", "en", public=True)
    path = store.write_minutes(session.id, "en", data, "public.docx")
    assert path.name == f"{session.id}.en.public.docx"
    assert "[Withheld: confidential]" in docx_text(path.read_bytes())
    text = render_minutes(session, "md", "sv")
    assert store.write_minutes(session.id, "sv", text).read_text(encoding="utf-8") == text


def test_preview_is_the_markdown_without_front_matter() -> None:
    from facilitator.export import document_preview, markdown_file, minutes_document

    session, _ = finished_meeting()
    full = render_minutes(session, "md", "en", public=True)
    preview = document_preview(minutes_document(session, "en", public=True))
    assert preview.startswith("# Minutes: Ramavtal hantverkstjänster\n")
    assert isinstance(full, str) and full.endswith(preview)
    # The file the minutes screen saves from its preview is the Markdown file itself.
    assert markdown_file(minutes_document(session, "en", public=True), preview) == full


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40))
def test_any_characters_come_out_literally_in_every_format(text: str) -> None:
    session, clock = finished_meeting(text)
    session.log(EntryKind.TIP, text, clock)
    want = " ".join(clean(text).split())
    for fmt in FORMATS:
        result = render_minutes(session, fmt, "sv")
        if want:
            assert want in visible_text(fmt, result)
        if fmt == "md":
            assert isinstance(result, str)
            assert markdown_parts(result)[0]["supplier"] == clean(text)


def test_two_meetings_with_one_supplier_on_one_day_get_two_file_names() -> None:
    morning, _ = finished_meeting()
    afternoon, _ = finished_meeting()
    assert morning.started_at is not None
    afternoon.started_at = morning.started_at + timedelta(hours=3)
    names = {suggested_filename(s, "md", "sv", public=False) for s in (morning, afternoon)}
    assert len(names) == 2


def test_a_table_in_plain_text_lines_up_under_its_header() -> None:
    """A table of the dialogue summary as plain text: every column as wide as its widest cell,
    a rule under the header, a cell's line breaks and runs of spaces made one space, no spaces
    trailing at the end of a line."""
    from facilitator.export import text as text_format
    from facilitator.export.document import Document, Table

    table = Table(
        ("Leverantör", "Möten", "Frågor"),
        (("Åkes   Bygg\nAB", "2", ""), ("El AB", "10", "6")),
    )
    written = text_format.render(Document("sv", "Sammanställning", {}, [table]))
    assert written.rstrip("\n").endswith(
        "Leverantör   | Möten | Frågor\n"
        "-------------+-------+-------\n"
        "Åkes Bygg AB | 2     |\n"
        "El AB        | 10    | 6"
    )
