"""`facilitator list`, `demo` and the errors every command shares."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import new_session
from facilitator.storage.paths import ENV_VAR, resolve_data_dir
from facilitator.storage.store import Store
from tests.conftest import FakeClock


def test_list_json_gives_the_fields_scripts_rely_on(
    store: Store, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    session = new_session(demo_dialogue(), "Åkes Bygg \"&\" <Måleri> 🎉")
    session.log(EntryKind.TIP, "Registrera er", clock)
    clock.advance(60)
    session.end(clock)
    store.save_session(session)
    assert main(["--data-dir", str(store.root), "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row == {
        "id": session.id,
        "dialogue_id": "demo-hantverk",
        "title": "Ramavtal hantverkstjänster",
        "supplier": "Åkes Bygg \"&\" <Måleri> 🎉",
        "status": "finished",
        "started": session.started_at.isoformat(),
        "ended": session.ended_at.isoformat(),
    }


def test_list_shows_a_damaged_file_without_touching_it(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    good = new_session(demo_dialogue(), "Bra AB")
    store.save_session(good)
    bad = store.sessions_dir / "0badc0ffee00.json"
    bad.write_bytes(b"\x00\xffnot json")
    assert main(["--data-dir", str(store.root), "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["0badc0ffee00"]["status"] == "damaged"
    assert rows[good.id]["supplier"] == "Bra AB"
    assert bad.read_bytes() == b"\x00\xffnot json"
    assert main(["--data-dir", str(store.root), "--lang", "en", "list"]) == 0
    assert "Damaged file" in capsys.readouterr().out


def test_unknown_and_ambiguous_ids_exit_2_with_a_message(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    for session_id in ("abc111111111", "abc222222222"):
        session = new_session(demo_dialogue(), "AB")
        session.id = session_id
        store.save_session(session)
    assert main(["--data-dir", str(store.root), "minutes", "zzz"]) == 2
    assert "No session with id \u201czzz\u201d" in capsys.readouterr().err
    assert main(["--data-dir", str(store.root), "minutes", "abc"]) == 2
    err = capsys.readouterr().err
    assert "ambiguous" in err and "abc111111111" in err and "abc222222222" in err
    assert main(["--data-dir", str(store.root), "minutes", "abc1"]) == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write in a read-only folder")
def test_an_unwritable_data_folder_is_reported_before_any_meeting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert main(["--data-dir", str(folder), "demo"]) == 2
    finally:
        folder.chmod(0o700)
    assert "Cannot write in the data folder" in capsys.readouterr().err


def test_a_data_folder_that_is_a_file_is_reported_before_any_meeting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert main(["--data-dir", str(not_a_folder / "data"), "demo"]) == 2
    assert "data folder" in capsys.readouterr().err


def test_data_folder_is_chosen_option_env_local_then_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    (tmp_path / "sessions").mkdir()
    assert resolve_data_dir(None, cwd=tmp_path).source == "cwd"
    assert resolve_data_dir(None, cwd=tmp_path / "sessions").source == "user"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env data"))
    assert resolve_data_dir(None, cwd=tmp_path).path == tmp_path / "env data"
    assert resolve_data_dir(str(tmp_path / "opt"), cwd=tmp_path).source == "option"


def test_list_shows_whole_ids_and_local_times(
    store: Store, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    session.start(clock)  # 09:00 UTC is 10:00 in Stockholm in November
    clock.advance(45 * 60)
    session.end(clock)
    store.save_session(session)
    assert main(["--data-dir", str(store.root), "--lang", "en", "list"]) == 0
    out = capsys.readouterr().out
    assert session.id in out
    assert "2026-11-24 10:00–10:45" in out


def test_a_whole_id_is_found_without_listing_every_id(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A thousand stored sessions are not listed to find the one whose id is given whole."""
    from facilitator.storage.ids import ids_in
    from facilitator.storage.records import Collection

    for session_id in ("abc", "abc1"):
        session = new_session(demo_dialogue(), "AB")
        session.id = session_id
        store.save_session(session)
    listed: list[str] = []

    def ids(self: Collection[object]) -> list[str]:
        listed.append(str(self.folder))
        return ids_in(self.folder)

    monkeypatch.setattr(Collection, "ids", ids)
    assert store.resolve_session(" abc ") == "abc" and listed == []
    assert store.resolve_session("ABC1") == "abc1" and len(listed) == 1  # not as stored
