"""Teams transcripts: read from .vtt (with and without voice tags) and Teams' .docx, kept with the
session, lined up with the question current at the time, speakers matched to participants; the
minutes only say that a transcript exists with the supplier's consent."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from facilitator.cli import main
from facilitator.domain.participants import Participant
from facilitator.domain.session import Session
from facilitator.domain.transcript import lines_of, match_speaker
from facilitator.export import render_minutes
from facilitator.importers import ImportProblem
from facilitator.importers.transcript import parse_transcript, read_transcript
from facilitator.storage import codec
from facilitator.storage.store import Store
from tests.unit.minutes_helpers import docx_text, finished_meeting

REAL = Path(__file__).parent.parent / "samples" / "realworld"

#: The demo meeting (see `finished_meeting`): q1 for the first 9:50, then q3 for 5 minutes,
#: q2 for 1 minute, then q4 until the end at 41:00.
TEAMS_VTT = """WEBVTT

0b1c7e4a-1/12-0
00:01:00.000 --> 00:01:04.500
<v Säljare, Sam>Vi har planerat underhåll i tre kommuner.</v>

0b1c7e4a-2/7-0
00:10:00.000 --> 00:10:03.000
<v Josefine Upphandlare>Hur ser konkurrensen ut?</v>

0b1c7e4a-3/3-0
00:17:00.000 --> 00:17:02.000
<v Kim Konsult (Extern)>Jour &amp; beredskap är dyrt.</v>

00:50:00.000 --> 00:50:02.000
<v Okänd Person>Tack och hej.</v>
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    session, _ = finished_meeting()
    session.id = "abc123def456"
    Store(folder).save_session(session)
    return folder


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), "--lang", "en", *args])


def test_microsoft_stream_vtt_without_speakers_gives_its_four_lines():
    lines = read_transcript(REAL / "microsoft-stream-transcript-demo.vtt")
    assert [(line.start, line.speaker, line.text) for line in lines] == [
        (12.2, "", "Hi Microsoft Stream."),
        (16.27, "", "Welcome to the show today on this"),
        (21.895, "", "station."),
        (23.76, "", "We are in a tenant with sausages."),
    ]


def test_teams_word_transcripts_old_and_new_layout():
    old = Document()
    old.add_paragraph("Transcript")
    old.add_paragraph("0:0:0.0 --> 0:0:4.340\nAnna Svensson\nVälkomna till dialogen.")
    new = Document()
    new.add_paragraph("Dialogmöte-20261124_140500-Mötesinspelning")
    new.add_paragraph("Anna Svensson   1:02")
    new.add_paragraph("Välkomna till dialogen.")
    for document, at in ((old, 0.0), (new, 62.0)):
        buffer = io.BytesIO()
        document.save(buffer)
        (line,) = parse_transcript(buffer.getvalue(), "t.docx")
        assert (line.start, line.speaker) == (at, "Anna Svensson")
        assert line.text == "Välkomna till dialogen."


def test_a_file_that_is_not_a_transcript_is_refused():
    with pytest.raises(ImportProblem) as caught:
        parse_transcript(b"# Fragor\n- Hur?\n", "fragor.md")
    assert "Teams" in caught.value.text("sv")


def test_speakers_are_matched_by_name_in_any_order_and_without_guest_marks():
    people = [Participant("Sam Säljare"), Participant("Anna Berg"), Participant("Anna Lind")]
    assert match_speaker("Säljare, Sam", people) == "Sam Säljare"
    assert match_speaker("SAM SÄLJARE (Gäst)", people) == "Sam Säljare"
    assert match_speaker("Sam", people) == "Sam Säljare"
    assert match_speaker("Anna", people) == ""  # two Annas: no guess
    assert match_speaker("Okänd", people) == ""


def test_transcript_command_lines_up_the_lines_with_the_questions(data, tmp_path, capsys):
    path = tmp_path / "möte.vtt"
    path.write_text(TEAMS_VTT, encoding="utf-8")
    assert run(data, "transcript", "abc1", str(path), "--yes") == 0
    session = Store(data).load_session("abc123def456")
    q1, q2, q3, q4 = (q.id for q in session.questions[:4])
    assert [line.text for line in lines_of(session, q1)] == [
        "Vi har planerat underhåll i tre kommuner."
    ]
    assert [line.participant for line in lines_of(session, q1)] == ["Sam Säljare"]
    assert [line.text for line in lines_of(session, q3)] == ["Hur ser konkurrensen ut?"]
    assert [line.text for line in lines_of(session, q4)] == ["Jour & beredskap är dyrt."]
    assert lines_of(session, q2) == []
    assert [line.text for line in lines_of(session, None)] == ["Tack och hej."]
    assert session.transcript.consent and session.transcript.source == "möte.vtt"
    assert "Okänd Person" in capsys.readouterr().err
    # Every line keeps its speaker as well as its question.
    assert ("Josefine Upphandlare", "Hur ser konkurrensen ut?") in [
        (line.speaker, line.text) for line in lines_of(session, q3)
    ]


def test_without_consent_nothing_is_attached(data, tmp_path, monkeypatch):
    path = tmp_path / "möte.vtt"
    path.write_text(TEAMS_VTT, encoding="utf-8")
    monkeypatch.setattr("builtins.input", lambda: "n")
    assert run(data, "transcript", "abc1", str(path)) == 1
    assert not Store(data).load_session("abc123def456").transcript.attached
    monkeypatch.setattr("builtins.input", lambda: "y")
    assert run(data, "transcript", "abc1", str(path)) == 0
    assert Store(data).load_session("abc123def456").transcript.attached


@pytest.mark.parametrize("public", [False, True])
def test_minutes_say_a_transcript_exists_but_hold_none_of_its_text(data, tmp_path, public):
    path = tmp_path / "möte.vtt"
    path.write_text(TEAMS_VTT, encoding="utf-8")
    run(data, "transcript", "abc1", str(path), "--yes")
    session = Store(data).load_session("abc123def456")
    for fmt in ("md", "txt"):
        text = render_minutes(session, fmt, "sv", public=public)
        assert isinstance(text, str)
        assert "transkriberades med leverantörens samtycke" in text
        assert "planerat underhåll i tre" not in text and "Tack och hej" not in text
    document = render_minutes(session, "docx", "en", public=public)
    assert isinstance(document, bytes)
    assert "recorded and transcribed with the supplier's consent" in docx_text(document)
    assert "beredskap är dyrt" not in docx_text(document)


def test_minutes_without_a_transcript_say_nothing_of_one():
    session, _ = finished_meeting()
    text = render_minutes(session, "md", "sv")
    assert isinstance(text, str) and "Transkribering" not in text


def test_a_session_saved_before_transcripts_loads_with_none():
    session, _ = finished_meeting()
    data = codec.encode(session)
    for key in ("transcript", "question_times", "join_link"):
        del data[key]
    loaded = codec.decode(Session, data)
    assert not loaded.transcript.attached and loaded.question_times == []
    assert loaded.join_link == ""


def test_after_the_last_question_is_skipped_no_question_is_current():
    from facilitator.domain.demo import demo_dialogue
    from facilitator.domain.session import new_session
    from facilitator.domain.transcript import TranscriptLine, align
    from tests.conftest import FakeClock

    clock = FakeClock()
    session = new_session(demo_dialogue(), "Bygg AB")
    session.start(clock)
    for question in session.questions[1:]:
        session.go_to(question.id, clock)
        session.skip_current(clock)
    first = session.questions[0].id
    session.go_to(first, clock)
    clock.advance(60)
    session.skip_current(clock)  # nothing left to move on to
    clock.advance(60)
    said = [TranscriptLine("a", start=30), TranscriptLine("b", start=90)]
    align(session, said)
    assert [line.question_id for line in said] == [first, None]


def test_a_recording_started_before_the_clock_is_lined_up_from_its_own_start(data, tmp_path):
    # The clock started 14:05 Stockholm time; the recording two minutes before, so a line said
    # 11 minutes into the recording was said 9 minutes into the meeting: still question 1.
    path = tmp_path / "möte.vtt"
    path.write_text(
        "WEBVTT\n\n00:11:00.000 --> 00:11:02.000\n<v Sam Säljare>Tidigt svar.</v>\n",
        encoding="utf-8",
    )
    args = ["transcript", "abc1", str(path), "--yes", "--recording-start", "14:03"]
    assert run(data, *args) == 0
    session = Store(data).load_session("abc123def456")
    assert [line.text for line in lines_of(session, session.questions[0].id)] == ["Tidigt svar."]
    assert run(data, "transcript", "abc1", str(path), "--recording-start", "kvart över") == 2
