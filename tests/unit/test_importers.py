"""Importing questions from the files a procurer actually has: Word and LibreOffice pages saved
as HTML, announcement pages, Markdown and plain text; and from the files that go wrong."""

from __future__ import annotations

import base64
import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.dialogue import Theme
from facilitator.i18n import N_
from facilitator.importers import MAX_BYTES, ImportProblem, import_bytes, import_questions
from facilitator.importers.outline import theme_of_heading

SAMPLES = Path(__file__).parent.parent / "samples"


def by_theme(result) -> dict[Theme, list[str]]:
    grouped: dict[Theme, list[str]] = {}
    for question in result.questions:
        grouped.setdefault(question.theme, []).append(question.text)
    return grouped


# --------------------------------------------------------------- realistic samples
def test_word_html_gives_the_questions_under_their_themes():
    result = import_questions(SAMPLES / "word-dialogfragor.htm")
    assert result.encoding == "cp1252"
    assert by_theme(result) == {
        Theme.NEEDS: [
            "Hur uppfattar ni våra behov av planering och schemaläggning i hemtjänsten?",
            "Vilka krav på mobil åtkomst för personalen är rimliga – och vad kostar de?",
        ],
        Theme.MARKET: [
            "Hur många leverantörer kan leverera ett system av den här storleken i Sverige?",
            "Vilka förändringar ser ni på marknaden de närmaste tre åren – t.ex. "
            "”molntjänster” eller AI?",
        ],
        Theme.CONDITIONS: [
            "Vilken avtalstid är rimlig för er, och varför?",
            "Hur vill ni att vi beskriver priset: fast pris per användare eller per modul?",
            "Vad gör det svårt för ett mindre företag att lämna anbud på det här?",
        ],
    }
    # The level-2 list paragraph is the first question's follow-up, without Word's "o" bullet.
    assert result.questions[0].follow_ups == ["Vad saknas i vår beskrivning?"]
    assert result.title == "Dialogfrågor – planeringssystem för hemtjänsten"
    assert result.reference == "SN 2026/0311"
    assert result.purpose.startswith("Vi vill förstå vilka system som finns på marknaden")
    assert "Kontakt" not in " ".join(q.text for q in result.questions)
    assert result.warnings == []


def test_word_numbering_and_hidden_markup_never_reach_the_text():
    result = import_questions(SAMPLES / "word-dialogfragor.htm")
    for question in result.questions:
        assert not question.text[:2].rstrip(".").isdigit()
        assert "\xa0" not in question.text
        assert "supportLists" not in question.text and "mso" not in question.text.lower()


def test_libreoffice_html_keeps_nested_items_as_follow_ups_and_reads_timeboxes():
    result = import_questions(SAMPLES / "libreoffice-dialogue.html")
    assert [len(v) for v in by_theme(result).values()] == [2, 2, 2]
    first = result.questions[0]
    assert first.text == "How do you see our need for meals cooked on site?"
    assert first.follow_ups == [
        "What would it take in kitchen equipment?",
        "Which staffing models work for you?",
    ]
    timed = result.questions[4]
    assert (timed.text, timed.timebox) == (
        "What contract period makes the investment worthwhile?",
        10,
    )
    assert result.purpose.startswith("We want to learn how caterers")


def test_announcement_page_ignores_navigation_scripts_and_lists_without_questions():
    result = import_questions(SAMPLES / "annonssida.html")
    texts = [q.text for q in result.questions]
    assert len(texts) == 7
    assert by_theme(result)[Theme.NEEDS][0].startswith("Hur ser ni på att städa")
    assert len(by_theme(result)[Theme.CONDITIONS]) == 3
    joined = " ".join(texts)
    for furniture in ("Start", "Kontakta oss", "Is this a question", "ESPD", "Logga in", "vecka"):
        assert furniture not in joined
    skipped = [
        w.values
        for w in result.warnings
        if w.message == N_("The list under “{heading}” was skipped: it holds no questions.")
    ]
    assert [dict(v)["heading"] for v in skipped] == ["Så anmäler du dig", "Tidplan"]
    assert result.purpose.startswith("Syftet är att förstå marknaden")


def test_markdown_file():
    result = import_questions(SAMPLES / "road-maintenance.md")
    assert result.source == "markdown"
    assert list(by_theme(result)) == [Theme.NEEDS, Theme.MARKET, Theme.CONDITIONS]
    assert result.questions[0].timebox == 8
    assert result.questions[0].follow_ups == [
        "How quickly can you be out after a snowfall?",
        "What equipment do you need close by?",
    ]
    assert result.questions[-1].text == "How should we handle price changes for fuel?"
    assert result.title == "Market dialogue: road maintenance"


def test_plain_text_blocks_are_themes_and_indented_lines_follow_ups():
    result = import_questions(SAMPLES / "tolktjanster.txt")
    assert result.source == "text"
    assert [len(v) for v in by_theme(result).values()] == [2, 2, 2]
    assert list(by_theme(result)) == [Theme.NEEDS, Theme.MARKET, Theme.CONDITIONS]
    assert result.questions[0].follow_ups == ["Vilka språk är svårast att täcka?"]


def test_plain_text_without_headings_puts_questions_under_other():
    result = import_bytes("Vad behöver ni?\nHur ofta?\n\nVad kostar det?\n".encode(), "q.txt")
    assert [(q.theme, q.text) for q in result.questions] == [
        (Theme.OTHER, "Vad behöver ni?"),
        (Theme.OTHER, "Hur ofta?"),
        (Theme.OTHER, "Vad kostar det?"),
    ]


@pytest.mark.parametrize(
    ("heading", "theme"),
    [
        ("Behov", Theme.NEEDS),
        ("Våra behov", Theme.NEEDS),
        ("NEEDS", Theme.NEEDS),
        ("Marknaden", Theme.MARKET),
        ("The market", Theme.MARKET),
        ("Förutsättningar för affären", Theme.CONDITIONS),
        ("FORUTSATTNINGAR", Theme.CONDITIONS),
        ("Villkor", Theme.CONDITIONS),
        ("Conditions for the deal", Theme.CONDITIONS),
        ("Övrigt", Theme.OTHER),
        ("Kundbehov", Theme.NEEDS),
        ("Affärsvillkor", Theme.CONDITIONS),
        ("Pricing and contract terms", Theme.CONDITIONS),
        ("The ideal solution", None),
        ("Tidplan", None),
    ],
)
def test_headings_name_themes_in_swedish_and_english(heading, theme):
    assert theme_of_heading(heading) is theme


def test_unknown_heading_goes_to_other_with_a_warning():
    result = import_bytes(b"## Hallbarhet\n\n- Hur arbetar ni med klimatet?\n", "x.md")
    assert result.questions[0].theme is Theme.OTHER
    assert [w.message for w in result.warnings] == [
        N_("Headings that name no theme (their questions were put under Other): {headings}")
    ]


# ----------------------------------------------------------------------- encodings
def test_declared_charset_that_lies_falls_back_with_a_warning():
    page = "<html><head><meta charset='utf-8'></head><body><ul><li>Får vi åka?</li></ul>"
    result = import_bytes(page.encode("cp1252"), "lie.html")
    assert result.questions[0].text == "Får vi åka?"
    assert result.encoding == "cp1252"
    assert [w.message for w in result.warnings] == [
        N_("The file says it is {charset} but is not; its characters were read another way.")
    ]


def test_utf16_with_bom_and_utf8_without_a_declaration():
    text = "# Behov\n\n- Är det här rätt?\n"
    assert import_bytes(text.encode("utf-16"), "q.md").questions[0].text == "Är det här rätt?"
    assert import_bytes(text.encode("utf-8"), "q.md").encoding == "utf-8"


def test_bytes_undefined_in_cp1252_do_not_crash():
    data = b"- Fr\xe5ga med \x81 och \x8d?\n"
    result = import_bytes(data, "q.md")
    assert result.questions[0].text.startswith("Fråga med")


# ---------------------------------------------------------------------- bad inputs
@pytest.mark.parametrize("data", [b"", b"  \r\n\t\n"])
def test_empty_file(tmp_path, data):
    path = tmp_path / "empty.html"
    path.write_bytes(data)
    with pytest.raises(ImportProblem) as caught:
        import_questions(path)
    assert caught.value.notice.message == N_("The file is empty.")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(os.urandom(4096) + b"\x00" * 16)
    with pytest.raises(ImportProblem) as caught:
        import_questions(path)
    assert caught.value.notice.message == N_(
        "The file is not text. Save the questions as Markdown, text or a web page (HTML)."
    )


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportProblem) as missing:
        import_questions(tmp_path / "nope.md")
    with pytest.raises(ImportProblem) as folder:
        import_questions(tmp_path)
    assert missing.value.notice.message == N_("The file {path} does not exist.")
    assert folder.value.notice.message == N_("{path} is a folder, not a file.")


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ImportProblem) as caught:
        import_questions(path)
    assert caught.value.notice.message == N_("{path} is {mb} MB, too large to be a question list.")


def test_ten_megabyte_page_imports_in_reasonable_time(tmp_path):
    """A large announcement page: most of its weight is inline images and scripts."""
    page = (SAMPLES / "annonssida.html").read_text(encoding="utf-8")
    image = '<img src="data:image/png;base64,' + base64.b64encode(os.urandom(7_000_000)).decode()
    script = "<script>" + "var x = '<ul><li>q?</li></ul>';\n" * 40_000 + "</script>"
    padding = "<p>Om kommunen och dess verksamhet.</p>\n" * 20_000
    big = page.replace("<article>", "<article>" + image + '">' + script + padding)
    path = tmp_path / "big.html"
    path.write_text(big, encoding="utf-8")
    assert path.stat().st_size > 10 * 1024 * 1024
    began = time.perf_counter()
    result = import_questions(path)
    assert time.perf_counter() - began < 20
    assert len(result.questions) == 7


def test_html_without_lists_takes_paragraphs_that_ask():
    page = b"""<html><body><h2>Behov</h2><p>Vi vill veta mer.</p>
    <p>Hur ser ni p\xe5 v\xe5ra behov?</p><h2>Marknad</h2><p>Vilka finns?</p></body></html>"""
    result = import_bytes(page, "page.html")
    assert [(q.theme, q.text) for q in result.questions] == [
        (Theme.NEEDS, "Hur ser ni på våra behov?"),
        (Theme.MARKET, "Vilka finns?"),
    ]
    assert [w.message for w in result.warnings] == [
        N_("No lists were found: paragraphs ending with a question mark were taken as questions.")
    ]


def test_html_without_lists_or_questions_is_refused():
    with pytest.raises(ImportProblem) as caught:
        import_bytes(b"<html><body><h1>Om oss</h1><p>Vi finns.</p></body></html>", "x.html")
    assert caught.value.notice.message == N_(
        "No questions were found in {name}. Write the questions as a list (one question a "
        "line) under headings such as Needs, Market and Conditions for the deal."
    )


def test_malformed_html_still_gives_its_questions():
    page = b"""<html><body><h2>Behov<ul><li>Vad saknas?<li>Vad kostar det?</b></i></ul></div>
    <h2>Marknad</h3><ol><li>Hur stor \xe4r marknaden?</p></li></li></ol><p><b>unclosed
    <script>document.write('<li>Not this?</li>')"""
    result = import_bytes(page, "bad.html")
    assert [q.text for q in result.questions] == [
        "Vad saknas?",
        "Vad kostar det?",
        "Hur stor är marknaden?",
    ]


def test_unclosed_comment_does_not_hang_and_hides_what_follows():
    page = b"<ul><li>Syns detta?</li></ul>" + b"<!-- x" * 200_000
    began = time.perf_counter()
    result = import_bytes(page, "c.html")
    assert time.perf_counter() - began < 5
    assert [q.text for q in result.questions] == ["Syns detta?"]


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=600), name=st.sampled_from(["f.html", "f.md", "f.txt", "f"]))
def test_any_bytes_give_questions_or_a_clear_problem(data, name):
    try:
        result = import_bytes(data, name)
    except ImportProblem as problem:
        assert problem.text("sv") and problem.text("en")
    else:
        assert result.questions and all(q.text.strip() for q in result.questions)


# ------------------------------------------------------------ into a dialogue
def test_adding_to_a_dialogue_keeps_its_own_purpose_and_questions():
    from facilitator.domain.demo import demo_dialogue
    from facilitator.importers import add_to_dialogue

    dialogue = demo_dialogue()
    own = [q.id for q in dialogue.questions]
    result = import_questions(SAMPLES / "road-maintenance.md")
    notices = add_to_dialogue(dialogue, result)
    assert [q.id for q in dialogue.questions][: len(own)] == own
    assert len(dialogue.questions) == len(own) + len(result.questions)
    assert dialogue.purpose == demo_dialogue().purpose
    assert [n.message for n in notices] == [
        N_("The dialogue already has a purpose text; the imported one was not used.")
    ]


def test_a_new_dialogue_takes_the_documents_title_unless_given_one():
    from facilitator.importers import new_dialogue

    result = import_questions(SAMPLES / "libreoffice-dialogue.html")
    assert new_dialogue(result).title == "Market dialogue: school meals"
    named = new_dialogue(result, "Skolmat 2027")
    assert named.title == "Skolmat 2027" and named.purpose == result.purpose
    untitled = import_questions(SAMPLES / "tolktjanster.txt")
    assert new_dialogue(untitled, "", "tolktjanster").title == "tolktjanster"


def test_words_title_style_gives_the_title():
    page = b"<html><body><p class=MsoTitle>Dialog om IT-drift</p><h2>Behov</h2><ol><li>Vad?</ol>"
    assert import_bytes(page, "word.htm").title == "Dialog om IT-drift"


def test_bold_paragraphs_in_a_word_page_are_taken_as_theme_headings():
    page = """<html><head><meta charset=windows-1252></head><body><div class=WordSection1>
<p class=MsoNormal><b><span style='font-size:14.0pt'>Marknaden<o:p></o:p></span></b></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>-<span>&nbsp;&nbsp;</span></span><![endif]>Vilka konkurrenter finns?</p>
<p class=MsoNormal><b>Är detta en fråga?</b></p>
</div></body></html>""".encode("cp1252")
    result = import_bytes(page, "word.htm")
    assert [(q.theme, q.text) for q in result.questions] == [
        (Theme.MARKET, "Vilka konkurrenter finns?")
    ]


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=400), name=st.sampled_from(["f.html", "f.md", "f.txt", "f"]))
def test_any_text_gives_questions_or_a_clear_problem(text, name):
    try:
        result = import_bytes(text.encode("utf-8", errors="surrogatepass"), name)
    except ImportProblem as problem:
        assert problem.text("en")
    else:
        assert all(q.text.strip() and q.text == q.text.strip() for q in result.questions)


def test_plain_text_dashes_mark_follow_ups_only_under_undashed_questions():
    dashed = import_bytes("Behov\n- Vad behöver ni?\n- Hur ofta?\n".encode(), "q.txt")
    assert [(q.text, q.follow_ups) for q in dashed.questions] == [
        ("Vad behöver ni?", []),
        ("Hur ofta?", []),
    ]
    mixed = import_bytes("Behov\n1. Vad behöver ni?\n- Hur ofta?\n2. Var?\n".encode(), "q.txt")
    assert [(q.text, q.follow_ups) for q in mixed.questions] == [
        ("Vad behöver ni?", ["Hur ofta?"]),
        ("Var?", []),
    ]


def test_a_calendar_invite_is_not_taken_for_questions():
    with pytest.raises(ImportProblem) as caught:
        import_questions(SAMPLES / "teams-invite.ics")
    assert caught.value.notice.message == N_(
        "This is a calendar invite, not a question list. Use it to fill in a booking "
        "(facilitator book DIALOGUE --supplier NAME --ics FILE)."
    )


def test_xhtml_declares_its_encoding_in_the_xml_declaration():
    page = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><ul><li>Hur går det?</li></ul>'
    result = import_bytes(page.encode("latin-1"), "x.xhtml")
    assert result.questions[0].text == "Hur går det?"
    assert result.encoding == "cp1252" and result.warnings == []


def test_google_docs_flat_lists_nest_follow_ups():
    page = b"""<html><body><h2 class="c3"><span>Behov</span></h2>
<ul class="c1 lst-kix_ab12-0 start"><li class="c2 li-bullet-0">
<span>Vad beh\xc3\xb6ver ni?</span></li></ul>
<ul class="c1 lst-kix_ab12-1 start"><li class="c5 li-bullet-1"><span>Hur ofta?</span></li>
<li class="c5 li-bullet-1"><span>Var?</span></li></ul>
<ul class="c1 lst-kix_ab12-0"><li class="c2 li-bullet-0"><span>Vad kostar det?</span></li></ul>
</body></html>"""
    result = import_bytes(page, "gdocs.html")
    assert [(q.text, q.follow_ups) for q in result.questions] == [
        ("Vad behöver ni?", ["Hur ofta?", "Var?"]),
        ("Vad kostar det?", []),
    ]
