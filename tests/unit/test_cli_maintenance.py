"""`facilitator doctor`, `restore`, `delete` and `forget` as a user runs them."""

from __future__ import annotations

import builtins
import io
import json
import os
import socket
from pathlib import Path

import pytest
from rich.console import Console

from facilitator.cli import main
from facilitator.cli.context import Context
from facilitator.export import finalise_minutes
from facilitator.storage.atomic import backup_path
from facilitator.storage.doctor import diagnose
from facilitator.storage.ids import UnknownId
from facilitator.storage.lock import SessionLock
from facilitator.storage.paths import DataDir
from facilitator.storage.store import Store
from tests.conftest import FakeClock
from tests.unit.storage_helpers import sample_session


def run(store: Store, *args: str, answer: str | None = None, monkeypatch=None) -> int:
    if monkeypatch is not None:
        def reply(*_):
            if answer is None:
                raise EOFError
            return answer

        monkeypatch.setattr(builtins, "input", reply)
    return main(["--data-dir", str(store.root), "--lang", "en", *args])


@pytest.fixture()
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # one table row a line, to read the report
    store = Store(tmp_path / "Mötesdata med mellanslag")
    store.ensure()
    return store


def test_doctor_on_a_healthy_folder(store, capsys):
    session = sample_session()
    store.save_session(session)
    store.save_session(session)
    store.save_dialogue(session.dialogue)
    store.update_settings(theme="dark")
    assert run(store, "doctor") == 0
    out = capsys.readouterr().out
    assert "All is well: 4 files read" in out


def test_doctor_reports_damage_permissions_and_leftovers(store, capsys):
    session = sample_session()
    store.save_session(session)
    store.save_session(session)
    path = store.session_path(session.id)
    path.write_bytes(b"{ not json")
    os.chmod(store.dialogues_dir, 0o755)
    (store.sessions_dir / f".{path.name}.abc123.tmp").write_bytes(b"{}")
    store.settings_path.write_bytes(b"\xff")
    assert run(store, "doctor") == 1
    out = " ".join(capsys.readouterr().out.split())
    assert f"bring back its backup with 'facilitator restore {session.id}'" in out
    assert "readable by others than the owner" in out and "0755" in out
    assert "left by a save that was cut short" in out
    assert "Something needs attention" in out
    assert path.read_bytes() == b"{ not json"  # doctor changes nothing


def test_doctor_notes_a_session_open_elsewhere_without_failing(store, capsys):
    session = sample_session()
    store.save_session(session)
    with SessionLock(store, session.id):
        assert run(store, "doctor") == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "open in a running program" in out


def test_doctor_names_who_holds_a_lock_in_the_users_language(store, capsys):
    session = sample_session()
    store.save_session(session)
    with SessionLock(store, session.id):
        assert main(["--data-dir", str(store.root), "--lang", "sv", "doctor"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"{socket.gethostname()} (process {os.getpid()}) sedan" in out
    assert " since " not in out


def test_doctor_without_a_folder(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "none"), "--lang", "en", "doctor"]) == 0
    assert "does not exist yet" in capsys.readouterr().out


def test_restore_brings_back_the_backup(store, monkeypatch, capsys):
    session = sample_session()
    store.save_session(session)
    store.save_session(session)
    store.session_path(session.id).write_bytes(b"")
    assert run(store, "restore", session.id[:6], answer="y", monkeypatch=monkeypatch) == 0
    assert store.load_session(session.id) == session
    assert run(store, "doctor") == 0


def test_delete_asks_and_no_input_means_no(store, monkeypatch, capsys):
    session = sample_session()
    store.save_session(session)
    assert run(store, "delete", session.id, monkeypatch=monkeypatch) == 1
    assert "Cancelled" in capsys.readouterr().out
    assert store.load_session(session.id) == session


def test_delete_removes_every_file_of_the_session(store, monkeypatch, capsys):
    session, other = sample_session(), sample_session("Annan AB")
    store.save_session(session)
    store.save_session(session)
    store.save_session(other)
    store.write_minutes(session.id, "sv", "# Protokoll")
    with SessionLock(store, session.id):
        pass
    assert run(store, "delete", session.id, answer="ja", monkeypatch=monkeypatch) == 0
    leftovers = [p.name for p in store.root.rglob("*") if session.id in p.name]
    assert leftovers == []
    with pytest.raises(UnknownId):
        store.load_session(session.id)
    assert store.load_session(other.id) == other


def test_delete_refuses_a_session_that_is_open(store, capsys):
    session = sample_session()
    store.save_session(session)
    with SessionLock(store, session.id):
        assert run(store, "delete", session.id, "--yes") == 1
    assert "is open in" in capsys.readouterr().err
    assert store.load_session(session.id) == session


def test_forget_removes_the_name_everywhere(store, capsys):
    session = sample_session()
    store.save_session(session)
    session.notes["extra"] = "Ring ANNA  andersson i morgon"
    store.save_session(session)  # the .bak holds the earlier version, with the name too
    store.save_dialogue(session.dialogue)
    store.write_minutes(session.id, "sv", "Närvarande: Anna Andersson (Exempel Bygg AB)")
    assert run(store, "forget", "--person", "Anna Andersson", "--yes") == 0
    assert "is removed in" in capsys.readouterr().out
    assert run(store, "forget", "--person", "anna", "--yes") == 0  # "Annas förslag"
    for file in store.root.rglob("*"):
        if file.is_file():
            text = file.read_bytes().decode("utf-8", "replace").lower()
            assert "anna andersson" not in text, file
            assert "annas" not in text, file
    loaded = store.load_session(session.id)
    assert loaded.participants[-1].name == "[name removed]"
    assert loaded.notes["extra"] == "Ring [name removed] i morgon"
    assert loaded.entries[0].owner == "[name removed]"
    assert loaded.supplier == session.supplier
    assert [e.id for e in loaded.entries] == [e.id for e in session.entries]


def test_forget_reaches_the_minutes_backups_and_docx_copies_it_wrote(store, capsys):
    from facilitator.export import render_minutes
    from facilitator.storage.erasure import NameMatcher, _mentions_in_document

    session = sample_session()
    store.save_session(session)
    md = store.write_minutes(session.id, "sv", render_minutes(session, "md", "sv"))
    docx = store.write_minutes(session.id, "en", render_minutes(session, "docx", "en"), "docx")
    for path in (md, docx):  # .bak copies, as earlier versions kept them
        backup_path(path).write_bytes(path.read_bytes())
    leftover = store.minutes_dir / f".{session.id}.sv.txt.x1y2.tmp"
    leftover.write_text("Närvarande: Anna Andersson", encoding="utf-8")
    matcher = NameMatcher("Anna Andersson")
    assert _mentions_in_document(docx, matcher), "the DOCX holds the name to begin with"
    md_bak = backup_path(store.minutes_path(session.id, "sv"))
    assert "Anna Andersson" in md_bak.read_text(encoding="utf-8")

    assert run(store, "forget", "--person", "Anna Andersson", "--yes") == 0
    captured = capsys.readouterr()
    out = " ".join(captured.out.split())
    assert "cannot be read" not in captured.err
    assert f"minutes/{docx.name}: removed" in out
    assert "3 files that held the name were removed." in out
    assert not docx.exists() and not backup_path(docx).exists() and not leftover.exists()
    assert "Anna Andersson" not in md_bak.read_text(encoding="utf-8")
    for file in store.root.rglob("*"):
        if file.is_file():
            assert "anna andersson" not in file.read_bytes().decode("utf-8", "replace").lower()


def test_forget_asks_first_and_changes_nothing_without_yes(store, monkeypatch, capsys):
    session = sample_session()
    path = store.save_session(session)
    before = path.read_bytes()
    assert run(store, "forget", "--person", "Anna Andersson", monkeypatch=monkeypatch) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "Replace Anna Andersson with [name removed]" in out
    assert path.read_bytes() == before


def test_forget_does_not_touch_other_names_or_parts_of_words(store, capsys):
    session = sample_session()
    session.notes["x"] = "Annika och Annalena, men inte Anna."
    store.save_session(session)
    assert run(store, "forget", "--person", "Anna", "--replacement", "NN", "--yes") == 0
    assert store.load_session(session.id).notes["x"] == "Annika och Annalena, men inte NN."


def test_forget_skips_a_session_that_is_open_and_says_so(store, capsys):
    session = sample_session()
    store.save_session(session)
    with SessionLock(store, session.id):
        assert run(store, "forget", "--person", "Anna Andersson", "--yes") == 1
    assert "is open in a running program" in " ".join(capsys.readouterr().err.split())
    assert store.load_session(session.id) == session


def test_forget_reports_files_it_cannot_read(store, capsys):
    session = sample_session()
    store.save_session(session)
    store.save_session(session)
    backup_path(store.session_path(session.id)).write_bytes(b"\x00 Anna Andersson")
    assert run(store, "forget", "--person", "Anna Andersson", "--yes") == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "cannot be read and may contain the name" in err
    assert "Anna Andersson" not in json.dumps(json.loads(
        store.session_path(session.id).read_text(encoding="utf-8")), ensure_ascii=False)


def test_every_finding_is_worded_in_both_languages():
    from facilitator.i18n import t
    from facilitator.storage.doctor import CODES

    for code in CODES:
        swedish, english = (t(CODES[code], lang, id="x") for lang in ("sv", "en"))
        assert swedish and english and swedish != english


def test_forget_reaches_booking_contacts_and_doctor_checks_bookings(store, capsys):
    from facilitator.domain.booking import Booking
    from facilitator.domain.participants import Participant
    from facilitator.storage.prep import PrepStore

    prep = PrepStore(store)
    booking = Booking("dlg", "Exempel Bygg AB", contacts=[Participant("Anna Andersson")])
    path = prep.save_booking(booking)
    assert run(store, "forget", "--person", "Anna Andersson", "--yes") == 0
    assert prep.load_booking(booking.id).contacts[0].name == "[name removed]"
    path.write_bytes(b"{")
    capsys.readouterr()
    assert run(store, "doctor") == 1
    assert f"bookings/{booking.id}.json" in capsys.readouterr().out


def test_odd_characters_in_names_and_files_do_not_reach_the_terminal(store, monkeypatch, capsys):
    session = sample_session("Bygg\x1b[2J AB \u202eevil")
    store.save_session(session)
    (store.sessions_dir / "stray \x1b]0;title\x07 [bold]file").write_bytes(b"x")
    assert run(store, "doctor") == 1  # the stray file's permissions are too open
    assert run(store, "delete", session.id, monkeypatch=monkeypatch) == 1  # no input: cancelled
    assert run(store, "forget", "--person", "Ann\x1b[31m", "--yes") == 1  # stray is unreadable
    out, err = capsys.readouterr()
    for printed in (out, err):
        assert "\x1b" not in printed and "\u202e" not in printed and "\x07" not in printed
    assert "stray ]0;title [bold]file" in out and "\\u" not in out


def test_forget_leaves_finalised_minutes_alone_and_records_the_erasure(store, capsys):
    clock = FakeClock()
    session = sample_session()
    session.end(clock)
    finalise_minutes(session, clock)
    store.save_session(session)
    assert run(store, "forget", "--person", "Anna Andersson", "--yes") == 0
    out = " ".join(capsys.readouterr().out.split())
    loaded = store.load_session(session.id)
    assert loaded.participants[-1].name == "[name removed]", "working data is anonymised"
    (version,) = loaded.minutes_versions
    assert version == session.minutes_versions[0], "the finalised version is as it was"
    assert "Anna Andersson" in version.markdown["sv"]
    assert "Finalised minutes that mention the name were left untouched" in out
    assert f"sessions/{session.id}.json: finalised version 1" in out
    (record,) = (store.root / "erasures").iterdir()
    assert f"erasures/{record.name}" in out
    text = record.read_text(encoding="utf-8")
    assert "anna" not in text.lower(), "the record says what and when, not whom"
    data = json.loads(text)
    assert data["finalised_minutes_left_untouched"] == {f"sessions/{session.id}.json": [1]}
    assert data["mentions_replaced"] > 0
    assert run(store, "doctor") == 0, "the record is a known part of the data folder"


def test_doctor_reports_its_progress_over_every_data_file(store: Store) -> None:
    for supplier in ("Alfa AB", "Beta AB", "Gamma AB"):
        store.save_session(sample_session(supplier))
    steps: list[tuple[int, int]] = []
    diagnose(store, lambda done, total: steps.append((done, total)))
    total = steps[-1][1]
    assert [done for done, _ in steps] == list(range(1, total + 1))
    assert total >= 3


def test_a_progress_bar_is_drawn_on_a_terminal_and_not_into_a_pipe(tmp_path: Path) -> None:
    for is_terminal in (True, False):
        err = io.StringIO()
        context = Context(
            data_dir=DataDir(tmp_path, "option"),
            lang="sv",
            err=Console(file=err, force_terminal=is_terminal, width=60),
        )
        with context.progress("Kontrollerar filerna") as step:
            step(1, 2)
        assert ("Kontrollerar filerna" in err.getvalue()) is is_terminal
