"""Importing what procurers already have: Word documents (.docx), Word's web-page exports, plain
text with a reference and purpose, question tables and labelled paragraphs; and refusing a
transcript or an OpenDocument file with a message that says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from facilitator.domain.dialogue import Theme
from facilitator.i18n import N_
from facilitator.importers import ImportProblem, import_bytes, import_questions
from tests.unit.office_helpers import docx_bytes, seven_questions_docx

REAL = Path(__file__).parent.parent / "samples" / "realworld"

EIGHT_QUESTIONS = [
    "Hur ser er organisation ut för städning av offentliga lokaler i dag?",
    "Vilka krav på miljömärkta kemikalier och metoder är rimliga att ställa?",
    "Hur arbetar ni med bemanning vid sjukfrånvaro och semestrar, och hur snabbt kan ni ersätta "
    "personal som inte kan komma till ett uppdrag, till exempel en måndag morgon på en förskola?",
    "Vilka för- och nackdelar ser ni med ett avtal per geografiskt område (norr, söder, centrum) "
    "/ ett gemensamt avtal för hela kommunen?",
    "Hur prissätter ni normalt tilläggsbeställningar och storstädning?",
    "Vilken avtalstid och vilka optioner ser ni som rimliga för en verksamhet av den här "
    "storleken, med ungefär 40 000 kvadratmeter lokalyta fördelad på 60 adresser?",
    "Vad skulle göra det lättare för mindre företag att lämna anbud?",
    "Finns det något i vårt underlag som ni tycker är otydligt eller kostnadsdrivande?",
]


# ------------------------------------------------------------------------ .docx
def test_a_word_document_gives_seven_questions_in_three_themes(tmp_path):
    path = tmp_path / "dialogfragor.docx"
    path.write_bytes(seven_questions_docx())
    result = import_questions(path)
    assert result.source == "docx"
    assert [(q.theme, q.text) for q in result.questions] == [
        (Theme.NEEDS, "Hur ser ni på vårt behov av mat lagad på plats?"),
        (Theme.NEEDS, "Vilka krav på närproducerat är rimliga, och hur påverkar de priset?"),
        (Theme.MARKET, "Hur många aktörer kan leverera i vår region?"),
        (Theme.MARKET, "Vilka förändringar ser ni på marknaden?"),
        (Theme.CONDITIONS, "Vilken avtalstid är rimlig?"),
        (Theme.CONDITIONS, "Beskriv hur ni vill att vi anger priset."),
        (Theme.CONDITIONS, "Vad gör det svårt för ett mindre företag att lämna anbud"),
    ]
    assert result.questions[0].follow_ups == ["Vad krävs i köksutrustning?"]
    assert result.title == "Marknadsdialog inför upphandling av skolmåltider"
    assert result.reference == "KS 2019/777"
    assert result.purpose == "Vi vill förstå hur marknaden för skolmåltider ser ut."
    assert len(result.themes()) == 3
    assert result.warnings == []


def test_bold_paragraphs_in_a_word_document_are_theme_headings():
    document = Document()
    for heading, question in (("Behov", "Vad behöver vi?"), ("Marknad", "Vem levererar?")):
        document.add_paragraph().add_run(heading).bold = True
        document.add_paragraph(question, style="List Bullet")
    result = import_bytes(docx_bytes(document), "x.docx")
    assert [(q.theme, q.text) for q in result.questions] == [
        (Theme.NEEDS, "Vad behöver vi?"),
        (Theme.MARKET, "Vem levererar?"),
    ]


def test_a_damaged_word_document_gets_a_clear_message():
    with pytest.raises(ImportProblem) as caught:
        import_bytes(b"PK\x03\x04" + b"\x00" * 200, "fragor.docx")
    assert caught.value.notice.message == N_(
        "The file looks like a Word document but cannot be read (it may be damaged or "
        "password protected)."
    )
    assert "Word" in caught.value.text("sv")


def test_an_opendocument_file_is_refused_with_what_to_do_instead():
    with pytest.raises(ImportProblem) as caught:
        odt = b"PK\x03\x04" + b"\x00" * 30 + b"mimetypeapplication/vnd.oasis.opendocument.text"
        import_bytes(odt, "fragor.odt")
    assert ".docx" in caught.value.text("sv") and ".docx" in caught.value.text("en")


def test_a_teams_word_transcript_is_refused_with_a_pointer_to_transcript():
    document = Document()
    document.add_paragraph("Möte om städtjänster")
    lines = [
        ("0:03", "Anna Svensson", "Välkomna."),
        ("0:10", "Per Berg", "Tack."),
        ("0:15", "Anna Svensson", "Första frågan?"),
    ]
    for at, who, said in lines:
        document.add_paragraph(f"{who}   {at}")
        document.add_paragraph(said)
    with pytest.raises(ImportProblem) as caught:
        import_bytes(docx_bytes(document), "transkribering.docx")
    assert "facilitator transcript" in caught.value.text("en")


# ------------------------------------------------------------- Word's web pages
@pytest.mark.parametrize(
    "name", ["word15-filtered-dialogfragor-sv.htm", "word15-webpage-dialogfragor-sv.htm"]
)
def test_word_web_pages_give_the_eight_questions_without_bullets_or_fragments(name):
    result = import_questions(REAL / name)
    assert [q.text for q in result.questions] == EIGHT_QUESTIONS
    # The title names the dialogue ("Marknadsdialog"), not the Market theme; the intro under
    # it is not a question.
    assert result.title == "Marknadsdialog inför upphandling av städtjänster"
    assert {q.theme for q in result.questions} == {Theme.OTHER}
    assert all(
        w.message != N_("{count} lines looked like questions but were left out: {lines}")
        for w in result.warnings
    )


def test_a_transcript_given_to_import_points_to_the_transcript_command():
    with pytest.raises(ImportProblem) as caught:
        import_questions(REAL / "microsoft-stream-transcript-demo.vtt")
    assert "facilitator transcript" in caught.value.text("sv")
    with pytest.raises(ImportProblem):  # by its content, whatever it is called
        import_bytes((REAL / "microsoft-stream-transcript-demo.vtt").read_bytes(), "a.txt")


# -------------------------------------------------------------------- plain text
def test_plain_text_takes_the_reference_and_a_purpose_heading_on_its_own_line():
    text = (
        "Marknadsdialog tolktjänster\nDiarienummer: KS 2019/777\n\nSyfte\n\n"
        "Vi vill förstå marknaden för tolktjänster.\n\nBehov\nHur ser ni på våra behov?\n\n"
        "Marknad\n\nHur ser konkurrensen ut?\n"
    )
    result = import_bytes(text.encode(), "fragor.txt")
    assert result.reference == "KS 2019/777"
    assert result.purpose == "Vi vill förstå marknaden för tolktjänster."
    assert result.title == "Marknadsdialog tolktjänster"
    assert [(q.theme, q.text) for q in result.questions] == [
        (Theme.NEEDS, "Hur ser ni på våra behov?"),
        (Theme.MARKET, "Hur ser konkurrensen ut?"),
    ]


# -------------------------------------------------------------------------- HTML
def test_labelled_paragraphs_are_questions_and_dnr_is_the_reference():
    page = (
        "<html><body><h1>Dialog om vinterväghållning (dnr TN 2026/45)</h1>"
        "<h2>Frågor</h2>"
        "<p><strong>Fråga 1:</strong> Hur planerar ni plogning vid snöoväder?</p>"
        "<p><strong>Fråga 2:</strong> Beskriv hur ni rapporterar utförda insatser.</p>"
        "<p><strong>Fråga 3:</strong> Vilken ersättningsmodell föredrar ni?</p>"
        "<h2>Anmälan</h2><ul><li>Anmäl dig senast 1 mars</li><li>Ange ditt företag</li></ul>"
        "</body></html>"
    )
    result = import_bytes(page.encode(), "sida.html")
    assert [q.text for q in result.questions] == [
        "Hur planerar ni plogning vid snöoväder?",
        "Beskriv hur ni rapporterar utförda insatser.",
        "Vilken ersättningsmodell föredrar ni?",
    ]
    assert result.reference == "TN 2026/45"


def test_a_table_of_questions_gives_a_question_per_row_with_follow_ups():
    page = (
        "<html><body><h2>Marknad</h2><table>"
        "<tr><th>Nr</th><th>Fråga</th><th>Följdfrågor</th></tr>"
        "<tr><td>1</td><td>Hur ser konkurrensen ut?</td><td>Vilka är störst?</td></tr>"
        "<tr><td>2</td><td>Vilka trender ser ni?</td><td></td></tr>"
        "</table></body></html>"
    )
    result = import_bytes(page.encode(), "sida.html")
    assert [(q.theme, q.text, q.follow_ups) for q in result.questions] == [
        (Theme.MARKET, "Hur ser konkurrensen ut?", ["Vilka är störst?"]),
        (Theme.MARKET, "Vilka trender ser ni?", []),
    ]


def test_questions_left_out_are_named_in_a_warning():
    page = (
        "<html><body><h2>Behov</h2><ul><li>Vad behöver vi?</li></ul>"
        "<p>Kan ni leverera i hela länet?</p><p>Hur snabbt kan ni starta?</p>"
        "</body></html>"
    )
    result = import_bytes(page.encode(), "sida.html")
    assert [q.text for q in result.questions] == ["Vad behöver vi?"]
    assert result.left_out == ["Kan ni leverera i hela länet?", "Hur snabbt kan ni starta?"]
    (warning,) = [
        w
        for w in result.warnings
        if w.message == N_("{count} lines looked like questions but were left out: {lines}")
    ]
    assert warning.text("en").startswith("2 lines looked like questions but were left out:")
    assert "Kan ni leverera i hela länet?" in warning.text("sv")


@pytest.mark.parametrize("name", ["word15-filtered-original.htm", "word15-webpage-original.htm"])
def test_a_word_web_page_without_dialogue_questions_gives_none_and_says_so(name):
    # The same document in English before its text became dialogue questions: a technical
    # read-me with lists of parts and steps, none of them a question.
    with pytest.raises(ImportProblem) as caught:
        import_questions(REAL / name)
    assert caught.value.notice.message == N_(
        "No questions were found in {name}. Write the questions as a list (one question a "
        "line) under headings such as Needs, Market and Conditions for the deal."
    )
    assert name in caught.value.text("sv")
