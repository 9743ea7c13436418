"""`facilitator dialogues | questions | import | start | book | bookings | tips`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import facilitator.ui.app
from facilitator.cli import main
from facilitator.domain.demo import DEMO_DIALOGUE_ID, demo_dialogue
from facilitator.domain.dialogue import Dialogue, Question, Theme
from facilitator.domain.entries import EntryKind
from facilitator.domain.participants import Role
from facilitator.domain.session import MeetingFormat, new_session
from facilitator.domain.starters import starter_dialogue
from facilitator.importers import import_bytes
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import Store
from tests.conftest import FakeClock

SAMPLES = Path(__file__).parent.parent / "samples"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Session ids the meeting screen was opened on (the app itself is not started)."""
    calls: list[str] = []

    def fake_run_app(store, lang, *, session_id=None, session=None):
        calls.append(session_id)
        return 0

    monkeypatch.setattr(facilitator.ui.app, "run_app", fake_run_app)
    return calls


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), "--lang", "en", *args])


def dialogue_files(data: Path) -> list[Path]:
    folder = data / "dialogues"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_the_demo_is_listed_before_anything_is_saved(data, capsys):
    assert run(data, "dialogues", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {
            "id": DEMO_DIALOGUE_ID,
            "title": "Ramavtal hantverkstjänster",
            "reference": "KS 2026/0142",
            "questions": 6,
            "sessions": 0,
        }
    ]


def test_dialogues_count_the_sessions_held(data, capsys):
    store = Store(data)
    for supplier in ("A AB", "B AB"):
        store.save_session(new_session(demo_dialogue(), supplier))
    store.save_dialogue(Dialogue(title="Ny", id="ny1"))
    assert run(data, "dialogues", "--json") == 0
    held = {row["id"]: row["sessions"] for row in json.loads(capsys.readouterr().out)}
    assert held == {DEMO_DIALOGUE_ID: 2, "ny1": 0}


def test_import_word_page_into_a_new_dialogue(data, capsys):
    assert run(data, "import", str(SAMPLES / "word-dialogfragor.htm")) == 0
    out = capsys.readouterr().out
    assert "7 questions imported (html, cp1252)" in out and "Purpose text found." in out
    (stored,) = PrepStore(Store(data)).store.dialogues()
    assert stored.title == "Dialogfrågor – planeringssystem för hemtjänsten"
    assert stored.reference == "SN 2026/0311"
    assert [q.theme for q in stored.questions].count(Theme.CONDITIONS) == 3


def test_import_with_a_new_title_and_into_an_existing_dialogue(data, capsys):
    assert run(data, "import", str(SAMPLES / "tolktjanster.txt"), "--new", "Tolktjänster") == 0
    (created,) = Store(data).dialogues()
    assert created.title == "Tolktjänster" and len(created.questions) == 6
    assert (
        run(data, "import", str(SAMPLES / "road-maintenance.md"), "--dialogue", created.id[:5]) == 0
    )
    (merged,) = Store(data).dialogues()
    assert len(merged.questions) == 12
    assert merged.purpose.startswith("We want to understand")


def test_import_into_the_demo_saves_it_with_the_new_questions(data):
    assert run(data, "import", str(SAMPLES / "tolktjanster.txt"), "--dialogue", "demo") == 0
    stored = Store(data).load_dialogue(DEMO_DIALOGUE_ID)
    assert len(stored.questions) == 12


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"\x00\x01binary\x00" * 50, "not text"),
        (b"<html><body><p>Inga fr\xe5gor h\xe4r.</p></body></html>", "No questions were found"),
    ],
)
def test_a_bad_file_writes_nothing_and_says_why(data, tmp_path, capsys, content, message):
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    assert run(data, "import", str(path)) == 2
    assert message in capsys.readouterr().err.replace("\n", " ")
    assert dialogue_files(data) == []


def test_import_into_an_unknown_dialogue_writes_nothing(data, capsys):
    assert run(data, "import", str(SAMPLES / "tolktjanster.txt"), "--dialogue", "nope") == 2
    assert "No dialogue with id" in capsys.readouterr().err
    assert dialogue_files(data) == []


def test_questions_as_markdown_import_back(data, capsys):
    assert run(data, "questions", "demo") == 0
    result = import_bytes(capsys.readouterr().out.encode(), "out.md")
    assert [(q.text, q.theme) for q in result.questions] == [
        (q.text, q.theme) for q in demo_dialogue().questions
    ]


def test_questions_as_json_keep_themes_and_order(data, capsys):
    store = Store(data)
    store.save_dialogue(
        Dialogue(
            id="mixed1",
            title="Blandat",
            questions=[
                Question("Ett?", Theme.MARKET, id="a"),
                Question("Två?", Theme.NEEDS, ["Tre?"], id="b"),
                Question("Fyra?", Theme.NEEDS, id="c"),
            ],
        )
    )
    assert run(data, "questions", "mix", "--format", "json") == 0
    out = json.loads(capsys.readouterr().out)
    assert [(t["theme"], [q["id"] for q in t["questions"]]) for t in out["themes"]] == [
        ("market", ["a"]),
        ("needs", ["b", "c"]),
    ]
    assert out["themes"][1]["questions"][0]["follow_ups"] == ["Tre?"]


def test_an_ambiguous_prefix_names_the_matches(data, capsys):
    store = Store(data)
    for dialogue_id in ("abc111", "abc222"):
        store.save_dialogue(Dialogue(title=dialogue_id, id=dialogue_id))
    assert run(data, "questions", "abc") == 2
    err = capsys.readouterr().err
    assert "abc111" in err and "abc222" in err


def test_start_saves_the_session_and_opens_it(data, opened):
    assert run(data, "start", "demo", "--supplier", "  Snickare AB ") == 0
    (session_id,) = opened
    session = Store(data).load_session(session_id)
    assert session.supplier == "Snickare AB"
    assert session.dialogue.id == DEMO_DIALOGUE_ID
    assert [p.role for p in session.participants] == [Role.PROCURER, Role.ORDERING_DEPARTMENT]
    assert session.planned_minutes == 45


def test_start_needs_a_supplier_name(data, opened, capsys):
    assert run(data, "start", "demo", "--supplier", "  ") == 2
    assert opened == [] and "supplier" in capsys.readouterr().err


def test_book_from_an_invite_then_start_the_booked_meeting(data, opened, capsys):
    ics = str(SAMPLES / "teams-invite.ics")
    assert run(data, "book", "demo", "--supplier", "Exempel Bygg AB", "--ics", ics) == 0
    assert "Booked 2026-03-12 10:00 with Exempel Bygg AB" in capsys.readouterr().out
    prep = PrepStore(Store(data))
    (booking,) = prep.bookings()
    assert booking.format is MeetingFormat.TEAMS and booking.join_link
    assert run(data, "start", "--booking", booking.id[:4]) == 0
    session = Store(data).load_session(opened[0])
    assert session.supplier == "Exempel Bygg AB"
    assert session.scheduled_at == datetime(2026, 3, 12, 9, 0, tzinfo=timezone.utc)
    assert [p.name for p in session.participants] == [
        "Josefine Upphandlare",
        "Karin Fastighetschef",
        "Anna Nilsson",
        "Per Åkesson",
    ]
    assert prep.load_booking(booking.id).session_id == session.id
    # A booked meeting is started once.
    assert run(data, "start", "--booking", booking.id) == 2
    assert len(opened) == 1


def test_book_from_an_invite_says_who_is_on_which_side(data, capsys, tmp_path):
    invite = tmp_path / "invite.ics"
    soon = (datetime.now(timezone.utc) + timedelta(days=7)).strftime("%Y%m%dT070000Z").encode()
    invite.write_bytes(
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:" + soon + b"\r\n"
        b"ORGANIZER;CN=Josefine:mailto:josefine@exempelby.se\r\n"
        b'ATTENDEE;CN="Svensson, Per":mailto:per@exempelby.se\r\n'
        b"ATTENDEE:mailto:kalle@exempelbygg.se\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    args = ("book", "demo", "--supplier", "Exempel Bygg AB", "--ics", str(invite))
    assert main(["--data-dir", str(data), "--lang", "sv", *args]) == 0
    out, err = capsys.readouterr()
    assert "egen organisation: Josefine; Per Svensson; leverantören: Kalle." in out
    assert "Namnet Kalle är gjort av adressen kalle@exempelbygg.se; kontrollera det." in err
    (booking,) = PrepStore(Store(data)).bookings()
    assert [p.name for p in booking.own_people] == ["Josefine", "Per Svensson"]
    assert [(c.name, c.guessed) for c in booking.contacts] == [("Kalle", True)]


def test_book_with_a_binary_file_as_invite_says_it_is_no_calendar(data, capsys, tmp_path):
    picture = tmp_path / "inbjudan.ics"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    args = ("book", "demo", "--supplier", "A AB", "--ics", str(picture))
    assert main(["--data-dir", str(data), "--lang", "sv", *args]) == 2
    assert "Filen är ingen kalenderfil (.ics)." in capsys.readouterr().err


def test_bookings_lists_upcoming_ones(data, capsys):
    soon = (datetime.now(timezone.utc) + timedelta(days=2)).replace(microsecond=0)
    assert run(data, "book", "demo", "--supplier", "Framtid AB", "--at", soon.isoformat()) == 0
    assert run(data, "book", "demo", "--supplier", "Förr AB", "--at", "2020-01-01T10:00") == 0
    assert run(data, "book", "demo", "--supplier", "X", "--at", "i morgon") == 2
    capsys.readouterr()
    assert run(data, "bookings", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["supplier"] for r in rows] == ["Framtid AB"]
    assert run(data, "bookings", "--all", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_a_booking_needs_a_date_and_a_time_and_odd_ones_are_pointed_out(data, capsys):
    def book(*args: str) -> int:
        return main(["--data-dir", str(data), "--lang", "sv", "book", "demo", *args])

    assert book("--supplier", "A AB") == 2
    assert "Ange mötets datum och tid med --at" in capsys.readouterr().err
    assert book("--supplier", "A AB", "--at", "2027-03-12") == 2
    assert "saknar klockslag" in capsys.readouterr().err
    assert PrepStore(Store(data)).bookings() == []
    assert book("--supplier", "Förr AB", "--at", "2020-01-01T10:00") == 0
    assert "Obs: mötet 2020-01-01 10:00 ligger redan bakåt i tiden." in capsys.readouterr().err
    far = (datetime.now(timezone.utc) + timedelta(days=3 * 365)).strftime("%Y-%m-%dT10:00")
    assert book("--supplier", "Sen AB", "--at", far) == 0
    assert "ligger mer än två år fram" in capsys.readouterr().err
    soon = (datetime.now(timezone.utc) + timedelta(days=7)).strftime("%Y-%m-%dT10:00")
    assert book("--supplier", "Snart AB", "--at", soon) == 0
    assert capsys.readouterr().err == ""


def test_tips_are_listed_most_given_first(data, capsys):
    clock = FakeClock()
    session = new_session(demo_dialogue(), "A AB")
    session.log(EntryKind.TIP, "ESPD", clock, tip_id="en-espd")
    Store(data).save_session(session)
    assert run(data, "tips", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0] == {"id": "en-espd", "text": rows[0]["text"], "lang": "en", "given": 1}
    assert {r["lang"] for r in rows} == {"en"} and len(rows) == 9


def test_new_dialogue_from_a_previous_one_or_the_starter_set(data, capsys):
    assert run(data, "new", "Hantverk 2027", "--from", "demo") == 0
    assert run(data, "new", "Städ", "--starter", "sv") == 0
    assert run(data, "new", "Cleaning") == 0  # the starter set in the command's language
    assert "Created Cleaning" in capsys.readouterr().out
    by_title = {d.title: d for d in Store(data).dialogues()}
    copied = by_title["Hantverk 2027"]
    assert copied.id != DEMO_DIALOGUE_ID
    assert [q.text for q in copied.questions] == [q.text for q in demo_dialogue().questions]
    assert by_title["Städ"].questions[0].text == starter_dialogue("sv").questions[0].text
    assert by_title["Cleaning"].questions[0].text == starter_dialogue("en").questions[0].text
    assert run(data, "new", "  ") == 2
