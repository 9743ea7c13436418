"""`facilitator report`, `check` and `shared` on a data folder with three demo meetings."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import new_session
from facilitator.storage.store import Store
from tests.conftest import FakeClock
from tests.unit.minutes_helpers import docx_text, markdown_parts
from tests.unit.summary_helpers import INFO, SECRETS, SUPPLIERS, save_records, three_meetings


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = Store(folder)
    store.ensure()
    save_records(store, three_meetings())
    return folder


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_report_in_markdown_to_stdout(data: Path, capsys) -> None:
    assert run(data, "--lang", "en", "report", "demo") == 0
    meta, body = markdown_parts(capsys.readouterr().out)
    assert meta["meetings"] == 3 and meta["suppliers"] == 4 and meta["public"] is False
    assert "## Answers per question" in body and "Beta Service AB" in body


def test_public_anonymous_report_in_docx_to_a_folder(data: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    options = ("-f", "docx", "--lang", "sv", "--public", "--anonymous", "-o", str(out))
    assert run(data, "report", "demo", *options) == 0
    (path,) = out.iterdir()
    assert path.name == "sammanstallning-Ramavtal-hantverkstjänster-sv-offentlig-anonym.docx"
    text = docx_text(path.read_bytes())
    assert "Leverantör A" in text
    for secret in (*SECRETS, *SUPPLIERS):
        assert secret not in text
    assert str(path) in capsys.readouterr().err


def test_rate_gives_the_cost_in_sek(data: Path, capsys) -> None:
    assert run(data, "report", "demo", "--lang", "sv", "-f", "txt", "--rate", "1000") == 0
    out = capsys.readouterr().out
    assert "Timkostnad: 1\u00a0000 kr" in out
    assert "Kostnad: 2\u00a0850 kr" in out  # 85.5 min × 2 people × 1 000 kr an hour


def test_contacts_alone(data: Path, capsys) -> None:
    assert run(data, "report", "demo", "--contacts", "--lang", "en", "-f", "txt") == 0
    out = capsys.readouterr().out
    assert out.startswith("Contacts with suppliers: Ramavtal hantverkstjänster")
    assert "1 December 2026 14:00 | Delta Måleri AB" in " ".join(out.split())
    assert "Answers per question" not in out


def test_check_names_what_needs_attention_and_exits_1(data: Path, capsys) -> None:
    assert run(data, "--lang", "en", "check", "demo") == 1
    out = capsys.readouterr().out
    assert 'Question 3 "Hur ser konkurrensen ut i vår region' in out
    assert "was not asked of Beta Service AB" in out
    assert f'"{INFO}" has not reached Beta Service AB, Gamma El AB, Delta Måleri AB' in out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Nothing to put right: every supplier got the same questions and information."),
        ("sv", "Inget att åtgärda: alla har fått samma frågor och samma information."),
    ],
)
def test_check_of_a_dialogue_where_everyone_got_the_same_exits_0(
    tmp_path: Path, capsys, lang: str, said: str
) -> None:
    store = Store(tmp_path / "data")
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Alfa Bygg AB")
    session.opening_given = [0, 1, 2, 3]
    session.start(clock)
    for question in session.questions:
        session.go_to(question.id, clock)
        clock.advance(60)
    session.end(clock)
    store.save_session(session)
    assert run(tmp_path / "data", "--lang", lang, "check", "demo") == 0
    assert said in capsys.readouterr().out


def test_shared_writes_the_information_and_the_check_counts_it_given(data: Path, capsys) -> None:
    assert run(data, "--lang", "sv", "shared", "demo", "-f", "txt") == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Information till alla leverantörer: Ramavtal")
    assert f"• {INFO}" in captured.out
    for name in SUPPLIERS:
        assert name not in captured.out
    assert "delad med alla" in captured.err
    assert Store(data).load_dialogue("demo-hantverk").information_shared_at is not None
    assert run(data, "--lang", "en", "check", "demo") == 1  # the skipped question remains
    out = capsys.readouterr().out
    assert "has not reached" not in out


def test_an_unknown_dialogue_is_a_clear_error(data: Path, capsys) -> None:
    assert run(data, "--lang", "en", "report", "nosuch") == 2
    assert "nosuch" in capsys.readouterr().err


def test_a_negative_rate_is_refused(data: Path, capsys) -> None:
    assert run(data, "--lang", "en", "report", "demo", "--rate", "-5") == 2
    assert "hourly cost" in capsys.readouterr().err
